"""How far one point per country can serve corpora that place countries by different conventions.

Usage (from the project root)::

    .venv/bin/python bench/point_conventions.py --corpora PATH/TO/corpora [--out DIR]

A country has no agreed point. LGL takes GeoNames' (the CIA World Factbook's rounded point,
Russia at 60 N 100 E), GeoVirus Wikipedia's, multilingual-dev mostly Natural Earth's label point
(where a map writes the name, Russia at 58.2 N 44.7 E). Scored within 161 km, the choice decides
many country toponyms. This script resolves the gold spans of each corpus with
:func:`geodata.geoparse`, keeps the toponyms it resolves to a country, and counts how many lie
within 161 km of the gold point under each rule:

- ``gazetteer``: the point the gazetteer gives the country (what the parser returns);
- ``label``: Natural Earth's label point of the same country.

It writes ``point_conventions.md`` (and ``.json``) to ``--out`` (default ``bench/results``), with
the countries that decide the difference, so a change of convention can be judged on every
corpus at once rather than on the one it was tuned for.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent

#: label -> (format, path under the corpora folder)
CORPORA: dict[str, tuple[str, str]] = {
    "LGL": ("lgl", "LGL/lgl.xml"),
    "GeoVirus": ("geovirus", "GeoVirus/GeoVirus.xml"),
    "WikToR": ("eupeg", "WikToR"),
    "multilingual-dev": ("jsonl", "multilingual-dev/dev.jsonl"),
}


def country_toponyms(fmt: str, path: Path) -> list[tuple[str, float, float, float, float]]:
    """(country code, gold lat, gold lon, parser lat, parser lon) of each gold span the parser
    resolves to a country."""
    from geodata import geoparse
    from geodata.evaluate import read

    found = []
    for doc in read(fmt, path):
        gold = [g for g in doc.gold if g.has_point]
        if not gold:
            continue
        mentions = geoparse(doc.text, lang=doc.lang, spans=[(g.start, g.end) for g in gold])
        by_span = {(m.start, m.end): m for m in mentions}
        for g in gold:
            m = by_span.get((g.start, g.end))
            if m is None or m.feature != "country" or m.country_code is None or m.lat is None:
                continue
            found.append((m.country_code, g.lat, g.lon, m.lat, m.lon))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", required=True, help="the folder holding LGL/, GeoVirus/, ...")
    parser.add_argument("--out", default=None, help="output folder (default: bench/results)")
    args = parser.parse_args(argv)
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    from geodata import boundaries
    from geodata.evaluate.metrics import ACCURACY_KM, great_circle_km

    frame = boundaries.load_countries()
    labels = {
        row.country_code: (row.label_lat, row.label_lon)
        for row in frame.itertuples()
        if row.country_code
    }
    out_dir = Path(args.out) if args.out else BENCH_DIR / "results"
    corpora = Path(args.corpora)
    results: dict[str, dict] = {}
    for name, (fmt, rel) in CORPORA.items():
        if not (corpora / rel).exists():
            print(f"skipping {name}: {corpora / rel} does not exist", file=sys.stderr)
            continue
        toponyms = [t for t in country_toponyms(fmt, corpora / rel) if t[0] in labels]
        gazetteer = label = 0
        only: Counter[tuple[str, str]] = Counter()
        for code, lat, lon, p_lat, p_lon in toponyms:
            near_gazetteer = great_circle_km(lat, lon, p_lat, p_lon) <= ACCURACY_KM
            near_label = great_circle_km(lat, lon, *labels[code]) <= ACCURACY_KM
            gazetteer += near_gazetteer
            label += near_label
            if near_gazetteer != near_label:
                only[(code, "gazetteer" if near_gazetteer else "label")] += 1
        results[name] = {
            "country_toponyms": len(toponyms),
            "within_161_gazetteer": gazetteer,
            "within_161_label": label,
            "deciding": [
                {"country": code, "only_right_with": rule, "toponyms": count}
                for (code, rule), count in only.most_common()
            ],
        }
        print(f"{name}: {gazetteer} / {label} of {len(toponyms)}", file=sys.stderr)
    lines = [
        "# One point per country, several conventions",
        "",
        f"Measured {datetime.now(UTC).strftime('%Y-%m-%d %H:%M')} UTC by "
        "`bench/point_conventions.py --corpora $CORPORA`: gold spans resolved by the parser to a",
        "country, and how many lie within 161 km of the gold point with the gazetteer's point and with",
        "Natural Earth's label point of the same country.",
        "",
        "| corpus | country toponyms | within 161 km, gazetteer point | within 161 km, label point |",
        "|---|---|---|---|",
    ]
    for name, r in results.items():
        n = r["country_toponyms"]
        lines.append(
            f"| {name} | {n} | {r['within_161_gazetteer']} ({r['within_161_gazetteer'] / max(n, 1):.3f}) "
            f"| {r['within_161_label']} ({r['within_161_label'] / max(n, 1):.3f}) |"
        )
    lines += ["", "Countries that decide the difference (toponyms right only with that point):", ""]
    for name, r in results.items():
        shown = ", ".join(
            f"{d['country']} {d['toponyms']} ({d['only_right_with']})" for d in r["deciding"][:12]
        )
        lines.append(f"- {name}: {shown or 'none'}")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "point_conventions.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out_dir / "point_conventions.json").write_text(
        json.dumps(results, indent=1) + "\n", encoding="utf-8"
    )
    print(f"wrote {out_dir / 'point_conventions.md'}")
    return 0 if results else 1


if __name__ == "__main__":
    raise SystemExit(main())
