#!/usr/bin/env python3
"""Joins the jgrad and PyTorch benchmark outputs ("name figure unit ...") into a ratio table.
For throughputs (GFLOPS, samples/s) the ratio is jgrad/torch; for times (us/op, ms) it is
torch/jgrad, so in every row > 1 means jgrad is faster."""
import sys

TIME_UNITS = {"us/op", "ms"}


def read(path):
    figures = {}
    for line in open(path):
        parts = line.split()
        if len(parts) >= 3:
            try:
                figures[parts[0]] = (float(parts[1]), parts[2])
            except ValueError:
                pass
    return figures


def main(ours_path, torch_path):
    ours, torch = read(ours_path), read(torch_path)
    print(f"{'workload':<22}{'jgrad':>12}{'pytorch':>12}  {'unit':<10}{'speed ratio':>12}")
    for name, (value, unit) in ours.items():
        if name not in torch:
            print(f"{name:<22}{value:>12.2f}{'-':>12}  {unit:<10}{'-':>12}")
            continue
        theirs = torch[name][0]
        ratio = theirs / value if unit in TIME_UNITS else value / theirs
        print(f"{name:<22}{value:>12.2f}{theirs:>12.2f}  {unit:<10}{ratio:>11.2f}x")


if __name__ == "__main__":
    main(*sys.argv[1:3])
