"""`python -m geodata ingest`: summary, named failures, exit codes, store selection, the "done when"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geodata.cli import main
from geodata.config import ARTICLES_DIR
from geodata.store import Filters, open_store


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "regen.md").write_text(
        "---\ntitle: Regen\nsource: Testquelle\nlanguage: de\npublished: 2025-11-05\n---\n\n"
        "In Sinaloa regnete es, in Sonora blieb es trocken.\n",
        encoding="utf-8",
    )
    (folder / "floods.txt").write_text("Heavy rain flooded streets in Houston.\n", encoding="utf-8")
    return folder


def test_everything_ingested_exits_0_with_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    assert main(["ingest", str(_folder(tmp_path)), "--db", url]) == 0
    out, err = capsys.readouterr()
    assert "new 2, updated 0, unchanged 0, failed 0, places found" in out
    assert "failed:" not in err
    assert main(["ingest", str(tmp_path / "in"), "--db", url]) == 0
    assert "new 0, updated 0, unchanged 2, failed 0" in capsys.readouterr().out


def test_failed_inputs_are_named_with_their_reason_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    (folder / "empty.md").write_text("", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    assert main(["ingest", str(folder), "--db", url]) == 1
    out, err = capsys.readouterr()
    assert "new 2, updated 0, unchanged 0, failed 2" in out
    failed = [line for line in err.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 2
    assert any("empty.md" in line for line in failed)
    assert any("image.txt" in line and "PNG" in line for line in failed)
    with open_store(url) as store:
        assert store.count_articles() == 2
        assert len(store.failures()) == 2


def test_the_store_comes_from_geodata_db_when_no_db_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'from-env.sqlite'}"
    monkeypatch.setenv("GEODATA_DB", url)
    assert main(["ingest", str(_folder(tmp_path))]) == 0
    with open_store(url) as store:
        assert store.count_articles() == 2


@pytest.mark.parametrize(
    "args",
    [
        ["--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"],
        ["--workers", "0"],
        ["--workers", "many"],
    ],
)
def test_conflicting_or_bad_scale_options_are_usage_errors(
    tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["ingest", str(tmp_path), *args])
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_a_bad_db_url_or_no_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(_folder(tmp_path)), "--db", "oracle://somewhere/db"]) == 2
    assert "unsupported database URL" in capsys.readouterr().err
    assert main(["ingest", "--db", f"sqlite:///{tmp_path / 's.sqlite'}"]) == 2
    assert "nothing to ingest" in capsys.readouterr().err


def test_done_when_the_sample_articles_fill_a_clean_store_and_export_by_region(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'clean.sqlite'}"
    assert main(["ingest", str(ARTICLES_DIR), "--db", url]) == 0
    with open_store(url) as store:
        assert store.count_articles() >= 16
        first = [
            a
            for a in store.articles(Filters(sources=("haOlam.de",)))
            if a.published is not None and a.published.date().isoformat() == "2025-11-05"
        ]
        assert len(first) == 1, "the first article (haOlam.de, 2025-11-05) is not in articles/"
        codes = {m.place.admin1_code for m in store.mentions(first[0].id) if m.place is not None}
    assert {"MX-SIN", "MX-SON", "MX-TAM"} <= codes

    out = tmp_path / "sinaloa.geojson"
    assert main(["export", "--db", url, "--region", "MX-SIN", "--format", "geojson", str(out)]) == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert first[0].id in {f["properties"]["article_id"] for f in features}
    assert {f["properties"]["admin1_code"] for f in features} == {"MX-SIN"}


def test_long_work_shows_a_progress_bar_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from geodata.commands import ingest as ingest_command

    # The bar appears once work has taken PROGRESS_DELAY seconds; with no delay, at once.
    monkeypatch.setattr(ingest_command, "PROGRESS_DELAY", 0.0)
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    assert main(["ingest", str(_folder(tmp_path)), "--db", url]) == 0
    out, err = capsys.readouterr()
    assert " articles [" in err  # tqdm's "N articles [elapsed, rate]"
    assert " articles [" not in out  # the bar never mixes with the summary on stdout
