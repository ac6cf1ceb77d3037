"""Every demo article in every format and encoding reads back as the same article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.fixtures.builders import demo_articles, typographic, write_docx, write_pdf
from workbench.ingest import read_article

ARTICLES = {article.stem: article for article in demo_articles()}
ENGLISH = [stem for stem, article in ARTICLES.items() if not article.is_arabic]
ARABIC = "05_arabic_relay"


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("stem", list(ARTICLES))
@pytest.mark.parametrize("suffix", ["txt", "md", "html", "docx"])
def test_each_format_gives_title_text_and_language(
    demo_files: dict[str, Path], stem: str, suffix: str
) -> None:
    article = ARTICLES[stem]
    imported = read_article(demo_files[f"{stem}.{suffix}"])
    assert imported.format == suffix
    assert imported.title == article.title
    assert imported.language == ("ar" if article.is_arabic else "en")
    # The longest paragraph is reporting, never boilerplate: it must come through word for word.
    longest = max(article.paragraphs, key=len)
    assert _squash(longest) in _squash(imported.text)
    assert imported.source_file == str(demo_files[f"{stem}.{suffix}"])


@pytest.mark.parametrize("stem", ENGLISH)
def test_pdf_text_layer_rejoins_wrapped_lines(demo_files: dict[str, Path], stem: str) -> None:
    imported = read_article(demo_files[f"{stem}.pdf"])
    assert imported.format == "pdf"
    assert imported.title == ARTICLES[stem].title
    assert imported.language == "en"
    for paragraph in ARTICLES[stem].paragraphs[1:]:
        if len(paragraph.split()) > 20:
            assert paragraph.replace("’", "'") in imported.text.split("\n\n")


def test_pdf_over_several_pages(tmp_path: Path) -> None:
    paragraphs = [
        f"Paragraph {n} of the harbour inquiry report, filed on page after page." for n in range(30)
    ]
    path = write_pdf(tmp_path / "long.pdf", "Harbour inquiry", paragraphs, lines_per_page=10)
    imported = read_article(path)
    assert "Paragraph 0 of" in imported.text and "Paragraph 29 of" in imported.text
    assert imported.text.index("Paragraph 3 ") < imported.text.index("Paragraph 17 ")


def test_html_metadata_comes_from_the_page(demo_files: dict[str, Path]) -> None:
    imported = read_article(demo_files["01_chronicle_report.html"])
    assert imported.outlet == "The Northern Chronicle"
    assert imported.byline == "Helen Marsh"
    assert imported.url == "https://chronicle.example/security/launchers-qaramar-nordavia"
    assert imported.published == date(2031, 4, 14)
    assert "Home" not in imported.text.split("\n")
    assert "Rail strike called off" not in imported.text
    assert "window.tracker" not in imported.text


def test_arabic_html_keeps_outlet_and_text(demo_files: dict[str, Path]) -> None:
    imported = read_article(demo_files["05_arabic_relay.html"])
    assert imported.outlet == "الرصد نيوز"
    assert imported.published == date(2031, 4, 17)
    assert "شُحنت" in imported.text


@pytest.mark.parametrize(
    "name",
    [
        f"{ARABIC}.txt",
        f"{ARABIC}.utf16.txt",
        f"{ARABIC}.utf16le-nobom.txt",
        f"{ARABIC}.cp1256.txt",
        f"{ARABIC}.utf8-bom.txt",
        f"{ARABIC}.docx",
        f"{ARABIC}.md",
    ],
)
def test_arabic_text_intact_with_diacritics(demo_files: dict[str, Path], name: str) -> None:
    imported = read_article(demo_files[name])
    original = ARTICLES[ARABIC]
    assert imported.language == "ar"
    assert imported.text.startswith("\n\n".join(original.paragraphs))
    assert "قائداً" in imported.text  # tanwin fath kept
    assert "\ufeff" not in imported.text


@pytest.mark.parametrize("stem", ENGLISH)
@pytest.mark.parametrize("variant", ["utf16", "utf16le-nobom"])
def test_utf16_files_read_like_utf8(demo_files: dict[str, Path], stem: str, variant: str) -> None:
    plain = read_article(demo_files[f"{stem}.txt"])
    assert read_article(demo_files[f"{stem}.{variant}.txt"]).text == plain.text


@pytest.mark.parametrize("stem", ENGLISH)
def test_windows_1252_keeps_typographic_quotes(demo_files: dict[str, Path], stem: str) -> None:
    imported = read_article(demo_files[f"{stem}.cp1252.txt"])
    plain = read_article(demo_files[f"{stem}.txt"])
    assert imported.text == typographic(plain.text)
    assert imported.title == typographic(plain.title)


def test_latin1_french_article(tmp_path: Path) -> None:
    text = (
        "Le conseil vote le tramway du vieux port\n\n"
        "Le conseil municipal a voté jeudi la construction d'une ligne de tramway le long du "
        "vieux port. Les travaux fermeront deux rues près du marché aux poissons, a dit le maire."
    )
    path = tmp_path / "tramway.txt"
    path.write_bytes(text.encode("iso-8859-1"))
    imported = read_article(path)
    assert "a voté jeudi" in imported.text
    assert "marché" in imported.text
    assert imported.language == "fr"


def test_markdown_marks_are_removed(demo_files: dict[str, Path]) -> None:
    imported = read_article(demo_files["04_capital_analysis.md"])
    assert not imported.text.startswith("#")
    assert "Original article" in imported.text
    assert "](https://" not in imported.text


def test_docx_title_from_first_heading_and_table_text(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "notes.docx",
        "Ferry timetable changes at Ardan",
        ["The port authority published new ferry times on Monday, effective next month."],
        core_title=False,
        table=[["Route", "Departures"], ["Ardan to Tel Safra", "Four a day"]],
    )
    imported = read_article(path)
    assert imported.title == "Ferry timetable changes at Ardan"
    assert "Ardan to Tel Safra | Four a day" in imported.text
    assert imported.text.index("published new ferry") < imported.text.index("Four a day")


def test_txt_title_falls_back_to_file_name_when_first_line_is_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "harbour_notes.txt"
    path.write_text(
        "The harbour master said on Friday that dredging would start in May.\n\nMore to follow.\n",
        encoding="utf-8",
    )
    assert read_article(path).title == "harbour notes"


def test_raw_text_keeps_what_cleaning_removed(demo_files: dict[str, Path]) -> None:
    imported = read_article(demo_files["02_gulfwire_relay.txt"])
    assert "Continue Reading" in imported.raw_text
    assert "Continue Reading" not in imported.text
