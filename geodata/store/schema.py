"""Row shapes shared by both stores: how places and mentions become rows, and back.

Both backends keep the same columns, so the conversions live here once.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence

from geodata.model import Article, Mention, Place
from geodata.store.sentences import Sentences

#: The schema version this code writes and reads; each backend migrates older stores up to it.
SCHEMA_VERSION = 3


def article_hash(article: Article) -> str:
    """The article's ``content_hash``, or, when the reader left it empty, one over text and metadata."""
    if article.content_hash:
        return article.content_hash
    fields = [
        article.text,
        article.title,
        article.source,
        article.url,
        article.published.isoformat() if article.published else None,
        article.language,
        article.author,
        article.sample,
    ]
    return "sha256:" + hashlib.sha256(json.dumps(fields).encode("utf-8")).hexdigest()


def place_row(place: Place) -> tuple[object, ...]:
    """A place as the ten columns of the ``places`` table."""
    return (
        place.id,
        place.name,
        place.feature,
        place.lat,
        place.lon,
        place.country_code,
        place.admin1_code,
        place.geonameid,
        place.population,
        json.dumps(list(place.parents)),
    )


def place_from_row(row: Sequence[object]) -> Place:
    """The inverse of :func:`place_row` (``parents`` may come back as JSON text or a list)."""
    parents = row[9]
    if isinstance(parents, str):
        parents = _parents(parents)
    return Place(
        id=row[0],
        name=row[1],
        feature=row[2],
        lat=row[3],
        lon=row[4],
        country_code=row[5],
        admin1_code=row[6],
        geonameid=row[7],
        population=row[8],
        parents=tuple(parents or ()),
    )  # type: ignore[arg-type]


@functools.lru_cache(maxsize=4096)
def _parents(text: str) -> tuple[str, ...]:
    """The ``parents`` column's JSON text as a tuple, decoded once per distinct text.

    Thousands of places share a few texts (``[]`` above all), and decoding each row anew made up
    most of the time to read the places of a map.
    """
    return tuple(json.loads(text) or ())


def mention_rows(article: Article, mentions: Sequence[Mention]) -> list[tuple[object, ...]]:
    """The ``mentions`` rows of one article, in text order, each with its naming sentence."""
    sentences = Sentences(article.text)
    rows = []
    for seq, mention in enumerate(sorted(mentions, key=lambda m: (m.start, m.end))):
        sentence = sentences.around(mention.start, mention.end)
        rows.append(
            (
                article.id,
                seq,
                mention.start,
                mention.end,
                mention.text,
                mention.kind,
                float(mention.score),
                mention.place_id,
                sentence.text,
                sentence.start,
            )
        )
    return rows
