"""HTML for the article list and the article reader, built from escaped text only.

Titles, sources, article text and place names are untrusted: every value goes through
:func:`html.escape` before it meets markup, and only http(s) URLs become links.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from urllib.parse import urlencode

from dashboard.maps import safe_url
from geodata.model import Article
from geodata.store.base import ArticleSummary, StoredMention

#: Highlight colour per mention kind in the reader.
KIND_COLOURS: dict[str, str] = {
    "literal": "#ffe08a",
    "metonymic": "#c9e4ff",
    "demonym": "#d7f5d0",
    "modifier": "#f3d9fa",
    "embedded": "#ffd6cc",
}
UNRESOLVED = "#e0e0e0"


#: Room between the list's columns (a header row of bare cells runs together: "LangPlaces").
LIST_STYLE = (
    "<style>.gd-list th, .gd-list td {padding: 0.35rem 0.9rem 0.35rem 0}"
    " .gd-list th:last-child, .gd-list td:last-child {padding-right: 0}</style>"
)


def view_href(params: Mapping[str, str | list[str]], **changes: str | None) -> str:
    """A same-page link: the current query parameters with ``changes`` applied (None removes)."""
    query: dict[str, str | list[str]] = dict(params)
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    return "?" + urlencode(query, doseq=True) if query else "?"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def article_list_html(
    rows: Sequence[ArticleSummary], *, params: Mapping[str, str | list[str]]
) -> str:
    """The article list as an HTML table: title (opens the reader), source, date, language, places."""
    if not rows:
        return "<p class='gd-empty'>No article matches the current filters.</p>"
    out = [
        LIST_STYLE,
        "<table class='gd-list' style='width:100%;border-collapse:collapse;font-size:0.9rem'>",
        "<thead><tr style='text-align:left;border-bottom:1px solid #ccc'>"
        "<th>Title</th><th>Source</th><th>Date</th><th>Language</th><th>Places</th>"
        "</tr></thead><tbody>",
    ]
    for row in rows:
        href = _e(view_href(params, article=row.id))
        title = _e(row.title or "(untitled)")
        link = f"<a href='{href}' target='_self' class='gd-open' data-article='{_e(row.id)}'>{title}</a>"
        original = safe_url(row.url)
        if original:
            link += f" <a href='{_e(original)}' target='_blank' rel='noopener noreferrer' title='original'>&#8599;</a>"
        day = row.published.date().isoformat() if row.published else ""
        names = ", ".join(row.place_names[:8]) + (" …" if len(row.place_names) > 8 else "")
        out.append(
            "<tr style='border-bottom:1px solid #eee;vertical-align:top'>"
            f"<td>{link}</td><td>{_e(row.source or '')}</td><td style='white-space:nowrap'>{day}</td>"
            f"<td>{_e(row.language or '')}</td><td>{_e(names)}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _region_of(mention: StoredMention) -> str | None:
    place = mention.place
    if place is None:
        return None
    return place.admin1_code or place.country_code


def highlighted_text_html(
    text: str, mentions: Sequence[StoredMention], *, params: Mapping[str, str | list[str]]
) -> str:
    """The article text with every mention wrapped in a coloured link to its region on the map.

    Overlapping mentions keep the first (in text order); offsets outside the text are skipped.
    """
    parts: list[str] = []
    cursor = 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < cursor or not (0 <= m.start < m.end <= len(text)):
            continue
        parts.append(_e(text[cursor : m.start]))
        colour = KIND_COLOURS.get(m.kind, UNRESOLVED) if m.place else UNRESOLVED
        label = _e(text[m.start : m.end])
        place = m.place
        title = (
            f"{place.name} ({place.feature}) · {m.kind} · score {m.score:.2f}"
            if place
            else f"not resolved · {m.kind}"
        )
        region = _region_of(m)
        style = f"background:{colour};border-radius:3px;padding:0 2px"
        if region:
            href = _e(view_href(params, region=region))
            parts.append(
                f"<a href='{href}' target='_self' class='gd-mention' title='{_e(title)}' "
                f"style='{style};color:inherit;text-decoration:none'>{label}</a>"
            )
        else:
            parts.append(f"<span class='gd-mention' title='{_e(title)}' style='{style}'>{label}</span>")
        cursor = m.end
    parts.append(_e(text[cursor:]))
    body = "".join(parts).replace("\n\n", "</p><p>").replace("\n", "<br>")
    return f"<div class='gd-reader' style='line-height:1.6'><p>{body}</p></div>"


def kinds_key_html() -> str:
    """A one-line key to the reader's highlight colours, one swatch per mention kind."""
    swatches = " ".join(
        f"<span style='background:{colour};border-radius:3px;padding:0 4px'>{_e(kind)}</span>"
        for kind, colour in KIND_COLOURS.items()
    )
    return (
        "<div class='gd-key' style='font-size:0.8rem;color:#555'>Highlighted places, by kind: "
        f"{swatches} <span style='background:{UNRESOLVED};border-radius:3px;padding:0 4px'>"
        "not resolved</span>. Hover one for how it was resolved; click it for its region.</div>"
    )


def reader_header_html(article: Article) -> str:
    """Title, source, date, language and original link of the open article."""
    meta = " · ".join(
        _e(x)
        for x in (
            article.source,
            article.published.date().isoformat() if article.published else None,
            article.language,
            article.author,
        )
        if x
    )
    out = f"<h3 class='gd-title'>{_e(article.title or '(untitled)')}</h3>"
    if meta:
        out += f"<p><small>{meta}</small></p>"
    original = safe_url(article.url)
    if original:
        out += f"<p><a href='{_e(original)}' target='_blank' rel='noopener noreferrer'>original article &#8599;</a></p>"
    return out


def mention_rows(mentions: Sequence[StoredMention]) -> list[dict[str, object]]:
    """One row per mention for the reader's table: how each was resolved (plain values, no HTML)."""
    rows: list[dict[str, object]] = []
    for m in mentions:
        place = m.place
        rows.append(
            {
                "text": m.text,
                "place": place.name if place else None,
                "feature": place.feature if place else None,
                "region": _region_of(m),
                "kind": m.kind,
                "score": round(m.score, 3),
                "lat": place.lat if place else None,
                "lon": place.lon if place else None,
                "place id": place.id if place else None,
            }
        )
    return rows
