# Sourced by serve.sh and test.sh: create (once) and enter ./.venv, so the scripts work on
# Debian's own python3, which refuses system-wide pip installs (PEP 668).
VENV="${KG_VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
  if ! python3 -m venv "$VENV" 2>/dev/null; then
    # Debian splits venv/ensurepip into python3-venv; install it when we may
    rm -rf "$VENV"
    pkg="python3-venv"
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
    else
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
    fi
    python3 -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --upgrade pip
fi
export VIRTUAL_ENV="$(cd "$VENV" && pwd)"
export PATH="$VIRTUAL_ENV/bin:$PATH"
