"""%load through a real Jupyter client: the code cells of another notebook run in this session (magics
included, markdown skipped), a Java file runs too, and a failure names the file and the failing cell."""
import json
import re

from kernel_client import run


def notebook(path, *cells):
    """Writes an nbformat 4 notebook; a cell is ("code" or "markdown", source as str or list of lines)."""
    path.write_text(json.dumps({
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "jgrad", "display_name": "jgrad", "language": "java"}},
        "cells": [{"cell_type": kind, "metadata": {}, "source": source,
                   **({"outputs": [], "execution_count": None} if kind == "code" else {})}
                  for kind, source in cells],
    }))
    return path


def test_load_runs_the_code_cells_of_a_notebook(kc, tmp_path):
    nb = notebook(tmp_path / "prep.ipynb",
                  ("markdown", "# Setup\nThis is not Java."),
                  ("code", ["int prepBase = 40;\n", "int prepTwice(int x) { return 2 * x; }\n"]),
                  ("code", "%time prepBase + 1"),
                  ("code", ""),
                  ("code", 'System.out.println("prep printed");\ndisplay("<i>prep</i>", "text/html");\n'
                           "prepTwice(prepBase) + 4"))
    cell = run(kc, f"%load {nb}")
    assert cell.reply["status"] == "ok", cell.errors
    assert "Wall time" in cell.stdout and "prep printed" in cell.stdout
    assert cell.bundles[0]["text/html"] == "<i>prep</i>"
    assert cell.bundles[-1]["text/plain"] == "84", "the last cell's value is the result"
    cell = run(kc, "prepTwice(prepBase)")
    assert cell.reply["status"] == "ok", cell.errors
    assert cell.bundles == [{"text/plain": "80"}]


def test_a_failing_cell_is_named_with_its_notebook(kc, tmp_path):
    nb = notebook(tmp_path / "faulty.ipynb",
                  ("markdown", "intro"),
                  ("code", "int faultyKept = 3;"),
                  ("code", "int[] faultyArray = new int[2];\nfaultyArray[5] = 1;"),
                  ("code", "int faultyNeverRun = 1;"))
    cell = run(kc, f"%load {nb}")
    assert cell.reply["status"] == "error"
    [error] = cell.errors
    assert error["ename"].endswith("ArrayIndexOutOfBoundsException"), error
    assert "faulty.ipynb, cell 3 (int[] faultyArray = new int[2];)" in error["evalue"], error
    assert "faulty.ipynb, cell 3" in error["traceback"][0]
    # the frame names the line of the loaded cell, not of the cell that ran %load
    assert any("at faulty.ipynb cell 3 line 2" in line for line in error["traceback"]), error["traceback"]
    # cells above the failing one ran, those below did not
    assert run(kc, "faultyKept").bundles == [{"text/plain": "3"}]
    assert run(kc, "faultyNeverRun").reply["status"] == "error"


def test_a_compile_error_names_its_notebook_and_cell(kc, tmp_path):
    nb = notebook(tmp_path / "typo.ipynb", ("code", "int typoOk = 1;"), ("code", "String s = 42;"))
    cell = run(kc, f"%load {nb}")
    assert cell.reply["status"] == "error"
    [error] = cell.errors
    assert error["ename"] == "CompilationException"
    assert "typo.ipynb, cell 2 (String s = 42;)" in error["evalue"]
    assert "incompatible types" in error["evalue"], error


def test_load_runs_a_java_file_and_names_it_on_failure(kc, tmp_path):
    good = tmp_path / "util.jsh"
    good.write_text("String jshGreeting(String n) { return \"hi \" + n; }\njshGreeting(\"x\")\n")
    assert run(kc, f"%load {good}").bundles == [{"text/plain": "hi x"}]
    bad = tmp_path / "bad.java"
    bad.write_text("int badValue = Integer.parseInt(\"nope\");\n")
    cell = run(kc, f"%load {bad}")
    assert cell.reply["status"] == "error"
    [error] = cell.errors
    assert error["ename"].endswith("NumberFormatException")
    assert "in bad.java" in error["evalue"]
    assert any("at bad.java line 1" in line for line in error["traceback"]), error["traceback"]


def test_code_from_a_loaded_notebook_is_named_by_it_when_it_fails_later(kc, tmp_path):
    nb = notebook(tmp_path / "lib.ipynb",
                  ("code", "int libFirst = 1;"),
                  ("code", "int libPick(int[] a, int i) {\n    return a[i];\n}"))
    assert run(kc, f"%load {nb}\nint afterLoad = 2;").reply["status"] == "ok"
    cell = run(kc, "int x = 1;\nlibPick(new int[1], 3)")
    assert cell.reply["status"] == "error"
    trace = cell.errors[0]["traceback"]
    assert any("at libPick (lib.ipynb cell 2 line 2)" in line for line in trace), trace
    assert any(re.search(r"at cell\[\d+\] line 2\b", line) for line in trace), trace
    # Java after %load in the same cell is named by that cell again
    cell = run(kc, f"%load {nb}\nint[] empty = new int[0];\nempty[1] = 0;")
    assert cell.reply["status"] == "error"
    assert any(re.search(r"at cell\[\d+\] line 3\b", line) for line in cell.errors[0]["traceback"]), cell.errors


def test_bad_notebooks_get_clear_errors(kc, tmp_path):
    loop = tmp_path / "loop.ipynb"
    notebook(loop, ("code", f"%load {loop}"))
    cell = run(kc, f"%load {loop}")
    assert cell.reply["status"] == "error"
    assert "loop.ipynb loads itself" in cell.errors[0]["evalue"], cell.errors
    junk = tmp_path / "junk.ipynb"
    junk.write_text("{not json")
    cell = run(kc, f"%load {junk}")
    assert cell.reply["status"] == "error" and "junk.ipynb is not a notebook" in cell.errors[0]["evalue"], cell.errors
    missing = tmp_path / "missing.ipynb"
    cell = run(kc, f"%load {missing}")
    assert cell.reply["status"] == "error" and str(missing) in cell.errors[0]["evalue"], cell.errors
