"""Read the text layer of a PDF with pypdf, within fixed limits.

This module does the parsing; `pdf_reader` runs it in a child process so that a PDF built to make
the parser loop or eat memory costs a time-out, never a frozen or crashed app.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

MAX_PAGES = 500
MAX_CHARS = 5_000_000
_LINE_END = re.compile(r"[.!?:;\"”’)\]]$")


@dataclass
class PdfText:
    """What the child process sends back: text and title, or a reason to reject the file."""

    text: str = ""
    title: str | None = None
    author: str | None = None
    problem: str | None = None
    notes: list[str] = field(default_factory=list)


def extract_pdf_text(data: bytes) -> PdfText:
    """Text of every page (up to MAX_PAGES), with wrapped lines joined back into paragraphs."""
    from pypdf import PdfReader  # imported here: only the child process pays for it
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            return PdfText(problem="the PDF is password-protected; save an unprotected copy")
        pages = reader.pages
        count = len(pages)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        return PdfText(problem=f"the PDF is damaged and cannot be read ({_short(exc)})")
    if count == 0:
        return PdfText(problem="the PDF has no pages")
    result = PdfText()
    if count > MAX_PAGES:
        result.notes.append(f"only the first {MAX_PAGES} of {count} pages were read")
    texts: list[str] = []
    total = 0
    for page in list(pages)[:MAX_PAGES]:
        try:
            page_text = page.extract_text() or ""
        except Exception:  # one broken page should not lose the others
            page_text = ""
        texts.append(unwrap_lines(page_text))
        total += len(page_text)
        if total > MAX_CHARS:
            result.notes.append("the PDF's text was cut short: it is unusually long")
            break
    result.text = "\n\n".join(t for t in texts if t.strip())
    if not result.text.strip():
        return PdfText(problem="no text layer — it looks like a scanned image")
    metadata = _metadata(reader)
    result.title, result.author = metadata.get("title"), metadata.get("author")
    return result


def unwrap_lines(page_text: str) -> str:
    """Join lines that a PDF broke only to fit the page width.

    A line that ends without punctuation and is nearly as long as the longest line on the page was
    wrapped; a short line or one ending a sentence closes its paragraph.
    """
    lines = [line.strip() for line in page_text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
        if len(line) < 0.7 * width or _LINE_END.search(line):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _opens_without_password(reader: object) -> bool:
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # unsupported ciphers count as protected
        return False


def _metadata(reader: object) -> dict[str, str]:
    try:
        info = reader.metadata  # type: ignore[attr-defined]
    except Exception:  # a broken info dictionary only costs the title
        return {}
    if not info:
        return {}
    found = {"title": info.get("/Title"), "author": info.get("/Author")}
    return {key: str(value).strip() for key, value in found.items() if value and str(value).strip()}


def _short(exc: Exception) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:120]


def main() -> None:
    """Child-process entry: PDF bytes on stdin, a JSON PdfText on stdout."""
    import json
    import sys
    from dataclasses import asdict

    try:
        import resource

        # A hostile file may try to inflate huge streams; the child dies instead of the machine.
        limit = 2 * 1024 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass  # not available on Windows; the time-out still applies
    result = extract_pdf_text(sys.stdin.buffer.read())
    sys.stdout.write(json.dumps(asdict(result)))


if __name__ == "__main__":
    main()
