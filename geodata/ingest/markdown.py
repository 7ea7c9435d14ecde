"""Markdown articles with YAML front matter, and plain-text articles.

Markdown::

    ---
    title: Hochwasser in Sachsen
    published: 2025-03-04
    ---
    In Dresden stieg die Elbe ...

The front matter is optional and so is each field in it; only the text is required. Markdown
markup is reduced to plain text (links keep their words, images and code fences go), because the
geoparser reads words, not markup.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from geodata.errors import InputError
from geodata.ingest.articles import make_article, split_metadata
from geodata.model import Article

_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
# Every pattern is bounded to one line and excludes its own closing marker from what it spans,
# so no input makes it backtrack quadratically (60 KB of "*a " once took 35 s).
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\]\([^()\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\([^()\n]{0,2000}\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,200}\]")
_LINK_DEF = re.compile(r"^[ \t]{0,3}\[[^\[\]\n]{1,500}\]:[ \t]+\S.*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_CODE_FENCE = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL)
_EMPHASIS = re.compile(r"(\*\*|\*)(?=[^\s*])([^*\n]{1,1000}?)(?<=[^\s*])\1")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<!\w)(__|_)(?=[^\s_])([^_\n]{1,1000}?)(?<=[^\s_])\1(?!\w)")
_INLINE_CODE = re.compile(r"`([^`\n]{0,1000})`")
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,1000}>")
_SOFT_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?![ \t]*(?:\n|[-*+][ \t]|\d+[.)][ \t]))[ \t]*")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")

#: A plain-text title line is at most this long.
MAX_TITLE_CHARS = 200


@functools.lru_cache(maxsize=1)
def _loader() -> type:
    import yaml

    # libyaml's parser when PyYAML was built with it (the wheels are): 10x faster.
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class FrontMatterLoader(base):  # type: ignore[misc, valid-type]
        """SafeLoader that leaves dates as strings, so an impossible date gets a clear message."""

    FrontMatterLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return FrontMatterLoader


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The front matter as a dict (empty if there is none) and the body after it.

    Raises :class:`InputError` when the front matter is not valid YAML, not a mapping, or not closed.
    """
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, text
    for index in range(1, len(lines)):
        if _FENCE.match(lines[index]):
            block = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            break
    else:
        raise InputError(
            "front matter is not closed: the first line is '---' but no later line is '---' "
            "(add a closing '---' line after the YAML fields)"
        )
    import yaml

    try:
        # Aliases (*name) can nest into a "billion laughs" that explodes when the values are
        # walked; article metadata never needs them, so they are refused up front.
        if "*" in block and any(
            isinstance(event, yaml.AliasEvent) for event in yaml.parse(block, Loader=_loader())
        ):
            raise InputError(
                "front matter uses YAML aliases (*name): not accepted in article metadata, "
                "write each value out"
            )
        data = yaml.load(block, Loader=_loader())  # a SafeLoader subclass
    except yaml.YAMLError as err:
        raise InputError(f"front matter is not valid YAML: {_yaml_problem(err)}") from err
    if data is None:
        return {}, body
    if not isinstance(data, dict):
        raise InputError(
            "front matter must be YAML fields such as 'title: ...', "
            f"got a {type(data).__name__}: {data!r:.80}"
        )
    return {str(key): value for key, value in data.items()}, body


def _yaml_problem(err: Exception) -> str:
    """PyYAML's complaint on one line, with the line and column counted in the whole file."""
    problem = getattr(err, "problem", None)
    if not problem:
        return " ".join(str(err).split())
    context = getattr(err, "context", None)
    mark = getattr(err, "problem_mark", None)
    where = f" (line {mark.line + 2}, column {mark.column + 1})" if mark is not None else ""
    return f"{context + ', ' if context else ''}{problem}{where}"


def markdown_to_text(markdown: str) -> str:
    """Plain text from Markdown: markup removed, words kept, paragraphs kept apart."""
    text = _CODE_FENCE.sub("", markdown)
    text = _LINK_DEF.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _HEADING.sub("", text)
    text = _QUOTE.sub("", text)
    text = _RULE.sub("", text)
    text = _INLINE_CODE.sub(r"\1", text)
    for _ in range(2):  # twice: bold around italic ("**a *b* c**")
        text = _EMPHASIS.sub(r"\2", text)
        text = _UNDERSCORE_EMPHASIS.sub(r"\2", text)
    # A single line break inside a paragraph is a soft wrap (a space), except before a list item.
    text = _SOFT_BREAK.sub(" ", text)
    return re.sub(r"\n{3,}", "\n\n", text)


def _leading_heading(body: str) -> tuple[str | None, str]:
    """A first-level heading at the very top of the body, and the body without it."""
    stripped = body.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    if first.startswith(("# ", "#\t")):
        heading = first[1:].strip().rstrip("#").strip()
        if heading:
            return heading, rest
    return None, body


def parse_markdown(text: str, *, origin: str) -> Article:
    """One article from a Markdown file's text. Without a ``title`` field, a leading
    ``# Heading`` is the title (and is left out of the text)."""
    meta, body = split_front_matter(text.lstrip("\ufeff"))
    known, extra = split_metadata(meta)
    if "text" in meta:
        raise InputError(
            "front matter has a 'text' field: in Markdown the text is the body after the front "
            "matter; remove the field"
        )
    if not known.get("title"):
        heading, body = _leading_heading(body)
        if heading:
            known["title"] = heading
    return make_article(text=markdown_to_text(body), origin=origin, extra=extra, **known)


def parse_plain_text(text: str, *, origin: str) -> Article:
    """One article from a ``.txt`` file.

    The first line is the title when it is at most 200 characters, does not end with ``.``,
    ``:``, ``;`` or ``,`` (a headline may end with ``?`` or ``!``), and is followed by an empty
    line and more text; the title is then left out of the text. Otherwise the whole file is the
    text and the article has no title.
    """
    stripped = text.lstrip("\ufeff").strip("\n")
    first, sep, rest = stripped.partition("\n")
    title: str | None = None
    if (
        sep
        and rest.startswith("\n")
        and rest.strip()
        and 0 < len(first.strip()) <= MAX_TITLE_CHARS
        and not first.rstrip().endswith((".", ":", ";", ","))
    ):
        title, stripped = first.strip(), rest
    return make_article(text=stripped, origin=origin, title=title)
