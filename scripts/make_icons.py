"""Draw the app icon with QPainter and write it as SVG, PNGs (16…256 px) and a Windows .ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py

The outputs in kadin_danisma/resources/icons/ are committed; run this again only after changing the drawing.
The mark: a sheltering arc over a figure, white on a calm plum square (purple is the colour of the women's
movement in Turkey). Small sizes drop the shoulders and thicken the arc so the shape stays readable at 16 px.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "kadin_danisma" / "resources" / "icons"
NAME = "kadin-danisma"
SIZES = (16, 24, 32, 48, 64, 128, 256)

# Geometry on a 256-unit canvas, shared by the PNG drawing and the SVG text.
TOP, BOTTOM = "#6b4f9e", "#47306f"  # plum gradient
FIGURE = "#f3c27a"  # warm amber
BG_MARGIN, BG_RADIUS = 8, 56
ARC_CENTER, ARC_RADIUS = (128, 150), 84  # the arc spans 200° → -20° (open at the bottom)
ARC_START, ARC_SPAN = 200, -220
HEAD_CENTER, HEAD_RADIUS = (128, 128), 24
SHOULDERS = ((84, 206), (128, 160), (172, 206))  # left, top control, right


def _small(size: int) -> bool:
    return size <= 24


def _arc_width(size: int) -> float:
    return 30.0 if _small(size) else 20.0


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    gradient = QLinearGradient(0, 0, 0, 256)
    gradient.setColorAt(0, QColor(TOP))
    gradient.setColorAt(1, QColor(BOTTOM))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    margin = BG_MARGIN / 2 if _small(size) else BG_MARGIN
    p.drawRoundedRect(QRectF(margin, margin, 256 - 2 * margin, 256 - 2 * margin), BG_RADIUS, BG_RADIUS)
    pen = QPen(QColor("white"), _arc_width(size))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    cx, cy = ARC_CENTER
    p.drawArc(QRectF(cx - ARC_RADIUS, cy - ARC_RADIUS, 2 * ARC_RADIUS, 2 * ARC_RADIUS),
              ARC_START * 16, ARC_SPAN * 16)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(FIGURE))
    hx, hy = HEAD_CENTER
    r = HEAD_RADIUS * (1.5 if _small(size) else 1.0)
    p.drawEllipse(QPointF(hx, hy + (14 if _small(size) else 0)), r, r)
    if not _small(size):
        (lx, ly), (tx, ty), (rx, ry) = SHOULDERS
        path = QPainterPath(QPointF(lx, ly))
        path.quadTo(QPointF(tx, ty), QPointF(rx, ry))
        path.closeSubpath()
        p.drawPath(path)
    p.end()
    return image


def svg() -> str:
    """The large-size drawing as SVG (for the Linux icon theme: scalable/apps)."""
    cx, cy = ARC_CENTER
    import math

    def point(angle: float) -> tuple[float, float]:
        # Qt angles run counter-clockwise with y up; SVG's y runs down.
        rad = math.radians(angle)
        return cx + ARC_RADIUS * math.cos(rad), cy - ARC_RADIUS * math.sin(rad)

    (x1, y1), (x2, y2) = point(ARC_START), point(ARC_START + ARC_SPAN)
    (lx, ly), (tx, ty), (rx, ry) = SHOULDERS
    size = 256 - 2 * BG_MARGIN
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Kadın Danışma</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{TOP}"/>
      <stop offset="1" stop-color="{BOTTOM}"/>
    </linearGradient>
  </defs>
  <rect x="{BG_MARGIN}" y="{BG_MARGIN}" width="{size}" height="{size}" rx="{BG_RADIUS}" fill="url(#bg)"/>
  <path d="M {x1:.2f} {y1:.2f} A {ARC_RADIUS} {ARC_RADIUS} 0 1 1 {x2:.2f} {y2:.2f}" fill="none" stroke="#ffffff"
        stroke-width="{_arc_width(256):g}" stroke-linecap="round"/>
  <circle cx="{HEAD_CENTER[0]}" cy="{HEAD_CENTER[1]}" r="{HEAD_RADIUS}" fill="{FIGURE}"/>
  <path d="M {lx} {ly} Q {tx} {ty} {rx} {ry} Z" fill="{FIGURE}"/>
</svg>
"""


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def ico(images: dict[int, bytes]) -> bytes:
    """A .ico with one PNG-compressed entry per size (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        pngs[size] = png_bytes(draw(size))
        (OUT / f"{NAME}-{size}.png").write_bytes(pngs[size])
    (OUT / f"{NAME}.svg").write_text(svg(), "utf-8")
    (OUT / f"{NAME}.ico").write_bytes(ico({s: pngs[s] for s in (16, 24, 32, 48, 64, 128, 256)}))
    print(f"wrote {len(SIZES)} PNGs, {NAME}.svg and {NAME}.ico to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
