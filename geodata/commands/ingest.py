"""`python -m geodata ingest PATH_OR_URL ... [--db URL] [--feed URL ...] [--workers N | --scheduler ADDRESS]
[--geocoder SERVICE [--geocoder-option KEY=VALUE ...] [--geocoder-cache PATH]]`.

Reads files, folders, page and feed URLs, geoparses every article and stores it. Prints a progress
bar on long work (stderr), a closing summary (stdout) and each failed input with its reason (stderr).
With ``--geocoder``, the mentions the offline gazetteer leaves without a point (street names) are
asked of that remote geocoder from geopy's registry, cached and rate limited; each toponym it cannot
resolve is printed with the reason (stderr) and does not fail the run.
Exit 0 when everything was ingested, 1 when some inputs failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import sys
from typing import TYPE_CHECKING

from geodata.errors import ConfigurationError

if TYPE_CHECKING:
    from geodata.geocode import RemoteFallback
    from geodata.pipeline import IngestReport

#: Seconds of work before the progress bar appears: quick runs stay quiet.
PROGRESS_DELAY = 1.0


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of workers, got {value!r}"
        ) from err
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 worker, got {number}")
    return number


def _positive_seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from err
    if not (seconds > 0 and math.isfinite(seconds)):
        raise argparse.ArgumentTypeError(f"expected more than 0 seconds, got {value!r}")
    return seconds


def _option(value: str) -> tuple[str, str]:
    key, sep, setting = value.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {value!r}")
    return key.strip(), setting


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="PATH_OR_URL",
        help="files (.md .txt .html .json .jsonl .xml feeds), folders, or http(s) URLs of pages",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="store URL (sqlite:///PATH or postgresql://...); default $GEODATA_DB, else the embedded store",
    )
    parser.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL",
        help="an RSS or Atom feed (URL or file) whose entries to ingest; repeatable",
    )
    scale = parser.add_mutually_exclusive_group()
    scale.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="geoparse on a local Dask cluster of N worker processes",
    )
    scale.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="geoparse on an existing Dask cluster (e.g. tcp://127.0.0.1:8786)",
    )
    remote = parser.add_argument_group(
        "remote fallback (optional; sends street names to a service)"
    )
    remote.add_argument(
        "--geocoder",
        metavar="SERVICE",
        help="a geocoder from geopy's registry (nominatim, photon, ...) for the toponyms the "
        "offline gazetteer leaves without a point",
    )
    remote.add_argument(
        "--geocoder-option",
        action="append",
        default=[],
        type=_option,
        metavar="KEY=VALUE",
        help="an option of the geopy class, e.g. domain=127.0.0.1:8080 or scheme=http; repeatable",
    )
    remote.add_argument(
        "--geocoder-delay",
        type=_positive_seconds,
        default=None,
        metavar="SECONDS",
        help="least time between two requests (default 1, Nominatim's usage policy)",
    )
    remote.add_argument(
        "--geocoder-retries",
        type=int,
        choices=range(0, 10),
        default=None,
        metavar="N",
        help="how often to ask again after a failed request, waiting 5 s or the delay (default 2)",
    )
    remote.add_argument(
        "--geocoder-cache",
        metavar="PATH",
        help="the SQLite file that keeps its answers (default: geocode-cache.sqlite in the cache "
        "folder under GEODATA_HOME)",
    )
    remote.add_argument(
        "--geocoder-timeout",
        type=_positive_seconds,
        default=None,
        metavar="SECONDS",
        help="how long to wait for one answer (default 10)",
    )


def run(args: argparse.Namespace) -> int:
    from geodata import config
    from geodata.cli import EXIT_FAILURES, EXIT_OK

    if not args.inputs and not args.feed:
        raise ConfigurationError(
            "nothing to ingest: give at least one PATH_OR_URL or --feed URL, e.g. "
            "`python -m geodata ingest articles/`"
        )
    url = config.db_url(args.db)
    with contextlib.ExitStack() as stack:
        fallback = _fallback(args)
        if fallback is not None:
            stack.callback(fallback.close)
        report = _ingest(args, url, fallback)
    for failure in report.failed:
        print(f"failed: {failure.origin}: {failure.reason} ({failure.stage})", file=sys.stderr)
    for failure in report.unresolved:
        print(f"unresolved: {failure.origin}: {failure.reason}", file=sys.stderr)
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_FAILURES


#: Settings of the fallback itself, each with its own flag: not options of the geopy class.
_OWN_SETTINGS = {
    "timeout": "--geocoder-timeout",
    "min_delay_seconds": "--geocoder-delay",
    "max_retries": "--geocoder-retries",
    "error_wait_seconds": "--geocoder-retries",
    "cache_path": "--geocoder-cache",
    "clock": None,
    "sleep": None,
}


def _fallback(args: argparse.Namespace) -> RemoteFallback | None:
    """The remote fallback the ``--geocoder*`` flags ask for, or None without ``--geocoder``."""
    flags = {
        "--geocoder-option": args.geocoder_option,
        "--geocoder-delay": args.geocoder_delay,
        "--geocoder-timeout": args.geocoder_timeout,
        "--geocoder-retries": args.geocoder_retries,
        "--geocoder-cache": args.geocoder_cache,
    }
    if not args.geocoder:
        given = [flag for flag, value in flags.items() if value not in (None, [])]
        if given:
            raise ConfigurationError(f"{', '.join(given)} need --geocoder SERVICE")
        return None
    options = dict(args.geocoder_option)
    for key in options:
        if key in _OWN_SETTINGS:
            flag = _OWN_SETTINGS[key]
            raise ConfigurationError(
                f"--geocoder-option {key}=... is not an option of the geopy class"
                + (f": use {flag}" if flag else "")
            )
    from geodata.geocode import RemoteFallback

    return RemoteFallback(
        args.geocoder,
        timeout=args.geocoder_timeout or 10.0,
        min_delay_seconds=args.geocoder_delay or 1.0,
        cache_path=args.geocoder_cache,
        max_retries=2 if args.geocoder_retries is None else args.geocoder_retries,
        **options,
    )


def _ingest(args: argparse.Namespace, url: str, fallback: RemoteFallback | None) -> IngestReport:
    from tqdm import tqdm

    from geodata import pipeline

    with tqdm(
        unit=" articles", file=sys.stderr, delay=PROGRESS_DELAY, dynamic_ncols=True, leave=False
    ) as bar:

        def progress(done: int, total: int | None) -> None:
            if total is not None and bar.total != total:
                bar.total = total
            bar.update(done - bar.n)

        return pipeline.ingest(
            args.inputs,
            store_url=url,
            feeds=args.feed,
            workers=args.workers,
            scheduler=args.scheduler,
            progress=progress,
            fallback=fallback,
        )
