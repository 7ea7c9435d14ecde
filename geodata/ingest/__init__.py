"""Reading articles from files, folders, feeds and web pages.

The API the pipeline and the dashboard call::

    from geodata.ingest import read_inputs, read_path, read_feed, fetch_page, detect_language
    for item in read_inputs(["articles/", "https://example.org/feed.xml"]):
        ...  # an Article, or a Failure naming the input and the reason

Formats and decisions are documented in ``articles/README.md``. Importing this package is cheap:
trafilatura, feedparser and the language model load on first use.
"""

from __future__ import annotations

from geodata.ingest.articles import make_article, read_text
from geodata.ingest.fetch import Fetched, Fetcher, FetcherLike
from geodata.ingest.language import detect_language
from geodata.ingest.read import (
    deduplicate,
    fetch_page,
    read_bytes,
    read_feed,
    read_file,
    read_inputs,
    read_path,
    read_url,
    with_page_text,
)

__all__ = [
    "Fetched",
    "Fetcher",
    "FetcherLike",
    "deduplicate",
    "detect_language",
    "fetch_page",
    "make_article",
    "read_bytes",
    "read_feed",
    "read_file",
    "read_inputs",
    "read_path",
    "read_text",
    "read_url",
    "with_page_text",
]
