"""Words that tell how an outlet carries a claim: hedged reporting and debunking, in English.

"Reportedly", "is said to", a question headline: the outlet passes a claim on without taking a side.
"Hoax", "fake", "made up", "no evidence": the outlet or its source knocks the claim down. These are
cue features for the stance model and the rules' own reading of a sentence.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

HEDGE_EN = re.compile(
    r"\b(?:reportedly|allegedly|alleged|purported(?:ly)?|supposedly|apparently|unconfirmed"
    r"|rumou?r(?:s|ed)?|speculat\w*|(?:is|are|was|were)\s+(?:said|reported|believed|thought|rumou?red)"
    r"\s+to|may|might|could|possibl[ey]|claims?|claimed|according\s+to\s+(?:reports|a\s+report"
    r"|media|unnamed)|reports?\s+(?:say|suggest|claim)|sources?\s+say|it\s+is\s+claimed"
    r"|appears?\s+to|seems?\s+to|suggests?)\b",
    _I,
)
DEBUNK_EN = re.compile(
    r"\b(?:hoax\w*|fake[ds]?|faking|false(?:ly)?|untrue|not\s+true|debunk\w*|satir\w*"
    r"|made\s+(?:it\s+|this\s+|that\s+|the\s+\w+\s+)?up|fabricat\w*|bogus|myths?|nonsense|rubbish"
    r"|(?:probably|is|are|was|were)\s+lying|lies\b|scam|prank\w*|no\s+evidence|not\s+real"
    r"|put\s+(?:\w+\s+){0,3}to\s+rest|set(?:ting)?\s+the\s+record\s+straight|dismiss\w*\s+(?:\w+\s+)?"
    r"(?:rumou?rs?|reports?|claims?|speculation)|denie[sd]|deny(?:ing)?|refut\w*|rebut\w*|rejects?"
    r"|nope|isn't|aren't|wasn't|weren't|hasn't|haven't|didn't|doesn't|won't|not\s+(?:dead|arrested"
    r"|suspended|closed|banned|pregnant|true|real|happening|confirmed)|no,|exposed\s+as)\b",
    _I,
)
QUESTION = re.compile(r"\?\s*[\"”’']?\s*$")
SAYS_TAIL = re.compile(
    r"[,:]\s*(?:[\w'’.\-]+\s+){0,5}(?:says|said|claims|reports|tells|told|insists)\s*[.\"”’']?\s*$",
    _I,
)
REPORT_TAIL = re.compile(
    r"\s[-–—]\s?(?:report|reports|newspaper|paper|media|sources?|agency|tv)\s*$", _I
)
# Hedges that make a claim reported rather than stated, whatever else the line says.
STRONG_HEDGE_EN = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|unconfirmed|rumou?red|accused\s+of"
    r"|(?:is|are|was|were)\s+(?:said|reported|rumou?red|alleged)\s+to)\b",
    _I,
)
SHOW_TAIL = re.compile(
    r",\s+(?P<src>(?:[\w'’\-]+\s+){0,2}(?:documents|records|e-?mails|files|data|papers|figures"
    r"|messages|filings|images|footage|video|photos|satellite\s+images))\s+(?:show|shows|reveal"
    r"|reveals|suggest|suggests|indicate|indicates)\s*$",
    _I,
)
OUTLET_TAIL = re.compile(
    r"(?:,\s+|\s[-–—]\s?)(?P<src>(?:a\s+|the\s+)?(?:newspaper|paper|report|media|agency|tv"
    r"|broadcaster|daily))(?:\s+(?:says|said|reports))?\s*$",
    _I,
)
SOURCE_COLON = re.compile(r"^(?P<src>[^\W\d][\w'’.\- ]{1,38}):\s+\S")
NEGATION_START = re.compile(r"^(?:no|nope|not|sorry|debunk\w*|fact\s+check|false)\b", _I)


def hedged(text: str) -> bool:
    return any(p.search(text) for p in (HEDGE_EN, QUESTION, REPORT_TAIL))


# "her visa request was denied": a request refused, not a claim denied
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|got|gets|get)\s+(?:\w+ly\s+)?$", _I)


def debunks(text: str) -> bool:
    """A debunking word that is not a passive refusal ("her request was denied")."""
    return any(
        not (
            m.group().lower().startswith(("denie", "reject")) and PASSIVE.search(text[: m.start()])
        )
        for m in DEBUNK_EN.finditer(text)
    )
