#!/usr/bin/env bash
# Installs what a fresh machine lacks: Debian's Chromium and Firefox ESR (for the demo and the e2e
# tests) and the project's npm packages, exactly as package-lock.json pins them.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian (apt-get install)…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# puppeteer-core never downloads a browser; this keeps it so should a full puppeteer come in.
PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
