"""Two passages of one claim that say opposite things: the one that turns the claim round denies it.

A contradiction is the same claim with a denying stance, not another claim. Within a group, a
passage contradicts the claim's lead when it negates what the lead states ("no changes in the army
command" against "sweeping changes in the army command") or swaps a word for its opposite (rises /
falls, opens / closes, convicted / acquitted). The opposites are hand-written pairs of news
vocabulary, English and Arabic, compared after the same folding the grouping uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.assist.grouping import words_of
from workbench.assist.shipped import Shipped
from workbench.assist.sources import is_arabic

CUES_FILE = "contradiction_ar.json"

_PAIRS_EN = """
rise fall|rises falls|rose fell|up down|increase decrease|increases decreases|gain loss|gains losses
win lose|wins loses|won lost|open close|opens closes|opened closed|high low|highest lowest
accept reject|accepts rejects|accepted rejected|approve reject|approves rejects|approved rejected
arrest release|arrested released|convicted acquitted|guilty innocent|alive dead|survive die
survived died|start stop|starts stops|started stopped|allow ban|allows bans|allowed banned
confirm deny|confirms denies|confirmed denied|resign stay|resigns stays|true false|real fake
boost cut|boosts cuts|raise lower|raises lowers|raised lowered|join leave|joins leaves
"""
_PAIRS_AR = """
ارتفاع انخفاض|ارتفاع تراجع|يرتفع ينخفض|يرتفع يتراجع|ترتفع تنخفض|ترتفع تتراجع|ارتفعت انخفضت
ارتفعت تراجعت|صعود هبوط|يصعد يهبط|زياده خفض|زياده تخفيض|يزيد يخفض|تزيد تخفض|يرفع يخفض|ترفع تخفض
يكسب يخسر|تكسب تخسر|مكاسب خسائر|ربح خساره|يفوز يخسر|فوز خساره|فاز خسر|اعلي ادني|اعلى ادنى
اكبر اصغر|يفتح يغلق|تفتح تغلق|فتح اغلاق|افتتاح اغلاق|فتحت اغلقت|يقبل يرفض|تقبل ترفض|قبول رفض
موافقه رفض|يوافق يرفض|توافق ترفض|اعتقال افراج|يعتقل يفرج|تعتقل تفرج|سجن براءه|ادانه براءه
حكم براءه|اقاله استمرار|اقاله بقاء|استقاله بقاء|يضخ يسحب|ضخ سحب|يدعم يعارض|تدعم تعارض|دعم معارضه
تاييد معارضه|يؤيد يعارض|تؤيد تعارض|قتل نجاه|غرق نجاه|وفاه نجاه|حرب سلام|تصعيد تهدئه|صراع مصالحه
خلاف اتفاق|توتر تهدئه|يبدا يوقف|تبدا توقف|بدء وقف|استئناف وقف|يسمح يمنع|تسمح تمنع|سماح منع
يؤكد ينفي|تؤكد تنفي|اكد نفي|اكدت نفت|قوه ضعف|نمو انكماش|تحسن تدهور|فائض عجز|استقرار اضطراب
"""
_NEGATION_EN = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|without|n't|denies|denied|deny|false|fake|hoax)\b",
    re.IGNORECASE,
)
_NEGATION_AR = re.compile(
    r"(?:^|\s)[وف]?(?:لا|لم|لن|ليس|ليست|دون|بدون|عدم|غير|ينفي|تنفي|نفى|نفت|يرفض|ترفض|رفض|يستبعد"
    r"|تستبعد|ينفون|مفبرك\S*|شائع\S*|كاذب\S*|زائف\S*)(?=\s|$|[،.:؛])"
)


def _pairs(text: str) -> dict[str, set[str]]:
    opposite: dict[str, set[str]] = {}
    for pair in text.replace("\n", "|").split("|"):
        words = pair.split()
        if len(words) != 2:
            continue
        a, b = (next(iter(words_of(w)), w) for w in words)
        opposite.setdefault(a, set()).add(b)
        opposite.setdefault(b, set()).add(a)
    return opposite


_OPPOSITE = {**_pairs(_PAIRS_EN), **_pairs(_PAIRS_AR)}


@dataclass(frozen=True)
class LearnedCues:
    """Arabic opposites and reversal words derived from real headline pairs."""

    pairs: frozenset[tuple[str, str]]
    words: frozenset[str]


def load_cues(data: dict) -> LearnedCues:
    return LearnedCues(
        frozenset((a, b) for a, b in data.get("pairs", [])), frozenset(data.get("words", []))
    )


_SHIPPED: Shipped[LearnedCues] = Shipped(CUES_FILE, load_cues)
learned_cues = _SHIPPED.current
replaced_by = _SHIPPED.replaced_by


def negated(text: str) -> bool:
    return bool(_NEGATION_EN.search(text) or _NEGATION_AR.search(text))


def contradicts(lead: str, other: str) -> bool:
    """Whether `other` turns `lead` round: a negation only one of them carries, or a word of one
    whose opposite is in the other and not in the first."""
    if negated(other) and not negated(lead):
        return True
    lead_words, other_words = words_of(lead), words_of(other)
    for word in other_words - lead_words:
        if any(o in lead_words and o not in other_words for o in _OPPOSITE.get(word, ())):
            return True
    if not (is_arabic(lead) and is_arabic(other)):
        return False
    cues = learned_cues()
    only_other, only_lead = other_words - lead_words, lead_words - other_words
    if only_other & cues.words:
        return True
    return any((min(a, b), max(a, b)) in cues.pairs for a in only_other for b in only_lead)
