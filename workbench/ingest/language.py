"""Guess an article's language cheaply: by script first, then by common function words."""

from __future__ import annotations

import re
import unicodedata

_SAMPLE_CHARS = 5000
_WORD = re.compile(r"[^\W\d_]+")

# Letters used by Persian and Urdu but not by Arabic: a few of them tip an Arabic-script text over.
_PERSIAN_LETTERS = frozenset("پچژگکی")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to in is that was for on with as by said it from at has have are were"
    ),
    "fr": _words("le la les des et est une dans que pour qui sur pas au aux du avec été"),
    "es": _words("el la los las de del y que en por una para con se su fue al como"),
    "de": _words("der die das und ist nicht mit den von zu ein eine auf dem sich des im"),
}
_MIN_HITS = 3


def detect_language(text: str) -> str:
    """Return "ar", "en", "fr", "es", "de", a few others by script, or "und" when unsure."""
    sample = text[:_SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return "und"
    script = _dominant_script(letters)
    if script == "ARABIC":
        persian = sum(1 for ch in letters if ch in _PERSIAN_LETTERS)
        return "fa" if persian / len(letters) > 0.01 else "ar"
    if script == "HEBREW":
        return "he"
    if script == "GREEK":
        return "el"
    if script != "LATIN":
        return "und"
    return _latin_language(sample)


def _dominant_script(letters: list[str]) -> str:
    counts: dict[str, int] = {}
    for ch in letters:
        # Basic Latin to Latin Extended-B skip the name lookup, which is slow.
        script = "LATIN" if ch < "\u0250" else unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]
        counts[script] = counts.get(script, 0) + 1
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count / len(letters) >= 0.5 else "MIXED"


def _latin_language(sample: str) -> str:
    words = [w.lower() for w in _WORD.findall(sample)]
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOP_WORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, best_hits), (_, second_hits) = ranked[0], ranked[1]
    if best_hits < _MIN_HITS or best_hits < 1.5 * second_hits:
        return "und"
    return best
