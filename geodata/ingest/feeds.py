"""RSS and Atom feeds, from files or URLs: each entry an article (feedparser).

An entry's text is its full content when the feed carries it, else its summary. Pages behind the
entries' links are not fetched here: a feed of headlines and short summaries gives short articles
(``geodata.ingest.read.with_page_text`` fetches them when a caller asks).
Entity declarations (``<!ENTITY``) are refused before parsing, so an entity-expansion bomb
("billion laughs") is never expanded.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

from geodata.errors import InputError
from geodata.ingest.articles import make_article
from geodata.ingest.fields import normalize_language, parse_published
from geodata.model import Article, Failure

#: Only the start of a document is looked at to tell a feed from a page.
SNIFF_BYTES = 4096

_FEED_ROOT = re.compile(rb"\s*<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)\b")
_PROLOGUE_ITEM = re.compile(
    rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)", re.DOTALL
)
_URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)

#: Tags after which the text of an HTML fragment breaks into a new paragraph.
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
     "tr", "table", "section", "article", "header", "footer", "pre", "hr", "figure", "dd", "dt"}
)  # fmt: skip
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "figcaption", "iframe"})


class _FragmentText(HTMLParser):
    """Collects the text of an HTML fragment, paragraph breaks at block tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_fragment_to_text(fragment: str) -> str:
    """Plain text from an HTML fragment such as a feed entry's summary."""
    parser = _FragmentText()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    paragraphs = (" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text))
    return "\n\n".join(chunk for chunk in paragraphs if chunk)


def _prologue_end(data: bytes) -> int:
    """Offset of the root element: after a BOM, the XML declaration, comments and the DOCTYPE."""
    head = data[:SNIFF_BYTES]
    position = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    while True:
        match = _PROLOGUE_ITEM.match(head, position)
        if not match:
            return position
        position = match.end()


def looks_like_feed(data: bytes) -> bool:
    """Whether ``data`` (UTF-8 or ASCII-compatible) starts like an RSS, RDF or Atom document."""
    head = data[:SNIFF_BYTES]
    return bool(_FEED_ROOT.match(head, _prologue_end(head)))


def check_no_entities(data: bytes) -> None:
    """Raise :class:`InputError` when the document declares XML entities (a possible bomb).

    The whole document is searched, not just its head, so padding before the DOCTYPE cannot
    hide a declaration; escaped text (``&lt;!ENTITY``) does not match.
    """
    match = _ENTITY_DECLARATION.search(data)
    if match:
        raise InputError(
            f"the feed declares XML entities (<!ENTITY at byte {match.start()}): refused, because "
            "entity declarations are how entity-expansion bombs work and real feeds do not need them"
        )


def _entry_published(entry: Any) -> Any:
    """The entry's date: the raw string when it parses, else feedparser's UTC time tuple."""
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        raw = entry.get(raw_key)
        if not raw:
            continue
        try:
            return parse_published(raw)
        except InputError:
            parsed = entry.get(parsed_key)
            if parsed:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            raise
    return None


def _entry_link(entry: Any) -> str | None:
    """The entry's web address; feedparser offers an Atom ``<id>`` such as ``urn:uuid:...`` as
    the link when there is none, which names no page."""
    candidates = [
        link.get("href")
        for link in entry.get("links") or ()
        if link.get("rel", "alternate") == "alternate"
    ]
    candidates.append(entry.get("link"))
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.lower().startswith(("http://", "https://")):
            return candidate
    return None


def _entry_key(guid: str | None, *, feed: str) -> str | None:
    """What a link-less entry's id derives from: a guid that is a URI (Atom requires ``urn:``,
    ``tag:`` or ``http:`` ids, unique everywhere) alone, so the entry keeps its id whether the
    feed is read by URL, from a file or as an upload; any other guid (RSS allows ``123``) with
    the feed it came from."""
    if not guid:
        return None
    if _URI_SCHEME.match(guid):
        return f"guid:{guid}"
    return f"{feed}#{guid}"


def _channel_language(channel: Any) -> str | None:
    """The feed's language, or ``None`` (detected per entry) when it is missing or not a code."""
    try:
        return normalize_language(channel.get("language"))
    except InputError:
        return None


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or ():
        value = content.get("value") or ""
        if value.strip():
            return html_fragment_to_text(value)
    return html_fragment_to_text(entry.get("summary") or "")


def parse_feed(data: bytes, *, origin: str, url: str | None = None) -> list[Article | Failure]:
    """Articles from an RSS or Atom document, one per entry.

    An entry's origin is ``FEED#N`` (N counts entries from 1); its id comes from its link when it
    has one, else from its guid (see :func:`_entry_key`), else from its origin. A feed that cannot be read is one Failure; an
    entry that cannot be read is one Failure and the other entries are still read.
    """
    try:
        check_no_entities(data)
    except InputError as err:
        return [Failure(origin=origin, reason=str(err))]
    import feedparser

    try:
        parsed = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    except (ValueError, LookupError) as err:
        # feedparser trusts the XML declaration's encoding name; a garbled one raises here.
        return [Failure(origin=origin, reason=f"not a readable RSS or Atom feed: {err}")]
    if not parsed.entries:
        if parsed.bozo:
            reason = f"not a valid RSS or Atom feed: {parsed.get('bozo_exception')}"
        elif parsed.get("version"):
            reason = "the feed has no entries"
        else:
            reason = "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)"
        return [Failure(origin=origin, reason=reason)]
    channel = parsed.feed
    results: list[Article | Failure] = []
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        guid = entry.get("id") or entry.get("guid")
        try:
            text = _entry_text(entry)
            if not text:
                raise InputError("entry has no text (no content and no summary)")
            article = make_article(
                text=text,
                origin=entry_origin,
                key=_entry_key(guid, feed=url or origin),
                title=entry.get("title"),
                source=channel.get("title"),
                url=_entry_link(entry),
                published=_entry_published(entry),
                language=_channel_language(channel),
                author=entry.get("author"),
                extra={"feed": url or origin, **({"guid": guid} if guid else {})},
            )
        except InputError as err:
            results.append(Failure(origin=entry_origin, reason=str(err)))
            continue
        results.append(article)
    return results
