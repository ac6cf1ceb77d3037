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


def find_title_and_byline(text: str, fallback_title: str) -> TextParts:
    """Title = the first non-empty line when it reads like a headline; byline from a "By ..." line
    among the first few lines."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = (
        lines[0] if lines and looks_like_headline(lines[0]) and len(lines) > 1 else fallback_title
    )
    byline = None
    for line in lines[:5]:
        match = _BYLINE.match(line)
        if match:
            byline = match.group("name")
            break
    return TextParts(title=title, byline=byline)


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
