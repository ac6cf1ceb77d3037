"""Writing a case file: each part and its SHA-256 in a versioned manifest, put in place whole."""

from __future__ import annotations

import hashlib
import uuid
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from workbench import __version__
from workbench.bundle.codec import dump, encode_parts
from workbench.bundle.contents import FORMAT, VERSION, BundleContents, BundleKind
from workbench.report.atomic import atomic_write

MANIFEST = "manifest.json"
# A fixed time on every member: the zip's own dates say nothing the manifest does not.
_MEMBER_TIME = (2000, 1, 1, 0, 0, 0)


def write_bundle(contents: BundleContents, path: Path, *, overwrite: bool = False) -> Path:
    """Write `contents` as a `.fcase` file at `path`; an existing file is kept unless `overwrite`.

    Raises ExportError when the file cannot be written or exists already.
    """
    contents = replace(
        contents,
        bundle_id=contents.bundle_id or str(uuid.uuid4()),
        created_at=contents.created_at or datetime.now(UTC).isoformat(timespec="seconds"),
        app_version=contents.app_version or f"workbench {__version__}",
    )
    parts = encode_parts(contents)
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "kind": contents.kind.value,
        "bundle_id": contents.bundle_id,
        "created_at": contents.created_at,
        "app_version": contents.app_version,
        "claims_hidden": contents.claims_hidden,
        "articles": [a.key for a in contents.articles]
        if contents.kind is not BundleKind.ANSWERS
        else [],
        "parts": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in parts.items()
        },
    }

    def fill(temp: Path) -> None:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
            _put(archive, MANIFEST, dump(manifest))
            for name, data in parts.items():
                _put(archive, name, data)

    return atomic_write(Path(path), fill, overwrite)


def _put(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_MEMBER_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)
