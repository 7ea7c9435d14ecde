"""Adding news from the dashboard: uploads, pasted text, page and feed URLs, the first-start samples.

No Streamlit here: the app passes the uploaded bytes and a progress callback, and shows the
:class:`~geodata.pipeline.IngestReport` it gets back. Every input's outcome is kept: what could not
be read becomes a :class:`~geodata.model.Failure` with its reason, and the batch goes on.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geodata.errors import GeodataError
from geodata.ingest.files import FORMATS
from geodata.model import Article, Failure

logger = logging.getLogger(__name__)

Progress = Callable[[int, "int | None"], None]

#: File types the readers understand: those of ``geodata ingest``.
ARTICLE_SUFFIXES = tuple(FORMATS)


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file: its name as the browser gave it and its bytes."""

    name: str
    data: bytes


def sample_files(folder: Path) -> list[Path]:
    """The article files in ``folder`` that an ingest of it reads (empty when it does not exist)."""
    from geodata.ingest.files import iter_folder

    if not folder.is_dir():
        return []
    return list(iter_folder(folder))


def read_uploads(uploads: Iterable[Upload]) -> list[Article | Failure]:
    """Articles from uploaded files; a file that cannot be read becomes a Failure with its reason."""
    from geodata.ingest import read_bytes

    items: list[Article | Failure] = []
    for upload in uploads:
        origin = f"upload:{upload.name}"
        try:
            result: Any = read_bytes(upload.data, name=upload.name)
        except GeodataError as err:
            items.append(Failure(origin=origin, reason=str(err), stage="read"))
            continue
        if isinstance(result, Article | Failure):
            items.append(result)
        else:
            items.extend(result)
    return items


def read_pasted(
    text: str, *, title: str | None = None, source: str | None = None, url: str | None = None
) -> list[Article | Failure]:
    """An article from pasted text, or a Failure saying why it cannot be one."""
    from geodata.ingest import read_text

    # The origin names the text itself: two different pasted texts are two articles, and pasting
    # the same text again finds it unchanged instead of replacing the previous paste.
    origin = f"pasted:{hashlib.sha256(text.strip().encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"
    try:
        return [
            read_text(
                text,
                origin=origin,
                title=title or None,
                source=source or None,
                url=url or None,
            )
        ]
    except GeodataError as err:
        return [Failure(origin=origin, reason=str(err), stage="read")]


def ingest_items(
    items: Sequence[Article | Failure], *, store_url: str, progress: Progress | None = None
) -> Any:
    """Geoparse and store articles already read; returns the pipeline's IngestReport."""
    from geodata.pipeline import ingest_articles

    return ingest_articles(list(items), store_url=store_url, progress=progress)


def ingest_paths(
    inputs: Sequence[str | Path],
    *,
    store_url: str,
    feeds: Sequence[str] = (),
    progress: Progress | None = None,
) -> Any:
    """Read files, folders, page URLs and feed URLs, geoparse and store them (IngestReport)."""
    from geodata.pipeline import ingest

    return ingest([str(p) for p in inputs], store_url=store_url, feeds=tuple(feeds), progress=progress)


_URL_SEPARATORS = ",;"


def _looks_like_url(token: str) -> bool:
    return token.lower().startswith(("http://", "https://"))


def split_urls(text: str) -> list[str]:
    """The entries of a URL box: one per line, blank lines dropped.

    A line holding several URLs separated by spaces (or commas, semicolons) gives each of them,
    but only when every part starts with ``http://`` or ``https://``. Anything else stays one
    entry, so a URL with a space inside is reported as itself by :func:`url_problem` rather than
    as two broken halves.
    """
    entries: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip(_URL_SEPARATORS) for p in line.replace(",", " ").replace(";", " ").split()]
        parts = [p for p in parts if p]
        if len(parts) > 1 and all(_looks_like_url(p) for p in parts):
            entries.extend(parts)
        else:
            entries.append(line.strip(_URL_SEPARATORS).strip())
    return [e for e in entries if e]


def url_problem(entry: str) -> str | None:
    """Why ``entry`` cannot be fetched as a web address, or None when it can be tried."""
    from urllib.parse import urlsplit

    if not _looks_like_url(entry):
        return "is not a web address: give URLs that start with http:// or https://"
    if any(ch.isspace() for ch in entry):
        return (
            "has a space inside, which a URL cannot hold: write the space as %20, "
            "or put each URL on a line of its own"
        )
    try:
        host = urlsplit(entry).hostname
    except ValueError as err:
        return f"is not a valid URL ({err})"
    if not host:
        return "names no host: give a full address such as https://example.org/news.html"
    return None


def bad_urls(urls: Iterable[str]) -> list[str]:
    """The entries that cannot be fetched (see :func:`url_problem`), to report them first."""
    return [u for u in urls if url_problem(u) is not None]


def fraction(done: int, total: int | None) -> float:
    """Progress in [0, 1] for a bar; an unknown total creeps towards 1 without reaching it."""
    if total:
        return min(1.0, done / total)
    return done / (done + 10) if done > 0 else 0.0


def report_text(report: Any) -> tuple[str, list[tuple[str, str]]]:
    """A one-line summary and (input, reason) for each failed input of an IngestReport."""
    failed = [(f.origin, f.reason) for f in getattr(report, "failed", ())]
    return report.summary(), failed
