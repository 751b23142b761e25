"""The layers below the GUI never import Qt (parsed with ast, so a string or comment does not count and an
import inside a function does)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import kadin_danisma

PACKAGE = Path(kadin_danisma.__file__).parent
QT_ROOTS = {"PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "pytestqt", "qtpy"}
HEADLESS = ("domain", "vault", "services", "documents")


def qt_imports(source: str, filename: str = "<test>") -> list[str]:
    """'line: module' for every Qt import in the source, static or via importlib/__import__ with a literal."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in {"import_module", "__import__"} and isinstance(node.args[0].value, str):
                names = [node.args[0].value]
        found += [f"{node.lineno}: {n}" for n in names if n.split(".")[0] in QT_ROOTS]
    return sorted(found, key=lambda hit: int(hit.split(":")[0]))


def test_checker_catches_every_form() -> None:
    source = (
        "import os\nimport PySide6.QtCore\nfrom PySide6 import QtWidgets\nfrom shiboken6 import isValid\n"
        "def f():\n    import PyQt6\n    return importlib.import_module('PySide6.QtGui')\n"
        "x = __import__('PySide6')\n# import PySide6 in a comment\ns = 'from PySide6 import QtCore'\n"
    )
    assert qt_imports(source) == ["2: PySide6.QtCore", "3: PySide6", "4: shiboken6", "6: PyQt6",
                                  "7: PySide6.QtGui", "8: PySide6"]
    assert qt_imports("from . import gui\nfrom ..gui import widgets\nimport sqlcipher3\n") == []


def test_headless_layers_do_not_import_qt() -> None:
    offenders = []
    checked = 0
    for layer in HEADLESS:
        folder = PACKAGE / layer
        assert folder.is_dir(), f"missing layer {layer}"
        for path in sorted(folder.rglob("*.py")):
            checked += 1
            offenders += [f"{path.relative_to(PACKAGE)}:{hit}"
                          for hit in qt_imports(path.read_text("utf-8"), str(path))]
    assert checked >= 20
    assert offenders == []


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) for every import in a file of the package, relative ones resolved."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = list(parts[: len(parts) - node.level]) if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found += [(node.lineno, module)] + [(node.lineno, f"{module}.{a.name}") for a in node.names]
    return found


def test_headless_layers_do_not_import_the_gui_package() -> None:
    offenders = []
    for layer in HEADLESS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            offenders += [f"{path.relative_to(PACKAGE)}:{line}: {module}" for line, module in imported_modules(path)
                          if module == "kadin_danisma.gui" or module.startswith("kadin_danisma.gui.")]
    assert offenders == []
    # the resolver itself works: the vault imports the domain through a relative import
    vault_imports = {m for _, m in imported_modules(PACKAGE / "vault" / "vault.py")}
    assert "kadin_danisma.domain.errors" in vault_imports


def test_cli_and_services_load_without_qt() -> None:
    """At run time too: importing the CLI and every headless module pulls in no Qt module."""
    modules = ["kadin_danisma.cli", "kadin_danisma.__main__"] + [
        f"kadin_danisma.{layer}.{p.stem}" for layer in HEADLESS for p in sorted((PACKAGE / layer).glob("*.py"))
        if p.stem != "__init__"
    ]
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_ROOTS)!r})))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ),
                          timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


# -- no import circle at run time; the GUI's rooms ----------------------------------------------------------
def _in_type_checking(tree: ast.AST) -> set[int]:
    """ids of the nodes under `if TYPE_CHECKING:` (imports there are for the type checker only)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else test.attr if isinstance(test, ast.Attribute) else ""
            if name == "TYPE_CHECKING":
                for child in node.body:
                    skipped.update(id(n) for n in ast.walk(child))
    return skipped


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_imports(path: Path, known: set[str]) -> set[str]:
    """The package's modules this file imports when it runs: top-level and function-level imports, not the ones
    under TYPE_CHECKING. `from a import b` counts as importing a.b when that is a module, else a; importing
    a.b.c also runs the package a.b's __init__."""
    tree = ast.parse(path.read_text("utf-8"))
    skipped = _in_type_checking(tree)
    this = module_name(path)
    package = this.split(".") if path.name == "__init__.py" else this.split(".")[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - (node.level - 1)] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names.add(module)
            names.update(f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in known)
    found: set[str] = set()
    for name in names:
        while name and name not in known:
            name = name.rpartition(".")[0]
        parts = name.split(".") if name else []
        found.update(".".join(parts[:i]) for i in range(2, len(parts) + 1))  # the packages on the way run too
    found.discard(this)
    return {m for m in found if m in known and not this.startswith(m + ".")}


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    paths = {module_name(p): p for p in sorted(root.rglob("*.py"))}
    known = set(paths)
    return {name: runtime_imports(path, known) for name, path in paths.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return sorted(found)


def test_the_circle_finder_sees_function_level_imports_and_skips_type_checking(tmp_path: Path) -> None:
    pkg = tmp_path / "kadin_danisma"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from . import b\n")
    (pkg / "b.py").write_text("def later():\n    from .c import thing\n")
    (pkg / "c.py").write_text("from .a import x\n")
    (pkg / "d.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .e import E\n")
    (pkg / "e.py").write_text("from .d import D\n")
    global PACKAGE
    real, PACKAGE = PACKAGE, pkg
    try:
        graph = import_graph(pkg)
    finally:
        PACKAGE = real
    assert circles(graph) == [["kadin_danisma.a", "kadin_danisma.b", "kadin_danisma.c"]]


def test_no_import_circle_at_run_time() -> None:
    graph = import_graph()
    assert len(graph) > 100
    assert circles(graph) == []


GUI = "kadin_danisma.gui"


def base_offenders(graph: dict[str, set[str]]) -> list[str]:
    base = f"{GUI}.base"
    return sorted(f"{name} -> {target}" for name, targets in graph.items() if name.startswith(base + ".")
                  for target in targets if target.startswith(GUI + ".") and not target.startswith(base))


def test_gui_base_imports_no_other_gui_package() -> None:
    graph = import_graph()
    assert any(name.startswith(f"{GUI}.base.") for name in graph)
    assert base_offenders(graph) == []
    made_up = {f"{GUI}.base.widgets": {f"{GUI}.base", f"{GUI}.case.view", "kadin_danisma.domain.errors"}}
    assert base_offenders(made_up) == [f"{GUI}.base.widgets -> {GUI}.case.view"]


# The rooms of the GUI and the arrows allowed between them (docs/architecture.md draws the same picture). The
# shell is gui/'s own top-level modules (app, main_window, startup, demo_mode, qt_check).
ROOM_ARROWS = {
    "shell": {"base", "unlock", "admin", "workspace"},
    "workspace": {"base", "session", "unlock", "case", "intake", "admin", "reports"},
    "case": {"base", "session"},
    "intake": {"base", "session"},
    "reports": {"base", "session"},
    "admin": {"base", "session"},
    "unlock": {"base"},
    "session": {"base"},
    "base": set(),
}


def room_of(module: str) -> str | None:
    if not module.startswith(GUI + "."):
        return None
    rest = module[len(GUI) + 1:].split(".")
    return rest[0] if len(rest) > 1 or rest[0] in ROOM_ARROWS else "shell"


def room_offenders(graph: dict[str, set[str]]) -> list[str]:
    found = []
    for name, targets in graph.items():
        source = room_of(name)
        for target in targets:
            room = room_of(target)
            if source is None or room is None or room == source:
                continue
            if room not in ROOM_ARROWS.get(source, set()):
                found.append(f"{name} -> {target}")
    return sorted(found)


def test_gui_rooms_import_only_along_the_allowed_arrows() -> None:
    graph = import_graph()
    rooms = {room_of(name) for name in graph} - {None}
    assert rooms == set(ROOM_ARROWS), "a new room needs its arrows in ROOM_ARROWS and docs/architecture.md"
    assert room_offenders(graph) == []
    made_up = {f"{GUI}.case.view": {f"{GUI}.workspace.search_box"}, f"{GUI}.workspace.x": {f"{GUI}.case.view"}}
    assert room_offenders(made_up) == [f"{GUI}.case.view -> {GUI}.workspace.search_box"]

# -- the storage port (issue 16) -----------------------------------------------------------------------
# Only an adapter imports its database driver; the services reach either store through vault/port.py.
DRIVERS = {"sqlcipher3": ("vault/database.py",), "psycopg": ("vault/pg/",), "psycopg_pool": ("vault/pg/",)}
# What a service's SQL may not contain: one engine's words (the port's dialect says them instead).
ENGINE_WORDS = ("PRAGMA", "BEGIN IMMEDIATE", "INSERT OR ", "date('now", "group_concat", "string_agg", "lastrowid",
                "executescript", "sqlite_", "::", "%s", "RETURNING", " GLOB ", "pg_catalog", "search_fts")


def driver_imports(path: Path) -> list[str]:
    return [f"{line}: {module}" for line, module in imported_modules(path) if module.split(".")[0] in DRIVERS]


def test_only_an_adapter_imports_its_driver() -> None:
    offenders = []
    seen = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for hit in driver_imports(path):
            driver = hit.split(": ")[1].split(".")[0]
            seen.add(driver)
            if not relative.startswith(DRIVERS[driver]):
                offenders.append(f"{relative}:{hit}")
    assert offenders == []
    assert seen == set(DRIVERS), "the checker no longer finds the adapters' own imports"


def test_services_use_the_port_not_an_adapters_internals() -> None:
    """Services import the vault package's port, rows and queries, never the SQLCipher connection module or
    the server's connection and pool; and the SQL they write names no engine's own words."""
    forbidden = ("kadin_danisma.vault.database", "kadin_danisma.vault.pg.connection", "kadin_danisma.vault.pg.store")
    # The entry points construct the server adapter, as vault_service constructs a Vault.
    entry_points = {"services/server_service.py", "services/server_account.py"}
    offenders = []
    words = []
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for line, module in imported_modules(path):
            if module.startswith(forbidden) and not (relative in entry_points
                                                     and module.startswith("kadin_danisma.vault.pg.store")):
                offenders.append(f"{relative}:{line}: {module}")
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and "SELECT" in node.value.upper()) \
                    or (isinstance(node, ast.Constant) and isinstance(node.value, str) and any(
                        k in node.value for k in ("INSERT INTO", "UPDATE ", "DELETE FROM"))):
                text = str(node.value)
                words += [f"{relative}:{node.lineno}: {w.strip()}" for w in ENGINE_WORDS if w in text]
    assert offenders == []
    assert words == []


def test_the_sql_checker_sees_engine_words() -> None:
    source = 'sql = "SELECT group_concat(x) FROM t"\nother = "INSERT OR IGNORE INTO t VALUES (1)"\n'
    found = [w for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Constant)
             for w in ENGINE_WORDS if isinstance(node.value, str) and w in node.value]
    assert found == ["group_concat", "INSERT OR "]


def test_no_module_is_over_600_lines() -> None:
    """Small modules with one job (the team's rule): a module past 600 lines is split, not grown."""
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert long == {}
