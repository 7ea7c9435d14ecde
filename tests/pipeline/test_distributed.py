"""The pipeline on a real Dask LocalCluster with worker processes on 127.0.0.1.

Asserted for real: the articles were geoparsed in the workers' processes (not this one), the store
ends exactly as after an in-process run, and one poisoned article (a NUL character, which the
pipeline's own validation refuses in the worker) becomes one recorded failure while the rest is
stored. With PostGIS the workers write themselves, each over its own connection.
"""

from __future__ import annotations

import dataclasses
import os
import socket
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pipeline_helpers import TEXTS, make_articles, snapshot

from geodata.cli import main
from geodata.ingest import read_text
from geodata.model import Article
from geodata.pipeline import IN_FLIGHT_PER_THREAD, ingest_articles

pytestmark = pytest.mark.distributed


def _with_poison(articles: list[Article]) -> tuple[list[Article], Article]:
    poisoned = dataclasses.replace(articles[5], text=articles[5].text.replace(" ", "\x00", 1))
    return [*articles[:5], poisoned, *articles[6:]], poisoned


def test_results_equal_the_in_process_run_and_tasks_ran_in_the_workers(
    articles: list[Article], tmp_path: Path, dask_cluster: Any, worker_pids: set[int]
) -> None:
    items, poisoned = _with_poison(articles)
    local_url = f"sqlite:///{tmp_path / 'local.sqlite'}"
    dask_url = f"sqlite:///{tmp_path / 'dask.sqlite'}"

    local = ingest_articles(items, store_url=local_url)
    distributed = ingest_articles(
        items, store_url=dask_url, scheduler=dask_cluster.scheduler_address, chunk_size=2
    )

    assert local.process_ids == {os.getpid()}
    assert local.writer_ids == {os.getpid()}
    assert distributed.process_ids, "no article was geoparsed"
    assert distributed.process_ids <= worker_pids
    assert os.getpid() not in distributed.process_ids
    # Six chunks of two over two workers: both took part.
    assert len(distributed.process_ids) == 2
    # SQLite: only the driver writes.
    assert distributed.writer_ids == {os.getpid()}

    assert (distributed.new, distributed.updated, distributed.unchanged) == (
        len(articles) - 1,
        0,
        0,
    )
    assert [(f.origin, f.stage) for f in distributed.failed] == [(poisoned.origin, "geoparse")]
    assert "NUL character" in distributed.failed[0].reason
    assert (distributed.places, distributed.mentions) == (local.places, local.mentions)
    assert snapshot(dask_url) == snapshot(local_url)
    assert set(snapshot(dask_url)["articles"]) == {a.id for a in articles} - {poisoned.id}


def test_a_rerun_on_the_cluster_skips_stored_articles_and_applies_changes(
    articles: list[Article], sqlite_url: str, dask_cluster: Any
) -> None:
    address = dask_cluster.scheduler_address
    ingest_articles(articles, store_url=sqlite_url, scheduler=address)
    changed = make_articles(version=2)
    # The same id twice in one run: the later version wins, as in a local run.
    report = ingest_articles(
        [changed[0], *articles[1:], changed[0], changed[1]], store_url=sqlite_url, scheduler=address
    )
    # Updated: changed[0] and changed[1]; unchanged: the eleven others and changed[0]'s repeat.
    assert (report.new, report.updated, report.unchanged) == (0, 2, len(articles))
    stored = snapshot(sqlite_url)["articles"]
    assert stored[changed[0].id]["content_hash"] == changed[0].content_hash
    assert stored[changed[1].id]["content_hash"] == changed[1].content_hash


def test_ingest_command_with_local_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number, article in enumerate(make_articles()):
        (folder / f"{number:02d}.md").write_text(
            f"---\ntitle: {article.title}\nlanguage: {article.language}\n---\n\n{article.text}\n",
            encoding="utf-8",
        )
    local_url = f"sqlite:///{tmp_path / 'local.sqlite'}"
    dask_url = f"sqlite:///{tmp_path / 'dask.sqlite'}"
    assert main(["ingest", str(folder), "--db", local_url]) == 0
    assert main(["ingest", str(folder), "--db", dask_url, "--workers", "2"]) == 0
    out = capsys.readouterr().out
    assert out.count("new 12, updated 0, unchanged 0, failed 0") == 2
    assert snapshot(dask_url) == snapshot(local_url)


@pytest.mark.postgis
def test_workers_write_to_postgis_over_their_own_connections(
    articles: list[Article], tmp_path: Path, pg_url: str, dask_cluster: Any, worker_pids: set[int]
) -> None:
    items, poisoned = _with_poison(articles)
    local_url = f"sqlite:///{tmp_path / 'local.sqlite'}"
    ingest_articles(items, store_url=local_url)

    report = ingest_articles(
        items, store_url=pg_url, scheduler=dask_cluster.scheduler_address, chunk_size=2
    )
    assert report.process_ids <= worker_pids
    assert len(report.process_ids) == 2
    assert report.new == len(articles) - 1
    assert [f.origin for f in report.failed] == [poisoned.origin]
    assert snapshot(pg_url) == snapshot(local_url)

    # The workers wrote, each over its own connection (a URL was shipped, not a connection).
    assert report.writer_ids == report.process_ids
    assert os.getpid() not in report.writer_ids

    again = ingest_articles(items, store_url=pg_url, scheduler=dask_cluster.scheduler_address)
    assert (again.new, again.updated, again.unchanged) == (0, 0, len(articles) - 1)
    assert snapshot(pg_url) == snapshot(local_url)


def test_an_unreachable_scheduler_is_named_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Heavy rain flooded streets in Houston.\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    address = f"tcp://127.0.0.1:{port}"
    assert main(["ingest", str(folder), "--db", url, "--scheduler", address]) == 1
    err = capsys.readouterr().err
    assert f"cannot reach the Dask scheduler at {address!r}" in err


def test_reading_stays_a_bounded_distance_ahead_of_storing(
    sqlite_url: str, dask_cluster: Any
) -> None:
    total, chunk_size, threads = 120, 2, 2
    done = 0
    ahead: list[int] = []

    def corpus() -> Iterator[Article]:
        for number in range(total):
            lang, title, text = TEXTS[number % len(TEXTS)]
            ahead.append(number - done)  # read but not yet stored
            yield read_text(
                f"{text} ({number})", origin=f"gen/{number}", title=title, language=lang
            )

    def progress(count: int, _total: int | None) -> None:
        nonlocal done
        done = count

    report = ingest_articles(
        corpus(),
        store_url=sqlite_url,
        scheduler=dask_cluster.scheduler_address,
        chunk_size=chunk_size,
        progress=progress,
    )
    assert report.new == total
    # At most max_in_flight chunks out, plus the chunk being filled: memory does not grow with
    # the corpus, because the reader is only pulled as results come back.
    bound = IN_FLIGHT_PER_THREAD * threads * chunk_size + chunk_size
    assert max(ahead) <= bound
    assert max(ahead) >= chunk_size  # and the cluster did get work ahead of the driver


def test_workers_start_when_main_is_an_app_script(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Inside Streamlit __main__ is the app script, run by path; a spawned worker would run it again
    # (here it would fail at once) unless the pipeline hides it while the workers start.
    script = tmp_path / "app.py"
    script.write_text("raise SystemExit('the app script ran in a worker')\n", encoding="utf-8")
    app = types.ModuleType("__main__")
    app.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", app)
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    report = ingest_articles(make_articles()[:3], store_url=url, workers=1)
    assert (report.new, report.failed) == (3, ())
    assert os.getpid() not in report.process_ids
    assert sys.modules["__main__"] is app  # put back afterwards
