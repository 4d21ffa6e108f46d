#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver from Debian's packages when they are missing: the test that renders
# the digest at phone width (DigestRenderingIT) needs them. Safe to run again; does nothing when both are there.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if have chromium && have chromedriver; then
  echo "Chromium $(chromium --version 2>/dev/null | awk '{print $2}') and chromedriver are installed"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "No Chromium here and not root: the phone-width rendering test will be skipped (outside CI)" >&2
  exit 0
fi
echo "Installing Chromium and chromedriver from Debian's packages"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
have chromium && have chromedriver || { echo "chromium or chromedriver still missing after apt-get" >&2; exit 1; }
echo "Chromium $(chromium --version 2>/dev/null | awk '{print $2}') and chromedriver are installed"
