"""Run the README's 30-second example in a fresh store and print it as the README shows it.

    python scripts/readme_example.py            # print the console block
    python scripts/readme_example.py --write    # replace the block in README.md

The commands are the ``$ kg …`` lines of the block already in README.md (``kg serve``
is shown, not run), so the example and its output cannot drift apart: a test runs them
again and compares.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
#: The console block under the "30-second example" heading.
BLOCK = re.compile(r"(## 30-second example\n.*?```console\n)(.*?)(```)", re.S)
NOT_RUN = ("kg serve",)


def commands(block: str) -> list[str]:
    """The ``$ kg …`` lines of a console block, without the prompt."""
    return [line[2:] for line in block.splitlines() if line.startswith("$ ")]


def readme_block(text: str | None = None) -> str:
    match = BLOCK.search(text if text is not None else README.read_text(encoding="utf-8"))
    if match is None:
        raise SystemExit("README.md has no console block under '## 30-second example'")
    return match.group(2)


def run(command_lines: list[str]) -> str:
    """Each command run in a fresh store from the repository's folder; stdout and stderr
    as a terminal shows them (the build's summary is on stderr)."""
    out = []
    with tempfile.TemporaryDirectory(prefix="kg-readme-") as tmp:
        # No Wikidata API (a closed loopback port) and an empty cache: the example is what
        # --link auto gives offline, the same on every machine and in the tests.
        env = {**os.environ, "KG_STORE": str(Path(tmp) / "store"),
               "KG_WIKIDATA_API": "http://127.0.0.1:9/w/api.php",
               "KG_WIKIDATA_CACHE": str(Path(tmp) / "wikidata-cache")}
        for line in command_lines:
            out.append(f"$ {line}")
            if line.split("#")[0].strip() in NOT_RUN:
                continue
            argv = [sys.executable, "-m", "kg.cli", *line.split("#")[0].split()[1:]]
            done = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True,
                                  timeout=600)
            if done.returncode != 0:
                raise SystemExit(f"{line!r} failed ({done.returncode}):\n{done.stderr}")
            out.extend(text.rstrip("\n") for text in (done.stderr, done.stdout) if text.strip())
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update README.md")
    args = parser.parse_args()
    text = README.read_text(encoding="utf-8")
    block = run(commands(readme_block(text)))
    if args.write:
        README.write_text(BLOCK.sub(lambda m: m.group(1) + block + m.group(3), text, count=1),
                          encoding="utf-8")
    else:
        sys.stdout.write(block)


if __name__ == "__main__":
    main()
