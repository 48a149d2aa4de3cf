"""The README's 30-second example is what kg prints: its commands run again in a fresh
store give its output, line for line (scripts/readme_example.py --write updates it)."""
from __future__ import annotations

import pytest

from scripttools import load_script


@pytest.mark.slow
def test_the_readme_example_reproduces_line_for_line():
    example = load_script("scripts/readme_example.py")
    block = example.readme_block()
    commands = example.commands(block)
    assert commands[0].startswith("kg build seeds/") and len(commands) >= 5
    assert example.run(commands).splitlines() == block.splitlines()


def test_the_example_commands_are_read_from_the_console_block():
    example = load_script("scripts/readme_example.py")
    text = ("## 30-second example\n\nprose\n\n```console\n$ kg build seeds/\nkg: built\n"
            "$ kg stats\narticles: 1\n$ kg serve     # then open it\n```\n")
    assert example.readme_block(text).startswith("$ kg build seeds/")
    assert example.commands(example.readme_block(text)) == [
        "kg build seeds/", "kg stats", "kg serve     # then open it"]
