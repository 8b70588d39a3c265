#!/usr/bin/env bash
# Rewrites every torch reference fixture under core/src/test/resources/torch/ (needs PyTorch;
# Debian's python3-torch 1.13 is what the committed files came from). The outputs are deterministic.
set -euo pipefail
cd "$(dirname "$0")"
for script in core_ops.py optimizers.py schedulers.py batchnorm.py recurrent.py functional.py pytorch_api.py printing.py; do
    /usr/bin/python3 "$script"
done
