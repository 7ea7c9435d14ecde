"""The store contract, run against both backends: writes, reads, filters and their agreement."""

from __future__ import annotations

import pickle
import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from geodata.errors import InputError, StoreError
from geodata.model import Article, Failure, Mention, Place
from geodata.store import Filters, Outcome, Store, open_store
from geodata.testing import mention_of, synthetic_article

SINALOA = Place(
    "ne:MX-SIN", "Sinaloa", "admin1", 25.0, -107.5, "MX", "MX-SIN", population=3_026_943
)
SONORA = Place("ne:MX-SON", "Sonora", "admin1", 29.6, -110.9, "MX", "MX-SON")
MEXICO = Place("3996063", "Mexiko", "country", 23.0, -102.0, "MX", None, geonameid=3996063)
TEXAS = Place("ne:US-TX", "Texas", "admin1", 31.25, -99.25, "US", "US-TX", parents=("6252001",))

TEXT = (
    "Die US-Regierung bereitet am 5. November Einsätze gegen Kartelle vor. "
    "Betroffen sind Sinaloa und Sonora, sagte Dr. Müller.\n\n"
    "Auch in Mexiko wird über die Lage in Texas gesprochen."
)


def mention(text: str, name: str, place: Place | None, *, kind="literal", score=0.9, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return mention_of(place, start, name, kind=kind, score=score)


def first_article(**changes) -> tuple[Article, list[Mention], list[Place]]:
    article = Article(
        id="haolam-2025-11-05",
        text=TEXT,
        origin="articles/haolam.md",
        title="USA planen Einsätze gegen Kartelle",
        source="haOlam.de",
        url="https://example.org/haolam",
        published=datetime(2025, 11, 5, 9, 30, tzinfo=timezone(timedelta(hours=1))),
        language="de",
        author="Redaktion",
        sample=True,
        content_hash="hash-1",
        extra={"feed": "none"},
    )
    article = replace(article, **changes)
    mentions = [
        mention(article.text, "Sinaloa", SINALOA),
        mention(article.text, "Sonora", SONORA, score=0.6),
        mention(article.text, "Mexiko", MEXICO, kind="metonymic"),
        mention(article.text, "Texas", TEXAS),
    ]
    return article, mentions, [SINALOA, SONORA, MEXICO, TEXAS]


# -- writes ------------------------------------------------------------------------------------


def test_save_is_idempotent_and_round_trips_every_field(store: Store) -> None:
    article, mentions, places = first_article()
    assert store.save(article, mentions, places) is Outcome.NEW
    assert store.save(article, mentions, places) is Outcome.UNCHANGED
    assert store.is_unchanged(article.id, "hash-1")
    assert not store.is_unchanged(article.id, "hash-2")
    assert not store.is_unchanged("other", "hash-1")

    back = store.article(article.id)
    assert back == article
    assert back.extra == {"feed": "none"}
    assert back.published.utcoffset() == timedelta(hours=1)
    assert store.article("missing") is None
    stats = store.stats()
    assert (stats.articles, stats.mentions, stats.places, stats.failures) == (1, 4, 4, 0)
    assert stats.extra["schema_version"] >= 1


def test_stored_mentions_carry_their_sentence_and_place(store: Store) -> None:
    article, mentions, places = first_article()
    store.save(article, list(reversed(mentions)), places)
    stored = store.mentions(article.id)
    assert [m.text for m in stored] == ["Sinaloa", "Sonora", "Mexiko", "Texas"]
    for m in stored:
        assert article.text[m.start : m.end] == m.text
        assert m.sentence[m.start - m.sentence_start : m.end - m.sentence_start] == m.text
        assert article.text[m.sentence_start :].startswith(m.sentence)
    assert stored[0].sentence == "Betroffen sind Sinaloa und Sonora, sagte Dr. Müller."
    assert stored[2].sentence == "Auch in Mexiko wird über die Lage in Texas gesprochen."
    assert stored[3].place == TEXAS
    assert stored[2].kind == "metonymic"
    assert stored[1].score == pytest.approx(0.6)


def test_changed_article_replaces_its_mentions(store: Store) -> None:
    article, mentions, places = first_article()
    store.save(article, mentions, places)
    text = "Nur noch Sonora wird genannt."
    changed = replace(article, text=text, content_hash="hash-2")
    assert store.save(changed, [mention(text, "Sonora", SONORA)], [SONORA]) is Outcome.UPDATED
    assert [m.text for m in store.mentions(article.id)] == ["Sonora"]
    assert store.count_articles(Filters(region="MX-SIN")) == 0
    assert store.count_articles(Filters(query="regierung")) == 0
    assert store.count_articles(Filters(query="genannt")) == 1
    assert store.stats().articles == 1
    assert store.stats().mentions == 1


def test_unresolved_mentions_are_kept_without_a_place(store: Store) -> None:
    text = "Ein Ort namens Xyzzy."
    article = Article(id="u1", text=text, origin="u1", content_hash="h")
    store.save(article, [mention(text, "Xyzzy", None, score=0.1)], [])
    (stored,) = store.mentions("u1")
    assert stored.place is None
    assert stored.text == "Xyzzy"
    assert store.stats().extra["unresolved_mentions"] == 1
    assert store.place_counts() == []


def test_empty_content_hash_is_derived_from_the_content(store: Store) -> None:
    article = Article(id="x", text="Text ohne Ort.", origin="x")
    assert store.save(article, [], []) is Outcome.NEW
    assert store.save(article, [], []) is Outcome.UNCHANGED
    assert store.save(replace(article, title="Neu"), [], []) is Outcome.UPDATED


def test_bad_mentions_are_refused_and_nothing_is_written(store: Store) -> None:
    article, mentions, places = first_article()
    shifted = replace(mentions[0], start=mentions[0].start + 1, end=mentions[0].end + 1)
    with pytest.raises(InputError, match="offsets must index"):
        store.save(article, [shifted], places)
    with pytest.raises(InputError, match="not among"):
        store.save(article, mentions, places[:1])
    with pytest.raises(InputError, match="outside the text"):
        store.save(article, [replace(mentions[0], start=-1)], places)
    assert store.article(article.id) is None


def test_a_failing_save_rolls_back_the_whole_article(store: Store) -> None:
    article, mentions, places = first_article()
    store.save(article, mentions, places)
    broken = [*mentions[:2], replace(mentions[2], kind=None)]  # NOT NULL fails after other writes
    changed = replace(article, text=article.text, title="Neu", content_hash="hash-2")
    with pytest.raises(StoreError):
        store.save(changed, broken, places)
    assert store.article(article.id).title == article.title
    assert len(store.mentions(article.id)) == 4
    with pytest.raises(StoreError):
        store.save(replace(changed, id="other"), broken, places)
    assert store.article("other") is None
    assert store.stats().mentions == 4
    # the store still works after the failed transactions
    assert store.save(changed, mentions, places) is Outcome.UPDATED


def test_failures_are_kept_once_per_input_and_cleared_by_success(store: Store) -> None:
    store.record_failure(Failure("feeds/a.xml", "XML entity expansion refused", "read"))
    store.record_failure(Failure("b.bin", "binary file", "read"))
    store.record_failure(Failure("b.bin", "binary file, again", "read"))
    failures = store.failures()
    assert [f.failure.origin for f in failures] == ["b.bin", "feeds/a.xml"]
    assert failures[0].failure.reason == "binary file, again"
    assert failures[0].recorded_at.tzinfo is not None
    assert len(store.failures(limit=1)) == 1
    store.save(Article(id="b", text="Jetzt lesbar.", origin="b.bin", content_hash="h"), [], [])
    assert [f.failure.origin for f in store.failures()] == ["feeds/a.xml"]
    assert store.stats().failures == 1


def test_place_upsert_keeps_the_latest_version(store: Store) -> None:
    article, mentions, places = first_article()
    store.save(article, mentions, places)
    renamed = replace(SINALOA, name="Estado de Sinaloa", population=3_100_000)
    text = "Sinaloa erneut."
    other = Article(id="a2", text=text, origin="a2", content_hash="h")
    store.save(other, [mention(text, "Sinaloa", renamed)], [renamed])
    assert store.mentions(article.id)[0].place == renamed
    assert store.stats().places == 4


# -- reads and filters ------------------------------------------------------------------------


def small_store(store: Store) -> None:
    store.save(*first_article())
    texts = {
        "es1": ("En Sinaloa y Culiacán hubo operativos.", "es", "El Universal", date(2025, 11, 6)),
        "en1": ("Texas and Sonora talk about the border.", "en", "Border Times", date(2025, 10, 1)),
        "en2": ("No places here at all, said the mayor.", "en", "Border Times", None),
    }
    culiacan = Place("4014338", "Culiacán", "city", 24.8, -107.39, "MX", "MX-SIN")
    lookup = {"Sinaloa": SINALOA, "Culiacán": culiacan, "Texas": TEXAS, "Sonora": SONORA}
    for key, (text, language, source, day) in texts.items():
        names = [n for n in lookup if n in text]
        published = None if day is None else datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
        article = Article(
            id=key,
            text=text,
            origin=key,
            title=f"Title {key}",
            source=source,
            language=language,
            published=published,
            content_hash=key,
        )
        store.save(
            article, [mention(text, n, lookup[n]) for n in names], [lookup[n] for n in names]
        )


def test_region_filter_matches_country_and_admin1_codes(store: Store) -> None:
    small_store(store)
    ids = lambda f: {a.id for a in store.articles(f)}  # noqa: E731
    assert ids(Filters(region="MX-SIN")) == {"haolam-2025-11-05", "es1"}
    assert ids(Filters(region="MX")) == {"haolam-2025-11-05", "es1", "en1"}
    assert ids(Filters(region="US-TX")) == {"haolam-2025-11-05", "en1"}
    assert ids(Filters(region="mx-sin")) == ids(Filters(region="MX-SIN"))
    assert ids(Filters(region="FR")) == set()
    assert ids(Filters()) == {"haolam-2025-11-05", "es1", "en1"}  # en2 names no place


def test_mention_filters_apply_to_the_region(store: Store) -> None:
    small_store(store)
    # Mexiko is metonymic in the first article: with literal mentions only, only Sinaloa etc. count
    counts = store.region_counts(level="country")
    assert counts == {"MX": 3, "US": 2}
    assert store.count_articles(Filters(region="MX", kinds=("metonymic",))) == 1
    assert store.count_articles(Filters(region="MX-SON", min_score=0.7)) == 1  # en1, not haolam
    assert {p.place.id for p in store.place_counts(Filters(kinds=()))} >= {MEXICO.id}
    assert MEXICO.id not in {p.place.id for p in store.place_counts()}


def test_mention_filters_apply_without_a_region(store: Store) -> None:
    small_store(store)
    text = "Ort Xyzzy blieb unklar, in Sinaloa auch."
    unresolved = Article(id="un1", text=text, origin="un1", language="de", content_hash="un1")
    store.save(
        unresolved,
        [mention(text, "Xyzzy", None, score=1.0), mention(text, "Sinaloa", SINALOA, score=0.2)],
        [SINALOA],
    )
    ids = lambda f: {a.id for a in store.articles(f)}  # noqa: E731
    # Mexiko is the first article's only metonymic mention; Sonora (0.6) is its only weak one.
    assert ids(Filters(kinds=("metonymic",))) == {"haolam-2025-11-05"}
    assert store.count_articles(Filters(kinds=("metonymic",))) == 1
    assert store.timeline(Filters(kinds=("metonymic",))) == [(date(2025, 11, 5), 1)]
    assert ids(Filters(kinds=("demonym",))) == set()
    assert store.count_articles(Filters(kinds=("demonym",))) == 0
    assert store.timeline(Filters(kinds=("demonym",))) == []
    # un1's Sinaloa scores 0.2: it is listed with every score, and not from 0.5 on; its unresolved
    # mention, however sure, never lists it.
    assert ids(Filters()) == {"haolam-2025-11-05", "es1", "en1", "un1"}
    assert ids(Filters(min_score=0.5)) == {"haolam-2025-11-05", "es1", "en1"}
    assert ids(Filters(kinds=(), min_score=0.95)) == set()
    assert store.count_articles(Filters(min_score=0.5, languages=("de",))) == 1
    # the list names exactly the places the map shows
    listed = store.articles(Filters(kinds=("metonymic",)))
    assert [a.place_names for a in listed] == [("Mexiko",)]
    assert [p.place.name for p in store.place_counts(Filters(kinds=("metonymic",)))] == ["Mexiko"]


def test_region_counts_ignore_the_region_filter(store: Store) -> None:
    small_store(store)
    everything = store.region_counts()
    assert everything == {"MX-SIN": 2, "MX-SON": 2, "US-TX": 2}
    assert store.region_counts(Filters(region="MX-SIN")) == everything
    assert store.region_counts(Filters(languages=("es",))) == {"MX-SIN": 1}


def test_articles_are_newest_first_with_place_names(store: Store) -> None:
    small_store(store)
    listed = store.articles()
    assert [a.id for a in listed] == ["es1", "haolam-2025-11-05", "en1"]  # en2 names no place
    assert listed[0].place_names == ("Sinaloa", "Culiacán")
    assert listed[1].place_names == ("Sinaloa", "Sonora", "Texas")  # Mexiko is metonymic
    assert [a.id for a in store.articles(limit=2, offset=1)] == ["haolam-2025-11-05", "en1"]
    assert [a.id for a in store.articles(offset=2)] == ["en1"]


def test_date_language_and_source_filters(store: Store) -> None:
    small_store(store)
    ids = lambda f: [a.id for a in store.articles(f)]  # noqa: E731
    # 09:30 at UTC+1 on 5 November is 5 November, whatever UTC says
    assert ids(Filters(since=date(2025, 11, 5), until=date(2025, 11, 5))) == ["haolam-2025-11-05"]
    assert ids(Filters(since=date(2025, 11, 1))) == ["es1", "haolam-2025-11-05"]
    assert ids(Filters(until=date(2025, 10, 31))) == ["en1"]
    assert ids(Filters(languages=("en",))) == ["en1"]  # en2 names no place
    assert ids(Filters(sources=("Border Times", "haOlam.de"))) == ["haolam-2025-11-05", "en1"]
    assert store.timeline() == [
        (date(2025, 10, 1), 1),
        (date(2025, 11, 5), 1),
        (date(2025, 11, 6), 1),
    ]


def test_full_text_search_folds_case_and_accents(store: Store) -> None:
    small_store(store)
    ids = lambda q: {a.id for a in store.articles(Filters(query=q))}  # noqa: E731
    assert ids("einsatze") == {"haolam-2025-11-05"}
    assert ids("CULIACAN") == {"es1"}
    assert ids("kartelle") == {"haolam-2025-11-05"}  # the title counts too
    assert ids('"talk about"') == {"en1"}
    assert ids('"about talk"') == set()
    assert ids("border texas") == {"en1"}
    assert ids("operativos OR border") == {"es1", "en1"}
    assert ids("mayor") == set()  # en2 says it, but names no place
    assert ids("title") == {"es1", "en1"}
    assert ids("") == ids("   ") == {"haolam-2025-11-05", "es1", "en1"}


@pytest.mark.parametrize(
    "query",
    ['"', "AND", "OR OR", "NEAR(a b", "sin*", "title:x", "(((", "a - b", "'; DROP TABLE x; --",
     "\\", "^", "ü+ö", "NOT", "\x00", "😀", "a\"b\"c", "{col}:x", "-", "*"],
)  # fmt: skip
def test_any_search_input_is_safe(store: Store, query: str) -> None:
    small_store(store)
    count = store.count_articles(Filters(query=query))
    assert count == len(store.articles(Filters(query=query)))
    assert 0 <= count <= 3


def test_negative_limits_and_offsets_are_refused_alike(store: Store) -> None:
    small_store(store)
    with pytest.raises(InputError, match="limit must be 0 or more, got -1"):
        store.articles(limit=-1)
    with pytest.raises(InputError, match="offset must be 0 or more"):
        store.articles(offset=-2)
    with pytest.raises(InputError, match="limit"):
        store.place_articles(SINALOA.id, limit=-1)
    with pytest.raises(InputError, match="limit"):
        store.failures(limit=-5)
    assert store.articles(limit=0) == []
    assert len(store.articles(offset=0)) == 3


def test_place_articles_quote_the_first_naming_sentence(store: Store) -> None:
    small_store(store)
    found = store.place_articles(SINALOA.id)
    assert [p.article_id for p in found] == ["es1", "haolam-2025-11-05"]
    for item in found:
        assert item.sentence[item.highlight_start : item.highlight_end] == "Sinaloa"
    assert found[1].sentence == "Betroffen sind Sinaloa und Sonora, sagte Dr. Müller."
    assert [p.article_id for p in store.place_articles(SINALOA.id, limit=1)] == ["es1"]
    assert store.place_articles(SINALOA.id, Filters(languages=("de",)))[0].title.startswith("USA")
    assert store.place_articles("nowhere") == []


def test_place_articles_quote_the_first_passing_mention(store: Store) -> None:
    # The first sentence naming the place does not pass the kind filter: the popup quotes the
    # first one that does, and an article whose mentions of the place all fail is not listed.
    text = "Sinaloa announced new rules. Later, in Sinaloa, the rules took effect."
    article = Article(id="twice", text=text, origin="test:twice", title="Twice", language="en",
                      published=datetime(2025, 3, 1, tzinfo=UTC))  # fmt: skip
    mentions = [
        mention(text, "Sinaloa", SINALOA, kind="metonymic"),
        mention(text, "Sinaloa", SINALOA, kind="literal", nth=1),
    ]
    store.save(article, mentions, [SINALOA])
    only = Article(id="only-metonymic", text=text, origin="test:only", title="Only", language="en",
                   published=datetime(2025, 3, 2, tzinfo=UTC))  # fmt: skip
    store.save(only, [mention(text, "Sinaloa", SINALOA, kind="metonymic")], [SINALOA])
    literal = store.place_articles(SINALOA.id, Filters(kinds=("literal",)))
    assert [p.article_id for p in literal] == ["twice"]
    assert literal[0].sentence == "Later, in Sinaloa, the rules took effect."
    every = store.place_articles(SINALOA.id, Filters(kinds=()))
    assert [p.article_id for p in every] == ["only-metonymic", "twice"]  # newest first
    assert every[1].sentence == "Sinaloa announced new rules."
    assert every[1].sentence[every[1].highlight_start : every[1].highlight_end] == "Sinaloa"


def test_facets_cover_the_whole_store(store: Store) -> None:
    small_store(store)
    facets = store.facets()
    assert facets.sources == (("Border Times", 2), ("El Universal", 1), ("haOlam.de", 1))
    assert facets.languages == (("en", 2), ("de", 1), ("es", 1))
    assert facets.first_published == datetime(2025, 10, 1, 12, tzinfo=UTC)
    assert facets.last_published == datetime(2025, 11, 6, 12, tzinfo=UTC)
    assert facets.countries == (("MX", 3), ("US", 2))
    assert facets.admin1 == (("MX-SIN", 2), ("MX-SON", 2), ("US-TX", 2))


def test_an_empty_store_answers_every_query(store: Store) -> None:
    assert store.articles() == []
    assert store.count_articles(Filters(region="MX", query="x")) == 0
    assert store.region_counts() == {}
    assert store.place_counts() == []
    assert store.timeline() == []
    assert store.failures() == []
    assert store.facets().first_published is None


# -- agreement between queries on a generated store -------------------------------------------

FILTERS = [
    Filters(),
    Filters(kinds=()),
    Filters(kinds=("metonymic", "demonym")),
    Filters(min_score=0.6),
    Filters(kinds=("literal", "metonymic"), min_score=0.5),
    Filters(region="MX"),
    Filters(region="MX-SIN"),
    Filters(region="US-TX", kinds=()),
    Filters(region="DE", languages=("de", "es")),
    Filters(since=date(2025, 3, 1), until=date(2025, 8, 31)),
    Filters(sources=("Synthetic Wire", "Test Gazette"), min_score=0.3),
    Filters(query="sinaloa"),
    Filters(query="report OR informe", region="MX"),
    Filters(query='"version 0"', languages=("en",), since=date(2025, 6, 1)),
]


@pytest.fixture
def generated(store: Store) -> Store:
    for n in range(240):
        store.save(*synthetic_article(n))
    return store


@pytest.mark.parametrize("filters", FILTERS, ids=range(len(FILTERS)))
def test_counts_agree_under_the_same_filters(generated: Store, filters: Filters) -> None:
    store = generated
    listed = store.articles(filters)
    count = store.count_articles(filters)
    assert count == len(listed) == len({a.id for a in listed})
    dated = sum(1 for a in listed if a.published is not None)
    assert sum(n for _, n in store.timeline(filters)) == dated
    for level in ("country", "admin1"):
        for region, n in store.region_counts(filters, level=level).items():
            assert n == store.count_articles(replace(filters, region=region)), (level, region)
    places = store.place_counts(filters)
    listed_ids = {a.id for a in listed}
    named = {name for a in listed for name in a.place_names}
    assert {p.place.name for p in places} == named
    for pc in places[:8]:
        naming = store.place_articles(pc.place.id, filters, limit=10_000)
        assert len(naming) == pc.articles
        assert {p.article_id for p in naming} <= listed_ids
        assert pc.mentions >= pc.articles
    pages = [a.id for i in range(0, count, 7) for a in store.articles(filters, limit=7, offset=i)]
    assert pages == [a.id for a in listed]


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(kinds=()),
        Filters(kinds=("metonymic",)),
        Filters(min_score=0.8),
        Filters(kinds=("literal", "demonym"), min_score=0.6),
        Filters(region="MX", min_score=0.7),
        Filters(region="MX-SIN", kinds=("embedded", "modifier")),
    ],
    ids=range(7),
)
def test_an_article_is_listed_iff_one_of_its_mentions_passes(
    generated: Store, filters: Filters
) -> None:
    """The mention filters select articles with or without a region (checked mention by mention)."""
    everything = generated.mentions_of([synthetic_article(n)[0].id for n in range(240)])

    def passes(m) -> bool:
        return (
            m.place is not None
            and (not filters.kinds or m.kind in filters.kinds)
            and m.score >= filters.min_score
            and (not filters.region or filters.region in (m.place.country_code, m.place.admin1_code))
        )

    expected = {article_id for article_id, ms in everything.items() if any(map(passes, ms))}
    assert 0 < len(expected) < 240
    assert {a.id for a in generated.articles(filters)} == expected
    assert generated.count_articles(filters) == len(expected)


def test_generated_store_has_the_expected_size(generated: Store) -> None:
    stats = generated.stats()
    expected = sum(len(synthetic_article(n)[1]) for n in range(240))
    assert (stats.articles, stats.mentions) == (240, expected)
    everything = Filters(kinds=())
    assert generated.count_articles(replace(everything, query="synthetic")) == generated.count_articles(
        everything
    )


# -- objects, threads and processes -----------------------------------------------------------


def test_a_store_refuses_to_be_pickled(store: Store) -> None:
    with pytest.raises(StoreError, match="ship the URL"):
        pickle.dumps(store)


def test_threads_share_one_store_object(store: Store) -> None:
    errors: list[BaseException] = []
    done = threading.Event()

    def write() -> None:
        try:
            for n in range(60):
                store.save(*synthetic_article(n))
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)
        finally:
            done.set()

    def read() -> None:
        try:
            while not done.is_set():
                count = store.count_articles()
                assert len(store.articles()) >= count
                store.region_counts()
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.stats().articles == 60


def test_two_objects_on_one_store_see_each_others_writes(store: Store, store_url: str) -> None:
    with open_store(store_url) as other:
        store.save(*first_article())
        assert other.count_articles() == 1
        assert other.save(*first_article()) is Outcome.UNCHANGED


def test_a_closed_store_says_so(store_url: str) -> None:
    opened = open_store(store_url)
    opened.close()
    with pytest.raises(StoreError, match="closed"):
        opened.count_articles()


def test_mentions_of_many_articles_equal_one_by_one(generated: Store) -> None:
    ids = [f"synthetic-{n:06d}" for n in range(0, 240, 3)] + ["missing"]
    many = generated.mentions_of(ids)
    assert list(many) == ids
    assert many["missing"] == []
    assert all(many[i] == generated.mentions(i) for i in ids)
    assert sum(len(v) for v in many.values()) > 0


_FORKED: list[Store] = []


def _save_in_forked_child() -> None:
    """Runs in a forked child: use the parent's store object, which must reconnect on its own."""
    store = _FORKED[0]
    store.save(*synthetic_article(2))
    if store.stats().articles != 2:
        raise SystemExit(3)


def test_a_forked_child_opens_its_own_connection(store: Store) -> None:
    import multiprocessing

    store.save(*synthetic_article(1))
    assert store.stats().articles == 1  # the parent's connection is open and used
    _FORKED[:] = [store]
    child = multiprocessing.get_context("fork").Process(target=_save_in_forked_child)
    child.start()
    child.join(60)
    _FORKED.clear()
    assert child.exitcode == 0
    assert store.stats().articles == 2  # the parent's connection still works
    assert store.article("synthetic-000002") is not None


def test_nul_characters_and_lone_surrogates_are_stored_as_replacement_characters(
    store: Store,
) -> None:
    text = "Vor\x00 Sinaloa kam ein kaputtes Byte: \udcff."
    article = Article(
        id="nul", text=text, origin="odd\x00name.txt", title="T\udce4", content_hash="h"
    )
    assert store.save(article, [mention(text, "Sinaloa", SINALOA)], [SINALOA]) is Outcome.NEW
    back = store.article("nul")
    assert back.text == "Vor\ufffd Sinaloa kam ein kaputtes Byte: \ufffd."
    assert back.title == "T\ufffd"
    assert len(back.text) == len(text)
    (stored,) = store.mentions("nul")
    assert back.text[stored.start : stored.end] == "Sinaloa"
    assert store.is_unchanged("nul", "h")
    store.record_failure(Failure("bad\udcffname", "reason with \x00", "read"))
    assert store.failures()[0].failure.reason == "reason with \ufffd"


def test_odd_filter_values_match_nothing_and_never_crash(store: Store) -> None:
    small_store(store)
    odd = Filters(region="\x00", sources=("\udcff",), languages=("de\x00",), kinds=("\udc00",))
    assert store.count_articles(odd) == 0
    assert store.articles(odd) == []
    assert store.region_counts(odd) == {}
    assert store.place_counts(odd) == []


def test_the_query_benchmark_runs_every_query_on_a_small_store(store: Store) -> None:
    from geodata.store import benchmark

    benchmark.fill(store, 40, 10)
    rows = benchmark.run(store, repeat=1)
    names = {(name, label) for name, label, *_ in rows}
    assert len(names) == len(rows) == 7 * len(benchmark.FILTER_SETS) + 1
    assert all(median >= 0 for _, _, median, _, _ in rows)
