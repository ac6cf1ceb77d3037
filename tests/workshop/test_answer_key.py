"""The demo case's answer key: every quote is in its article, and it marks the case as written."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.bundle.helpers import db_fingerprint
from workbench.core.text import locate_quote
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.ingest import read_article
from workbench.services.cases import case_dossier
from workbench.services.demo import load_demo_case
from workbench.services.integrity import check_library
from workbench.services.workshop import load_answer_key
from workbench.store import Library

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
KEY = json.loads((DEMO / "answer_key.json").read_text(encoding="utf-8"))


def test_every_quote_is_found_in_its_cleaned_article() -> None:
    texts = {}
    for claim in KEY["claims"]:
        for mention in claim["mentions"]:
            name = mention["file"]
            texts.setdefault(name, read_article(DEMO / name).text)
            assert locate_quote(texts[name], mention["quote"]), (name, mention["quote"])


def test_the_key_uses_every_status_and_only_known_words() -> None:
    statuses = Counter(Status(c["status"]) for c in KEY["claims"])
    assert set(statuses) == set(Status)
    for claim in KEY["claims"]:
        SourceKind.parse(claim["source"]["kind"])
        for mention in claim["mentions"]:
            Stance(mention["stance"])
            if "source" in mention:
                SourceKind.parse(mention["source"]["kind"])
    assert KEY["case"] == json.loads((DEMO / "case.json").read_text(encoding="utf-8"))["title"]


def test_loading_the_key_marks_the_demo_case_once(library: Library) -> None:
    case = load_demo_case(library)
    assert load_answer_key(library, case.id) == len(KEY["claims"])
    before = db_fingerprint(library)
    assert load_answer_key(library, case.id) == 0
    assert db_fingerprint(library) == before

    dossier = case_dossier(library, case.id)
    assert dossier.case.verdict.startswith("Unproven")
    by_text = {c.text: c for c in dossier.claims}
    launchers = by_text[KEY["claims"][1]["text"]]
    assert launchers.status is Status.DENIED
    assert dossier.source(launchers.source_id).name == "The Northern Chronicle"  # its origin
    stances = Counter(x.stance for x in dossier.mentions_of(launchers.id))
    assert stances == {Stance.ASSERTS: 1, Stance.RELAYS: 2, Stance.DENIES: 2}
    arabic = next(a for a in dossier.articles if a.language == "ar")
    arabic_quotes = [x.quote for x in dossier.mentions if x.article_id == arabic.id]
    assert any("تل صفرة" in q for q in arabic_quotes)
    assert check_library(library) == []
