#!/usr/bin/env python3
"""Runs jgrad's benchmark (jgrad.bench.Bench, one JVM per round) and PyTorch's (the shared workloads file,
one process per round) in interleaved rounds on the same cores, and reports for each workload the best and
the median round of each side and the ratio of the bests (> 1: jgrad is faster, or uses less memory).
The report starts with what the figures depend on (CPU, SIMD, cores, JVM and flags, torch and its BLAS)
and the machine's ceilings (FMA peak, copy bandwidth), and is also written to the output folder.

Called by scripts/bench.sh, which builds the jars and the torch venv. Settings (environment):
BENCH_ROUNDS (default 5) rounds per side; BENCH_WARMUP (default 3) seconds of JIT warm-up per jgrad
workload; BENCH_THREADS (default 2) threads per side, both pinned to that many cores."""
import argparse
import datetime
import os
import pathlib
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

# The kernel's own JVM options, so the benchmark (speed and resident memory) runs as a notebook does.
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "python"))
from jgrad_kernel.launcher import jvm_flags  # noqa: E402  (the one reader of kernel/jvm.options)

JVM_FLAGS = jvm_flags(ROOT / "kernel" / "jvm.options", required=True)
LOWER_IS_BETTER = {"us/op", "ms", "MB"}
SIMD_FLAGS = re.compile(r"^(sse\S*|ssse3|avx\S*|fma|f16c|amx\S*|neon|asimd\S*|sve\S*)$")
# Torch's own view of the CPU: build config lines worth quoting, and oneDNN's chosen instruction set.
TORCH_PROBE = r"""
import re, torch, torch.nn as nn
print("torch", torch.__version__, "| ATen CPU capability:", torch.backends.cpu.get_cpu_capability())
for line in torch.__config__.show().splitlines():
    line = line.strip(" -")
    if re.search(r"Math Kernel Library|MKL-DNN|OpenBLAS|BLIS", line):
        print(line)
    for key in ("BLAS_INFO", "LAPACK_INFO", "USE_MKLDNN"):
        m = re.search(key + r"=([^,]*)", line)
        if m:
            print(key + "=" + m.group(1))
nn.Conv2d(1, 8, 3)(torch.randn(64, 1, 28, 28))  # ONEDNN_VERBOSE makes oneDNN name its instruction set
"""


def parse_figures(text):
    """{name: (figure, unit)} from "name figure unit ..." lines; other lines are ignored."""
    figures = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            try:
                figures[parts[0]] = (float(parts[1]), parts[2])
            except ValueError:
                pass
    return figures


def run(label, cmd, env=None):
    """Runs cmd and returns its stdout; stops the benchmark with the command's stderr if it fails."""
    result = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"bench: {label} failed (exit {result.returncode}): {' '.join(cmd)}\n{result.stderr}")
    return result.stdout


class OtherLoad:
    """How many cores' worth of CPU time processes other than the benchmark's used while it ran: all
    busy time in /proc/stat (steal included) minus the CPU time of the benchmark's finished children."""

    def __init__(self):
        self.start = self._sample()

    @staticmethod
    def _sample():
        try:
            with open("/proc/stat") as stat:
                fields = [int(v) for v in stat.readline().split()[1:]]
        except (OSError, ValueError):
            return None
        busy = sum(fields) - fields[3] - (fields[4] if len(fields) > 4 else 0)  # minus idle and iowait
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return busy / os.sysconf("SC_CLK_TCK"), children.ru_utime + children.ru_stime, time.monotonic()

    def cores(self):
        """Cores' worth used by others since this object was made, or None where /proc/stat is missing."""
        end = self._sample()
        if self.start is None or end is None:
            return None
        busy, ours, wall = (e - s for e, s in zip(end, self.start))
        return max(0.0, (busy - ours) / wall)


def cpu_facts():
    """Model name and numbers, SIMD flags and clock from /proc/cpuinfo ('' where absent)."""
    facts = {"model": "", "flags": [], "mhz": "", "family": "", "model number": ""}
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                key, _, value = line.partition(":")
                key, value = key.strip(), value.strip()
                if key == "model name" and not facts["model"]:
                    facts["model"] = value
                elif key in ("flags", "Features") and not facts["flags"]:
                    facts["flags"] = [f for f in value.split() if SIMD_FLAGS.match(f)]
                elif key == "cpu MHz" and not facts["mhz"]:
                    facts["mhz"] = value
                elif key == "cpu family" and not facts["family"]:
                    facts["family"] = value
                elif key == "model" and not facts["model number"]:
                    facts["model number"] = value
    except OSError:
        pass
    return facts


def one_cpu_per_core(cpus):
    """The CPUs among cpus that are the first hardware thread of their physical core (no SMT siblings)."""
    seen, chosen = set(), []
    for cpu in sorted(cpus):
        try:
            topo = f"/sys/devices/system/cpu/cpu{cpu}/topology/"
            core = (open(topo + "physical_package_id").read().strip(), open(topo + "core_id").read().strip())
        except OSError:
            core = cpu
        if core not in seen:
            seen.add(core)
            chosen.append(cpu)
    return chosen


def pinning(threads):
    """A taskset prefix confining a process to `threads` distinct cores, and the CPUs it names."""
    allowed = sorted(os.sched_getaffinity(0))
    cores = one_cpu_per_core(allowed)
    if threads > len(cores):
        print(f"bench: {threads} threads asked for, {len(cores)} cores available; using {len(cores)}",
              file=sys.stderr)
    cpus = cores[:threads]
    if cpus == allowed or not shutil.which("taskset"):
        return [], cpus
    return ["taskset", "-c", ",".join(map(str, cpus))], cpus


def torch_env(threads):
    """The environment of the PyTorch process: its thread count, minus OpenBLAS tuning meant for others."""
    env = dict(os.environ, THREADS=str(threads))
    for name in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
        env.pop(name, None)
    return env


def header(args, pin, cpus, threads):
    facts = cpu_facts()
    lines = [f"date: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
             f"cpu: {facts['model'] or 'unknown'} (family {facts['family'] or '?'}, model "
             f"{facts['model number'] or '?'}, {facts['mhz'] or '?'} MHz reported)",
             f"simd: {' '.join(facts['flags']) or 'unknown'}",
             f"cores: {os.cpu_count()} logical CPUs online; each side pinned to CPUs {cpus} "
             f"({len(cpus)} threads)" + ("" if pin else ", i.e. the whole allowance"),
             f"load average at start: {' '.join(f'{v:.2f}' for v in os.getloadavg())}"]
    java_version = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    lines.append("jvm: " + " | ".join(java_version[:3]))
    lines.append(f"jvm flags: {' '.join(JVM_FLAGS)} -Dbench.warmup={args.warmup}")
    probe_env = dict(torch_env(threads), ONEDNN_VERBOSE="1")
    probe = run("torch probe", pin + [args.torch_python, "-c", TORCH_PROBE], env=probe_env)
    for line in probe.splitlines():
        if line.startswith("onednn_verbose") and ",cpu,isa:" in line:
            lines.append("oneDNN ISA: " + line.split("isa:", 1)[1])
        elif not line.startswith("onednn_verbose"):
            lines.append(line)
    lines.append(f"torch python: {args.torch_python}")
    lines.append(f"rounds: {args.rounds} per side, interleaved (jgrad first in odd rounds, torch first in even)")
    return lines, facts


def limits_section(limits_out, facts, threads):
    """The machine's ceilings, measured (jgrad.bench.Limits output) and, for FMA, the nominal figure."""
    limits = parse_figures(limits_out)
    lines = ["", "physical limits (measured on the same cores with the Java Vector API and System.arraycopy):"]
    lines += ["  " + line for line in limits_out.splitlines() if line.strip()]
    lanes = 16 if "avx512f" in facts["flags"] else 8 if "avx2" in facts["flags"] else 4
    if facts["mhz"]:
        ghz = float(facts["mhz"]) / 1e3
        flops_per_cycle = threads * lanes * 2 * 2
        lines.append(f"  nominal fp32 peak at the reported clock: {flops_per_cycle * ghz:.0f} GFLOPS = {threads} cores "
                     f"x {lanes} lanes x 2 flops/FMA x 2 FMA pipes (assumed) x {ghz:.2f} GHz")
        if "fma_peak" in limits:
            lines.append(f"  the measured fma_peak means {limits['fma_peak'][0] / flops_per_cycle:.2f} GHz on that "
                         f"assumption (above the reported clock: boost; below: cores shared with other work)")
    if "copy_dram" in limits and "copy_1M" in limits:
        pass_bytes = 8e6  # read 1M floats and write 1M floats
        dram_us = pass_bytes / (limits["copy_dram"][0] * 1e9) * 1e6
        cache_us = pass_bytes / (limits["copy_1M"][0] * 1e9) * 1e6
        lines.append(f"  one pass over 1M floats (read 4 MB + write 4 MB): >= {cache_us:.0f} us cache-resident, "
                     f">= {dram_us:.0f} us from DRAM")
        lines.append(f"  elementwise_1M op by op (PyTorch eager) makes about 6 such passes (3 ops forward, 3 gradients "
                     f"back): >= {6 * cache_us / 1e3:.2f} ms (cache) / {6 * dram_us / 1e3:.2f} ms (DRAM)")
        lines.append(f"  fused (jgrad) it reads x forward, reads x back and updates x.grad in place, about 2 such passes: "
                     f">= {2 * cache_us / 1e3:.2f} ms (cache) / {2 * dram_us / 1e3:.2f} ms (DRAM)")
    return lines


def best(values, unit):
    return min(values) if unit in LOWER_IS_BETTER else max(values)


def table(rounds_jgrad, rounds_torch, limits):
    """Best and median of each side per workload, and the ratio of bests (> 1: jgrad ahead)."""
    names = list(dict.fromkeys(name for r in rounds_jgrad + rounds_torch for name in r))
    lines = ["", f"{'workload':<22}{'unit':<10}{'jgrad best':>12}{'median':>10}"
                 f"{'torch best':>12}{'median':>10}{'jgrad/torch':>13}"]
    peak = limits.get("fma_peak", (0, ""))[0]
    for name in names:
        unit = next(r[name][1] for r in rounds_jgrad + rounds_torch if name in r)
        cells, bests = [], []
        for rounds in (rounds_jgrad, rounds_torch):
            values = [r[name][0] for r in rounds if name in r]
            if values:
                bests.append(best(values, unit))
                cells += [f"{bests[-1]:>12.2f}", f"{statistics.median(values):>10.2f}"]
            else:
                bests.append(None)
                cells += [f"{'-':>12}", f"{'-':>10}"]
        ours, theirs = bests
        ratio = "-"
        if ours and theirs:
            ratio = f"{(theirs / ours if unit in LOWER_IS_BETTER else ours / theirs):.2f}x"
        lines.append(f"{name:<22}{unit:<10}{''.join(cells)}{ratio:>13}")
    if peak:
        for name in [n for n in names if n.startswith("sgemm_")]:
            shares = []
            for side, rounds in (("jgrad", rounds_jgrad), ("torch", rounds_torch)):
                values = [r[name][0] for r in rounds if name in r]
                if values:
                    shares.append(f"{side} {max(values) / peak:.0%}")
            lines.append(f"  {name} best as a share of the measured FMA peak: {', '.join(shares)}")
    lines.append("  ratio: jgrad/torch for throughputs, torch/jgrad for times and memory; > 1 means jgrad is ahead")
    return lines


def load_lines(other_load, threads):
    """Per-round CPU use by other processes, and a warning when it was high enough to spoil the figures."""
    lines = []
    for side, loads in other_load.items():
        if all(v is not None for v in loads):
            lines.append(f"other processes, cores used during each {side} round: "
                         + " ".join(f"{v:.2f}" for v in loads))
    worst = max((v for loads in other_load.values() for v in loads if v is not None), default=None)
    if worst is not None and worst > 0.1 * threads:
        lines.append(f"WARNING: other processes used up to {worst:.2f} cores while the rounds ran: these figures "
                     "are not a measurement of either side (PyTorch's OpenMP threads suffer most "
                     "when a core is taken away); rerun on a quiet machine.")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classpath", required=True, help="jgrad-core and jgrad-bench jars")
    parser.add_argument("--torch-python", required=True, help="python of the venv holding PyPI torch")
    parser.add_argument("--workloads", required=True, help="the PyTorch workloads file")
    parser.add_argument("--out", required=True, help="folder for the report and the raw round outputs")
    args = parser.parse_args()
    args.rounds = int(os.environ.get("BENCH_ROUNDS", "5"))
    args.warmup = float(os.environ.get("BENCH_WARMUP", "3"))
    threads = int(os.environ.get("BENCH_THREADS", "2"))
    raw = os.path.join(args.out, "rounds")
    os.makedirs(raw, exist_ok=True)
    for old in os.listdir(raw):  # a previous run's rounds, which this run might not overwrite
        if re.fullmatch(r"\d+-(jgrad|torch)\.txt", old):
            os.remove(os.path.join(raw, old))

    pin, cpus = pinning(threads)
    threads = len(cpus)
    java = pin + ["java"] + JVM_FLAGS + ["-cp", args.classpath]
    torch_cmd = pin + [args.torch_python, os.path.join(os.path.dirname(__file__), "bench_torch.py"), args.workloads]
    report, facts = header(args, pin, cpus, threads)
    for line in report:
        print(line, flush=True)

    others = OtherLoad()
    limits_out = run("jgrad.bench.Limits", java + ["jgrad.bench.Limits"])
    limits_other_load = others.cores()
    with open(os.path.join(args.out, "limits.txt"), "w") as f:
        f.write(limits_out)
    limits = parse_figures(limits_out)
    section = limits_section(limits_out, facts, threads)
    if limits_other_load is not None:
        section.append(f"  other processes used {limits_other_load:.2f} cores while these were measured")
    for line in section:
        print(line, flush=True)
    report += section

    sides = {
        "jgrad": (java + [f"-Dbench.warmup={args.warmup}", "jgrad.bench.Bench"], None),
        "torch": (torch_cmd, torch_env(threads)),
    }
    results = {"jgrad": [], "torch": []}
    other_load = {"jgrad": [], "torch": []}
    started = time.monotonic()
    for r in range(1, args.rounds + 1):
        order = ["jgrad", "torch"] if r % 2 else ["torch", "jgrad"]
        took = []
        for side in order:
            t0, others = time.monotonic(), OtherLoad()
            cmd, env = sides[side]
            out = run(f"{side} round {r}", cmd, env=env)
            with open(os.path.join(raw, f"{r:02d}-{side}.txt"), "w") as f:
                f.write(out)
            results[side].append(parse_figures(out))
            other_load[side].append(others.cores())
            took.append(f"{side} {time.monotonic() - t0:.0f} s")
        print(f"round {r}/{args.rounds}: {', '.join(took)}", file=sys.stderr, flush=True)

    section = table(results["jgrad"], results["torch"], limits)
    section += load_lines(other_load, threads)
    section.append(f"load average at end: {' '.join(f'{v:.2f}' for v in os.getloadavg())}; "
                   f"rounds took {time.monotonic() - started:.0f} s")
    for line in section:
        print(line)
    report += section
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    for name in ("report.txt", f"report-{stamp}.txt"):
        with open(os.path.join(args.out, name), "w") as f:
            f.write("\n".join(report) + "\n")
    print(f"\nreport written to {os.path.join(args.out, 'report.txt')} (and report-{stamp}.txt)")


if __name__ == "__main__":
    main()
