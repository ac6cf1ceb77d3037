"""The analyzer: stemming, accents, Arabic normalisation and light stemming, exact offsets."""

from __future__ import annotations

import unicodedata

import pytest

from workbench.search.analysis import analyze
from workbench.search.arabic import light_stem, normalise_arabic


def terms(text: str) -> list[str]:
    return [term for term, *_ in analyze(text)]


def test_english_inflections_share_a_stem() -> None:
    assert terms("smuggling")[0] == terms("smuggled")[0] == terms("smuggles")[0]


def test_stop_words_are_dropped_but_keep_their_position() -> None:
    tokens = analyze("the port of Ardan")
    assert [(term, pos) for term, pos, *_ in tokens] == [("port", 1), ("ardan", 3)]


def test_accents_fold_in_precomposed_and_decomposed_form() -> None:
    decomposed = unicodedata.normalize("NFD", "Montréal café")
    assert terms("Montréal café") == terms("montreal cafe") == terms(decomposed)


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("الشُّحْنَةُ", "الشحنة"),  # diacritics
        ("الـــمـيـناء", "الميناء"),  # tatweel
        ("أعلنت", "اعلنت"),  # alef with hamza above
        ("إدارة", "ادارة"),  # alef with hamza below
        ("آخر", "اخر"),  # alef with madda
        ("مدرسة", "مدرسه"),  # taa marbuta / haa
        ("مستشفى", "مستشفي"),  # alef maqsura / yaa
    ],
)
def test_arabic_variants_normalise_alike(variant: str, plain: str) -> None:
    assert normalise_arabic(variant) == normalise_arabic(plain)
    assert terms(variant) == terms(plain)


@pytest.mark.parametrize(
    ("inflected", "bare"),
    [
        ("المعدات", "معدات"),  # article + feminine plural
        ("والصواريخ", "صواريخ"),  # conjunction + article
        ("بالميناء", "ميناء"),  # preposition + article
        ("مسلحون", "مسلح"),  # masculine plural
    ],
)
def test_arabic_light_stemming(inflected: str, bare: str) -> None:
    assert terms(inflected) == terms(bare)


def test_light_stem_never_leaves_fewer_than_two_letters() -> None:
    assert len(light_stem(normalise_arabic("وال"))) >= 2
    assert light_stem("ان") == "ان"


def test_offsets_point_into_the_original_arabic_with_diacritics() -> None:
    text = "قال: وَصَلَتِ الشُّحْنَةُ"
    spans = {term: (start, end) for term, _, start, end in analyze(text)}
    start, end = spans[terms("الشحنة")[0]]
    assert text[start:end] == "الشُّحْنَةُ"


def test_offsets_cover_decomposed_accents() -> None:
    text = "Le " + unicodedata.normalize("NFD", "café") + " ferme"
    (start, end) = next((s, e) for t, _, s, e in analyze(text) if t == "cafe")
    assert text[start:end] == unicodedata.normalize("NFD", "café")


def test_mixed_scripts_in_one_passage() -> None:
    assert terms("Veskaria فيسكاريا") == ["veskaria", "فيسكاريا"]
