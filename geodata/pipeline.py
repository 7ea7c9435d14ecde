"""The ingest pipeline: articles in, geoparsed and stored, one article at a time or on Dask.

Data flows one way::

    read_inputs (files, feeds, pages)  ->  process (geoparse + resolve)  ->  Store.save

:func:`process` is the per-article stage. It is a pure module-level function over picklable values,
so it runs unchanged in the calling process or in the worker processes of a Dask cluster. Writes
happen where the store allows them:

- embedded SQLite: only the driver (the calling process) writes; workers send results back;
- PostgreSQL/PostGIS: each worker opens its own connection from the store URL (a URL is shipped,
  never a connection) and saves what it processed, so many writers work at once.

Every article is one transaction (see :meth:`geodata.store.base.Store.save`). An article whose
content hash is already stored is not geoparsed again. One article that fails becomes one recorded
:class:`~geodata.model.Failure`; the rest of the run goes on.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
import types
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from geodata.errors import ConfigurationError, FetchError, InputError, StoreError
from geodata.model import Article, Failure, Mention, Place

if TYPE_CHECKING:
    from distributed import Client

    from geodata.geocode import RemoteFallback
    from geodata.geocode.remote import RemoteResult
    from geodata.store.base import Outcome, Store

__all__ = [
    "IngestReport",
    "ProcessedArticle",
    "StoredArticle",
    "ingest",
    "ingest_articles",
    "places_for",
    "process",
    "process_chunk",
    "validate_article",
    "workers_write",
]

log = logging.getLogger(__name__)

#: Articles per Dask task. Geoparsing one article takes a few milliseconds, about what a task
#: costs in scheduling and transfer: on 2 busy cores, 1,000 synthetic articles on 2 workers took
#: 7.0 s in chunks of 32 and 15.5 s in chunks of 8 (one run each, so only the order is firm).
DEFAULT_CHUNK_SIZE = 32

#: Chunks in flight per worker thread: enough to keep every worker busy while the driver reads and
#: writes, few enough that memory stays flat on a corpus of any size.
IN_FLIGHT_PER_THREAD = 3

#: The scheduler's HTTP server (health and metrics routes) starts even with the dashboard off, and
#: then takes port 8787, warning when another cluster holds it: a free port on the loopback
#: interface keeps clusters apart and off the network.
LOOPBACK_ANY_PORT = "127.0.0.1:0"

Progress = Callable[[int, "int | None"], None]


# -- value types ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ProcessedArticle:
    """An article with the mentions found in it and the places they resolve to.

    ``pid`` is the id of the process that geoparsed it (the driver or a Dask worker).
    """

    article: Article
    mentions: tuple[Mention, ...]
    places: tuple[Place, ...]
    pid: int


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """One saved article: what a worker that writes to the store itself sends back.

    ``pid`` geoparsed it, ``writer_pid`` saved it (the same worker, or the driver for SQLite).
    """

    article_id: str
    outcome: Outcome
    mentions: int
    place_ids: tuple[str, ...]
    pid: int
    writer_pid: int


@dataclass(frozen=True, slots=True)
class IngestReport:
    """The outcome of one ingest run.

    ``places`` counts the distinct places named in the articles geoparsed by this run (new and
    updated ones; unchanged articles are not geoparsed again). ``process_ids`` holds the ids of the
    processes that geoparsed articles: the caller's own for a local run, the workers' on Dask;
    ``writer_ids`` those that wrote them to the store: the caller's for SQLite, the workers' for
    PostgreSQL on Dask. ``unresolved`` holds the toponyms a remote fallback geocoder could not
    resolve (stage ``"geocode"``): their articles are stored all the same, so they do not make the
    run fail.
    """

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: tuple[Failure, ...] = ()
    places: int = 0
    mentions: int = 0
    process_ids: frozenset[int] = frozenset()
    writer_ids: frozenset[int] = frozenset()
    unresolved: tuple[Failure, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every input was ingested."""
        return not self.failed

    @property
    def total(self) -> int:
        """Inputs seen: articles stored or unchanged, and failures."""
        return self.new + self.updated + self.unchanged + len(self.failed)

    def summary(self) -> str:
        """One line for people: ``new 3, updated 0, unchanged 14, failed 1, places found 22``."""
        line = (
            f"new {self.new}, updated {self.updated}, unchanged {self.unchanged}, "
            f"failed {len(self.failed)}, places found {self.places} "
            f"({self.mentions} mentions in new and updated articles)"
        )
        if self.unresolved:
            line += f", {len(self.unresolved)} toponyms the remote geocoder could not resolve"
        return line


# -- the per-article stage -----------------------------------------------------------------------
def validate_article(article: Article) -> None:
    """Raise :class:`InputError` for an article no store can keep.

    A NUL character is the case that matters: PostgreSQL text cannot hold it, and in SQLite it
    silently cuts C-level string handling short. Readers decode files; anything that still holds
    NUL after decoding is binary data or a mis-decoded file, so it is refused with its position.
    """
    if not isinstance(article, Article):
        raise InputError(
            f"expected a geodata.model.Article, got {type(article).__name__}: "
            "read inputs with geodata.ingest.read_inputs or read_text"
        )
    nul = article.text.find("\x00")
    if nul >= 0:
        raise InputError(
            f"article {article.id!r} from {article.origin!r} contains a NUL character at offset "
            f"{nul}: it is binary data or was decoded with the wrong encoding; re-save it as UTF-8 text"
        )
    if not article.id:
        raise InputError(f"article from {article.origin!r} has an empty id: build it with a reader")


def _place_from_mention(mention: Mention) -> Place | None:
    """A Place built from a mention's own fields, for a place id the gazetteer does not know."""
    if mention.place_id is None or mention.name is None or mention.feature is None:
        return None
    return Place(
        id=mention.place_id,
        name=mention.name,
        feature=mention.feature,
        lat=mention.lat,
        lon=mention.lon,
        country_code=mention.country_code,
        admin1_code=mention.admin1_code,
        geonameid=mention.geonameid,
    )


def places_for(mentions: Iterable[Mention]) -> tuple[Place, ...]:
    """Every distinct place the mentions resolve to, from the gazetteer, in first-mention order.

    A place id the gazetteer cannot give (a gazetteer older than the parser's) falls back to a
    Place built from the mention's own name, coordinates and codes, so nothing the parser resolved
    is dropped.
    """
    from geodata.errors import GazetteerError
    from geodata.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    places: dict[str, Place] = {}
    for mention in mentions:
        pid = mention.place_id
        if pid is None or pid in places:
            continue
        try:
            place: Place | None = gazetteer.get(pid)
        except (KeyError, GazetteerError) as err:
            log.warning("looking up place %r failed (%s)", pid, err)
            place = None
        if place is None:
            log.warning("place %r is not in the gazetteer; using the mention's own fields", pid)
            place = _place_from_mention(mention)
        if place is not None:
            places[pid] = place
    return tuple(places.values())


def process(article: Article) -> ProcessedArticle | Failure:
    """Geoparse one article and look up its places; a :class:`Failure` if anything raises.

    Pure and module-level, so it can be shipped to Dask workers. The parser and gazetteer load
    lazily, once per process.
    """
    from geodata import geoparse

    origin = getattr(article, "origin", None) or repr(article)
    try:
        validate_article(article)
        mentions = tuple(geoparse(article.text, lang=article.language))
        places = places_for(mentions)
    except Exception as err:  # one poisoned article must not take its neighbours down
        log.warning("geoparsing %s failed: %s", origin, err, exc_info=True)
        return Failure(origin=origin, reason=f"{type(err).__name__}: {err}", stage="geoparse")
    return ProcessedArticle(article=article, mentions=mentions, places=places, pid=os.getpid())


# -- stores in worker processes -----------------------------------------------------------------
_local = threading.local()


def _worker_store(store_url: str) -> Store:
    """The store at ``store_url`` for this thread, opened once and kept for the process's life.

    Dask worker threads each get their own connection: a database connection is neither picklable
    nor safe to share between threads. The connection closes when the worker process ends.
    """
    from geodata.store import open_store

    stores: dict[str, Store] | None = getattr(_local, "stores", None)
    if stores is None:
        stores = _local.stores = {}
    store = stores.get(store_url)
    if store is None:
        store = stores[store_url] = open_store(store_url)
    return store


def workers_write(store_url: str) -> bool:
    """True when worker processes may write to this store themselves (PostgreSQL, not SQLite)."""
    return store_url.startswith(("postgresql:", "postgres:", "postgresql+psycopg:"))


def _save(store: Store, result: ProcessedArticle) -> StoredArticle | Failure:
    """Save one processed article in its own transaction; a store error becomes a Failure."""
    try:
        outcome = store.save(result.article, result.mentions, result.places)
    except (StoreError, InputError, OSError) as err:
        log.warning("storing %s failed: %s", result.article.origin, err)
        return Failure(
            origin=result.article.origin, reason=f"{type(err).__name__}: {err}", stage="store"
        )
    return StoredArticle(
        article_id=result.article.id,
        outcome=outcome,
        mentions=len(result.mentions),
        place_ids=tuple(place.id for place in result.places),
        pid=result.pid,
        writer_pid=os.getpid(),
    )


def process_chunk(
    articles: Sequence[Article], store_url: str | None = None
) -> list[ProcessedArticle | StoredArticle | Failure]:
    """:func:`process` over a chunk of articles, in order: the unit of work of a Dask task.

    With ``store_url`` each result is saved from this process (one transaction per article) and
    only a small :class:`StoredArticle` goes back; without it the full results go back for the
    driver to save.
    """
    results: list[ProcessedArticle | StoredArticle | Failure] = []
    for article in articles:
        result = process(article)
        if store_url is not None and isinstance(result, ProcessedArticle):
            results.append(_save(_worker_store(store_url), result))
        else:
            results.append(result)
    return results


# -- the driver ----------------------------------------------------------------------------------
@dataclass(slots=True)
class _Tally:
    """Counts outcomes and writes from the driver; the mutable twin of :class:`IngestReport`."""

    store: Store
    progress: Progress | None
    total: int | None
    fallback: RemoteFallback | None = None
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    mentions: int = 0
    failed: list[Failure] = field(default_factory=list)
    place_ids: set[str] = field(default_factory=set)
    process_ids: set[int] = field(default_factory=set)
    writer_ids: set[int] = field(default_factory=set)
    unresolved: list[Failure] = field(default_factory=list)
    #: The fallback's answers in this run: a query that failed is not sent again.
    answers: dict[str, RemoteResult] = field(default_factory=dict)

    def _step(self) -> None:
        if self.progress is not None:
            self.progress(self.new + self.updated + self.unchanged + len(self.failed), self.total)

    def failure(self, failure: Failure) -> None:
        self.failed.append(failure)
        self._record(failure)
        self._step()

    def _record(self, failure: Failure) -> None:
        try:
            self.store.record_failure(failure)
        except StoreError as err:
            log.error("could not record the failure of %s: %s", failure.origin, err)

    def _unresolved(self, failure: Failure) -> None:
        """Log and record what the remote fallback could not do: never an article's failure."""
        log.warning("could not geocode %s: %s", failure.origin, failure.reason)
        self.unresolved.append(failure)
        self._record(failure)

    def _filled(self, result: ProcessedArticle) -> ProcessedArticle:
        """``result`` with the mentions the gazetteer left without a point (street names) asked
        of the remote fallback; each toponym it cannot resolve is recorded, never fatal."""
        if self.fallback is None or all(m.lat is not None for m in result.mentions):
            return result
        from geodata.geocode import fill_unresolved

        article = result.article
        try:
            mentions, failures = fill_unresolved(
                result.mentions,
                self.fallback,
                language=article.language,
                near_town=True,
                answers=self.answers,
            )
        except (sqlite3.Error, OSError) as err:  # its cache: locked by another run, disk full
            reason = (
                f"the remote fallback's cache failed ({type(err).__name__}: {err}); "
                "the article is stored without its answers"
            )
            self._unresolved(Failure(origin=article.origin, reason=reason, stage="geocode"))
            return result
        for failure in failures:
            self._unresolved(replace(failure, origin=f"{failure.origin} (in {article.origin})"))
        places = {place.id: place for place in result.places}
        for mention in mentions:
            if mention.place_id not in places and (place := _place_from_mention(mention)):
                places[place.id] = place  # the service's answer, under "SERVICE:QUERY"
        return replace(result, mentions=tuple(mentions), places=tuple(places.values()))

    def skip_unchanged(self, article: Article) -> bool:
        """Count ``article`` as unchanged if the store already holds it with this content hash."""
        if article.content_hash and self.store.is_unchanged(article.id, article.content_hash):
            log.info("unchanged %s", article.id)
            self.unchanged += 1
            self._step()
            return True
        return False

    def result(self, result: ProcessedArticle | StoredArticle | Failure) -> None:
        if isinstance(result, Failure):
            self.failure(result)
            return
        if isinstance(result, ProcessedArticle):
            result = _save(self.store, self._filled(result))
            if isinstance(result, Failure):
                self.failure(result)
                return
        from geodata.store.base import Outcome

        log.info("%s %s", result.outcome.value, result.article_id)
        if result.outcome is Outcome.NEW:
            self.new += 1
        elif result.outcome is Outcome.UPDATED:
            self.updated += 1
        else:
            self.unchanged += 1
        if result.outcome is not Outcome.UNCHANGED:
            self.mentions += result.mentions
            self.place_ids.update(result.place_ids)
            self.process_ids.add(result.pid)
            self.writer_ids.add(result.writer_pid)
        self._step()

    def report(self) -> IngestReport:
        return IngestReport(
            new=self.new,
            updated=self.updated,
            unchanged=self.unchanged,
            failed=tuple(self.failed),
            places=len(self.place_ids),
            mentions=self.mentions,
            process_ids=frozenset(self.process_ids),
            writer_ids=frozenset(self.writer_ids),
            unresolved=tuple(self.unresolved),
        )


def _run_local(items: Iterable[Article | Failure], tally: _Tally) -> None:
    for item in items:
        if isinstance(item, Failure):
            tally.failure(item)
        elif not tally.skip_unchanged(item):
            tally.result(process(item))


def _run_distributed(
    items: Iterable[Article | Failure],
    tally: _Tally,
    client: Client,
    *,
    store_url: str | None,
    chunk_size: int,
) -> None:
    """Submit chunks to the cluster with a bounded number in flight, handle them as they finish.

    Two copies of one article id (the same URL read twice) never run at once: the second waits
    until the first is stored, so the store ends as after a local run, where the later one wins.
    """
    from distributed import as_completed

    threads = max(1, sum(client.nthreads().values()))
    max_in_flight = max(2, IN_FLIGHT_PER_THREAD * threads)
    # Results are fetched in the background as tasks finish (one round trip fewer per task).
    completed = as_completed(with_results=True, raise_errors=False)
    in_flight: dict[str, list[tuple[str, str]]] = {}  # future key -> (article id, origin)
    pending_ids: set[str] = set()
    chunk: list[Article] = []

    def handle_one() -> None:
        future, outcome = next(completed)
        ids = in_flight.pop(future.key)
        future.release()
        if isinstance(outcome, list):
            results = outcome
        else:  # a worker died or the task could not run: (type, error, traceback) or a cancel
            err = outcome[1] if isinstance(outcome, tuple) else outcome
            log.error("a Dask task failed: %s", err)
            results = [
                Failure(origin=origin, reason=f"{type(err).__name__}: {err}", stage="distributed")
                for _, origin in ids
            ]
        for article_id, _ in ids:
            pending_ids.discard(article_id)
        for result in results:
            tally.result(result)

    def submit() -> None:
        if not chunk:
            return
        future = client.submit(process_chunk, list(chunk), store_url, pure=False)
        in_flight[future.key] = [(article.id, article.origin) for article in chunk]
        completed.add(future)
        chunk.clear()
        while len(in_flight) >= max_in_flight:
            handle_one()

    for item in items:
        if isinstance(item, Failure):
            tally.failure(item)
            continue
        if item.id in pending_ids:
            submit()
            while item.id in pending_ids:
                handle_one()
        if tally.skip_unchanged(item):
            continue
        chunk.append(item)
        pending_ids.add(item.id)
        if len(chunk) >= chunk_size:
            submit()
    submit()
    while in_flight:
        handle_one()


def _check_options(workers: int | None, scheduler: str | None, chunk_size: int) -> None:
    if workers is not None and scheduler is not None:
        raise ConfigurationError(
            f"give either workers ({workers!r}) or a scheduler address ({scheduler!r}), not both: "
            "workers start a local Dask cluster, a scheduler address joins an existing one"
        )
    if workers is not None and (
        isinstance(workers, bool) or not isinstance(workers, int) or workers < 1
    ):
        raise ConfigurationError(f"workers must be a whole number of at least 1, got {workers!r}")
    if scheduler is not None and not scheduler.strip():
        raise ConfigurationError(
            f"the scheduler address must be like tcp://127.0.0.1:8786, got {scheduler!r}"
        )
    if chunk_size < 1:
        raise ConfigurationError(f"chunk_size must be at least 1, got {chunk_size!r}")


@contextmanager
def script_main_hidden() -> Iterator[None]:
    """While worker processes start, hide a ``__main__`` that is a script run by path.

    Dask spawns its worker processes, and a spawned process first runs the parent's ``__main__``
    again when that module has no import name. Inside Streamlit, or a test harness that has run
    an app script as ``__main__``, that script is an app, not a program to run twice; the workers
    need only ``geodata``, which they import by name. Elsewhere this changes nothing.
    """
    main = sys.modules.get("__main__")
    if main is None or getattr(main, "__spec__", None) is not None:
        yield  # "python -m ...", or no main module: spawned workers import it by name
        return
    if getattr(main, "__file__", None) is None:
        yield  # an interactive session: nothing to run again
        return
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def _connect(stack: ExitStack, workers: int | None, scheduler: str | None) -> Client:
    """A Dask client: on a new local cluster of ``workers`` processes, or on ``scheduler``."""
    from distributed import Client, LocalCluster

    if workers is not None:
        with script_main_hidden():
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,  # geoparsing is pure Python: threads would share one GIL
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=LOOPBACK_ANY_PORT,
                )
            )
        return stack.enter_context(Client(cluster))
    try:
        return stack.enter_context(Client(scheduler, timeout="10s"))
    except (OSError, TimeoutError) as err:
        raise FetchError(
            f"cannot reach the Dask scheduler at {scheduler!r}: {err}; start one with "
            "`dask scheduler` and workers with `dask worker ADDRESS`, or use --workers N instead"
        ) from err


def ingest_articles(
    items: Iterable[Article | Failure],
    *,
    store_url: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    fallback: RemoteFallback | None = None,
) -> IngestReport:
    """Geoparse and store articles that were already read (an upload, a paste, a generator).

    ``items`` may mix :class:`Article` and :class:`Failure` (what a reader yields); failures are
    recorded as they are. ``store_url`` ``None`` means ``$GEODATA_DB``, else the embedded store.
    ``workers`` runs a local Dask cluster of that many processes, ``scheduler`` joins an existing
    cluster; neither runs in this process. ``progress(done, total)`` is called after every item,
    ``total`` being ``None`` when ``items`` has no length. ``fallback`` (a
    :class:`geodata.geocode.RemoteFallback`) is asked, from this process and at its rate limit,
    for the mentions the gazetteer leaves without a point (street names), each with the town the
    article names nearest to it; what it cannot resolve is listed in the report's ``unresolved``.
    """
    from geodata import config
    from geodata.store import open_store

    _check_options(workers, scheduler, chunk_size)
    url = config.db_url(store_url)
    total = len(items) if isinstance(items, Sized) else None
    with ExitStack() as stack:
        store = stack.enter_context(open_store(url))
        tally = _Tally(store=store, progress=progress, total=total, fallback=fallback)
        if workers is None and scheduler is None:
            _run_local(items, tally)
        else:
            client = _connect(stack, workers, scheduler)
            _run_distributed(
                items,
                tally,
                client,
                # the fallback asks from this process, before saving: workers do not write then
                store_url=url if workers_write(url) and fallback is None else None,
                chunk_size=chunk_size,
            )
        report = tally.report()
    log.info("ingest finished: %s", report.summary())
    return report


def ingest(
    inputs: Iterable[str],
    *,
    store_url: str | None = None,
    feeds: Iterable[str] = (),
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    fallback: RemoteFallback | None = None,
) -> IngestReport:
    """Read files, folders, page and feed URLs, geoparse every article and store it.

    See :func:`ingest_articles` for the options. Inputs are read lazily in this process, so a
    corpus of any size streams through with flat memory.
    """
    from geodata.ingest import read_inputs

    _check_options(workers, scheduler, chunk_size)
    if isinstance(inputs, str) or isinstance(feeds, str):
        raise ConfigurationError(
            f"inputs and feeds must be lists of paths or URLs, got the single string "
            f"{inputs if isinstance(inputs, str) else feeds!r}: wrap it in a list"
        )
    items: Iterator[Article | Failure] = read_inputs(list(inputs), feeds=tuple(feeds))
    return ingest_articles(
        items,
        store_url=store_url,
        workers=workers,
        scheduler=scheduler,
        progress=progress,
        chunk_size=chunk_size,
        fallback=fallback,
    )
