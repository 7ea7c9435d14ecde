"""`python -m geodata parse` as a user runs it, with the full gazetteer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).parent / "data" / "seed_de.txt"


def run_parse(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geodata", "parse", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_files_give_a_json_array_and_bad_files_an_error(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(bytes(range(256)) * 40)
    done = run_parse(str(SEED), str(garbage), "--lang", "de")
    assert done.returncode == 1, done.stderr
    seed, bad = json.loads(done.stdout)
    assert seed["file"] == str(SEED)
    assert {"Sinaloa", "Peoria"} <= {m["text"] for m in seed["mentions"]}
    assert "garbage.bin" in bad["error"]


def test_jsonl_keeps_order_and_survives_bad_lines() -> None:
    lines = [
        json.dumps({"id": 1, "text": "Anschläge in Sinaloa und Sonora.", "lang": "de"}),
        "not json at all",
        json.dumps({"id": 3, "text": "Los incendios llegaron a Córdoba, en Argentina."}),
        json.dumps({"id": 4, "text": ""}),
    ]
    done = run_parse("--jsonl", stdin="\n".join(lines) + "\n")
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 1
    assert [r["id"] for r in results] == [1, None, 3, 4]
    assert [m["admin1_code"] for m in results[0]["mentions"]] == ["MX-SIN", "MX-SON"]
    assert "line 2" in results[1]["error"]
    cordoba = next(m for m in results[2]["mentions"] if m["text"] == "Córdoba")
    assert cordoba["country_code"] == "AR"
    assert results[3]["mentions"] == []
