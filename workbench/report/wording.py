"""The report's fixed texts in the report's language, read from the window's translation files.

The report is written without Qt, so it reads the same `resources/i18n/*.ts` files the window's
translations are compiled from: one set of translations, checked by one test. Texts are marked
`words.translate("Report", "…")`, which `pyside6-lupdate` extracts like the window's.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime
from functools import cache

from workbench.core.records import CaseDossier
from workbench.paths import resource

LANGUAGES = ("en", "ar")
RIGHT_TO_LEFT = {"ar"}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
ARABIC_MONTHS = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

Key = tuple[str, str, str]  # context, source, comment
Forms = list[str]


def case_language(dossier: CaseDossier) -> str:
    """The language most of the case's articles are written in; English when they are even."""
    counts = Counter(a.language for a in dossier.articles if a.language in LANGUAGES)
    if counts.get("ar", 0) > counts.get("en", 0):
        return "ar"
    return "en"


@cache
def _catalogue(language: str) -> dict[Key, Forms]:
    path = resource("i18n", f"workbench_{language}.ts")
    found: dict[Key, Forms] = {}
    if not path.is_file():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if all(forms):
                found[key] = forms
    return found


def _plural_form(language: str, n: int) -> int:
    """Qt's plural rules for the languages the report speaks (the order of the .ts forms)."""
    if language == "ar":
        rest = n % 100
        if n in (0, 1, 2):
            return n
        if 3 <= rest <= 10:
            return 3
        if rest >= 11:
            return 4
        return 5
    return 0 if n == 1 else 1


class Wording:
    """Fixed texts, numbers and dates in one language."""

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in LANGUAGES else "en"
        self.rtl = self.language in RIGHT_TO_LEFT

    def translate(self, context: str, text: str, comment: str = "", n: int = -1) -> str:
        """`text` in the report's language; `%n` becomes `n` in the language's plural form."""
        forms = _catalogue(self.language).get((context, text, comment))
        chosen = text
        if forms:
            chosen = (
                forms[_plural_form(self.language, n)] if n >= 0 and len(forms) > 1 else forms[0]
            )
        if n >= 0:
            chosen = chosen.replace("%Ln", self.number(n)).replace("%n", str(n))
        return chosen

    def number(self, value: int | str) -> str:
        text = str(value)
        return text.translate(ARABIC_DIGITS) if self.language == "ar" else text

    def long_date(self, value: date | datetime | None) -> str:
        """ "14 April 2031", or its Arabic "١٤ أبريل ٢٠٣١"; "undated" in either language."""
        if value is None:
            return self.translate("Report", "undated")
        months = ARABIC_MONTHS if self.language == "ar" else ENGLISH_MONTHS
        return self.number(f"{value.day} {months[value.month - 1]} {value.year}")

    def short_date(self, value: date | None) -> str:
        """ "14 Apr 2031" for tables; Arabic has no short month names, so the whole one."""
        if value is None:
            return self.translate("Report", "undated")
        if self.language == "ar":
            return self.long_date(value)
        return f"{value.day} {value:%b %Y}"
