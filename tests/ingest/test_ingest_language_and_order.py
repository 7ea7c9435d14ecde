"""Language detection, and read_inputs as a lazy, deterministic stream."""

from __future__ import annotations

import inspect
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from geodata.config import ARTICLES_DIR
from geodata.ingest import Fetcher, detect_language, read_inputs, read_path, read_text
from geodata.model import Article, Failure

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Die Bundesregierung hat am Mittwoch in Berlin neue Hilfen für die Landwirte beschlossen.",
            "de",
        ),
        (
            "El gobierno anunció el miércoles en la Ciudad de México nuevas ayudas para los agricultores.",
            "es",
        ),
        ("The government announced new aid for farmers in Washington on Wednesday.", "en"),
        (
            "Le gouvernement a annoncé mercredi à Paris de nouvelles aides pour les agriculteurs.",
            "fr",
        ),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "Hola", "Mexico City", "12 345 678 90", "Sinaloa, Sonora"])
def test_too_little_text_has_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_given_language_is_not_overridden_by_detection() -> None:
    article = read_text(
        "The government announced new aid for farmers on Wednesday.", origin="x", language="de"
    )
    assert article.language == "de"


def test_read_inputs_is_lazy(tmp_path: Path) -> None:
    for number in range(3):
        (tmp_path / f"{number}.md").write_text(f"Artikel {number} über Kiel.\n", encoding="utf-8")
    stream = read_inputs([str(tmp_path)])
    assert isinstance(stream, Iterator)
    assert inspect.isgenerator(stream)
    first = next(stream)
    assert first.origin.endswith("0.md")
    (tmp_path / "2.md").unlink()  # listed, but not read yet: files are read one at a time
    one, two = stream
    assert isinstance(one, Article)
    assert isinstance(two, Failure)
    assert two.origin.endswith("2.md")
    assert two.reason.startswith("no such file")


def test_read_inputs_order_is_sorted_and_repeatable(tmp_path: Path) -> None:
    for name in ["b/z.md", "b/a.txt", "a.md", "C.md", "b/c/d.md"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Ein Text über Bremen aus {name}.\n", encoding="utf-8")
    first = [(item.origin, item.id) for item in read_inputs([str(tmp_path)])]
    second = [(item.origin, item.id) for item in read_inputs([str(tmp_path)])]
    assert first == second
    names = [str(Path(origin).relative_to(tmp_path)) for origin, _ in first]
    assert names == ["C.md", "a.md", "b/a.txt", "b/z.md", "b/c/d.md"]


def test_ids_do_not_depend_on_how_a_path_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    shutil.copy(DATA / "plain.txt", tmp_path / "sub")
    [absolute] = read_path(tmp_path / "sub" / "plain.txt")
    monkeypatch.chdir(tmp_path)
    [relative] = read_path("sub/../sub/plain.txt")
    assert isinstance(absolute, Article)
    assert absolute.id == relative.id
    assert absolute.origin == relative.origin


def test_hidden_files_and_readmes_are_passed_over(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "# How to write articles\n\nThis is not news.\n", encoding="utf-8"
    )
    (tmp_path / ".draft.md").write_text("Entwurf über Kiel.\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.md").write_text("Kein Artikel.\n", encoding="utf-8")
    (tmp_path / "real.md").write_text("Ein Text über Bremen.\n", encoding="utf-8")
    assert [Path(item.origin).name for item in read_inputs([str(tmp_path)])] == ["real.md"]


def test_a_single_string_is_refused_not_read_letter_by_letter() -> None:
    with pytest.raises(TypeError, match="not one string"):
        read_inputs("articles/")  # type: ignore[arg-type]


def test_the_sample_articles_read_cleanly() -> None:
    items = read_path(ARTICLES_DIR)
    failures = [item for item in items if isinstance(item, Failure)]
    assert failures == []
    articles = [item for item in items if isinstance(item, Article)]
    assert len(articles) >= 1
    assert len({article.id for article in articles}) == len(articles)
    for article in articles:
        assert article.sample, article.origin
        assert article.language in ("de", "es", "en"), article.origin
        assert article.published is not None, article.origin
        assert not article.origin.startswith("/"), (
            article.origin
        )  # relative: same id on every clone


def test_importing_the_package_loads_no_heavy_parser() -> None:
    code = (
        "import sys, geodata.ingest\n"
        "heavy = ['trafilatura', 'feedparser', 'py3langid', 'yaml', 'lxml']\n"
        "print(','.join(name for name in heavy if name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_readers_and_fetcher_survive_pickling_for_workers(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Ein Text über Bremen und Bremerhaven.\n", encoding="utf-8")
    fetcher = pickle.loads(pickle.dumps(Fetcher(timeout=3.0)))
    assert fetcher.timeout == 3.0
    reader = pickle.loads(pickle.dumps(read_path))
    [article] = reader(tmp_path)
    assert pickle.loads(pickle.dumps(article)) == article
