#!/usr/bin/env bash
# Fresh machine to a running notebook: builds jgrad (unless the kernel jar is newer than every
# source), installs the "Java (jgrad)" kernel, JupyterLab, its widgets extension and jupyter console
# if missing, and opens JupyterLab on a working copy of notebooks/ (made on the first start, never
# overwritten), so running the tutorials leaves the checkout as it was; its Formgrader manages the
# course in assignments/.
#   JGRAD_NOTEBOOKS=DIR   where the working copy lives (default ~/jgrad-notebooks)
#   other arguments go to jupyter lab, e.g. scripts/start.sh --no-browser --port 8890
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
"$root/scripts/ensure-tools.sh"

jar="$root/kernel/target/jgrad-kernel.jar"
modules=("$root/core" "$root/viz" "$root/kernel")
sources=("$root/pom.xml")
for m in "${modules[@]}"; do sources+=("$m/pom.xml" "$m/src/main"); done
if [ -f "$jar" ] && [ -z "$(find "${sources[@]}" -newer "$jar" -print -quit)" ]; then
  echo "jgrad-kernel.jar is newer than the sources: not rebuilding"
else
  echo "building jgrad (mvn package)..."
  mvn -B -ntp -q package -DskipTests
fi

missing=()
python3 -c "import jupyterlab" >/dev/null 2>&1 || missing+=(jupyterlab)
python3 -c "import jupyter_console" >/dev/null 2>&1 || missing+=(jupyter_console)   # `jupyter console --kernel jgrad`
# JupyterLab's widget manager (jgrad.widgets' sliders, buttons, ...), at the version the tests pin
python3 -c "import jupyterlab_widgets" >/dev/null 2>&1 \
  || missing+=("$(grep -E '^jupyterlab_widgets==' "$root/requirements-test.txt")")
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  python3 -m pip install -q "${missing[@]}"
fi
"$root/scripts/install-kernel.sh"

# JupyterLab ignores Run All (and Shift-Enter) picked before a notebook's kernel exists, right after opening
# it; with its own enableKernelInitNotification setting on it says the kernel is still initializing instead.
# scripts/jupyterlab-overrides.json turns it on as a default (a user's own setting still wins), in the folder
# where JupyterLab reads its packages' defaults (overrides.d of its application settings).
lab_defaults="$(python3 -c 'from jupyterlab.commands import get_app_dir; print(get_app_dir())')/settings/overrides.d"
if ! { mkdir -p "$lab_defaults" && cp "$root/scripts/jupyterlab-overrides.json" "$lab_defaults/jgrad.json"; } 2>/dev/null; then
  echo "could not write $lab_defaults/jgrad.json: Run All picked while a kernel starts will do nothing, without a notice" >&2
fi

work="${JGRAD_NOTEBOOKS:-$HOME/jgrad-notebooks}"
python3 "$root/scripts/notebook_working_copy.py" "$root/notebooks" "$work"

lab_args=(--ServerApp.root_dir="$work")
if [ "$(id -u)" -eq 0 ]; then
  # Jupyter refuses to run as root unless told to; say so rather than fail.
  echo "running as root: starting JupyterLab with --allow-root"
  lab_args+=(--allow-root)
fi
# nbgrader's Formgrader (in the Lab's menu) takes its course from the server's working directory: the folder
# whose nbgrader_config.py it loads, which must lie inside the folder the Lab serves. So the Lab starts in
# the working copy's course, notebooks/assignments/, serving the whole working copy.
cd "$work/assignments"
exec jupyter lab "${lab_args[@]}" "$@"
