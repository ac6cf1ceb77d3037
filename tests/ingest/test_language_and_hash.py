"""Language guesses and the duplicate fingerprint."""

from __future__ import annotations

import unicodedata

import pytest

from tests.fixtures.builders import demo_articles
from workbench.ingest import content_hash, detect_language


@pytest.mark.parametrize("article", demo_articles(), ids=lambda a: a.stem)
def test_demo_languages(article: object) -> None:
    expected = "ar" if article.is_arabic else "en"  # type: ignore[attr-defined]
    assert detect_language(article.text) == expected  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire a dit que les travaux du port seront terminés pour la fin de l'été.", "fr"),
        ("El alcalde dijo que las obras del puerto se terminarán a finales del verano.", "es"),
        (
            "Der Bürgermeister sagte, die Arbeiten am Hafen sind im Sommer fertig und nicht teuer.",
            "de",
        ),
        ("شهر رمضان در تهران با گرمای شدید آغاز شد و مردم به پارک‌ها رفتند.", "fa"),
        ("12345 !!! ---", "und"),
        ("", "und"),
        ("Kestrel-9 Tel Safra Ardan", "und"),
    ],
)
def test_other_languages_or_unsure(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_hash_ignores_whitespace_differences() -> None:
    text = demo_articles()[0].text
    rewrapped = "  " + text.replace("\n\n", "\n").replace(" ", "  \t") + "\n\n\n"
    assert content_hash(text) == content_hash(rewrapped)


def test_hash_ignores_unicode_composition() -> None:
    composed = "Le café du port a fermé."
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert content_hash(composed) == content_hash(decomposed)


def test_hash_changes_when_a_word_changes() -> None:
    text = demo_articles()[0].text
    assert content_hash(text) != content_hash(text.replace("forty crates", "fifty crates"))
    assert len(content_hash(text)) == 64


def test_hash_keeps_arabic_diacritics_apart() -> None:
    assert content_hash("شُحنت") != content_hash("شحنت")
