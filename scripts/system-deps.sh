#!/usr/bin/env bash
# Install the Debian packages the project needs, only those that are missing.
# Used by `make setup` and by CI; safe to run again.
set -euo pipefail

packages=()
python3 -c "import venv, ensurepip" 2>/dev/null || packages+=(python3-venv)
command -v make >/dev/null || packages+=(make)
# Browser tests drive Debian's chromium (never a browser download).
command -v chromium >/dev/null || packages+=(chromium)
# PDFs: WeasyPrint needs pango; harfbuzz-subset makes font subsetting fast. Tests read the PDFs back
# with poppler (pdftoppm) and MuPDF (mutool).
for lib in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0; do
  dpkg -s "$lib" >/dev/null 2>&1 || packages+=("$lib")
done
command -v pdftoppm >/dev/null || packages+=(poppler-utils)
command -v mutool >/dev/null || packages+=(mupdf-tools)
# Form tests fill PDFs with pdftk (pdftk-java) and read the rendered fields back with OCR (tesseract, Dutch).
command -v pdftk >/dev/null || packages+=(pdftk-java)
command -v tesseract >/dev/null || packages+=(tesseract-ocr)
dpkg -s tesseract-ocr-nld >/dev/null 2>&1 || packages+=(tesseract-ocr-nld)
# The QR code on each printed werkblad is read back from a render (zbarimg).
command -v zbarimg >/dev/null || packages+=(zbar-tools)

if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
echo "Installeren van systeempakketten: ${packages[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
