"""The README's two set-up commands, run as a new user would: on Debian's own python3, in a
fresh copy of the repository, with no network.

PyPI is replaced by the wheelhouse ``scripts/test.sh`` fills from pip's cache before the
tests start (``$KG_WHEELHOUSE``), so the fresh install is real but offline.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEBIAN_PYTHON = Path("/usr/bin/python3")


def readme_commands() -> list[str]:
    """The commands of the README's set-up block, comments dropped."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Set-up: two commands", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    return [line.strip() for line in block.splitlines()
            if line.strip() and not line.strip().startswith("#")]


def test_the_readme_gives_two_commands_and_ci_runs_the_second():
    serve, test = readme_commands()
    assert "serve" in serve
    ci = [line.strip() for line in (REPO / ".ci" / "run").read_text().splitlines()]
    assert test in ci


def _fresh_copy(target: Path) -> None:
    """The tracked files of this checkout (its working-tree state), nothing else."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        src, dst = REPO / name, target / name
        if not src.exists() and not src.is_symlink():
            continue  # deleted in the working tree
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst, follow_symlinks=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ask(port: int, query: str) -> str:
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(url, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.read().decode()


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM the command's process group (the script exec'd kg serve), then SIGKILL."""
    for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, None)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    process.wait()


@pytest.mark.slow
def test_the_readme_commands_work_on_debian_python_in_a_fresh_copy(tmp_path):
    wheelhouse = os.environ.get("KG_WHEELHOUSE")
    if not DEBIAN_PYTHON.exists():
        pytest.skip("needs Debian's /usr/bin/python3")
    if not wheelhouse or not Path(wheelhouse).is_dir():
        pytest.skip("run through scripts/test.sh, which fills the offline wheelhouse")
    copy = tmp_path / "kg"
    _fresh_copy(copy)
    # Debian's python3 first on PATH, no pyenv, no venv of ours; pip offline
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8",
           "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": wheelhouse,
           "PIP_DISABLE_PIP_VERSION_CHECK": "1", "TMPDIR": str(tmp_path)}
    assert subprocess.run(["python3", "-c", "import sys; print(sys.executable)"], env=env,
                          capture_output=True, text=True).stdout.strip().startswith("/usr/bin")
    serve_cmd, test_cmd = readme_commands()
    port = _free_port()
    log = open(tmp_path / "serve.log", "wb")
    server = subprocess.Popen(f"{serve_cmd} --port {port}", shell=True, cwd=copy, env=env,
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 600  # a fresh venv installs spaCy and its model
        while True:
            if server.poll() is not None:
                pytest.fail("command 1 stopped:\n" + (tmp_path / "serve.log").read_text()[-3000:])
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("command 1 never served:\n"
                                + (tmp_path / "serve.log").read_text()[-3000:])
                time.sleep(1)
        # the seed is built, dated as the README's example says
        answer = _ask(port, 'PREFIX schema: <https://schema.org/> '
                            'SELECT ?d WHERE { ?a schema:datePublished ?d }')
        assert "2016-03-15" in answer
        assert "Vladimir Putin" in _ask(
            port, 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
                  'SELECT ?l WHERE { ?e rdfs:label ?l FILTER(?l = "Vladimir Putin") }')
    finally:
        _stop(server)
        log.close()
    # command 2, on the same copy, running one small test file
    done = subprocess.run(f"{test_cmd} -q -p no:cacheprovider tests/test_rdf.py", shell=True,
                          cwd=copy, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert " passed" in done.stdout
