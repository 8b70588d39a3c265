"""The launcher's options from the kernel's environment (python/jgrad_kernel/memory.py, launcher.py): the
memory limit read from MEM_LIMIT or the cgroup and the heap sized from it, JGRAD_JVM_OPTS winning, user.home
from HOME; the installed kernelspec readable by every user. Pure functions, on made-up environments and
cgroup files."""
import json
import os
import stat
import sys

import pytest

from jupyter_server_process import ROOT

sys.path.insert(0, str(ROOT / "python"))
from jgrad_kernel import JAR  # noqa: E402
from jgrad_kernel.launcher import command, home_flags  # noqa: E402
from jgrad_kernel.memory import (Limit, cgroup_limit, heap_size, memory_flags, memory_limit,  # noqa: E402
                                 parse_size)

MIB, GIB = 1 << 20, 1 << 30
MACHINE = 24 * GIB
BEYOND_HEAP = ["-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m", "-Djdk.nio.maxCachedBufferSize=1048576"]


def cgroup(folder, v2=None, v1=None):
    """The two cgroup files the launcher reads, in folder, with these contents (None: absent)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = (folder / "memory.max", folder / "memory.limit_in_bytes")
    for path, text in zip(files, (v2, v1)):
        if text is not None:
            path.write_text(text + "\n")
    return files


@pytest.mark.parametrize("text, size", [
    ("1073741824", GIB), ("1G", GIB), ("1g", GIB), ("512M", 512 * MIB), ("1.5G", 3 * GIB // 2),
    ("2Gi", 2 * GIB), ("512MB", 512 * MIB), ("100k", 100 << 10), (" 1G ", GIB), ("1T", 1 << 40)])
def test_sizes_as_jupyterhub_writes_them(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "junk", "-1G", "0", "1Q", "1.5.2G", "G", "1iB"])
def test_what_is_not_a_size_is_named(text):
    with pytest.raises(ValueError, match="not a"):
        parse_size(text)


def test_cgroup_v2_and_v1_limits(tmp_path):
    assert cgroup_limit(cgroup(tmp_path, v2="1073741824"), MACHINE) == Limit(GIB, str(tmp_path / "memory.max"))
    v1 = cgroup_limit(cgroup(tmp_path / "v1", v1="536870912"), MACHINE)
    assert v1 == Limit(512 * MIB, str(tmp_path / "v1" / "memory.limit_in_bytes"))


def test_no_cgroup_limit(tmp_path):
    assert cgroup_limit(cgroup(tmp_path / "a", v2="max"), MACHINE) is None
    assert cgroup_limit(cgroup(tmp_path / "b", v1="9223372036854771712"), MACHINE) is None  # v1's "unlimited"
    assert cgroup_limit(cgroup(tmp_path / "c", v2=str(MACHINE)), MACHINE) is None  # no smaller than the machine
    assert cgroup_limit(cgroup(tmp_path / "d"), MACHINE) is None  # no cgroup files


def test_mem_limit_comes_before_the_cgroup_and_a_bad_one_is_named(tmp_path, capsys):
    files = cgroup(tmp_path, v2=str(2 * GIB))
    assert memory_limit({"MEM_LIMIT": "1G"}, files, MACHINE) == Limit(GIB, "MEM_LIMIT")
    assert memory_limit({}, files, MACHINE).bytes == 2 * GIB
    assert memory_limit({"MEM_LIMIT": "lots"}, files, MACHINE, sys.stderr).bytes == 2 * GIB
    assert "jgrad kernel: MEM_LIMIT ignored: not a size: 'lots'" in capsys.readouterr().err


@pytest.mark.parametrize("limit, heap", [
    (GIB, 486 * MIB),            # 60% of 1024 MiB is 614.4, minus 128
    (4 * GIB, 2329 * MIB),       # 2457.6 - 128
    (512 * MIB, 179 * MIB),      # 307.2 - 128
    (256 * MIB, 128 * MIB),      # 25.6: the floor
])
def test_the_heap_rule(limit, heap):
    assert heap_size(limit) == heap


def test_flags_for_a_limit_and_none_without_one(tmp_path):
    files = cgroup(tmp_path, v2="max")
    assert memory_flags({}, (), files, MACHINE) == []
    assert memory_flags({"MEM_LIMIT": "1G"}, (), files, MACHINE) == [
        "-Xmx486m", *BEYOND_HEAP, f"-Djgrad.memory.limit={GIB}"]


@pytest.mark.parametrize("option", ["-Xmx2g", "-XX:MaxHeapSize=2g", "-XX:MaxRAMPercentage=50", "-XX:MaxRAM=2g"])
def test_a_heap_size_in_jgrad_jvm_opts_wins(tmp_path, option):
    flags = memory_flags({"MEM_LIMIT": "1G"}, ["-Dx=y", option], cgroup(tmp_path), MACHINE)
    assert flags == [*BEYOND_HEAP, f"-Djgrad.memory.limit={GIB}"]


def test_user_home_follows_home():
    assert home_flags({"HOME": "/home/ada"}) == ["-Duser.home=/home/ada"]
    assert home_flags({"HOME": "/home/two words"}) == ["-Duser.home=/home/two words"]
    assert home_flags({}) == [] and home_flags({"HOME": "relative"}) == []


def test_command_order_environment_then_jgrad_jvm_opts():
    got = command("java", "c.json", {"MEM_LIMIT": "1G", "HOME": "/home/ada", "JGRAD_JVM_OPTS": "-Xmx300m"})
    tail = got[got.index("-XX:MaxMetaspaceSize=128m"):]
    assert tail == [*BEYOND_HEAP, f"-Djgrad.memory.limit={GIB}", "-Duser.home=/home/ada", "-Xmx300m",
                    "-jar", str(JAR), "c.json"]
    assert "-Xmx486m" not in got  # JGRAD_JVM_OPTS's heap replaces the rule's
    mine = command("java", "c.json", {"MEM_LIMIT": "1G", "HOME": "/home/ada"})
    assert "-Xmx486m" in mine and mine.index("-Xmx486m") < mine.index("-jar")


def test_an_installed_kernelspec_is_readable_by_everyone(tmp_path):
    from jgrad_kernel import kernelspec
    old = os.umask(0o077)  # as strict as an admin's umask gets
    try:
        folder = kernelspec.install(prefix=str(tmp_path / "env"), kernel_name="jgrad")
    finally:
        os.umask(old)
    spec = tmp_path / "env" / "share" / "jupyter" / "kernels" / "jgrad"
    assert os.path.samefile(folder, spec)
    assert json.loads((spec / "kernel.json").read_text())["language"] == "java"
    assert stat.S_IMODE((spec / "kernel.json").stat().st_mode) == 0o644
    for path in (spec, spec.parent, spec.parent.parent, spec.parent.parent.parent, tmp_path / "env"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o755, path  # the folders the install created, too
