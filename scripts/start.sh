#!/usr/bin/env bash
# Fresh machine to a running notebook: builds jgrad, installs the "Java (jgrad)" kernel,
# installs JupyterLab if missing, and opens it on notebooks/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
"$root/scripts/ensure-tools.sh"
mvn -B -ntp -q package -DskipTests
python3 -m pip show -q jupyterlab >/dev/null 2>&1 || python3 -m pip install -q jupyterlab
"$root/scripts/install-kernel.sh"
exec jupyter lab --notebook-dir="$root/notebooks" "$@"
