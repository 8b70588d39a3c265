"""The kernelspec's argv: `python -m jgrad_kernel.launcher {connection_file}` finds a JDK and runs the jar.

JVM options come from jvm.options beside the jar (the project's kernel/jvm.options: the Vector API module the
float32 matmul kernel uses, the collector) and from JGRAD_JVM_OPTS (for example -Xmx8g), split as a shell would.
"""
import os
import shlex
import subprocess
import sys

from . import JAR, JVM_OPTIONS
from .java_finder import NoSuitableJava, find_java


def jvm_flags(path=JVM_OPTIONS, required=False):
    """The kernel's JVM options: one per line, # comments. A missing file gives none unless required."""
    lines = path.read_text(encoding="utf-8").splitlines() if required or path.is_file() else []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def command(java, connection_file, environ=os.environ):
    return [java, *jvm_flags(), *shlex.split(environ.get("JGRAD_JVM_OPTS", "")),
            "-jar", str(JAR), connection_file]


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
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
        # Replace this process, so the Jupyter client's signals and kill reach the JVM itself.
        os.execv(java, cmd)
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
