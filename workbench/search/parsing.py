"""From what the user typed to a Whoosh query that is safe to run, plus what to tell the user.

The Whoosh query language is used as is (words, "phrases", AND/OR/NOT, parentheses, field:value,
wildcards, word~, ranges); what this module adds is the guard rails that pure-Python search needs:
wildcards need a two-letter stem and expand to at most ``MAX_EXPANSIONS`` of their most frequent
words, fuzzy terms likewise, over-long queries are cut, broken syntax is repaired or searched as
plain words, and every such change becomes a notice shown with the results.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from heapq import nlargest

from whoosh import query as wq
from whoosh.qparser import MultifieldParser, QueryParser, plugins, syntax
from whoosh.reading import IndexReader

from workbench.core.errors import BadQuery
from workbench.search.lexicon import terms_within, words_with_prefix
from workbench.search.matches import SegmentData
from workbench.search.phrase import ExactPhrase

MAX_QUERY_CHARS = 1000
MIN_PREFIX = 2
MAX_EXPANSIONS = 50
MAX_FUZZY = 20
FUZZY_LONG_WORD = 6
# A wildcard may walk this many words of the lexicon before the walk is cut short.
MAX_SCAN = 20_000

ARTICLE_FIELDS = ("title", "text", "outlet", "byline", "language", "date", "case")
CLAIM_FIELDS = ("text", "status", "case", "source")
_FIELD_REF = re.compile(r"(?<![\w\"])(\w+):")
_SYNTAX_CHARS = re.compile(r"[\"()\[\]{}:*?~^+\-]")
_OPERATORS = re.compile(r"\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE|TO)\b")


@dataclass
class QueryPlan:
    """A runnable query, the notices for the user, and the words to highlight per field."""

    query: wq.Query
    notices: list[str] = field(default_factory=list)
    terms: dict[str, set[str]] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], tuple[int, ...]]]] = field(default_factory=dict)


class _PhraseNode(plugins.PhrasePlugin.PhraseNode):
    def query(self, parser: QueryParser) -> wq.Query:
        fieldname = self.fieldname or parser.fieldname
        if fieldname not in parser.schema:
            return super().query(parser)
        fieldobj = parser.schema[fieldname]
        if fieldobj.analyzer is None or not fieldobj.format.supports("positions"):
            return super().query(parser)
        tokens = [
            (t.text, t.pos) for t in fieldobj.tokenize(self.text, positions=True, mode="query")
        ]
        if not tokens:
            return wq.error_query(f'"{self.text}" has only very common words')
        if len(tokens) == 1:
            return syntax.attach(wq.Term(fieldname, tokens[0][0], boost=self.boost), self)
        first = tokens[0][1]
        words = [text for text, _ in tokens]
        offsets = [pos - first for _, pos in tokens]
        return syntax.attach(ExactPhrase(fieldname, words, offsets, boost=self.boost), self)


class _PhraseTagger(plugins.PhrasePlugin.PhraseTagger):
    def create(self, parser: QueryParser, match: re.Match) -> _PhraseNode:
        return _PhraseNode(match.group("text"), match.start("text"))


class _PhrasePlugin(plugins.PhrasePlugin):
    def taggers(self, parser: QueryParser) -> list:
        return [(_PhraseTagger(self.expr), 0)]


def make_parser(kind: str, schema) -> QueryParser:
    if kind == "articles":
        parser: QueryParser = MultifieldParser(["title", "text"], schema)
    else:
        parser = QueryParser("text", schema)
    parser.remove_plugin_class(plugins.PhrasePlugin)
    parser.add_plugin(_PhrasePlugin())
    parser.add_plugin(plugins.FuzzyTermPlugin())
    return parser


def plan(
    text: str,
    kind: str,
    parser: QueryParser,
    reader: IndexReader,
    *,
    data: SegmentData | None = None,
    spent: Callable[[], bool] = lambda: False,
) -> QueryPlan:
    """Parse ``text`` and make it safe to run; BadQuery when nothing searchable is left.

    ``data`` keeps per-segment word lists between searches; ``spent`` is the search's clock.
    """
    notices: dict[str, str] = {}
    text = _tidy(text, kind, notices)
    try:
        parsed = parser.parse(text)
    except Exception:
        plain = _SYNTAX_CHARS.sub(" ", _OPERATORS.sub(" ", text))
        notices["syntax"] = "The query syntax was not understood; its words were searched instead."
        parsed = parser.parse(plain)
    rewriter = _Rewriter(reader, notices, data, spent)
    rewritten = rewriter.rewrite(parsed).normalize()
    if isinstance(rewritten, type(wq.NullQuery)):
        reason = " ".join(notices.values()) or "It has no words that can be searched."
        raise BadQuery(f"Nothing to search for in {text[:60]!r}. {reason}".strip())
    result = QueryPlan(rewritten, list(notices.values()))
    _collect_highlights(rewritten, result)
    return result


def _tidy(text: str, kind: str, notices: dict[str, str]) -> str:
    text = " ".join(text.split())
    if not text:
        raise BadQuery("Type something to search for.")
    if len(text) > MAX_QUERY_CHARS:
        cut = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        notices["long"] = (
            f"The query was {len(text):,} characters long; only the first {len(cut):,} were used."
        )
        text = cut
    if text.count('"') % 2:
        last = text.rfind('"')
        text = text[:last] + text[last + 1 :]
        notices["quote"] = "A quotation mark had no partner and was ignored."
    if text.count("(") != text.count(")"):
        text = text.replace("(", " ").replace(")", " ")
        notices["parens"] = "Brackets did not pair up and were ignored."
    known = ARTICLE_FIELDS if kind == "articles" else CLAIM_FIELDS
    for name in dict.fromkeys(_FIELD_REF.findall(text)):
        if name not in known:
            notices[f"field:{name}"] = (
                f"There is no field '{name}'; it was searched as a word. "
                f"Fields: {', '.join(known)}."
            )
            text = re.sub(rf"(?<![\w\"]){re.escape(name)}:", f"{name} ", text)
    # A field name with nothing after it ("title:") would swallow the next operator.
    bare = re.compile(r"(?<![\w\"])(\w+):(?=\s|$)")
    if bare.search(text):
        notices["bare"] = "A field name with no value after it was ignored."
        text = bare.sub(" ", text)
    return text


class _Rewriter:
    def __init__(
        self,
        reader: IndexReader,
        notices: dict[str, str],
        data: SegmentData | None = None,
        spent: Callable[[], bool] = lambda: False,
    ) -> None:
        self.reader = reader
        self.notices = notices
        self.data = data
        self.spent = spent

    def rewrite(self, q: wq.Query) -> wq.Query:
        if getattr(q, "error", None):
            self.notices[f"error:{q.error}"] = f"{q.error}; that part was left out."
            return wq.NullQuery
        if isinstance(q, wq.Every):
            self.notices["every"] = "A lone '*' matches everything and was left out."
            return wq.NullQuery
        if isinstance(q, wq.Prefix | wq.Wildcard):
            return self._expand_pattern(q)
        if isinstance(q, wq.FuzzyTerm):
            return self._expand_fuzzy(q)
        if q.is_leaf():
            return q
        return q.apply(self.rewrite)

    def _expand_pattern(self, q: wq.PatternQuery) -> wq.Query:
        pattern = q.text + "*" if isinstance(q, wq.Prefix) else q.text
        stem = re.split(r"[*?]", pattern, maxsplit=1)[0]
        shown = pattern
        if len(stem) < MIN_PREFIX:
            self.notices[f"short:{shown}"] = (
                f"'{shown}' was left out: a wildcard needs at least {MIN_PREFIX} letters before it."
            )
            return wq.NullQuery
        if q.fieldname not in self.reader.schema:
            return wq.NullQuery
        exact = pattern == stem + "*"
        listed = words_with_prefix(self.reader, q.fieldname, stem, MAX_SCAN + 1, data=self.data)
        scanned = len(listed)
        found = [
            (frequency, word)
            for word, frequency in listed[:MAX_SCAN]
            if exact or fnmatchcase(word, pattern)
        ]
        if not found:
            return wq.Term(q.fieldname, stem + "\x00")  # a term that matches nothing
        if len(found) > MAX_EXPANSIONS or scanned > MAX_SCAN:
            counted = f"more than {MAX_SCAN:,}" if scanned > MAX_SCAN else f"{len(found):,}"
            key = f"cut:{shown}"
            self.notices[key] = (
                f"'{shown}' matched {counted} words; only the {MAX_EXPANSIONS} most frequent "
                "were searched."
            )
            found = nlargest(MAX_EXPANSIONS, found)
        return wq.Or([wq.Term(q.fieldname, w) for _, w in found], boost=q.boost)

    def _expand_fuzzy(self, q: wq.FuzzyTerm) -> wq.Query:
        if q.fieldname not in self.reader.schema:
            return wq.NullQuery
        # A plain "word~" arrives as distance 1; long words get 2, where a slip of two letters
        # ("veskaira") is as likely as one.
        maxdist = 2 if q.maxdist == 1 and len(q.text) >= FUZZY_LONG_WORD else q.maxdist
        near = terms_within(
            self.reader,
            q.fieldname,
            q.text,
            maxdist,
            q.prefixlength,
            data=self.data,
            spent=self.spent,
        )
        near.add(q.text)
        ranked = nlargest(MAX_FUZZY, ((self.reader.doc_frequency(q.fieldname, w), w) for w in near))
        words = [w for freq, w in ranked if freq or w == q.text]
        others = [w for w in words if w != q.text]
        if others:
            self.notices[f"fuzzy:{q.text}"] = (
                f"'{q.text}~' was broadened to similar words: {', '.join(sorted(others)[:8])}"
                + ("…" if len(others) > 8 else "")
            )
        return wq.Or([wq.Term(q.fieldname, w) for w in words], boost=q.boost)


def _collect_highlights(q: wq.Query, result: QueryPlan) -> None:
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        _collect_highlights(q.a, result)
        return
    if isinstance(q, ExactPhrase):
        result.phrases.setdefault(q.fieldname, []).append((tuple(q.words), tuple(q.offsets)))
        return
    if isinstance(q, wq.Term):
        text = q.text.decode("utf-8") if isinstance(q.text, bytes) else q.text
        result.terms.setdefault(q.fieldname, set()).add(text)
        return
    if not q.is_leaf():
        for child in q.children():
            _collect_highlights(child, result)
