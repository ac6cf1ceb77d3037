"""Saved web pages: the article's text and the page's own metadata, read from the file alone.

Nothing is fetched and no script runs: trafilatura and lxml get the page as a string. trafilatura
finds the article body; when it finds nothing (odd markup, a page that is all one block), a plain
walk over the paragraphs of the page is the fallback.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

import lxml.html
import trafilatura
from lxml import etree

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
_MAX_TITLE_CHARS = 300
_BLOCKS = "//h1|//h2|//h3|//h4|//p|//li|//blockquote|//pre|//td"
_SKIPPED = ("script", "style", "noscript", "template", "nav", "footer", "form")


@dataclass(frozen=True)
class PageText:
    text: str
    title: str | None
    byline: str | None
    outlet: str | None
    url: str | None
    published: date | None


def read_page(markup: str) -> PageText:
    """The article text and metadata of one saved page; empty text when the page has none."""
    tree = _parse(markup)
    if tree is None:
        return PageText(text="", title=None, byline=None, outlet=None, url=None, published=None)
    # Metadata is read before extraction, which may prune the tree it is given.
    meta = _meta_tags(tree)
    json_ld = _json_ld(tree)
    canonical = _canonical(tree)
    html_title = _html_title(tree)
    published = _published(meta, json_ld, tree)
    try:
        # fast=True skips trafilatura's second and third extractors; its own date search is
        # shallow because it rejects dates after today, and _published() reads the tags directly.
        document = trafilatura.bare_extraction(
            tree,
            fast=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            date_extraction_params={"extensive_search": False},
        )
    except Exception:  # a page trafilatura cannot handle goes to the fallback
        document = None
    text = _paragraphs(getattr(document, "text", None) or "")
    if not text:
        # trafilatura pruned the tree it was given; the fallback wants the whole page again.
        fresh = _parse(markup)
        text = _plain_text(fresh if fresh is not None else tree)
    return PageText(
        text=text,
        title=_title(getattr(document, "title", None), meta.get("og:title"), html_title),
        byline=_first(
            meta.get("author"), meta.get("article:author"), getattr(document, "author", None)
        ),
        outlet=_first(
            meta.get("og:site_name"),
            meta.get("publisher"),
            meta.get("application-name"),
            _json_ld_publisher(json_ld),
            getattr(document, "sitename", None),
        ),
        url=_first(canonical, meta.get("og:url"), getattr(document, "url", None)),
        published=published or _parse_date(getattr(document, "date", None)),
    )


def _parse(markup: str) -> lxml.html.HtmlElement | None:
    if not markup.strip():
        return None
    try:
        # An XML declaration with an encoding is refused by lxml for str input; the text is
        # already decoded, so the declaration says nothing useful.
        markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup)
        return lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None


def _meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (
            element.get("property") or element.get("name") or element.get("itemprop") or ""
        ).lower()
        content = (element.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    return found


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href", "").strip()
    return None


def _html_title(tree: lxml.html.HtmlElement) -> str | None:
    element = tree.find(".//title")
    return element.text_content().strip() if element is not None else None


def _json_ld(tree: lxml.html.HtmlElement) -> list[dict]:
    items: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                items.extend(x for x in item.get("@graph", [item]) if isinstance(x, dict))
    return items


def _json_ld_publisher(json_ld: list[dict]) -> str | None:
    for item in json_ld:
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return publisher["name"]
    return None


def _published(
    meta: dict[str, str], json_ld: list[dict], tree: lxml.html.HtmlElement
) -> date | None:
    for key in _DATE_META:
        found = _parse_date(meta.get(key))
        if found:
            return found
    for item in json_ld:
        found = _parse_date(item.get("datePublished"))
        if found:
            return found
    for element in tree.iter("time"):
        found = _parse_date(element.get("datetime"))
        if found:
            return found
    return None


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    match = _DATE.search(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _plain_text(tree: lxml.html.HtmlElement) -> str:
    for element in list(tree.iter(*_SKIPPED)):
        if element.getparent() is not None:
            element.drop_tree()
    found = tree.xpath(_BLOCKS)
    chosen = set(found)
    # A <p> inside an <li> or <blockquote> is already part of its container's text.
    outer = [el for el in found if not any(a in chosen for a in el.iterancestors())]
    blocks = [" ".join(el.text_content().split()) for el in outer]
    blocks = [block for block in blocks if block]
    if not blocks:
        body = tree.find(".//body")
        source = body if body is not None else tree
        blocks = [line.strip() for line in source.text_content().split("\n") if line.strip()]
    return "\n\n".join(blocks)


def _paragraphs(text: str) -> str:
    """One blank line between blocks, as in the other formats: trafilatura puts one newline."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def _title(*values: object) -> str | None:
    """The first plausible title: an unclosed <title> in broken markup can swallow the page."""
    return _first(*(v for v in values if isinstance(v, str) and len(v) <= _MAX_TITLE_CHARS))


def _first(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None
