#!/usr/bin/env bash
# Installs what the browser test (tests/test_browser.py) needs on a fresh Debian machine: headless
# Chromium (Debian's `chromium`, driven by playwright-core, so no browser download), Node.js with
# npm, and playwright-core itself from tests/browser/package-lock.json (`npm ci`).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
fi
driver="$root/tests/browser"
# npm ci only when the locked version is not installed yet (it wipes and refetches node_modules).
locked="$(node -p "require('$driver/package-lock.json').packages['node_modules/playwright-core'].version")"
installed="$(node -p "try { require('$driver/node_modules/playwright-core/package.json').version } catch { '' }")"
if [ "$locked" != "$installed" ]; then
  (cd "$driver" && npm ci --no-audit --no-fund --loglevel=error)
fi
