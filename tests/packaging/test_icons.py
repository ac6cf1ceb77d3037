"""The app icon: valid PNG, ICO and ICNS files, and the committed ones match the drawing."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import make_icon
import pytest

from tests.packaging.conftest import PACKAGING


def _png_parts(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the decompressed pixel rows; fails on a bad signature or checksum."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, width, height, idat = 8, 0, 0, b""
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF, kind
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert (depth, colour) == (8, 6)  # 8-bit RGBA
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    assert kind == b"IEND"
    return width, height, zlib.decompress(idat)


def _pixel(rows: bytes, size: int, x: int, y: int) -> tuple[int, ...]:
    start = y * (size * 4 + 1) + 1 + x * 4
    return tuple(rows[start : start + 4])


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_icon.write_icons(tmp_path_factory.mktemp("icons"))


def test_png_is_a_256_pixel_check_mark_in_a_disc(written: dict[str, Path]) -> None:
    width, height, rows = _png_parts(written["png"].read_bytes())
    assert (width, height) == (256, 256)
    assert _pixel(rows, 256, 2, 2)[3] == 0  # the corner lies outside the disc
    assert _pixel(rows, 256, 128, 40) == (*make_icon.DISC, 255)
    corner_of_mark = [round(c * 256) for c in make_icon.CHECK[1]]
    assert _pixel(rows, 256, *corner_of_mark) == (*make_icon.MARK, 255)


def _ico_members(data: bytes) -> list[tuple[int, bytes]]:
    """(side from the directory, PNG bytes) for each image of an ICO file."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    members = []
    for index in range(count):
        side, _, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert bits == 32
        members.append((side or 256, data[offset : offset + length]))
    return members


def _icns_members(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type code, PNG bytes) for each member of an ICNS file; the lengths must add up."""
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    offset, members = 8, []
    while offset < len(data):
        kind = data[offset : offset + 4]
        (length,) = struct.unpack(">I", data[offset + 4 : offset + 8])
        members.append((kind, data[offset + 8 : offset + length]))
        offset += length
    assert offset == len(data)
    return members


def _members(suffix: str, data: bytes) -> list[tuple[object, tuple[int, int, bytes]]]:
    if suffix == "png":
        return [("png", _png_parts(data))]
    split = _ico_members if suffix == "ico" else _icns_members
    return [(label, _png_parts(image)) for label, image in split(data)]


def test_ico_holds_one_png_per_size(written: dict[str, Path]) -> None:
    members = _members("ico", written["ico"].read_bytes())
    assert [side for side, _ in members] == sorted(make_icon.ICO_SIZES)
    for side, (width, height, _) in members:
        assert width == height == side


def test_icns_holds_one_png_per_type(written: dict[str, Path]) -> None:
    members = _members("icns", written["icns"].read_bytes())
    assert [(kind, parts[0]) for kind, parts in members] == [
        (kind, size) for size, kind in make_icon.ICNS_TYPES
    ]


@pytest.mark.parametrize("suffix", ["png", "ico", "icns"])
def test_committed_icons_match_the_drawing(written: dict[str, Path], suffix: str) -> None:
    # Compared as pixels, not bytes: another zlib may compress the same image differently.
    committed = PACKAGING / "icons" / f"workbench.{suffix}"
    assert committed.is_file(), "run packaging/icons/make_icon.py"
    assert _members(suffix, committed.read_bytes()) == _members(
        suffix, written[suffix].read_bytes()
    )
