"""Draws the browser extension's icons (extension/icons/icon-N.png): a blue shield with a white tick.

Chromium takes PNG, not SVG, for an extension's icons, at 16, 32, 48 and 128 pixels; each size is drawn
from the same shape (edges smoothed by 4×4 samples a pixel) rather than scaled from another, so the small
ones stay sharp. Run again after changing the shape: tests/browser/test_extension_files.py checks that the
committed files are what this draws.
    python scripts/extension_icons.py
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "extension" / "icons"
SIZES = (16, 32, 48, 128)
SAMPLES = 4  # per pixel side
SHIELD = (21, 101, 192)  # #1565c0
TICK = (255, 255, 255)


def _bezier(start, control, end, steps: int = 16) -> list[tuple[float, float]]:
    return [((1 - t) ** 2 * start[0] + 2 * (1 - t) * t * control[0] + t ** 2 * end[0],
             (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * control[1] + t ** 2 * end[1])
            for t in (step / steps for step in range(steps + 1))]


# The shield's outline in a unit square (y downwards): flat shoulders, sides that round into a point.
OUTLINE = [(0.5, 0.04), (0.9, 0.17), *_bezier((0.9, 0.17), (0.9, 0.72), (0.5, 0.97)),
           *_bezier((0.5, 0.97), (0.1, 0.72), (0.1, 0.17))]
TICK_PATH = [(0.29, 0.52), (0.44, 0.67), (0.72, 0.37)]
TICK_HALF_WIDTH = 0.07


def _inside(x: float, y: float, polygon: list[tuple[float, float]]) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _near_path(x: float, y: float) -> bool:
    for (x1, y1), (x2, y2) in zip(TICK_PATH, TICK_PATH[1:]):
        dx, dy = x2 - x1, y2 - y1
        along = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
        if (x - x1 - along * dx) ** 2 + (y - y1 - along * dy) ** 2 <= TICK_HALF_WIDTH ** 2:
            return True
    return False


def draw(size: int) -> bytes:
    """The icon as PNG bytes (RGBA, no metadata: the same shape gives the same bytes)."""
    rows = []
    for row in range(size):
        pixels = bytearray([0])  # filter type: none
        for column in range(size):
            shield = tick = 0
            for sub_row in range(SAMPLES):
                for sub_column in range(SAMPLES):
                    x, y = (column + (sub_column + 0.5) / SAMPLES) / size, (row + (sub_row + 0.5) / SAMPLES) / size
                    if _inside(x, y, OUTLINE):
                        shield += 1
                        tick += _near_path(x, y)
            covered = shield / SAMPLES ** 2
            mix = tick / shield if shield else 0.0
            pixels += bytes(round(s * (1 - mix) + t * mix) for s, t in zip(SHIELD, TICK)) + bytes([round(255 * covered)])
        rows.append(bytes(pixels))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8 bits a channel, RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")


def main() -> None:
    ICONS.mkdir(exist_ok=True)
    for size in SIZES:
        (ICONS / f"icon-{size}.png").write_bytes(draw(size))


if __name__ == "__main__":
    main()
