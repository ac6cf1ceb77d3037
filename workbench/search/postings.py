"""Reading whole posting lists a block at a time, instead of one document at a time.

Whoosh's matchers step through postings with several Python calls per document, which costs
microseconds per match: fine for the top of a ranking, far too slow for counting 100,000 matches.
A Whoosh-3 posting block is one pickled tuple of delta-encoded ids, weights and values, so a whole
block decodes in a few C calls. This module does that, and falls back to a plain matcher for any
posting list stored some other way.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, repeat

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, W3PerDocReader, _lenfield
from whoosh.reading import IndexReader, TermNotFound
from whoosh.util.numeric import byte_to_length, length_to_byte


@dataclass
class Postings:
    """One term's postings in one segment: document numbers, weights and (optionally) values."""

    ids: list[int]
    weights: list[float]
    values: list[bytes] | None = None


EMPTY = Postings([], [], [])


def read_postings(
    reader: IndexReader,
    fieldname: str,
    btext: bytes,
    *,
    values: bool = False,
    stop: Callable[[], bool] = lambda: False,
    near: Sequence[int] | None = None,
) -> Postings:
    """Every posting of ``fieldname:btext`` in a segment reader (deleted documents included).

    ``stop`` is asked after each block; when it says so, the postings read so far are returned.
    With ``near`` (sorted document numbers), blocks holding none of them are skipped unread: the
    result then has at least the postings of those documents, not necessarily the others.
    """
    terms = getattr(reader, "_terms", None)
    try:
        if terms is not None and fieldname in reader.schema:
            # The segment's own term reader: its postings still hold deleted documents, which
            # callers drop in one step rather than through a filter per posting.
            matcher = terms.matcher(fieldname, btext, reader.schema[fieldname].format)
        else:
            matcher = reader.postings(fieldname, btext)
    except TermNotFound:
        return EMPTY
    if type(matcher) is W3LeafMatcher and not matcher._byteids:
        return _read_blocks(matcher, values, stop, near)
    return _read_slowly(matcher, values)


def _read_blocks(
    m: W3LeafMatcher, want_values: bool, stop: Callable[[], bool], near: Sequence[int] | None
) -> Postings:
    ids: list[int] = []
    weights: list[float] = []
    vals: list[bytes] | None = [] if want_values else None
    fixed = m._fixedsize
    wanted = 0
    while True:
        if near is not None:
            # A block's last id is in its header, so a block with no wanted document in its
            # range is passed over without unpickling its data.
            upto = bisect_right(near, m._maxid, wanted)
            if upto == wanted:
                if m._lastblock or wanted >= len(near):
                    break
                m._goto(m._nextoffset)
                continue
            wanted = upto
        m._read_data()
        raw_ids, raw_weights, raw_values = m._data
        count = m._blocklength
        # Ids are stored as differences from the previous id (Whoosh's delta_encode).
        ids.extend(accumulate(raw_ids))
        if raw_weights is None:
            weights.extend(repeat(1.0, count))
        elif isinstance(raw_weights, float):
            weights.extend(repeat(raw_weights, count))
        else:
            weights.extend(raw_weights)
        if vals is not None:
            if fixed is None or fixed < 0:
                vals.extend(raw_values)
            elif fixed == 0:
                vals.extend(repeat(b"", count))
            else:
                vals.extend(raw_values[i : i + fixed] for i in range(0, len(raw_values), fixed))
        if m._lastblock or stop():
            break
        m._goto(m._nextoffset)
    return Postings(ids, weights, vals)


def _read_slowly(m: object, want_values: bool) -> Postings:
    ids: list[int] = []
    weights: list[float] = []
    vals: list[bytes] | None = [] if want_values else None
    while m.is_active():  # type: ignore[attr-defined]
        ids.append(m.id())  # type: ignore[attr-defined]
        weights.append(m.weight())  # type: ignore[attr-defined]
        if vals is not None:
            vals.append(m.value())  # type: ignore[attr-defined]
        m.next()  # type: ignore[attr-defined]
    return Postings(ids, weights, vals)


def length_bytes(reader: IndexReader, fieldname: str) -> bytes:
    """The encoded field length of every document of a segment (one byte each, 0 = none)."""
    perdoc = getattr(reader, "_perdoc", None)
    if perdoc is not None:
        return perdoc_length_bytes(perdoc, fieldname)
    doccount = reader.doc_count_all()
    return bytes(
        length_to_byte(reader.doc_field_length(d, fieldname, 0) or 0) for d in range(doccount)
    )


def perdoc_length_bytes(perdoc: object, fieldname: str) -> bytes:
    """``length_bytes`` from a segment's per-document reader, read in one piece when possible."""
    doccount = perdoc.doc_count_all()  # type: ignore[attr-defined]
    column = None
    if isinstance(perdoc, W3PerDocReader):
        column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return bytes(
            length_to_byte(perdoc.doc_field_length(d, fieldname, 0) or 0)  # type: ignore[attr-defined]
            for d in range(doccount)
        )
    if getattr(column, "_fixedlen", None) == 1 and hasattr(column, "_dbfile"):
        raw = bytes(column._dbfile.get(column._basepos, column._count))
    else:
        raw = bytes(column[d] for d in range(doccount))
    return raw + bytes(doccount - len(raw)) if len(raw) < doccount else raw


class LengthsInMemory:
    """A per-document reader whose field lengths come from one read of each length column.

    Whoosh asks for a document's field length once per posting while it writes a segment; each
    ask is a seek and a read. Handing it this wrapper answers from memory.
    """

    def __init__(self, perdoc: object) -> None:
        self._perdoc = perdoc
        self._lengths: dict[str, bytes] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        lengths = self._lengths.get(fieldname)
        if lengths is None:
            lengths = self._lengths[fieldname] = perdoc_length_bytes(self._perdoc, fieldname)
        lbyte = lengths[docnum]
        # Whoosh's reader gives None for a zero byte, and the writer relies on nothing else.
        return byte_to_length(lbyte) if lbyte else None

    def __getattr__(self, name: str) -> object:
        return getattr(self._perdoc, name)
