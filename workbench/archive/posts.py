"""Pasted posts made searchable: links dropped, handles and hashtags turned back into words.

People paste what they saw: a post with its links, @handles, #hashtags, quote marks, emoji and the
"— Name (@handle) March 3, 2031" line an embedded post carries. Handles and hashtags often name the
very person or subject a claim is about ("@MayorHalden", "#DamCollapse"), so they are split into
words rather than dropped; links and picture addresses never help and go.
"""

from __future__ import annotations

import re
from datetime import date

_LINK = re.compile(r"(?:https?://|www\.)\S+|pic\.twitter\.com/\S+|\b\w+\.\w{2,3}/\S+", re.I)
_TAG = re.compile(r"[#@]([^\W_][\w]*)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])|_")
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTH_NAMES = tuple(_MONTH_NAMES.split())
_MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
_SIGNED = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\s*$", re.I)
_SPACE = re.compile(r"\s+")


def normalise_post(text: str) -> str:
    """The words of a pasted post: links gone, handles and hashtags split into words."""
    text = _LINK.sub(" ", text)
    text = _TAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    return _SPACE.sub(" ", text).strip()


def post_date(text: str) -> date | None:
    """The date an embedded post was signed with ("— Name (@handle) March 3, 2031"), if any."""
    found = _SIGNED.search(text.strip())
    if not found:
        return None
    month, day, year = found.groups()
    try:
        return date(int(year), _MONTHS[month.lower()], int(day))
    except ValueError:
        return None
