"""The sample corpus in ``articles/``: what a new user sees on the map first.

Every sample is a short Markdown file with YAML front matter, written for this project. These tests
read the files directly with PyYAML (not through the ingest code) so that they check the data, not
the reader.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from geodata.config import ARTICLES_DIR

LANGUAGES = {"de", "es", "en"}
ALLOWED_KEYS = {"title", "source", "url", "published", "language", "author", "sample"}
FIRST_ARTICLE = "2025-11-05-haolam-usa-mexiko-kartelle.md"
MIN_WORDS, MAX_WORDS = 120, 300
FIRST_DATE, LAST_DATE = dt.date(2024, 1, 1), dt.date(2025, 12, 31)


@dataclass(frozen=True, slots=True)
class Sample:
    """One sample file split into its front matter and its body."""

    path: Path
    meta: dict[str, Any]
    body: str

    @property
    def words(self) -> int:
        return len(self.body.split())


def read_sample(path: Path) -> Sample:
    """Split ``path`` into YAML front matter and Markdown body, failing with a clear message."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise AssertionError(
            f"{path.name}: expected front matter opening with '---', got {text[:20]!r}"
        )
    parts = text.split("---\n", 2)
    if len(parts) != 3:
        raise AssertionError(f"{path.name}: front matter is not closed by a second '---' line")
    meta = yaml.safe_load(parts[1])
    if not isinstance(meta, dict):
        raise AssertionError(
            f"{path.name}: front matter must be a mapping, got {type(meta).__name__}"
        )
    return Sample(path=path, meta=meta, body=parts[2])


def sample_paths() -> list[Path]:
    return sorted(p for p in ARTICLES_DIR.glob("*.md") if p.name != "README.md")


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    return [read_sample(p) for p in sample_paths()]


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_front_matter_is_complete_and_valid(path: Path) -> None:
    sample = read_sample(path)
    meta = sample.meta
    assert set(meta) <= ALLOWED_KEYS, f"unexpected keys {set(meta) - ALLOWED_KEYS}"
    for key in ("title", "source"):
        assert isinstance(meta.get(key), str), f"{key} must be a string, got {meta.get(key)!r}"
        assert meta[key], f"{key} is empty"
        assert meta[key].strip() == meta[key], f"{key} has surrounding spaces"
    published = meta.get("published")
    # YAML turns an unquoted ISO date into datetime.date; a string or datetime here means a typo.
    assert type(published) is dt.date, f"published must be a YAML date, got {published!r}"
    assert FIRST_DATE <= published <= LAST_DATE
    assert path.name.startswith(published.isoformat() + "-"), "file name must start with the date"
    assert meta.get("language") in LANGUAGES
    assert meta.get("sample") is True
    if "url" in meta:
        assert isinstance(meta["url"], str)
        assert meta["url"].startswith("https://")
        # Only an article's own address: a site's front page names the outlet, not the article.
        assert urlsplit(meta["url"]).path.strip("/"), f"url is a front page: {meta['url']!r}"
    if "author" in meta:
        assert isinstance(meta["author"], str)
        assert meta["author"]


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_body_is_a_short_news_summary(path: Path) -> None:
    sample = read_sample(path)
    assert MIN_WORDS <= sample.words <= MAX_WORDS, f"{sample.words} words"
    assert "\r" not in sample.body
    assert not re.search(r"[ \t]+$", sample.body, re.MULTILINE), "trailing whitespace"


def test_corpus_size_and_language_mix(samples: list[Sample]) -> None:
    assert len(samples) >= 18
    per_language = Counter(s.meta["language"] for s in samples)
    assert all(per_language[lang] >= 5 for lang in LANGUAGES), per_language


def test_corpus_has_varied_dates_and_sources(samples: list[Sample]) -> None:
    months = {(s.meta["published"].year, s.meta["published"].month) for s in samples}
    years = {year for year, _ in months}
    assert years == {2024, 2025}
    assert len(months) >= 12, sorted(months)
    assert len({s.meta["source"] for s in samples}) >= 8
    assert len({s.meta["title"] for s in samples}) == len(samples), "duplicate titles"


def test_first_article_is_the_haolam_summary(samples: list[Sample]) -> None:
    first = next((s for s in samples if s.path.name == FIRST_ARTICLE), None)
    assert first is not None, f"missing articles/{FIRST_ARTICLE}"
    assert first.meta["source"] == "haOlam.de"
    assert first.meta["published"] == dt.date(2025, 11, 5)
    assert first.meta["language"] == "de"
    for name in (
        "Mexiko",
        "Sinaloa",
        "Sonora",
        "Tamaulipas",
        "Karibik",
        "Lateinamerika",
        "Venezuela",
        "Washington",
        "Nahen Osten",
        "Peoria, AZ",
    ):
        assert re.search(rf"\b{re.escape(name)}\b", first.body), f"first article lacks {name!r}"


# Places the sample map must show, each with its spellings in the three languages.
COVERAGE = {
    "Chihuahua": ["Chihuahua"],
    "Jalisco": ["Jalisco"],
    "Guerrero": ["Guerrero"],
    "Michoacán": ["Michoacán"],
    "Baja California": ["Baja California"],
    "Mexico City": ["Ciudad de México", "Mexico City", "Mexiko-Stadt"],
    "Tijuana": ["Tijuana"],
    "Ciudad Juárez": ["Ciudad Juárez"],
    "El Paso": ["El Paso"],
    "Nogales": ["Nogales"],
    "Arizona": ["Arizona"],
    "Texas": ["Texas"],
    "Colombia": ["Colombia", "Kolumbien"],
    "Brazil": ["Brazil", "Brasil", "Brasilien"],
    "Argentina": ["Argentina", "Argentinien"],
    "Córdoba": ["Córdoba"],
    "Chile": ["Chile"],
    "Peru": ["Peru", "Perú"],
    "Ecuador": ["Ecuador"],
    "Central America": ["El Salvador", "Costa Rica", "Panamá", "Panama", "Belice", "Belize"],
    "Bogotá": ["Bogotá", "Bogota"],
    "Haiti": ["Haiti", "Haití"],
    "Cuba": ["Cuba", "Kuba"],
    "Berlin": ["Berlin"],
    "Bavaria": ["Bayern", "Bavaria", "Baviera"],
    "Madrid": ["Madrid"],
    "Portugal": ["Portugal"],
    "Catalonia": ["Cataluña", "Catalonia", "Katalonien"],
    "Ukraine": ["Ukraine", "Ucrania"],
    "Sudan": ["Sudan", "Sudán"],
    "Nigeria": ["Nigeria"],
    "Kenya": ["Kenya", "Kenia"],
    "India": ["India", "Indien"],
    "Japan": ["Japan", "Japón"],
    "Indonesia": ["Indonesia", "Indonesien"],
    "Australia": ["Australia", "Australien"],
}


@pytest.mark.parametrize("place", sorted(COVERAGE))
def test_corpus_covers_place(samples: list[Sample], place: str) -> None:
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, COVERAGE[place])) + r")\b")
    assert any(pattern.search(s.body) for s in samples), f"no sample mentions {place}"


def test_read_sample_rejects_broken_front_matter(tmp_path: Path) -> None:
    # The checks above are only as good as this reader, so make sure it does fail.
    unclosed = tmp_path / "unclosed.md"
    unclosed.write_text("---\ntitle: x\nno closing line\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="not closed"):
        read_sample(unclosed)
    scalar = tmp_path / "scalar.md"
    scalar.write_text("---\njust text\n---\nbody\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="mapping"):
        read_sample(scalar)


# Natural variety the geoparser must cope with, as real news has it.
VARIETY = {
    "German demonym": r"\bmexikanisch\w*",
    "Spanish demonym": r"\bestadounidense",
    "English demonym": r"\bBrazilian\b",
    "German genitive": r"\bMexikos\b",
    "German dative of a region": r"\bim Nahen Osten\b",
    "place inside a club name": r"\bReal Madrid\b",
    "place inside a cartel name": r"\bSinaloa-Kartell\b",
    "City, ST with a postal code": r"\b[A-Z][a-z]+, [A-Z]{2}\b",
    "City, State with an abbreviation": r"\b[A-Z][a-z]+, (?:N\.M|Colo)\.",
    "Washington as the government": r"\bWashington\b",
}


@pytest.mark.parametrize("feature", sorted(VARIETY))
def test_corpus_exercises_the_geoparser(samples: list[Sample], feature: str) -> None:
    pattern = re.compile(VARIETY[feature])
    assert any(pattern.search(s.body) for s in samples), f"no sample has a {feature}"
