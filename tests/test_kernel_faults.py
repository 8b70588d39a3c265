"""Drives the jgrad kernel with jupyter_client through faults a student will cause:
an endless loop interrupted, an OutOfMemoryError, System.exit, and a restart.
After each, earlier variables must still be there (or, after restart, a clean state)."""
import time

import pytest
from jupyter_client.manager import start_new_kernel

TIMEOUT = 60


@pytest.fixture(scope="module")
def kernel():
    km, kc = start_new_kernel(kernel_name="jgrad", startup_timeout=TIMEOUT)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def reply_to(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to msg_id, skipping replies to earlier requests."""
    while True:
        msg = kc.get_shell_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def run(kc, code, timeout=TIMEOUT):
    """Executes code; returns (reply content, stdout text, list of error contents, results)."""
    msg_id = kc.execute(code)
    stdout, errors, results = [], [], []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream" and content["name"] == "stdout":
            stdout.append(content["text"])
        elif kind == "error":
            errors.append(content)
        elif kind == "execute_result":
            results.append(content["data"].get("text/plain"))
        elif kind == "status" and content["execution_state"] == "idle":
            break
    return reply_to(kc, msg_id, timeout)["content"], "".join(stdout), errors, results


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


def test_system_exit_does_not_kill_the_kernel(kernel):
    km, kc = kernel
    reply, _, errors, _ = run(kc, "System.exit(3);")
    assert reply["status"] == "error"
    assert errors, "System.exit should be reported as an error"
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
