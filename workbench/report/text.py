"""Text made safe and readable for exports: XML-illegal characters, long passages, dates, script."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

# XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF; bad imports carry them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_QUOTE_MARKS = "\"'“”‘’«»„"
_ARABIC_RUN = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+"
    "(?:[ \u00a0]+[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+)*"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def xml_safe(text: str | None) -> str:
    """The text with every character XML cannot hold removed; None becomes ""."""
    if not text:
        return ""
    return _XML_ILLEGAL.sub("", text)


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary and marked with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + " […]"


def quoted(text: str) -> str:
    """The passage between typographic quotes, without the quote marks it already carries."""
    return f"“{text.strip().strip(_QUOTE_MARKS).strip()}”"


def one_line(text: str) -> str:
    """Whitespace runs (including newlines) collapsed, for table cells and titles."""
    return " ".join(text.split())


def arabic_share(text: str) -> float:
    """Share of the letters in the text that are Arabic (0.0 when there are no letters)."""
    letters = 0
    arabic = 0
    for char in text:
        if char.isalpha():
            letters += 1
            if _ARABIC.match(char):
                arabic += 1
    return arabic / letters if letters else 0.0


def is_mostly_arabic(text: str) -> bool:
    return arabic_share(text) > 0.5


def is_right_to_left(text: str) -> bool:
    """Paragraph direction as Unicode's bidi rule sets it: from the first strongly directed letter.

    So "Claim 1: <Arabic>" stays left-to-right and an Arabic quote runs right-to-left.
    """
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def isolate_arabic(text: str) -> str:
    """Each Arabic stretch followed by a left-to-right mark, for use inside left-to-right text.

    Without it a following number or comma joins the Arabic run and the line reads scrambled.
    """
    return _ARABIC_RUN.sub(lambda match: match.group(0) + "\u200e", text)


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


def iso_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat()


def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe form of a title; keeps letters of any script."""
    text = unicodedata.normalize("NFKC", text).casefold()
    words = re.findall(r"\w+", text)
    result = "-".join(words)[:limit].strip("-_")
    return result or "case"
