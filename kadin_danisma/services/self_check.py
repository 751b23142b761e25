"""A headless self-check of an installed copy (`kadin-danisma self-check`): can this build create, lock,
unlock and verify a vault, and render a PDF with its bundled fonts, on this computer?

It is meant for the person who installs the app (and for the packaged bundle's CI check): it needs no
display, no password and no existing vault. Everything happens in a fresh temporary folder holding a
throwaway vault with no case data, which is removed whatever happens (try/finally). Nothing here writes
outside that folder, and the random password never leaves this process.

Checks that need Qt (translations, plugins) live in the GUI layer; the caller passes them in as `extra`,
so this module stays importable without PySide6.
"""

from __future__ import annotations

import io
import platform
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..domain.errors import UserFacingError, WrongCredentials
from ..domain.roles import Role
from ..vault import kdf
from . import users, vault_service
from .session import Session


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    detail: str = ""

    def line(self) -> str:
        return f"{'ok  ' if self.passed else 'FAIL'} {self.name}: {self.detail}"


@dataclass
class SelfCheckReport:
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.passed for c in self.checks)


ExtraCheck = Callable[[], Iterable[Check]]

ADMIN = "selfcheck"
COUNSELOR = "selfcheck2"
CENTER = "Self-check (temporary)"
TEMP_PREFIX = "kd-self-check-"

# Synthetic text in every script the documents must handle: Turkish, Kurmanji, Arabic, Persian, Armenian.
PDF_SAMPLE = "Işık Şahin — Xecê Rêşîd — عائشة محمد — فاطمه رضایی — Անի Պետրոսյան"


def _failure(name: str, exc: BaseException, synthetic: bool = False) -> Check:
    # UserFacingError messages are written to be shown; anything else is named by type only, unless the
    # check worked on made-up data only (the PDF checks), where the message helps and can hold no case content.
    text = str(exc) if isinstance(exc, UserFacingError) else type(exc).__name__
    if synthetic and not isinstance(exc, UserFacingError):
        text = f"{text}: {str(exc)[:300]}"
    return Check(name, False, text)


def _vault_checks(folder: Path, add: Callable[[Check], None]) -> None:
    """Create → add a user → lock → refuse a wrong password → unlock → verify → lock, in `folder`."""
    # The production floor (64 MiB, t=3, p=4) without upward calibration: this vault lives for a few
    # seconds and holds nothing, the check is that the KDF and key slots work, not how slow they are.
    params = kdf.FLOOR
    password = "Sc-" + secrets.token_urlsafe(18)
    session: Session | None = None
    try:
        created = vault_service.create_vault(folder, CENTER, ADMIN, "Self-check", password, params)
        session = created.session
        cipher = session.store.describe(session.connection())["cipher_version"]
        add(Check("vault_create", True, f"SQLCipher {cipher}, connection settings checked, key slots written"))
        users.add_user(session, COUNSELOR, "Self-check 2", frozenset({Role.COUNSELOR}),
                       "Sc-" + secrets.token_urlsafe(18))
        add(Check("user_add", True, "a second user with her own key slot, audited"))
        session.lock()
        session = None
        add(Check("lock", True, "database closed, data key dropped"))
        try:
            vault_service.unlock(folder, ADMIN, password + "x")
        except WrongCredentials:
            add(Check("wrong_password", True, "refused"))
        else:
            add(Check("wrong_password", False, "a wrong password unlocked the vault"))
            return
        session = vault_service.unlock(folder, ADMIN, password)
        add(Check("unlock", True, "unlocked with the password"))
        report = vault_service.verify_session(session)
        for name, passed, detail in report.checks:
            add(Check(f"verify.{name}", passed, detail))
        session.lock()
        session = None
    finally:
        if session is not None:
            session.lock()


def _pdf_check() -> Check:
    """Render a referral letter (made-up data, names in every script) with the bundled fonts and the
    templates in use; check it is tagged PDF/UA-1, every font is embedded, and that it password-protects."""
    # Imported here: Typst and pikepdf are large, and a broken one should fail this check, not the CLI.
    import pikepdf

    from ..documents import encrypt, referral_letter
    from ..documents.models import LetterData, LetterField

    data = LetterData(CENTER, [], "", "", "", "", [], "Self-check", [LetterField("sample", "Sample", PDF_SAMPLE)],
                      "", "", "", "", "en")
    pdf = referral_letter.render(data)
    embedded: set[str] = set()
    missing: list[str] = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        mark_info = doc.Root.get("/MarkInfo")
        tagged = isinstance(mark_info, pikepdf.Dictionary) and bool(mark_info.get("/Marked", False))
        tagged = tagged and "/StructTreeRoot" in doc.Root
        pdf_ua = "<pdfuaid:part>1</pdfuaid:part>" in doc.Root.Metadata.read_bytes().decode("utf-8", "replace")
        for page in doc.pages:
            for _, font in page.resources.get("/Font", {}).items():
                for f in [font, *font.get("/DescendantFonts", [])]:
                    descriptor = f.get("/FontDescriptor")
                    if descriptor is None:
                        continue
                    name = str(f.get("/BaseFont", "?")).lstrip("/")
                    if "/FontFile2" in descriptor or "/FontFile" in descriptor or "/FontFile3" in descriptor:
                        embedded.add(name.split("+")[-1])
                    else:
                        missing.append(name)
            if "/Font" not in page.resources:
                missing.append("(no fonts on the page)")
    families = {"NotoSans", "NotoSansArabic", "NotoSansArmenian"}
    found = {f for f in families if any(e.startswith(f) and e[len(f):len(f) + 1] in ("-", "") for e in embedded)}
    protected = encrypt.protect(pdf, "self-check")
    with pikepdf.open(io.BytesIO(protected), password="self-check") as doc:  # noqa: S106 (throwaway)
        aes = doc.is_encrypted and doc.encryption.bits == 256
    if missing or found != families or not aes or not tagged or not pdf_ua:
        return Check("pdf_fonts", False, f"embedded {sorted(embedded)}, not embedded {missing}, "
                     f"tagged PDF/UA-1 {'ok' if tagged and pdf_ua else 'failed'}, AES-256 {'ok' if aes else 'failed'}")
    return Check("pdf_fonts", True, f"{len(pdf)} bytes; tagged PDF/UA-1; embedded {', '.join(sorted(embedded))}; "
                 "AES-256 ok")


def _templates_check() -> Check:
    """The center's own document templates, if it has a folder of them: each compiled with made-up data."""
    from . import exports, paths

    problems = exports.load_templates()
    if problems:
        return Check("pdf_templates", False, "; ".join(problems) + " (the bundled templates are used)")
    folder = paths.center_templates_dir()
    return Check("pdf_templates", True, f"the center's templates in {folder}" if folder.exists()
                 else "the bundled templates (no center templates folder)")


def _attachments_check() -> Check:
    """Attached files (issue 20): PDFium opens and draws a PDF, Pillow writes a photo again without its EXIF
    (the bundle must carry PDFium's library and Pillow's JPEG and PNG plugins)."""
    import io

    from PIL import Image

    from ..documents import scans
    from .demo_files import text_pdf

    pages = scans.PdfPages(text_pdf(["self-check"], pages=2))
    try:
        drawn = pages.render(1, 200)
    finally:
        pages.close()
    photo = io.BytesIO()
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (41.0, 0.0, 0.0)}
    Image.new("RGB", (8, 4), "white").save(photo, "JPEG", exif=exif)
    cleaned = scans.clean(photo.getvalue(), "image/jpeg", 1)
    with Image.open(io.BytesIO(cleaned.data)) as picture:
        ok = picture.size == (4, 8) and not picture.getexif() and abs(drawn.width - 200) <= 2
    return Check("attachments", ok, f"PDFium drew a page {drawn.width}×{drawn.height}; a JPEG turned and written "
                 "again without EXIF" if ok else "a picture kept its EXIF or was not turned")


def run(emit: Callable[[Check], None] | None = None, extra: Sequence[ExtraCheck] = (),
        base_dir: Path | None = None) -> SelfCheckReport:
    """Every check in order; `emit` sees each result as soon as it is known. The temporary folder is
    made under `base_dir` (default: the system's temp folder) and is always removed."""
    report = SelfCheckReport()

    def add(check: Check) -> None:
        report.checks.append(check)
        if emit is not None:
            emit(check)

    frozen = "bundle" if getattr(sys, "frozen", False) else "python"
    add(Check("version", True, f"kadin-danisma {__version__} ({frozen}, Python {platform.python_version()}, "
              f"{platform.system()} {platform.machine()})"))
    work = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=base_dir))
    try:
        try:
            _vault_checks(work / "vault", add)
        except Exception as exc:
            add(_failure("vault", exc))
        try:
            add(_templates_check())
        except Exception as exc:
            add(_failure("pdf_templates", exc, synthetic=True))
        try:
            add(_pdf_check())
        except Exception as exc:
            add(_failure("pdf_fonts", exc, synthetic=True))
        try:
            add(_attachments_check())
        except Exception as exc:
            add(_failure("attachments", exc, synthetic=True))
        for check in extra:
            try:
                for result in check():
                    add(result)
            except Exception as exc:
                add(_failure(getattr(check, "__name__", "extra"), exc))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        add(Check("cleanup", not work.exists(), "temporary vault removed" if not work.exists()
                  else "could not remove the temporary folder"))
    return report
