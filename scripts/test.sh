#!/usr/bin/env bash
# Runs every test: JUnit (all modules), the jupyter_kernel_test protocol suite, every notebook in
# notebooks/ executed through a real Jupyter client, and the wheel installed with pip into a fresh venv.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

"$root/scripts/ensure-tools.sh"
"$root/scripts/ensure-browser.sh"   # chromium, node and playwright-core for tests/test_browser.py
python3 -m pip install -q --disable-pip-version-check -r requirements-test.txt
"$root/scripts/ensure-torch-test.sh" >/dev/null   # PyTorch and safetensors for tests/test_safetensors_torch.py

# -ntp keeps the log readable; Surefire prints its own "Tests run" summary. install puts jgrad-core in ~/.m2,
# where the example project below finds it as an ordinary dependency.
mvn -B -ntp install

# examples/digits-mlp: a plain Maven project on jgrad-core (this build's version) trains an MLP on the digits;
# it must learn them, not just run.
version="$(python3 -c 'import xml.etree.ElementTree as ET; print(ET.parse("pom.xml").getroot().findtext("{http://maven.apache.org/POM/4.0.0}version"))')"
mkdir -p "$root/target"
(cd "$root/examples/digits-mlp" && mvn -B -ntp -q -Djgrad.version="$version" compile exec:java) | tee "$root/target/example-digits-mlp.log"
awk '/test accuracy/ { accuracy = $NF } END { if (accuracy < 0.9) { print "examples/digits-mlp: final test accuracy " accuracy " is below 0.9"; exit 1 } }' \
    "$root/target/example-digits-mlp.log"
# The pip-installable kernel (target/wheel/), which tests/test_wheel.py installs into a fresh venv.
"$root/scripts/build-wheel.sh"

# Install the kernelspec into a private Jupyter data dir so tests never touch the user's.
export JUPYTER_DATA_DIR="$root/target/jupyter-data"
export JUPYTER_PATH="$JUPYTER_DATA_DIR"
"$root/scripts/install-kernel.sh" --data-dir "$JUPYTER_DATA_DIR"

# An empty dataset cache: the notebooks run on the data shipped with jgrad (notebook 06 would take a
# cached MNIST), whatever this user has downloaded.
export JGRAD_CACHE_DIR="$root/target/jgrad-cache"

python3 -m pytest -q -p no:cacheprovider tests
