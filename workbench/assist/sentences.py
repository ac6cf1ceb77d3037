"""Sentence spans for English and Arabic news text.

Spans are character offsets into the text as given, so a sentence can be highlighted in the stored
article. Lines are hard boundaries (headlines, datelines and paragraphs never run together); inside
a
line a terminator ends a sentence unless it belongs to an abbreviation, an initial, a number, or
sits
inside a quotation that closes later on the same line.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TERMINATORS = ".!?؟…"
_CLOSERS = "\"'”’»)]"
_OPEN_QUOTES = {"“": "”", "«": "»"}

# Titles and short forms after which a full stop never ends a sentence.
_NEVER_FINAL = _words(
    """mr mrs ms dr prof gen col lt sgt capt maj cmdr adm gov sen rep rev st jr sr mt ft
    no nos vol pp fig art sec dept approx est jan feb mar apr jun jul aug sep sept oct nov dec
    e.g i.e cf vs etc al"""
)
# After these the stop may end a sentence, but only when a typical sentence opener follows.
_OPENERS = _words(
    """the a an he she it they we i in on at but and this that these those his her its their
    there however meanwhile after before when while if as officials according some many one two"""
)
_DOTTED = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_INITIAL = re.compile(r"(?:^|[\s(])[A-Z]\.$")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in `text`, in order, trimmed of surrounding
    space."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        for start, end in _split_line(line.group()):
            spans.append((line.start() + start, line.start() + end))
    return spans


def _split_line(line: str) -> list[tuple[int, int]]:
    quoted = quoted_ranges(line)
    spans: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch in _TERMINATORS and not inside_quote(i, quoted):
            end = i + 1
            while end < n and line[end] in _TERMINATORS:
                end += 1
            while end < n and line[end] in _CLOSERS:
                end += 1
            if _is_boundary(line, i, end):
                _add(spans, line, start, end)
                start = end
            i = end
            continue
        i += 1
    _add(spans, line, start, n)
    return spans


def _add(spans: list[tuple[int, int]], line: str, start: int, end: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    spans.append((start + lead, start + lead + len(stripped)))


def _is_boundary(line: str, stop: int, end: int) -> bool:
    """Whether the terminator at `stop` (its run and closing marks ending at `end`) ends a
    sentence."""
    if end >= len(line):
        return True
    if not line[end].isspace():
        return False  # "3.5", "U.S.-backed", "example.com"
    rest = line[end:].lstrip()
    if not rest:
        return True
    nxt = rest[0]
    if nxt.islower():
        return False
    if line[stop] != ".":
        return True
    before = line[: stop + 1]
    if _DOTTED.search(before):
        return _next_word(rest) in _OPENERS
    if _INITIAL.search(before):
        return False
    match = _WORD_BEFORE.search(before)
    return not (match and match.group(1).lower().rstrip(".") in _NEVER_FINAL)


def _next_word(rest: str) -> str:
    match = re.match(r"[\"“'‘(]*([A-Za-z]+)", rest)
    return match.group(1).lower() if match else ""


def quoted_ranges(line: str) -> list[tuple[int, int]]:
    """Ranges of quotations that open and close on this line; an unclosed quote protects nothing."""
    ranges: list[tuple[int, int]] = []
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        close = _OPEN_QUOTES.get(ch) or ('"' if ch == '"' else None)
        if close is None:
            i += 1
            continue
        j = line.find(close, i + 1)
        if j < 0:
            i += 1
            continue
        ranges.append((i, j))
        i = j + 1
    return ranges


def inside_quote(pos: int, ranges: list[tuple[int, int]]) -> bool:
    # A stop right before the closing mark may end the sentence too ("...for us." Next), so it is
    # left
    # to the boundary check; stops further inside the quotation never split it.
    return any(start < pos < end - 1 for start, end in ranges)
