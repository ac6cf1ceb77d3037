"""Where an unrelated second article starts in a pasted page, so its claims stay out of the case.

Pages saved from news sites often carry the next story below the first one. Text after a
headline-like line that hardly mentions what the article's headline and lead are about is another
article: a continuation keeps returning to its lead's words, the next story does not.
"""

from __future__ import annotations

import re

from workbench.assist.wording import tokens

_MIN_WORDS = 25
_MAX_TOPIC_SHARE = 0.25
_PROSE_END = ".!?\"'”’»):"


def unrelated_tail(text: str) -> int | None:
    """The offset where a different article begins, or None when the text is one article."""
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text)]
    lead_end = next(
        (start + len(line) for start, line in lines if line and line[-1] in _PROSE_END), None
    )
    if lead_end is None:
        return None
    topic = {w for w in tokens(text[:lead_end]) if len(w) > 3}
    if len(topic) < 5:
        return None
    best: tuple[float, int] | None = None
    for start, line in lines:
        if start <= lead_end or not line or line[-1] in _PROSE_END:
            continue  # a new article opens with a headline or a label, not with prose
        before, after = tokens(text[:start]), set(tokens(text[start:]))
        if len(before) < _MIN_WORDS or len(after) < _MIN_WORDS // 2:
            continue
        share = len(topic & after) / len(topic)
        if share <= _MAX_TOPIC_SHARE and (best is None or share < best[0]):
            best = (share, start)
    return best[1] if best else None
