#!/usr/bin/env python3
"""Measures the jgrad kernel as a user feels it: time from kernel start to the first result,
and the warm round-trip time of a trivial cell (median of 100). Needs the kernelspec installed."""
import statistics
import time

from jupyter_client.manager import start_new_kernel


def execute(kc, code):
    msg_id = kc.execute(code)
    while True:
        msg = kc.get_shell_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg["content"]


def main():
    started = time.perf_counter()
    km, kc = start_new_kernel(kernel_name="jgrad", startup_timeout=60)
    try:
        assert execute(kc, "1 + 1")["status"] == "ok"
        first_result = time.perf_counter() - started
        for _ in range(10):  # warm up JShell and the JIT
            execute(kc, "1 + 1")
        samples = []
        for _ in range(100):
            t0 = time.perf_counter()
            execute(kc, "1 + 1")
            samples.append(time.perf_counter() - t0)
        print(f"start to first result: {first_result:.2f} s")
        print(f"trivial cell round trip, warm: median {statistics.median(samples) * 1e3:.1f} ms, "
              f"p90 {sorted(samples)[89] * 1e3:.1f} ms (n=100)")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
