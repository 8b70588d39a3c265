"""Drives the jgrad kernel with jupyter_client through faults a student will cause:
an endless loop interrupted, an OutOfMemoryError, System.exit, and a restart.
After each, earlier variables must still be there (or, after restart, a clean state)."""
import time

import pytest
from kernel_client import TIMEOUT, execute, reply_to, started_kernel  # noqa: F401  (reply_to is shared)


@pytest.fixture(scope="module")
def kernel():
    yield from started_kernel()


def run(kc, code, timeout=TIMEOUT):
    """Executes code; returns (reply content, stdout text, list of error contents, results)."""
    reply, msgs = execute(kc, code, timeout)
    stdout = "".join(m["content"]["text"] for m in msgs
                     if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
    errors = [m["content"] for m in msgs if m["msg_type"] == "error"]
    results = [m["content"]["data"].get("text/plain") for m in msgs if m["msg_type"] == "execute_result"]
    return reply, stdout, errors, results


def test_values_persist_between_cells(kernel):
    _, kc = kernel
    run(kc, "int kept = 41;")
    _, _, errors, results = run(kc, "kept + 1")
    assert not errors
    assert results == ["42"]


def test_interrupt_stops_a_tight_loop_quickly(kernel):
    km, kc = kernel
    run(kc, "long spins = 0;")
    msg_id = kc.execute("while (true) { spins++; }")
    time.sleep(1.0)  # let the loop get going
    started = time.monotonic()
    km.interrupt_kernel()
    reply = reply_to(kc, msg_id)
    elapsed = time.monotonic() - started
    assert reply["content"]["status"] in ("error", "abort")
    assert elapsed < 5, f"interrupt took {elapsed:.2f}s"
    _, _, errors, results = run(kc, "kept")
    assert not errors and results == ["41"]


def test_interrupt_stops_a_sleep(kernel):
    km, kc = kernel
    msg_id = kc.execute("Thread.sleep(60_000);")
    time.sleep(0.5)
    km.interrupt_kernel()
    reply = reply_to(kc, msg_id)
    assert reply["content"]["status"] in ("error", "abort")


def test_out_of_memory_is_an_error_not_a_crash(kernel):
    _, kc = kernel
    reply, _, errors, _ = run(kc, "var hog = new ArrayList<long[]>(); while (true) hog.add(new long[10_000_000]);")
    assert reply["status"] == "error"
    # the student sees the Java exception class on the first traceback line
    assert any("OutOfMemoryError" in e["ename"] + e["evalue"] + "".join(e["traceback"]) for e in errors), errors
    run(kc, "hog = null; System.gc();")
    _, _, errors, results = run(kc, "kept")
    assert not errors and results == ["41"]


@pytest.mark.parametrize("call", ["System.exit(3)", "Runtime.getRuntime().exit(3)", "Runtime.getRuntime().halt(0)"])
def test_system_exit_does_not_kill_the_kernel(kernel, call):
    km, kc = kernel
    reply, _, errors, _ = run(kc, call + ";")
    assert reply["status"] == "error"
    assert errors, f"{call} should be reported as an error"
    named = call.split("(")[0] if call.startswith("System") else call.rsplit("(", 1)[0]
    assert errors[0]["evalue"].startswith(named + " is disabled"), errors[0]["evalue"]
    assert km.is_alive()
    _, _, errors, results = run(kc, "kept")
    assert not errors and results == ["41"]


def test_restart_gives_a_clean_working_kernel(kernel):
    km, kc = kernel
    km.restart_kernel(now=True)
    kc.wait_for_ready(timeout=TIMEOUT)
    _, _, errors, results = run(kc, "1 + 1")
    assert not errors and results == ["2"]
    _, _, errors, _ = run(kc, "kept")
    assert errors, "variables from before the restart must be gone"
