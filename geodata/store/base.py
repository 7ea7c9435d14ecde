"""The store interface: one API, two real backends (embedded SQLite, PostgreSQL with PostGIS).

The dashboard and the commands talk only to :class:`Store`. Every read takes :class:`Filters`, so the
map, the article list, the timeline and exports agree on what the current selection is.

An article *matches* the filters when its metadata pass (dates, language, source, full-text query)
and at least one of its mentions *passes*: it resolves to a place, its kind is one of ``kinds``
(every kind when empty) and its score is at least ``min_score``, and, if a region is set, its
place lies in that region: the region itself, or a place whose ``country_code`` (for a country code
such as ``"MX"``) or ``admin1_code`` (for an ISO 3166-2 code such as ``"MX-SIN"``) equals it. The
mention filters apply whether or not a region is set, so an article without a passing mention is
in no list, count or timeline: everything listed is on the map.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from geodata.model import Article, Failure, Mention, Place


@dataclass(frozen=True, slots=True)
class Filters:
    """The current selection. The defaults select every article and literal mentions only."""

    region: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    languages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    query: str | None = None
    kinds: tuple[str, ...] = ("literal",)  # () selects every kind
    min_score: float = 0.0


class Outcome(enum.StrEnum):
    """What saving one article did."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class StoredMention:
    """A mention as kept in the store, with the sentence that names the place.

    ``sentence_start`` is the sentence's offset in the article text, so the mention sits at
    ``sentence[start - sentence_start : end - sentence_start]``.
    """

    article_id: str
    start: int
    end: int
    text: str
    kind: str
    score: float
    place: Place | None
    sentence: str
    sentence_start: int


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    published: datetime | None
    language: str | None
    place_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceCount:
    """A place with the number of matching articles and mentions that name it."""

    place: Place
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class PlaceArticle:
    """An article that names a place, with the first sentence that names it.

    The name sits at ``sentence[highlight_start:highlight_end]``.
    """

    article_id: str
    title: str | None
    source: str | None
    url: str | None
    published: datetime | None
    sentence: str
    highlight_start: int
    highlight_end: int


@dataclass(frozen=True, slots=True)
class Facets:
    """What the filters can choose from, over the whole store."""

    sources: tuple[tuple[str, int], ...] = ()
    languages: tuple[tuple[str, int], ...] = ()
    first_published: datetime | None = None
    last_published: datetime | None = None
    countries: tuple[tuple[str, int], ...] = ()  # (ISO 3166-1 alpha-2, article count)
    admin1: tuple[tuple[str, int], ...] = ()  # (ISO 3166-2, article count)


@dataclass(frozen=True, slots=True)
class RecordedFailure:
    """A failure as kept in the store."""

    failure: Failure
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Row counts of the store; ``extra`` holds backend details (schema version, unresolved mentions)."""

    articles: int = 0
    mentions: int = 0
    places: int = 0
    failures: int = 0
    extra: dict[str, int] = field(default_factory=dict)


class Store(ABC):
    """A durable store of articles, their mentions and the places they resolve to.

    Writes are per article and transactional: :meth:`save` either stores the article with all its
    mentions or leaves the store as it was. Stores are safe to read while another process writes.
    """

    url: str

    # -- lifecycle -----------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None: ...

    # -- writes --------------------------------------------------------------------------------
    @abstractmethod
    def save(
        self, article: Article, mentions: Sequence[Mention], places: Sequence[Place]
    ) -> Outcome:
        """Store ``article`` with its mentions, in one transaction.

        Unchanged content hash: nothing is written (:attr:`Outcome.UNCHANGED`). Changed: the article
        row is replaced and its old mentions with it (:attr:`Outcome.UPDATED`). ``places`` holds every
        place the mentions resolve to; places are upserted by id.
        """

    @abstractmethod
    def is_unchanged(self, article_id: str, content_hash: str) -> bool:
        """True when the article is stored with this content hash (so geoparsing can be skipped)."""

    @abstractmethod
    def record_failure(self, failure: Failure) -> None:
        """Keep a failed input with its reason."""

    # -- reads ---------------------------------------------------------------------------------
    @abstractmethod
    def article(self, article_id: str) -> Article | None: ...

    @abstractmethod
    def mentions(self, article_id: str) -> list[StoredMention]:
        """Every stored mention of one article, in text order, whatever its kind or score."""

    def mentions_of(self, article_ids: Sequence[str]) -> dict[str, list[StoredMention]]:
        """:meth:`mentions` of many articles at once (for exports): id -> mentions in text order.

        Every id asked for is a key (an unknown id maps to ``[]``). The SQL backends answer in a
        few queries rather than one per article.
        """
        return {article_id: self.mentions(article_id) for article_id in article_ids}

    @abstractmethod
    def articles(
        self, filters: Filters = Filters(), *, limit: int | None = None, offset: int = 0
    ) -> list[ArticleSummary]:
        """Matching articles, newest first (undated last), with the names of the places they name."""

    @abstractmethod
    def count_articles(self, filters: Filters = Filters()) -> int: ...

    @abstractmethod
    def region_counts(
        self, filters: Filters = Filters(), *, level: Literal["country", "admin1"] = "admin1"
    ) -> dict[str, int]:
        """Matching articles per country (ISO 3166-1 alpha-2) or admin-1 unit (ISO 3166-2).

        An article counts once for each region one of its passing mentions lies in. The region filter
        itself is ignored here, so the map can shade every region while one is selected.
        """

    @abstractmethod
    def place_counts(self, filters: Filters = Filters()) -> list[PlaceCount]:
        """Every place named by a passing mention of a matching article, most articles first."""

    @abstractmethod
    def place_articles(
        self, place_id: str, filters: Filters = Filters(), *, limit: int = 20
    ) -> list[PlaceArticle]:
        """Matching articles that name ``place_id``, newest first, each with its naming sentence."""

    @abstractmethod
    def timeline(self, filters: Filters = Filters()) -> list[tuple[date, int]]:
        """Matching articles per publication day, oldest first; undated articles are left out."""

    @abstractmethod
    def facets(self) -> Facets: ...

    @abstractmethod
    def failures(self, *, limit: int = 100) -> list[RecordedFailure]:
        """The most recent failures first."""

    @abstractmethod
    def stats(self) -> StoreStats: ...
