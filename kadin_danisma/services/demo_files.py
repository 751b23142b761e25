"""Small synthetic files for demo vaults, the benchmark vault and the tests: a text PDF written byte by byte
(no engine needed: one font, uncompressed text, so a test can look for its words in raw bytes) and a
"scanned form" picture (ruled lines and boxes, drawn with Pillow; no text, so no font is needed). Nothing
here is anyone's document.
"""

from __future__ import annotations

import io
import random


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(lines: list[str], pages: int = 1) -> bytes:
    """A valid PDF of `pages` A4 pages, each printing `lines` (Latin-1 text; other letters become '?')."""
    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(pages)]
    font_id = 3 + 2 * pages
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    for n in range(pages):
        text = [f"BT /F1 14 Tf 72 {760 - 22 * i} Td ({_escape(line)}) Tj ET" for i, line in enumerate(
            [*lines, f"- {n + 1} -"])]
        stream = "\n".join(text).encode("latin-1", "replace")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {page_ids[n] + 1} 0 R"
                       f" /Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def form_picture(seed: int, kind: str = "PNG", size: tuple[int, int] = (620, 877)) -> bytes:
    """A grey "scanned form": a header bar, ruled lines, a few boxes, a stamp circle; PNG or JPEG."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)  # noqa: S311 (a drawing, deterministic for a seed)
    width, height = size
    picture = Image.new("L" if kind == "PNG" else "RGB", size, 246 if kind == "PNG" else (246, 244, 238))
    pen = ImageDraw.Draw(picture)
    ink = 40 if kind == "PNG" else (40, 40, 60)
    pen.rectangle((40, 40, width - 40, 90), outline=ink, width=2)
    for y in range(130, height - 80, rng.choice((28, 32, 36))):
        pen.line((60, y, width - 60 - rng.randint(0, 200), y), fill=ink, width=1)
    for _ in range(rng.randint(2, 5)):
        x, y = rng.randint(60, width - 200), rng.randint(140, height - 200)
        pen.rectangle((x, y, x + rng.randint(60, 140), y + rng.randint(30, 80)), outline=ink, width=2)
    cx, cy = width - 140, height - 150
    pen.ellipse((cx - 50, cy - 50, cx + 50, cy + 50), outline=ink, width=3)
    out = io.BytesIO()
    picture.save(out, kind, **({"quality": 70} if kind == "JPEG" else {}))
    return out.getvalue()
