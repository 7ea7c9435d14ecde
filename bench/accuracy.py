"""Run `python -m geodata evaluate` on every development corpus and write bench/results/accuracy.md.

Usage (from the project root)::

    .venv/bin/python bench/accuracy.py --corpora PATH/TO/corpora [--limit N] [--only lgl,geovirus]

Each corpus is scored by the real command in its own process (the exact command lines are
written into the report, with the corpus folder shown as ``$CORPORA``); the JSON reports are
kept beside the table in ``bench/results/accuracy.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
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


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _command(fmt: str, rel: str, extra: tuple[str, ...], limit: int | None) -> list[str]:
    command = ["evaluate", "--format", fmt, f"$CORPORA/{rel}", "--json", "--errors", "15", *extra]
    if limit is not None:
        command += ["--limit", str(limit)]
    return command


def _row(label: str, section: str, scores: dict, lang: str) -> str:
    p = _fmt(scores["precision"]) if scores["precision_meaningful"] else "n/a"
    f1 = _fmt(scores["f1"]) if scores["precision_meaningful"] else "n/a"
    return (
        f"| {label} | {section} | {lang} | {scores['documents']} | {scores['gold']} | {p} | {_fmt(scores['recall'])} | {f1} "
        f"| {_fmt(scores['acc161'])} | {_fmt(scores['auc'])} | {_fmt(scores['mean_km'], 0)} | {_fmt(scores['median_km'], 1)} "
        f"| {scores['distance_n']} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpora", required=True, help="the folder holding LGL/, GeoVirus/, WikToR/, ..."
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="score only the first N documents of each"
    )
    parser.add_argument("--only", default=None, help="comma-separated labels or formats to run")
    args = parser.parse_args(argv)
    corpora = Path(args.corpora)
    wanted = {w.strip().casefold() for w in args.only.split(",")} if args.only else None
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
        real = [str(corpora / rel) if c == f"$CORPORA/{rel}" else c for c in command]
        began = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "geodata", *real],
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
            check=False,
        )
        seconds = time.perf_counter() - began
        try:
            report = json.loads(done.stdout)
        except json.JSONDecodeError:
            print(
                f"{label}: the command failed (exit {done.returncode}): {done.stderr.strip()[-500:]}",
                file=sys.stderr,
            )
            continue
        report["wall_seconds"] = round(seconds, 1)
        report["exit_code"] = done.returncode
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
        "",
        "| corpus | mode | lang | docs | gold | P | R | F1 | Acc@161 | AUC | mean km | median km | n dist |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
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
        "Time per corpus (both modes, one process): "
        + ", ".join(f"{label} {report['wall_seconds']} s" for label, report in reports.items())
        + ".",
    ]
    RESULTS_MD.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_MD.write_text("\n".join(lines) + "\n", encoding="utf-8")
    RESULTS_JSON.write_text(
        json.dumps(reports, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(
        f"wrote {RESULTS_MD.relative_to(PROJECT_ROOT)} and {RESULTS_JSON.relative_to(PROJECT_ROOT)}"
    )
    return 0 if reports else 1


if __name__ == "__main__":
    raise SystemExit(main())
