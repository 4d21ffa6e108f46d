#!/usr/bin/env bash
# Installs what turning a consolidated report (.docx, .xlsx) into PDF pages needs: LibreOffice Writer and Calc
# without a display (Debian's libreoffice-writer-nogui, libreoffice-calc-nogui) and pdftoppm (poppler-utils).
# Installs only what is missing; safe to run again. Needs root (or sudo) to install.
set -euo pipefail

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui libreoffice-calc-nogui)
if command -v soffice >/dev/null 2>&1 && ! ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1; then
  missing+=(libreoffice-calc-nogui)
fi
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)

if [ ${#missing[@]} -eq 0 ]; then
  echo "LibreOffice and pdftoppm are installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "Not root and no sudo: cannot install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing from Debian's packages: ${missing[*]}"
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" fonts-liberation >/dev/null
echo "Installed: $(soffice --version 2>/dev/null | head -n 1)"
