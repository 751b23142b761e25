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
