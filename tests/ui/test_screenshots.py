"""Screenshots of the window a person looks at before calling the window done.

Saved under the test's temporary folder and copied to /tmp/workbench-shots/.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk, save_shot
from workbench.core.vocabulary import SourceKind, Stance, Status
from workbench.services import claims
from workbench.services.claims import MentionSpec

# Used when the demo case ships without the trainer's markings: the shots need some claims.
MARKINGS = [
    (
        "Veskaria-backed groups moved two Kestrel-9 launchers across the Tel Safra crossing",
        Status.DENIED,
        "Qaramar Border Authority",
        SourceKind.OFFICIAL,
        [
            ("Chronicle", "drove them across the Tel Safra crossing on 3 March", Stance.ASSERTS),
            ("Levant", "the equipment crossed into Veskaria at Tel Safra", Stance.RELAYS),
            ("الرصد", "عبر منفذ تل صفرة", Stance.RELAYS),
            ("الرصد", "نفت هيئة المنافذ الحدودية في قرمار", Stance.DENIES),
        ],
    ),
    (
        "The launcher parts were loaded onto a cargo ship at the port of Ardan",
        Status.RELAYED,
        "Tamir Brigades commander",
        SourceKind.PERSON,
        [
            ("Chronicle", "loaded onto a cargo ship at the port of Ardan", Stance.ASSERTS),
            ("Levant", "was shipped on from the port of Ardan", Stance.RELAYS),
        ],
    ),
    (
        "At least forty crates of anti-armour missiles crossed at Tel Safra since February",
        Status.UNVERIFIED,
        "regional intelligence official",
        SourceKind.ANONYMOUS,
        [("Chronicle", "at least forty crates of anti-armour missiles", Stance.ASSERTS)],
    ),
]


def _mark(window) -> None:  # type: ignore[no-untyped-def]
    dossier = window.controller.dossier
    for wording, status, source, kind, mentions in MARKINGS:
        claim = claims.add_claim(
            window.library,
            dossier.case.id,
            wording,
            status=status,
            source_name=source,
            source_kind=kind,
        )
        for outlet, quote, stance in mentions:
            article = next(a for a in dossier.articles if outlet in (a.outlet or ""))
            spec = MentionSpec(article.id, quote=quote, stance=stance)
            claims.add_mention(window.library, claim.id, spec)
    window.controller.reload()


def test_screenshots_of_the_main_window(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = desk.open(load_demo=True)  # first start on an empty library: the worked example
    controller = window.controller
    dossier = controller.dossier
    assert dossier is not None and len(dossier.articles) == 5
    if not dossier.claims:
        _mark(window)
        dossier = controller.dossier
    window.resize(1400, 860)
    desk.settle()
    chronicle = next(a for a in dossier.articles if "Chronicle" in (a.outlet or ""))
    window.open_article(chronicle.id)
    shots = [save_shot(window, tmp_path, "01_case_open")]
    assert len(window.reader.highlights) == len(controller.mentions_in(chronicle.id)) > 0

    claim = next(c for c in dossier.claims if len(controller.articles_of(c.id)) > 1)
    window.claims.select_claim(claim.id)
    first = controller.mentions_of(claim.id)[0]
    window.show_mention(first)
    shots.append(save_shot(window, tmp_path, "02_claim_selected"))
    assert window.reader.flashing == (first.start, first.end)
    assert window.claims.detail.mentions.topLevelItemCount() == len(
        controller.mentions_of(claim.id)
    )

    partner = next(a for a in controller.articles_of(claim.id) if a != first.article_id)
    window.set_compare(True, partner)
    shots.append(save_shot(window, tmp_path, "03_compare"))
    shared = window.reading.shared_claims(first.article_id, partner)
    assert claim.id in shared
    assert {h.claim_id for h in window.reading.other.highlights} == shared
    assert {h.claim_id for h in window.reader.highlights} == shared
    window.set_compare(False)

    arabic = next(a for a in dossier.articles if a.language == "ar")
    window.open_article(arabic.id)
    shots.append(save_shot(window, tmp_path, "04_arabic_article"))
    assert len(window.reader.highlights) == len(controller.mentions_in(arabic.id)) > 0
    for shot in shots:
        assert shot.stat().st_size > 10_000
