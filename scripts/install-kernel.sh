#!/usr/bin/env bash
# Installs the "jgrad" Jupyter kernelspec: kernel.json and a launcher (jgrad-kernel) that runs
# kernel/target/jgrad-kernel.jar with the JGRAD_JAVA / JGRAD_JVM_OPTS of the kernel's environment,
# the heap sized from its memory limit and user.home from its HOME (python/jgrad_kernel/launcher.py).
# Builds nothing: run `mvn -pl kernel -am package` first.
# Usage: scripts/install-kernel.sh [--data-dir DIR]
#   default:        jupyter kernelspec install --user --replace --name jgrad
#   --data-dir DIR: writes DIR/kernels/jgrad (use with JUPYTER_PATH=DIR for private installs)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/kernel/target/jgrad-kernel.jar"
data_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) data_dir="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

[ -f "$jar" ] || { echo "missing $jar: run 'mvn -pl kernel -am package' first" >&2; exit 1; }

if [ -n "${JAVA:-}" ]; then java_bin="$JAVA"
elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java_bin="$JAVA_HOME/bin/java"
else java_bin="$(command -v java)"; fi
[ -n "$java_bin" ] || { echo "no java found (set JAVA or JAVA_HOME)" >&2; exit 1; }

if ! command -v jupyter >/dev/null 2>&1 || ! python3 -c "import jupyter_client" >/dev/null 2>&1; then
  python3 -m pip install -q jupyterlab jupyter_client nbclient nbconvert jupyter_kernel_test
fi

spec="$(mktemp -d)/jgrad"
mkdir -p "$spec"
python3 - "$java_bin" "$jar" "$spec" "$root/kernel/jvm.options" "$root/python" <<'PY'
import json, os, pathlib, shlex, sys
java, jar, spec_dir, options, package = sys.argv[1:]
sys.path.insert(0, package)
from jgrad_kernel.launcher import INCUBATOR_NOTICE, jvm_flags  # the one reader of kernel/jvm.options
# kernel/jvm.options: the Vector API module, the collector and its young generation. The launcher adds
# the settings of the environment the kernel is started with: the options the pip package's launcher
# derives from it (the heap from MEM_LIMIT or the cgroup's limit, user.home from HOME: one option a line,
# asked of this Python at each start, so the rule lives in one place), JGRAD_JAVA (another java) and
# JGRAD_JVM_OPTS (options such as -Xmx8g, split at white space; given last, so they win). The JVM's stderr
# (the kernel's log) goes through a filter that drops its first line if it is the JVM's "Using incubator
# modules" notice, as the pip package's launcher does, so tools that capture the kernel's stderr never show it.
flags = " ".join(shlex.quote(flag) for flag in jvm_flags(pathlib.Path(options), required=True))
environment = ("import sys; sys.path.insert(0, sys.argv[1]); from jgrad_kernel.launcher import main; "
               "sys.exit(main(['--environment-flags']))")
launcher = f"""#!/usr/bin/env bash
# Starts the jgrad kernel; written by scripts/install-kernel.sh from kernel/jvm.options.
# JGRAD_JAVA: the java to run (default: the one found at install time).
# JGRAD_JVM_OPTS: more JVM options, split at white space, e.g. "-Xmx8g -Dkey=value".
java="${{JGRAD_JAVA:-}}"
[ -n "$java" ] || java={shlex.quote(java)}
connection_file="$1"
environment="$({shlex.quote(sys.executable)} -I -c {shlex.quote(environment)} {shlex.quote(package)})" || environment=""
notice={shlex.quote(INCUBATOR_NOTICE)}
set -f  # the options are words, not file name patterns
IFS='
'
set -- $environment
unset IFS
# stderr through a child that drops the notice if it is the first line, then copies the rest as it comes
# (it ignores SIGINT, so it lasts as long as the JVM's stderr)
exec "$java" {flags} "$@" ${{JGRAD_JVM_OPTS:-}} -jar {shlex.quote(jar)} "$connection_file" 2> >(
  trap '' INT
  {{ if IFS= read -r first; then [ "$first" = "$notice" ] || printf '%s\\n' "$first"; else printf '%s' "$first"; fi
    exec cat; }} >&2)
"""
path = os.path.join(spec_dir, "jgrad-kernel")
with open(path, "w") as f:
    f.write(launcher)
os.chmod(path, 0o755)
os.chmod(spec_dir, 0o755)  # readable by every user whatever the umask: a shared install serves them all
spec = {
    "argv": ["{resource_dir}/jgrad-kernel", "{connection_file}"],
    "display_name": "Java (jgrad)",
    "language": "java",
    "interrupt_mode": "message",
    "metadata": {"debugger": True},
}
with open(os.path.join(spec_dir, "kernel.json"), "w") as f:
    json.dump(spec, f, indent=2)
os.chmod(os.path.join(spec_dir, "kernel.json"), 0o644)
PY

if [ -n "$data_dir" ]; then
  mkdir -p "$data_dir/kernels"
  rm -rf "$data_dir/kernels/jgrad"
  cp -rp "$spec" "$data_dir/kernels/jgrad"
  echo "Installed kernelspec jgrad in $data_dir/kernels/jgrad"
else
  jupyter kernelspec install --user --replace --name jgrad "$spec"
fi
rm -rf "$(dirname "$spec")"
