"""Runs the PyTorch workloads file (argument 1) unchanged and adds the memory lines jgrad's Bench prints:
the resident set once torch is imported, and the process's peak resident set right after the MLP line."""
import runpy
import sys


def megabytes(field):
    """A /proc/self/status field (VmRSS, VmHWM) in MB, or None where it is missing (not Linux)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    return None


def print_megabytes(out, name, field, note):
    value = megabytes(field)
    if value is not None:
        out.write(f"{name} {value:.0f} MB {note}\n")


class MlpPeakTap:
    """Passes the workloads' output through; after the MLP line ends, adds the peak resident set."""

    def __init__(self, out):
        self.out = out
        self.after_mlp = False

    def write(self, text):
        self.out.write(text)
        if text.startswith("mlp_train_step"):
            self.after_mlp = True
        if self.after_mlp and "\n" in text:
            self.after_mlp = False
            print_megabytes(self.out, "mlp_peak_rss", "VmHWM", "(process peak resident set, sgemm + mlp)")
        return len(text)

    def flush(self):
        self.out.flush()


def main(workloads):
    import torch  # noqa: F401  (the start-up figure includes torch's libraries, as jgrad's includes the JVM)
    print_megabytes(sys.stdout, "startup_rss", "VmRSS", "(resident set once torch is imported)")
    sys.stdout = MlpPeakTap(sys.stdout)
    try:
        runpy.run_path(workloads, run_name="__main__")
    finally:
        sys.stdout = sys.stdout.out


if __name__ == "__main__":
    main(sys.argv[1])
