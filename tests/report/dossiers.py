"""Fictional cases built in code for the report tests: an English case and an Arabic one.

The English case reuses the demo articles in resources/demo and adds one undated statement; quotes
are located in the article text so their offsets are real.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from workbench.core.records import (
    ArticleRecord,
    AuditRecord,
    CaseDossier,
    CaseRecord,
    ClaimRecord,
    EvidenceRecord,
    MentionRecord,
    SourceRecord,
)
from workbench.core.vocabulary import SourceKind, Stance, Status

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "articles"

PORT_STATEMENT = """Port of Ardan says no military cargo was loaded

Ardan port operators said on Friday that no military cargo had been loaded at the port in March.

"Every container is scanned and logged, and we have no record of launchers or missiles leaving \
this port," an official at the port said, asking not to be named.

The port's operating company said it would publish its March shipping log next week.
"""

ARABIC_DENIAL = """وزارة الدفاع في قرمار: لا صحة لتقارير نقل الصواريخ

نفت وزارة الدفاع في قرمار يوم الجمعة ما نشرته صحف أجنبية عن نقل منصات صواريخ \
من أراضيها إلى نوردافيا.

وقال المتحدث باسم الوزارة العميد كريم ناصر \
إن "الجيش لم يفقد أي منصة إطلاق، وكل المعدات مسجلة لدى الوزارة".

وأضاف أن الوزارة ستدعو الصحفيين إلى زيارة مخازن المعدات الأسبوع المقبل.
"""


def _article(
    article_id: int,
    text: str,
    *,
    outlet: str | None,
    url: str | None,
    published: date | None,
    language: str = "en",
    byline: str | None = None,
    source_file: str = "",
) -> ArticleRecord:
    title = text.strip().splitlines()[0]
    return ArticleRecord(
        id=article_id,
        title=title,
        text=text,
        language=language,
        format="txt",
        source_file=source_file or f"article-{article_id}.txt",
        outlet=outlet,
        url=url,
        byline=byline,
        published=published,
        imported_at=datetime(2031, 4, 20, 9, 30),
        content_hash=f"hash-{article_id}",
    )


class _Mentions:
    """Makes mentions whose offsets point at the quoted words in the article text."""

    def __init__(self, articles: dict[int, ArticleRecord]) -> None:
        self.articles = articles
        self.items: list[MentionRecord] = []

    def add(
        self, claim_id: int, article_id: int, quote: str, stance: Stance, source_id: int | None
    ) -> None:
        text = self.articles[article_id].text
        start = text.find(quote)
        if start < 0:
            raise AssertionError(f"quote not in article {article_id}: {quote!r}")
        self.items.append(
            MentionRecord(
                id=len(self.items) + 1,
                claim_id=claim_id,
                article_id=article_id,
                start=start,
                end=start + len(quote),
                quote=quote,
                stance=stance,
                source_id=source_id,
            )
        )


def _status_change(
    audit_id: int, claim_id: int, when: str, old: Status, new: Status, reason: str
) -> AuditRecord:
    return AuditRecord(
        id=audit_id,
        at=datetime.fromisoformat(when),
        actor="Lina Sayegh",
        entity="claim",
        entity_id=claim_id,
        action="status",
        old=old.value,
        new=new.value,
        reason=reason,
    )


def english_case() -> CaseDossier:
    """Launchers from Qaramar: a newspaper report, two relays, two denials, analysts."""
    read = {p.name[:2]: p.read_text(encoding="utf-8") for p in DEMO.glob("*.txt")}
    articles = [
        _article(1, read["01"], outlet="The Northern Chronicle", byline="Helen Marsh",
                 url="https://chronicle.example/security/launchers-qaramar-nordavia",
                 published=date(2031, 4, 14)),
        _article(2, read["02"], outlet="Gulf Wire",
                 url="https://gulfwire.example/news/veskaria-weapons-report",
                 published=date(2031, 4, 15)),
        _article(3, read["03"], outlet="Levant Daily Online",
                 url="https://levantdaily.example/report-qaramar-launchers",
                 published=date(2031, 4, 16)),
        _article(4, read["04"], outlet="Ardan City Review",
                 url="https://ardanreview.example/analysis/denials-and-doubts",
                 published=date(2031, 4, 18)),
        _article(5, read["05"], outlet="الرصد نيوز", language="ar",
                 url="https://alrasd.example/qaramar-launchers", published=date(2031, 4, 17)),
        _article(6, PORT_STATEMENT, outlet="Harbour Notes", url=None, published=None),
    ]  # fmt: skip
    sources = (
        SourceRecord(1, "A Tamir Brigades commander", SourceKind.ANONYMOUS),
        SourceRecord(2, "A regional intelligence official", SourceKind.ANONYMOUS),
        SourceRecord(3, "A second regional intelligence official", SourceKind.ANONYMOUS),
        SourceRecord(4, "The Northern Chronicle", SourceKind.OUTLET),
        SourceRecord(5, "Qaramar Border Crossings Authority", SourceKind.OFFICIAL),
        SourceRecord(6, "Veskarian embassy in London", SourceKind.OFFICIAL),
        SourceRecord(7, "Rana Haddad", SourceKind.PERSON),
        SourceRecord(8, "The Daily Ledger", SourceKind.OUTLET),
        SourceRecord(9, "An unnamed port official", SourceKind.ANONYMOUS),
    )
    claims = (
        ClaimRecord(1, 1, "The Tamir Brigades took apart two Kestrel-9 launcher systems and drove "
                    "them across the Tel Safra crossing on 3 March.", Status.DENIED,
                    note="Only the Chronicle's anonymous commander supports this; the crossing "
                    "authority denies any such shipment on the record.", source_id=1),
        ClaimRecord(2, 1, "At least forty crates of anti-armour missiles crossed at Tel Safra "
                    "since February.", Status.UNVERIFIED,
                    note="A single anonymous official; no document seen.", source_id=2),
        ClaimRecord(3, 1, "Veskaria's navy carried the cargo on to Nordavia.", Status.SOURCED,
                    source_id=3),
        ClaimRecord(4, 1, "The launcher parts were loaded onto a cargo ship at the port of Ardan "
                    "a week after crossing.", Status.RELAYED, source_id=1),
        ClaimRecord(5, 1, "The shipment was paid for with fuel deliveries to Qaramar.",
                    Status.UNVERIFIED),
        ClaimRecord(6, 1, "The equipment crossed into Veskaria at Tel Safra.", Status.RELAYED,
                    source_id=8),
    )  # fmt: skip
    by_id = {a.id: a for a in articles}
    m = _Mentions(by_id)
    m.add(
        1,
        1,
        "the Tamir Brigades took apart two Kestrel-9 launcher systems and drove them "
        "across the Tel Safra crossing on 3 March",
        Stance.ASSERTS,
        1,
    )
    m.add(
        1,
        2,
        "two Kestrel-9 rocket launchers, which the Tamir Brigades took apart and sent "
        "across the Tel Safra crossing on 3 March",
        Stance.RELAYS,
        4,
    )
    m.add(1, 3, "sent two Kestrel-9 launchers", Stance.RELAYS, 4)
    m.add(
        1,
        4,
        '"The crossing is under full state control and no such shipment was recorded," '
        "the authority said in a statement.",
        Stance.DENIES,
        5,
    )
    m.add(
        1,
        5,
        "نقلت منصتين لإطلاق الصواريخ من طراز كيستريل-9 من قرمار إلى نوردافيا عبر منفذ تل صفرة",
        Stance.RELAYS,
        4,
    )
    m.add(
        1,
        5,
        "نفت هيئة المنافذ الحدودية في قرمار مرور أي معدات عسكرية عبر منفذ تل صفرة",
        Stance.DENIES,
        5,
    )
    m.add(
        2,
        1,
        "at least forty crates of anti-armour missiles had crossed at Tel Safra since February",
        Stance.ASSERTS,
        2,
    )
    m.add(2, 3, "dozens of crates of anti-armour missiles", Stance.RELAYS, 4)
    m.add(3, 1, "Veskaria's navy carried the cargo on to Nordavia", Stance.ASSERTS, 3)
    m.add(
        4,
        1,
        "the parts were loaded onto a cargo ship at the port of Ardan a week later",
        Stance.ASSERTS,
        1,
    )
    m.add(4, 3, "was shipped on from the port of Ardan", Stance.RELAYS, 4)
    m.add(4, 6, "we have no record of launchers or missiles leaving this port", Stance.DENIES, 9)
    m.add(6, 3, "the equipment crossed into Veskaria at Tel Safra", Stance.RELAYS, 8)
    m.add(1, 4, 'The Veskarian embassy in London called the report "baseless"', Stance.DENIES, 6)
    evidence = (
        EvidenceRecord(1, 1, "satellite image", "https://imagery.example/tel-safra/2031-03-03",
                       "No convoy visible at the crossing at 10:40 local time."),
        EvidenceRecord(2, 1, "statement", "Border Crossings Authority statement, 17 April 2031"),
        EvidenceRecord(3, 4, "shipping log", "https://ardanport.example/log/2031-03",
                       "To be checked when the operator publishes it."),
    )  # fmt: skip
    audit = (
        AuditRecord(1, datetime(2031, 4, 15, 10, 0), "Lina Sayegh", "claim", 1, "create",
                    None, "The Tamir Brigades took apart…"),
        _status_change(2, 1, "2031-04-16T11:00", Status.UNVERIFIED, Status.RELAYED,
                       "Only outlets repeating the Chronicle so far."),
        _status_change(3, 1, "2031-04-18T16:20", Status.RELAYED, Status.DENIED,
                       "The Border Crossings Authority denied the shipment on the record."),
        _status_change(4, 2, "2031-04-15T12:00", Status.UNVERIFIED, Status.SOURCED,
                       "Two officials cited by the Chronicle."),
        _status_change(5, 2, "2031-04-19T09:15", Status.SOURCED, Status.UNVERIFIED,
                       "Correction: the second official spoke about the navy, not the crates; "
                       "only one official supports this claim."),
        _status_change(6, 3, "2031-04-15T12:05", Status.UNVERIFIED, Status.SOURCED, ""),
        _status_change(7, 4, "2031-04-16T11:30", Status.UNVERIFIED, Status.RELAYED, ""),
        _status_change(8, 6, "2031-04-16T11:40", Status.UNVERIFIED, Status.RELAYED, ""),
    )  # fmt: skip
    case = CaseRecord(
        id=1,
        title="Were launchers smuggled from Qaramar to Nordavia?",
        question="Did armed groups backed by Veskaria send rocket launchers and missiles from "
        "Qaramar to Nordavia through the Tel Safra crossing?",
        verdict="Unproven: one newspaper's anonymous sources against two official denials.",
        summary="The Northern Chronicle reported, citing two anonymous intelligence officials and "
        "a militia commander, that launchers and missiles crossed from Qaramar at Tel Safra and "
        "were shipped on to Nordavia. Two outlets and an Arabic-language site repeated the report "
        "without sources of their own. Qaramar's Border Crossings Authority and the Veskarian "
        "embassy denied it. No document or image has been produced that confirms the shipment.",
        created_at=datetime(2031, 4, 15, 9, 0),
        updated_at=datetime(2031, 4, 19, 9, 15),
    )
    return CaseDossier(
        case=case,
        articles=tuple(articles),
        sources=sources,
        claims=claims,
        mentions=tuple(m.items),
        evidence=evidence,
        audit=audit,
    )


def arabic_case() -> CaseDossier:
    """The same story told in Arabic: a relay, a ministry denial, and a status correction."""
    relay = (DEMO / "05_arabic_relay.txt").read_text(encoding="utf-8")
    articles = (
        _article(11, relay, outlet="الرصد نيوز", language="ar",
                 url="https://alrasd.example/qaramar-launchers", published=date(2031, 4, 17)),
        _article(12, ARABIC_DENIAL, outlet="صحيفة الوطن القرمارية", language="ar",
                 url="https://alwatan-qaramar.example/defence-denial", published=date(2031, 4, 19),
                 byline="سلمى حداد"),
    )  # fmt: skip
    sources = (
        SourceRecord(21, "صحيفة نورذرن كرونيكل", SourceKind.OUTLET),
        SourceRecord(22, "هيئة المنافذ الحدودية في قرمار", SourceKind.OFFICIAL),
        SourceRecord(23, "العميد كريم ناصر", SourceKind.PERSON),
        SourceRecord(24, "قائد في ألوية تامر", SourceKind.ANONYMOUS),
    )
    claims = (
        ClaimRecord(31, 2, "نقلت فصائل مسلحة منصتين لإطلاق الصواريخ من قرمار إلى نوردافيا عبر "
                    "منفذ تل صفرة.", Status.DENIED, note="نفت هيئة المنافذ ووزارة الدفاع ذلك.",
                    source_id=24),
        ClaimRecord(32, 2, "شُحنت المعدات من ميناء أردان بعد أسبوع من عبورها الحدود.",
                    Status.RELAYED, source_id=24),
    )  # fmt: skip
    by_id = {a.id: a for a in articles}
    m = _Mentions(by_id)
    m.add(31, 11, "فصائل مسلحة مدعومة من فيسكاريا نقلت منصتين لإطلاق الصواريخ", Stance.RELAYS, 21)
    m.add(31, 11, "نفت هيئة المنافذ الحدودية في قرمار مرور أي معدات عسكرية", Stance.DENIES, 22)
    m.add(31, 12, "الجيش لم يفقد أي منصة إطلاق، وكل المعدات مسجلة لدى الوزارة", Stance.DENIES, 23)
    m.add(32, 11, "المعدات شُحنت من ميناء أردان بعد أسبوع من عبورها الحدود", Stance.RELAYS, 21)
    audit = (
        _status_change(41, 31, "2031-04-17T10:00", Status.UNVERIFIED, Status.RELAYED, ""),
        _status_change(42, 31, "2031-04-19T15:00", Status.RELAYED, Status.DENIED,
                       "نفت وزارة الدفاع الخبر رسمياً على لسان متحدثها."),
    )  # fmt: skip
    case = CaseRecord(
        id=2,
        title="هل نُقلت منصات صواريخ من قرمار إلى نوردافيا؟",
        question="هل نقلت فصائل مدعومة من فيسكاريا منصات صواريخ عبر منفذ تل صفرة؟",
        verdict="غير مثبت: مصادر مجهولة في مقابل نفيين رسميين.",
        summary="نقل موقع الرصد نيوز تقرير صحيفة نورذرن كرونيكل دون مصدر خاص به، ونفت هيئة "
        "المنافذ الحدودية ووزارة الدفاع في قرمار مرور أي معدات عسكرية.",
        created_at=datetime(2031, 4, 17, 9, 0),
        updated_at=datetime(2031, 4, 19, 15, 0),
    )
    return CaseDossier(
        case=case,
        articles=articles,
        sources=sources,
        claims=claims,
        mentions=tuple(m.items),
        audit=audit,
    )
