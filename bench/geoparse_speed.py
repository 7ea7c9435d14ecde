"""Geoparsing speed on the LGL texts: geodata.geoparse against geotext and a bare Aho-Corasick scan.

Usage (from the project root)::

    .venv/bin/python bench/geoparse_speed.py --lgl PATH/TO/lgl.xml [--limit N] [--repeat R]

Each contender runs in its own fresh worker process pinned to one CPU core, so load time and
memory are its own and the rate is per core:

- ``geoparse``: :func:`geodata.geoparse` end to end (language detection included unless
  ``--lang`` is given); load time is the first call, which loads the parser and gazetteer.
- ``geotext``: the PyPI package ``geotext`` (a dictionary matcher over GeoNames cities and
  countries); load time is its import, which builds its index.
- ``ahocorasick``: a bare pyahocorasick scan of the same texts with every name the gazetteer
  holds (``Gazetteer.default().names()``): the floor any gazetteer matcher pays. Load time is the
  gazetteer load plus building the automaton.

Reported per contender: load seconds, resident memory after load (and the increase over the bare
interpreter with the same imports), peak resident memory, articles per second on wall-clock and
on CPU time (best of ``--repeat`` passes, and of ``--rounds`` rounds that run the contenders in
turn, each in a fresh process, so that a slow spell of a shared machine hits them alike; every
round's rate and each round's ratio are kept), and, with ``--tracemalloc``, the peak Python heap
during load and one pass. Prints a table and writes ``bench/results/geoparse_speed.json`` (with
``--lang``: ``geoparse_speed_lang-LANG.json``) and its ``.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
RESULTS = BENCH_DIR / "results" / "geoparse_speed.json"
RESULTS_MD = BENCH_DIR / "results" / "geoparse_speed.md"
CONTENDERS = ("geoparse", "geotext", "ahocorasick")


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB, from /proc."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def _texts(lgl: str, limit: int | None) -> list[str]:
    from geodata.evaluate.corpora import read_lgl

    texts = []
    for doc in read_lgl(lgl):
        if limit is not None and len(texts) >= limit:
            break
        texts.append(doc.text)
    return texts


def _load(name: str, lang: str | None):
    """Load a contender; return a function text -> number of places found."""
    if name == "geoparse":
        from geodata import geoparse

        geoparse(
            "Warm-up: the parser loads on its first call, in Springfield, Illinois.", lang=lang
        )
        return lambda text: len(geoparse(text, lang=lang))
    if name == "geotext":
        from geotext import GeoText

        def run_geotext(text: str) -> int:
            found = GeoText(text)
            return len(found.cities) + len(found.countries)

        return run_geotext
    if name == "ahocorasick":
        import ahocorasick

        from geodata.gazetteer import Gazetteer

        automaton = ahocorasick.Automaton()
        for entry in Gazetteer.default().names():
            if entry.name:
                automaton.add_word(entry.name, 0)
        automaton.make_automaton()

        def run_scan(text: str) -> int:
            return sum(1 for _ in automaton.iter(text))

        return run_scan
    raise SystemExit(f"unknown contender {name!r}: expected one of {CONTENDERS}")


def _pin_to_one_core() -> int | None:
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def worker(args: argparse.Namespace) -> dict:
    """Measure one contender in this (fresh) process; return the figures."""
    core = _pin_to_one_core()
    texts = _texts(args.lgl, args.limit)
    # What the interpreter with these modules costs before any contender loads.
    import ahocorasick  # noqa: F401

    import geodata  # noqa: F401

    rss_base, _ = _rss_mb()
    if args.tracemalloc:
        tracemalloc.start()
    started = time.perf_counter()
    run = _load(args.worker, args.lang)
    load_s = time.perf_counter() - started
    rss_loaded, _ = _rss_mb()
    best_wall = best_cpu = float("inf")
    found = 0
    for _ in range(1 if args.tracemalloc else args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        found = sum(run(text) for text in texts)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    _, rss_peak = _rss_mb()
    figures = {
        "contender": args.worker,
        "core": core,
        "articles": len(texts),
        "characters": sum(len(t) for t in texts),
        "places_found": found,
        "load_s": round(load_s, 3),
        "rss_base_mb": round(rss_base, 1),
        "rss_after_load_mb": round(rss_loaded, 1),
        "rss_load_increase_mb": round(rss_loaded - rss_base, 1),
        "rss_peak_mb": round(rss_peak, 1),
        "scan_wall_s": round(best_wall, 4),
        "scan_cpu_s": round(best_cpu, 4),
        "articles_per_s_wall": round(len(texts) / best_wall, 1) if best_wall > 0 else None,
        "articles_per_s_cpu": round(len(texts) / best_cpu, 1) if best_cpu > 0 else None,
    }
    if args.tracemalloc:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        figures["tracemalloc_peak_mb"] = round(peak / 2**20, 1)
    return figures


def _run_worker(name: str, args: argparse.Namespace, *, trace: bool = False) -> dict:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        name,
        "--lgl",
        args.lgl,
        "--repeat",
        str(args.repeat),
    ]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    if args.lang:
        command += ["--lang", args.lang]
    if trace:
        command.append("--tracemalloc")
    env = dict(
        os.environ, PYTHONPATH=str(PROJECT_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    )
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, check=False
    )
    if done.returncode != 0:
        return {"contender": name, "error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _table(results: list[dict]) -> str:
    header = f"{'contender':<12} {'load s':>7} {'RSS MB':>7} {'+load MB':>8} {'peak MB':>8} {'art/s cpu':>10} {'art/s wall':>10} {'places':>7}"
    lines = [header, "-" * len(header)]
    for r in results:
        if "error" in r:
            lines.append(f"{r['contender']:<12} failed: {r['error']}")
            continue
        lines.append(
            f"{r['contender']:<12} {r['load_s']:>7.2f} {r['rss_after_load_mb']:>7.0f} {r['rss_load_increase_mb']:>8.0f} "
            f"{r['rss_peak_mb']:>8.0f} {r['articles_per_s_cpu']:>10,.0f} {r['articles_per_s_wall']:>10,.0f} {r['places_found']:>7}"
        )
        if "tracemalloc_peak_mb" in r:
            lines.append(f"{'':<12} tracemalloc peak {r['tracemalloc_peak_mb']} MB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lgl", required=True, help="path to lgl.xml")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed passes per contender; the best counts"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="rounds of all contenders in turn, each in fresh processes; each one's best counts",
    )
    parser.add_argument(
        "--lang", default=None, help="pass this language to geoparse (default: detect)"
    )
    parser.add_argument(
        "--only", default=",".join(CONTENDERS), help="comma-separated contenders to run"
    )
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace the Python heap (one slow pass)"
    )
    parser.add_argument(
        "--no-write",
        action="store_true",
        help=f"do not write {RESULTS.relative_to(PROJECT_ROOT)} and its .md",
    )
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args)))
        return 0
    if not Path(args.lgl).is_file():
        parser.error(f"--lgl must be the LGL corpus file lgl.xml, got {args.lgl!r}")
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    # Rounds alternate the contenders, so that a slow spell of the machine hits them alike; each
    # contender's best round counts, and every round's rate is kept.
    rounds = [[_run_worker(name, args) for name in names] for _ in range(args.rounds)]
    results = []
    for i in range(len(names)):
        runs = [round_[i] for round_ in rounds]
        good = [r for r in runs if "error" not in r]
        best = max(good, key=lambda r: r["articles_per_s_cpu"]) if good else runs[0]
        best["rounds_articles_per_s_cpu"] = [r.get("articles_per_s_cpu") for r in runs]
        results.append(best)
    if args.tracemalloc:
        for result in results:
            if "error" not in result:
                traced = _run_worker(result["contender"], args, trace=True)
                result["tracemalloc_peak_mb"] = traced.get(
                    "tracemalloc_peak_mb", traced.get("error")
                )
    by_name = {r["contender"]: r for r in results if "error" not in r}
    ratios = {}
    if "geoparse" in by_name and "ahocorasick" in by_name:
        ratios["geoparse_vs_bare_scan_cpu"] = round(
            by_name["geoparse"]["articles_per_s_cpu"]
            / by_name["ahocorasick"]["articles_per_s_cpu"],
            3,
        )
        # each round's pair of rates, measured minutes apart at most
        pairs = zip(
            by_name["geoparse"]["rounds_articles_per_s_cpu"],
            by_name["ahocorasick"]["rounds_articles_per_s_cpu"],
            strict=True,
        )
        ratios["geoparse_vs_bare_scan_cpu_per_round"] = [
            round(g / a, 3) if g and a else None for g, a in pairs
        ]
    if "geoparse" in by_name and "geotext" in by_name:
        ratios["geoparse_vs_geotext_cpu"] = round(
            by_name["geoparse"]["articles_per_s_cpu"] / by_name["geotext"]["articles_per_s_cpu"], 3
        )
    print(_table(results))
    for key, value in ratios.items():
        print(f"{key}: {value}")
    record = {
        # the corpus path is this machine's: keep it out of a file that is committed
        "command": "bench/geoparse_speed.py "
        + " ".join(
            "$CORPORA/LGL/lgl.xml" if a == args.lgl else a
            for a in (argv if argv is not None else sys.argv[1:])
        ),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpu": _cpu_model(),
        "lang": args.lang or "detected",
        # other work on the machine slows every contender: the load average says how much
        "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()],
        "results": results,
        "ratios": ratios,
    }
    if not args.no_write:
        # a run with the language given goes beside the end-to-end one, not over it
        suffix = f"_lang-{args.lang}" if args.lang else ""
        results_json = RESULTS.with_name(f"{RESULTS.stem}{suffix}.json")
        results_md = RESULTS_MD.with_name(f"{RESULTS_MD.stem}{suffix}.md")
        results_json.parent.mkdir(parents=True, exist_ok=True)
        results_json.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        results_md.write_text(_markdown(record), encoding="utf-8")
        print(
            f"wrote {results_json.relative_to(PROJECT_ROOT)} and {results_md.relative_to(PROJECT_ROOT)}"
        )
    return 0 if all("error" not in r for r in results) else 1


def _markdown(record: dict) -> str:
    """The results as a Markdown table with the command that produced them."""
    lines = [
        "# Geoparsing speed on the LGL texts",
        "",
        f"Measured {record['date']} on {record['cpu']} ({record['machine']}), Python {record['python']}, "
        f"language {record['lang']}, load average {record.get('load_average_1_5_15', '-')} (1, 5, 15 min) "
        "at the end of the run. Each contender ran alone in a fresh process pinned to one core; rates are "
        "articles per CPU-second of that process (per core) and per wall-clock second (lower when other work "
        "shares the core), best of the timed passes, and of the rounds that ran the contenders in turn "
        "(every round's rate in the last column).",
        "",
        "| contender | articles | load s | RSS after load MB | peak RSS MB | Python heap peak MB | articles/s per core (CPU) | articles/s (wall) | per round (CPU) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in record["results"]:
        if "error" in r:
            lines.append(f"| {r['contender']} | failed: {r['error']} | | | | | | | |")
            continue
        per_round = ", ".join(
            f"{rate:,.0f}" if rate else "failed" for rate in r.get("rounds_articles_per_s_cpu", [])
        )
        lines.append(
            f"| {r['contender']} | {r['articles']} | {r['load_s']:.2f} | {r['rss_after_load_mb']:.0f} | "
            f"{r['rss_peak_mb']:.0f} | {r.get('tracemalloc_peak_mb', '-')} | {r['articles_per_s_cpu']:,.0f} | "
            f"{r['articles_per_s_wall']:,.0f} | {per_round} |"
        )
    lines.append("")
    for key, value in record["ratios"].items():
        lines.append(f"- {key.replace('_', ' ')}: {value}")
    lines += ["", "Command:", "", "```", f".venv/bin/python {record['command']}", "```", ""]
    return "\n".join(lines)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
