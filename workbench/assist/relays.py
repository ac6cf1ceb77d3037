"""Who relayed whom: passages shared between articles, and articles that are near-copies of another.

Sentences are compared on their content words (stemmed, numbers as digits), measured as the share of
the shorter sentence found in the longer one, so a relay that trims or lightly rewords a passage
still
matches. Adjacent matching sentences are merged into one passage.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workbench.assist.sentences import split_sentences
from workbench.assist.wording import tokens
from workbench.core.records import ArticleRecord

PASSAGE_THRESHOLD = 0.6
COPY_THRESHOLD = 0.7
_MIN_WORDS = 5
_MIN_SHARED = 4
_COMMON_WORD_LIMIT = 400
_SENTENCE_END = ".!?؟\"'”’»)"


@dataclass(frozen=True)
class SharedPassage:
    """Text found in two articles; `earlier` is the article published first, when the dates say
    so."""

    article_a: int
    start_a: int
    end_a: int
    article_b: int
    start_b: int
    end_b: int
    similarity: float
    earlier: int | None

    def to_json(self) -> dict:
        return {
            "article_a": self.article_a,
            "span_a": [self.start_a, self.end_a],
            "article_b": self.article_b,
            "span_b": [self.start_b, self.end_b],
            "similarity": round(self.similarity, 3),
            "earlier": self.earlier,
        }


@dataclass(frozen=True)
class _Sentence:
    article: int  # position in the input sequence
    index: int
    start: int
    end: int
    words: frozenset[str]


def shared_passages(articles: Sequence[ArticleRecord]) -> list[SharedPassage]:
    """Passages that appear, verbatim or lightly reworded, in two different articles."""
    sentences = [s for pos, article in enumerate(articles) for s in _sentences(pos, article.text)]
    index: dict[str, list[int]] = defaultdict(list)
    for i, sentence in enumerate(sentences):
        for word in sentence.words:
            index[word].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        if len(members) > _COMMON_WORD_LIMIT:
            continue
        for a_pos, a in enumerate(members):
            article_a = sentences[a].article
            for b in members[a_pos + 1 :]:
                if sentences[b].article != article_a:
                    shared[(a, b)] += 1
    matches: dict[tuple[int, int], list[tuple[_Sentence, _Sentence, float]]] = defaultdict(list)
    for (a, b), count in shared.items():
        if count < _MIN_SHARED:
            continue
        first, second = sentences[a], sentences[b]
        score = count / min(len(first.words), len(second.words))
        if score >= PASSAGE_THRESHOLD:
            matches[(first.article, second.article)].append((first, second, score))
    passages: list[SharedPassage] = []
    for (pos_a, pos_b), pairs in matches.items():
        passages.extend(_merge(articles[pos_a], articles[pos_b], pairs))
    passages.sort(key=lambda p: (p.article_a, p.start_a, p.article_b, p.start_b))
    return passages


def near_copies(
    text: str, others: Iterable[tuple[int, str]], threshold: float = COPY_THRESHOLD
) -> list[tuple[int, float]]:
    """Other articles that `text` mostly repeats (or that mostly repeat it), best match first."""
    return near_copies_of_shingles(shingles(text), ((i, shingles(t)) for i, t in others), threshold)


def near_copies_of_shingles(
    mine: set[tuple[str, ...]],
    others: Iterable[tuple[int, set[tuple[str, ...]]]],
    threshold: float = COPY_THRESHOLD,
) -> list[tuple[int, float]]:
    """`near_copies` over shingle sets made once, for comparing every article of a case."""
    if not mine:
        return []
    found: list[tuple[int, float]] = []
    for other_id, theirs in others:
        if not theirs:
            continue
        score = len(mine & theirs) / min(len(mine), len(theirs))
        if score >= threshold:
            found.append((other_id, round(score, 3)))
    found.sort(key=lambda item: -item[1])
    return found


def shingles(text: str) -> set[tuple[str, ...]]:
    """Overlapping three-word runs of the text, lower-cased."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _sentences(position: int, text: str) -> list[_Sentence]:
    result: list[_Sentence] = []
    for index, (start, end) in enumerate(split_sentences(text)):
        sentence = text[start:end]
        if sentence[-1] not in _SENTENCE_END:
            continue  # headlines and captions sum up a story; any two on one story look alike
        words = frozenset(tokens(sentence))
        if len(words) >= _MIN_WORDS:
            result.append(_Sentence(position, index, start, end, words))
    return result


def _merge(
    first: ArticleRecord,
    second: ArticleRecord,
    pairs: list[tuple[_Sentence, _Sentence, float]],
) -> list[SharedPassage]:
    """Join matches whose sentences follow each other in both articles into one passage."""
    pairs.sort(key=lambda p: (p[0].index, p[1].index))
    runs: list[list[tuple[_Sentence, _Sentence, float]]] = []
    for pair in pairs:
        last = runs[-1][-1] if runs else None
        if (
            last
            and pair[0].index - last[0].index in (0, 1)
            and 0 < pair[1].index - last[1].index <= 2
        ):
            runs[-1].append(pair)
        else:
            runs.append([pair])
    earlier = _earlier(first, second)
    passages = []
    for run in runs:
        a_start, a_end = run[0][0].start, max(p[0].end for p in run)
        b_start, b_end = min(p[1].start for p in run), max(p[1].end for p in run)
        score = sum(p[2] for p in run) / len(run)
        if earlier == second.id:
            passages.append(
                SharedPassage(second.id, b_start, b_end, first.id, a_start, a_end, score, earlier)
            )
        else:
            passages.append(
                SharedPassage(first.id, a_start, a_end, second.id, b_start, b_end, score, earlier)
            )
    return passages


def _earlier(first: ArticleRecord, second: ArticleRecord) -> int | None:
    if first.published is None or second.published is None or first.published == second.published:
        return None
    return first.id if first.published < second.published else second.id
