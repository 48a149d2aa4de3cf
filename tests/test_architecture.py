"""The shape of the kg package, read from its source with ``ast`` (nothing is imported).

- The module import graph is acyclic. An edge is what running an import statement needs:
  ``from kg.x import y`` needs ``kg.x.y`` when ``y`` is a submodule, else ``kg.x``'s
  ``__init__``; importing ``kg.a.b`` from outside ``kg.a`` also runs ``kg/a/__init__``
  (from inside, Python has begun it already, so that is no cycle).
- No function imports a kg module: such an import hides a cycle or a layering the graph
  above would show. A function may import a third-party module (an optional or heavy
  dependency loaded only when needed) with a comment, on its line or the line before,
  saying why.
- Layers: the web package reaches neither the extraction (kg.extract, kg.nlp) nor spaCy,
  nor do rendering, linking, storing, search and reading; the store reaches no Flask;
  only the CLI imports click.

The CLI (``kg/cli.py``, the ``kg/cli/`` package) is the one place allowed to import
anything lazily, to keep ``kg --help`` fast.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

@dataclass
class Module:
    name: str
    path: Path
    is_package: bool
    top: list[ast.stmt] = field(default_factory=list)  # imports run at import time
    local: list[ast.stmt] = field(default_factory=list)  # imports inside functions


def is_cli(name: str, package: str) -> bool:
    return name == f"{package}.cli" or name.startswith(f"{package}.cli.")


def read_modules(root: Path, package: str) -> dict[str, Module]:
    """Every module of ``package`` under ``root``, with its imports."""
    modules = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        name = ".".join(parts[:-1] if is_package else parts)
        module = Module(name, path, is_package)
        _collect(ast.parse(path.read_text(encoding="utf-8")).body, module, False)
        modules[name] = module
    return modules


def _collect(nodes, module: Module, in_function: bool) -> None:
    for node in nodes:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            (module.local if in_function else module.top).append(node)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            _collect(ast.iter_child_nodes(node), module, True)
        else:  # classes, if/try blocks at module level run at import time
            _collect(ast.iter_child_nodes(node), module, in_function)


def absolute(node: ast.ImportFrom, module: Module) -> str:
    """The module a ``from ... import`` names, relative imports resolved."""
    if not node.level:
        return node.module or ""
    base = module.name.split(".")
    base = base if module.is_package else base[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def needs(node: ast.stmt, module: Module, known: set[str]) -> set[str]:
    """The modules of ``known`` that running the import statement ``node`` runs."""
    if isinstance(node, ast.Import):
        targets = {alias.name for alias in node.names}
    else:
        base = absolute(node, module)
        subs = {f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known}
        targets = subs | ({base} if len(subs) < len(node.names) else set())
    found = set()
    for target in targets:
        parts = target.split(".")
        for i in range(1, len(parts) + 1):
            name = ".".join(parts[:i])
            inside = module.name.startswith(name + ".") or module.name == name
            if name in known and not (inside and i < len(parts)):
                found.add(name)
    found.discard(module.name)
    return found


def import_graph(modules: dict[str, Module], local: bool = False) -> dict[str, set[str]]:
    """Module -> modules its module-level imports run (and its functions', if ``local``)."""
    known = set(modules)
    return {m.name: set().union(*(needs(n, m, known) for n in m.top + (m.local if local else [])))
            for m in modules.values()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path ending where it starts, else None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in sorted(graph):
        if start in state:
            continue
        path, stack = [start], [iter(sorted(graph[start]))]
        state[start] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(sorted(graph[nxt])))
    return None


def reach(graph: dict[str, set[str]], starts) -> set[str]:
    seen, todo = set(), list(starts)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(graph[name])
    return seen


def third_party(module: Module, package: str) -> set[str]:
    """Top-level names of the other distributions a module imports, anywhere in it."""
    names = set()
    for node in module.top + module.local:
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif not node.level:
            names.add((node.module or "").split(".")[0])
    return names - {package}


def _commented(lines: list[str], index: int) -> bool:
    """A comment on the import's line, or above it and the imports just before it."""
    if "#" in lines[index]:
        return True
    for line in reversed(lines[:index]):
        text = line.strip()
        if text.startswith("#"):
            return True
        if not text.startswith(("import ", "from ")):
            return False
    return False


def hidden_imports(module: Module, package: str, *, deferred_ok: bool = False) -> list[str]:
    """Function-local imports of the package's modules, and uncommented other ones.

    ``deferred_ok``: a commented import of a package module is allowed (the CLI defers
    the modules that load spaCy or Flask so ``kg --help`` starts fast)."""
    lines = module.path.read_text(encoding="utf-8").splitlines()
    found = []
    for node in module.local:
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [absolute(node, module)])
        where = f"{module.name}:{node.lineno}: {lines[node.lineno - 1].strip()}"
        commented = _commented(lines, node.lineno - 1)
        if any(n == package or n.startswith(package + ".") for n in names) and not (
                deferred_ok and commented):
            found.append(where)
        elif not commented:
            found.append(where + "  (a function-local import needs a comment saying why)")
    return found


# -- the checks on kg ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def kg_modules() -> dict[str, Module]:
    return read_modules(ROOT, "kg")


def test_the_module_import_graph_of_kg_has_no_cycle(kg_modules):
    graph = import_graph(kg_modules)
    assert graph["kg.pipeline"] >= {"kg.extract", "kg.rdf", "kg.store"}  # it reads edges
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_no_function_imports_a_kg_module_or_an_uncommented_dependency(kg_modules):
    hidden = {name: found for name, m in kg_modules.items()
              if (found := hidden_imports(m, "kg", deferred_ok=is_cli(name, "kg")))}
    assert not hidden, "hidden imports:\n" + "\n".join(
        line for found in hidden.values() for line in found)


def test_the_web_package_reaches_neither_the_extraction_nor_spacy(kg_modules):
    graph = import_graph(kg_modules, local=True)
    reached = reach(graph, [n for n in kg_modules if n == "kg.web" or n.startswith("kg.web.")])
    extraction = sorted(n for n in reached if n.startswith("kg.extract") or n == "kg.nlp")
    assert not extraction, f"kg.web reaches {extraction}"
    spacy = sorted(n for n in reached if "spacy" in third_party(kg_modules[n], "kg"))
    assert not spacy, f"kg.web reaches spaCy through {spacy}"


@pytest.mark.parametrize("layer", ["kg.rdf", "kg.link", "kg.store", "kg.search", "kg.read"])
def test_layers_past_the_extraction_boundary_reach_no_spacy(kg_modules, layer):
    """kg.model is where spaCy types stop: rendering, linking, storing and reading run
    without the extraction (relinking a store, serving it, tests without a model)."""
    graph = import_graph(kg_modules, local=True)
    reached = reach(graph, [n for n in kg_modules if n == layer or n.startswith(layer + ".")])
    through = sorted(n for n in reached if n.startswith("kg.extract") or n == "kg.nlp"
                     or "spacy" in third_party(kg_modules[n], "kg"))
    assert not through, f"{layer} reaches the extraction through {through}"


def test_the_store_reaches_neither_spacy_nor_flask(kg_modules):
    graph = import_graph(kg_modules, local=True)
    stores = [n for n in kg_modules if n == "kg.store" or n.startswith("kg.store.")]
    reached = reach(graph, stores)
    assert "kg.store.layout" in reached and "kg.formats" in reached  # it follows imports
    for banned in ("spacy", "flask", "werkzeug"):
        through = sorted(n for n in reached if banned in third_party(kg_modules[n], "kg"))
        assert not through, f"kg.store reaches {banned} through {through}"


def test_only_the_cli_imports_click(kg_modules):
    importers = sorted(name for name, m in kg_modules.items()
                       if "click" in third_party(m, "kg") and not is_cli(name, "kg"))
    assert not importers, f"library modules importing click: {importers}"


# -- the checker itself: each check fails on a package that breaks its rule ------------
def write_package(root: Path, files: dict[str, str]) -> dict[str, Module]:
    for rel, text in files.items():
        path = root / "pkg" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return read_modules(root, "pkg")


def test_a_cycle_through_a_package_init_is_found(tmp_path):
    modules = write_package(tmp_path, {
        "__init__.py": "from pkg.sub import helper\nVERSION = 1\n",
        "sub/__init__.py": "from pkg.sub.helper import run\n",
        "sub/helper.py": "from pkg import VERSION\n\ndef run():\n    return VERSION\n",
        "leaf.py": "from . import sub\n",
    })
    graph = import_graph(modules)
    assert graph["pkg.leaf"] == {"pkg.sub"}  # a relative import, its package begun already
    assert graph["pkg.sub"] == {"pkg.sub.helper"}  # its own package: no edge back
    assert find_cycle(graph) == ["pkg", "pkg.sub", "pkg.sub.helper", "pkg"]


def test_a_submodule_importing_a_sibling_is_no_cycle(tmp_path):
    modules = write_package(tmp_path, {
        "__init__.py": "from pkg.a import f\n",
        "a.py": "from pkg.b import g\n\ndef f():\n    return g()\n",
        "b.py": "def g():\n    return 1\n",
    })
    assert find_cycle(import_graph(modules)) is None


def test_a_cycle_hidden_in_a_function_is_reported(tmp_path):
    modules = write_package(tmp_path, {
        "__init__.py": "",
        "a.py": "from pkg import b\n",
        "b.py": "def f():\n    from pkg.a import x\n    import json\n    return x\n",
        "c.py": "def f():\n    import yaml  # optional: only YAML input needs it\n",
        "cli.py": ("def main():\n    # pkg.a is slow to load: deferred\n    from pkg import a\n"
                   "    from pkg import c\n\n\ndef other():\n    from pkg import b\n"),
    })
    assert find_cycle(import_graph(modules)) is None
    assert find_cycle(import_graph(modules, local=True)) == ["pkg.a", "pkg.b", "pkg.a"]
    hidden = hidden_imports(modules["pkg.b"], "pkg")
    assert [h.split(":")[1] for h in hidden] == ["2", "3"]
    assert "needs a comment" in hidden[1]
    assert hidden_imports(modules["pkg.c"], "pkg") == []
    # the CLI may defer package modules, each under a comment saying why; not silently
    assert [h.split(":")[1] for h in hidden_imports(modules["pkg.cli"], "pkg",
                                                     deferred_ok=True)] == ["8"]
