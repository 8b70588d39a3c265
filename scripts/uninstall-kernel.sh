#!/usr/bin/env bash
# Removes the "jgrad" kernelspec (same as `jupyter kernelspec uninstall jgrad`).
set -euo pipefail
jupyter kernelspec uninstall -y jgrad
