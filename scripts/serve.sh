#!/usr/bin/env bash
# Install kg, build the graph from seeds/ into the default store, and serve it.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q -e .
kg build seeds/
exec kg serve "$@"
