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
from workbench.assist.grouping import ClaimGroup, words_of
from workbench.assist.sources import normalise, same_actor
from workbench.core.records import ArticleRecord
from workbench.core.vocabulary import SourceKind, Status

_UNNAMED = "unnamed reports"
_MIN_WORDS, _MAX_WORDS = 6, 40
_FRAGMENT_START = re.compile(r"^(?:[a-z]|and\b|but\b|or\b|as\b|that\b|which\b|who\b)", re.UNICODE)


def shape(groups: Sequence[ClaimGroup], articles: Sequence[ArticleRecord]) -> list[ClaimGroup]:
    """Attach answers that name no claim to the claim they answer, then read each group's
    structure; groups that are only such answers disappear into the claim they answer."""
    by_id = {a.id: a for a in articles}
    main = _main_claim(groups)
    kept: list[ClaimGroup] = []
    attached: list[tuple[int, Candidate]] = []
    for group in groups:
        if main is not None and group is not main and _answers_the_report(group, main):
            attached.extend(group.members)
        else:
            kept.append(group)
    shaped = []
    for group in kept:
        if group is main and attached:
            members = tuple(sorted((*group.members, *attached), key=lambda m: (m[0], m[1].start)))
            group = replace(group, members=members)
        shaped.append(_structured(group, by_id))
    shaped.sort(key=lambda g: (-len(g.article_ids), g.members[0][0], g.members[0][1].start))
    return shaped


def _main_claim(groups: Sequence[ClaimGroup]) -> ClaimGroup | None:
    carried = [g for g in groups if any(c.stance in (ASSERTS, RELAYS) for _, c in g.members)]
    if not carried:
        return None
    return max(carried, key=lambda g: (len(g.article_ids), len(g.members)))


def _answers_the_report(group: ClaimGroup, main: ClaimGroup) -> bool:
    """Every passage of the group denies or declines, and about "the report", not a claim of its
    own that overlaps another group's."""
    if not all(c.stance in (DENIES, NO_COMMENT) for _, c in group.members):
        return False
    main_words = set().union(*(words_of(c.claim) for _, c in main.members))
    for _, candidate in group.members:
        if REFERENCE.search(candidate.sentence):
            continue
        own = words_of(candidate.claim)
        if own and len(own & main_words) / len(own) >= 0.2:
            continue
        return False
    return True


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
    text = text[0].upper() + text[1:] if text else text
    return text.rstrip(",;:") if text.endswith((",", ";", ":")) else text
