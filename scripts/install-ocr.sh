#!/usr/bin/env bash
# Installs Tesseract 5 and its Vietnamese data from Debian's packages when missing: scanned reports and dispatches
# (PDFs of page images, phone photos) are read with it. Safe to run again; does nothing when both are there.
set -euo pipefail

have_vie() { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; }

if have_vie; then
  echo "Tesseract $(tesseract --version 2>/dev/null | head -1 | awk '{print $2}') with Vietnamese is installed"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "No Tesseract with Vietnamese here and not root: scans are not read and their tests are skipped (outside CI)" >&2
  exit 0
fi
echo "Installing Tesseract and its Vietnamese data from Debian's packages"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-vie >/dev/null
have_vie || { echo "tesseract or its Vietnamese data still missing after apt-get" >&2; exit 1; }
echo "Tesseract $(tesseract --version 2>/dev/null | head -1 | awk '{print $2}') with Vietnamese is installed"
