"""Is the index on disk what was written? Checksums of its files, and a read of every posting.

Whoosh's files carry no checksums: a flipped byte in a posting file either makes a search fail
with whatever the decoder hit (TypeError, UnpicklingError, ...) or silently changes its answers.
Whoosh never rewrites a file once written (a commit makes new segment files), so each file's CRC
is recorded once, after the commit that made it, and any later difference is damage.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

from whoosh.filedb.filestore import FileStorage

SUMS_FILE = "workbench-index.sums"
_CHUNK = 1 << 20
# Files rewritten in place by design, and the record itself.
_NOT_RECORDED = ("WRITELOCK", ".json", ".tmp", SUMS_FILE)


def _crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc


def _recordable(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(_NOT_RECORDED))


def _read(folder: Path) -> dict[str, list[int]]:
    try:
        sums = json.loads((folder / SUMS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return sums if isinstance(sums, dict) else {}


def record_sums(folder: Path) -> None:
    """Record the size and CRC of files not seen before; forget files that are gone."""
    folder = Path(folder)
    sums = _read(folder)
    present = {p.name: p for p in _recordable(folder)}
    changed = False
    for name in [n for n in sums if n not in present]:
        del sums[name]
        changed = True
    for name, path in present.items():
        if name not in sums:
            sums[name] = [path.stat().st_size, _crc(path)]
            changed = True
    if changed:
        target = folder / SUMS_FILE
        temp = target.with_name(target.name + ".tmp")
        temp.write_text(json.dumps(sums), encoding="utf-8")
        os.replace(temp, target)


def has_sums(folder: Path) -> bool:
    return (Path(folder) / SUMS_FILE).is_file()


def damaged_files(folder: Path) -> list[str]:
    """Files whose size or CRC differs from the one recorded when they were written."""
    folder = Path(folder)
    damaged = []
    for name, (size, crc) in sorted(_read(folder).items()):
        path = folder / name
        try:
            if path.stat().st_size != size or _crc(path) != crc:
                damaged.append(name)
        except FileNotFoundError:
            continue  # merged away by a later commit
        except OSError:
            damaged.append(name)
    return damaged


def unreadable_parts(folder: Path, names: tuple[str, ...]) -> list[str]:
    """Read every term's postings and every stored document of each part: what fails, and why."""
    problems = []
    storage = FileStorage(str(folder))
    for name in names:
        try:
            ix = storage.open_index(indexname=name)
            with ix.reader() as reader:
                for fieldname, text in reader.all_terms():
                    for _ in reader.postings(fieldname, text).all_ids():
                        pass
                for _ in reader.iter_docs():
                    pass
        except Exception as exc:  # damage shows as whatever the decoder hit first
            problems.append(f"the {name} part cannot be read ({type(exc).__name__}: {exc})")
    return problems
