"""Reading inputs: paths, folders, page and feed URLs, uploaded bytes, into articles.

Every input gives articles or :class:`~geodata.model.Failure` values; one bad input never stops
the others. Heavy parsers (trafilatura, feedparser) are imported only when a page or feed comes.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from itertools import groupby
from pathlib import Path, PurePosixPath
from typing import TypeVar

from geodata.errors import ConfigurationError, FetchError, InputError
from geodata.ingest.articles import identifies_article, make_article
from geodata.ingest.decoding import binary_reason, declared_charset, decode_text
from geodata.ingest.feeds import looks_like_feed, parse_feed
from geodata.ingest.fetch import Fetched, Fetcher, FetcherLike
from geodata.ingest.fields import printable_name
from geodata.ingest.files import (
    MAX_FILE_BYTES,
    check_file,
    format_of,
    iter_folder,
    iter_lines,
    origin_of,
    read_file_bytes,
)
from geodata.ingest.html import parse_html
from geodata.ingest.markdown import parse_markdown, parse_plain_text
from geodata.ingest.records import parse_json, parse_jsonl, stream_jsonl
from geodata.model import Article, Failure

log = logging.getLogger(__name__)

Item = Article | Failure
T = TypeVar("T")
R = TypeVar("R")

#: URLs fetched at once by default: enough to overlap network waits, few enough to be polite.
DEFAULT_FETCH_WORKERS = 4

#: Content types that name a feed outright; generic XML is a feed only if it starts like one.
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/x-rss+xml",
        "application/atom+xml",
        "application/x-atom+xml",
        "application/rdf+xml",
    }
)


def is_url(value: str) -> bool:
    """Whether an input names a URL (``scheme://...``) rather than a path."""
    head, sep, _ = value.partition("://")
    return bool(sep) and head.isascii() and head.isalpha()


def parse_document(
    data: bytes,
    *,
    fmt: str,
    origin: str,
    url: str | None = None,
    charset: str | None = None,
) -> list[Item]:
    """Articles from the bytes of one document in a known format (see ``files.FORMATS``)."""
    if not data.strip():
        return [Failure(origin=origin, reason="empty file: no text")]
    try:
        if fmt == "feed":
            return parse_feed(data, origin=origin, url=url)
        if fmt == "html":
            text = decode_text(data, fallback_encoding=charset or declared_charset(data))
            return [parse_html(text, origin=origin, url=url)]
        # Windows and old Mac line ends as Unix ones, so a front matter fence is found anywhere.
        text = (
            decode_text(data, fallback_encoding=charset).replace("\r\n", "\n").replace("\r", "\n")
        )
        if not text.strip():
            return [Failure(origin=origin, reason="empty file: no text")]
        if fmt == "markdown":
            return [parse_markdown(text, origin=origin)]
        if fmt == "text":
            return [parse_plain_text(text, origin=origin)]
        if fmt == "json":
            return parse_json(text, origin=origin)
        if fmt == "jsonl":
            return parse_jsonl(text, origin=origin)
    except InputError as err:
        return [Failure(origin=origin, reason=str(err))]
    except Exception as err:
        # A parser's own bug on one odd document must not end the run for every other input:
        # it becomes that document's Failure, with the traceback in the log.
        log.exception("unexpected error reading %s", origin)
        return [
            Failure(
                origin=origin,
                reason=(
                    f"unexpected {type(err).__name__} while reading the {fmt} ({err}): "
                    "a bug in the reader, please report it with this file"
                ),
            )
        ]
    raise ValueError(
        f"unknown format {fmt!r}: expected one of feed, html, markdown, text, json, jsonl"
    )


def read_file(path: Path, *, root: Path | None = None, fmt: str | None = None) -> list[Item]:
    """Articles from one file (``fmt`` overrides the format its suffix names)."""
    return list(iter_file(path, root=root, fmt=fmt))


def iter_file(path: Path, *, root: Path | None = None, fmt: str | None = None) -> Iterator[Item]:
    """Articles from one file, lazily. Files over the size limit are refused, except JSON Lines,
    which are then streamed one record at a time."""
    try:
        fmt = fmt or format_of(path.name)
        size = check_file(path, root=root)
        if fmt == "jsonl" and size > MAX_FILE_BYTES:
            yield from _stream_jsonl(path)
            return
        data = read_file_bytes(path, root=root)
    except InputError as err:
        yield Failure(origin=origin_of(path), reason=str(err))
        return
    # Named by the file itself, not by a link to it: one file, one origin, one id.
    yield from parse_document(data, fmt=fmt, origin=origin_of(path.resolve()))


def _stream_jsonl(path: Path) -> Iterator[Item]:
    origin = origin_of(path.resolve())
    try:
        with path.open("rb") as handle:
            head = handle.read(65_536)
    except OSError as err:
        yield Failure(origin=origin, reason=f"cannot read the file: {err.strerror or err}")
        return
    reason = binary_reason(head)
    if reason or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield Failure(
            origin=origin,
            reason=reason or "a JSON Lines file this large must be UTF-8 to be streamed",
        )
        return
    yield from stream_jsonl(
        iter_lines(path, max_line_bytes=MAX_FILE_BYTES),
        origin=origin,
        max_line_bytes=MAX_FILE_BYTES,
    )


def read_path(path: str | Path) -> list[Item]:
    """Articles from a file, or from every article file in a folder (recursively, sorted)."""
    return list(deduplicate(_iter_path(Path(path))))


def _iter_path(path: Path) -> Iterator[Item]:
    if path.is_dir():
        for file in iter_folder(path):
            yield from iter_file(file, root=path)
        return
    if not path.exists() and not path.is_symlink():
        yield Failure(origin=origin_of(path), reason="no such file or folder")
        return
    yield from iter_file(path)


def read_bytes(data: bytes, *, name: str) -> list[Item]:
    """Articles from an uploaded file's bytes; ``name`` (its file name) picks the format.

    Only the last part of ``name`` is used, so ``../../x.md`` is read as ``x.md``; nothing is
    written or opened on disk.
    """
    base = PurePosixPath(name.replace("\\", "/")).name
    origin = f"upload:{printable_name(base) or 'unnamed'}"
    try:
        fmt = format_of(base)
    except InputError as err:
        return [Failure(origin=origin, reason=str(err))]
    return parse_document(data, fmt=fmt, origin=origin)


def _format_of_response(fetched: Fetched) -> str:
    if fetched.content_type in FEED_TYPES or looks_like_feed(fetched.body):
        return "feed"
    if fetched.content_type == "text/plain":
        return "text"
    if fetched.content_type == "text/markdown":
        return "markdown"
    if fetched.content_type == "application/json":
        return "json"
    return "html"


def read_url(url: str, *, fetcher: FetcherLike | None = None) -> list[Item]:
    """Articles from a URL: a feed (one per entry) or a web page (one), told apart by the
    content type and by the document's first element."""
    origin = printable_name(url)
    try:
        fetched = (fetcher or Fetcher()).fetch(url)
    except FetchError as err:
        return [Failure(origin=origin, reason=str(err))]
    fmt = _format_of_response(fetched)
    return parse_document(
        fetched.body, fmt=fmt, origin=origin, url=fetched.url, charset=fetched.charset
    )


def fetch_page(url: str, *, fetcher: FetcherLike | None = None) -> Article:
    """The article on one web page. Raises :class:`FetchError` when the page cannot be had and
    :class:`InputError` when it holds no article (or is a feed: use :func:`read_feed`)."""
    fetched = (fetcher or Fetcher()).fetch(url)
    if _format_of_response(fetched) == "feed":
        raise InputError(f"{url} is a feed, not a page: read it with read_feed")
    results = parse_document(
        fetched.body,
        fmt="html",
        origin=printable_name(url),
        url=fetched.url,
        charset=fetched.charset,
    )
    (result,) = results
    if isinstance(result, Failure):
        raise InputError(f"{result.origin}: {result.reason}")
    return result


def read_feed(
    source: str,
    *,
    fetcher: FetcherLike | None = None,
    fetch_pages: bool = False,
    fetch_workers: int = DEFAULT_FETCH_WORKERS,
) -> list[Item]:
    """Articles from an RSS or Atom feed given by URL or by path, one per entry.

    Never raises for a bad feed: a feed that cannot be fetched or parsed is one Failure. With
    ``fetch_pages`` each entry's linked page is fetched for its full text (see
    :func:`with_page_text`), ``fetch_workers`` at a time; by default the entry's own content or
    summary is the text.
    """
    _check_workers(fetch_workers)
    if is_url(source):
        origin = printable_name(source)
        try:
            fetched = (fetcher or Fetcher()).fetch(source)
        except FetchError as err:
            return [Failure(origin=origin, reason=str(err))]
        items = parse_document(fetched.body, fmt="feed", origin=origin, url=fetched.url)
    else:
        path = Path(source)
        if not path.is_file():
            return [Failure(origin=origin_of(path), reason="no such feed file")]
        items = read_file(path, fmt="feed")
    if fetch_pages:
        active = fetcher or Fetcher()
        return list(
            ordered_map(lambda item: with_page_text(item, fetcher=active), items, fetch_workers)
        )
    return items


def with_page_text(item: Item, *, fetcher: FetcherLike | None = None) -> Item:
    """A feed entry with the full text of the page it links to.

    The entry keeps its id, origin and URL (so an entry has the same id whether its page was
    fetched or not); the page's title, author and date fill what the entry lacks, and the entry's
    summary is kept as ``extra["summary"]``. When the page cannot be had, the entry is kept with
    its summary as the text and the reason in ``extra["page_error"]``. Anything that is not a
    feed entry with a link is returned as it is.
    """
    if not isinstance(item, Article) or "feed" not in item.extra or not item.url:
        return item
    try:
        page = fetch_page(item.url, fetcher=fetcher)
    except (FetchError, InputError) as err:
        log.info("%s: page %s not used: %s", item.origin, item.url, err)
        return replace(item, extra={**item.extra, "page_error": str(err)})
    return make_article(
        text=page.text,
        origin=item.origin,
        title=item.title or page.title,
        source=item.source or page.source,
        url=item.url,
        published=item.published or page.published,
        language=page.language or item.language,
        author=item.author or page.author,
        sample=item.sample,
        extra={**item.extra, "summary": item.text, "page_url": page.url},
    )


def _read_input(value: str, fetcher: FetcherLike | None) -> Iterator[Item]:
    if is_url(value):
        scheme = value.partition("://")[0].lower()
        if scheme not in ("http", "https"):
            yield Failure(
                origin=printable_name(value),
                reason=f"unsupported URL scheme {scheme!r}: expected http or https (or a path)",
            )
            return
        yield from read_url(value, fetcher=fetcher)
        return
    yield from _iter_path(Path(value))


def _digest64(value: str) -> int:
    """64 bits standing for a string (an id or hash of any form) in the repeat check."""
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest(), "big")


def deduplicate(items: Iterable[Item]) -> Iterator[Item]:
    """Items with repeats removed and URL conflicts reported.

    The same article twice (same id, same content hash) is passed on once. Two different
    articles claiming the same URL (same id, different content): the first read is kept and the
    second becomes a Failure, because one URL names one article and guessing which text is right
    would lose one silently. Across runs, a changed article with the same URL is an update, which
    the store applies. Memory: 64 bits of id and of hash per article (about 125 bytes), so a run
    of millions of articles stays affordable; the first article's origin is therefore not kept.
    """
    seen: dict[int, int] = {}
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        key = _digest64(item.id)
        digest = _digest64(item.content_hash)
        previous = seen.get(key)
        if previous is None:
            seen[key] = digest
            yield item
            continue
        if previous == digest:
            log.debug("%s repeats an article read earlier; passed on once", item.origin)
            continue
        claim = f"URL {item.url}" if identifies_article(item.url) else f"origin {item.origin}"
        yield Failure(
            origin=item.origin,
            reason=(
                f"duplicate {claim}: an article read earlier in this run has it with a different "
                "text; the first is kept (give each article its own url)"
            ),
        )


def read_inputs(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    feeds: Sequence[str | os.PathLike[str]] = (),
    fetcher: FetcherLike | None = None,
    fetch_pages: bool = False,
    fetch_workers: int = DEFAULT_FETCH_WORKERS,
) -> Iterator[Item]:
    """Articles and failures from every input, lazily, in a deterministic order.

    ``inputs`` are paths (``str`` or ``Path``: files, or folders read recursively in sorted
    order) and http(s) URLs (a page or a feed, told apart by what comes back); ``feeds`` are feed
    URLs or files read after them. One bad input gives one Failure and the rest are still read.
    Repeats are passed on once; see :func:`deduplicate` for two articles that claim one URL. Feed
    entries carry their own text; ``fetch_pages`` fetches each entry's page for its full text
    instead (:func:`with_page_text`). Up to ``fetch_workers`` URLs are fetched at once; results
    still come in the order of the inputs.
    """
    if isinstance(inputs, str) or isinstance(feeds, str):
        raise TypeError("inputs and feeds must be sequences of strings, not one string")
    _check_workers(fetch_workers)
    return deduplicate(
        _generate(
            list(map(os.fspath, inputs)),
            list(map(os.fspath, feeds)),
            fetcher or Fetcher(),
            fetch_pages,
            fetch_workers,
        )
    )


def _check_workers(fetch_workers: int) -> None:
    if isinstance(fetch_workers, bool) or not isinstance(fetch_workers, int) or fetch_workers < 1:
        raise ConfigurationError(
            f"fetch_workers must be a whole number of at least 1, got {fetch_workers!r}"
        )


def ordered_map(func: Callable[[T], R], args: Iterable[T], workers: int) -> Iterator[R]:
    """``func`` over ``args`` on up to ``workers`` threads, results in the order of ``args``.

    At most ``2 * workers`` calls are in flight, so a long input list is not all started (or
    held) at once. Meant for network waits; with one worker it is a plain ``map``.
    """
    if workers <= 1:
        yield from map(func, args)
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="geodata-fetch") as pool:
        pending: deque[Future[R]] = deque()
        for arg in args:
            pending.append(pool.submit(func, arg))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _generate(
    inputs: list[str],
    feeds: list[str],
    fetcher: FetcherLike,
    fetch_pages: bool,
    workers: int,
) -> Iterator[Item]:
    def read_one(value: str) -> list[Item]:
        return list(_read_input(value, fetcher))

    def with_page(item: Item) -> Item:
        return with_page_text(item, fetcher=fetcher)

    # Runs of consecutive URLs are fetched side by side; paths are read one at a time, lazily.
    for url_run, group in groupby(inputs, key=is_url):
        values = list(group)
        batches: Iterable[Iterable[Item]]
        if url_run:
            batches = ordered_map(read_one, values, workers)
        else:
            batches = (_read_input(value, fetcher) for value in values)
        for batch in batches:
            if fetch_pages:
                yield from ordered_map(with_page, batch, workers)
            else:
                yield from batch
    for feed in feeds:
        yield from read_feed(feed, fetcher=fetcher, fetch_pages=fetch_pages, fetch_workers=workers)
