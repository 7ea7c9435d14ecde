"""Run `python -m geodata evaluate` on every development corpus and write bench/results/accuracy.md.

Usage (from the project root)::

    .venv/bin/python bench/accuracy.py --corpora PATH/TO/corpora [--limit N] [--only lgl,geovirus]

Each corpus is scored as the evaluate command scores it, in this one process so that the parser
loads once; the equivalent command lines are written into the report (the corpus folder shown as
``$CORPORA``), and the JSON reports are kept beside the table in ``bench/results/accuracy.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
RESULTS_MD = BENCH_DIR / "results" / "accuracy.md"
RESULTS_JSON = BENCH_DIR / "results" / "accuracy.json"

#: label -> (format, path under the corpora folder, extra arguments)
CORPORA: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "LGL": ("lgl", "LGL/lgl.xml", ()),
    "GeoVirus": ("geovirus", "GeoVirus/GeoVirus.xml", ()),
    "WikToR": ("eupeg", "WikToR", ()),
    "Hu2014": ("eupeg", "Hu2014", ()),
    "Ju2016": ("eupeg", "Ju2016", ()),
    "GermEval2014 dev": ("germeval", "GermEval2014/NER-de-dev.tsv", ()),
    "CoNLL-2002 es testa": ("conll", "CoNLL2002-es/esp.testa", ()),
    "HIPE-2022 de dev": ("hipe", "HIPE-2022-de/HIPE-2022-v2.1-hipe2020-dev-de.tsv", ()),
    "multilingual-dev": ("jsonl", "multilingual-dev/dev.jsonl", ()),
}


#: (corpus label, section, metric, threshold, description): the issue's targets.
TARGETS: tuple[tuple[str, str, str, float, str], ...] = (
    ("LGL", "end-to-end", "f1", 0.75, "end-to-end F1"),
    ("GeoVirus", "end-to-end", "f1", 0.90, "end-to-end F1"),
    ("LGL", "end-to-end", "acc161", 0.88, "Acc@161 on matched toponyms"),
    ("GeoVirus", "end-to-end", "acc161", 0.88, "Acc@161 on matched toponyms"),
    ("LGL", "gold-spans", "acc161", 0.85, "Acc@161 on gold spans"),
    ("GeoVirus", "gold-spans", "acc161", 0.92, "Acc@161 on gold spans"),
    ("WikToR", "gold-spans", "acc161", 0.80, "Acc@161 on gold spans"),
    ("GermEval2014 dev", "end-to-end", "f1", 0.75, "LOC F1"),
    ("CoNLL-2002 es testa", "end-to-end", "f1", 0.75, "LOC F1"),
    ("multilingual-dev", "end-to-end", "f1", 0.90, "F1"),
    ("multilingual-dev", "end-to-end", "acc161", 0.92, "Acc@161"),
    ("multilingual-dev", "end-to-end", "decoys_hit", 0, "no planted decoy tagged"),
)


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _command(fmt: str, rel: str, extra: tuple[str, ...], limit: int | None) -> list[str]:
    command = ["evaluate", "--format", fmt, f"$CORPORA/{rel}", *extra]
    if limit is not None:
        command += ["--limit", str(limit)]
    return command


def _row(label: str, section: str, scores: dict, lang: str) -> str:
    p = _fmt(scores["precision"]) if scores["precision_meaningful"] else "n/a"
    f1 = _fmt(scores["f1"]) if scores["precision_meaningful"] else "n/a"
    return (
        f"| {label} | {section} | {lang} | {scores['documents']} | {scores['gold']} | {p} | {_fmt(scores['recall'])} | {f1} "
        f"| {_fmt(scores['acc161'])} | {_fmt(scores['acc161_or_same_id'])} | {_fmt(scores.get('acc161_reachable'))} | {_fmt(scores['auc'])} | {_fmt(scores['mean_km'], 0)} | {_fmt(scores['median_km'], 1)} "
        f"| {scores['distance_n']} |"
    )


def _evaluate(fmt: str, path: Path, limit: int | None) -> dict:
    """What ``python -m geodata evaluate --format FMT PATH --json`` computes, in this process.

    All corpora share one process so the parser loads once.
    """
    from geodata.evaluate import DEFAULT_KINDS, MODES, RECOGNITION_ONLY, evaluate, read

    modes = ("end-to-end",) if fmt in RECOGNITION_ONLY else MODES
    report = evaluate(
        read(fmt, path),
        modes=modes,
        kinds=DEFAULT_KINDS.get(fmt),
        limit=limit,
        errors=15,
        corpus=fmt,
    )
    return report.to_dict()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpora", required=True, help="the folder holding LGL/, GeoVirus/, WikToR/, ..."
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="score only the first N documents of each"
    )
    parser.add_argument("--only", default=None, help="comma-separated labels or formats to run")
    parser.add_argument(
        "--out",
        default=None,
        help="folder for accuracy.md and accuracy.json (default: bench/results, the published figures)",
    )
    args = parser.parse_args(argv)
    results_md, results_json = RESULTS_MD, RESULTS_JSON
    if args.out:
        results_md = Path(args.out) / RESULTS_MD.name
        results_json = Path(args.out) / RESULTS_JSON.name
    corpora = Path(args.corpora)
    wanted = {w.strip().casefold() for w in args.only.split(",")} if args.only else None
    if (
        str(PROJECT_ROOT) not in sys.path
    ):  # run as a script from a checkout: make geodata importable
        sys.path.insert(0, str(PROJECT_ROOT))
    from geodata import geoparse
    from geodata.errors import GeodataError

    began = time.perf_counter()
    geoparse("Warm-up: the parser loads on its first call, in Berlin.", lang="en")
    load_seconds = time.perf_counter() - began
    print(f"parser loaded in {load_seconds:.0f} s", file=sys.stderr)
    reports: dict[str, dict] = {}
    commands: dict[str, str] = {}
    for label, (fmt, rel, extra) in CORPORA.items():
        if wanted and label.casefold() not in wanted and fmt not in wanted:
            continue
        if not (corpora / rel).exists():
            print(f"skipping {label}: {corpora / rel} does not exist", file=sys.stderr)
            continue
        command = _command(fmt, rel, extra, args.limit)
        shown = ".venv/bin/python -m geodata " + " ".join(
            c for c in command if c not in ("--json", "--errors", "15")
        )
        commands[label] = shown
        began = time.perf_counter()
        try:
            report = _evaluate(fmt, corpora / rel, args.limit)
        except GeodataError as err:
            print(f"{label}: failed: {err}", file=sys.stderr)
            continue
        seconds = time.perf_counter() - began
        report["wall_seconds"] = round(seconds, 1)
        reports[label] = report
        print(f"{label}: done in {seconds:.0f} s", file=sys.stderr)
    lines = [
        "# Geoparser accuracy on the development corpora",
        "",
        f"Measured {datetime.now(UTC).strftime('%Y-%m-%d %H:%M')} UTC, Python {platform.python_version()}, "
        f"by `bench/accuracy.py --corpora $CORPORA{' --limit ' + str(args.limit) if args.limit else ''}` "
        "(`$CORPORA` is the folder of development corpora; they are not in the repository).",
        "",
        "Matching: a predicted toponym matches a gold one when their mid-points are less than 10 characters",
        "apart and the surfaces are equal ignoring case (EUPEG). Acc@161 and the error figures are over matched",
        "gold toponyms with coordinates; a matched mention left unresolved counts as the largest error (20,039 km).",
        "On gold spans every gold toponym with coordinates is scored, a span the parser returns nothing for as the",
        "largest error. AUC: area under the sorted ln(1 + km) / ln(20039) curve, lower is better. `n/a`: the",
        "corpus annotates only some toponyms of each text, so precision and F1 mean nothing there.",
        "NER corpora (GermEval, CoNLL, HIPE) are recognition only and count mentions of kind literal or metonymic.",
        "`Acc@161 or same id` is a diagnostic beside the strict figure: it also credits a resolution farther than",
        "161 km whose GeoNames id is the gold one (the same country or region, represented by another point).",
        "`reachable` (gold spans) is the Acc@161 a perfect choice among the gazetteer's candidates for each",
        "name would reach: the share of gold toponyms with some place of that name within 161 km. Below it the",
        "resolver chose wrong; above it the gazetteer lacks the place or gives it another point.",
        "",
        "| corpus | mode | lang | docs | gold | P | R | F1 | Acc@161 | Acc@161 or same id | reachable | AUC | mean km | median km | n dist |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label, report in reports.items():
        for section, by_lang in report["sections"].items():
            langs = [lang for lang in by_lang if lang != "all"]
            shown_langs = ["all"] if len(langs) <= 1 else [*langs, "all"]
            for lang in shown_langs:
                lines.append(
                    _row(
                        label,
                        section,
                        by_lang[lang],
                        lang if len(langs) > 1 else langs[0] if langs else lang,
                    )
                )
    lines += [
        "",
        "Against the targets of the issue:",
        "",
        "| target | corpus | figure | needed | measured | met |",
        "|---|---|---|---|---|---|",
    ]
    for label, section, metric, needed, text in TARGETS:
        report = reports.get(label)
        value = None
        if report is not None:
            value = report["sections"].get(section, {}).get("all", {}).get(metric)
        met = (
            "-"
            if value is None
            else (
                "yes" if (value <= needed if metric == "decoys_hit" else value >= needed) else "no"
            )
        )
        shown = "-" if value is None else (str(value) if metric == "decoys_hit" else f"{value:.3f}")
        lines.append(f"| {text} | {label} | {section} {metric} | {needed} | {shown} | {met} |")
    extras = []
    for label, report in reports.items():
        total = report["sections"].get("end-to-end", {}).get("all", {})
        if total.get("decoys_total"):
            kinds = ", ".join(
                f"{k} {v['found']}/{v['total']}" for k, v in total["kind_recall"].items()
            )
            extras.append(
                f"- {label}: planted decoys tagged {total['decoys_hit']} of {total['decoys_total']}; "
                f"end-to-end recall per gold kind: {kinds}."
            )
        for section in ("end-to-end", "gold-spans"):
            features = report["sections"].get(section, {}).get("all", {}).get("feature_acc161")
            if features:
                shown = ", ".join(f"{k} {v['within']}/{v['total']}" for k, v in features.items())
                extras.append(f"- {label}: {section} Acc@161 per gold feature: {shown}.")
        flipped = (
            report["sections"].get("gold-spans", {}).get("all", {}).get("reachable_if_flipped")
        )
        if flipped:
            scored = report["sections"]["gold-spans"]["all"]["distance_n"]
            extras.append(
                f"- {label}: {flipped} of {scored} gold points are in reach of a place of their name "
                "only with the sign of their latitude or longitude flipped (a hemisphere lost in the "
                "corpus, most likely); they count as out of reach."
            )
        if report.get("gold_offsets_repaired") or report.get("gold_dropped"):
            extras.append(
                f"- {label}: {report['gold_offsets_repaired']} gold offsets repaired by a nearby search, "
                f"{report['gold_dropped']} gold toponyms dropped."
            )
        if report.get("failures"):
            extras.append(
                f"- {label}: {len(report['failures'])} parser failures (their gold counts as missed)."
            )
    if extras:
        lines += ["", "Notes:", "", *extras]
    lines += [
        "",
        "Commands (each prints the full report; add `--errors N` for the worst misses):",
        "",
        "```",
    ]
    lines += [f"{cmd}" for cmd in commands.values()]
    lines += [
        "```",
        "",
        f"Parser load: {load_seconds:.0f} s. Time per corpus (both modes where there are coordinates): "
        + ", ".join(f"{label} {report['wall_seconds']} s" for label, report in reports.items())
        + ".",
    ]
    results_md.parent.mkdir(parents=True, exist_ok=True)
    results_md.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results_json.write_text(
        json.dumps(reports, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {results_md} and {results_json}")
    return 0 if reports else 1


if __name__ == "__main__":
    raise SystemExit(main())
