"""Render the application icon: dxdesk/resources/icons/dxdesk.svg → PNGs (the window, Linux
desktops) and dxdesk.ico (Windows: the executables, the installer, the Start menu).
Run after changing the SVG: .venv/bin/python packaging/make_icons.py"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "dxdesk" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "dxdesk.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico holding PNG images (Windows Vista and later read them)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return head + entries + blobs


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need it
    images = {size: png(size) for size in SIZES}
    for size in (16, 32, 48, 64, 128, 256):
        (ICONS / f"dxdesk-{size}.png").write_bytes(images[size])
    (ICONS / "dxdesk.ico").write_bytes(ico(images))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
