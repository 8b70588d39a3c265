#!/usr/bin/env bash
# Installs what the browser test needs on a fresh Debian machine: headless Chromium (Debian's
# `chromium`, driven by playwright-core, so no browser download) and Node.js with npm.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
fi
