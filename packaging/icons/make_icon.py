"""Draw the app icon, a white check mark in a blue disc, as PNG, ICO and ICNS in pure Python.

The shapes are drawn from signed distances, so the edges are anti-aliased at every size. ICO and
ICNS both accept PNG payloads, which keeps the three files in step with one drawing.

    python packaging/icons/make_icon.py [OUTPUT_DIR]
"""

from __future__ import annotations

import math
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "workbench"
DISC = (31, 78, 121)  # deep blue: reads on light and dark panels alike
RIM = (18, 52, 84)
MARK = (255, 255, 255)
# The check mark as a polyline in unit coordinates (0..1 across the icon).
CHECK = ((0.28, 0.52), (0.44, 0.68), (0.73, 0.36))
ICO_SIZES = (16, 32, 48, 256)
ICNS_TYPES = ((32, b"ic11"), (128, b"ic07"), (256, b"ic08"), (512, b"ic09"))


def _segment_distance(
    px: float, py: float, a: tuple[float, float], b: tuple[float, float]
) -> float:
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
    t = min(1.0, max(0.0, t))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _coverage(distance: float) -> float:
    """Signed distance in pixels (negative inside) to the share of the pixel covered."""
    return min(1.0, max(0.0, 0.5 - distance))


def draw(size: int) -> bytes:
    """Raw RGBA rows of the icon at `size` x `size`, each row prefixed by PNG filter byte 0."""
    centre = size / 2
    radius = size * 0.46
    rim = max(1.0, size * 0.025)
    stroke = size * 0.055  # half-width of the check mark
    points = tuple((x * size, y * size) for x, y in CHECK)
    rows = bytearray()
    for y in range(size):
        rows.append(0)
        py = y + 0.5
        for x in range(size):
            px = x + 0.5
            from_centre = math.hypot(px - centre, py - centre)
            disc = _coverage(from_centre - radius)
            if disc == 0.0:
                rows += b"\0\0\0\0"
                continue
            inner = _coverage(from_centre - (radius - rim))
            mark_distance = min(
                _segment_distance(px, py, points[i], points[i + 1]) for i in range(len(points) - 1)
            )
            mark = _coverage(mark_distance - stroke)
            base = [RIM[c] + (DISC[c] - RIM[c]) * inner for c in range(3)]
            colour = [base[c] + (MARK[c] - base[c]) * mark for c in range(3)]
            rows += bytes((*(round(c) for c in colour), round(255 * disc)))
    return bytes(rows)


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png(size: int) -> bytes:
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(draw(size), 9))
        + _chunk(b"IEND", b"")
    )


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon holding PNG images (supported since Windows Vista)."""
    entries = bytearray()
    offset = 6 + 16 * len(images)
    payload = bytearray()
    for size, data in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return struct.pack("<HHH", 0, 1, len(images)) + bytes(entries) + bytes(payload)


def icns(images: dict[bytes, bytes]) -> bytes:
    """A macOS icon family whose members are PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(folder: Path) -> dict[str, Path]:
    """Write workbench.png (256 px), workbench.ico and workbench.icns into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*ICO_SIZES, *(size for size, _ in ICNS_TYPES)})
    images = {size: png(size) for size in sizes}
    written = {
        "png": folder / f"{NAME}.png",
        "ico": folder / f"{NAME}.ico",
        "icns": folder / f"{NAME}.icns",
    }
    written["png"].write_bytes(images[256])
    written["ico"].write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    written["icns"].write_bytes(icns({kind: images[size] for size, kind in ICNS_TYPES}))
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for path in write_icons(target).values():
        print(path)
