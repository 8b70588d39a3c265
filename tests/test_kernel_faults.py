"""Drives the jgrad kernel with jupyter_client through faults a student will cause:
an endless loop interrupted, an OutOfMemoryError, System.exit, and a restart.
After each, earlier variables must still be there (or, after restart, a clean state)."""
import time

import pytest

from kernel_client import TIMEOUT, reply_to, run


def test_values_persist_between_cells(kernel):
    _, kc = kernel
    run(kc, "int kept = 41;")
    cell = run(kc, "kept + 1")
    assert not cell.errors
    assert cell.results == ["42"]


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
    cell = run(kc, "kept")
    assert not cell.errors and cell.results == ["41"]


def test_interrupt_stops_a_sleep(kernel):
    km, kc = kernel
    msg_id = kc.execute("Thread.sleep(60_000);")
    time.sleep(0.5)
    km.interrupt_kernel()
    reply = reply_to(kc, msg_id)
    assert reply["content"]["status"] in ("error", "abort")


@pytest.mark.slow  # fills the heap: about 10 s
def test_out_of_memory_is_an_error_not_a_crash(kernel):
    _, kc = kernel
    cell = run(kc, "var hog = new ArrayList<long[]>(); while (true) hog.add(new long[10_000_000]);")
    assert cell.reply["status"] == "error"
    # the student sees the Java exception class on the first traceback line
    assert any("OutOfMemoryError" in e["ename"] + e["evalue"] + "".join(e["traceback"]) for e in cell.errors), cell.errors
    run(kc, "hog = null; System.gc();")
    cell = run(kc, "kept")
    assert not cell.errors and cell.results == ["41"]


@pytest.mark.parametrize("call", ["System.exit(3)", "Runtime.getRuntime().exit(3)", "Runtime.getRuntime().halt(0)"])
def test_system_exit_does_not_kill_the_kernel(kernel, call):
    km, kc = kernel
    cell = run(kc, call + ";")
    assert cell.reply["status"] == "error"
    assert cell.errors, f"{call} should be reported as an error"
    named = call.split("(")[0] if call.startswith("System") else call.rsplit("(", 1)[0]
    assert cell.errors[0]["evalue"].startswith(named + " is disabled"), cell.errors[0]["evalue"]
    assert km.is_alive()
    cell = run(kc, "kept")
    assert not cell.errors and cell.results == ["41"]


def test_restart_gives_a_clean_working_kernel(kernel):
    km, kc = kernel
    km.restart_kernel(now=True)
    kc.wait_for_ready(timeout=TIMEOUT)
    cell = run(kc, "1 + 1")
    assert not cell.errors and cell.results == ["2"]
    assert run(kc, "kept").errors, "variables from before the restart must be gone"
