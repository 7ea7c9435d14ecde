"""`python -m geodata evaluate`: score the geoparser on a geoparsing or NER corpus."""

from __future__ import annotations

import argparse
import importlib
import json
import sys

FORMATS = ("lgl", "geovirus", "eupeg", "germeval", "conll", "hipe", "jsonl")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, choices=FORMATS, help="the corpus format")
    parser.add_argument("path", metavar="PATH", help="corpus file (or folder for eupeg and hipe)")
    parser.add_argument(
        "--limit", type=int, default=None, metavar="N", help="score only the first N documents"
    )
    parser.add_argument(
        "--mode",
        choices=("end-to-end", "gold-spans", "both"),
        default="both",
        help="recognise and resolve, resolve the gold spans, or both (default)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="also list the N most missed surfaces, false positives and farthest resolutions",
    )
    parser.add_argument(
        "--kinds",
        default=None,
        metavar="K1,K2",
        help="count only end-to-end mentions of these kinds (default: all; literal,metonymic for the NER corpora)",
    )
    parser.add_argument(
        "--detect-lang", action="store_true", help="pass lang=None: let the parser detect it"
    )
    parser.add_argument(
        "--parser",
        default=None,
        metavar="MODULE:FUNCTION",
        help="evaluate another callable with geoparse's signature (default: geodata.geoparse)",
    )


def _load_parser(spec: str):
    from geodata.errors import ConfigurationError

    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise ConfigurationError(f"--parser expects MODULE:FUNCTION, got {spec!r}")
    try:
        return getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as err:
        raise ConfigurationError(f"--parser {spec!r} cannot be loaded: {err}") from err


def run(args: argparse.Namespace) -> int:
    from geodata.errors import ConfigurationError
    from geodata.evaluate import DEFAULT_KINDS, RECOGNITION_ONLY, evaluate, read
    from geodata.evaluate.report import format_report
    from geodata.model import KINDS

    if args.limit is not None and args.limit < 1:
        raise ConfigurationError(
            f"--limit must be a positive number of documents, got {args.limit!r}"
        )
    if args.errors < 0:
        raise ConfigurationError(f"--errors must be 0 or more, got {args.errors!r}")
    if args.kinds is None:
        kinds = DEFAULT_KINDS.get(args.format)
    else:
        kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
        unknown = sorted(set(kinds) - set(KINDS))
        if unknown or not kinds:
            raise ConfigurationError(
                f"--kinds takes a comma-separated subset of {list(KINDS)}, got {args.kinds!r}"
            )
    modes = ("end-to-end", "gold-spans") if args.mode == "both" else (args.mode,)
    if args.format in RECOGNITION_ONLY:
        if modes == ("gold-spans",):
            raise ConfigurationError(
                f"--format {args.format} has no gold coordinates, so --mode gold-spans has nothing to score: "
                "use --mode end-to-end"
            )
        modes = ("end-to-end",)
    parser = _load_parser(args.parser) if args.parser else None
    report = evaluate(
        read(args.format, args.path),
        parser=parser,
        modes=modes,
        kinds=kinds,
        detect_lang=args.detect_lang,
        limit=args.limit,
        errors=args.errors,
        corpus=f"{args.format} {args.path}",
    )
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_report(report))
    if report.failures:
        print(
            f"{len(report.failures)} parser call(s) failed; see the report",
            file=sys.stderr,
        )
        return 1
    return 0
