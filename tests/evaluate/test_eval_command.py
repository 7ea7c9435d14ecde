"""`python -m geodata evaluate` through the real command line dispatcher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geodata.cli import EXIT_FAILURES, EXIT_OK, EXIT_USAGE, main

DATA = Path(__file__).parent / "data"
HANDMADE = "eval_handmade_parser:parse_multilingual"


def test_json_report_of_a_given_parser(capsys):
    code = main(
        [
            "evaluate",
            "--format",
            "jsonl",
            str(DATA / "tiny.jsonl"),
            "--parser",
            HANDMADE,
            "--json",
            "--errors",
            "3",
        ]
    )
    assert code == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 2
    e2e = report["sections"]["end-to-end"]["all"]
    assert (e2e["tp"], e2e["fp"], e2e["fn"]) == (4, 1, 1)
    assert e2e["acc161"] == 0.75
    assert e2e["kind_recall"]["literal"] == {"found": 3, "total": 4, "recall": 0.75}
    assert (e2e["decoys_hit"], e2e["decoys_total"]) == (1, 3)
    assert report["sections"]["gold-spans"]["all"]["unresolved"] == 1
    assert report["missed"] == [{"surface": "Andalucía", "count": 1, "example_doc": "es-1"}]
    assert report["false_positives"] == [{"surface": "Essen", "count": 1, "example_doc": "de-1"}]
    assert report["far_resolutions"][0]["surface"] == "Córdoba"
    assert report["unresolved"] == [{"surface": "Andalucía", "count": 1, "example_doc": "es-1"}]


def test_text_report_lists_sections_languages_and_errors(capsys):
    code = main(
        [
            "evaluate",
            "--format",
            "jsonl",
            str(DATA / "tiny.jsonl"),
            "--parser",
            HANDMADE,
            "--errors",
            "2",
        ]
    )
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "== end-to-end\n" in out
    assert "== end-to-end/literal\n" in out
    assert "== gold-spans\n" in out
    assert "planted decoys tagged: 1 of 3" in out
    assert "recall per gold kind: demonym 1/1, literal 3/4" in out
    assert "'Essen' x 1 (de-1)" in out
    rows = [
        line.split() for line in out.splitlines() if line.strip().startswith(("de ", "es ", "all "))
    ]
    assert [row[0] for row in rows[:3]] == ["de", "es", "all"]
    assert rows[2][4:7] == ["0.800", "0.800", "0.800"]  # P, R, F1 over all languages


def test_recognition_only_corpus_scores_end_to_end_only(capsys):
    code = main(
        [
            "evaluate",
            "--format",
            "conll",
            str(DATA / "conll_tiny.txt"),
            "--parser",
            HANDMADE,
            "--json",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_OK
    assert list(report["sections"]) == ["end-to-end"]
    assert report["kinds_counted"] == ["literal", "metonymic"]
    assert report["sections"]["end-to-end"]["all"]["fn"] == 4


GEOVIRUS_WITH_DEMONYM = """<articles><article><source>https://example.org/news/1</source>
<text>Ugandan doctors in Kampala reported cases.</text><locations><location><name>Kampala</name>
<start>20</start><end>27</end><lat>0.31628</lat><lon>32.58219</lon>
<page>https://example.org/wiki/Kampala</page></location></locations></article></articles>
"""


def test_geovirus_leaves_demonyms_out_unless_kinds_are_given(tmp_path, capsys):
    corpus = tmp_path / "geovirus.xml"
    corpus.write_text(GEOVIRUS_WITH_DEMONYM, encoding="utf-8")
    args = ["evaluate", "--format", "geovirus", str(corpus), "--mode", "end-to-end"]
    args += ["--parser", "eval_handmade_parser:parse_geovirus", "--json"]

    assert main(args) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["kinds_counted"] == ["embedded", "literal", "metonymic", "modifier"]
    scores = report["sections"]["end-to-end"]["all"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 0, 0)

    every_kind = "literal,metonymic,modifier,embedded,demonym"
    assert main([*args, "--kinds", every_kind]) == EXIT_OK
    scores = json.loads(capsys.readouterr().out)["sections"]["end-to-end"]["all"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 0)


def test_usage_errors_exit_2(capsys):
    germeval = str(DATA / "germeval_tiny.tsv")
    assert main(
        ["evaluate", "--format", "germeval", germeval, "--mode", "gold-spans", "--parser", HANDMADE]
    ) == (EXIT_USAGE)
    assert "no gold coordinates" in capsys.readouterr().err
    assert (
        main(["evaluate", "--format", "jsonl", germeval, "--kinds", "literal,nonsense"])
        == EXIT_USAGE
    )
    assert "--kinds" in capsys.readouterr().err
    assert main(["evaluate", "--format", "jsonl", germeval, "--parser", "nowhere"]) == EXIT_USAGE
    assert "MODULE:FUNCTION" in capsys.readouterr().err


def test_parser_failures_exit_1_and_are_reported(capsys):
    code = main(
        [
            "evaluate",
            "--format",
            "jsonl",
            str(DATA / "tiny.jsonl"),
            "--parser",
            "eval_handmade_parser:parse_failing",
        ]
    )
    captured = capsys.readouterr()
    assert code == EXIT_FAILURES
    assert "parser failures: 4" in captured.out
    assert "4 parser call(s) failed" in captured.err


def test_missing_corpus_exits_1(capsys):
    code = main(["evaluate", "--format", "lgl", str(DATA / "absent.xml"), "--parser", HANDMADE])
    assert code == EXIT_FAILURES
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.slow
def test_end_to_end_with_the_real_geoparser(capsys):
    """The command with its default parser, geodata.geoparse, on three easy texts of our own."""
    code = main(
        [
            "evaluate",
            "--format",
            "jsonl",
            str(DATA / "real_parser.jsonl"),
            "--json",
            "--errors",
            "5",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_OK
    assert report["failures"] == []
    e2e = report["sections"]["end-to-end"]
    assert set(e2e) == {"de", "es", "en", "all"}
    assert e2e["all"]["gold"] == 6
    # capitals and countries in plain news sentences: a working geoparser finds and places them
    assert e2e["all"]["recall"] >= 5 / 6
    assert e2e["all"]["acc161"] >= 0.8
    spans = report["sections"]["gold-spans"]["all"]
    assert spans["distance_n"] == 6
    assert spans["unresolved"] == 0
    assert spans["acc161"] >= 5 / 6
