#!/usr/bin/env bash
# Install kg into ./.venv, build the graph of seeds/ into the default store, and serve it.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh
python -m pip install -q -e .
kg build seeds/ --date 2016-03-15
exec kg serve "$@"
