"""Articles as JSON records: a ``.json`` file with one record or a list, ``.jsonl`` with one per line.

A record is an object with ``text`` (required) and the optional fields ``title``, ``source``,
``url``, ``published``, ``language``, ``author`` and ``sample``; other fields are kept as extras.
"""

from __future__ import annotations

import json
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
    if isinstance(data, list):
        if not data:
            return [Failure(origin=origin, reason="the JSON list is empty: no articles")]
        return [_one(record, f"{origin}[{index}]") for index, record in enumerate(data)]
    return [_one(data, origin)]


def parse_jsonl(text: str, *, origin: str) -> list[Article | Failure]:
    """Articles from a ``.jsonl`` document, one record per line (``origin:LINE``); blank lines
    are skipped."""
    results: list[Article | Failure] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        line_origin = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            results.append(Failure(origin=line_origin, reason=f"not valid JSON: {err}"))
            continue
        results.append(_one(record, line_origin))
    if not results:
        return [Failure(origin=origin, reason="no text: the file has no records")]
    return results
