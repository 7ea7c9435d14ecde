"""Bad input gives a clear result, never a crash or a hang."""

from __future__ import annotations

import io
import json
import random

import pytest

from geodata.commands.parse import run_jsonl
from geodata.errors import InputError
from geodata.parse import pipeline
from geodata.parse.pipeline import Parser


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\x00\x01\x02"])
def test_empty_and_blank_texts_have_no_mentions(parser: Parser, text: str) -> None:
    assert parser.geoparse(text) == []


def test_binary_garbage_has_no_crash(parser: Parser) -> None:
    rng = random.Random(7)
    garbage = bytes(rng.randrange(256) for _ in range(20_000)).decode("latin-1")
    assert isinstance(parser.geoparse(garbage), list)


def test_five_megabyte_single_line(parser: Parser) -> None:
    line = ("Sinaloa " + "x" * 92) * 52_429  # 5 MB, no newline
    mentions = parser.geoparse(line, lang="de")
    assert mentions
    assert len(mentions) <= pipeline.MAX_CHARS // 100 + 1


def test_unsupported_language_has_no_mentions(parser: Parser) -> None:
    thai = "กองทัพสหรัฐเตรียมปฏิบัติการในเม็กซิโก รัฐบาลกล่าวว่าจะไม่ยอมให้มีการแทรกแซง"
    assert parser.geoparse(thai) == []
    assert parser.geoparse("Sinaloa", lang="th") == []


def test_bytes_are_refused_with_a_clear_error(parser: Parser) -> None:
    with pytest.raises(InputError, match="str"):
        parser.geoparse(b"Sinaloa")  # type: ignore[arg-type]


def test_spans_outside_the_text_are_refused(parser: Parser) -> None:
    with pytest.raises(InputError, match="outside"):
        parser.geoparse("Sinaloa", spans=[(0, 50)])


def test_jsonl_stream_goes_on_after_bad_lines(
    parser: Parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_PARSER", parser)
    lines = "\n".join(
        [
            json.dumps({"id": "a", "text": "Unruhen in Sinaloa.", "lang": "de"}),
            "{not json",
            json.dumps({"id": "b", "text": 42}),
            json.dumps(
                {"id": "c", "text": "Trade between Peoria and Sonora.", "spans": [[14, 20]]}
            ),
            json.dumps({"id": "d", "text": "x", "spans": [[0, 9]]}),
            json.dumps(["a list"]),
        ]
    )
    out = io.StringIO()
    status = run_jsonl(io.StringIO(lines), out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert status == 1
    assert [r.get("id") for r in results] == ["a", None, "b", "c", "d", None]
    assert results[0]["mentions"][0]["admin1_code"] == "MX-SIN"
    assert "line 2" in results[1]["error"]
    assert "line 3" in results[2]["error"]
    assert [m["text"] for m in results[3]["mentions"]] == ["Peoria"]
    assert "outside" in results[4]["error"]
    assert "expected a JSON object" in results[5]["error"]
