"""A bounded background CPU load (behind the cpu_load fixture in conftest.py), so that races show in
every run instead of by chance on a busy machine: one busy process per core, killed when the test
ends and, whatever happens to the test run, ending by itself after a hard cap."""
import contextlib
import os
import subprocess
import sys

HARD_CAP_S = 180

_BUSY = "import time\nend = time.monotonic() + {cap}\nwhile time.monotonic() < end:\n    pass\n"


@contextlib.contextmanager
def saturated_cores(seconds=HARD_CAP_S, processes=None):
    """Runs `processes` (default: one per core) busy loops for at most `seconds` while the block runs."""
    n = processes or os.cpu_count() or 2
    busy = [subprocess.Popen([sys.executable, "-c", _BUSY.format(cap=seconds)]) for _ in range(n)]
    try:
        yield busy
    finally:
        for p in busy:
            p.kill()
        for p in busy:
            p.wait()

