"""Arabic normalisation and light stemming, so spelling variants and clitics do not hide a match.

The normaliser follows the usual information-retrieval practice (as in Lucene's ArabicNormalizer):
diacritics and tatweel go, the alef/hamza forms fold to a bare alef, taa marbuta to haa and alef
maqsura to yaa. The stemmer is a Light10-style stemmer (Larkey et al.): it strips the conjunction
waw, the definite article with its attached prepositions and a short list of suffixes, never leaving
fewer than two letters. It is deliberately light: broken plurals and roots are out of its reach, but
it never conflates unrelated words the way root stemmers do.
"""

from __future__ import annotations

import re

# Harakat, Quranic annotation marks, superscript alef and tatweel: none of them changes the word.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

_FOLD = str.maketrans(
    {
        "\u0622": "\u0627",  # alef with madda
        "\u0623": "\u0627",  # alef with hamza above
        "\u0625": "\u0627",  # alef with hamza below
        "\u0671": "\u0627",  # alef wasla
        "\u0624": "\u0648",  # waw with hamza
        "\u0626": "\u064a",  # yaa with hamza
        "\u0629": "\u0647",  # taa marbuta -> haa
        "\u0649": "\u064a",  # alef maqsura -> yaa
        "\u06a9": "\u0643",  # Persian keheh -> kaf
        "\u06cc": "\u064a",  # Persian yeh -> yaa
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Extended Arabic-Indic digits
    }
)

_ARTICLES = ("\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644",
             "\u0644\u0644", "\u0627\u0644")  # وال بال كال فال لل ال  # fmt: skip
# Already normalised: taa marbuta appears as haa, so ة/ية become ه/يه.
_SUFFIXES = ("\u0647\u0627", "\u0627\u0646", "\u0627\u062a", "\u0648\u0646", "\u064a\u0646",
             "\u064a\u0647", "\u0647", "\u064a")  # ها ان ات ون ين يه ه ي  # fmt: skip
_WAW = "\u0648"

ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def normalise_arabic(word: str) -> str:
    """The word with diacritics and tatweel removed and letter variants folded."""
    return _DROP.sub("", word).translate(_FOLD)


def light_stem(word: str) -> str:
    """Strip the conjunction waw, the definite article and common suffixes (normalised input)."""
    if len(word) > 3 and word.startswith(_WAW):
        word = word[1:]
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article) :]
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


# Function words that would only slow searches down; kept in normalised form.
_ARABIC_STOP_TEXT = (
    "في من إلى على عن أن إن أو ثم هذا هذه ذلك تلك التي الذي الذين كان كانت قد لا ما لم لن"
    " مع بين عند كل بعد قبل حتى إذا هو هي هم نحن أنا أي و ب ل ك ف"
)
ARABIC_STOP_WORDS = frozenset(normalise_arabic(w) for w in _ARABIC_STOP_TEXT.split())
