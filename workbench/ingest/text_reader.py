"""Plain text and Markdown articles: decode, find the headline and byline, strip Markdown marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MAX_TITLE_CHARS = 200
_MAX_TITLE_WORDS = 30
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by)\s+(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,4}?)"
    r"\s*(?:[,|–—-].*|\band\b.*)?$",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")


@dataclass(frozen=True)
class TextParts:
    title: str
    byline: str | None


def looks_like_headline(line: str) -> bool:
    """Short, and not a sentence: a headline rarely ends with a full stop."""
    line = line.strip()
    return (
        bool(line)
        and len(line) <= _MAX_TITLE_CHARS
        and len(line.split()) <= _MAX_TITLE_WORDS
        and not line.endswith((".", ",", ";"))
    )


_HEAD_LINES = 4  # pasted pages put section labels and teaser headlines above the real one
_MIN_HEADLINE_WORDS = 3  # "Middle East", "Baghdad": a section label or a dateline
_WORD = re.compile(r"[^\W\d_]{4,}")
_TITLE_FROM_SENTENCE = 90
_CLEARLY_BETTER = 0.2
# "Harlow, 9 February", "BAGHDAD, March 3 (Reuters) -": a place and a date, not a headline.
_DATELINE = re.compile(
    r"^[^\W\d_][\w .'’-]{0,40},\s*(?:\d{1,2}\s+[^\W\d_]+|[^\W\d_]+\.?\s+\d{1,2})\b(?:,?\s*\d{4})?"
    r"(?:\s*\([^)]*\))?\s*[-–—]?\s*$"
)
_CREDIT = re.compile(
    r"^(?:by|published|posted|updated|written|reporting|photo|image|credit)\b", re.IGNORECASE
)


def _stems(text: str) -> set[str]:
    return {word[:5] for word in _WORD.findall(text.lower())}


def find_title_and_byline(text: str, fallback_title: str) -> TextParts:
    """Title = the headline-like line near the top that the body is most about; byline from a
    "By ..." line among the first few lines."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = _pick_title(lines) or fallback_title
    byline = None
    for line in lines[:5]:
        match = _BYLINE.match(line)
        if match:
            byline = match.group("name")
            break
    return TextParts(title=title, byline=byline)


def _pick_title(lines: list[str]) -> str | None:
    if len(lines) < 2:
        return None
    head = []
    for line in lines[:_HEAD_LINES]:
        if not looks_like_headline(line):
            break  # the body has begun; a headline-like line further down starts another story
        head.append(line)
    candidates = [
        (index, line)
        for index, line in enumerate(head)
        if len(line.split()) >= _MIN_HEADLINE_WORDS
        and not _CREDIT.match(line)
        and not _DATELINE.match(line)
    ]
    if candidates:
        body = _stems(" ".join(lines[_HEAD_LINES:]) or " ".join(lines[1:]))

        def about_body(item: tuple[int, str]) -> tuple[float, int]:
            words = _stems(item[1])
            return (len(words & body) / len(words) if words else 0.0, -item[0])

        best = max(candidates, key=about_body)
        # The first headline-like line wins unless another is clearly more what the body is about.
        if about_body(best)[0] - about_body(candidates[0])[0] >= _CLEARLY_BETTER:
            return best[1]
        return candidates[0][1]
    if looks_like_headline(lines[0]) and len(lines[0].split()) >= _MIN_HEADLINE_WORDS:
        return lines[0]
    # No headline at all: the opening words of the first paragraph say more than a dateline.
    first = next((line for line in lines if len(line.split()) > _MAX_TITLE_WORDS), None)
    if first is None:
        return lines[0] if looks_like_headline(lines[0]) else None
    first = first.lstrip("-–—• ").strip()
    if len(first) <= _TITLE_FROM_SENTENCE:
        return first
    return first[:_TITLE_FROM_SENTENCE].rsplit(" ", 1)[0] + "…"


def strip_markdown(text: str) -> tuple[str, str | None]:
    """Markdown as a reader sees it: headings without '#', links as their words, no bold marks.

    Returns the text and the first heading, which is the title when there is one.
    """
    out: list[str] = []
    heading: str | None = None
    for line in text.split("\n"):
        match = _MD_HEADING.match(line)
        if match:
            line = match.group(1)
            if heading is None:
                heading = line
        elif _MD_UNDERLINE.match(line):
            if out and out[-1].strip() and heading is None:
                heading = out[-1].strip()
            continue
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        out.append(line)
    return "\n".join(out), heading
