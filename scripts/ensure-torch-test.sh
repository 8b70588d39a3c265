#!/usr/bin/env bash
# Ensures a Python that has PyTorch and the pinned `safetensors` package, and prints its path. The interop test
# (tests/test_safetensors_torch.py) runs the PyTorch side in it. PyTorch comes from Debian (python3-torch, for
# /usr/bin/python3: a CPU build, much smaller than PyPI's CUDA wheel); safetensors, which Debian does not package,
# goes into a venv that sees the system packages. The venv lives outside target/ so `mvn clean` keeps it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pin="$(grep -E '^safetensors==' "$root/requirements-test.txt")"
venv="${JGRAD_TORCH_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/jgrad-tests/torch-${pin#safetensors==}}"
python="$venv/bin/python"

if ! /usr/bin/python3 -c "import torch" 2>/dev/null; then
  echo "installing Debian's python3-torch" >&2
  apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-torch python3-venv >&2
fi
if ! "$python" -c "import torch, safetensors.torch" 2>/dev/null; then
  echo "creating $venv with $pin" >&2
  /usr/bin/python3 -m venv --system-site-packages "$venv" >&2
  "$python" -m pip install -q --disable-pip-version-check "$pin" >&2
  "$python" -c "import torch, safetensors.torch" || { echo "torch and safetensors do not import from $venv" >&2; exit 1; }
fi
echo "$python"
