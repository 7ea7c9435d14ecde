"""Query building shared by the SQLite and PostGIS stores, so both give the same answers.

Both backends keep the same tables (``articles``, ``mentions``, ``places``, ``failures``) under the
same column names; only full-text search and parameter markers differ, and each backend passes in
how it spells them. Every read builds on :func:`article_where` and :func:`mention_where`, so the
article list, the counts, the map and the timeline agree on what the filters select.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from geodata.errors import InputError
from geodata.model import Article, Mention, Place
from geodata.store.base import Filters

#: A word for full-text search: letters and digits (the underscore separates, as in FTS5).
WORD = re.compile(r"[^\W_]+")
_TERM = re.compile(r'"([^"]*)"?|(\S+)')


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics ("Mérida" and "merida" search alike)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: A search: every group must match (AND); a group matches when one of its phrases does (OR).
Search = list[list[tuple[str, ...]]]


def search_terms(query: str | None) -> Search:
    """Split a user's search box input into groups of phrases of folded words.

    Words are runs of letters and digits; everything else (stray quotes, brackets, ``*``, ``:``,
    ``-``) is dropped, so no input can be invalid search syntax. Text in double quotes is one
    phrase. Terms must all match, except that ``OR`` (in capitals) between two terms lets either
    match; a capital ``AND`` is accepted and changes nothing.
    """
    if not query:
        return []
    groups: Search = []
    join_next = False
    for match in _TERM.finditer(query):
        bare = match.group(2)
        if bare == "OR":
            join_next = bool(groups)
            continue
        if bare == "AND":
            continue
        words = tuple(WORD.findall(fold(match.group(1) or bare or "")))
        if not words:
            continue
        if join_next:
            groups[-1].append(words)
        else:
            groups.append([words])
        join_next = False
    return groups


def fts5_match(search: Search) -> str:
    """An FTS5 MATCH expression: every phrase quoted, alternatives joined by OR, groups by AND."""
    return " AND ".join(
        "(" + " OR ".join('"' + " ".join(words) + '"' for words in group) + ")" for group in search
    )


def tsquery_text(search: Search) -> str:
    """A PostgreSQL ``to_tsquery('simple', ...)`` expression with the same meaning as :func:`fts5_match`.

    Words hold only letters and digits (see :func:`search_terms`), so quoting them as lexemes is safe.
    """
    return " & ".join(
        "(" + " | ".join("(" + " <-> ".join(f"'{w}'" for w in words) + ")" for words in group) + ")"
        for group in search
    )


@dataclass(frozen=True, slots=True)
class Dialect:
    """How one backend spells a parameter and a full-text condition on the article alias ``a``."""

    param: str
    fts: Callable[[Search], tuple[str, list[object]]]
    #: Put before a column in ``x IN (subquery)`` so the planner tests membership instead of
    #: probing an index once per listed value per row (SQLite: ``+``).
    no_index: str = ""


def published_fields(published: datetime | None) -> tuple[str | None, str | None, float | None]:
    """The stored forms of a publication time: ISO text, day (as written), and a sort key.

    The day is the calendar date in the article's own time zone, so "5 November" stays 5 November.
    A naive time is taken as UTC for the sort key.
    """
    if published is None:
        return None, None, None
    aware = published if published.tzinfo is not None else published.replace(tzinfo=UTC)
    return published.isoformat(), published.date().isoformat(), aware.timestamp()


def parse_published(value: str | None) -> datetime | None:
    """Read back the ISO text written by :func:`published_fields`."""
    return None if value is None else datetime.fromisoformat(value)


def day(value: str | date) -> date:
    """A stored publication day as a :class:`date` (SQLite keeps text, PostgreSQL a date)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def mention_where(filters: Filters, d: Dialect, alias: str = "m") -> tuple[str, list[object]]:
    """The condition a mention must pass (``kinds``, ``min_score``); no kinds means every kind."""
    parts: list[str] = []
    params: list[object] = []
    if filters.kinds:
        parts.append(f"{alias}.kind IN ({', '.join([d.param] * len(filters.kinds))})")
        params.extend(storable(v) for v in filters.kinds)
    if filters.min_score > 0:
        parts.append(f"{alias}.score >= {d.param}")
        params.append(float(filters.min_score))
    return (" AND ".join(parts) or "1=1"), params


def region_where(region: str, d: Dialect, alias: str = "p") -> tuple[str, list[object]]:
    """A place lies in ``region`` when its country code or ISO 3166-2 admin-1 code equals it."""
    return f"({alias}.country_code = {d.param} OR {alias}.admin1_code = {d.param})", [
        region,
        region,
    ]


def article_where(
    filters: Filters, d: Dialect, *, use_region: bool = True, use_mentions: bool = True
) -> tuple[str, list[object]]:
    """The condition an article (alias ``a``) must meet to match ``filters``.

    Its metadata must pass (dates, languages, sources, full-text query) and it must have a passing
    mention (:func:`has_passing_mention`, :func:`region_article_ids`): resolved, of a chosen kind, scored at least
    ``min_score``, and in ``filters.region`` when one is set. ``use_region=False`` leaves the
    region out (for :meth:`Store.region_counts`); ``use_mentions=False`` leaves out the passing
    mention test when no region is asked for, for callers that join a passing mention themselves.
    """
    parts: list[str] = []
    params: list[object] = []
    if filters.since is not None:
        parts.append(f"a.published_day >= {d.param}")
        params.append(filters.since.isoformat())
    if filters.until is not None:
        parts.append(f"a.published_day <= {d.param}")
        params.append(filters.until.isoformat())
    if filters.languages:
        parts.append(f"a.language IN ({', '.join([d.param] * len(filters.languages))})")
        params.extend(storable(v) for v in filters.languages)
    if filters.sources:
        parts.append(f"a.source IN ({', '.join([d.param] * len(filters.sources))})")
        params.extend(storable(v) for v in filters.sources)
    terms = search_terms(filters.query)
    if terms:
        clause, fts_params = d.fts(terms)
        parts.append(clause)
        params.extend(fts_params)
    if use_region and filters.region:
        # A region names few places: list their passing mentions' articles once.
        ids_sql, ids_params = region_article_ids(filters, d)
        parts.append(f"{d.no_index}a.id IN ({ids_sql})")
        params.extend(ids_params)
    elif use_mentions:
        passing_sql, passing_params = has_passing_mention(filters, d)
        parts.append(passing_sql)
        params.extend(passing_params)
    return (" AND ".join(parts) or "1=1"), params


def has_passing_mention(filters: Filters, d: Dialect) -> tuple[str, list[object]]:
    """The condition that article ``a`` has a passing mention (without a region).

    A mention passes when it resolves to a place (only those are on the map), its kind is one of
    ``filters.kinds`` (all kinds when empty) and its score is at least ``filters.min_score``. The
    test is an ``EXISTS`` on the article's id, answered from the ``mentions_article`` index
    (article, place, kind, score) without reading a mention row; listing the ids of every
    article with a passing mention instead would read the whole index on each query.
    """
    mention_sql, mention_params = mention_where(filters, d, alias="rm")
    return (
        "EXISTS (SELECT 1 FROM mentions rm WHERE rm.article_id = a.id"
        f" AND rm.place_id IS NOT NULL AND {mention_sql})",
        mention_params,
    )


def region_article_ids(filters: Filters, d: Dialect) -> tuple[str, list[object]]:
    """A subquery of the ids of articles with a passing mention in ``filters.region``."""
    mention_sql, mention_params = mention_where(filters, d, alias="rm")
    region_sql, region_params = region_where(storable((filters.region or "").strip().upper()), d)
    return (
        "SELECT rm.article_id FROM places p JOIN mentions rm ON rm.place_id = p.id"
        f" WHERE {region_sql} AND {mention_sql}",
        [*region_params, *mention_params],
    )


def order_newest(alias: str = "a") -> str:
    """ORDER BY terms for articles (table alias ``alias``): newest first, undated last, then by id."""
    return f"{alias}.published_ts IS NULL, {alias}.published_ts DESC, {alias}.id"


#: Newest first, undated last, then by id so pages are stable (articles aliased ``a``).
ORDER_NEWEST = order_newest()


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str | None) -> str | None:
    """``text`` with NUL characters and lone surrogates replaced by U+FFFD.

    Neither can be stored (PostgreSQL refuses NUL in text; neither database accepts lone surrogates,
    which ``surrogateescape`` decoding leaves behind). One character replaces one, so offsets
    into the text stay valid.
    """
    if text is None or not _UNSTORABLE.search(text):
        return text
    return _UNSTORABLE.sub("\ufffd", text)


def storable_input(
    article: Article, mentions: list[Mention], places: list[Place]
) -> tuple[Article, list[Mention], list[Place]]:
    """The article, mentions and places with every text field made :func:`storable`."""
    from dataclasses import replace

    fields = ("text", "origin", "title", "source", "url", "language", "author")
    if any(storable(getattr(article, f)) != getattr(article, f) for f in fields):
        article = replace(article, **{f: storable(getattr(article, f)) for f in fields})
    mentions = [
        m if storable(m.text) == m.text else replace(m, text=storable(m.text)) for m in mentions
    ]
    places = [
        p if storable(p.name) == p.name else replace(p, name=storable(p.name)) for p in places
    ]
    return article, mentions, places


def check_save_input(article: Article, mentions: list[Mention], places: list[Place]) -> None:
    """Raise :class:`InputError` unless the mentions fit the article text and name given places."""
    if not article.id:
        raise InputError(f"article from {article.origin!r} has an empty id: give it a stable id")
    known = {p.id for p in places}
    size = len(article.text)
    for mention in mentions:
        if not 0 <= mention.start <= mention.end <= size:
            raise InputError(
                f"mention {mention.text!r} of article {article.id!r} has offsets "
                f"[{mention.start}:{mention.end}] outside the text of length {size}"
            )
        found = article.text[mention.start : mention.end]
        if found != mention.text:
            raise InputError(
                f"mention of article {article.id!r} at [{mention.start}:{mention.end}] says "
                f"{mention.text!r} but the text there is {found!r}: offsets must index article.text"
            )
        if mention.place_id is not None and mention.place_id not in known:
            raise InputError(
                f"mention {mention.text!r} of article {article.id!r} resolves to place "
                f"{mention.place_id!r}, which is not among the {len(places)} places passed to save(): "
                "pass every place the mentions resolve to"
            )
