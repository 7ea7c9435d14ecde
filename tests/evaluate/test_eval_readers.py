"""Every corpus reader on a tiny fixture written in the real format (tests/evaluate/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geodata.errors import ConfigurationError, InputError
from geodata.evaluate import read
from geodata.evaluate.corpora import align, geonames_feature
from geodata.evaluate.tokens import iob_spans

DATA = Path(__file__).parent / "data"


def _surfaces(doc) -> list[str]:
    return [doc.text[g.start : g.end] for g in doc.gold]


def test_lgl_keeps_toponyms_without_gaztag_without_a_point():
    docs = list(read("lgl", DATA / "lgl_tiny.xml"))
    assert [d.id for d in docs] == ["101", "102"]
    first = docs[0]
    assert first.lang == "en"
    assert _surfaces(first) == ["Springfield", "Illinois", "Springfield", "Elm Hollow"]
    assert [g.has_point for g in first.gold] == [True, True, True, False]
    assert (first.gold[0].lat, first.gold[0].lon, first.gold[0].geonameid) == (
        39.80172,
        -89.64371,
        4250542,
    )
    assert first.gold[3].lat is None
    assert [g.feature for g in first.gold] == ["city", "admin1", "city", None]
    assert first.gold[3].lon is None
    assert first.exhaustive
    assert first.repaired == 0
    assert first.dropped == 0


def test_geovirus_offsets_are_shifted_back_by_one():
    (doc,) = read("geovirus", DATA / "geovirus_tiny.xml")
    assert doc.id == "https://example.org/news/measles"
    assert _surfaces(doc) == ["Kampala", "Uganda"]
    assert doc.gold[0].start == doc.text.index("Kampala")
    assert doc.repaired == 0  # the shift is the format's, not a repair


def test_eupeg_detects_starts_one_past_and_repairs_drift():
    docs = list(read("eupeg", DATA / "eupeg_shifted"))
    assert [d.id for d in docs] == ["0", "1"]
    assert _surfaces(docs[0]) == ["Greenville"]
    assert docs[0].gold[0].start == docs[0].text.index("Greenville")
    assert docs[0].gold[0].name == "Greenville, South Carolina"
    assert _surfaces(docs[1]) == ["washington", "washington"]
    assert docs[1].gold[1].start == docs[1].text.rindex("washington")
    assert docs[1].repaired == 1  # the second one was three characters off in the gold file
    assert not any(d.exhaustive for d in docs)


def test_eupeg_exact_offsets_are_kept():
    (doc,) = read("eupeg", DATA / "eupeg_exact")
    assert [(g.start, g.end) for g in doc.gold] == [(0, 10), (51, 61)]
    assert _surfaces(doc) == ["Santa Rosa", "Santa Rosa"]
    assert (doc.gold[0].lat, doc.gold[0].lon) == (-36.62, -64.29)


def test_eupeg_also_takes_the_gold_file():
    (doc,) = read("eupeg", DATA / "eupeg_exact" / "exact_gold.txt")
    assert len(doc.gold) == 2


def test_eupeg_needs_a_folder_with_texts_and_gold(tmp_path):
    with pytest.raises(InputError, match="texts/"):
        list(read("eupeg", tmp_path))


def test_germeval_outer_loc_only():
    docs = list(read("germeval", DATA / "germeval_tiny.tsv"))
    assert [d.text for d in docs] == [
        "In New York und deutschen Städten regnet es .",
        "Der Rheingold-Express fährt nach Bonn und Köln .",
    ]
    assert _surfaces(docs[0]) == ["New York"]  # LOCderiv "deutschen" is not a toponym
    assert _surfaces(docs[1]) == ["Bonn", "Köln"]  # the inner LOCpart is not either
    assert all(d.lang == "de" and not any(g.has_point for g in d.gold) for d in docs)


def test_conll_loc_entities_over_several_tokens():
    docs = list(read("conll", DATA / "conll_tiny.txt"))
    assert len(docs) == 2
    assert docs[0].text.startswith("Madrid ( España ) , 3 mayo")
    assert _surfaces(docs[0]) == ["Madrid", "España"]
    assert _surfaces(docs[1]) == ["Ebro", "Castilla y León"]
    assert docs[1].lang == "es"


def test_hipe_rebuilds_running_text_from_misc():
    docs = list(read("hipe", DATA / "hipe_tiny.tsv"))
    assert [d.id for d in docs] == ["TEST-1900-01-01-a-p0001", "TEST-1900-01-02-a-p0001"]
    assert docs[0].text == "Aus Basel,\nden 3 Jänner.\nDie Regierung in Frank¬\nreich."
    assert _surfaces(docs[0]) == ["Basel", "Frank¬\nreich"]  # the time entity is not a place
    assert docs[0].lang == "de"
    assert docs[1].lang == "fr"
    assert _surfaces(docs[1]) == ["Paris"]  # literal loc, though metonymically an organisation


def test_hipe_folder_reads_every_tsv(tmp_path):
    (tmp_path / "a.tsv").write_text(
        (DATA / "hipe_tiny.tsv").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert len(list(read("hipe", tmp_path))) == 2


def test_jsonl_gold_kinds_and_traps():
    docs = list(read("jsonl", DATA / "tiny.jsonl"))
    assert [(d.id, d.lang) for d in docs] == [("de-1", "de"), ("es-1", "es")]
    assert _surfaces(docs[0]) == ["Mexikanische", "Culiacán"]
    assert [g.kind for g in docs[0].gold] == ["demonym", "literal"]
    assert docs[0].gold[0].geonameid == 3996063
    assert [t.surface for t in docs[0].traps] == ["Essen", "Paris"]
    assert [docs[1].text[t.start : t.end] for t in docs[1].traps] == ["como"]


def test_jsonl_bad_line_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "a"}\n{"id": "y"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        list(read("jsonl", bad))


def test_missing_file_and_unknown_format():
    with pytest.raises(InputError, match="does not exist"):
        list(read("lgl", DATA / "nope.xml"))
    with pytest.raises(ConfigurationError, match="corpus format must be one of"):
        read("gml", DATA)


def test_align_repairs_nearby_and_gives_up_far():
    text = "xx Boston yy Boston"
    assert align(text, 3, 9, "Boston") == (3, 9)
    assert align(text, 5, 11, "Boston") == (3, 9)  # nearest occurrence
    assert align(text, 3, 9, "boston") == (3, 9)  # ignoring case
    assert align(text, 3, 9, "Denver") is None


def test_iob_spans_starts_entities_on_stray_inside_tags():
    tags = ["O", "I-LOC", "I-LOC", "B-LOC", "O", "B-LOCderiv", "I-PER", "I-LOC"]
    assert iob_spans(tags, "LOC") == [(1, 3), (3, 4), (7, 8)]


def test_geonames_feature_labels():
    assert [
        geonames_feature(c, f)
        for c, f in [
            ("A", "PCLI"),
            ("A", "ADM1"),
            ("A", "ADM2"),
            ("P", "PPLC"),
            ("H", "STM"),
            ("L", "CONT"),
            ("T", "MT"),
        ]
    ] == ["country", "admin1", "admin2", "city", "water", "continent", "other"]
    assert geonames_feature(None, None) is None
