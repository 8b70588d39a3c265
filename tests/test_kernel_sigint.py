"""SIGINT (interrupt_mode "signal", or Ctrl-C reaching the kernel) stops the running cell
and keeps the kernel and its variables alive."""
import os
import signal
import time

from kernel_client import collect, run


def kernel_pid(km):
    return km.provisioner.process.pid


def test_sigint_while_idle_does_not_kill_the_kernel(kernel):
    km, kc = kernel
    os.kill(kernel_pid(km), signal.SIGINT)
    time.sleep(0.5)
    assert km.is_alive()
    assert run(kc, "6 * 7").results == ["42"]


def test_sigint_stops_a_tight_loop_within_a_second(kernel):
    km, kc = kernel
    run(kc, "long sigSpins = 0; int keptAcrossSigint = 5;")
    msg_id = kc.execute("while (true) { sigSpins++; }")
    time.sleep(1.0)
    os.kill(kernel_pid(km), signal.SIGINT)
    cell = collect(kc, msg_id, timeout=10)
    assert cell.reply["status"] == "error"
    assert km.is_alive()
    assert run(kc, "keptAcrossSigint + (sigSpins > 0 ? 1 : 0)").results == ["6"]


def test_kernelspec_signal_mode_interrupts_through_the_kernel_manager(kernel):
    km, kc = kernel
    km.kernel_spec.interrupt_mode = "signal"
    try:
        msg_id = kc.execute("Thread.sleep(60_000);")
        time.sleep(1.0)
        km.interrupt_kernel()
        cell = collect(kc, msg_id, timeout=10)
        assert cell.reply["status"] == "error"
        assert run(kc, "keptAcrossSigint").results == ["5"]
    finally:
        km.kernel_spec.interrupt_mode = "message"
