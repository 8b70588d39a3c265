#!/usr/bin/env bash
# Runs every test: JUnit (all modules), the jupyter_kernel_test protocol suite,
# and every notebook in notebooks/ executed through a real Jupyter client.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

"$root/scripts/ensure-tools.sh"
"$root/scripts/ensure-browser.sh"   # chromium, node and playwright-core for tests/test_browser.py
python3 -m pip install -q --disable-pip-version-check -r requirements-test.txt

# -ntp keeps the log readable; Surefire prints its own "Tests run" summary.
mvn -B -ntp package

# Install the kernelspec into a private Jupyter data dir so tests never touch the user's.
export JUPYTER_DATA_DIR="$root/target/jupyter-data"
export JUPYTER_PATH="$JUPYTER_DATA_DIR"
"$root/scripts/install-kernel.sh" --data-dir "$JUPYTER_DATA_DIR"

# An empty dataset cache: the notebooks run on the data shipped with jgrad (notebook 06 would take a
# cached MNIST), whatever this user has downloaded.
export JGRAD_CACHE_DIR="$root/target/jgrad-cache"

python3 -m pytest -q -p no:cacheprovider tests
