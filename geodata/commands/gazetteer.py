"""`python -m geodata gazetteer {build,lookup,stats,coverage}`: build or inspect the offline gazetteer."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geodata.gazetteer import Gazetteer


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from geodata.gazetteer.build import CITY_SETS, DEFAULT_CITIES, ENV_CITIES

    parser.add_argument(
        "--cities",
        choices=CITY_SETS,
        help=f"GeoNames city set (default: ${ENV_CITIES} or {DEFAULT_CITIES})",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("build", help="rebuild the gazetteer cache from the sources, print counts")
    lookup = actions.add_parser("lookup", help="print the ranked candidates of a name as JSON")
    lookup.add_argument("name", nargs="+", help="a place name in any language (several words ok)")
    lookup.add_argument("--limit", type=int, default=10, help="at most this many candidates")
    actions.add_parser("stats", help="print counts per feature and source, load time, cache size")
    coverage = actions.add_parser(
        "coverage",
        help="how many gold toponyms of a corpus the gazetteer can resolve (upper bound for Acc@161)",
    )
    coverage.add_argument("--format", required=True, help="corpus format, as for `evaluate`")
    coverage.add_argument("path", help="corpus file or folder")
    coverage.add_argument("--missing", type=int, default=20, help="list this many unknown names")


def run(args: argparse.Namespace) -> int:
    from geodata.gazetteer import build as gazetteer_build

    city_set = gazetteer_build.cities_choice(args.cities)
    if args.action == "build":
        started = time.perf_counter()
        gazetteer, path = gazetteer_build.build(city_set)
        report = {
            "cache": str(path),
            "cache_mb": round(path.stat().st_size / 1e6, 1),
            "places": len(gazetteer),
            "counts": gazetteer.meta.get("counts", {}),
            "seconds": round(time.perf_counter() - started, 1),
        }
        print(json.dumps(report, indent=2))
        return 0
    started = time.perf_counter()
    gazetteer = gazetteer_build.load_or_build(city_set)
    loaded = time.perf_counter() - started
    if args.action == "coverage":
        print(
            json.dumps(corpus_coverage(gazetteer, args.format, args.path, args.missing), indent=2)
        )
        return 0
    if args.action == "lookup":
        name = " ".join(args.name)
        places = gazetteer.lookup(name)[: max(args.limit, 0)]
        json.dump({"name": name, "candidates": [asdict(p) for p in places]}, sys.stdout,
                  ensure_ascii=False, indent=2)  # fmt: skip
        print()
        return 0
    stats = gazetteer_stats(gazetteer)
    stats["load_seconds"] = round(loaded, 2)
    path = gazetteer_build.cache_path(city_set)
    stats["cache"] = str(path)
    stats["cache_mb"] = round(path.stat().st_size / 1e6, 1) if path.is_file() else None
    print(json.dumps(stats, indent=2))
    return 0


def gazetteer_stats(gazetteer: Gazetteer) -> dict[str, Any]:
    """Counts per feature, per name source and per name language (top 15)."""
    from collections import Counter

    features = Counter(place.feature for place in gazetteer.places())
    sources: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    for entry in gazetteer.names():
        sources[entry.source] += 1
        langs[entry.lang or "untagged"] += 1
    return {
        "places": len(gazetteer),
        "features": dict(features.most_common()),
        "names": sum(sources.values()),
        "name_sources": dict(sources.most_common()),
        "name_languages_top": dict(langs.most_common(15)),
        "built_seconds": gazetteer.meta.get("built_seconds"),
        "city_set": gazetteer.meta.get("city_set"),
        "source_versions": gazetteer.meta.get("sources"),
    }


def corpus_coverage(gazetteer: Gazetteer, fmt: str, path: str, missing: int) -> dict[str, Any]:
    """For the gold toponyms with coordinates: is the name known, is any candidate (abbreviations
    included) within 161 km of the gold point, is the first candidate within 161 km."""
    from collections import Counter

    from geodata.evaluate import read
    from geodata.evaluate.metrics import ACCURACY_KM, great_circle_km

    total = known = near = first = 0
    unknown: Counter[str] = Counter()
    for document in read(fmt, path):
        for gold in document.gold:
            if gold.lat is None or gold.lon is None:
                continue
            total += 1
            candidates = [
                p
                for p in gazetteer.lookup(gold.surface, abbreviations=True)
                if p.lat is not None and p.lon is not None
            ]
            if not candidates:
                unknown[gold.surface] += 1
                continue
            known += 1
            km = [great_circle_km(gold.lat, gold.lon, p.lat, p.lon) for p in candidates]
            near += min(km) <= ACCURACY_KM
            first += km[0] <= ACCURACY_KM

    def share(count: int) -> float | None:
        return round(count / total, 3) if total else None

    return {
        "format": fmt,
        "toponyms_with_point": total,
        "name_known": share(known),
        "a_candidate_within_161km": share(near),
        "first_candidate_within_161km": share(first),
        "most_frequent_unknown": dict(unknown.most_common(max(missing, 0))),
        "city_set": gazetteer.meta.get("city_set"),
    }
