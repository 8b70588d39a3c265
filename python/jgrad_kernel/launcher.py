"""The kernelspec's argv: `python -m jgrad_kernel.launcher {connection_file}` finds a JDK and runs the jar.

JVM options come from jvm.options beside the jar (the project's kernel/jvm.options: the Vector API module the
float32 matmul kernel uses, the collector), then from the environment the kernel starts in (the heap from its
memory limit, see memory.py; user.home from HOME), then from JGRAD_JVM_OPTS (for example -Xmx8g), split as a
shell would. `python -m jgrad_kernel.launcher --environment-flags` prints the environment's options, one a
line, for the launcher scripts/install-kernel.sh writes. The JVM's stderr passes through a filter that drops
the one line it prints because of that module, so the line never reaches what captures the kernel's stderr
(nbgrader's and papermill's output, the Jupyter server's log).
"""
import os
import shlex
import signal
import subprocess
import sys

from . import JAR, JVM_OPTIONS
from .java_finder import NoSuitableJava, find_java
from .memory import memory_flags


# The JVM prints this as its first stderr line when an incubator module is resolved; no JVM option turns it off.
INCUBATOR_NOTICE = "WARNING: Using incubator modules: jdk.incubator.vector"


def copy_without_notice(source_fd, sink_fd, notice=INCUBATOR_NOTICE):
    """Copies source_fd to sink_fd until end of input, leaving out the first line if it is exactly `notice`."""
    line = notice.encode() + b"\n"
    head = b""
    while line.startswith(head) and head != line:
        chunk = os.read(source_fd, 65536)
        if not chunk:
            break
        head += chunk
    _write_all(sink_fd, head[len(line):] if head.startswith(line) else head)
    while True:
        chunk = os.read(source_fd, 65536)
        if not chunk:
            return
        _write_all(sink_fd, chunk)


def _write_all(fd, data):
    while data:
        data = data[os.write(fd, data):]


def _filter_stderr():
    """Points this process's stderr at a child that copies it to the real stderr without the JVM's notice."""
    read_fd, write_fd = os.pipe()
    if os.fork() == 0:
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # lives as long as the JVM's stderr, whatever the JVM does
            os.close(write_fd)
            copy_without_notice(read_fd, 2)
        finally:
            os._exit(0)
    os.close(read_fd)
    os.dup2(write_fd, 2)
    os.close(write_fd)


def jvm_flags(path=JVM_OPTIONS, required=False):
    """The kernel's JVM options: one per line, # comments. A missing file gives none unless required."""
    lines = path.read_text(encoding="utf-8").splitlines() if required or path.is_file() else []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def home_flags(environ=os.environ):
    """-Duser.home=$HOME. The JVM takes user.home from the account's entry in the password database, not from
    HOME: users whose servers run under one account would share one ~/.cache/jgrad (MNIST) and ~/.m2 (%maven)."""
    home = environ.get("HOME", "")
    return [f"-Duser.home={home}"] if os.path.isabs(home) else []


def environment_flags(environ=os.environ, user_options=()):
    """The options that follow the kernel's environment; user_options (JGRAD_JVM_OPTS) come after them."""
    return [*memory_flags(environ, user_options), *home_flags(environ)]


def user_options(environ=os.environ):
    """JGRAD_JVM_OPTS split as a shell would (at white space, if its quotes do not pair up)."""
    text = environ.get("JGRAD_JVM_OPTS", "")
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def command(java, connection_file, environ=os.environ):
    user = user_options(environ)
    return [java, *jvm_flags(), *environment_flags(environ, user), *user, "-jar", str(JAR), connection_file]


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if args == ["--environment-flags"]:
        print("\n".join(environment_flags(os.environ, user_options())))
        return 0
    if len(args) != 1:
        print("usage: python -m jgrad_kernel.launcher CONNECTION_FILE", file=sys.stderr)
        return 2
    if not JAR.is_file():
        print(f"jgrad kernel: the kernel jar {JAR} is missing; reinstall the jgrad-kernel package.",
              file=sys.stderr)
        return 1
    try:
        java = find_java()
    except NoSuitableJava as e:
        print(e, file=sys.stderr)
        return 1
    cmd = command(java, args[0])
    if os.name == "posix":
        # Replace this process, so the Jupyter client's signals and kill reach the JVM itself; the filter
        # is a child in the same process group and ends when the JVM closes its stderr.
        _filter_stderr()
        os.execv(java, cmd)
    with subprocess.Popen(cmd, stderr=subprocess.PIPE) as jvm:
        copy_without_notice(jvm.stderr.fileno(), sys.stderr.fileno())
        return jvm.wait()


if __name__ == "__main__":
    sys.exit(main())
