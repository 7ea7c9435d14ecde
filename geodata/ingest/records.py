"""Articles as JSON records: a ``.json`` file with one record or a list, ``.jsonl`` with one per line.

A record is an object with ``text`` (required) and the optional fields ``title``, ``source``,
``url``, ``published``, ``language``, ``author`` and ``sample``; other fields are kept as extras.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from geodata.errors import InputError
from geodata.ingest.articles import make_article, split_metadata
from geodata.model import Article, Failure


def record_to_article(record: Any, *, origin: str) -> Article:
    """One article from one decoded JSON record. Raises :class:`InputError` for a bad record."""
    if not isinstance(record, dict):
        raise InputError(
            "a record must be a JSON object with at least a 'text' field, "
            f"got {type(record).__name__}: {record!r:.80}"
        )
    if "text" not in record:
        raise InputError(
            f"record has no 'text' field (it has {sorted(record)!r:.120}): add the article text"
        )
    known, extra = split_metadata(record)
    return make_article(text=record["text"], origin=origin, extra=extra, **known)


def _one(record: Any, origin: str) -> Article | Failure:
    try:
        return record_to_article(record, origin=origin)
    except InputError as err:
        return Failure(origin=origin, reason=str(err))


def parse_json(text: str, *, origin: str) -> list[Article | Failure]:
    """Articles from a ``.json`` document: one record, or a list of records (``origin[i]``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        return [Failure(origin=origin, reason=f"not valid JSON: {err}")]
    except RecursionError as err:
        return [Failure(origin=origin, reason=f"JSON nested too deeply to read ({err})")]
    if isinstance(data, list):
        if not data:
            return [Failure(origin=origin, reason="the JSON list is empty: no articles")]
        return [_one(record, f"{origin}[{index}]") for index, record in enumerate(data)]
    return [_one(data, origin)]


def _jsonl_line(line: str, origin: str) -> Article | Failure:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return Failure(origin=origin, reason=f"not valid JSON: {err}")
    except RecursionError as err:
        return Failure(origin=origin, reason=f"JSON nested too deeply to read ({err})")
    return _one(record, origin)


def parse_jsonl(text: str, *, origin: str) -> list[Article | Failure]:
    """Articles from a ``.jsonl`` document, one record per line (``origin:LINE``); blank lines
    are skipped."""
    results = [
        _jsonl_line(line, f"{origin}:{number}")
        for number, line in enumerate(text.split("\n"), start=1)
        if line.strip()
    ]
    if not results:
        return [Failure(origin=origin, reason="no text: the file has no records")]
    return results


def stream_jsonl(
    lines: Iterable[tuple[int, bytes | None]], *, origin: str, max_line_bytes: int
) -> Iterator[Article | Failure]:
    """Articles from the UTF-8 lines of a JSON Lines file too large to read at once, one record
    at a time; a line over ``max_line_bytes`` or not UTF-8 fails alone."""
    for number, raw in lines:
        line_origin = f"{origin}:{number}"
        if raw is None:
            yield Failure(
                origin=line_origin,
                reason=f"record larger than the {max_line_bytes / (1024 * 1024):g} MB limit",
            )
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield Failure(
                origin=line_origin, reason=f"invalid UTF-8 at byte {err.start} of the line"
            )
            continue
        if line.strip():
            yield _jsonl_line(line, line_origin)
