"""The one analyzer used for every text field, in both scripts.

Each token is normalised by its own script rather than by the article's language: the language tag
of an import can be wrong or "und", quotes and names cross scripts inside one article, and the query
side never knows the language of what it is looking for. So Latin tokens are accent-folded,
lower-cased, stop-listed and Porter2-stemmed; Arabic tokens are normalised, stop-listed and
light-stemmed; anything else (digits, other scripts) is only lower-cased.

Tokenising, normalising and stemming happen in a single pass with a memo of finished terms, because
in pure-Python Whoosh the analyzer chain is the largest cost of indexing. Stop words are dropped but
still take up a position, so a phrase with a stop word inside it can be matched exactly.

Character offsets always point into the original text, diacritics included, so highlights can be
drawn over the stored article unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from whoosh.analysis import Token, Tokenizer
from whoosh.lang.porter2 import stem as porter2_stem

from workbench.search.arabic import (
    ARABIC_LETTERS,
    ARABIC_STOP_WORDS,
    light_stem,
    normalise_arabic,
)

# Word characters plus the combining marks (Latin accents in decomposed form, Arabic harakat) and
# tatweel, which Python's \w leaves out but which belong inside a word. An apostrophe joins only
# when a letter follows, so "Veskaria's" is one token and its stem drops the possessive.
_WORD = r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+"
TOKEN_PATTERN = re.compile(_WORD + r"(?:['\u2019]" + _WORD + ")*")

_ENGLISH_STOP_TEXT = """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves"""
ENGLISH_STOP_WORDS = frozenset(_ENGLISH_STOP_TEXT.split())

# Letters that do not decompose under NFKD but have an obvious ASCII reading.
_LATIN_EXTRA = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)

_MEMO_LIMIT = 200_000


def fold_latin(word: str) -> str:
    """Lower-case and strip accents ("Café" -> "cafe")."""
    word = word.lower()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LATIN_EXTRA)


def normalise(word: str) -> str:
    """The script-appropriate normal form of a word without stemming (used for wildcards)."""
    if ARABIC_LETTERS.search(word):
        return normalise_arabic(word)
    return fold_latin(word).replace("\u2019", "'")


def _to_term(raw: str) -> str | None:
    """The indexed term for one raw token, or None when it is a stop word."""
    if ARABIC_LETTERS.search(raw):
        word = normalise_arabic(raw)
        if not word or word in ARABIC_STOP_WORDS:
            return None
        return light_stem(word)
    word = fold_latin(raw).replace("\u2019", "'")
    if word in ENGLISH_STOP_WORDS:
        return None
    if word.isdigit():
        return word
    return porter2_stem(word)


class WorkbenchAnalyzer(Tokenizer):
    """Tokenizer and filters in one step; Whoosh accepts any Tokenizer as an analyzer."""

    def __init__(self) -> None:
        self._memo: dict[str, str | None] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WorkbenchAnalyzer)

    def __hash__(self) -> int:
        return hash(WorkbenchAnalyzer)

    def __getstate__(self) -> dict:
        # The schema is pickled into the index's table of contents; the memo must not be.
        return {}

    def __setstate__(self, state: dict) -> None:
        self._memo = {}

    def term(self, raw: str) -> str | None:
        memo = self._memo
        try:
            return memo[raw]
        except KeyError:
            pass
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        term = memo[raw] = _to_term(raw)
        return term

    def positions(self, value: str) -> dict[str, list[int]]:
        """Each indexed term of ``value`` with its token positions: what indexing stores.

        The same terms and positions as calling the analyzer, without building a Token per word;
        indexing spends much of its time here.
        """
        memo = self._memo
        term = self.term
        found: dict[str, list[int]] = {}
        for pos, raw in enumerate(TOKEN_PATTERN.findall(value)):
            text = memo[raw] if raw in memo else term(raw)
            if text is not None:
                if text in found:
                    found[text].append(pos)
                else:
                    found[text] = [pos]
        return found

    def spans(
        self, value: str, initials: frozenset[str] | None = None
    ) -> Iterator[tuple[str, int, int, int]]:
        """(term, position, start, end) of every indexed token, as ``analyze`` gives them.

        With ``initials``, an ASCII token whose first letter (lower-cased) is not among them is
        passed over without being stemmed: Porter2 only rewrites the end of a word, so its stem
        keeps that letter and cannot be a term starting with another. Highlighting a page of
        results needs the few tokens that can match the query, and stemming is the slow part.
        """
        memo = self._memo
        term = self.term
        for pos, match in enumerate(TOKEN_PATTERN.finditer(value)):
            raw = match.group()
            if initials is not None and raw[0].isascii() and raw[0].lower() not in initials:
                continue
            text = memo[raw] if raw in memo else term(raw)
            if text is not None:
                yield text, pos, match.start(), match.end()

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            # Wildcard and prefix text: normalise, but neither stem nor stop-list it.
            t.original = value
            t.text = normalise(value)
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        term = self.term
        for pos, match in enumerate(TOKEN_PATTERN.finditer(value)):
            raw = match.group(0)
            text = term(raw)
            if text is None:
                if removestops:
                    continue
                text = fold_latin(raw)
                t.stopped = True
            else:
                t.stopped = False
            t.text = text
            t.boost = 1.0
            if keeporiginal:
                t.original = raw
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            yield t


def analyze(text: str) -> list[tuple[str, int, int, int]]:
    """(term, position, start, end) for every indexed token of ``text``: what highlighting needs."""
    return list(ANALYZER.spans(text))


def initials_of(terms: Iterable[str]) -> frozenset[str] | None:
    """The first letters ``spans`` needs to look at to find ``terms``; None when any will do.

    A term that does not start with an ASCII character may come from a word that starts
    otherwise (Arabic stems lose their prefixes, accents are folded), so it disables the filter.
    """
    found = set()
    for term in terms:
        if not term or not term[0].isascii():
            return None
        found.add(term[0])
    return frozenset(found)


ANALYZER = WorkbenchAnalyzer()
