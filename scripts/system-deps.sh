#!/usr/bin/env bash
# Install the Debian packages the project needs, only those that are missing.
# Used by `make setup` and by CI; safe to run again.
set -euo pipefail

packages=()
python3 -c "import venv, ensurepip" 2>/dev/null || packages+=(python3-venv)
command -v make >/dev/null || packages+=(make)
# Browser tests drive Debian's chromium (never a browser download).
command -v chromium >/dev/null || packages+=(chromium)

if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
echo "Installeren van systeempakketten: ${packages[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
