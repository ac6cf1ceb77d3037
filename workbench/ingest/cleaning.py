"""Tidy extracted text and drop web boilerplate, keeping every line of reporting.

The cleaned text is what spans point into, so cleaning only removes whole lines and tidies spacing;
it never rewrites words, and Arabic text keeps its diacritics and direction marks.
"""

from __future__ import annotations

import re

from workbench.ingest.boilerplate import Rule, match_rule

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Controls, invisible characters and the replacement mark a decoder leaves for a byte it could not
# read: they only get in the way of search and offsets. Zero-width joiners and direction marks
# stay, as Persian and Arabic spelling and display depend on them.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufeff\u00ad\ufffd]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_WORD = re.compile(r"[^\W\d_]{4,}")

_MIN_WORDS_PER_PART = 25
# Share of the later part's vocabulary that the first part also uses; below it, the later part is
# about something else. Two reports of one story share names and places well above this.
_MAX_SHARED_VOCABULARY = 0.15
_COMMON_WORDS = (
    "that this with from have were been their they which said says would there about after"
    " into than them when what over also more other will some only could week year years told"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def clean_text(raw: str) -> tuple[str, list[str]]:
    """Return the cleaned text and notes for the import report (boilerplate removed, a second
    article found)."""
    lines = [_SPACES.sub(" ", line).strip() for line in _tidy(raw).split("\n")]
    kept: list[str] = []
    dropped: list[Rule] = []
    article_end: int | None = None  # index into kept where a comment form or similar was seen
    for line in lines:
        rule = match_rule(line)
        if rule is None:
            if line or (kept and kept[-1]):
                kept.append(line)
            continue
        dropped.append(rule)
        if rule.ends_article and article_end is None and any(kept):
            article_end = len(kept)
    while kept and not kept[-1]:
        kept.pop()
    text = "\n".join(kept)
    notes: list[str] = []
    if dropped:
        kinds = ", ".join(dict.fromkeys(rule.name for rule in dropped))
        count = len(dropped)
        notes.append(
            f"removed {count} line{'s' if count > 1 else ''} of web page furniture ({kinds})"
        )
    if article_end is not None:
        line_number = _second_article_line(kept, article_end)
        if line_number is not None:
            notes.append(
                f"a second, unrelated article seems to follow the first at line {line_number}"
            )
    return text, notes


def _tidy(raw: str) -> str:
    return _INVISIBLE.sub("", _NEWLINES.sub("\n", raw))


def _second_article_line(kept: list[str], boundary: int) -> int | None:
    """The 1-based line where a different article starts after `boundary`, if the text says so."""
    before, after = kept[:boundary], kept[boundary:]
    first = next((i for i, line in enumerate(after) if line), None)
    if first is None:
        return None
    words_before, words_after = _vocabulary(before), _vocabulary(after)
    if len(_words(before)) < _MIN_WORDS_PER_PART or len(_words(after)) < _MIN_WORDS_PER_PART:
        return None
    shared = len(words_before & words_after) / len(words_after)
    if shared > _MAX_SHARED_VOCABULARY:
        return None
    return boundary + first + 1


def _words(lines: list[str]) -> list[str]:
    return " ".join(lines).split()


def _vocabulary(lines: list[str]) -> set[str]:
    words = {w.lower() for w in _WORD.findall(" ".join(lines))}
    return words - _COMMON
