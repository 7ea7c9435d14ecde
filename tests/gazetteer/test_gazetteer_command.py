"""`python -m geodata gazetteer lookup|stats` on the world gazetteer."""

from __future__ import annotations

import json

import pytest

from geodata.cli import main

pytestmark = pytest.mark.slow


def test_lookup_prints_ranked_candidates_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "lookup", "Naher", "Osten"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["name"] == "Naher Osten"
    assert answer["candidates"][0]["id"] == "region:middle-east"
    assert answer["candidates"][0]["feature"] == "region"


def test_lookup_of_an_unknown_name_is_an_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "lookup", "Qwxzyville"]) == 0
    assert json.loads(capsys.readouterr().out)["candidates"] == []


def test_lookup_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "lookup", "Springfield", "--limit", "3"]) == 0
    candidates = json.loads(capsys.readouterr().out)["candidates"]
    assert len(candidates) == 3
    assert all(c["name"] == "Springfield" for c in candidates)


def test_stats_counts_features_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "stats"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["features"]["country"] >= 240
    assert stats["features"]["admin1"] > 4000
    assert stats["features"]["city"] > 200_000
    assert stats["name_sources"]["geonames:alt"] > 500_000
    assert stats["city_set"] == "cities500"


def test_an_unknown_city_set_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["gazetteer", "--cities", "cities42", "stats"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    monkeypatch.setenv("GEODATA_GAZETTEER_CITIES", "cities42")
    assert main(["gazetteer", "stats"]) == 2
    assert "GEODATA_GAZETTEER_CITIES" in capsys.readouterr().err
