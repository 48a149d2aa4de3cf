#!/usr/bin/env bash
# Install everything the tests need into ./.venv (Python packages; Debian's Chromium) and run them.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
. scripts/venv.sh
python -m pip install -q -e '.[test]'
exec python -m pytest "$@"
