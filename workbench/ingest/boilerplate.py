"""Lines that web pages wrap around an article: share buttons, comment forms, "read more" links.

Rules are whole-line and only apply to short lines, so a paragraph of reporting that merely mentions
"comments" or "follow" is never dropped. Each rule says whether it marks the end of an article (a
comment form, "Continue reading"): text after such a line may belong to another article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MAX_WORDS = 30
_SOCIAL = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|print|reddit|pinterest|messenger"
    r"|copy link|threads|bluesky|mastodon|instagram|youtube|tiktok|google news"
)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    ends_article: bool = False


def _rule(name: str, pattern: str, *, ends_article: bool = False) -> Rule:
    return Rule(name, re.compile(rf"^\s*(?:{pattern})\s*$", re.IGNORECASE), ends_article)


_AR_SOCIAL = (
    r"فيسبوك|فيس بوك|تويتر|واتساب|واتس آب|تلغرام|تيليجرام|لينكد إن|إكس|البريد الإلكتروني|طباعة"
)

RULES: tuple[Rule, ...] = (
    _rule(
        "continue reading",
        r"continue reading\W*|read the full (?:story|article)\W*",
        ends_article=True,
    ),
    _rule(
        "comment link",
        r"click (?:here )?to comment|\d* ?comments?|view comments|add a comment",
        ends_article=True,
    ),
    _rule(
        "comment form",
        r"(?:leave a (?:reply|comment)(?: cancel reply)?|post a comment)"
        r"(?:\s+(?:your )?e-?mail address will not be published\.?"
        r"(?: (?:required|mandatory) fields are marked \*?\.?)?)?"
        r"|join the (?:discussion|conversation)",
        ends_article=True,
    ),
    _rule(
        "comment form notice",
        r"(?:your )?e-?mail address will not be published\.?"
        r"(?: (?:required|mandatory) fields are marked \*?\.?)?"
        r"|(?:required|mandatory) fields are marked \*?\.?"
        r"|save my name, email,? and website in this browser.*"
        r"|you must be logged in to post a comment\.?",
        ends_article=True,
    ),
    _rule(
        "share buttons",
        rf"(?:share(?: this(?: article| story| post)?)?|share on|spread the word)\s*[:\-–]?"
        rf"(?:\s*[|,·•/]?\s*(?:{_SOCIAL}))*"
        rf"|(?:{_SOCIAL})(?:\s*[|,·•/]?\s*(?:{_SOCIAL})){{2,}}",
        ends_article=True,
    ),
    _rule(
        "follow us",
        r"(?:for (?:the )?latest [\w\s]{1,40}?,\s*)?(?:please )?follow (?:us|our)\b.{0,120}?"
        rf"(?:channel|page|account|app|newsletter|{_SOCIAL})\b.{{0,60}}",
    ),
    _rule(
        "newsletter",
        r"(?:sign up|subscribe)(?: to| for)? (?:our|the) .{0,40}newsletter.{0,80}",
    ),
    _rule(
        "read more link",
        r"(?:read more|read also|also read|see also|recommended|more on this)\s*:.{0,200}",
    ),
    _rule(
        "related heading",
        r"related (?:articles|stories|posts|news|topics)|you may also like|more from .{1,40}"
        r"|most read|trending now",
    ),
    _rule(
        "advertisement",
        r"advertisement|sponsored(?: content)?|scroll to continue(?: with content)?"
        r"|skip (?:to|ad).{0,20}",
    ),
    _rule("connect with us", r"connect with us|follow us"),
    _rule("copyright", r"(?:copyright\s*)?(?:©|\(c\))\s*\d{4}.{0,100}|all rights reserved\.?"),
    _rule(
        "image file name",
        r"[\w-]*(?:getty ?images|shutterstock|istock)[\w-]*[\s_-]*\d{5,}.{0,20}"
        r"|[\w-]+[ _-]\d{5,}[ _-]scaled",
    ),
    _rule(
        "arabic share buttons",
        r"(?:شارك|مشاركة)(?: المقال| الخبر| هذا المقال| هذا الخبر)?(?:\s*(?:على|عبر))?\s*[:：]?"
        rf"(?:\s*[|,،·•/]?\s*(?:{_AR_SOCIAL}))*",
        ends_article=True,
    ),
    _rule(
        "arabic follow us",
        r"تابعونا(?: على| عبر).{0,80}|تابعوا .{0,40}(?:قناة|قناتنا|صفحة|صفحتنا).{0,80}",
    ),
    _rule(
        "arabic read also",
        r"(?:اقرأ|إقرأ)(?: أيضا| أيضاً| المزيد)?(?:\s*[:：].{0,200})?",
    ),
    _rule(
        "arabic comment form",
        r"(?:اترك|أضف) (?:تعليقا|تعليقاً|ردا|رداً)|لن يتم نشر عنوان بريدك الإلكتروني.{0,80}",
        ends_article=True,
    ),
)


def match_rule(line: str) -> Rule | None:
    """The boilerplate rule a line matches, or None for a line to keep."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > _MAX_WORDS:
        return None
    for rule in RULES:
        if rule.pattern.match(stripped):
            return rule
    return None
