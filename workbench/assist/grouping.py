"""The same claim across a case: passages from any article that state the same thing.

Every proposed passage can join a group, whether or not it carries an attribution cue. Passages are
compared on their content words weighted by how rare each word is in the case (a word every passage
shares says nothing about sameness), and grouped by average linkage: a passage joins a group when
it is, on average, close enough to every passage already in it, which keeps one story's headlines
together without chaining two stories through one shared name. The threshold was chosen on real
headlines grouped by the story they carry (`benchmarks/assistant_eval.py --corpora` prints the
figures under a fixed split).
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.assist.answers import REFERENCE
from workbench.assist.candidates import ASSERTS, DENIES, NO_COMMENT, Candidate
from workbench.assist.wording import STOPWORDS, tokens
from workbench.core.vocabulary import Status

THRESHOLD = 0.1
STRAY_THRESHOLD = 0.3
# Rarity means little in a case of a few passages: the pseudo-count keeps small cases close to
# plain word overlap and leaves large ones as they are.
_PSEUDO_COUNT = 20
_COMMON_WORD = 200
_AR_PREFIX = re.compile(r"^(?:وال|بال|فال|كال|لل|ال|و|ف|ب)(?=\w{3,})")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ـ": None})


@dataclass(frozen=True)
class ClaimGroup:
    """One proposed claim: its wording, every (article id, candidate) carrying it, and what the
    assistant reads of its structure (filled in by `workbench.assist.proposals`)."""

    representative: str
    members: tuple[tuple[int, Candidate], ...]
    origin: str | None = None
    origin_article: int | None = None  # the case's article of the origin, if it has one
    relays: tuple[tuple[int, str | None], ...] = ()  # (article id, whom it cites)
    denials: tuple[tuple[int, str | None], ...] = ()  # (article id, who denies)
    refusals: tuple[tuple[int, str | None], ...] = ()  # (article id, who declined)
    status: Status | None = None
    reason: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def article_ids(self) -> list[int]:
        return sorted({article_id for article_id, _ in self.members})

    def to_json(self) -> dict:
        return {
            "claim": self.representative,
            "representative": self.representative,
            "status": self.status.value if self.status else None,
            "reason": self.reason,
            "origin": self.origin,
            "origin_in_case": self.origin_article is not None,
            "origin_article": self.origin_article,
            "relays": [{"article_id": a, "cites": cites} for a, cites in self.relays],
            "denials": [{"article_id": a, "by": who} for a, who in self.denials],
            "refusals": [{"article_id": a, "by": who} for a, who in self.refusals],
            "notes": list(self.notes),
            "members": [
                {"article_id": article_id, **candidate.to_json()}
                for article_id, candidate in self.members
            ],
        }


_LATIN_SOUNDS = [
    ("ph", "f"),
    ("sh", "s"),
    ("th", "t"),
    ("kh", "k"),
    ("gh", "k"),
    ("ch", "s"),
    ("ck", "k"),
    ("x", "ks"),
    ("q", "k"),
    ("g", "k"),
    ("j", "k"),
    ("c", "k"),
    ("v", "f"),
    ("p", "b"),
    ("z", "s"),
]
_ARABIC_SOUNDS = str.maketrans(
    {
        "ب": "b",
        "پ": "b",
        "ت": "t",
        "ط": "t",
        "ث": "s",
        "ج": "k",
        "خ": "k",
        "د": "d",
        "ذ": "d",
        "ض": "d",
        "ر": "r",
        "ز": "s",
        "س": "s",
        "ش": "s",
        "ص": "s",
        "ظ": "s",
        "غ": "k",
        "ف": "f",
        "ڤ": "f",
        "ق": "k",
        "ك": "k",
        "گ": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
    }
)
_SKELETON_MIN = 3


def skeleton(word: str) -> str | None:
    """The consonants of a name, in one alphabet for both scripts, so "Velmar" meets "فيلمار":
    the part of a name that survives transliteration."""
    if word.isascii():
        text = word.lower()
        for pair, sound in _LATIN_SOUNDS:
            text = text.replace(pair, sound)
        consonants = re.sub(r"[^bdfklmnrst]", "", text)
    else:
        consonants = re.sub(r"[^bdfklmnrst]", "", word.translate(_ARABIC_SOUNDS))
    consonants = re.sub(r"(.)\1+", r"\1", consonants)
    return "~" + consonants if len(consonants) >= _SKELETON_MIN else None


def names_of(text: str) -> set[str]:
    """Skeletons of the names in English text and of every Arabic word: what a translation keeps."""
    found = set()
    for match in re.finditer(r"[A-Z][\w'’\-]{3,}|[\u0600-\u06FF]{3,}", text):
        word = match.group()
        if word.isascii() and word.lower() in STOPWORDS:
            continue
        forms = [word]
        if not word.isascii():
            folded = word.translate(_AR_FOLD)
            forms = [folded, _AR_PREFIX.sub("", folded)]  # "فيلمار" is no "و" + "يلمار"
        for form in forms:
            for part in form.split("-"):
                shape = skeleton(part.removesuffix("'s").removesuffix("’s"))
                if shape:
                    found.add(shape)
    return found


@lru_cache(maxsize=65536)
def words_of(text: str) -> frozenset[str]:
    """Content words for comparing claims: hyphenated words split ("Iran-backed"), a final "e"
    dropped so "smuggle" meets "smuggled"; Arabic loses its article and clitics and is folded."""
    found = set()
    for token in tokens(text):
        for word in token.split("-"):
            if not word or word in STOPWORDS:
                continue
            if word.isascii():
                found.add(word[:-1] if len(word) > 4 and word.endswith("e") else word)
            else:
                found.add(_AR_PREFIX.sub("", word.translate(_AR_FOLD)))
    return frozenset(found)


def similarity_matrix(texts: Sequence[str]) -> dict[tuple[int, int], float]:
    """Cosine similarity of rarity-weighted word sets, for every pair that shares a word. Across
    scripts only the names' skeletons are compared: they are what a translation keeps."""
    arabic = [bool(re.search(r"[\u0600-\u06FF]", t)) for t in texts]
    same = _cosines([words_of(t) for t in texts])
    across = _cosines([names_of(t) for t in texts]) if any(arabic) and not all(arabic) else {}
    result = {pair: value for pair, value in same.items() if arabic[pair[0]] == arabic[pair[1]]}
    for pair, value in across.items():
        if arabic[pair[0]] != arabic[pair[1]]:
            result[pair] = value
    return result


def rarity(sets: Sequence[Set[str]]) -> dict[str, float]:
    """Each word's weight in a case: the fewer passages carry it, the more it says."""
    df = Counter(w for s in sets for w in s)
    return {w: math.log((len(sets) + _PSEUDO_COUNT) / (c + 0.5)) for w, c in df.items()}


def _cosines(sets: Sequence[Set[str]]) -> dict[tuple[int, int], float]:
    n = len(sets)
    idf = rarity(sets)
    norms = [math.sqrt(sum(idf[w] ** 2 for w in s)) or 1.0 for s in sets]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for w in s:
            postings[w].append(i)
    sums: dict[tuple[int, int], float] = defaultdict(float)
    common = max(_COMMON_WORD, n // 4)
    for w, members in postings.items():
        weight = idf[w] ** 2
        if weight <= 0 or len(members) > common:
            continue  # in most passages: a word that tells little, and costs most
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1 :]:
                sums[(a, b)] += weight
    return {(a, b): total / (norms[a] * norms[b]) for (a, b), total in sums.items()}


def cluster(texts: Sequence[str], threshold: float = THRESHOLD) -> list[list[int]]:
    """Average-linkage groups of `texts` (indices), merging while the average similarity between
    two groups is above `threshold`. Identical texts start as one group."""
    first_of: dict[str, int] = {}
    copies: dict[int, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        copies[first_of.setdefault(text, i)].append(i)
    unique = sorted(copies)
    sims = similarity_matrix([texts[i] for i in unique])
    size = {k: len(copies[i]) for k, i in enumerate(unique)}
    links: dict[int, dict[int, float]] = defaultdict(dict)  # summed similarity between groups
    for (a, b), value in sims.items():
        links[a][b] = links[b][a] = value * size[a] * size[b]
    heap = [(-value, a, b) for (a, b), value in sims.items() if value > threshold]
    heapq.heapify(heap)
    members: dict[int, list[int]] = {k: [k] for k in range(len(unique))}
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        current = links[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + negative) > 1e-12:
            continue  # stale: the groups changed since this pair was queued
        members[a].extend(members.pop(b))
        size[a] += size.pop(b)
        for other, value in links.pop(b).items():
            links[other].pop(b, None)
            if other == a:
                continue
            links[a][other] = links[a].get(other, 0.0) + value
            links[other][a] = links[a][other]
        links[a].pop(b, None)
        for other, value in links[a].items():
            average = value / (size[a] * size[other])
            if average > threshold:
                heapq.heappush(heap, (-average, min(a, other), max(a, other)))
    groups = [sorted(members_of) for members_of in members.values()]
    groups = _adopt_strays(groups, sims)
    return [sorted(i for k in group for i in copies[unique[k]]) for group in groups]


def _adopt_strays(groups: list[list[int]], sims: dict[tuple[int, int], float]) -> list[list[int]]:
    """A passage left alone joins the group of the passage it is closest to, when that one passage
    is plainly about the same thing (a long lead against a group of short headlines)."""
    owner = {i: g for g, members in enumerate(groups) for i in members}
    for g, members in enumerate(groups):
        if len(members) != 1:
            continue
        alone = members[0]
        best, best_value = None, STRAY_THRESHOLD
        for (a, b), value in sims.items():
            if alone in (a, b) and value >= best_value:
                other = b if a == alone else a
                if owner[other] != g:
                    best, best_value = other, value
        if best is not None:
            target = owner[best]
            groups[target].append(alone)
            owner[alone] = target
            members.clear()
    return [sorted(members) for members in groups if members]


def group_candidates(items: Sequence[tuple[int, Candidate]]) -> list[ClaimGroup]:
    """Group (article id, candidate) pairs into claims, the most carried first. Refusals to comment
    say nothing to match on and stay apart here; `proposals` attaches them to what they answer."""
    answers = {i for i, (_, c) in enumerate(items) if _answers_a_report(c)}
    matchable = [i for i in range(len(items)) if i not in answers]
    texts = [_text(items[i][1]) for i in matchable]
    groups = [[matchable[j] for j in group] for group in cluster(texts)]
    groups += [[i] for i in sorted(answers)]
    result = [_group(items, group) for group in groups]
    result.sort(key=lambda g: (-len(g.article_ids), g.members[0][0], g.members[0][1].start))
    return result


def _answers_a_report(candidate: Candidate) -> bool:
    """A refusal, or a denial of "the report": words shared with other claims are incidental."""
    if candidate.stance == NO_COMMENT:
        return True
    return candidate.stance == DENIES and bool(REFERENCE.search(candidate.sentence))


def _text(candidate: Candidate) -> str:
    return candidate.sentence


def _group(items: Sequence[tuple[int, Candidate]], indices: list[int]) -> ClaimGroup:
    ordered = sorted(indices, key=lambda i: (items[i][0], items[i][1].start))
    members = tuple(items[i] for i in ordered)
    lead = next((c for _, c in members if c.stance not in (DENIES, NO_COMMENT)), members[0][1])
    return ClaimGroup(lead.claim, members, status=lead.suggested_status, reason=lead.reason)


__all__ = ["ASSERTS", "THRESHOLD", "ClaimGroup", "cluster", "group_candidates", "words_of"]
