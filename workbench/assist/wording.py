"""Word-level normalisation shared by claim grouping and relay detection."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[\w\-]+", re.UNICODE)
STOPWORDS = _words(
    """a an the and or but of to in on at by for from with as is are was were be been being has have
    had it its this that these those their there they he she his her we our you your i not no which
    who whom what when where while also than then so such into over about after before since until
    said says say told according reported report reports citing quoted saying would could should
    will may might can did do does just only more most some any all other its it's
    في من على إلى الى عن أن إن التي الذي ما مع هذا هذه ذلك كان قد لا و"""
)
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "dozen": "12",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "hundred": "100",
}
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def stem(word: str) -> str:
    """A light suffix strip, enough to let "launchers"/"launcher" and "shipped"/"ships" meet."""
    if len(word) <= 4 or not word.isascii():
        return word
    for suffix in ("ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed content words of `text`, with number words as digits."""
    result: list[str] = []
    for match in _WORD.finditer(text.translate(_ARABIC_DIGITS).lower()):
        word = match.group().strip("-_")
        if not word or word in STOPWORDS:
            continue
        word = _NUMBER_WORDS.get(word, word)
        result.append(stem(word))
    return result


def anchors(text: str) -> set[str]:
    """Names and numbers: the words that make two claims about the same thing rather than alike."""
    found: set[str] = set()
    for match in re.finditer(r"\b(?:[A-Z][\w\-]+|\d[\d.,]*)", text.translate(_ARABIC_DIGITS)):
        word = match.group().lower().rstrip(".,")
        if word not in STOPWORDS and match.start() > 0:
            found.add(stem(word))
    return found
