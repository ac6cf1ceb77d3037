"""Denials that carry no denial word: the accused party asserting the opposite of the allegation.

"Kestrel Agrochem said its plant had operated within its permit at all times" denies a spill
without saying "deny". A sentence counts only when a rebuttal phrase meets a party the article is
about: the speaker talks about itself ("its plant", "we"), or the one spoken for is named in other
sentences of the article (the bank speaking for a governor the article accuses).
"""

from __future__ import annotations

import re

from workbench.assist.sources import normalise


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STRONG = re.compile(
    r"\bat\s+all\s+times\b|\bno\s+knowledge\b|\bnot\s+(?:been\s+|in\s+any\s+way\s+)?involved\b"
    r"|\bno\s+involvement\b|\blegitimate(?:ly)?\b|\bnothing\s+to\s+do\s+with\b"
    r"|\bno\s+(?:part|role)\s+in\b|\bfully\s+compl(?:ied|ies|y|iant)\b"
    r"|\bcategorical(?:ly)?\b|\bfalse\b|\binaccurate\b|\bmisleading\b|\bincorrect\b"
    r"|\b(?:has|have|had)\s+always\s+\w+"
    r"|\bno\s+wrongdoing\b|\b(?:acted|operated)\s+(?:lawfully|legally|properly|within)"
    r"|\bin\s+(?:full\s+)?(?:compliance|accordance)\s+with\b|\bwithin\s+(?:the\s+law|its\s+permit"
    r"|the\s+rules|its\s+licen[cs]e|legal\s+limits)",
    re.IGNORECASE,
)
_NEVER = re.compile(r"\bnever\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|no|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)
_SELF = re.compile(
    r"^(?:its|it|our|we|us|his|he|her|she|their|they|i|my|the\s+(?:company|firm|bank|group"
    r"|plant|cooperative|ministry|council|authority|government|agency|board|club|party"
    r"|organisation|organization|union|family))\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"^(?:said|says|told|tells|added|adds|insisted|insists|maintained|maintains|stated|states"
    r"|stressed|stresses|argued|argues|wrote|writes|responded|replied|countered|asserted"
    r"|asserts|explained|according\s+to)$",
    re.IGNORECASE,
)
_GENERIC = _words(
    """spokesman spokeswoman spokesperson for of statement lawyer lawyers representative company
    firm said its his her their a an"""
)
_AUXILIARIES = _words("had has have was were is are did would could will")
# "the report was misleading": a verdict on the allegation itself
_ALLEGATION = re.compile(
    r"^(?:the|these|those|such|this|that)\s+(?:\w+\s+)?(?:reports?|allegations?|claims?"
    r"|accusations?|story|stories|article|suggestions?|figures)\b",
    re.IGNORECASE,
)


def is_rebuttal(claim: str, speaker: str | None, cue: str, article: str, sentence: str) -> bool:
    """Whether an attributed assertion is the accused party answering the allegation."""
    cue = " ".join(cue.lower().split()[-2:])
    if not speaker or not (_SPEECH.match(cue) or _SPEECH.match(cue.split()[-1] if cue else "")):
        return False
    claim = claim.strip().strip("\"“”'’").strip()
    strong = next(
        (m for m in _STRONG.finditer(claim) if not _NEGATED.search(claim[: m.start()])), None
    )
    never = _NEVER.search(claim)
    if strong is None and never is None:
        return False
    if _SELF.match(claim) or (strong is not None and _ALLEGATION.match(claim)):
        return True
    if strong is None:
        return False
    elsewhere = article.replace(sentence, " ")
    return _named_elsewhere(speaker, elsewhere) or _named_elsewhere(_subject(claim), elsewhere)


def _subject(claim: str) -> str:
    """The claim's opening noun phrase: its capitalised name, or up to its first verb-like word."""
    words = re.findall(r"[\w'’\-]+", claim)[:6]
    name = words[: next((i for i, w in enumerate(words) if not w[:1].isupper()), 6)]
    if name and name[0].lower() not in ("the", "a", "an"):
        return " ".join(name)
    head: list[str] = []
    for word in words:
        if word.lower() in _AUXILIARIES or (head and word.endswith("ed")):
            break
        head.append(word)
    return " ".join(head)


def _named_elsewhere(name: str, text: str) -> bool:
    words = [w for w in normalise(name).split() if w not in _GENERIC and len(w) > 2]
    if not words:
        return False
    lowered = normalise(text)
    return all(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words)
