"""The session magics through jupyter_client: %time, %timeit, %load, %classpath, %vars, %lsmagic,
their --help, and a one-line error for every bad argument (the training magics are in tests/test_magics.py)."""
import re
import subprocess

import pytest

from kernel_client import run

PER_LOOP = re.compile(r"^\d+ loops, best of 3: \d+\.\d+ (ns|µs|ms|s) per loop$")


def one_line_error(cell):
    (error,) = cell.errors
    assert error["ename"] == "MagicUsageException", error
    assert error["traceback"] and "\n" not in error["evalue"], error
    return error["evalue"]


def test_time_prints_the_wall_time_and_keeps_the_value(kc):
    line = run(kc, "%time 20 + 22")
    assert line.results == ["42"]
    assert re.fullmatch(r"Wall time: \d+\.\d+ (ns|µs|ms|s)\n", line.stdout), line.stdout
    cell = run(kc, "%%time\nint timedA = 40;\ntimedA + 2")
    assert cell.results == ["42"] and cell.stdout.startswith("Wall time: ")
    assert run(kc, "timedA").results == ["40"], "a %%time cell's declarations stay in the session"


def test_timeit_times_an_expression_and_a_block_of_statements(kc):
    expression = run(kc, "%timeit Math.sqrt(2.0)")
    assert PER_LOOP.match(expression.stdout.strip()), expression.stdout
    # the value is kept, so the JIT cannot reduce the work to nothing
    assert not expression.stdout.startswith("1000000 loops, best of 3: 0.0 ns"), expression.stdout
    block = run(kc, "%%timeit\nStringBuilder sb = new StringBuilder();\nfor (int i = 0; i < 10; i++) sb.append(i);")
    assert PER_LOOP.match(block.stdout.strip()), block.stdout


def test_timeit_compile_errors_show_the_users_line(kc):
    (error,) = run(kc, "%%timeit\nint q = 1;\nq.bar();").errors
    assert error["ename"] == "CompilationException"
    assert "q.bar();" in error["evalue"] and "cannot be dereferenced" in error["evalue"], error["evalue"]
    assert "TimeIt" not in error["evalue"] and "__timeit" not in error["evalue"], "no wrapper code in the message"


def test_load_runs_a_file_in_the_session(kc, tmp_path):
    source = tmp_path / "helpers.java"
    source.write_text("int loadedBase = 41;\nint plusOne(int x) { return x + 1; }\nplusOne(loadedBase)\n")
    assert run(kc, f"%load {source}").results == ["42"]
    assert run(kc, "plusOne(1)").results == ["2"]


def test_vars_lists_variables_with_types_and_tensor_shapes(kc):
    run(kc, "Tensor varsWeights = Tensor.zeros(2, 3);\nint varsCount = 5;")
    listing = run(kc, "%vars").results[0]
    assert "varsWeights : Tensor  shape=[2, 3]" in listing.splitlines()
    assert "varsCount : int" in listing.splitlines()


def test_magic_lines_run_in_order_with_the_java_around_them(kc):
    cell = run(kc, "int orderA = 1;\n%vars\nint orderB = 2;\n%time orderA + orderB")
    assert cell.results == ["3"], "the last line's value is the cell's"
    (error,) = run(kc, "int orderC = 3;\n%vars\nint broken = 1 / 0;").errors
    assert "cell[" in "\n".join(error["traceback"]) and "line 3" in "\n".join(error["traceback"]), error["traceback"]
    listing = run(kc, "int orderD = 4;\n%vars").results[0]
    assert "orderD : int" in listing.splitlines(), "%vars sees the variable declared above it in the same cell"


def test_classpath_adds_a_folder_of_classes(kc, tmp_path):
    (tmp_path / "Greeter.java").write_text(  # a named package: snippets cannot see the unnamed one
        'package demo; public class Greeter { public static String hello() { return "hello from the classpath"; } }\n')
    subprocess.run(["javac", "-d", str(tmp_path), str(tmp_path / "Greeter.java")], check=True)
    added = run(kc, f"%classpath {tmp_path}")
    assert added.stdout.strip() == f"Added {tmp_path}"
    assert run(kc, "demo.Greeter.hello()").results == ["hello from the classpath"]
    assert str(tmp_path) in run(kc, "%classpath").results[0].splitlines()


@pytest.mark.parametrize("code, problem", [
    ("%time", "%time: missing argument"),
    ("%timeit", "%timeit: missing argument"),
    ("%%timeit\n", "%%timeit: nothing to time"),
    ("%load", "%load: missing argument"),
    ("%load /no/such/file.java", "%load: no such file: /no/such/file.java"),
    ("%load a.java b.java", "%load: unexpected argument 'b.java'"),
    ("%classpath /no/such/folder", "%classpath: no such file or folder: /no/such/folder"),
    ("%vars x", "%vars: unexpected argument 'x'"),
    ("%lsmagic --all", "%lsmagic: unknown option --all"),
    ("%maven", "%maven: missing argument"),
])
def test_bad_arguments_get_a_one_line_error_naming_the_problem(kc, code, problem):
    message = one_line_error(run(kc, code))
    assert message.startswith(problem) and "Usage: " in message, message
    assert run(kc, "1 + 1").results == ["2"], "the kernel keeps working"


@pytest.mark.parametrize("magic", ["%time", "%%time", "%timeit", "%%timeit", "%load", "%classpath", "%vars",
                                   "%lsmagic", "%maven"])
def test_every_session_magic_prints_usage_on_help(kc, magic):
    cell = run(kc, f"{magic} --help" + ("\n" if magic.startswith("%%") else ""))
    assert not cell.errors, cell.errors
    assert cell.stdout.startswith(f"Usage: {magic}"), cell.stdout
