"""Read the text layer of a PDF with pypdf, within fixed limits.

This module does the parsing; `pdf_reader` runs it in a child process so that a PDF built to make
the parser loop or eat memory costs a time-out, never a frozen or crashed app.
"""

from __future__ import annotations

import io
import itertools
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
            page_text = page_paragraphs(page)
        except Exception:  # one broken page should not lose the others
            page_text = ""
        texts.append(page_text)
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


def page_paragraphs(page: object) -> str:
    """A page's text with wrapped lines joined: a taller gap between lines starts a paragraph.

    pypdf reports each line without saying where paragraphs end; the vertical position of each
    line does. Pages whose lines are evenly spaced fall back to a guess from line lengths.
    """
    lines: list[tuple[float, str]] = []
    current: list[str] = []
    line_y: list[float] = []  # the height of the current line's first visible text

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        if text.strip() and not line_y:
            line_y.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
        current.append(text)
        if text.endswith("\n"):
            _close_line()

    def _close_line() -> None:
        line = " ".join("".join(current).split())
        if line and line_y:
            lines.append((line_y[0], line))
        current.clear()
        line_y.clear()

    plain = page.extract_text(visitor_text=visit) or ""  # type: ignore[attr-defined]
    _close_line()
    gaps = [above[0] - below[0] for above, below in itertools.pairwise(lines)]
    positive = sorted(g for g in gaps if g > 0)
    if not positive:
        return unwrap_lines(plain)
    # The lower quartile, not the median: short paragraphs can make paragraph gaps the majority.
    usual = positive[len(positive) // 4]
    if not any(g > 1.4 * usual or g <= 0 for g in gaps):
        return unwrap_lines(plain)
    paragraphs: list[list[str]] = [[lines[0][1]]]
    for gap, (_, line) in zip(gaps, lines[1:], strict=True):
        if gap > 1.4 * usual or gap <= 0:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return "\n\n".join(" ".join(words) for words in paragraphs)


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
