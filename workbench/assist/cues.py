"""The words that mark a checkable claim: attribution, denial and refusal cues, English and Arabic.

Each cue is a compiled pattern; the extractor tries refusals first (they often contain "deny" or
"comment"), then denials, then attributions, so one sentence yields one reading.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# --- English ----------------------------------------------

REFUSAL_EN = re.compile(
    r"\b(?:declined|refused|declining|refusing)\s+(?:to\s+)?(?:immediately\s+|publicly\s+)?"
    r"(?:comment|respond|confirm|discuss|elaborate|answer)"
    r"|\b(?:would|will|could|did)\s+not\s+(?:immediately\s+)?(?:comment|respond|reply)"
    r"|\b(?:did\s+not|didn't|does\s+not|doesn't)\s+(?:immediately\s+)?have\s+(?:any\s+|an\s+)?"
    r"(?:immediate\s+)?comment"
    r"|\b(?:had|has|have|gave)\s+no\s+(?:immediate\s+)?comment"
    r"|\bno\s+immediate\s+comment\b"
    r"|\bcould\s+not\s+be\s+reached\b"
    r"|\bneither\s+confirm(?:ed)?\s+nor\s+den(?:y|ied)\b"
    r"|\bwithout\s+comment\b"
    r"|\b(?:had|has|have)\s+nothing\s+(?:further\s+|more\s+)?to\s+add\b"
    r"|\bno\s+further\s+comment\b"
    # refusals that never say "comment"
    r"|\b(?:declined|refused|declining|refusing)\s+to\s+(?:say|be\s+drawn|disclose|reveal|identify"
    r"|name|specify|speculate|address|give\s+(?:details|a\s+reason|further)|provide\s+details)"
    r"|\b(?:would|will)\s+not\s+(?:say|be\s+drawn|disclose|reveal|specify|speculate|discuss)"
    r"|\b(?:wouldn't|won't)\s+(?:say|be\s+drawn|speculate)"
    r"|\b(?:am|is|are|was|were)\s+not\s+going\s+to\s+(?:speculate|comment|discuss|say|get\s+into)"
    r"|\breferred\s+(?:all\s+)?(?:questions|inquiries|enquiries|queries|requests|reporters)\s+"
    r"(?:\w+\s+){0,3}?to\b"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:(?:officially|publicly)\s+)?(?:responded|replied"
    r"|addressed|commented\s+on|acknowledged)\b"
    r"|\b(?:not|un)available\s+for\s+(?:immediate\s+)?comment"
    r"|\bdeclined\s+(?:repeated\s+|several\s+)?(?:requests?|invitations?|interview\s+requests?)"
    r"\s+(?:for|to)\b"
    r"|\bdid\s+not\s+(?:immediately\s+)?(?:answer|return)\s+(?:questions|calls|messages|emails|a\s+request)",
    _I,
)

DENIAL_EN = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismiss"
    r"|dismissing|refuted|refutes|refute|rebuffed|rebuffs|disputed|disputes|contradicted|ruled\s+out"
    r"|rules\s+out|debunk\w*|hoax\w*|no\s+evidence"
    r"|baseless|unfounded|groundless|fabricated|fabrication|fabrications|untrue|not\s+true"
    r"|nothing\s+more\s+than|no\s+truth|no\s+basis|without\s+basis|false\s+(?:report|claim|story)s?"
    r"|categorically|disinformation|misinformation|fake\s+news|propaganda|smear|slander"
    r"|lies\b|lie\s+about|(?:is|are|were|was)\s+lying|naive\s+to\s+believe|illogical|absurd|ridiculous|nonsense"
    r"|no\s+such\s+(?:shipment|transfer|thing|incident|meeting|attack|operation)"
    r"|never\s+(?:happened|took\s+place|occurred))",
    _I,
)

# Verbs whose subject is the source: "X said", "X told Y", "X reported".
SAY_VERBS = (
    r"said|says|say|told|tells|reported|reports|cited|confirm|explain|warn|argue|insist|claim|allege"
    r"|accuse|deny|admit|acknowledge|cite|cites|confirmed|confirms|claimed|claims"
    r"|accused|accuses|added|adds|stated|states|announced|announces|warned|warns|noted|notes|wrote"
    r"|writes|alleged|alleges|quoted|quotes|insisted|insists|explained|explains|argued|argues"
    r"|acknowledged|acknowledges|admitted|admits|revealed|reveals|estimated|estimates|described"
    r"|describes|called|calls|asserted|asserts|maintained|maintains|suggested|suggests|believes"
    r"|believed|testified|disclosed|disclosed|indicated|indicates|predicted|predicts|urged|urges"
    r"|has\s+learned|has\s+learnt|learned|learnt|understands|has\s+seen|showed|shows|published"
)
SAY_EN = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:also\s+|previously\s+|later\s+|separately\s+|earlier\s+)?"
    rf"(?:{SAY_VERBS})\b",
)
ACCORDING_EN = re.compile(
    r"\b(?:according\s+to|citing|quoting|as\s+reported\s+by|in\s+the\s+words\s+of|per)\s+", _I
)
COLON_REPORTS_EN = re.compile(r"^(?P<src>[A-Z][\w'’.\- ]{1,60}?)\s+(?:reports|reported|says|said):")
UNSOURCED_EN = re.compile(
    r"\b(?:reportedly|allegedly|it\s+(?:has\s+|had\s+)?(?:also\s+)?(?:been|was|is)\s+(?:also\s+|widely\s+)?"
    r"(?:reported|claimed|alleged|suggested|said)"
    r"|(?:is|are|was|were)\s+(?:said|reported|believed|alleged)\s+to|rumou?red)\b",
    _I,
)
ANONYMOUS_PHRASE_EN = re.compile(
    r"\b(?:(?:a|one|two|three|several)\s+)?(?:\w+\s+){0,3}?"
    r"(?:sources?|people|persons?|officials?|insiders?)\s+(?:familiar|close|briefed|with\s+knowledge)"
    r"\s+(?:with|to|on|of)\s+(?:the\s+)?(?:matter|situation|talks|plans?|case|issue|operation"
    r"|investigation|discussions?|negotiations?|thinking|deliberations)",
    _I,
)

# --- Arabic -----------------------------------------------

_AR_PREFIX = r"(?:^|(?<=[\s،؛\"«(]))[وف]?"

REFUSAL_AR = re.compile(
    _AR_PREFIX + r"(?:رفض|رفضت|امتنع|امتنعت|يرفض|ترفض)\S*\s+(?:\S+\s+){0,4}?(?:عن\s+)?التعليق"
    r"|لم\s+(?:يرد|ترد|يعلق|تعلق|يستجب|تستجب)"
    r"|(?:دون|بدون|من\s+دون)\s+تعليق"
    r"|لم\s+يتسن\S*\s+(?:\S+\s+){0,3}?(?:الحصول|التواصل)",
)
DENIAL_AR = re.compile(
    _AR_PREFIX + r"(?:نفى|نفت|ينفي|تنفي|نفي|كذّب|كذب|كذبت|كذّبت|فنّد|فند|فندت|دحض|دحضت"
    r"|رفض|رفضت|استبعد|استبعدت)(?=[\s،])"
    r"|لا\s+أساس\s+له|لا\s+أساس\s+لها|عار\S*\s+عن\s+الصحة|عارية\s+عن\s+الصحة|غير\s+صحيح"
    r"|مفبرك|ملفق|أكاذيب|افتراء|مزاعم\s+باطلة|ادعاءات\s+كاذبة"
)
SAY_AR = re.compile(
    _AR_PREFIX + r"(?:قال|قالت|يقول|تقول|أفاد|أفادت|ذكر|ذكرت|يذكر|أضاف|أضافت|أكد|أكدت|أكّد|أكّدت"
    r"|أعلن|أعلنت|صرح|صرّح|صرحت|صرّحت|أوضح|أوضحت|أشار|أشارت|نقل|نقلت|كشف|كشفت|اتهم|اتهمت|زعم"
    r"|زعمت|أورد|أوردت|أبلغ|أبلغت|رأى|رأت|اعتبر|اعتبرت|وصف|وصفت|أفادت|أكدوا|قالوا|ذكروا)(?=[\s،])"
)
ACCORDING_AR = re.compile(
    _AR_PREFIX + r"(?:بحسب|حسب|وفقا\s+ل|وفقاً\s+ل|وفقًا\s+ل|طبقا\s+ل|طبقاً\s+ل|نقلا\s+عن|نقلاً\s+عن"
    r"|على\s+لسان)"
)
UNSOURCED_AR = re.compile(
    r"(?:^|\s)[و]?(?:يُزعم|يزعم\s+أن|ترددت\s+أنباء|أفادت\s+أنباء|تشير\s+تقارير)"
)


def find_first(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return pattern.search(text)
