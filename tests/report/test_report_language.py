"""The report in the case's language: an Arabic case gets an Arabic report, right to left."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from workbench.core.records import CaseDossier
from workbench.report.docx_report import write_report
from workbench.report.wording import Wording, case_language

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def report(dossier: CaseDossier, folder: Path, **options: object) -> DocxDocument:
    path = write_report(
        dossier, folder / "report.docx", author="لينا صايغ", report_date=date(2031, 4, 21),
        **options,  # type: ignore[arg-type]
    )  # fmt: skip
    return Document(str(path))


def headings(document: DocxDocument, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_an_arabic_case_gets_its_report_in_arabic(arabic: CaseDossier, tmp_path: Path) -> None:
    assert case_language(arabic) == "ar"
    document = report(arabic, tmp_path)
    assert headings(document, 1) == [
        "الأحكام في لمحة", "الادعاءات والوسائل الإعلامية", "التنبيهات المنهجية",
        "الادعاءات بالتفصيل", "التصويبات والتحديثات", "المنهجية", "المصادر",
    ]  # fmt: skip
    assert headings(document, 2)[0].startswith("الادعاء ١: ")
    meta = document.tables[0]
    assert [c.text for c in meta.rows[1].cells] == ["التاريخ", "٢١ أبريل ٢٠٣١"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "تقرير الحكم في التحقق من الأخبار" in text
    assert "تُحقِّق من ادعاءين" in text  # the dual, not "2 claim(s)"
    glance = next(t for t in document.tables if t.rows[0].cells[1].text == "الادعاء")
    assert [c.text for c in glance.rows[0].cells][2:4] == ["الحالة", "منسوب إلى"]
    assert any("منفي" in c.text for c in glance.rows[1].cells)


def test_the_arabic_report_reads_right_to_left(arabic: CaseDossier, tmp_path: Path) -> None:
    document = report(arabic, tmp_path)
    labelled = [p for p in document.paragraphs if p.text.startswith("منسوب إلى: ")]
    assert labelled and all(p._p.find(f"{W}pPr/{W}bidi") is not None for p in labelled)
    for table in document.tables:
        assert table._tbl.find(f"{W}tblPr/{W}bidiVisual") is not None


def test_the_language_can_be_chosen_against_the_case(
    english: CaseDossier, arabic: CaseDossier, tmp_path: Path
) -> None:
    assert case_language(english) == "en"
    (tmp_path / "ar").mkdir()
    translated = report(english, tmp_path / "ar", language="ar")
    assert headings(translated, 1)[0] == "الأحكام في لمحة"
    assert translated.tables[0].rows[0].cells[0].text == "المُعِدّ"
    # An English passage quoted in the Arabic report keeps its own direction.
    quotes = [p for p in translated.paragraphs if p.style.name == "Quote"]
    english_quotes = [p for p in quotes if re.match(r"“[A-Za-z]", p.text)]
    assert english_quotes and all(p._p.find(f"{W}pPr/{W}bidi") is None for p in english_quotes)
    (tmp_path / "en").mkdir()
    kept = report(arabic, tmp_path / "en", language="en")
    assert headings(kept, 1)[0] == "Verdicts at a glance"
    assert kept.tables[0]._tbl.find(f"{W}tblPr/{W}bidiVisual") is None


def test_numbers_dates_and_plurals_follow_the_language() -> None:
    arabic, english = Wording("ar"), Wording("en")
    assert arabic.long_date(date(2031, 4, 14)) == "١٤ أبريل ٢٠٣١"
    assert english.long_date(date(2031, 4, 14)) == "14 April 2031"
    assert arabic.long_date(None) == "بلا تاريخ"
    forms = [arabic.translate("Report", "%n passage(s)", "", n) for n in (0, 1, 2, 3, 11, 100)]
    assert forms == ["٠ مقطع", "مقطع واحد", "مقطعان", "٣ مقاطع", "١١ مقطعًا", "١٠٠ مقطع"]
    assert english.translate("Report", "%n passage(s)", "", 1) == "1 passage"
    assert english.translate("Report", "%n passage(s)", "", 2) == "2 passages"
