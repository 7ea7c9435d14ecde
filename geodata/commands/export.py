"""`python -m geodata export [--db URL] --format {geojson,csv,geoparquet} [filters] OUTPUT`.

Writes the stored mentions (or places) that match the filters as a file geopandas and QGIS open:
one feature per mention, or one per place with its article count and article links.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from err


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from geodata.export import FORMATS, PER
    from geodata.model import KINDS

    parser.add_argument(
        "--db",
        metavar="URL",
        help="store URL (sqlite:///PATH or postgresql://...); default $GEODATA_DB, else the embedded store",
    )
    parser.add_argument("--format", required=True, choices=FORMATS, help="file format")
    parser.add_argument(
        "--region",
        metavar="CODE",
        help="only places in this region: ISO 3166-1 country (MX) or ISO 3166-2 unit (MX-SIN), or a place id",
    )
    parser.add_argument(
        "--since", type=_date, metavar="DATE", help="published on or after (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--until", type=_date, metavar="DATE", help="published on or before (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--language", action="append", default=[], metavar="LANG", help="ISO 639-1 code; repeatable"
    )
    parser.add_argument(
        "--source", action="append", default=[], metavar="NAME", help="article source; repeatable"
    )
    parser.add_argument("--query", metavar="TEXT", help="full-text search over the articles")
    parser.add_argument(
        "--kind",
        action="append",
        default=[],
        choices=KINDS,
        help="mention kinds to keep; repeatable (default: literal mentions only, as on the map)",
    )
    parser.add_argument(
        "--per",
        choices=PER,
        default="mention",
        help="one feature per mention (default) or per place with article count and links",
    )
    parser.add_argument("output", metavar="OUTPUT", help="the file to write")


def run(args: argparse.Namespace) -> int:
    from geodata.cli import EXIT_FAILURES, EXIT_OK
    from geodata.errors import ConfigurationError
    from geodata.export import export_features, write_features
    from geodata.store import Filters, open_store

    if args.since and args.until and args.since > args.until:
        raise ConfigurationError(
            f"--since {args.since.isoformat()} is after --until {args.until.isoformat()}: swap them"
        )
    filters = Filters(
        region=args.region or None,
        since=args.since,
        until=args.until,
        languages=tuple(args.language),
        sources=tuple(args.source),
        query=args.query or None,
        **({"kinds": tuple(args.kind)} if args.kind else {}),
    )
    with open_store(args.db) as store:
        frame = export_features(store, filters, per=args.per)
    try:
        path = write_features(frame, args.output, fmt=args.format)
    except OSError as err:
        print(f"error: cannot write {args.output!r}: {err}", file=sys.stderr)
        return EXIT_FAILURES
    print(f"wrote {len(frame)} {args.per} features to {path}", file=sys.stderr)
    return EXIT_OK
