"""Reading a case file that may come from anyone: every refusal says why, nothing is trusted.

The zip is never extracted to disk; parts are read into memory within fixed limits, checked
against the manifest's SHA-256 checksums, then every field's type is checked.
"""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from workbench.bundle.codec import decode_contents, parse_json
from workbench.bundle.contents import FORMAT, VERSION, BundleContents, BundleKind
from workbench.bundle.fields import Fields
from workbench.bundle.writer import MANIFEST
from workbench.core.errors import BundleRejected

_DRIVE = re.compile(r"^[A-Za-z]:")
_ALLOWED_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


@dataclass(frozen=True)
class Limits:
    """What a case file may declare before it is refused as a zip bomb or an attack on memory."""

    max_file_bytes: int = 1024 * 2**20
    max_members: int = 30_000
    max_part_bytes: int = 64 * 2**20
    max_total_bytes: int = 512 * 2**20
    max_ratio: int = 100  # text deflates about 3-10 times; zeros a thousand times
    ratio_floor: int = 2**20  # below this size a part may compress as well as it likes


DEFAULT_LIMITS = Limits()


def read_bundle(path: Path, limits: Limits = DEFAULT_LIMITS) -> BundleContents:
    """The checked contents of the case file at `path`; BundleRejected says what is wrong."""
    path = Path(path)
    label = path.name
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BundleRejected(f"{label}: cannot be read ({error.strerror or error}).") from error
    if size > limits.max_file_bytes:
        raise BundleRejected(f"{label}: too large to be a case file ({size // 2**20} MB).")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise BundleRejected(f"{label} is not a Workbench case file (not a zip archive).") from None
    with archive:
        try:
            return _read(archive, label, limits)
        except BundleRejected as error:
            message = str(error)
            if not message.startswith(label):
                message = f"{label}: {message}"
            raise BundleRejected(message) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as error:
            raise BundleRejected(f"{label} is damaged and cannot be read ({error}).") from None


def _read(archive: zipfile.ZipFile, label: str, limits: Limits) -> BundleContents:
    members = _checked_members(archive, label, limits)
    if MANIFEST not in members:
        raise BundleRejected(f"{label} has no manifest: it is not a Workbench case file.")
    manifest = Fields(parse_json(_member(archive, members[MANIFEST]), MANIFEST), MANIFEST)
    if manifest.value.get("format") != FORMAT:
        raise BundleRejected(f"{label} is not a Workbench case file (its manifest says otherwise).")
    version = manifest.integer("version", minimum=1)
    if version > VERSION:
        raise BundleRejected(
            f"{label} was made by a newer version of Workbench (case file version {version}; "
            f"this one reads up to {VERSION}). Update Workbench to open it."
        )
    kind = manifest.choice("kind", BundleKind)
    declared = _declared_parts(manifest)
    for name in members:
        if name != MANIFEST and name not in declared:
            raise BundleRejected(f"{label} holds a part its manifest does not list: {name}.")

    def read(name: str) -> bytes:
        if name not in declared:
            raise BundleRejected(f"{label} is incomplete: its manifest does not list {name}.")
        if name not in members:
            raise BundleRejected(f"{label} is incomplete: the part {name} is missing.")
        digest, size = declared[name]
        data = _member(archive, members[name])
        if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
            raise BundleRejected(
                f"{label}: the part {name} was altered or damaged (its checksum does not match)."
            )
        return data

    return decode_contents(manifest, kind, read)


def _checked_members(
    archive: zipfile.ZipFile, label: str, limits: Limits
) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise BundleRejected(f"{label} holds too many parts ({len(infos)}) to be a case file.")
    members: dict[str, zipfile.ZipInfo] = {}
    total = packed = 0
    for info in infos:
        name = info.filename
        problem = unsafe_name(name)
        if problem:
            raise BundleRejected(f"{label} is refused: the part {name[:80]!r} {problem}.")
        if name in members:
            raise BundleRejected(f"{label} is refused: it holds {name} twice.")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleRejected(f"{label} is refused: {name} is a link.")
        if info.flag_bits & 0x1:
            raise BundleRejected(f"{label} is refused: {name} is encrypted.")
        if info.compress_type not in _ALLOWED_COMPRESSION:
            raise BundleRejected(f"{label} uses a compression Workbench does not read ({name}).")
        if info.is_dir():
            continue
        if info.file_size > limits.max_part_bytes:
            raise BundleRejected(
                f"{label} is refused: {name} would unpack to {info.file_size // 2**20} MB."
            )
        if (
            info.file_size > limits.ratio_floor
            and info.file_size > max(info.compress_size, 1) * limits.max_ratio
        ):
            raise BundleRejected(
                f"{label} is refused as a zip bomb: {name} would grow "
                f"{info.file_size // max(info.compress_size, 1)} times when unpacked."
            )
        total += info.file_size
        packed += info.compress_size
        if total > limits.max_total_bytes:
            raise BundleRejected(
                f"{label} is refused: it would unpack to more than "
                f"{limits.max_total_bytes // 2**20} MB."
            )
        members[name] = info
    # Many small parts can add up to a bomb that no single part betrays.
    if total > limits.ratio_floor and total > max(packed, 1) * limits.max_ratio:
        raise BundleRejected(
            f"{label} is refused as a zip bomb: it would grow {total // max(packed, 1)} times "
            "when unpacked."
        )
    return members


def unsafe_name(name: str) -> str | None:
    """Why a part's name could reach outside the file's own folder, or None when it is safe."""
    if not name or any(ord(ch) < 32 for ch in name):
        return "has an unusable name"
    if "\\" in name:
        return "uses a backslash in its path"
    if name.startswith("/"):
        return "has an absolute path"
    if _DRIVE.match(name):
        return "names a drive"
    parts = name.rstrip("/").split("/")
    if any(part == ".." for part in parts):
        return "escapes the case file's folder"
    if any(part in ("", ".") for part in parts):
        return "has an unusable path"
    return None


def _declared_parts(manifest: Fields) -> dict[str, tuple[str, int]]:
    listing = manifest.obj("parts")
    declared: dict[str, tuple[str, int]] = {}
    for name in listing.value:
        problem = unsafe_name(name)
        if problem:
            raise BundleRejected(f"manifest.json lists a part that {problem}: {name[:80]!r}.")
        entry = listing.obj(name)
        declared[name] = (entry.digest("sha256"), entry.integer("size"))
    return declared


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise BundleRejected(f"{info.filename} is larger than the zip declares.")
    return data
