"""Ingest speed: articles per second into SQLite in one process, and with Dask on N workers.

    .venv/bin/python bench/ingest_speed.py --articles 2000

Writes a synthetic corpus (bench/synthetic.py: one Markdown file per article) to a temporary folder,
then runs ``geodata.pipeline.ingest`` over it into a fresh SQLite store, each mode in its own child
process so that peak memory is measured per mode:

- ``local``: everything in one process;
- ``dask-N``: a LocalCluster of N worker processes (127.0.0.1); the driver reads and writes SQLite,
  the workers geoparse;
- ``dask-N-pg``: the same into a throwaway PostGIS on 127.0.0.1 (geodata.testing), where each
  worker writes what it geoparsed over its own connection (left out when PostgreSQL is missing).

Loading the parser and gazetteer (and starting the cluster) is timed apart as ``warmup_s``; the
rate is over the ingest itself: reading files, geoparsing, storing. Peak memory is the maximum
resident set size of the driver and of each worker. Results go to bench/results/ingest_speed.json
and a table is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results" / "ingest_speed.json"

if str(ROOT) not in sys.path:  # run as a script: make the project importable
    sys.path.insert(0, str(ROOT))


def _peak_rss_mb() -> float:
    """This process's peak resident set size in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


#: One paragraph per language, so that every lazily loaded part of the parser is loaded.
WARM_TEXTS = (
    (
        "de",
        "In Sinaloa und Sonora regnete es. Die Regierung in Berlin sprach mit Vertretern aus Paris.",
    ),
    ("es", "En Madrid y Sevilla hizo calor. Representantes de Bogotá viajaron a Ciudad de México."),
    ("en", "Officials in Houston met delegates from Toronto. Flights to London were delayed."),
)


def _warm() -> int:
    """Load the parser and the gazetteer in this process (what the first articles would pay)."""
    from geodata import geoparse

    for lang, text in WARM_TEXTS:
        geoparse(text, lang=lang)
    return os.getpid()


def _child(mode: str, corpus: Path, db: str, workers: int) -> dict[str, Any]:
    """Run one measured ingest in this (child) process and return its figures."""
    from geodata.pipeline import ingest

    began = time.perf_counter()
    if mode == "local":
        _warm()
        warmup = time.perf_counter() - began
        start = time.perf_counter()
        report = ingest([str(corpus)], store_url=db)
        seconds = time.perf_counter() - start
        workers_rss: list[float] = []
    else:
        from distributed import Client, LocalCluster

        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",  # see geodata.pipeline.LOOPBACK_ANY_PORT
            ) as cluster,
            Client(cluster) as client,
        ):
            client.run(_warm)  # the driver only reads and writes: it never loads the parser
            warmup = time.perf_counter() - began
            start = time.perf_counter()
            report = ingest([str(corpus)], store_url=db, scheduler=cluster.scheduler_address)
            seconds = time.perf_counter() - start
            workers_rss = sorted(client.run(_peak_rss_mb).values())
    if report.failed:
        raise SystemExit(f"{len(report.failed)} articles failed, e.g. {report.failed[0]}")
    done = report.new + report.updated + report.unchanged
    return {
        "mode": mode,
        "articles": done,
        "new": report.new,
        "mentions": report.mentions,
        "places": report.places,
        "warmup_s": round(warmup, 2),
        "ingest_s": round(seconds, 2),
        "articles_per_s": round(done / seconds, 1),
        "driver_peak_rss_mb": round(_peak_rss_mb(), 1),
        "worker_peak_rss_mb": [round(value, 1) for value in workers_rss],
        "processes_geoparsing": len(report.process_ids),
    }


def _run_child(mode: str, corpus: Path, db: str, workers: int) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        mode,
        "--corpus",
        str(corpus),
        "--db",
        db,
        "--workers",
        str(workers),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"the {mode} run failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _postgis_run(corpus: Path, workers: int) -> dict[str, Any] | None:
    """The Dask run into a throwaway PostGIS, where each worker writes over its own connection."""
    from geodata.testing import PostgresUnavailableError, fresh_database, postgis_server

    try:
        with postgis_server() as server:
            db = fresh_database(server, "bench_ingest")
            run = _run_child("dask", corpus, db, workers)
    except PostgresUnavailableError as err:
        print(f"postgis run left out: {err}", file=sys.stderr)
        return None
    run["mode"] = f"dask-{workers}-pg"
    run["store"] = "postgis (workers write)"
    return run


def _table(runs: list[dict[str, Any]]) -> str:
    header = (
        f"{'mode':<10} {'articles':>8} {'warmup s':>9} {'ingest s':>9} {'art/s':>8} "
        f"{'driver MB':>10} {'workers MB':>16}"
    )
    lines = [header, "-" * len(header)]
    for run in runs:
        workers = "+".join(f"{v:.0f}" for v in run["worker_peak_rss_mb"]) or "-"
        lines.append(
            f"{run['mode']:<10} {run['articles']:>8} {run['warmup_s']:>9.2f} {run['ingest_s']:>9.2f} "
            f"{run['articles_per_s']:>8.1f} {run['driver_peak_rss_mb']:>10.0f} {workers:>16}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ingest speed into SQLite, local and with Dask.")
    parser.add_argument("--articles", type=int, default=2000, metavar="N")
    parser.add_argument("--workers", type=int, default=2, metavar="N", help="Dask workers")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--modes",
        default="local,dask,postgis",
        help="comma-separated: local (SQLite), dask (SQLite), postgis (Dask into a throwaway PostGIS)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(_child(args.child, args.corpus, args.db, args.workers)))
        return 0

    from bench.synthetic import write_corpus

    runs = []
    load_before = [round(v, 2) for v in os.getloadavg()]
    with tempfile.TemporaryDirectory(prefix="geodata-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        paths = write_corpus(corpus, args.articles, seed=args.seed)
        size_mb = sum(path.stat().st_size for path in paths) / 1e6
        for mode in args.modes.split(","):
            if mode == "postgis":
                run = _postgis_run(corpus, args.workers)
                if run is None:
                    continue
            else:
                label = "local" if mode == "local" else f"dask-{args.workers}"
                db = f"sqlite:///{Path(tmp) / f'{label}.sqlite'}"
                run = _run_child("local" if mode == "local" else "dask", corpus, db, args.workers)
                run["mode"] = label
                run["store"] = "sqlite"
            runs.append(run)
            print(f"{run['mode']}: {run['articles_per_s']} articles/s", file=sys.stderr)
    result = {
        "benchmark": "ingest_speed",
        "command": f"python bench/ingest_speed.py --articles {args.articles} --workers {args.workers}",
        "corpus": {
            "articles": args.articles,
            "seed": args.seed,
            "megabytes": round(size_mb, 2),
            "kind": "synthetic (bench/synthetic.py)",
        },
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(terse=True),
            # Other work on the machine slows both modes, Dask more (it needs both cores free).
            "load_average_before": load_before,
            "load_average_after": [round(v, 2) for v in os.getloadavg()],
        },
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(_table(runs))
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
