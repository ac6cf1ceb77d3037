"""Where the query's words occur in a text, and a short passage with them marked.

Offsets come from re-analysing the stored text with the same analyzer used for indexing, so they
are exact character offsets into the original text (diacritics and accents included), and the
reader can step through every hit. Only the page of results being shown is analysed.

A snippet is a tuple of ``(text, is_hit)`` segments: the Qt view escapes and wraps the hits in a
``<b>``/``<span>``, the CLI wraps them in ``[[``/``]]``; neither has to parse markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from workbench.search.analysis import ANALYZER, initials_of

Span = tuple[int, int]
Snippet = tuple[tuple[str, bool], ...]
Phrase = tuple[tuple[str, ...], tuple[int, ...]]

SNIPPET_CHARS = 240
_BREAKS = re.compile(r"\s*\n\s*")


def hit_spans(text: str, terms: Iterable[str] = (), phrases: Sequence[Phrase] = ()) -> list[Span]:
    """Sorted, non-overlapping character spans of every query term and phrase in ``text``."""
    wanted = set(terms)
    if not wanted and not phrases:
        return []
    words = wanted.union(*(phrase_words for phrase_words, _ in phrases))
    tokens = list(ANALYZER.spans(text, initials_of(words)))
    spans = [(start, end) for term, _, start, end in tokens if term in wanted]
    if phrases:
        by_pos = {pos: (term, end) for term, pos, _, end in tokens}
        for phrase, offsets in phrases:
            for term, pos, start, _ in tokens:
                if term != phrase[0]:
                    continue
                if all(
                    by_pos.get(pos + offset, ("",))[0] == word
                    for word, offset in zip(phrase[1:], offsets[1:], strict=True)
                ):
                    spans.append((start, by_pos[pos + offsets[-1]][1]))
    return _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, spans: Sequence[Span], width: int = SNIPPET_CHARS) -> Snippet:
    """The passage of about ``width`` characters holding the most hits, hits marked."""
    if not text:
        return ()
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        start, end = _best_window(spans, width)
        pad = max(0, (width - (end - start)) // 2)
        start, end = max(0, start - pad), min(len(text), end + pad)
    start, end = _word_bounds(text, start, end)
    segments: list[tuple[str, bool]] = []
    if start > 0:
        segments.append(("…", False))
    cursor = start
    for hit_start, hit_end in spans:
        if hit_end <= start or hit_start >= end:
            continue
        hit_start, hit_end = max(hit_start, start), min(hit_end, end)
        if hit_start > cursor:
            segments.append((_flat(text[cursor:hit_start]), False))
        segments.append((_flat(text[hit_start:hit_end]), True))
        cursor = hit_end
    if cursor < end:
        segments.append((_flat(text[cursor:end]), False))
    if end < len(text):
        segments.append(("…", False))
    return tuple(segments)


def _best_window(spans: Sequence[Span], width: int) -> Span:
    best = (spans[0][0], spans[0][1])
    best_count = 0
    right = 0
    for left, (start, _) in enumerate(spans):
        while right < len(spans) and spans[right][1] - start <= width:
            right += 1
        if right - left > best_count:
            best_count = right - left
            best = (start, spans[max(left, right - 1)][1])
    return best


def _word_bounds(text: str, start: int, end: int) -> Span:
    # Widen by at most a few characters so the passage neither starts nor ends inside a word.
    limit = 20
    while start > 0 and limit and not text[start - 1].isspace():
        start -= 1
        limit -= 1
    limit = 20
    while end < len(text) and limit and not text[end].isspace():
        end += 1
        limit -= 1
    return start, end


def _flat(part: str) -> str:
    # A snippet is one line: paragraph breaks inside it become single spaces.
    return _BREAKS.sub(" ", part)


def snippet_marked(snippet: Snippet, before: str = "[[", after: str = "]]") -> str:
    """Plain text with the hits between ``before`` and ``after`` (for the command line)."""
    return "".join(f"{before}{text}{after}" if hit else text for text, hit in snippet)


def snippet_html(snippet: Snippet, tag: str = "b") -> str:
    """Escaped HTML with the hits in ``<tag>`` (for rich-text views)."""
    return "".join(
        f"<{tag}>{html.escape(text)}</{tag}>" if hit else html.escape(text) for text, hit in snippet
    )
