"""The report's sentences read right when a case lacks dates or outlets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from docx import Document

from workbench.core.records import CaseDossier
from workbench.core.vocabulary import Stance
from workbench.report.docx_report import write_report


def _text(dossier: CaseDossier, folder: Path) -> str:
    path = write_report(dossier, folder / "report.docx", author="Lina Sayegh")
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def _summary_line(text: str) -> str:
    return next(line for line in text.splitlines() if " checked (" in line)


def test_an_undated_denial_is_said_undated_not_on_undated(
    english: CaseDossier, tmp_path: Path
) -> None:
    denied = {m.article_id for m in english.mentions if m.stance is Stance.DENIES}
    undated = replace(
        english,
        articles=tuple(
            replace(a, published=None) if a.id in denied else a for a in english.articles
        ),
    )
    text = _text(undated, tmp_path)
    assert "on undated" not in text
    assert ", undated:" in text


def test_articles_without_outlets_are_not_counted_as_outlets(
    english: CaseDossier, tmp_path: Path
) -> None:
    nameless = replace(english, articles=tuple(replace(a, outlet=None) for a in english.articles))
    line = _summary_line(_text(nameless, tmp_path))
    assert f"across {len(english.articles)} articles, none naming its outlet." in line
    assert "outlets" not in line


def test_articles_and_outlets_counted_apart(english: CaseDossier, tmp_path: Path) -> None:
    first, *rest = english.articles
    named = {a.outlet for a in rest if a.outlet}
    one_nameless = replace(english, articles=(replace(first, outlet=None), *rest))
    line = _summary_line(_text(one_nameless, tmp_path))
    assert f"from {len(named)} outlet" in line and "(1 naming no outlet)" in line
