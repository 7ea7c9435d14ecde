"""The news map: a thin Streamlit script, widgets and layout only.

Run from the project root: ``streamlit run dashboard/app.py`` (``make run``). It reads the store
named by ``GEODATA_DB``, else the embedded default. Queries live in :mod:`dashboard.queries`, the
map in :mod:`dashboard.maps`, HTML in :mod:`dashboard.render`, the URL state in
:mod:`dashboard.state`.
"""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the project root.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402
import streamlit_folium  # noqa: E402

from dashboard import maps, news, queries, render  # noqa: E402
from dashboard.cache import (  # noqa: E402
    PAGE_SIZE,
    cached_bundle_urls,
    cached_facets,
    cached_markers,
    cached_page,
    cached_region_counts,
    cached_region_options,
    cached_regions_js,
    cached_timeline,
    first_start_lock,
    get_shapes,
    get_store,
    version_of,
)
from dashboard.cache import static_url as served_static_url  # noqa: E402
from dashboard.state import (  # noqa: E402
    PARAMS,
    ViewState,
    clicked_region,
    state_from_params,
    state_to_params,
    without_map_view,
)
from geodata import config  # noqa: E402
from geodata.errors import GeodataError  # noqa: E402
from geodata.model import KINDS  # noqa: E402
from geodata.store import Filters  # noqa: E402

st.set_page_config(page_title="News map", page_icon=":world_map:", layout="wide")
st.markdown(
    "<style>.block-container {padding-top: 2.2rem; padding-bottom: 1rem}"
    " .gd-reader mark, .gd-popup mark {background: #ffe08a}</style>",
    unsafe_allow_html=True,
)


# -- store and first start ---------------------------------------------------------------------------
URL = config.db_url()
try:
    store = get_store(URL)
    stats = store.stats()
    version = version_of(stats)
except GeodataError as err:
    st.error(f"The store at `{URL}` cannot be opened: {err}")
    st.info("Set `GEODATA_DB` to a working database URL, or unset it to use the embedded store.")
    st.stop()

if version == 0 and not st.session_state.get("first_start_done"):
    st.session_state["first_start_done"] = True
    samples = news.sample_files(config.ARTICLES_DIR)
    lock = first_start_lock()
    if samples and not lock.acquire(blocking=False):
        st.info("The sample articles are being ingested for another visitor: reload in a minute.")
        st.session_state["first_start_done"] = False
        st.stop()
    if samples:
        notice = st.empty()
        notice.info(
            f"The store is empty: ingesting the {len(samples)} sample articles from `articles/`. "
            "On a machine's first start this also builds the offline gazetteer and the geoparser's "
            "index from the installed packages (about a minute, once); later starts take seconds."
        )
        bar = st.progress(0.0, text="Building the gazetteer (first start only), then geoparsing…")
        try:
            report = news.ingest_paths(
                samples,
                store_url=URL,
                progress=lambda done, total: bar.progress(news.fraction(done, total)),
            )
        except GeodataError as err:
            st.error(f"The sample articles could not be ingested: {err}")
        else:
            summary, failed = news.report_text(report)
            notice.empty()
            st.success(f"Sample articles ingested: {summary}")
            for origin, reason in failed:
                st.warning(f"`{origin}`: {reason}")
        finally:
            lock.release()
        bar.empty()
        stats = store.stats()
        version = version_of(stats)
    else:
        st.info(
            "The store is empty and there are no sample articles. Add news in the **Add news** tab "
            "below, or from a shell: `.venv/bin/python -m geodata ingest PATH_OR_URL`."
        )

# -- view state from the URL, once per session --------------------------------------------------------
if "view_loaded" not in st.session_state:
    params = {key: st.query_params.get_all(key) for key in PARAMS}
    initial = state_from_params(params)
    f = initial.filters
    st.session_state.update(
        view_loaded=True,
        w_region=f.region or "",
        w_since=f.since,
        w_until=f.until,
        w_lang=list(f.languages),
        w_source=list(f.sources),
        w_query=f.query or "",
        w_kinds=list(f.kinds),
        w_min_score=float(f.min_score),
        w_heat=initial.heat,
        w_tiles=initial.tiles,
        article=initial.article,
        map_view=initial.map_view,
        heat_at_open=initial.heat,
        last_click=None,
    )

# A map click asks for a region on the previous run; apply it before the widget exists.
if "pending_region" in st.session_state:
    st.session_state["w_region"] = st.session_state.pop("pending_region") or ""

facets = cached_facets(URL, version)
try:
    shapes = get_shapes()
except GeodataError as err:
    st.error(f"The country and region boundaries cannot be loaded: {err}")
    st.stop()

since, until = st.session_state["w_since"], st.session_state["w_until"]
swapped = bool(since and until and since > until)
if swapped:
    since, until = until, since
filters = Filters(
    region=st.session_state["w_region"] or None,
    since=since,
    until=until,
    languages=tuple(st.session_state["w_lang"]),
    sources=tuple(st.session_state["w_source"]),
    query=st.session_state["w_query"].strip() or None,
    kinds=tuple(k for k in KINDS if k in st.session_state["w_kinds"]) or ("literal",),
    min_score=float(st.session_state["w_min_score"]),
)
view = ViewState(
    filters=filters,
    article=st.session_state.get("article"),
    heat=bool(st.session_state["w_heat"]),
    tiles=bool(st.session_state["w_tiles"]),
)
params = state_to_params(view)
# The map's centre and zoom are the browser's to keep (the map writes them as it moves, and adds
# them to every URL the page sets): compare and write the rest.
if without_map_view(st.query_params.to_dict()) != {
    k: (v[-1] if isinstance(v, list) else v) for k, v in params.items()
}:
    st.query_params.from_dict(params)

# -- the map ------------------------------------------------------------------------------------------
static_url = served_static_url()
app_url = static_url.removesuffix("app/static")

country_counts, admin1_counts = cached_region_counts(URL, version, filters)
markers = cached_markers(URL, version, filters)
count, page = cached_page(URL, version, filters, PAGE_SIZE, 0)

title = shapes.name(filters.region) if filters.region else "All regions"
st.subheader(f"{title}: {count:,} article{'s' if count != 1 else ''}")

# The outlines depend on the store's content only (which countries have articles), not on the
# filters: the map keeps them, and a filter change sends just the shading and the places.
detail = queries.detail_countries(shapes, dict(facets.admin1), selected=filters.region)
# The view a link asked for, fixed for the session: the map is built once and then keeps the
# user's own pan and zoom (a different opening view would remount it).
opening = st.session_state.get("map_view")
# Leaflet and its plugins as one script and one stylesheet (None: the files one by one).
bundle_urls = cached_bundle_urls(static_url)
bundled = bundle_urls is not None
fmap = maps.base_map(
    static_url=static_url,
    tiles=view.tiles,
    heat=bool(st.session_state.get("heat_at_open")),
    regions_js=cached_regions_js(detail, static_url),
    bundle_urls=bundle_urls,
    **({"lat": opening.lat, "lon": opening.lon, "zoom": opening.zoom} if opening else {}),
)
layers = [
    maps.regions_layer(
        shapes.countries,
        shapes.admin1,
        country_counts=country_counts,
        admin1_counts=admin1_counts,
        selected=filters.region,
        detail_countries=detail,
    ),
    maps.places_layer(
        markers, app_url=app_url, params=params, static_url=static_url, bundled=bundled
    ),
]
if view.heat:
    layers.append(maps.heat_layer(markers, static_url=static_url, bundled=bundled))
result = streamlit_folium.st_folium(
    fmap,
    key="map",
    height=520,
    use_container_width=True,
    # Only clicks come back: pan and zoom never rerun the app, and the page's first load does not
    # either (a click counter would differ from its default and cost a rerun on every load).
    returned_objects=["last_active_drawing"],
    feature_group_to_add=layers,
)
region, st.session_state["last_click"] = clicked_region(
    (result or {}).get("last_active_drawing"), st.session_state["last_click"]
)
if region:
    st.session_state["pending_region"] = view.toggled_region(region).filters.region
    st.rerun()
st.html(maps.legend_html(max(country_counts.values(), default=0), max(admin1_counts.values(), default=0)))
st.caption(
    "Shading: articles per country and state under the current filters. Circles: places, sized by "
    "articles; click one for its articles. Click a region to filter by it (at world zoom, clusters "
    "let the click through to the region; zoom in to open them)."
)

# -- sidebar: filters (after the map, so the map reaches the browser first) -------------------------
with st.sidebar:
    st.header("Filters")
    options = cached_region_options(URL, version, st.session_state["w_region"] or None)
    labels = {o.code: o.label for o in options}
    st.selectbox(
        "Region",
        ["", *labels],
        format_func=lambda code: "All regions" if not code else labels.get(code, code),
        key="w_region",
        help="Or click a region on the map; click it again to clear.",
    )
    first = facets.first_published.date() if facets.first_published else None
    last = facets.last_published.date() if facets.last_published else None
    span = f"articles from {first} to {last}" if first and last else None
    # One date per row: two side by side leave no room for a whole date in the sidebar.
    st.date_input("From", key="w_since", help=span, format="YYYY-MM-DD")
    st.date_input("To", key="w_until", help=span, format="YYYY-MM-DD")
    if swapped:
        st.warning("'From' is after 'To': the dates were swapped.")
    languages = dict(facets.languages)
    for code in st.session_state["w_lang"]:
        languages.setdefault(code, 0)
    st.multiselect(
        "Language",
        sorted(languages),
        key="w_lang",
        format_func=lambda c: f"{queries.language_label(c)} ({languages.get(c, 0)})",
    )
    sources = dict(facets.sources)
    for name in st.session_state["w_source"]:
        sources.setdefault(name, 0)
    st.multiselect(
        "Source", sorted(sources), key="w_source", format_func=lambda s: f"{s} ({sources.get(s, 0)})"
    )
    st.text_input("Keyword", key="w_query", placeholder="full-text search, e.g. Kartell")
    st.multiselect(
        "Mention kinds",
        list(KINDS),
        key="w_kinds",
        help="literal: the place itself. metonymic: the place for its people or government; "
        "demonym: 'Mexican'; modifier: 'Mexico-based'; embedded: inside another name.",
    )
    st.slider("Minimum confidence", 0.0, 1.0, step=0.05, key="w_min_score")
    st.divider()
    st.toggle("Heat layer", key="w_heat")
    st.toggle("Online map tiles (needs internet)", key="w_tiles")
    st.caption(
        f"Store: `{store.url.split('://', 1)[0]}` · {stats.articles:,} articles. "
        "Boundaries: Natural Earth (public domain)."
    )


# -- the article reader -------------------------------------------------------------------------------
if view.article:
    article = get_store(URL).article(view.article)
    with st.container(border=True):
        if article is None:
            st.warning("The article in the link is not in the store (it may have been removed).")
        else:
            st.html(render.reader_header_html(article) + render.kinds_key_html())
            mentions = get_store(URL).mentions(article.id)
            st.html(render.highlighted_text_html(article.text, mentions, params=params))
            st.markdown("**How each place was resolved**")
            st.dataframe(pd.DataFrame(render.mention_rows(mentions)), hide_index=True)
        if st.button("Close the article", key="close_article"):
            st.session_state["article"] = None
            st.rerun()

# -- below the map: list, timeline, export, adding news -------------------------------------------------
# One section at a time: only the chosen one's elements are sent, so a first visit does not load
# the chart, table, upload and form code of the others before the map.
SECTIONS = ("Articles", "Timeline", "Export", "Add news", "Failures")
section = st.segmented_control(
    "Section", SECTIONS, key="w_section", default="Articles", label_visibility="collapsed"
) or "Articles"
if section == "Articles":
    pages = max(1, -(-count // PAGE_SIZE))
    number = st.number_input("Page", 1, pages, 1, key="w_page") if pages > 1 else 1
    if number > 1:
        count, page = cached_page(
            URL, version, filters, PAGE_SIZE, (number - 1) * PAGE_SIZE
        )
    st.caption(f"{count:,} matching articles, newest first. Page {number} of {pages}.")
    st.html(render.article_list_html(page, params=params))

if section == "Timeline":
    rows = cached_timeline(URL, version, filters)
    if rows:
        st.caption("Articles per publication day under the current filters.")
        frame = pd.DataFrame(rows, columns=["day", "articles"]).set_index("day")
        st.bar_chart(frame, y="articles", height=260)
    else:
        st.info("No dated article matches the current filters.")

if section == "Export":
    st.write(
        f"The current selection ({count:,} article{'s' if count != 1 else ''}, the filters above) "
        "as a file for a spreadsheet, geopandas or QGIS."
    )
    per = st.radio(
        "One row per", ["mention", "place"], horizontal=True, key="w_export_per",
        help="mention: every place name in every article, with its sentence; "
        "place: each place once, with its article and mention counts.",
    )  # fmt: skip
    col_csv, col_geo, _ = st.columns([1, 1, 3])
    col_csv.download_button(
        "CSV",
        icon=":material/download:",
        data=lambda: queries.export_bytes(get_store(URL), filters, fmt="csv", per=per),
        file_name=f"geodata-{per}s.csv",
        mime="text/csv",
        on_click="ignore",
    )
    col_geo.download_button(
        "GeoJSON",
        icon=":material/download:",
        data=lambda: queries.export_bytes(get_store(URL), filters, fmt="geojson", per=per),
        file_name=f"geodata-{per}s.geojson",
        mime="application/geo+json",
        on_click="ignore",
    )

if section == "Add news":
    with st.form("add_news", clear_on_submit=True):
        uploads = st.file_uploader(
            "Article files (text, Markdown, HTML, JSON, JSON Lines, RSS/Atom)",
            accept_multiple_files=True,
            type=[s.lstrip(".") for s in news.ARTICLE_SUFFIXES],
        )
        pasted = st.text_area("Or paste an article's text", height=140)
        col_t, col_s = st.columns(2)
        pasted_title = col_t.text_input("Title of the pasted text")
        pasted_source = col_s.text_input("Source of the pasted text")
        page_urls = st.text_area(
            "Or page URLs (one per line)", height=68, placeholder="https://example.org/news/story.html"
        )
        feed_urls = st.text_area(
            "Or RSS/Atom feed URLs (one per line)", height=68, placeholder="https://example.org/rss.xml"
        )
        submitted = st.form_submit_button("Add to the map", type="primary")
    if submitted:
        items: list = news.read_uploads(news.Upload(f.name, f.getvalue()) for f in uploads or [])
        if pasted.strip():
            items += news.read_pasted(pasted, title=pasted_title, source=pasted_source)
        pages_in, feeds_in = news.split_urls(page_urls), news.split_urls(feed_urls)
        wrong = news.bad_urls([*pages_in, *feeds_in])
        for entry in wrong:
            st.error(f"`{entry}` {news.url_problem(entry)}.", icon=":material/link_off:")
        pages_in = [u for u in pages_in if u not in wrong]
        feeds_in = [u for u in feeds_in if u not in wrong]
        if not (items or pages_in or feeds_in):
            if not wrong:
                st.warning("Nothing to add: choose files, paste a text, or give a URL.")
        else:
            bar = st.progress(0.0, text="Reading and geoparsing…")
            reports = []
            try:
                if items:
                    reports.append(
                        news.ingest_items(
                            items,
                            store_url=URL,
                            progress=lambda d, t: bar.progress(news.fraction(d, t)),
                        )
                    )
                if pages_in or feeds_in:
                    reports.append(
                        news.ingest_paths(
                            pages_in,
                            feeds=feeds_in,
                            store_url=URL,
                            progress=lambda d, t: bar.progress(news.fraction(d, t)),
                        )
                    )
            except GeodataError as err:
                st.error(f"Adding news failed: {err}")
            bar.empty()
            for report in reports:
                summary, failed = news.report_text(report)
                (st.warning if failed else st.success)(summary)
                for origin, reason in failed:
                    st.error(f"`{origin}`: {reason}")
            if reports and any(r.new or r.updated for r in reports):
                st.session_state["added_notice"] = [news.report_text(r)[0] for r in reports]
                st.rerun()
    for line in st.session_state.pop("added_notice", []):
        st.success(f"Added: {line}. The map and the list show the new articles.")

if section == "Failures":
    failures = get_store(URL).failures(limit=50)
    if failures:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "when": f.recorded_at,
                        "input": f.failure.origin,
                        "stage": f.failure.stage,
                        "reason": f.failure.reason,
                    }
                    for f in failures
                ]
            ),
            hide_index=True,
        )
    else:
        st.write("No failed inputs recorded.")
