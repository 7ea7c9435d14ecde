"""Time the store's dashboard queries on a synthetic store of dashboard size.

    python -m geodata.store.benchmark [--db URL | --throwaway-postgis] [--articles 10000]
                                      [--max-places 10]

Without ``--db`` a fresh SQLite file in a temporary folder is used (and deleted);
``--throwaway-postgis`` starts a private PostgreSQL with PostGIS on 127.0.0.1 for the run (see
:func:`geodata.testing.postgis_server`). The articles are
the clearly synthetic ones of :mod:`geodata.testing`; with ``--max-places 10`` each names about 5
places, so 10,000 articles make about 50,000 mentions. Prints the save rate and, for each query
and filter set, the median and worst of several runs in milliseconds.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from geodata.errors import InputError
from geodata.store import Filters, Store, open_store
from geodata.testing import synthetic_article

FILTER_SETS: dict[str, Filters] = {
    "everything": Filters(),
    "region MX": Filters(region="MX"),
    "region MX-SIN": Filters(region="MX-SIN"),
    "query sinaloa": Filters(query="sinaloa"),
    "dates+language": Filters(since=date(2025, 3, 1), until=date(2025, 8, 31), languages=("de",)),
    "all kinds, score>=0.5": Filters(kinds=(), min_score=0.5),
}


def _time(call: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """Median and worst wall time, and median CPU time of this process, in ms.

    CPU time shows the query's own cost when other processes load the machine (SQLite runs in
    this process; for PostgreSQL, the server's work shows in wall time only).
    """
    wall, cpu = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    return statistics.median(wall), max(wall), statistics.median(cpu)


def fill(store: Store, articles: int, max_places: int) -> float:
    """Save the synthetic articles; articles per second."""
    began = time.perf_counter()
    for n in range(articles):
        store.save(*synthetic_article(n, max_places=max_places))
    return articles / (time.perf_counter() - began)


def run(store: Store, *, repeat: int = 7) -> list[tuple[str, str, float, float, float]]:
    """(query, filter set, median ms, worst ms, median CPU ms) for every query and filter set."""
    counts = store.place_counts()
    if not counts:
        raise InputError("the store names no place: fill it first (--articles 1 or more)")
    top = counts[0].place.id
    results = []
    for label, filters in FILTER_SETS.items():
        queries: dict[str, Callable[[], object]] = {
            "count_articles": lambda f=filters: store.count_articles(f),
            "articles(limit=50)": lambda f=filters: store.articles(f, limit=50),
            "region_counts(admin1)": lambda f=filters: store.region_counts(f),
            "region_counts(country)": lambda f=filters: store.region_counts(f, level="country"),
            "place_counts": lambda f=filters: store.place_counts(f),
            "place_articles(top)": lambda f=filters: store.place_articles(top, f),
            "timeline": lambda f=filters: store.timeline(f),
        }
        for name, call in queries.items():
            results.append((name, label, *_time(call, repeat)))
    results.append(("facets", "-", *_time(store.facets, repeat)))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    where.add_argument(
        "--throwaway-postgis",
        action="store_true",
        help="start a private PostgreSQL with PostGIS on 127.0.0.1 and measure that",
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--max-places", type=int, default=10)
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        if args.throwaway_postgis:
            from geodata.testing import postgis_server

            url = stack.enter_context(postgis_server())
        elif args.db:
            url = args.db
        else:
            tmp = stack.enter_context(tempfile.TemporaryDirectory())
            url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        store = stack.enter_context(open_store(url))
        rate = fill(store, args.articles, args.max_places)
        stats = store.stats()
        print(
            f"store: {type(store).__name__}, {stats.articles} articles, {stats.mentions} mentions"
        )
        print(f"save: {rate:.0f} articles/s")
        try:
            rows = run(store)
        except InputError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        worst = 0.0
        for name, label, median, slowest, cpu in rows:
            worst = max(worst, slowest)
            print(
                f"{name:24s} {label:22s} median {median:7.2f} ms  worst {slowest:7.2f} ms"
                f"  cpu {cpu:7.2f} ms"
            )
        print(f"slowest single query: {worst:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
