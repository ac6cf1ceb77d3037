"""A case as a short list of claims: each group's wording, origin, relays, denials and refusals.

Denials of "the report" or "these claims" name no claim: they are attached to the claim the case
carries most (the report they answer). A refusal to comment goes the same way. The origin is the
first outlet or source to report the claim: the earliest article of the case that states it
first-hand, else the outlet its relays cite, marked "not in the case" when no article of it is here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from workbench.assist.answers import REFERENCE
from workbench.assist.candidates import ASSERTS, DENIES, NO_COMMENT, RELAYS, Candidate
from workbench.assist.contradiction import contradicts
from workbench.assist.grouping import ClaimGroup, rarity, words_of
from workbench.assist.sources import normalise, same_actor
from workbench.core.records import ArticleRecord
from workbench.core.vocabulary import SourceKind, Status

_UNNAMED = "unnamed reports"
_MIN_WORDS, _MAX_WORDS = 6, 40
# the wording states the claim; who says so is the claim's source, not part of its text
_ATTRIBUTION_TAIL = re.compile(r",?\s+(?:according\s+to|citing|as\s+reported\s+by)\s+[^,]+$", re.I)
_HEDGE_LEAD = re.compile(
    r"^(?:it\s+(?:has|had)\s+been\s+(?:reported|claimed|alleged|said)|reports\s+say|"
    r"(?:the\s+)?report(?:s|ed)?\s+(?:say|says|said|claim|claims))\s+that\s+",
    re.I,
)
_FRAGMENT_START = re.compile(r"^(?:[a-z]|and\b|but\b|or\b|as\b|that\b|which\b|who\b)", re.UNICODE)


def shape(groups: Sequence[ClaimGroup], articles: Sequence[ArticleRecord]) -> list[ClaimGroup]:
    """Attach denials and refusals to the claim they answer, then read each group's structure."""
    by_id = {a.id: a for a in articles}
    carried = [g for g in groups if any(c.stance in (ASSERTS, RELAYS) for _, c in g.members)]
    answers = [g for g in groups if g not in carried]
    main = max(carried, key=lambda g: (len(g.article_ids), len(g.members)), default=None)
    weights = _rarity([c for g in groups for _, c in g.members])
    extra: dict[int, list[tuple[int, Candidate]]] = {id(g): [] for g in carried}
    kept = list(carried)
    vocabulary = {
        id(g): frozenset().union(*(words_of(c.claim) for _, c in g.members)) for g in carried
    }
    for group in answers:
        target = _answered(group, carried, main, weights, vocabulary)
        if target is None:
            kept.append(group)
        else:
            extra[id(target)].extend(group.members)
    shaped = []
    for group in kept:
        more = extra.get(id(group))
        if more:
            members = tuple(sorted((*group.members, *more), key=lambda m: (m[0], m[1].start)))
            group = replace(group, members=members)
        shaped.append(_structured(_relayed_sources(_turned_round(group, by_id)), by_id))
    shaped.sort(key=lambda g: (-len(g.article_ids), g.members[0][0], g.members[0][1].start))
    return shaped


_ATTACH = 0.25
_ATTACH_AT_HOME = 0.1


def _rarity(candidates: Sequence[Candidate]) -> dict[str, float]:
    return rarity([words_of(c.claim) for c in candidates])


def _answered(
    group: ClaimGroup,
    carried: Sequence[ClaimGroup],
    main: ClaimGroup | None,
    weights: dict[str, float],
    vocabulary: dict[int, frozenset[str]],
) -> ClaimGroup | None:
    """The claim a group of denials or refusals answers: the one its words point to most, else,
    for an answer to "the report", the claim its own article carries most, else the case's."""
    own = set().union(*(words_of(c.claim) for _, c in group.members))
    total = sum(weights.get(w, 0.0) for w in own)
    best, best_score = None, 0.0
    for other in carried:
        theirs = vocabulary[id(other)]
        score = sum(weights.get(w, 0.0) for w in own & theirs) / total if total else 0.0
        if score > best_score:
            best, best_score = other, score
    if best is not None and best_score >= _ATTACH:
        return best
    article = group.members[0][0]
    in_article = [g for g in carried if article in g.article_ids]
    home = (
        max(
            in_article,
            key=lambda g: (sum(1 for a, _ in g.members if a == article), len(g.article_ids)),
        )
        if in_article
        else main
    )
    if any(REFERENCE.search(c.sentence) or c.stance == NO_COMMENT for _, c in group.members):
        return home  # "the report", "declined to comment": what the article is about
    if home is not None and home is best and best_score >= _ATTACH_AT_HOME:
        return home  # a denial that shares a name with what its own article reports
    return None


_SHORT = 30


def _turned_round(group: ClaimGroup, articles: dict[int, ArticleRecord]) -> ClaimGroup:
    """Passages that say the opposite of the claim's first statement deny it."""
    carriers = [m for m in group.members if m[1].stance in (ASSERTS, RELAYS)]
    if len(group.members) < 2 or not carriers:
        return group

    def when(member: tuple[int, Candidate]) -> tuple:
        record = articles.get(member[0])
        published = record.published if record else None
        return (published is None, published or 0, member[0], member[1].start)

    lead = min(carriers, key=when)[1]
    if len(lead.claim.split()) > _SHORT:
        return group
    members = []
    for article_id, candidate in group.members:
        if (
            candidate is not lead
            and candidate.stance in (ASSERTS, RELAYS)
            and len(candidate.claim.split()) <= _SHORT
            and contradicts(lead.claim, candidate.claim)
        ):
            candidate = replace(
                candidate,
                stance=DENIES,
                suggested_status=Status.DENIED,
                reason=f"says the opposite of: {lead.claim}",
            )
        members.append((article_id, candidate))
    return replace(group, members=tuple(members))


def _relayed_sources(group: ClaimGroup) -> ClaimGroup:
    """An article that relays another outlet's report of the claim passes on that outlet's
    unnamed sources too: "according to sources familiar with the matter" is the relay, not a
    first-hand source of its own."""
    cited: dict[int, str] = {}
    for article_id, candidate in group.members:
        if candidate.stance == RELAYS and candidate.source_kind is SourceKind.OUTLET:
            cited.setdefault(article_id, _canonical(candidate.source or ""))
    members = []
    for article_id, candidate in group.members:
        outlet = cited.get(article_id)
        if (
            outlet
            and candidate.stance == ASSERTS
            and candidate.source_kind in (SourceKind.ANONYMOUS, SourceKind.OTHER)
        ):
            candidate = replace(
                candidate,
                stance=RELAYS,
                source=outlet,
                source_kind=SourceKind.OUTLET,
                suggested_status=Status.RELAYED,
                reason=f"the article relays {outlet}, whose sources these are",
            )
        members.append((article_id, candidate))
    return replace(group, members=tuple(members))


def _structured(group: ClaimGroup, articles: dict[int, ArticleRecord]) -> ClaimGroup:
    relays: list[tuple[int, str | None]] = []
    denials: list[tuple[int, str | None]] = []
    refusals: list[tuple[int, str | None]] = []
    first_hand: list[int] = []
    cited: Counter[str] = Counter()
    for article_id, candidate in group.members:
        if candidate.stance == DENIES:
            _add_once(denials, article_id, candidate.source)
        elif candidate.stance == NO_COMMENT:
            _add_once(refusals, article_id, candidate.source)
        elif candidate.stance == RELAYS:
            named = candidate.source if candidate.source != _UNNAMED else None
            if candidate.source and candidate.source_kind is SourceKind.OUTLET:
                named = _canonical(candidate.source)
            _add_relay(relays, article_id, named)
            if candidate.source and candidate.source_kind is SourceKind.OUTLET:
                cited[_canonical(candidate.source)] += 1
        elif candidate.stance == ASSERTS:
            first_hand.append(article_id)
    origin, origin_article = _origin(group, articles, first_hand, cited)
    # an article that states the claim first-hand somewhere and relays it elsewhere is no relay
    relays = [(a, cites) for a, cites in relays if a not in first_hand or a != origin_article]
    status, reason = _verdict(origin, origin_article, relays, denials, first_hand, group)
    return replace(
        group,
        representative=_wording(group),
        origin=origin,
        origin_article=origin_article,
        relays=tuple(relays),
        denials=tuple(denials),
        refusals=tuple(refusals),
        status=status,
        reason=reason,
    )


def _add_relay(items: list[tuple[int, str | None]], article_id: int, cites: str | None) -> None:
    """One relay per article, citing a named outlet when any of its passages names one."""
    for pos, (other, named) in enumerate(items):
        if other == article_id:
            if named is None and cites is not None:
                items[pos] = (article_id, cites)
            return
    items.append((article_id, cites))


def _add_once(items: list[tuple[int, str | None]], article_id: int, who: str | None) -> None:
    if not any(a == article_id and same_actor(w, who) for a, w in items) and (
        (article_id, who) not in items
    ):
        items.append((article_id, who))


def _canonical(name: str) -> str:
    """ "a report from the Guardian", "The British newspaper The Guardian" -> "the Guardian"."""
    text = re.sub(
        r"^(?:an?\s+)?(?:report|story|article|investigation)s?\s+(?:from|by|in)\s+", "", name
    )
    text = re.sub(
        r"^(?:the\s+)?(?:\w+\s+)?(?:newspaper|daily|paper|agency|outlet|website)\s+",
        "",
        text,
        flags=re.I,
    )
    text = text.strip(" \"'“”")
    words = normalise(text).split()
    if not words:
        return name
    return "the " + text.split(" ", 1)[-1] if text.lower().startswith("the ") else text


def _origin(
    group: ClaimGroup,
    articles: dict[int, ArticleRecord],
    first_hand: list[int],
    cited: Counter[str],
) -> tuple[str | None, int | None]:
    if cited:
        name = _most_cited(cited)
        own = [a for a in articles.values() if a.outlet and same_actor(a.outlet, name)]
        if own:
            earliest = min(own, key=lambda a: (a.published is None, a.published or 0, a.id))
            return earliest.outlet, earliest.id
        return name, None
    if first_hand:
        dated = sorted(
            set(first_hand),
            key=lambda a: (
                articles[a].published is None if a in articles else True,
                articles[a].published or 0 if a in articles else 0,
                a,
            ),
        )
        first = dated[0]
        record = articles.get(first)
        source = next(
            (c.source for a, c in group.members if a == first and c.stance == ASSERTS), None
        )
        label = (record.outlet if record and record.outlet else None) or source
        return label, first
    return None, None


def _most_cited(cited: Counter[str]) -> str:
    """The outlet named most often, merging "the Guardian" with "The Guardian" and longer forms."""
    merged: Counter[str] = Counter()
    names: dict[str, str] = {}
    for name, count in cited.items():
        key = next((k for k in merged if same_actor(k, name)), name)
        merged[key] += count
        if len(name) < len(names.get(key, name + "x")):
            names[key] = name
    best = max(merged, key=lambda k: (merged[k], -len(k)))
    return names.get(best, best)


def _verdict(
    origin: str | None,
    origin_article: int | None,
    relays: list[tuple[int, str | None]],
    denials: list[tuple[int, str | None]],
    first_hand: list[int],
    group: ClaimGroup,
) -> tuple[Status, str]:
    parts = []
    if origin:
        parts.append(
            f"first reported by {origin}" + ("" if origin_article else " (not in the case)")
        )
    if relays:
        parts.append(f"relayed by {len({a for a, _ in relays})} article(s)")
    deniers = [who for _, who in denials if who]
    if deniers:
        parts.append("denied by " + ", ".join(dict.fromkeys(deniers)))
    reason = "; ".join(parts) or group.reason
    if deniers:
        return Status.DENIED, reason
    if first_hand and origin_article is not None:
        lead = next((c for _, c in group.members if c.stance == ASSERTS), None)
        if lead is not None and lead.source and lead.source != _UNNAMED:
            return Status.SOURCED, reason
        return Status.UNVERIFIED, reason
    if relays and origin:
        return Status.RELAYED, reason
    return Status.UNVERIFIED, reason


def _wording(group: ClaimGroup) -> str:
    """The wording the user can accept as is: a full proposition from a passage that states the
    claim, preferring one most passages agree with."""
    options = [c for _, c in group.members if c.stance in (ASSERTS, RELAYS)] or [
        c for _, c in group.members
    ]
    sets = [words_of(c.claim) for c in options]

    def score(i: int) -> tuple[float, ...]:
        text = options[i].claim.strip()
        words = len(text.split())
        agreement = sum(
            len(sets[i] & other) / (len(sets[i] | other) or 1)
            for j, other in enumerate(sets)
            if j != i
        )
        complete = _MIN_WORDS <= words <= _MAX_WORDS and not _FRAGMENT_START.match(text)
        return (complete, agreement, -abs(words - 18))

    best = max(range(len(options)), key=score)
    text = options[best].claim.strip().strip("\"“”'").strip()
    text = _ATTRIBUTION_TAIL.sub("", _HEDGE_LEAD.sub("", text)).strip()
    text = text[0].upper() + text[1:] if text else text
    return text.rstrip(",;:. ") if text.endswith((",", ";", ":")) else text
