"""Web pages saved as ``.html``/``.htm`` or fetched by URL: main text and metadata by trafilatura.

Boilerplate is left out: navigation, footers and comments by trafilatura itself; donation and
newsletter boxes, share bars and image credits by the class/id names pruned here and by dropping
short credit lines ("Foto: ...", "Photo: ...").
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from geodata.errors import InputError
from geodata.ingest.articles import make_article
from geodata.ingest.fields import parse_published
from geodata.ingest.language import detect_language
from geodata.model import Article

log = logging.getLogger(__name__)

#: Parts of class or id names that mark boxes around an article, never the article itself.
BOILERPLATE_MARKERS: tuple[str, ...] = (
    "donat",
    "spende",
    "newsletter",
    "subscribe",
    "paywall",
    "support-us",
    "supportus",
    "share",
    "social",
    "related",
    "promo",
    "advert",
    "banner",
    "cookie",
    "credit",
    "caption",
    "copyright",
)

#: Phrases of donation, subscription and newsletter appeals in de/es/en; a short line holding one
#: is an appeal to the reader, not news, even when the page marks its box with no class name.
APPEAL_PHRASES: tuple[str, ...] = (
    "jetzt spenden",
    "unterstützen sie unabhängigen journalismus",
    "unterstützen sie unsere arbeit",
    "newsletter abonnieren",
    "jetzt abonnieren",
    "haz tu donativo",
    "haz tu donación",
    "dona ahora",
    "apoya el periodismo",
    "suscríbete",
    "donate now",
    "support our journalism",
    "support independent journalism",
    "subscribe to our newsletter",
    "sign up for our newsletter",
)

#: Fewer characters of main text than this and the page is taken to have no article.
MIN_TEXT_CHARS = 50

_CREDIT_LINE = re.compile(
    r"^\s*[(\[]?(?:foto|fotos|bild|bilder|photo|photos|image|picture|imagen|fotografía|"
    r"grafik|graphic|credit|crédito|quelle|source|©|\(c\))\s*[:/©]",
    re.IGNORECASE,
)
#: A credit line is short; a long line starting with "Source:" is a sentence of the article.
MAX_CREDIT_CHARS = 120
#: Likewise an appeal: a long paragraph that mentions a newsletter is part of the article.
MAX_APPEAL_CHARS = 200
_HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*", re.IGNORECASE
)


def _prune_xpath() -> list[str]:
    lowered_class = "translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"
    lowered_id = "translate(@id,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"
    return [
        f"//*[contains({lowered_class},'{marker}') or contains({lowered_id},'{marker}')]"
        for marker in BOILERPLATE_MARKERS
    ] + ["//figcaption", "//aside", "//noscript"]


def _is_boilerplate_line(line: str) -> bool:
    if len(line) <= MAX_CREDIT_CHARS and _CREDIT_LINE.match(line):
        return True
    lowered = line.lower()
    return len(line) <= MAX_APPEAL_CHARS and any(phrase in lowered for phrase in APPEAL_PHRASES)


def _drop_boilerplate_lines(text: str, title: str | None) -> str:
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]
    kept = [line for line in lines if not _is_boilerplate_line(line)]
    # trafilatura puts one paragraph per line; an empty line between them reads better and lets
    # the geoparser see paragraph ends.
    return "\n\n".join(line.strip() for line in kept if line.strip())


def parse_html(html: str, *, origin: str, url: str | None = None) -> Article:
    """One article from an HTML page: main text, title, author, date and canonical URL.

    ``url`` is where the page was fetched from; the page's own canonical URL wins over it.
    Raises :class:`InputError` when the page has no main text (for example a page that is all
    script).
    """
    text, document = _extract(html, url=url, prune=True)
    if document is not None and len(text) < MIN_TEXT_CHARS:
        # A page whose article container itself carries a marker name ("entry share-wrapper")
        # loses everything to pruning: try once more without it before giving up.
        text, document = _extract(html, url=url, prune=False)
    if len(text) < MIN_TEXT_CHARS:
        raise InputError(
            f"no article text in the HTML: {len(text)} characters of main text outside scripts, "
            "navigation and boilerplate (is the page built by JavaScript? save it after it has "
            "rendered, or give the text itself)"
        )
    assert document is not None  # text is non-empty only when a document was found
    # Site templates often declare one language for every page (lang="en" on a German story), so
    # the text itself decides when there is enough of it; the declaration is the fallback.
    declared = _HTML_LANG.search(html[:4096])
    language = detect_language(text) or (declared.group(1) if declared else None)
    return make_article(
        text=text,
        origin=origin,
        title=document.title,
        source=document.sitename or document.hostname,
        url=document.url or url,
        published=_published(document.date),
        language=language,
        author=document.author,
    )


def _extract(html: str, *, url: str | None, prune: bool) -> tuple[str, Any]:
    """The cleaned main text and trafilatura's document (``None`` when it found nothing)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_tables=True,
        prune_xpath=_prune_xpath() if prune else None,
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    if document is None:
        return "", None
    return _drop_boilerplate_lines(document.text or "", document.title), document


def _published(value: str | None) -> datetime | None:
    """trafilatura's date as a datetime. The date of a page is found by heuristics, not written
    by the user, so one that cannot be read is dropped (and logged) rather than failing the page."""
    if not value:
        return None
    match = re.match(r"^(\d{4}-\d{2}-\d{2})T00:00:00$", value)
    try:
        return parse_published(match.group(1) if match else value)
    except InputError as err:
        log.info("page date %r not used: %s", value, err)
        return None
