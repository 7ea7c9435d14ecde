"""Real processes against one store: a reader beside a writer, two writers, a writer killed mid-way."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pytest

from geodata.config import PROJECT_ROOT
from geodata.errors import StoreError
from geodata.store import Filters, Store, open_store
from geodata.store.schema import SCHEMA_VERSION
from geodata.testing import synthetic_article, write_synthetic

#: Starts one writer process: (url, start, stop) -> the process.
Writer = Callable[[str, int, int], subprocess.Popen[str]]


@pytest.fixture
def start_writer() -> Iterator[Writer]:
    """Start separate Python processes, each saving synthetic articles ``start``..``stop - 1``.

    A writer still running when the test ends (a failed assertion, a timeout) is killed and
    reaped, so no process outlives its test.
    """
    started: list[subprocess.Popen[str]] = []

    def start(url: str, start: int, stop: int) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "geodata.testing", "write", url, str(start), str(stop)],
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate()


def finish(process: subprocess.Popen[str]) -> dict[str, int]:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    return json.loads(out)


def assert_whole_articles(store: Store, numbers: range) -> set[str]:
    """Every stored synthetic article of ``numbers`` has exactly the mentions it was saved with.

    Returns the ids of those stored. Looked up one by one: an article that names no place is in
    no filtered list, but it is stored all the same.
    """
    ids = set()
    for n in numbers:
        article, mentions, _ = synthetic_article(n)
        article_id = article.id
        if store.article(article_id) is None:
            assert store.mentions(article_id) == []
            continue
        ids.add(article_id)
        assert store.article(article_id) == article
        stored = store.mentions(article_id)
        assert [(m.start, m.end, m.text) for m in stored] == sorted(
            (m.start, m.end, m.text) for m in mentions
        )
    return ids


def test_a_reader_never_sees_a_locked_store_while_a_process_writes(
    store_url: str, start_writer: Writer
) -> None:
    total = 800
    with open_store(store_url) as reader:
        writer = start_writer(store_url, 0, total)
        seen: list[int] = []
        while writer.poll() is None:
            count = reader.count_articles()
            listed = reader.articles(limit=20)
            reader.region_counts()
            reader.place_counts(Filters(region="MX"))
            assert len(listed) == min(count, 20) or reader.count_articles() > count
            seen.append(count)
        assert finish(writer) == {"new": total}
        assert seen == sorted(seen), "a reader saw the store shrink"
        assert any(0 < c < total for c in seen), "no read happened while the writer wrote"
        assert reader.stats().articles == total


def test_three_writers_on_overlapping_articles_make_no_duplicates(
    store_url: str, start_writer: Writer
) -> None:
    # All three also race to create the schema of the empty store.
    ranges = [(0, 300), (150, 450), (100, 200)]
    writers = [start_writer(store_url, start, stop) for start, stop in ranges]
    results = [finish(w) for w in writers]
    assert sum(r.get("new", 0) for r in results) == 450
    assert sum(r.get("unchanged", 0) for r in results) == 150 + 100
    with open_store(store_url) as store:
        assert store.stats().articles == 450
        assert len(assert_whole_articles(store, range(450))) == 450


def test_a_killed_writer_leaves_a_consistent_store_and_a_rerun_completes_it(
    store_url: str, tmp_path, start_writer: Writer
) -> None:
    total = 1200
    writer = start_writer(store_url, 0, total)
    with open_store(store_url) as watcher:
        # Wait, on the other process, until it is well into its work; then kill it mid-way.
        while watcher.stats().articles < 150 and writer.poll() is None:
            time.sleep(0.01)
    assert writer.poll() is None, "the writer finished before it could be killed"
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=60)  # reap it and close its pipes
    assert writer.returncode == -signal.SIGKILL

    with open_store(store_url) as store:
        if hasattr(store, "integrity_problems"):
            assert store.integrity_problems() == []
        survived = assert_whole_articles(store, range(total))
        assert 150 <= len(survived) < total
        assert store.stats().articles == len(survived)

    counts = write_synthetic(store_url, 0, total)
    assert counts == {"new": total - len(survived), "unchanged": len(survived)}

    reference_url = f"sqlite:///{tmp_path / 'reference.sqlite'}"
    write_synthetic(reference_url, 0, total)
    with open_store(store_url) as store, open_store(reference_url) as reference:
        assert store.stats().articles == reference.stats().articles == total
        assert store.stats().mentions == reference.stats().mentions
        assert [a.id for a in store.articles()] == [a.id for a in reference.articles()]
        for n in range(0, total, 37):
            article_id = f"synthetic-{n:06d}"
            assert store.mentions(article_id) == reference.mentions(article_id)
        assert store.region_counts() == reference.region_counts()
        if hasattr(store, "integrity_problems"):
            assert store.integrity_problems() == []


def test_sqlite_refuses_a_store_from_a_newer_version(tmp_path) -> None:
    path = tmp_path / "store.sqlite"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'later')")
    conn.close()
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(f"sqlite:///{path}")


def test_sqlite_store_is_in_wal_mode_and_reopens(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'nested' / 'store.sqlite'}"
    with open_store(url) as store:
        store.save(*synthetic_article(1))
    conn = sqlite3.connect(tmp_path / "nested" / "store.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    with open_store(url) as store:
        assert store.stats().articles == 1


def test_a_file_that_is_not_sqlite_is_a_store_error(tmp_path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database at all " * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(f"sqlite:///{path}")


def test_sqlite_migrates_a_version_1_store(tmp_path) -> None:
    path = tmp_path / "store.sqlite"
    with open_store(f"sqlite:///{path}") as store:
        store.save(*synthetic_article(4))
    # Turn the file back into what version 1 wrote: the narrower index, no per-article index,
    # no rows for versions 2 and 3.
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX mentions_article")
        conn.execute("DROP INDEX mentions_place")
        conn.execute("CREATE INDEX mentions_place ON mentions (place_id, article_id)")
        conn.execute("DELETE FROM schema_version WHERE version > 1")
    conn.close()
    with open_store(f"sqlite:///{path}") as store:
        assert store.stats().extra["schema_version"] == SCHEMA_VERSION
        assert store.stats().articles == 1
    conn = sqlite3.connect(path)
    columns = [r[2] for r in conn.execute("PRAGMA index_info(mentions_place)")]
    per_article = [r[2] for r in conn.execute("PRAGMA index_info(mentions_article)")]
    conn.close()
    assert columns == ["place_id", "article_id", "kind", "score"]
    assert per_article == ["article_id", "place_id", "kind", "score"]


def test_sqlite_keeps_the_real_error_when_sqlite_already_rolled_back(tmp_path) -> None:
    from geodata.store.sqlite import SQLiteStore

    def fail_after_sqlite_rolled_back(store: SQLiteStore) -> None:
        with store._transaction(write=True) as conn:
            conn.execute("ROLLBACK")  # as SQLite does by itself on a full disk or I/O error
            raise ValueError("the error that matters")

    with SQLiteStore(f"sqlite:///{tmp_path / 'store.sqlite'}") as store:
        with pytest.raises(ValueError, match="the error that matters"):
            fail_after_sqlite_rolled_back(store)
        store.save(*synthetic_article(2))
        assert store.stats().articles == 1
