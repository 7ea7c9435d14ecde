"""`python -m geodata ingest PATH_OR_URL ... [--db URL] [--feed URL ...] [--workers N | --scheduler ADDRESS]`.

Reads files, folders, page and feed URLs, geoparses every article and stores it. Prints a progress
bar on long work (stderr), a closing summary (stdout) and each failed input with its reason (stderr).
Exit 0 when everything was ingested, 1 when some inputs failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys

from geodata.errors import ConfigurationError

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


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from geodata import config, pipeline
    from geodata.cli import EXIT_FAILURES, EXIT_OK

    if not args.inputs and not args.feed:
        raise ConfigurationError(
            "nothing to ingest: give at least one PATH_OR_URL or --feed URL, e.g. "
            "`python -m geodata ingest articles/`"
        )
    url = config.db_url(args.db)
    with tqdm(
        unit=" articles", file=sys.stderr, delay=PROGRESS_DELAY, dynamic_ncols=True, leave=False
    ) as bar:

        def progress(done: int, total: int | None) -> None:
            if total is not None and bar.total != total:
                bar.total = total
            bar.update(done - bar.n)

        report = pipeline.ingest(
            args.inputs,
            store_url=url,
            feeds=args.feed,
            workers=args.workers,
            scheduler=args.scheduler,
            progress=progress,
        )
    for failure in report.failed:
        print(f"failed: {failure.origin}: {failure.reason} ({failure.stage})", file=sys.stderr)
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_FAILURES
