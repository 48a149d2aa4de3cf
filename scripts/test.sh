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
# Wheels for a fresh, offline install by Debian's own python3: the set-up test installs a
# copy of the repository from them (tests reach no network beyond loopback).
if [ -x /usr/bin/python3 ]; then
  export KG_WHEELHOUSE="$VIRTUAL_ENV/wheelhouse"
  target=$(/usr/bin/python3 -c 'import platform; print(platform.python_version())')
  python -m pip download -q --python-version "$target" --only-binary=:all: -d "$KG_WHEELHOUSE" \
    '.[test]' setuptools wheel >"$VIRTUAL_ENV/wheelhouse.log" 2>&1 \
    || { cat "$VIRTUAL_ENV/wheelhouse.log"; exit 1; }
fi
exec python -m pytest "$@"
