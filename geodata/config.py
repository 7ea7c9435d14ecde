"""Where the project keeps its state, and which store a command uses.

Everything lives under one home folder, ``GEODATA_HOME``, by default ``.geodata/`` in the project
checkout (git ignores it): the embedded SQLite store and the gazetteer cache. Nothing is written
outside it unless a user asks.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

#: The project checkout (the folder holding ``geodata/``, ``dashboard/`` and ``articles/``).
PROJECT_ROOT = Path(__file__).resolve().parent.parent

#: Sample articles shipped with the project.
ARTICLES_DIR = PROJECT_ROOT / "articles"

#: Data files the package needs at run time (committed, small).
PACKAGE_DATA = Path(__file__).resolve().parent / "data"

ENV_HOME = "GEODATA_HOME"
ENV_DB = "GEODATA_DB"


def home() -> Path:
    """The folder for the embedded store and caches (created on first use)."""
    path = Path(os.environ.get(ENV_HOME) or PROJECT_ROOT / ".geodata")
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The folder for derived, rebuildable data such as the gazetteer index."""
    path = home() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through: written aside under a unique name, then renamed
    over ``path`` in one step, so that readers and other processes building the same cache never
    see a part of it. Nothing is left behind when the writing fails."""
    handle, name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
        os.chmod(name, 0o644)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def default_db_url() -> str:
    """The embedded default store: one SQLite file under :func:`home`."""
    return f"sqlite:///{home() / 'geodata.sqlite'}"


def db_url(explicit: str | None = None) -> str:
    """The store to use: ``explicit`` (from ``--db``), else ``$GEODATA_DB``, else the default."""
    return explicit or os.environ.get(ENV_DB) or default_db_url()
