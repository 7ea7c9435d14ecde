"""Speed of the geoparser: ``python -m geodata.parse.bench --format lgl PATH``.

Prints articles per second of CPU time (one core) for ``geoparse`` with the language given and
detected, for a bare Aho-Corasick scan of the same texts with the same names (the floor any
gazetteer matcher pays), and for the PyPI peer ``geotext``; then the peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable

from geodata.parse.lexicon import fold
from geodata.parse.pipeline import default_parser


def _rate(texts: list[str], work: Callable[[str], object]) -> float:
    start = time.process_time()
    for text in texts:
        work(text)
    spent = time.process_time() - start
    return len(texts) / spent if spent > 0 else float("inf")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit status."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("path", help="a corpus file or folder (e.g. the LGL XML file)")
    options.add_argument("--format", default="lgl", help="corpus format, as for `geodata evaluate`")
    options.add_argument("--lang", default="en", help="language passed when it is given")
    args = options.parse_args(argv)

    from geodata.evaluate import read

    texts = [doc.text for doc in read(args.format, args.path)]
    began = time.perf_counter()
    parser = default_parser()
    load = time.perf_counter() - began
    for text in texts[:20]:  # warm the lazily loaded language data
        parser.geoparse(text)
    automaton = parser.lexicon.automaton
    rows = [
        ("geoparse, language given", _rate(texts, lambda t: parser.geoparse(t, lang=args.lang))),
        ("geoparse, language detected", _rate(texts, parser.geoparse)),
        (
            "bare Aho-Corasick scan, same names",
            _rate(texts, lambda t: sum(1 for _ in automaton.iter(f" {fold(t)} "))),
        ),
    ]
    try:
        from geotext import GeoText
    except ImportError:
        rows.append(("geotext (not installed)", float("nan")))
    else:
        GeoText("warm up in Paris")
        rows.append(("geotext 0.4.0", _rate(texts, GeoText)))
    print(f"{len(texts)} articles from {args.path}; parser loaded in {load:.1f} s")
    for label, rate in rows:
        print(f"{label:40s} {rate:8.0f} articles/s/core")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
