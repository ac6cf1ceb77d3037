"""The same claim across a case: candidates from different articles that state the same thing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.assist.candidates import ASSERTS, NO_COMMENT, Candidate
from workbench.assist.wording import anchors, tokens

# Two wordings are one claim when their content words overlap this much and they share a name or
# number.
THRESHOLD = 0.3
_ANCHOR_WEIGHT = 2.0


@dataclass(frozen=True)
class ClaimGroup:
    """Mentions of one claim: a representative wording and every (article id, candidate) carrying
    it."""

    representative: str
    members: tuple[tuple[int, Candidate], ...]

    @property
    def article_ids(self) -> list[int]:
        return sorted({article_id for article_id, _ in self.members})

    def to_json(self) -> dict:
        return {
            "representative": self.representative,
            "members": [
                {"article_id": article_id, **candidate.to_json()}
                for article_id, candidate in self.members
            ],
        }


@dataclass(frozen=True)
class _Profile:
    words: frozenset[str]
    names: frozenset[str]


def group_candidates(items: Sequence[tuple[int, Candidate]]) -> list[ClaimGroup]:
    """Group (article id, candidate) pairs into claims, largest groups first."""
    profiles = [_profile(candidate) for _, candidate in items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[str, list[int]] = defaultdict(list)
    for i, profile in enumerate(profiles):
        if items[i][1].stance == NO_COMMENT:
            continue  # a refusal says nothing to match on; it stays a claim of its own
        for word in profile.words:
            index[word].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        if len(members) > 200:
            continue  # a word in most claims tells nothing about sameness
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1 :]:
                shared[(a, b)] += 1
    for (a, b), count in shared.items():
        if count < 2 or items[a][0] == items[b][0]:
            continue
        if similarity(profiles[a], profiles[b]) >= THRESHOLD:
            parent[find(a)] = find(b)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        clusters[find(i)].append(i)
    groups = [_group(items, profiles, members) for members in clusters.values()]
    groups.sort(key=lambda g: (-len(g.article_ids), g.members[0][0], g.members[0][1].start))
    return groups


def similarity(a: _Profile, b: _Profile) -> float:
    """Weighted overlap of content words, names and numbers counting double; 0 with no shared
    name."""
    if a.names and b.names and not a.names & b.names:
        return 0.0
    common = a.words & b.words
    union = a.words | b.words
    if not union:
        return 0.0
    weight = len(common) + (_ANCHOR_WEIGHT - 1) * len(a.names & b.names)
    total = len(union) + (_ANCHOR_WEIGHT - 1) * len(a.names | b.names)
    return weight / total


def _profile(candidate: Candidate) -> _Profile:
    words = frozenset(tokens(candidate.claim))
    names = frozenset(anchors(candidate.claim)) & words
    return _Profile(words, names)


def _group(
    items: Sequence[tuple[int, Candidate]], profiles: list[_Profile], members: list[int]
) -> ClaimGroup:
    def centrality(i: int) -> tuple[float, bool, int]:
        score = sum(similarity(profiles[i], profiles[j]) for j in members if j != i)
        return (score, items[i][1].stance == ASSERTS, -items[i][1].start)

    best = max(members, key=centrality)
    ordered = sorted(members, key=lambda i: (items[i][0], items[i][1].start))
    return ClaimGroup(items[best][1].claim, tuple(items[i] for i in ordered))
