"""`python -m geodata export` and geodata.export against real stores (SQLite, PostGIS) filled by hand.

The store holds two articles whose mentions were built here (no parser involved), so every expected
row is known: exports are read back with geopandas and pandas, as a GIS user would open them.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import geopandas
import pandas
import pytest

from geodata.cli import main
from geodata.export import MENTION_COLUMNS, PLACE_COLUMNS, export_features, write_features
from geodata.model import Article, Mention, Place
from geodata.store import Filters, open_store
from geodata.testing import mention_of

SINALOA = Place("ne:MX-SIN", "Sinaloa", "admin1", 25.0, -107.5, "MX", "MX-SIN", 4005485)
SONORA = Place("ne:MX-SON", "Sonora", "admin1", 29.3, -110.7, "MX", "MX-SON", 3982846)
LYON = Place("2996944", "Lyon", "city", 45.75, 4.85, "FR", "FR-ARA", 2996944, 522_969)
WASHINGTON = Place("4140963", "Washington", "city", 38.9, -77.04, "US", "US-DC", 4140963)


def _mention(
    text: str, body: str, place: Place | None, kind: str = "literal", score: float = 0.9
) -> Mention:
    return mention_of(place, body.index(text), text, kind=kind, score=score)


GERMAN = "US-Spezialeinheiten trainieren für Einsätze in Sinaloa und Sonora. Washington schweigt."
ENGLISH = "Farmers in Sinaloa sold tomatoes in Lyon. Nobody mentioned Atlantis."


@pytest.fixture(params=["sqlite", pytest.param("postgis", marks=pytest.mark.postgis)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same two articles in each backend: exports must not depend on the store."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'export.sqlite'}"
    else:
        url = request.getfixturevalue("pg_url")
    german = Article(
        id="de-1",
        text=GERMAN,
        origin="de.md",
        title="Einsatz in Mexiko",
        source="haOlam.de",
        url="https://example.org/de-1",
        published=datetime(2025, 11, 5, tzinfo=UTC),
        language="de",
        content_hash="h-de-1",
    )
    english = Article(
        id="en-1",
        text=ENGLISH,
        origin="en.md",
        title="Tomatoes travel",
        source="Example Wire",
        url="https://example.org/en-1",
        published=datetime(2025, 10, 1, tzinfo=UTC),
        language="en",
        content_hash="h-en-1",
    )
    with open_store(url) as store:
        store.save(
            german,
            [
                _mention("Sinaloa", GERMAN, SINALOA),
                _mention("Sonora", GERMAN, SONORA),
                _mention("Washington", GERMAN, WASHINGTON, kind="metonymic"),
            ],
            [SINALOA, SONORA, WASHINGTON],
        )
        store.save(
            english,
            [
                _mention("Sinaloa", ENGLISH, SINALOA),
                _mention("Lyon", ENGLISH, LYON, score=0.4),
                _mention("Atlantis", ENGLISH, None),
            ],
            [SINALOA, LYON],
        )
    return url


def test_per_mention_rows_hold_the_resolved_literal_mentions_with_points_at_lon_lat(
    store_url: str,
) -> None:
    with open_store(store_url) as store:
        frame = export_features(store)
    assert list(frame.columns) == [*MENTION_COLUMNS, "geometry"]
    assert frame.crs.to_epsg() == 4326
    # The metonymic "Washington" and the unresolved "Atlantis" are not drawn; newest article first.
    assert list(zip(frame["article_id"], frame["text"], strict=True)) == [
        ("de-1", "Sinaloa"),
        ("de-1", "Sonora"),
        ("en-1", "Sinaloa"),
        ("en-1", "Lyon"),
    ]
    lyon = frame[frame["text"] == "Lyon"].iloc[0]
    assert (lyon.geometry.x, lyon.geometry.y) == (4.85, 45.75)
    assert lyon["published"] == "2025-10-01T00:00:00+00:00"
    assert ENGLISH[lyon["start"] : lyon["end"]] == "Lyon"


def test_per_place_rows_count_articles_and_link_them(store_url: str) -> None:
    with open_store(store_url) as store:
        frame = export_features(store, Filters(), per="place")
    assert list(frame.columns) == [*PLACE_COLUMNS, "geometry"]
    assert list(frame["place_id"]) == ["ne:MX-SIN", "2996944", "ne:MX-SON"]
    sinaloa = frame.iloc[0]
    assert (sinaloa["articles"], sinaloa["mentions"]) == (2, 2)
    assert json.loads(sinaloa["article_ids"]) == ["de-1", "en-1"]
    assert json.loads(sinaloa["article_titles"]) == ["Einsatz in Mexiko", "Tomatoes travel"]
    assert json.loads(sinaloa["article_urls"]) == [
        "https://example.org/de-1",
        "https://example.org/en-1",
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(region="MX-SIN"), [("de-1", "Sinaloa"), ("en-1", "Sinaloa")]),
        (Filters(region="MX"), [("de-1", "Sinaloa"), ("de-1", "Sonora"), ("en-1", "Sinaloa")]),
        (Filters(languages=("en",)), [("en-1", "Sinaloa"), ("en-1", "Lyon")]),
        (Filters(sources=("haOlam.de",)), [("de-1", "Sinaloa"), ("de-1", "Sonora")]),
        (Filters(since=date(2025, 11, 1)), [("de-1", "Sinaloa"), ("de-1", "Sonora")]),
        (Filters(until=date(2025, 10, 1)), [("en-1", "Sinaloa"), ("en-1", "Lyon")]),
        (Filters(min_score=0.5), [("de-1", "Sinaloa"), ("de-1", "Sonora"), ("en-1", "Sinaloa")]),
        (Filters(kinds=("metonymic",)), [("de-1", "Washington")]),
        (Filters(query="tomatoes"), [("en-1", "Sinaloa"), ("en-1", "Lyon")]),
    ],
)
def test_filters_select_mentions(
    store_url: str, filters: Filters, expected: list[tuple[str, str]]
) -> None:
    with open_store(store_url) as store:
        frame = export_features(store, filters)
    assert list(zip(frame["article_id"], frame["text"], strict=True)) == expected


def test_an_empty_selection_is_a_valid_empty_file(store_url: str, tmp_path: Path) -> None:
    with open_store(store_url) as store:
        frame = export_features(store, Filters(region="JP"))
    assert frame.empty
    path = write_features(frame, tmp_path / "none.geojson", fmt="geojson")
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "type": "FeatureCollection",
        "features": [],
    }
    assert geopandas.read_file(path).empty


def _export(store_url: str, *args: str) -> int:
    return main(["export", "--db", store_url, *args])


def test_export_geojson_per_mention_reads_back_in_geopandas(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "sinaloa.geojson"
    assert _export(store_url, "--format", "geojson", "--region", "MX-SIN", str(out)) == 0
    frame = geopandas.read_file(out)
    assert frame.crs.to_epsg() == 4326
    assert sorted(frame["article_id"]) == ["de-1", "en-1"]
    assert set(frame["admin1_code"]) == {"MX-SIN"}
    assert [(p.x, p.y) for p in frame.geometry] == [(-107.5, 25.0), (-107.5, 25.0)]
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert raw["features"][0]["geometry"] == {"type": "Point", "coordinates": [-107.5, 25.0]}


def test_export_csv_per_place_reads_back_in_pandas(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "places.csv"
    assert _export(store_url, "--format", "csv", "--per", "place", str(out)) == 0
    frame = pandas.read_csv(out)
    assert list(frame.columns) == list(PLACE_COLUMNS)
    assert list(frame["name"]) == ["Sinaloa", "Lyon", "Sonora"]
    assert list(frame["articles"]) == [2, 1, 1]
    assert json.loads(frame.loc[0, "article_ids"]) == ["de-1", "en-1"]
    assert (frame.loc[1, "lat"], frame.loc[1, "lon"]) == (45.75, 4.85)


def test_export_geoparquet_reads_back_equal_to_the_frame(store_url: str, tmp_path: Path) -> None:
    out = tmp_path / "mentions.parquet"
    assert (
        _export(
            store_url,
            "--format",
            "geoparquet",
            "--kind",
            "literal",
            "--kind",
            "metonymic",
            str(out),
        )
        == 0
    )
    frame = geopandas.read_parquet(out)
    with open_store(store_url) as store:
        expected = export_features(store, Filters(kinds=("literal", "metonymic")))
    assert len(frame) == 5
    pandas.testing.assert_frame_equal(
        pandas.DataFrame(frame.drop(columns="geometry")),
        pandas.DataFrame(expected.drop(columns="geometry")),
    )
    assert list(frame.geometry) == list(expected.geometry)


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "kml", "out.kml"],
        ["--format", "geojson", "--since", "2025-13-01", "out.geojson"],
        ["--format", "geojson"],
    ],
)
def test_usage_errors_exit_2(
    store_url: str, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        _export(store_url, *args)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_since_after_until_and_bad_url_exit_2(
    store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.geojson")
    assert (
        _export(
            store_url, "--format", "geojson", "--since", "2025-12-01", "--until", "2025-01-01", out
        )
        == 2
    )
    assert "swap them" in capsys.readouterr().err
    assert main(["export", "--db", "mysql://nowhere/db", "--format", "csv", out]) == 2
    assert "unsupported database URL" in capsys.readouterr().err
    assert not Path(out).exists()


def test_unwritable_output_exits_1(
    store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "a-folder"
    target.mkdir()
    assert _export(store_url, "--format", "csv", str(target)) == 1
    assert "cannot write" in capsys.readouterr().err
