"""bench/synthetic.py: a deterministic, clearly synthetic corpus that the project's readers accept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from geodata.config import PROJECT_ROOT
from geodata.ingest import read_inputs
from geodata.model import Article

SCRIPT = PROJECT_ROOT / "bench" / "synthetic.py"


def _generate(out: Path, *args: str) -> list[Path]:
    subprocess.run(
        [sys.executable, str(SCRIPT), "--articles", "30", "--out", str(out), *args],
        check=True,
        capture_output=True,
        cwd=PROJECT_ROOT,
    )
    return sorted(out.iterdir())


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another(tmp_path: Path) -> None:
    first = _generate(tmp_path / "a")
    again = _generate(tmp_path / "b")
    other = _generate(tmp_path / "c", "--seed", "7")
    assert len(first) == 30
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]


def test_every_article_reads_cleanly_and_says_it_is_synthetic(tmp_path: Path) -> None:
    _generate(tmp_path / "md")
    _generate(tmp_path / "jsonl", "--format", "jsonl")
    for folder in ("md", "jsonl"):
        items = list(read_inputs([str(tmp_path / folder)]))
        assert len(items) == 30
        assert all(isinstance(item, Article) for item in items), items
        for article in items:
            assert isinstance(article, Article)
            assert article.source == "synthetic-benchmark"
            assert article.sample is True
            assert article.title is not None
            assert article.title.split()[0] in ("Synthetic", "Synthetischer", "Artículo")
            assert (article.url or "").startswith("https://synthetic.invalid/")  # reserved TLD
            assert article.language in ("de", "es", "en")
