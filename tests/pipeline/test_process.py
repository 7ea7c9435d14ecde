"""The per-article stage: pure, picklable, and a Failure (not an exception) for a poisoned article."""

from __future__ import annotations

import dataclasses
import os
import pickle

from geodata.model import Article, Failure
from geodata.pipeline import ProcessedArticle, process, process_chunk


def test_process_finds_and_resolves_the_places(articles: list[Article]) -> None:
    result = process(articles[0])
    assert isinstance(result, ProcessedArticle)
    assert result.pid == os.getpid()
    codes = {m.admin1_code for m in result.mentions}
    assert {"MX-SIN", "MX-SON", "MX-TAM"} <= codes
    # Every place a mention resolves to comes along, once, for the store.
    place_ids = [p.id for p in result.places]
    assert len(place_ids) == len(set(place_ids))
    assert {m.place_id for m in result.mentions if m.place_id} == set(place_ids)
    for mention in result.mentions:
        assert articles[0].text[mention.start : mention.end] == mention.text


def test_an_article_with_a_nul_character_becomes_a_failure_naming_the_offset(
    articles: list[Article],
) -> None:
    poisoned = dataclasses.replace(
        articles[1], text=articles[1].text[:10] + "\x00" + articles[1].text[10:]
    )
    result = process(poisoned)
    assert isinstance(result, Failure)
    assert result.origin == poisoned.origin
    assert result.stage == "geoparse"
    assert "NUL character at offset 10" in result.reason


def test_something_that_is_not_an_article_becomes_a_failure() -> None:
    result = process("just a string")  # type: ignore[arg-type]
    assert isinstance(result, Failure)
    assert "expected a geodata.model.Article, got str" in result.reason


def test_the_stage_and_its_results_survive_pickling(articles: list[Article]) -> None:
    # Dask ships the function and its results between processes by pickle.
    assert pickle.loads(pickle.dumps(process)) is process
    results = process_chunk(articles[:3])
    again = pickle.loads(pickle.dumps(results))
    assert again == results
    assert [r.article.id for r in again] == [a.id for a in articles[:3]]  # type: ignore[union-attr]
