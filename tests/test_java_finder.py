"""The launcher (python/jgrad_kernel/): its choice of JDK, on fake `java` programs: JAVA_HOME
first, then PATH; one older than 17 or without JShell (a JRE) is passed over, and the error names each;
the JVM command it runs; and the filter on the JVM's stderr, which drops only the incubator notice.
The checkout's kernelspec launcher (scripts/install-kernel.sh) runs the same filter in bash."""
import os
import subprocess
import sys
import threading
import time

import pytest

from jupyter_server_process import ROOT

sys.path.insert(0, str(ROOT / "python"))
from jgrad_kernel.java_finder import NoSuitableJava, find_java, parse_version  # noqa: E402


def fake_jdk(folder, version, release=None):
    """A JDK folder whose bin/java prints `version` as `java -version` does; release: its release file."""
    (folder / "bin").mkdir(parents=True)
    java = folder / "bin" / "java"
    java.write_text(f'#!/bin/sh\necho \'openjdk version "{version}" 2024-01-16\' >&2\n')
    java.chmod(0o755)
    if release is not None:
        (folder / "release").write_text(release)
    return str(java)


def test_java_home_comes_before_path(tmp_path):
    home = fake_jdk(tmp_path / "home", "21.0.2")
    on_path = fake_jdk(tmp_path / "path", "17.0.15")
    assert find_java({"JAVA_HOME": str(tmp_path / "home"), "PATH": str(tmp_path / "path" / "bin")}) == home
    assert find_java({"PATH": str(tmp_path / "path" / "bin")}) == on_path


def test_an_old_java_home_is_passed_over_for_path(tmp_path):
    fake_jdk(tmp_path / "old", "1.8.0_392")
    on_path = fake_jdk(tmp_path / "new", "25")
    assert find_java({"JAVA_HOME": str(tmp_path / "old"), "PATH": str(tmp_path / "new" / "bin")}) == on_path


def test_the_error_names_every_java_it_looked_at(tmp_path):
    old = fake_jdk(tmp_path / "old", "11.0.22")
    jre = fake_jdk(tmp_path / "jre", "17.0.1", release='JAVA_VERSION="17.0.1"\nMODULES="java.base java.desktop"\n')
    with pytest.raises(NoSuitableJava) as error:
        find_java({"JAVA_HOME": str(tmp_path / "old"), "PATH": str(tmp_path / "jre" / "bin")})
    lines = str(error.value).splitlines()
    assert lines[:3] == [
        "jgrad kernel: no JDK 17 or newer was found.",
        f"  JAVA_HOME={tmp_path / 'old'}: {old} is Java 11 (the kernel needs 17 or newer)",
        f"  PATH: {jre} is Java 17 (a runtime without jdk.jshell (a JRE); the kernel needs a full JDK)"]
    assert lines[3].startswith("Install a JDK 17 or newer")


def test_a_java_home_without_java(tmp_path):
    with pytest.raises(NoSuitableJava, match=r"JAVA_HOME=\S+: it has no bin/java"):
        find_java({"JAVA_HOME": str(tmp_path), "PATH": str(tmp_path)})


def test_the_release_file_is_read_without_starting_java(tmp_path):
    java = fake_jdk(tmp_path / "jdk", "9", release='JAVA_VERSION="21.0.4"\nMODULES="java.base jdk.jshell"\n')
    assert find_java({"PATH": str(tmp_path / "jdk" / "bin")}) == java  # 21 from release, not 9 from -version


@pytest.mark.parametrize("text, version", [("17.0.15", 17), ("25", 25), ("21-ea", 21), ("1.8.0_392", 8),
                                           ("junk", None)])
def test_version_strings(text, version):
    assert parse_version(text) == version


def test_launcher_command_adds_jgrad_java_opts():
    from jgrad_kernel import JAR
    from jgrad_kernel.launcher import command
    from jgrad_kernel.launcher import jvm_flags
    flags = jvm_flags(ROOT / "kernel" / "jvm.options")
    assert flags[:2] == ["--add-modules", "jdk.incubator.vector"] and "-XX:+UseParallelGC" in flags
    got = command("/jdk/bin/java", "/run/c.json", {"JGRAD_JVM_OPTS": "-Xmx2g -Dname='a b'"})
    n = len(got) - 6  # the options file's flags, wherever the package under test finds it
    assert got[0] == "/jdk/bin/java" and got[n + 1:] == ["-Xmx2g", "-Dname=a b", "-jar", str(JAR), "/run/c.json"]
    assert command("java", "c.json", {})[-3:] == ["-jar", str(JAR), "c.json"]


def test_jgrad_java_comes_first_and_a_wrong_one_is_named(tmp_path):
    missing = tmp_path / "no-such-java"
    with pytest.raises(NoSuitableJava) as error:
        find_java({"JGRAD_JAVA": str(missing), "PATH": str(tmp_path)})
    assert f"JGRAD_JAVA={missing}" in str(error.value) and "not an executable file" in str(error.value)


def filtered(pieces, through):
    """What comes out of `through` (a function from a read fd to a write fd) for input written in pieces."""
    source_read, source_write = os.pipe()
    sink_read, sink_write = os.pipe()

    def feed():
        for piece in pieces:
            os.write(source_write, piece)
            time.sleep(0.05)  # separate reads, so a line can arrive split
        os.close(source_write)

    writer = threading.Thread(target=feed)
    writer.start()
    through(source_read, sink_write)
    writer.join()
    os.close(source_read)
    os.close(sink_write)
    with os.fdopen(sink_read, "rb") as out:
        return out.read()


NOTICE = b"WARNING: Using incubator modules: jdk.incubator.vector\n"
CASES = [
    ([NOTICE, b"kernel log line\n"], b"kernel log line\n"),
    ([NOTICE[:10], NOTICE[10:30], NOTICE[30:] + b"next\n", b"last"], b"next\nlast"),
    ([b"first\n", NOTICE], b"first\n" + NOTICE),                       # only as the first line
    ([NOTICE[:-1] + b" and more\n"], NOTICE[:-1] + b" and more\n"),    # only the exact line
    ([NOTICE[:20]], NOTICE[:20]),                                         # cut short: kept
    ([], b""),
]


@pytest.mark.parametrize("pieces, expected", CASES)
def test_the_stderr_filter_drops_only_a_first_line_notice(pieces, expected):
    from jgrad_kernel.launcher import copy_without_notice
    assert filtered(pieces, copy_without_notice) == expected


@pytest.fixture(scope="module")
def kernelspec_launcher(tmp_path_factory):
    """The launcher scripts/install-kernel.sh writes, with a fake java that copies its stdin to stderr."""
    folder = tmp_path_factory.mktemp("launcher")
    java = folder / "java"
    java.write_text("#!/bin/sh\nexec cat >&2\n")
    java.chmod(0o755)
    subprocess.run(["bash", str(ROOT / "scripts" / "install-kernel.sh"), "--data-dir", str(folder / "data")],
                   check=True, env={**os.environ, "JAVA": str(java)}, capture_output=True)
    return folder / "data" / "kernels" / "jgrad" / "jgrad-kernel"


@pytest.mark.parametrize("pieces, expected", CASES)
def test_the_kernelspec_launcher_filters_the_same_way(pieces, expected, kernelspec_launcher):
    def through(read_fd, write_fd):
        # Returns when the fake JVM exits; reading to the end waits for the filter, which holds write_fd too.
        subprocess.run([str(kernelspec_launcher), "connection.json"], stdin=read_fd, stderr=write_fd, check=True,
                       timeout=30)

    assert filtered(pieces, through) == expected
