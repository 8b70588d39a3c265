"""Errors point at the student's cell and line (cell[N] line L), never at JShell's generated classes;
%anomaly names the cell line of the op that produced NaN/Inf."""
import re

import pytest

from kernel_client import run

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def plain(line):
    return ANSI.sub("", line).strip()


def failing(kc, code):
    """Runs a cell that must fail; returns (its execution count, its error content)."""
    cell = run(kc, code)
    assert cell.reply["status"] == "error", cell.reply
    (error,) = cell.errors
    assert "$JShell$" not in error["evalue"] and not any("$JShell$" in line for line in error["traceback"]), error
    return cell.reply["execution_count"], error


def frames(error):
    return [plain(line) for line in error["traceback"][1:]]


def test_an_exception_names_its_cell_and_line(kc):
    count, error = failing(kc, 'int first = 1;\nint second = 2;\nthrow new IllegalStateException("on line 3");')
    assert error["evalue"] == "on line 3"
    assert frames(error) == [f"at cell[{count}] line 3"]


def test_a_method_from_an_earlier_cell_names_both_cells(kc):
    defined = run(kc, "// helpers\ndouble ratio(int a, int b) {\n    int q = a / b;\n    return q;\n}")
    assert defined.reply["status"] == "ok"
    count, error = failing(kc, "int zero = 0;\nratio(1, zero);")
    assert error["ename"] == "java.lang.ArithmeticException"
    assert frames(error) == [f"at ratio (cell[{defined.reply['execution_count']}] line 3)",
                             f"at cell[{count}] line 2"]


def test_lines_after_a_line_magic_keep_their_numbers(kc):
    count, error = failing(kc, '%anomaly off\nint a = 1;\nthrow new RuntimeException("three");')
    assert frames(error) == [f"at cell[{count}] line 3"]


@pytest.mark.parametrize("setup, code, named", [
    ("String o1 = null;", "o1.length()", '"o1" is null'),
    ("class Box { String label; }\nBox box = new Box();", "box.label.trim()", '"box.label" is null'),
    ("String nothing() { return null; }", "nothing().isEmpty()", 'the return value of "nothing()" is null'),
    ("void local() { String word = null; word.length(); }", "local();", '"word" is null'),
    ("int[] counts = null;", "counts[0]", '"counts" is null'),
])
def test_a_null_pointer_names_the_users_variable_or_expression(kc, setup, code, named):
    assert run(kc, setup).reply["status"] == "ok"
    _, error = failing(kc, code)
    assert error["ename"] == "java.lang.NullPointerException"
    assert error["evalue"].endswith(named), error["evalue"]
    assert "REPL" not in error["evalue"] and "<local" not in error["evalue"], error["evalue"]


def test_a_class_cast_names_the_users_classes(kc):
    assert run(kc, "class Apple {}\nclass Pear {}").reply["status"] == "ok"
    _, error = failing(kc, "Object fruit = new Apple();\nPear pear = (Pear) fruit;")
    assert error["evalue"] == "class Apple cannot be cast to class Pear", error["evalue"]


@pytest.fixture
def anomaly(kc):
    assert run(kc, "%anomaly on").results == ["anomaly mode is on"]
    yield
    assert run(kc, "%anomaly off").results == ["anomaly mode is off"]


def test_anomaly_forward_names_the_cell_line(kc, anomaly):
    assert run(kc, "var ax = Tensor.of(-1, 2).requiresGrad();").reply["status"] == "ok"
    count, error = failing(kc, "var fine = ax.exp();\nvar y = ax.log();")
    assert error["ename"] == "java.lang.ArithmeticException"
    assert error["evalue"].startswith("Anomaly detected: forward op 'log'")
    assert error["evalue"].endswith(f"called from cell[{count}] line 2"), error["evalue"]
    assert plain(error["traceback"][-1]) == f"at cell[{count}] line 2"


def test_anomaly_backward_names_the_line_that_created_the_op(kc, anomaly):
    created = run(kc, "var bx = Tensor.of(0, 1).requiresGrad();\nvar bs = bx.sqrt()\n    .sum();")
    assert created.reply["status"] == "ok"
    count, error = failing(kc, "bs.backward();")
    assert "'SqrtBackward' returned Inf" in error["evalue"]
    assert error["evalue"].endswith(f"created at cell[{created.reply['execution_count']}] line 2"), error["evalue"]
    assert plain(error["traceback"][-1]) == f"at cell[{count}] line 1"


def test_anomaly_in_code_that_a_magic_runs_names_the_cell(kc, anomaly):
    assert run(kc, "var negative = Tensor.of(-1.0, 2.0);").reply["status"] == "ok"
    count, error = failing(kc, '%gradcheck "xs -> xs[0].log()" negative')
    assert error["evalue"].endswith(f"called from cell[{count}] line 1"), error["evalue"]
    assert plain(error["traceback"][0]).endswith(f"called from cell[{count}] line 1"), error["traceback"]


def test_anomaly_off_lets_nan_through(kc):
    assert run(kc, "%anomaly off").results == ["anomaly mode is off"]
    assert run(kc, "%anomaly").results == ["anomaly mode is off"]
    cell = run(kc, "Tensor.of(-1).log().item()")
    assert cell.reply["status"] == "ok" and cell.results == ["NaN"]


def test_anomaly_help_prints_usage(kc):
    cell = run(kc, "%anomaly --help")
    assert cell.reply["status"] == "ok"
    assert cell.stdout.startswith("Usage: %anomaly [on|off]")
    assert "NaN" in cell.stdout


def test_anomaly_bad_argument_is_a_one_line_error(kc):
    cell = run(kc, "%anomaly bogus")
    assert cell.reply["status"] == "error"
    (error,) = cell.errors
    assert len(error["traceback"]) == 1, error["traceback"]
    line = plain(error["traceback"][0])
    assert "%anomaly: expected on or off, got 'bogus'" in line and "Usage: %anomaly [on|off]" in line, line
    assert run(kc, "%anomaly").results == ["anomaly mode is off"]
