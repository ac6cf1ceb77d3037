"""Headlines and other unpunctuated lines: which of them state a claim.

Outlets state claims most plainly in headlines, which carry no full stop, are often in Title Case
and can be three words long. A line counts as a headline when it is the article's title, the only
line of the text, or a line of four words or more with something verb-like in it ("Singer to star
in new biopic", "Government offers border land"). Lines above the title (menus, links to other
stories), section labels ("Middle East", "Iranian exile") and caption credits are left out.
"""

from __future__ import annotations

import re

from workbench.assist.sources import is_arabic


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TERMINAL = ".!\"'”’»):"
_VERBISH = _words(
    """is are was were be been being has have had will would can could may might must shall should
    says said say tells told gets got takes took makes made gives gave wins won sees saw finds
    found leaves left hits hit sets set puts put cuts cut falls fell rises rose faces faced
    keeps kept runs ran comes came goes went buys bought sells sold seeks sought brings brought
    holds held meets met pays paid sends sent spends spent wants needs plans plan warns vows
    urges backs slams blasts denies admits confirms reveals claims dies killed dead arrested
    jailed banned sues"""
)
_NOT_VERBS = _words(
    """news us its this his hers yours ours theirs was gas bus plus thus analysis crisis series
    species basis status census chaos corps physics politics economics ethics mass class press
    across less unless always perhaps"""
)
_FURNITURE = re.compile(
    r"^(?:(?:read|see)\s+(?:more|also)|related|advertisement|sponsored|share|follow\s+us|subscribe"
    r"|sign\s+up|comments?|photo|image|credit|getty\s*images|copyright|all\s+rights|skip\s+to"
    r"|listen\s+(?:to|live|now)|watch\s+(?:live|now)|by\s+[A-Z]|(?:published|posted|updated|last"
    r"\s+updated|first\s+published)\b|analysis\s+by|opinion\s+by)"
    r"|\|.*\|",
    re.IGNORECASE,
)
_WH_LABEL = re.compile(r"^(?:what|why|how|where|when|who|here's|here\s+is)\b", re.IGNORECASE)
_ANCHOR = re.compile(r"(?<=\s)(?:[A-Z][\w'’\-]+|\d[\d.,]*)")
_CREDIT_END = re.compile(r"\((?:[^()]{2,40})\)\s*$")
_LABEL_PREFIX = re.compile(
    r"^\s*(?:watch|video|see\s+it|exclusive|breaking(?:\s+news)?|update[d]?|report|live|photos?"
    r"|opinion|analysis|debunk|fact\s+check|just\s+in|update\s+\d+|تقرير|عاجل|فيديو|بالفيديو|بالصور)\s*[:|\-–—]\s*",
    re.IGNORECASE,
)
_LABEL_SUFFIX = re.compile(
    r"\s*(?:[:|\-–—]\s*(?:report|reports|video|photos?|updated?|live|newspaper|paper|media|sources?"
    r"|agency|tv)|\((?:video|photos?|updated?)\)"
    r"|\b(?:updated?|video)\b)\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’\-]+")


class Layout:
    """Where an article's headline lines are, so each sentence span can ask whether it is one."""

    def __init__(self, text: str, spans: list[tuple[int, int]], title: str | None) -> None:
        self.text = text
        lines = [(s, e) for s, e in spans if _whole_line(text, s, e)]
        self._lines = set(lines)
        self._single = len(text.strip().splitlines()) == 1 and len(spans) >= 1
        self._title_start = self._find_title(lines, title)
        prose = [s for s, e in spans if _prose(text[s:e])]
        self._last_prose = prose[-1] if prose else None

    def headline(self, start: int, end: int) -> bool | None:
        """True: a headline that states a claim; False: a line to leave out; None: not a
        headline line (prose is read as prose)."""
        line = self.text[start:end]
        if self._single and not _prose(line):
            return len(_WORD.findall(line)) >= 2
        if (start, end) not in self._lines:
            return None
        if self._title_start is not None and start < self._title_start:
            return False if not _prose(line) else None
        if start == self._title_start:
            return True
        if _prose(line):
            return None
        if _FURNITURE.search(line) or _CREDIT_END.search(line) or _WH_LABEL.match(line):
            return False
        if self._last_prose is not None and start > self._last_prose:
            return False  # links to other stories below the article
        words = _WORD.findall(line)
        if is_arabic(line):
            return len(words) >= 4
        return len(words) >= 5 and _verbish(words) and bool(_ANCHOR.search(line))

    def _find_title(self, lines: list[tuple[int, int]], title: str | None) -> int | None:
        wanted = _squash(title.rstrip("…").strip()) if title else ""
        if wanted:
            for start, end in lines:
                line = _squash(self.text[start:end])
                if line and (line == wanted or (len(wanted) > 20 and line.startswith(wanted))):
                    return start if not _prose(self.text[start:end]) else None
        for start, end in lines[:3]:
            line = self.text[start:end]
            if _prose(line):
                return None
            words = _WORD.findall(line)
            if (
                len(words) >= 3
                and not _FURNITURE.search(line)
                and (is_arabic(line) or _verbish(words))
            ):
                return start
        return None


def claim_wording(headline: str) -> str:
    """A headline as a claim: without "WATCH:", ": Report", "(VIDEO)" and similar labels."""
    text = headline.strip()
    for _ in range(2):
        text = _LABEL_PREFIX.sub("", text)
        text = _LABEL_SUFFIX.sub("", text).strip()
    return text or headline.strip()


def _prose(line: str) -> bool:
    stripped = line.rstrip()
    return bool(stripped) and stripped[-1] in _TERMINAL and len(_WORD.findall(line)) >= 5


def _whole_line(text: str, start: int, end: int) -> bool:
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    head = text[before + 1 : start]
    tail = text[end : after if after >= 0 else len(text)]
    return not head.strip() and not tail.strip()


def _verbish(words: list[str]) -> bool:
    lowered = [w.lower().replace("’", "'") for w in words]
    for i, word in enumerate(lowered):
        if word in _VERBISH:
            return True
        if word == "to" and 0 < i < len(lowered) - 1 and _infinitive(words[i + 1]):
            return True
        if word in _NOT_VERBS or len(word) <= 3 or word.isdigit():
            continue
        if word.endswith(("ed", "ing")):
            return True
        if word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and i > 0:
            return True
    return False


def _infinitive(word: str) -> bool:
    """ "Singer to star": a lower-case word after "to" that is no article or number."""
    return word.lower() not in _DETERMINERS and word[:1].islower() and not word[:1].isdigit()


_DETERMINERS = _words("the a an his her its their this that these those")


def _squash(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())
