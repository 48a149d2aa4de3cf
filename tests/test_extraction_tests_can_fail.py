"""Every extraction test fails when the extractor finds nothing.

A test module that runs kg's extractor carries the ``extraction`` marker (setup.cfg).
(A module of other concerns marks only its tests that do.) The slow test reruns every
marked test in a subprocess with ``KG_EMPTY_EXTRACTOR=1`` (see ``conftest.py``): an
extractor that returns sentences only. A test that ran the extractor and still passed
could not notice the extraction being removed. The fast test keeps the marker honest: it
reads the test modules (no spaCy) and fails on a test that calls the extractor but is
neither marked nor in a module of ``EXEMPT``, each with a reason.
"""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"

#: kg's functions that run the extractor, by module: what the empty extractor replaces
#: (``kg.extract``) and what reaches it in the same process.
EXTRACTORS: dict[str, frozenset[str]] = {
    "kg.extract": frozenset({"extract", "read", "extract_windows"}),
    "kg.pipeline": frozenset({"extract_one", "extract_many", "extract_articles", "build",
                              "build_in_workers"}),
    "kg.eval.facts": frozenset({"evaluate_facts"}),
    "kg.eval.articles": frozenset({"evaluate_articles", "extraction_of"}),
    "kg.link.evaluate": frozenset({"run_linking"}),
}
#: ``kg`` commands that extract when a test invokes them in-process (``runner.invoke``).
EXTRACTING_COMMANDS = frozenset({"build", "eval"})

#: Modules that run the extractor only to get a graph or a store for something else to
#: test; what their unmarked tests check does not depend on what the extractor reads.
EXEMPT: dict[str, str] = {
    "test_build_workers.py": "worker processes, batches, failure reports (windows marked)",
    "test_crash_build.py": "a killed build's bookkeeping: which articles are stored",
    "test_crawl_ui.py": "the UI's links and pages over a built store",
    "test_incremental_build.py": "which articles a rebuild skips or replaces",
    "test_link_relink.py": "re-linking a built store through SPARQL",
    "test_store_layout.py": "the merged graph's bookkeeping after builds and removals",
    "test_web_ui_browser.py": "the UI in a browser over a built store",
    "test_web_ui_search.py": "the search index the build feeds",
}


def _bound_modules(tree: ast.Module) -> dict[str, str]:
    """Local name -> module, for ``import a.b`` (binds ``a``), ``import a.b as c`` and
    ``from a import b`` where ``a.b`` is a module of ``EXTRACTORS``."""
    bound: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    top = alias.name.partition(".")[0]
                    bound[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if f"{node.module}.{alias.name}" in EXTRACTORS:
                    bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return bound


def _imported_extractors(tree: ast.Module, extractors: dict[str, frozenset[str]]) -> set[str]:
    """Local names bound to an extracting function by ``from module import name``."""
    return {alias.asname or alias.name for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
            for alias in node.names if alias.name in extractors.get(node.module, ())}


def _dotted(node: ast.expr, bound: dict[str, str]) -> str | None:
    if isinstance(node, ast.Name):
        return bound.get(node.id)
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value, bound)
        return f"{base}.{node.attr}" if base else None
    return None


def _invokes_extracting_command(node: ast.AST) -> bool:
    """``runner.invoke(["build", ...])``, not ``--help``."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "invoke" and node.args
            and isinstance(node.args[0], ast.List) and node.args[0].elts):
        return False
    words = [e.value for e in node.args[0].elts if isinstance(e, ast.Constant)]
    return bool(words) and words[0] in EXTRACTING_COMMANDS and "--help" not in words


def extracting_functions(tree: ast.Module, extractors: dict[str, frozenset[str]],
                         fixtures: frozenset[str]) -> set[str]:
    """The functions of ``tree`` that reach an extractor: call one of ``extractors``
    (or a helper module's extracting function), take an extracting fixture, invoke an
    extracting command, or call a function of the module that does."""
    bound = _bound_modules(tree)
    names = _imported_extractors(tree, extractors) | fixtures

    def reaches(fn: ast.AST, known: set[str]) -> bool:
        for node in ast.walk(fn):
            if isinstance(node, ast.Name) and node.id in known:
                return True
            if isinstance(node, ast.arg) and node.arg in known:
                return True
            if isinstance(node, ast.Attribute):
                module, _, attr = (_dotted(node, bound) or "").rpartition(".")
                if attr in extractors.get(module, ()):
                    return True
            if _invokes_extracting_command(node):
                return True
        return False

    functions = [n for n in ast.walk(tree)
                 if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    found: set[str] = set()
    while more := {f.name for f in functions if f.name not in found
                   and reaches(f, names | found)}:  # callers of callers
        found |= more
    return found


def _helpers() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """``EXTRACTORS`` plus the tests' helper modules' extracting functions, and
    conftest's extracting fixtures."""
    extractors = dict(EXTRACTORS)
    fixtures: frozenset[str] = frozenset()
    for path in sorted(TESTS.glob("*.py")):
        if path.name.startswith("test_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = extracting_functions(tree, EXTRACTORS, frozenset())
        top = {f.name for f in tree.body if isinstance(f, ast.FunctionDef) and f.name in found
               and (path.stem != "conftest"
                    or any("fixture" in ast.unparse(d) for d in f.decorator_list))}
        if path.stem == "conftest":
            fixtures = frozenset(top)
        else:
            extractors[path.stem] = frozenset(top)
    return extractors, fixtures


def _marked(tree: ast.Module) -> bool:
    """The module's ``pytestmark`` names ``pytest.mark.extraction``."""
    return any(isinstance(node, ast.Assign)
               and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets)
               and "pytest.mark.extraction" in ast.unparse(node.value) for node in tree.body)


def unmarked_extracting_tests() -> dict[str, list[str]]:
    """Test module name -> its tests that call the extractor and carry no mark (neither
    the module's ``pytestmark`` nor their own decorator), for every module that calls it."""
    extractors, fixtures = _helpers()
    found = {}
    for path in sorted(TESTS.glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = extracting_functions(tree, extractors, fixtures)
        tests = [f for f in tree.body if isinstance(f, ast.FunctionDef) and f.name in names
                 and f.name.startswith("test_")]
        if tests:
            found[path.name] = [] if _marked(tree) else [
                f.name for f in tests
                if not any("pytest.mark.extraction" in ast.unparse(d) for d in f.decorator_list)]
    return found


def test_every_test_that_calls_the_extractor_is_marked_or_exempt():
    found = unmarked_extracting_tests()
    assert len(found) > 100, len(found)  # the detection still sees the fixtures
    unmarked = sorted(f"{name}::{test}" for name, tests in found.items() if name not in EXEMPT
                      for test in tests)
    assert not unmarked, "call the extractor but carry no pytest.mark.extraction:\n" + \
        "\n".join(unmarked)
    stale = sorted(name for name in EXEMPT if not found.get(name))
    assert not stale, f"exempt but marked or no longer extracting: {stale}"


@pytest.mark.slow  # reruns every extraction test in a subprocess
def test_every_extraction_test_fails_against_an_empty_extractor(tmp_path):
    report = tmp_path / "empty.jsonl"
    env = {**os.environ, "KG_EMPTY_EXTRACTOR": "1", "KG_EMPTY_REPORT": str(report)}
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                    "-m", "extraction", str(TESTS)],
                   cwd=REPO, env=env, capture_output=True, text=True, timeout=3600,
                   check=False)
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    extracting = [r for r in rows if r["extracted"]]
    assert len(extracting) > 900, len(extracting)  # the switch reached the tests (1,003)
    survivors = [r["test"] for r in extracting if r["outcome"] == "passed"]
    assert not survivors, "pass with an empty extractor:\n" + "\n".join(survivors)
