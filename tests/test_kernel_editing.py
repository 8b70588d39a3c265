"""What a frontend asks while the user types: is_complete (multi-line), completion, inspection."""
import os

import pytest

from kernel_client import reply_to, run


def is_complete(kc, code):
    return reply_to(kc, kc.is_complete(code))["content"]["status"]


@pytest.mark.parametrize("code", [
    "int total = 0;\nfor (int i = 0; i < 3; i++) {\n    total += i;",
    "class Point {\n    double x;\n    double norm() {\n        return Math.abs(x);\n    }",
    "String s = \"a\" +\n    \"b\" +",
    "var t = List.of(1,\n    2,",
])
def test_unfinished_multi_line_input_is_incomplete(kc, code):
    assert is_complete(kc, code) == "incomplete"


@pytest.mark.parametrize("code", [
    "int total = 0;\nfor (int i = 0; i < 3; i++) {\n    total += i;\n}\ntotal",
    "class Point {\n    double x;\n    double norm() {\n        return Math.abs(x);\n    }\n}",
    "String s = \"a\" +\n    \"b\";",
    "%time 1 + 1",
])
def test_finished_multi_line_input_is_complete(kc, code):
    assert is_complete(kc, code) == "complete"


def test_stray_closing_brace_after_a_statement_is_invalid(kc):
    assert is_complete(kc, "int y = 1;\n}") == "invalid"


def test_completes_variables_defined_in_earlier_cells(kc):
    run(kc, "double learningRate = 0.1;")
    code = "double lr = learn"
    reply = kc.complete(code, len(code), reply=True)["content"]
    assert "learningRate" in reply["matches"]
    assert reply["cursor_start"] == code.index("learn")
    assert reply["cursor_end"] == len(code)


def test_completes_members_of_a_variable(kc):
    run(kc, 'String greeting = "hi";')
    code = "greeting.toUpp"
    reply = kc.complete(code, len(code), reply=True)["content"]
    assert reply["matches"] == ["toUpperCase("]
    assert reply["cursor_start"] == code.index("toUpp")


def test_completes_members_of_project_classes(kc):
    code = "Tensor.zer"
    reply = kc.complete(code, len(code), reply=True)["content"]
    assert "zeros(" in reply["matches"]


def test_inspect_shows_signatures_and_javadoc_where_the_jdk_ships_sources(kc):
    reply = kc.inspect("Math.abs(", reply=True)["content"]
    assert reply["found"]
    text = reply["data"]["text/plain"]
    assert "int Math.abs(int a)" in text
    java_home = run(kc, 'System.getProperty("java.home")').results[0].strip('"')
    if os.access(os.path.join(java_home, "lib", "src.zip"), os.R_OK):
        assert "absolute value" in text


@pytest.mark.parametrize("code, indent", [
    ("for (int i = 0; i < 3; i++) {", "    "),
    ("void f() {\n    if (true) {", "        "),
    ("void f() {\n    int a = 1;", "    "),
    ("int b = Math.max(", "    "),
])
def test_incomplete_input_suggests_the_next_line_indent(kc, code, indent):
    reply = reply_to(kc, kc.is_complete(code))["content"]
    assert reply["status"] == "incomplete"
    assert reply["indent"] == indent


def test_inspect_shows_javadoc_of_jgrads_own_classes(kc):
    reply = kc.inspect("Plots.curves(", reply=True)["content"]
    assert reply["found"]
    text = reply["data"]["text/plain"]
    assert "Chart Plots.curves(String title, String xLabel, String yLabel" in text
    assert "One line per named series" in text
    page = run(kc, "?Tensor")
    assert "N-dimensional tensor" in page.reply["payload"][0]["data"]["text/plain"]


@pytest.mark.parametrize("code, expected", [
    ("%gradf", ["%gradflow"]),
    ("%%tr", ["%%track"]),
    ("%%track --gr", ["--grads"]),
    ("%lrfind model loader Loss::crossEntropy --opt", ["--optimizer"]),
])
def test_completes_magic_names_and_options(kc, code, expected):
    reply = kc.complete(code, len(code), reply=True)["content"]
    assert reply["matches"] == expected
    assert reply["cursor_end"] == len(code)
    assert code[reply["cursor_start"]:] == code.split(" ")[-1]


def test_completes_variables_as_magic_arguments(kc):
    run(kc, "var completionModel = new Sequential(new Linear(2, 1));")
    code = "%gradflow completionM"
    reply = kc.complete(code, len(code), reply=True)["content"]
    assert "completionModel" in reply["matches"]
    assert reply["cursor_start"] == code.index("completionM")
