"""Small pure functions on article text shared by the store, the assistant and the shells."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def collapse_spaces(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def locate_quote(text: str, quote: str, *, near: int = 0) -> tuple[int, int] | None:
    """The span of `quote` in `text`, tolerant of differing whitespace and line breaks.

    When the quote occurs more than once, the occurrence closest to `near` wins.
    """
    quote = unicodedata.normalize("NFC", quote).strip()
    if not quote:
        return None
    exact = [m.start() for m in re.finditer(re.escape(quote), text)]
    if exact:
        start = min(exact, key=lambda s: abs(s - near))
        return start, start + len(quote)
    words = [re.escape(word) for word in quote.split()]
    pattern = re.compile(r"\s+".join(words))
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    best = min(matches, key=lambda m: abs(m.start() - near))
    return best.start(), best.end()


_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LETTER = re.compile(r"[^\W\d_]")


def is_mostly_arabic(text: str) -> bool:
    """True when most letters are Arabic script: such text is laid out right to left."""
    sample = text[:4000]
    letters = len(_LETTER.findall(sample))
    return letters > 0 and len(_ARABIC.findall(sample)) * 2 > letters


TITLE_LENGTH = 60


def title_from_question(question: str, limit: int = TITLE_LENGTH) -> str:
    """A case's short name taken from its question: the first line, cut at a word near `limit`."""
    line = collapse_spaces(question.strip().splitlines()[0] if question.strip() else "")
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] if " " in line[:limit] else line[:limit]
    return cut.rstrip(" ,;:") + "…"


_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that reads numbers as numbers: "Trainee 2" before "Trainee 10"."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in _DIGITS.split(text)
        if part
    )
