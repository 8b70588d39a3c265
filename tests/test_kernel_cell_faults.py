"""Faults in cells beyond test_kernel_faults.py: a toString() that recurses forever, a toHtml()
renderer that throws, a StackOverflowError, and a 10 MB output flood. Each gives a clear message or
truncated output, and the next cell runs with earlier variables intact."""
import pytest

from kernel_client import run


@pytest.fixture(scope="module", autouse=True)
def kept_variable(kernel):
    run(kernel[1], "int kept = 41;")


def assert_still_working(kc):
    cell = run(kc, "kept + 1")
    assert cell.reply["status"] == "ok" and not cell.errors and cell.results == ["42"]


def test_infinite_recursion_in_tostring_is_reported(kernel):
    _, kc = kernel
    cell = run(kc, 'class Loop { public String toString() { return "x" + this; } }\nnew Loop()')
    assert cell.reply["status"] == "ok" and not cell.errors
    assert len(cell.results) == 1 and "toString() threw java.lang.StackOverflowError" in cell.results[0], cell.results
    assert_still_working(kc)


def test_throwing_html_renderer_falls_back_to_text(kernel):
    _, kc = kernel
    cell = run(kc, 'class Bad { public String toHtml() { throw new IllegalStateException("boom"); }'
                   ' public String toString() { return "plain Bad"; } }\nnew Bad()')
    assert "toHtml() of Bad threw java.lang.IllegalStateException: boom" in cell.stderr, cell.stderr
    assert cell.bundles == [{"text/plain": "plain Bad"}], cell.bundles
    assert_still_working(kc)


def test_stack_overflow_is_an_error(kernel):
    _, kc = kernel
    cell = run(kc, "int down(int n) { return down(n + 1) + 1; }\ndown(0);")
    assert cell.reply["status"] == "error"
    assert any("StackOverflowError" in e["ename"] + e["evalue"] + "".join(e["traceback"]) for e in cell.errors), cell.errors
    assert_still_working(kc)


def test_output_flood_is_truncated_with_a_notice(kernel):
    _, kc = kernel
    # 100,000 lines of 100 bytes: 10 MB printed
    cell = run(kc, 'String line = "x".repeat(99);\n'
                   'for (int i = 0; i < 100_000; i++) System.out.println(line);', timeout=120)
    assert cell.reply["status"] == "ok" and not cell.errors
    stdout = cell.stdout
    assert stdout.endswith("[output truncated after 1 MB]\n"), stdout[-200:]
    assert len(stdout.encode()) <= (1 << 20) + 100
    # the cap is per cell: the next cell prints again
    assert run(kc, 'System.out.println("after the flood");').stdout == "after the flood\n"
    assert_still_working(kc)
