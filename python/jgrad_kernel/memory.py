"""The kernel's memory settings from the memory limit it runs under (a JupyterHub pod, a container).

Without them the JVM takes a quarter of the machine's memory for its heap, or a quarter of a container's
limit: too much where the machine is shared and the limit is not enforced, too little where it is. The
rule, in one place (the README quotes it):

  limit L: JupyterHub's MEM_LIMIT (bytes, or 512M, 1G, 1.5Gi: powers of 1024, as its spawners read them),
           else the cgroup's limit (v2 memory.max, v1 memory.limit_in_bytes); "max", or a value at least
           the machine's memory, is no limit. No limit: the JVM's own defaults, nothing added.
  heap     60% of L minus 128 MiB (the Jupyter server shares the limit), at least 128 MiB.
  beyond   metaspace at most 128 MiB (about 20 kB per cell: thousands of cells), JIT code at most 64 MiB
           (cold code is flushed), and large temporary NIO buffers are freed after each read or write
           instead of being kept per thread (saving a 200 MB checkpoint would otherwise keep 200 MB).

Options in JGRAD_JVM_OPTS win: they come later on the command line, and any heap size given there
(-Xmx, -XX:MaxHeapSize, -XX:MaxRAM...) replaces the computed one.
"""
import os
import re
import sys
from pathlib import Path
from typing import NamedTuple, Optional

MIB = 1 << 20
HEAP_SHARE = 0.6
SERVER_RESERVE = 128 * MIB
HEAP_FLOOR = 128 * MIB
BEYOND_HEAP = ["-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m", "-Djdk.nio.maxCachedBufferSize=1048576"]
# JGRAD_JVM_OPTS options that size the heap; -Xmx would override the percentage ones whatever their order.
HEAP_OPTIONS = ("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAM")
CGROUP_FILES = (Path("/sys/fs/cgroup/memory.max"), Path("/sys/fs/cgroup/memory/memory.limit_in_bytes"))
UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}


class Limit(NamedTuple):
    bytes: int
    source: str  # "MEM_LIMIT" or the cgroup file it was read from


def parse_size(text):
    """Bytes of "1073741824", "512M", "1G", "1.5Gi", "2GB" (K, M, G, T: powers of 1024); ValueError otherwise."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d*)?)\s*(?:([kmgt])i?)?b?\s*", text, re.IGNORECASE)
    if not m:
        raise ValueError(f"not a size: {text!r} (expected bytes, or a number with K, M, G or T)")
    size = int(float(m.group(1)) * UNITS[(m.group(2) or "").lower()])
    if size <= 0:
        raise ValueError(f"not a positive size: {text!r}")
    return size


def physical_memory():
    """The machine's memory in bytes, None where the system does not say."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


def cgroup_limit(files=CGROUP_FILES, physical=None):
    """The cgroup's memory limit, None if there is none (or it is no smaller than the machine)."""
    physical = physical_memory() if physical is None else physical
    for path in files:
        try:
            text = Path(path).read_text(encoding="ascii").strip()
        except OSError:
            continue
        if not text.isdigit():  # "max": no limit
            return None
        size = int(text)
        return Limit(size, str(path)) if size < (physical or 1 << 60) else None
    return None


def memory_limit(environ=os.environ, files=CGROUP_FILES, physical=None, warn=sys.stderr):
    """The limit the kernel runs under: MEM_LIMIT, else the cgroup's; None if there is none."""
    given = environ.get("MEM_LIMIT", "").strip()
    if given:
        try:
            return Limit(parse_size(given), "MEM_LIMIT")
        except ValueError as e:
            print(f"jgrad kernel: MEM_LIMIT ignored: {e}", file=warn)
    return cgroup_limit(files, physical)


def heap_size(limit_bytes):
    """The heap for a memory limit, in whole MiB: 60% of it minus the server's reserve, at least the floor."""
    return max(HEAP_FLOOR, int(HEAP_SHARE * limit_bytes) - SERVER_RESERVE) // MIB * MIB


def memory_flags(environ=os.environ, user_options=(), files=CGROUP_FILES, physical=None, warn=sys.stderr):
    """JVM options for the limit the kernel runs under (none without one). user_options: JGRAD_JVM_OPTS,
    which come after these; one that sizes the heap drops -Xmx."""
    limit = memory_limit(environ, files, physical, warn)
    if limit is None:
        return []
    heap = [] if any(o.startswith(HEAP_OPTIONS) for o in user_options) else [f"-Xmx{heap_size(limit.bytes) // MIB}m"]
    # The kernel's out-of-memory hint names the limit instead of suggesting a bigger heap than it allows.
    return [*heap, *BEYOND_HEAP, f"-Djgrad.memory.limit={limit.bytes}"]
