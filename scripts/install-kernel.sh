#!/usr/bin/env bash
# Installs the "jgrad" Jupyter kernelspec pointing at kernel/target/jgrad-kernel.jar.
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
python3 - "$java_bin" "$jar" "$spec/kernel.json" "$root/kernel/jvm.options" <<'PY'
import json, sys
java, jar, out, options = sys.argv[1:]
# kernel/jvm.options: the Vector API module, the collector and its young generation. The JVM's one-line
# "Using incubator modules" notice goes to the kernel's log (stderr), never into a cell.
flags = [line.strip() for line in open(options) if line.strip() and not line.lstrip().startswith("#")]
spec = {
    "argv": [java, *flags, "-jar", jar, "{connection_file}"],
    "display_name": "Java (jgrad)",
    "language": "java",
    "interrupt_mode": "message",
    "metadata": {"debugger": False},
}
with open(out, "w") as f:
    json.dump(spec, f, indent=2)
PY

if [ -n "$data_dir" ]; then
  mkdir -p "$data_dir/kernels"
  rm -rf "$data_dir/kernels/jgrad"
  cp -r "$spec" "$data_dir/kernels/jgrad"
  echo "Installed kernelspec jgrad in $data_dir/kernels/jgrad"
else
  jupyter kernelspec install --user --replace --name jgrad "$spec"
fi
rm -rf "$(dirname "$spec")"
