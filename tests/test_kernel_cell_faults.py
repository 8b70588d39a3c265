"""Faults in cells beyond test_kernel_faults.py: a toString() that recurses forever, a toHtml()
renderer that throws, a StackOverflowError, and a 10 MB output flood. Each gives a clear message or
truncated output, and the next cell runs with earlier variables intact."""
import pytest

from test_kernel_faults import kernel, run  # noqa: F401  (kernel is a fixture)


@pytest.fixture(scope="module", autouse=True)
def kept_variable(kernel):  # noqa: F811
    run(kernel[1], "int kept = 41;")


def assert_still_working(kc):
    reply, _, errors, results = run(kc, "kept + 1")
    assert reply["status"] == "ok" and not errors and results == ["42"]


def stderr_of(kc, code):
    """Like run(), but also collects stderr text."""
    msg_id = kc.execute(code)
    err, results = [], []
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream" and msg["content"]["name"] == "stderr":
            err.append(msg["content"]["text"])
        elif msg["msg_type"] == "execute_result":
            results.append(msg["content"]["data"])
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return "".join(err), results


def test_infinite_recursion_in_tostring_is_reported(kernel):  # noqa: F811
    _, kc = kernel
    reply, _, errors, results = run(kc, 'class Loop { public String toString() { return "x" + this; } }\nnew Loop()')
    assert reply["status"] == "ok" and not errors
    assert len(results) == 1 and "toString() threw java.lang.StackOverflowError" in results[0], results
    assert_still_working(kc)


def test_throwing_html_renderer_falls_back_to_text(kernel):  # noqa: F811
    _, kc = kernel
    err, results = stderr_of(kc, 'class Bad { public String toHtml() { throw new IllegalStateException("boom"); }'
                                 ' public String toString() { return "plain Bad"; } }\nnew Bad()')
    assert "toHtml() of Bad threw java.lang.IllegalStateException: boom" in err, err
    assert results == [{"text/plain": "plain Bad"}], results
    assert_still_working(kc)


def test_stack_overflow_is_an_error(kernel):  # noqa: F811
    _, kc = kernel
    reply, _, errors, _ = run(kc, "int down(int n) { return down(n + 1) + 1; }\ndown(0);")
    assert reply["status"] == "error"
    assert any("StackOverflowError" in e["ename"] + e["evalue"] + "".join(e["traceback"]) for e in errors), errors
    assert_still_working(kc)


def test_output_flood_is_truncated_with_a_notice(kernel):  # noqa: F811
    _, kc = kernel
    # 100,000 lines of 100 bytes: 10 MB printed
    reply, stdout, errors, _ = run(kc, 'String line = "x".repeat(99);\n'
                                       'for (int i = 0; i < 100_000; i++) System.out.println(line);', timeout=120)
    assert reply["status"] == "ok" and not errors
    assert stdout.endswith("[output truncated after 1 MB]\n"), stdout[-200:]
    assert len(stdout.encode()) <= (1 << 20) + 100
    # the cap is per cell: the next cell prints again
    _, stdout, _, _ = run(kc, 'System.out.println("after the flood");')
    assert stdout == "after the flood\n"
    assert_still_working(kc)
