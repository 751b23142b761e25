"""Static checks of packaging/: the PyInstaller spec ships files that exist, the icons are there at every
size the spec, the .desktop file and the installer use, the .desktop file is valid, and the Windows
uninstaller never deletes anything outside the program folder (vaults live in the users' data folders)."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import kadin_danisma

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "kadin_danisma.spec"
DESKTOP = PACKAGING / "linux" / "kadin-danisma.desktop"
ISS = PACKAGING / "windows" / "kadin-danisma.iss"
ICONS = ROOT / "kadin_danisma" / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def spec_constant(name: str) -> object:
    """A literal assigned at the top level of the spec (the spec is Python run by PyInstaller)."""
    for node in ast.parse(SPEC.read_text("utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in the spec")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_spec_data_files_exist_and_match_package_data() -> None:
    datas = spec_constant("DATAS")
    assert isinstance(datas, list) and datas
    for pattern, dest in datas:
        matches = list(ROOT.glob(pattern))
        assert matches, f"the spec ships {pattern}, which matches nothing"
        assert dest == str(Path(pattern).parent), "data must keep its place inside the package"
    shipped = {p for pattern, _ in datas for p in ROOT.glob(pattern)}
    # everything the app reads at run time is in the bundle
    for needed in ("kadin_danisma/resources/fonts/NotoSans-Regular.ttf", "kadin_danisma/resources/fonts/OFL-Noto.txt",
                   "kadin_danisma/resources/fonts/LICENSE-DejaVu.txt", "kadin_danisma/resources/common_passwords.txt",
                   "kadin_danisma/resources/interchange-v1.schema.json", "kadin_danisma/resources/licenses/GPL-3.0.txt",
                   *(f"kadin_danisma/resources/icons/kadin-danisma-{s}.png" for s in ICON_SIZES)):
        assert ROOT / needed in shipped, needed
    assert any(p.name == "kadin_danisma_tr.qm" for p in shipped) or not (
        ROOT / "kadin_danisma/translations/kadin_danisma_tr.qm").exists()
    # the wheel ships the same resources as the bundle
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]
    patterns = package_data["kadin_danisma"]
    for folder in ("resources/licenses/*.txt", "resources/icons/*.png", "resources/icons/*.svg", "translations/*.qm",
                   "resources/templates/*.typ"):
        assert folder in patterns


def test_spec_keeps_the_platform_plugins_and_only_tr_en() -> None:
    plugins = spec_constant("QT_PLUGINS")
    assert isinstance(plugins, dict)
    assert {"qxcb", "qwayland", "qoffscreen", "qwindows"} <= plugins["platforms"]
    assert spec_constant("QT_TRANSLATION_LANGUAGES") == {"tr", "en"}
    excludes = spec_constant("EXCLUDES")
    assert isinstance(excludes, list)
    for used in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PIL.Image", "pikepdf", "typst"):
        assert used not in excludes


def test_spec_excludes_no_qt_module_the_app_imports() -> None:
    excludes = set(spec_constant("EXCLUDES"))  # type: ignore[arg-type]
    used = set()
    for path in (ROOT / "kadin_danisma").rglob("*.py"):
        used |= set(re.findall(r"^\s*(?:from|import) (PySide6\.\w+)", path.read_text("utf-8"), re.M))
    assert used and not used & excludes


def test_icons_exist_at_every_size() -> None:
    for size in ICON_SIZES:
        assert png_size(ICONS / f"kadin-danisma-{size}.png") == (size, size)
    svg = ET.parse(ICONS / "kadin-danisma.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 256 256"
    ico = (ICONS / "kadin-danisma.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        entry = ico[6 + 16 * i: 22 + 16 * i]
        width, _height, _c, _r, _planes, _bits, length, offset = struct.unpack("<BBBBHHII", entry)
        sizes.add(width or 256)
        assert ico[offset: offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
    assert sizes == set(ICON_SIZES)
    # the spec and the installer point at the .ico that exists
    assert "kadin_danisma/resources/icons/kadin-danisma.ico" in SPEC.read_text("utf-8")
    assert r"kadin_danisma\resources\icons\kadin-danisma.ico" in ISS.read_text("utf-8-sig")
    from kadin_danisma.gui.base.icons import ICON_SIZES as app_sizes

    assert tuple(app_sizes) == ICON_SIZES


def test_desktop_file_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        proc = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True, check=False)
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr
    text = DESKTOP.read_text("utf-8")
    assert text.startswith("[Desktop Entry]\n")
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(text)
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Exec"].split()[0] == "kadin-danisma"
    assert entry["Icon"] == "kadin-danisma"  # matches the icon files installed by install.sh
    assert entry["Terminal"] == "false"
    assert entry["Version"] in {"1.0", "1.1", "1.2", "1.3", "1.4", "1.5"}
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";")
    for key in entry:
        base = key.split("[")[0]
        assert base in {"Type", "Version", "Name", "GenericName", "Comment", "Exec", "TryExec", "Icon", "Terminal",
                        "Categories", "Keywords", "StartupNotify", "StartupWMClass"} or base.startswith("X-"), key
    # Wayland matches the window to this file by name (QGuiApplication.setDesktopFileName)
    assert 'setDesktopFileName("kadin-danisma")' in (ROOT / "kadin_danisma/gui/app.py").read_text("utf-8")


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text("utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1).lower()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


USER_DATA = re.compile(r"\{(localappdata|userappdata|commonappdata|appdata|userdocs|commondocs|%|userprofile)|"
                       r"KadinDanisma|vault", re.IGNORECASE)


def test_windows_installer_never_deletes_user_data() -> None:
    sections = iss_sections()
    for section in ("uninstalldelete", "installdelete"):
        for line in sections.get(section, []):
            name = re.search(r'Name:\s*"([^"]*)"', line)
            assert name is not None, line
            assert name.group(1) == "{app}" or name.group(1).startswith("{app}\\"), line
            assert not USER_DATA.search(line), line
    code = "\n".join(sections.get("code", []))
    assert not re.search(r"DelTree|DeleteFile|RemoveDir", code), "no [Code] may delete files"
    setup = dict(line.split("=", 1) for line in sections["setup"])
    assert setup["PrivilegesRequired"] == "admin"  # per-machine
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert any(line.startswith('Name: "{autoprograms}') for line in sections["icons"])  # Start menu
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS.read_text("utf-8-sig"), re.M))
    assert defines["AppVersion"] == kadin_danisma.__version__, "bump the installer's AppVersion with the app"
    assert defines["Bundle"].endswith(r"dist\kadin-danisma")
    assert "name=\"kadin-danisma\"" in SPEC.read_text("utf-8").replace(" ", "")


@pytest.mark.parametrize("target", ["package", "package-check"])
def test_make_targets_and_ignored_outputs(target: str) -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert re.search(rf"^{target}:", makefile, re.M)
    ignored = (ROOT / ".gitignore").read_text("utf-8").split()
    assert "build/" in ignored and "dist/" in ignored


def test_licence_files() -> None:
    licence = (ROOT / "LICENSE").read_text("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    assert "GPL-3.0-or-later" in (ROOT / "pyproject.toml").read_text("utf-8")
    assert (ROOT / "THIRD_PARTY_LICENSES.md").is_file()
