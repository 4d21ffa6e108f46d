#!/usr/bin/env bash
# Converts a consolidated report (.docx or .xlsx) to PDF with LibreOffice, without a display:
#   scripts/summary-to-pdf.sh FILE OUTDIR   -> OUTDIR/FILE-name.pdf
# Run scripts/install-libreoffice.sh first when LibreOffice is missing.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 FILE.docx|FILE.xlsx OUTDIR" >&2
  exit 2
fi
file=$1
outdir=$2
[ -f "$file" ] || { echo "$file: no such file" >&2; exit 2; }
command -v soffice >/dev/null 2>&1 || { echo "soffice not found: run scripts/install-libreoffice.sh" >&2; exit 1; }
mkdir -p "$outdir"
# a profile of its own, so that a LibreOffice already running for this user does not take the job
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$outdir" "$file" >/dev/null
pdf="$outdir/$(basename "${file%.*}").pdf"
[ -f "$pdf" ] || { echo "LibreOffice wrote no PDF for $file" >&2; exit 1; }
echo "$pdf"
