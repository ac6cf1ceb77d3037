"""Each segment's words of a field as arrays: fuzzy words and prefixes found without a walk.

A fuzzy term (``word~``) means every word of the field within ``maxdist`` Damerau-Levenshtein edits
of it. Whoosh compares the word with every word of the lexicon in Python, about 100,000 distance
computations at 100k articles. Here each segment's lexicon is kept as arrays: the word lengths and a
count of each word's letters (hashed into a few buckets). Two words ``k`` edits apart differ by at
most ``k`` in length and by at most ``k`` letters each way (an edit adds, removes or changes one
letter, a swap none), so one numpy pass over those arrays leaves only the few words that can be
close, and only they get the exact distance. The answer is the same set Whoosh's comparison gives.

A prefix (``word*``) is a slice of the sorted word list, with each word's document frequency read
alongside, instead of Whoosh merging every segment's term information word by word.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cached_property

import numpy as np
from whoosh.codec.whoosh3 import W3TermsReader
from whoosh.reading import IndexReader

from workbench.search.matches import SegmentData

_BUCKETS = 64
# Each entry of a segment's term file: key length, value length, key (field number + word), value.
_ENTRY = struct.Struct("!ii")
_DOC_FREQUENCY = struct.Struct("!I")


class Lexicon:
    """One segment's words of one field, with their lengths and letter counts as arrays."""

    def __init__(self, words: list[str], frequencies: list[int] | None = None) -> None:
        self.words = words
        self.frequencies = frequencies

    # The arrays only fuzzy terms need are made at the first one.

    @cached_property
    def lengths(self) -> np.ndarray:
        return np.fromiter(map(len, self.words), dtype=np.int32, count=len(self.words))

    @cached_property
    def bags(self) -> np.ndarray:
        count = len(self.words)
        if not count:
            return np.zeros((0, _BUCKETS), dtype=np.int8)
        codes = np.frombuffer("".join(self.words).encode("utf-32-le"), dtype=np.uint32)
        rows = np.repeat(np.arange(count, dtype=np.int64), self.lengths)
        cells = np.bincount(rows * _BUCKETS + codes % _BUCKETS, minlength=count * _BUCKETS)
        return cells.reshape(count, _BUCKETS).astype(np.int8)

    @classmethod
    def of(cls, reader: IndexReader, fieldname: str) -> Lexicon:
        if fieldname not in reader.schema:
            return cls([])
        read = _read_words(reader, fieldname)
        if read is None:
            return cls([b.decode("utf-8") for b in reader.lexicon(fieldname)])
        return cls(*read)

    def prefixed(self, stem: str, limit: int) -> tuple[list[str], list[int] | None]:
        """The first ``limit`` words starting with ``stem``, in order, and their frequencies."""
        low = bisect_left(self.words, stem)
        high = low
        end = min(len(self.words), low + limit)
        while high < end and self.words[high].startswith(stem):
            high += 1
        found = self.words[low:high]
        return found, None if self.frequencies is None else self.frequencies[low:high]

    def near(self, text: str, maxdist: int, prefix: str) -> list[str]:
        """Words that may be within ``maxdist`` edits of ``text``: a superset, cheap to find."""
        if not self.words:
            return []
        longer = self.lengths - len(text)
        rows = np.flatnonzero(np.abs(longer) <= maxdist)
        bag = np.zeros(_BUCKETS, dtype=np.int8)
        np.add.at(bag, np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) % _BUCKETS, 1)
        # Letters the word has beyond the typed one's, and (by the lengths) those it lacks.
        extra = np.maximum(self.bags[rows] - bag, 0, dtype=np.int8).sum(axis=1, dtype=np.int32)
        missing = extra - longer[rows]
        rows = rows[(extra <= maxdist) & (missing <= maxdist)]
        words = self.words
        return [words[r] for r in rows if words[r].startswith(prefix)]


def terms_within(
    reader: IndexReader,
    fieldname: str,
    text: str,
    maxdist: int,
    prefixlength: int = 0,
    *,
    data: SegmentData | None = None,
    spent: Callable[[], bool] = lambda: False,
) -> set[str]:
    """Every word of ``fieldname`` within ``maxdist`` edits of ``text`` sharing its first letters.

    ``data`` keeps each segment's lexicon arrays between searches. When ``spent()`` turns true the
    words found so far are returned.
    """
    prefix = text[:prefixlength]
    found: set[str] = set()
    for leaf, _offset in reader.leaf_readers():
        if spent():
            break
        near = _lexicon(leaf, fieldname, data).near(text, maxdist, prefix)
        found.update(within(near, text, maxdist, spent))
    return found


def within(
    words: Iterable[str], text: str, maxdist: int, spent: Callable[[], bool] = lambda: False
) -> list[str]:
    """The ``words`` within ``maxdist`` edits of ``text``, by the distance Whoosh uses.

    That is the optimal string alignment distance (Damerau-Levenshtein where a swapped pair is
    not edited again), computed for all words of one length at once: each row of the table is
    a few numpy operations over every word, the within-row step being a running minimum.
    """
    by_length: dict[int, list[str]] = {}
    for word in dict.fromkeys(words):
        by_length.setdefault(len(word), []).append(word)
    typed = _codes(text)
    found: list[str] = []
    for length, group in by_length.items():
        if spent():
            break
        if length == 0 or len(typed) == 0:
            found.extend(w for w in group if max(length, len(typed)) <= maxdist)
            continue
        letters = _codes("".join(group)).reshape(len(group), length)
        distances = _alignment_distances(letters, typed)
        found.extend(w for w, d in zip(group, distances.tolist(), strict=True) if d <= maxdist)
    return found


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _alignment_distances(letters: np.ndarray, typed: np.ndarray) -> np.ndarray:
    """Optimal string alignment distance from each row of ``letters`` to ``typed``."""
    count, length = letters.shape
    steps = np.arange(length + 1, dtype=np.int32)
    before = None
    row = np.broadcast_to(steps, (count, length + 1)).astype(np.int32)
    for i in range(1, len(typed) + 1):
        differs = letters != typed[i - 1]
        best = np.empty_like(row)
        best[:, 0] = i
        # Deleting, or matching/substituting, from the row above.
        best[:, 1:] = np.minimum(row[:, 1:] + 1, row[:, :-1] + differs)
        if before is not None and length > 1:
            swapped = (
                (letters[:, :-1] == typed[i - 1])
                & (letters[:, 1:] == typed[i - 2])
                & differs[:, 1:]
            )
            best[:, 2:] = np.where(
                swapped, np.minimum(best[:, 2:], before[:, :-2] + 1), best[:, 2:]
            )
        # Inserting runs along the row: cur[j] = min over k <= j of best[k] + (j - k).
        row, before = np.minimum.accumulate(best - steps, axis=1) + steps, row
    return row[:, length]


def words_with_prefix(
    reader: IndexReader,
    fieldname: str,
    stem: str,
    limit: int,
    *,
    data: SegmentData | None = None,
) -> list[tuple[str, int]]:
    """The first ``limit`` words of the field starting with ``stem`` (in order, across segments)
    with their document frequencies, as Whoosh's ``iter_prefix`` lists them."""
    frequency: dict[str, int] = {}
    for leaf, _offset in reader.leaf_readers():
        lexicon = _lexicon(leaf, fieldname, data)
        words, counts = lexicon.prefixed(stem, limit)
        if counts is None:
            counts = [leaf.doc_frequency(fieldname, w) for w in words]
        for word, count in zip(words, counts, strict=True):
            frequency[word] = frequency.get(word, 0) + count
    return [(w, frequency[w]) for w in sorted(frequency)[:limit]]


def _read_words(reader: IndexReader, fieldname: str) -> tuple[list[str], list[int]] | None:
    """A segment's words of one field and their document frequencies from one read of its term
    file, or None if the segment is not stored the W3 way.

    Whoosh's lexicon reads each word with two seeks; the words of a field lie together in the
    file, sorted, so one read and a walk over the bytes give the same list.
    """
    terms = getattr(reader, "_terms", None)
    if terms is None or type(terms) is not W3TermsReader:
        return None
    tindex = terms._tindex
    key = terms._keycoder(fieldname, b"")
    pos = tindex.closest_key_pos(key)
    if pos is None:
        return [], []
    raw = bytes(tindex.dbfile.get(pos, tindex.endofdata - pos))
    words: list[str] = []
    frequencies: list[int] = []
    at, end, size = 0, len(raw), _ENTRY.size
    unpack, frequency = _ENTRY.unpack_from, _DOC_FREQUENCY.unpack_from
    while at < end:
        keylen, datalen = unpack(raw, at)
        start = at + size
        if raw[start : start + 2] != key:
            break
        words.append(raw[start + 2 : start + keylen].decode("utf-8"))
        # W3TermInfo begins with flags (1 byte) and weight (4), then the document frequency.
        frequencies.append(frequency(raw, start + keylen + 5)[0])
        at = start + keylen + datalen
    return words, frequencies


def _lexicon(leaf: IndexReader, fieldname: str, data: SegmentData | None) -> Lexicon:
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    if data is None or segment is None:
        return Lexicon.of(leaf, fieldname)
    build = lambda: Lexicon.of(leaf, fieldname)  # noqa: E731
    return data.get(segment.segment_id(), "lexicon:" + fieldname, build)  # type: ignore[return-value]
