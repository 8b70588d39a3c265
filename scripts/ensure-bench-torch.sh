#!/usr/bin/env bash
# Ensures a private venv holding PyTorch from PyPI, the build a PyTorch user gets with
# `pip install torch` (oneMKL + oneDNN), and prints its python's path. Only scripts/bench.sh
# needs it; CI and the tests do not. The PyPI Linux wheel is the CUDA build: the venv takes
# about 5.5 GB, and it lives outside target/ so that `mvn clean` does not throw it away.
# The CUDA libraries are required: torch refuses to import without them.
set -euo pipefail
version="${BENCH_TORCH_VERSION:-2.15.0}"
numpy_version=2.4.6 # torch warns on import without numpy; users have it
venv="${BENCH_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/jgrad-bench/torch-$version}"
python="$venv/bin/python"

installed() {
  "$python" -c "import sys, numpy, torch; sys.exit(torch.__version__.split('+')[0] != '$version')" 2>/dev/null
}

if ! installed; then
  echo "bench: installing torch==$version from PyPI into $venv (about 5.5 GB, a minute or more)" >&2
  python3 -m venv "$venv"
  "$python" -m pip install -q --disable-pip-version-check "torch==$version" "numpy==$numpy_version" >&2
  installed || { echo "bench: torch $version does not import from $venv" >&2; exit 1; }
fi
echo "$python"
