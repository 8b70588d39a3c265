#!/usr/bin/env python3
"""Warm round-trip latency and kernel CPU per trivial cell, jgrad against other Java kernels.

Each kernel is started through jupyter_client and warmed with --warmup cells of `1 + 1`; then
--rounds rounds run, each with --cells `1 + 1` cells per kernel, the kernels taking turns (a, b,
b, a, ...) so that a change of machine load hits both alike. A round trip is the time from sending
execute_request until both the execute_reply and the cell's idle status arrived (what a notebook
waits for). CPU per cell is the kernel's utime+stime (its process and every descendant, from
/proc/<pid>/stat) over the round, divided by the cells: unlike wall time it stays honest when
other processes share the CPU.

    scripts/latency.py                                  # the jgrad kernelspec in JUPYTER_PATH
    scripts/latency.py --jjava /path/to/jjava/kernelspec   # and JJava (a dir with kernel.json)
    scripts/latency.py --kernel other=/path/to/kernelspec   # any further kernelspec dir

JJAVA_KERNELSPEC works like --jjava; a missing path skips that kernel with a note.
"""
import argparse
import json
import os
import re
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
CODE = "1 + 1"


def process_tree(pid):
    """pid and all of its descendants (a launcher may start the real JVM as a child)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


def cpu_seconds(pids):
    """utime + stime of the processes, in seconds (a process that ended contributes nothing)."""
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
        except (OSError, IndexError, ValueError):
            pass
    return total / CLOCK_TICKS


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def java_version(java):
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30).stderr
    except OSError as e:
        return f"{java}: {e}"
    return " / ".join(line.strip() for line in out.splitlines()[1:3]) or out.strip()


class Kernel:
    def __init__(self, name, spec_dir):
        self.name = name
        self.spec_dir = spec_dir
        with open(os.path.join(spec_dir, "kernel.json")) as f:
            self.spec_json = json.load(f)
        self.km = None
        self.kc = None
        self.pids = []
        self.rounds = []  # (latencies in s, cpu s per cell)

    def java(self):
        argv0 = self.spec_json["argv"][0].replace("{resource_dir}", self.spec_dir)
        if os.path.basename(argv0).startswith("java"):
            return shutil.which(argv0) or argv0
        # a launcher script (install-kernel.sh writes one): the java it runs unless JGRAD_JAVA says otherwise
        try:
            found = re.search(r"java=(\S+)", open(argv0, encoding="utf-8").read().split("[ -n \"$java\" ] ||")[-1])
        except OSError:
            found = None
        return os.environ.get("JGRAD_JAVA") or (found.group(1).strip("'\"") if found else argv0)

    def start(self, log):
        self.km = KernelManager(kernel_name=os.path.basename(self.spec_dir))
        self.km.start_kernel(stdout=log, stderr=log)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=120)
        self.root_pid = self.km.provisioner.process.pid

    def refresh_pids(self):
        self.pids = process_tree(self.root_pid)

    def run_cell(self):
        """One round trip; returns its seconds."""
        t0 = time.perf_counter()
        msg_id = self.kc.execute(CODE, store_history=True)
        replied = idle = False
        while not (replied and idle):
            if not replied:
                msg = self.kc.get_shell_msg(timeout=60)
                if msg["parent_header"].get("msg_id") == msg_id:
                    if msg["content"]["status"] != "ok":
                        raise RuntimeError(f"{self.name}: {CODE} failed: {msg['content']}")
                    replied = True
            if not idle:
                msg = self.kc.get_iopub_msg(timeout=60)
                if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                        and msg["content"]["execution_state"] == "idle"):
                    idle = True
        return time.perf_counter() - t0

    def warm(self, cells):
        for _ in range(cells):
            self.run_cell()
        self.refresh_pids()

    def round(self, cells):
        before = cpu_seconds(self.pids)
        samples = [self.run_cell() for _ in range(cells)]
        cpu = (cpu_seconds(self.pids) - before) / cells
        self.rounds.append((samples, cpu))

    def stop(self):
        if self.kc:
            self.kc.stop_channels()
        if self.km:
            self.km.shutdown_kernel(now=True)


def percentile(sorted_samples, q):
    return sorted_samples[min(len(sorted_samples) - 1, int(q * len(sorted_samples)))]


def report(kernels, args):
    print(f"CPU: {cpu_model()}, {os.cpu_count()} cores; load average before: {args.load_before}, "
          f"after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for k in kernels:
        print(f"{k.name}: {' '.join(k.spec_json['argv'])}")
        print(f"    JVM: {java_version(k.java())}")
    print(f"cell: {CODE!r}; warm-up {args.warmup} cells; {args.rounds} rounds x {args.cells} cells per kernel, "
          f"interleaved")
    print()
    header = f"{'kernel':<12} {'p50 ms':>8} {'p90 ms':>8} {'CPU ms/cell':>12}  {'CPU ms/cell per round':<}"
    print(header)
    for k in kernels:
        all_samples = sorted(s for samples, _ in k.rounds for s in samples)
        cpus = [cpu for _, cpu in k.rounds]
        print(f"{k.name:<12} {percentile(all_samples, 0.5) * 1e3:8.2f} {percentile(all_samples, 0.9) * 1e3:8.2f} "
              f"{statistics.median(cpus) * 1e3:12.2f}  {' '.join(f'{c * 1e3:.2f}' for c in cpus)}")
    print("(p50/p90 over every round's cells; CPU ms/cell: median of the rounds)")


def parse_kernels(args):
    specs = []
    if args.jgrad:
        specs.append(("jgrad", args.jgrad))
    else:
        try:
            specs.append(("jgrad", KernelSpecManager().get_kernel_spec("jgrad").resource_dir))
        except Exception:
            print("no jgrad kernelspec found (run scripts/install-kernel.sh or pass --jgrad)", file=sys.stderr)
    jjava = args.jjava or os.environ.get("JJAVA_KERNELSPEC")
    if jjava:
        if os.path.isfile(os.path.join(jjava, "kernel.json")):
            specs.append(("jjava", jjava))
        else:
            print(f"skipping JJava: no kernel.json in {jjava}", file=sys.stderr)
    for item in args.kernel:
        name, _, path = item.partition("=")
        if os.path.isfile(os.path.join(path, "kernel.json")):
            specs.append((name, path))
        else:
            print(f"skipping {name}: no kernel.json in {path}", file=sys.stderr)
    return specs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jgrad", help="jgrad kernelspec dir (default: the installed 'jgrad' kernelspec)")
    parser.add_argument("--jjava", help="JJava kernelspec dir (a dir with kernel.json); or JJAVA_KERNELSPEC")
    parser.add_argument("--kernel", action="append", default=[], metavar="NAME=DIR",
                        help="a further kernelspec dir to measure (repeatable)")
    parser.add_argument("--log", help="file for the kernels' own output (default: discarded)")
    parser.add_argument("--warmup", type=int, default=200, help="warm-up cells per kernel (default 200)")
    parser.add_argument("--rounds", type=int, default=6, help="rounds per kernel (default 6)")
    parser.add_argument("--cells", type=int, default=200, help="cells per round (default 200)")
    args = parser.parse_args()
    args.load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())

    specs = parse_kernels(args)
    if not specs:
        sys.exit("no kernel to measure")
    kernels = []
    log = open(args.log, "w") if args.log else subprocess.DEVNULL
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [tmp, os.environ.get("JUPYTER_PATH")]))
        try:
            for name, path in specs:
                # each spec under a unique name, so installed specs of the same name cannot interfere
                dest = os.path.join(tmp, "kernels", f"latency-{name}")
                shutil.copytree(path, dest)
                k = Kernel(name, dest)
                kernels.append(k)
                print(f"starting {name} ...", file=sys.stderr)
                k.start(log)
                k.warm(args.warmup)
            for r in range(args.rounds):
                order = kernels if r % 2 == 0 else kernels[::-1]
                for k in order:
                    k.round(args.cells)
                print(f"round {r + 1}/{args.rounds} done", file=sys.stderr)
        finally:
            for k in kernels:
                k.stop()
    report(kernels, args)


if __name__ == "__main__":
    main()
