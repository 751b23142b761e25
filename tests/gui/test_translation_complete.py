"""Every user-visible string goes through translation and Turkish (the default) is complete: the catalogue
has no unfinished or empty entry, and running lupdate over today's sources adds nothing new to it (a
string added to the code without a translation fails here)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "kadin_danisma_tr.ts"


def _problems(ts: Path) -> list[str]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                found.append(f"{name}: {source!r} has no translation")
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                if translation.get("type") == "unfinished":
                    found.append(f"{name}: {source!r} is unfinished")
                continue
            text = translation.text or "".join(t.text or "" for t in translation.iter("numerusform"))
            if not text.strip():
                found.append(f"{name}: {source!r} has an empty translation")
            elif sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
                found.append(f"{name}: {source!r} and its translation have different placeholders")
    return found


def test_the_turkish_catalogue_has_no_unfinished_entries() -> None:
    assert _problems(TS) == []


def test_every_string_in_the_sources_is_in_the_catalogue(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists(), "pyside6-lupdate comes with PySide6"
    copy = tmp_path / "check_tr.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "kadin_danisma" / "gui").rglob("*.py"))
    assert any("/gui/case/" in s for s in sources), "the sub-packages are read too"
    subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-silent"], check=True,
                   capture_output=True, timeout=120)
    assert _problems(copy) == [], "strings in the code that the Turkish catalogue lacks (run make update-ts)"


def _codes_raised_below_the_gui() -> set[str]:
    """Every error code the layers below the GUI can raise: the `code = "..."` of an error class and every
    `code="..."` given where an error is raised."""
    import ast

    codes: set[str] = set()
    for layer in ("domain", "vault", "services", "documents"):
        for path in (ROOT / "kadin_danisma" / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.ClassDef):
                    for item in node.body:
                        if (isinstance(item, ast.Assign) and len(item.targets) == 1
                                and isinstance(item.targets[0], ast.Name) and item.targets[0].id == "code"
                                and isinstance(item.value, ast.Constant)):
                            codes.add(str(item.value.value))
                elif isinstance(node, ast.Call):
                    codes.update(str(k.value.value) for k in node.keywords
                                 if k.arg == "code" and isinstance(k.value, ast.Constant))
    return codes


def test_every_error_code_has_its_sentence() -> None:
    from kadin_danisma.gui.base.messages import translated_codes

    codes = _codes_raised_below_the_gui()
    assert {"last_admin", "damaged_slot", "reason_invalid", "vault_read_only"} <= codes  # the scan finds them
    generic = {"error", "invalid_input"}  # their message is shown (content-free); their problems go by field
    assert sorted(codes - generic - translated_codes()) == []


def test_errors_are_translated_by_code_not_by_sentence(app) -> None:
    from kadin_danisma.domain.errors import InvalidInput, VaultDamaged
    from kadin_danisma.gui.base.messages import error_text

    reworded = InvalidInput("an administrator must stay (reworded)", code="last_admin")
    assert error_text(reworded) == "The last administrator cannot be disabled."
    assert error_text(VaultDamaged("any words at all", code="damaged_slot")).startswith("A key slot in this vault")
    assert error_text(VaultDamaged("any words at all")).startswith("The vault is damaged.")
