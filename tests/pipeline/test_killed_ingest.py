"""An ingest killed with SIGKILL mid-run leaves a consistent store; a rerun completes it exactly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pipeline_helpers import TEXTS, snapshot

from geodata.config import PROJECT_ROOT
from geodata.store import open_store

ARTICLES = 300  # a few seconds of work: the kill lands mid-run even on a busy machine
KILL_AFTER = 5


def _write_corpus(folder: Path) -> None:
    folder.mkdir()
    for number in range(ARTICLES):
        lang, title, text = TEXTS[number % len(TEXTS)]
        (folder / f"{number:03d}.md").write_text(
            f"---\ntitle: {title} {number}\nlanguage: {lang}\n---\n\n{text} ({number})\n",
            encoding="utf-8",
        )


def _ingest(folder: Path, url: str, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "geodata", *extra, "ingest", str(folder), "--db", url],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_a_killed_ingest_reruns_to_the_same_store_as_a_clean_run(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    _write_corpus(folder)
    clean_url = f"sqlite:///{tmp_path / 'clean.sqlite'}"
    killed_url = f"sqlite:///{tmp_path / 'killed.sqlite'}"

    clean = _ingest(folder, clean_url)
    out, err = clean.communicate(timeout=300)
    assert clean.returncode == 0, err
    assert f"new {ARTICLES}," in out

    # -v logs one line per stored article: kill the process by its pid after a few of them.
    victim = _ingest(folder, killed_url, "-v")
    assert victim.stderr is not None
    stored_lines = 0
    for line in victim.stderr:
        if line.startswith("INFO geodata.pipeline: new "):
            stored_lines += 1
            if stored_lines == KILL_AFTER:
                os.kill(victim.pid, signal.SIGKILL)
                break
    victim.communicate(timeout=60)
    assert victim.returncode == -signal.SIGKILL
    assert stored_lines == KILL_AFTER

    with open_store(killed_url) as store:
        assert store.integrity_problems() == []  # type: ignore[attr-defined]
        partial = store.count_articles()
    assert KILL_AFTER <= partial < ARTICLES, "the kill did not land mid-run"

    rerun = _ingest(folder, killed_url)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"new {ARTICLES - partial}, updated 0, unchanged {partial}, failed 0" in out

    with open_store(killed_url) as store:
        assert store.integrity_problems() == []  # type: ignore[attr-defined]
    assert snapshot(killed_url) == snapshot(clean_url)
