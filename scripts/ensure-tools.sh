#!/usr/bin/env bash
# Installs what the build needs on a fresh Debian machine: a JDK (17+), Maven and Python 3 with pip and venv.
set -euo pipefail
need=()
command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v python3 >/dev/null 2>&1 || need+=(python3 python3-pip)
# tests/test_wheel.py installs the wheel into a fresh venv (Debian keeps ensurepip in python3-venv).
python3 -c "import ensurepip" >/dev/null 2>&1 || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi
