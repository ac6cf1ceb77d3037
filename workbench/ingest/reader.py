"""From a path to an ImportedArticle: size and type checks, then the reader for the format."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from workbench.core.errors import ImportRejected
from workbench.core.records import ImportedArticle
from workbench.ingest.cleaning import clean_text
from workbench.ingest.docx_reader import read_docx
from workbench.ingest.encoding import decode_text_noting
from workbench.ingest.html_reader import read_page
from workbench.ingest.language import detect_language
from workbench.ingest.pdf_reader import read_pdf
from workbench.ingest.text_reader import find_title_and_byline, strip_markdown

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
_LISTED = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})


def read_article(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ImportedArticle:
    """Read one article file, or raise ImportRejected with one line naming the file and why."""
    path = Path(path)
    name = display_name(path.name)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        supported = ", ".join(sorted(_LISTED))
        raise ImportRejected(f"{name}: files of this type cannot be imported (use {supported})")
    data = _read_bytes(path, max_bytes)
    if not data.strip():
        raise ImportRejected(f"{name}: the file is empty")
    fallback_title = path.stem.replace("_", " ").strip() or name
    if kind == "docx":
        document = read_docx(data, name)
        return _article(path, kind, document.text, title=document.title or fallback_title)
    if kind == "pdf":
        pdf = read_pdf(data, name)
        return _article(
            path,
            kind,
            pdf.text,
            title=pdf.title or fallback_title,
            byline=pdf.author,
            extra_notes=pdf.notes,
        )
    text, decoding_notes = decode_text_noting(data, name)
    if kind == "html":
        page = read_page(text)
        if not page.text.strip():
            raise ImportRejected(f"{name}: no article text was found in the page")
        return _article(
            path,
            kind,
            page.text,
            title=page.title or fallback_title,
            byline=page.byline,
            outlet=page.outlet,
            url=page.url,
            published=page.published,
            extra_notes=decoding_notes,
        )
    heading = None
    if kind == "md":
        text, heading = strip_markdown(text)
    return _article(
        path, kind, text, title=heading, fallback_title=fallback_title, extra_notes=decoding_notes
    )


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path | ImportRejected]:
    """Every importable file under the given files and folders, in a stable order.

    Folders are walked recursively and sorted; hidden files and folders are skipped, and so are
    files of other types inside folders. A path given by name that is missing or unsupported
    yields an ImportRejected, so a batch reports it and carries on.
    """
    for path in paths:
        path = Path(path)
        name = display_name(path.name or str(path))
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            if path.suffix.lower() in FORMATS:
                yield path
            else:
                yield ImportRejected(f"{name}: files of this type cannot be imported")
        elif path.exists():
            yield ImportRejected(f"{name}: {_not_regular(path)}")
        else:
            yield ImportRejected(f"{name}: no such file or folder")


def display_name(name: str) -> str:
    """A file name as text that can be shown and stored: bytes that are not UTF-8 become '�'.

    The file is still opened by its real name; only what is shown and kept is made safe.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "replace")
    return name


def _walk(folder: Path) -> Iterator[Path | ImportRejected]:
    """Regular files of the known types under `folder`; links that lead out of the folder and
    things that are not files (pipes, devices, sockets) get a line each instead."""
    inside = folder.resolve()
    found: list[tuple[tuple[str, ...], Path | ImportRejected]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or Path(name).suffix.lower() not in FORMATS:
                continue
            path = Path(root) / name
            key = tuple(display_name(p).casefold() for p in path.relative_to(folder).parts)
            found.append((key, _walked(path, inside)))
    # Sorted as a file manager lists a tree: by each folder and name in turn, ignoring case.
    found.sort(key=lambda pair: pair[0])
    for _, item in found:
        yield item


def _walked(path: Path, inside: Path) -> Path | ImportRejected:
    shown = display_name(str(path))
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(inside):
            return ImportRejected(
                f"{shown}: a link to {display_name(str(target))}, outside the folder"
            )
    try:
        mode = path.stat().st_mode
    except OSError:
        return ImportRejected(f"{shown}: a link to nothing")
    if not stat.S_ISREG(mode):
        return ImportRejected(f"{shown}: {_not_regular(path)}")
    return path


def _not_regular(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError:
        return "it cannot be read"
    if stat.S_ISFIFO(mode):
        return "a pipe, not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    return "not a regular file"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    name = display_name(path.name)
    try:
        # Opened without blocking and checked before reading: a pipe named .txt would otherwise
        # wait forever for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(path)
            raise ImportRejected(f"{name}: {_not_regular(path)}")
        size = info.st_size
        if size > max_bytes:
            os.close(fd)
            raise ImportRejected(
                f"{name}: the file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit"
            )
        with os.fdopen(fd, "rb") as handle:
            # Read one byte past the limit: a file that grew after stat() is still caught.
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise ImportRejected(f"{name}: no such file") from exc
    except IsADirectoryError as exc:
        raise ImportRejected(f"{name}: this is a folder, not a file") from exc
    except PermissionError as exc:
        raise ImportRejected(f"{name}: permission denied; the file cannot be read") from exc
    except OSError as exc:
        raise ImportRejected(f"{name}: the file cannot be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise ImportRejected(f"{name}: the file is over the {_megabytes(max_bytes)} limit")
    return data


def _megabytes(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"
    return f"{size / (1024 * 1024):.1f} MB"


def _article(
    path: Path,
    kind: str,
    raw: str,
    *,
    title: str | None = None,
    fallback_title: str = "",
    byline: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: date | None = None,
    extra_notes: Iterable[str] = (),
) -> ImportedArticle:
    text, notes = clean_text(raw)
    if not text.strip():
        raise ImportRejected(f"{display_name(path.name)}: the file holds no text")
    if title is None or byline is None:
        found = find_title_and_byline(text, fallback_title or path.stem)
        title = title or found.title
        byline = byline or found.byline
    return ImportedArticle(
        title=" ".join(title.split()),
        text=text,
        raw_text=raw,
        format=kind,
        source_file=display_name(str(path)),
        language=detect_language(text),
        outlet=outlet,
        url=url,
        byline=byline,
        published=published,
        notes=(*extra_notes, *notes),
    )
