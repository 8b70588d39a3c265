#!/usr/bin/env python3
"""Measures the jgrad kernel as a user feels it: time from kernel start to the first result,
and the warm round-trip time of a trivial cell (median of 100). Needs the kernelspec installed.

    scripts/measure-kernel.py                 # the installed "jgrad" kernelspec
    scripts/measure-kernel.py --java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java   # same jar, another JDK
"""
import argparse
import json
import os
import statistics
import tempfile
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import start_new_kernel


def execute(kc, code):
    msg_id = kc.execute(code)
    while True:
        msg = kc.get_shell_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg["content"]


def spec_with_java(java, directory):
    """A copy of the installed jgrad kernelspec that runs under another java; returns its name."""
    installed = KernelSpecManager().get_kernel_spec("jgrad")
    spec = installed.to_dict()
    # the launcher stays where it was installed; JGRAD_JAVA tells it which java to run
    spec["argv"] = [a.replace("{resource_dir}", installed.resource_dir) for a in spec["argv"]]
    spec.setdefault("env", {})["JGRAD_JAVA"] = java
    os.makedirs(os.path.join(directory, "kernels", "jgrad-measure"))
    with open(os.path.join(directory, "kernels", "jgrad-measure", "kernel.json"), "w") as f:
        json.dump(spec, f)
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [directory, os.environ.get("JUPYTER_PATH")]))
    return "jgrad-measure"


def measure(kernel_name):
    started = time.perf_counter()
    km, kc = start_new_kernel(kernel_name=kernel_name, startup_timeout=60)
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--java", help="java executable to run the installed kernel jar with")
    args = parser.parse_args()
    if args.java:
        with tempfile.TemporaryDirectory() as directory:
            print(f"java: {args.java}")
            measure(spec_with_java(args.java, directory))
    else:
        measure("jgrad")


if __name__ == "__main__":
    main()
