"""ingest_articles / ingest in one process against a real SQLite store."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pipeline_helpers import make_articles, snapshot

from geodata.errors import ConfigurationError
from geodata.model import Article, Failure
from geodata.pipeline import IngestReport, ingest, ingest_articles
from geodata.store import open_store


def test_a_clean_store_gets_every_article_and_a_second_run_changes_nothing(
    articles: list[Article], sqlite_url: str
) -> None:
    first = ingest_articles(articles, store_url=sqlite_url)
    assert (first.new, first.updated, first.unchanged, first.failed) == (len(articles), 0, 0, ())
    assert first.places > 20
    assert first.mentions >= first.places
    stored = snapshot(sqlite_url)
    assert set(stored["articles"]) == {a.id for a in articles}

    second = ingest_articles(articles, store_url=sqlite_url)
    assert (second.new, second.updated, second.unchanged) == (0, 0, len(articles))
    # Unchanged articles are not geoparsed again.
    assert second.process_ids == frozenset()
    assert (second.places, second.mentions) == (0, 0)
    assert snapshot(sqlite_url) == stored


def test_a_changed_article_replaces_its_old_mentions(
    articles: list[Article], sqlite_url: str
) -> None:
    ingest_articles(articles, store_url=sqlite_url)
    changed = dataclasses.replace(
        articles[1],
        text="Aussteller aus Wien zeigten in Zürich neue Fahrräder.",
        content_hash="a-new-hash",
    )
    report = ingest_articles([changed], store_url=sqlite_url)
    assert (report.new, report.updated, report.unchanged) == (0, 1, 0)
    with open_store(sqlite_url) as store:
        names = [m.text for m in store.mentions(changed.id)]
    assert "Berlin" not in names
    assert {"Wien", "Zürich"} <= set(names)


def test_failures_and_a_poisoned_article_are_recorded_while_the_rest_is_stored(
    articles: list[Article], sqlite_url: str
) -> None:
    poisoned = dataclasses.replace(articles[3], text="Sinaloa\x00Sonora")
    unreadable = Failure(origin="broken.md", reason="InputError: broken front matter", stage="read")
    items: list[Article | Failure] = [*articles[:3], poisoned, unreadable, *articles[4:]]
    report = ingest_articles(items, store_url=sqlite_url)
    assert report.new == len(articles) - 1
    assert [(f.origin, f.stage) for f in report.failed] == [
        (poisoned.origin, "geoparse"),
        ("broken.md", "read"),
    ]
    assert not report.ok
    stored = snapshot(sqlite_url)
    assert set(stored["articles"]) == {a.id for a in articles} - {poisoned.id}
    assert stored["failures"] == sorted([(poisoned.origin, "geoparse"), ("broken.md", "read")])


def test_the_same_article_twice_in_one_run_ends_as_its_later_version(
    articles: list[Article], sqlite_url: str
) -> None:
    later = make_articles(version=2)[0]
    assert later.id == articles[0].id
    assert later.content_hash != articles[0].content_hash
    report = ingest_articles([articles[0], articles[1], later], store_url=sqlite_url)
    assert (report.new, report.updated) == (2, 1)
    with open_store(sqlite_url) as store:
        stored = store.article(later.id)
    assert stored is not None
    assert stored.content_hash == later.content_hash


def test_progress_is_reported_after_every_item(articles: list[Article], sqlite_url: str) -> None:
    calls: list[tuple[int, int | None]] = []
    ingest_articles(articles[:4], store_url=sqlite_url, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    calls.clear()
    ingest_articles(
        iter(articles[:2]), store_url=sqlite_url, progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(1, None), (2, None)]


def test_ingest_reads_files_and_folders(tmp_path: Path, sqlite_url: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: Regen\nlanguage: de\n---\n\nIn Sinaloa regnete es, in Sonora nicht.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text("Heavy rain flooded streets in Houston.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    report = ingest([str(folder)], store_url=sqlite_url)
    assert isinstance(report, IngestReport)
    assert report.new == 2
    assert [Path(f.origin).name for f in report.failed] == ["empty.txt"]
    with open_store(sqlite_url) as store:
        assert store.count_articles() == 2
        assert [Path(f.failure.origin).name for f in store.failures()] == ["empty.txt"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"workers": 2, "scheduler": "tcp://127.0.0.1:1"}, "not both"),
        ({"workers": 0}, "at least 1"),
        ({"scheduler": " "}, "tcp://"),
        ({"chunk_size": 0}, "chunk_size"),
    ],
)
def test_bad_options_raise_configuration_errors(
    options: dict[str, object], message: str, sqlite_url: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        ingest_articles([], store_url=sqlite_url, **options)  # type: ignore[arg-type]


def test_a_single_string_is_refused_rather_than_read_letter_by_letter(sqlite_url: str) -> None:
    with pytest.raises(ConfigurationError, match="wrap it in a list"):
        ingest("articles/", store_url=sqlite_url)  # type: ignore[arg-type]
