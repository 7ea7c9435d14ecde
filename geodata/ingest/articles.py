"""Building :class:`~geodata.model.Article` values: validated fields, stable id, content hash.

Every reader (Markdown, text, HTML, JSON, feeds, pages) ends here, so an article means the same
thing whichever format it came in.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from geodata.errors import InputError
from geodata.ingest.fields import (
    canonical_url,
    clean_text,
    normalize_language,
    optional_string,
    parse_published,
    parse_sample,
)
from geodata.ingest.language import detect_language
from geodata.model import Article

#: The metadata an input may carry besides its text; anything else goes to ``Article.extra``.
METADATA_FIELDS: tuple[str, ...] = (
    "title",
    "source",
    "url",
    "published",
    "language",
    "author",
    "sample",
)

#: Field names of static-site generators and exports, read as the project's own.
ALIASES: dict[str, str] = {
    "date": "published",
    "lang": "language",
    "link": "url",
    "authors": "author",
}

#: Extra fields nested deeper than this are refused (metadata is flat; depth only costs).
MAX_EXTRA_DEPTH = 32

#: Length of the hexadecimal article id (80 bits of SHA-256).
ID_LENGTH = 20


def identifies_article(url: str | None) -> bool:
    """Whether a canonical URL can name one article: a site's front page (path ``/``, no query),
    as in ``url: https://www.example.org/``, names the site, not an article."""
    if not url:
        return False
    parts = urlsplit(url)
    return parts.path not in ("", "/") or bool(parts.query)


def article_id(*, url: str | None, origin: str) -> str:
    """The stable id of an article: from its canonical URL when that names an article, else
    from its origin."""
    key = f"url\x00{url}" if identifies_article(url) else f"origin\x00{origin}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:ID_LENGTH]


def content_hash(
    *,
    text: str,
    title: str | None,
    source: str | None,
    url: str | None,
    published: datetime | None,
    language: str | None,
    author: str | None,
    sample: bool,
) -> str:
    """SHA-256 over the text and every metadata field: it changes when any of them changes."""
    payload = json.dumps(
        [
            text,
            title,
            source,
            url,
            published.isoformat() if published else None,
            language,
            author,
            sample,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _json_ready(value: Any, depth: int = 0) -> Any:
    """Extra fields as plain JSON values, so every store can keep them."""
    if depth > MAX_EXTRA_DEPTH:
        raise InputError(
            f"an extra field is nested deeper than {MAX_EXTRA_DEPTH} levels: flatten it"
        )
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): _json_ready(val, depth + 1) for key, val in value.items()}
    if isinstance(value, list | tuple):
        return [_json_ready(val, depth + 1) for val in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def make_article(
    *,
    text: str,
    origin: str,
    title: Any = None,
    source: Any = None,
    url: Any = None,
    published: Any = None,
    language: Any = None,
    author: Any = None,
    sample: Any = False,
    extra: Mapping[str, Any] | None = None,
    key: str | None = None,
) -> Article:
    """Validate and normalise one article's fields and compute its id and content hash.

    Raises :class:`InputError` when the text is empty or a field makes no sense (an impossible
    date, a language that is not a code, a URL that is not http(s)). The language is detected
    from the text when not given. ``key`` is what the id derives from when there is no URL
    (default: ``origin``), for inputs whose stable identity is not their display name.
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a string, got {type(text).__name__}")
    body = clean_text(text)
    if not body:
        raise InputError("no text: the article is empty (only the text is required; add it)")
    clean_url = canonical_url(url)
    when = parse_published(published)
    code = normalize_language(language) or detect_language(body)
    fields: dict[str, Any] = {
        "title": optional_string(title, field_name="title"),
        "source": optional_string(source, field_name="source"),
        "author": optional_string(author, field_name="author"),
    }
    flag = parse_sample(sample)
    return Article(
        id=article_id(url=clean_url, origin=key or origin),
        text=body,
        origin=origin,
        url=clean_url,
        published=when,
        language=code,
        sample=flag,
        content_hash=content_hash(
            text=body, url=clean_url, published=when, language=code, sample=flag, **fields
        ),
        extra=_json_ready(dict(extra or {})),
        **fields,
    )


def split_metadata(record: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A record's known metadata fields and the rest (kept as ``extra``).

    The names other tools write (``date``, ``lang``, ``link``, ``authors``; see ``ALIASES``) count
    as the project's own when the project's name is absent.
    """
    known = {key: record[key] for key in METADATA_FIELDS if key in record}
    used = set(known)
    for alias, name in ALIASES.items():
        if name not in known and alias in record:
            known[name] = record[alias]
            used.add(alias)
    rest = {str(key): val for key, val in record.items() if key not in used and key != "text"}
    return known, rest


def read_text(
    text: str,
    *,
    origin: str,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: datetime | str | None = None,
    language: str | None = None,
    author: str | None = None,
    sample: bool = False,
) -> Article:
    """An article from text pasted into the dashboard or given by a program.

    ``origin`` names where it came from (for example ``"pasted"``); it is the article's identity
    when there is no ``url``, so two texts pasted under one origin share an id and the later
    replaces the earlier in the store: give each its own origin to keep both. Raises
    :class:`InputError` for an empty text or a bad field.
    """
    return make_article(
        text=text,
        origin=origin,
        title=title,
        source=source,
        url=url,
        published=published,
        language=language,
        author=author,
        sample=sample,
    )
