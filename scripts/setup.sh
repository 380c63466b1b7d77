#!/usr/bin/env bash
# Installs what a fresh machine lacks: Debian's Chromium (for the demo and the e2e tests) and the
# project's npm packages, exactly as package-lock.json pins them.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian (apt-get install chromium)…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
