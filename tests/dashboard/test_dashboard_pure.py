"""Pure dashboard modules: URL state, map building, escaping, query helpers. No Streamlit, no browser."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import folium
import folium.plugins
import pytest
from shapely.geometry import box

from dashboard import maps, news, queries, render
from dashboard.state import (
    MapView,
    ViewState,
    clicked_region,
    params_as_lists,
    state_from_params,
    state_to_params,
    without_map_view,
)
from geodata.errors import ConfigurationError
from geodata.model import Place
from geodata.store.base import ArticleSummary, Facets, Filters, StoredMention

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>"


# -- URL state -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "view",
    [
        ViewState(),
        ViewState(filters=Filters(region="MX-SIN")),
        ViewState(
            filters=Filters(
                region="MX",
                since=date(2025, 1, 1),
                until=date(2025, 11, 5),
                languages=("de", "es"),
                sources=("Fuente, con coma", "Quelle & Co"),
                query="Kartell Grenze",
                kinds=("literal", "demonym"),
                min_score=0.35,
            ),
            article="abc123",
            heat=True,
            tiles=True,
            map_view=MapView(lat=24.5, lon=-107.25, zoom=6),
        ),
    ],
)
def test_state_round_trips_through_query_params(view: ViewState) -> None:
    params = state_to_params(view)
    assert state_from_params(params_as_lists(params)) == view


def test_default_state_has_an_empty_url() -> None:
    assert state_to_params(ViewState()) == {}


def test_malformed_params_fall_back_per_field() -> None:
    view = state_from_params(
        {"since": ["2025-13-40"], "min_score": ["nan"], "kind": ["bogus"], "region": ["mx-sin"]}
    )
    assert view.filters.since is None
    assert view.filters.min_score == 0.0
    assert view.filters.kinds == ("literal",)
    assert view.filters.region == "MX-SIN"


@pytest.mark.parametrize(
    "params",
    [
        {"lat": ["24.5"], "lon": ["-107.25"]},  # no zoom
        {"lat": ["95"], "lon": ["0"], "zoom": ["3"]},
        {"lat": ["10"], "lon": ["-190"], "zoom": ["3"]},
        {"lat": ["10"], "lon": ["0"], "zoom": ["30"]},
        {"lat": ["10"], "lon": ["0"], "zoom": ["2.5"]},
        {"lat": ["north"], "lon": ["0"], "zoom": ["3"]},
    ],
)
def test_a_map_view_needs_all_three_valid_values(params: dict[str, list[str]]) -> None:
    assert state_from_params({**params, "region": ["MX"]}) == ViewState(filters=Filters(region="MX"))


def test_the_map_view_is_the_browsers_to_keep() -> None:
    view = state_from_params({"lat": ["24.50001"], "lon": ["-107.2"], "zoom": ["6"]})
    assert view.map_view == MapView(lat=24.50001, lon=-107.2, zoom=6)
    params = state_to_params(view)
    assert (params["lat"], params["lon"], params["zoom"]) == ("24.5000", "-107.2000", "6")
    assert without_map_view({**params, "region": "MX"}) == {"region": "MX"}
    # The map writes its view into the page's URL and links, leaving the home view out.
    fmap = maps.base_map(lat=24.5, lon=-107.2, zoom=6)
    html = fmap.get_root().render()
    assert "history.replaceState" in html
    assert '"lat":"20.0000","lon":"0.0000","zoom":"2"' in html  # the home view
    assert "center: [24.5, -107.2]" in html
    assert '"zoom": 6,' in html


def test_swapped_dates_are_put_in_order() -> None:
    view = state_from_params({"since": ["2025-11-05"], "until": ["2025-01-01"]})
    assert (view.filters.since, view.filters.until) == (date(2025, 1, 1), date(2025, 11, 5))


def test_toggled_region_selects_then_clears() -> None:
    view = ViewState().toggled_region("MX-SIN")
    assert view.filters.region == "MX-SIN"
    assert view.toggled_region("MX-SON").filters.region == "MX-SON"
    assert view.toggled_region("MX-SIN").filters.region is None


def test_clicked_region_counts_each_click_once() -> None:
    def feature(code: str, clicks: int) -> dict:
        return {"properties": {"code": code, "clicks": clicks}}

    code, last = clicked_region(feature("MX-SIN", 1), None)
    assert (code, last) == ("MX-SIN", ("MX-SIN", 1))
    assert clicked_region(feature("MX-SIN", 1), last) == (None, last)  # a rerun, not a click
    assert clicked_region(feature("MX-SIN", 2), last)[0] == "MX-SIN"  # clicked again
    assert clicked_region({"properties": {"place_id": "1"}}, last) == (None, last)  # a marker
    assert clicked_region(None, last) == (None, None)  # the map was remounted


# -- assets ----------------------------------------------------------------------------------------
def test_localize_points_every_asset_at_static_files() -> None:
    fmap = maps.base_map()
    group = maps.places_layer([])
    heat = maps.heat_layer(
        [maps.PlaceMarker("p", "P", 1.0, 2.0, articles=3, mentions=3)]
    )
    for element in (fmap, group, heat):
        for node in maps._walk(element):
            for _, url in [*getattr(node, "default_js", []), *getattr(node, "default_css", [])]:
                assert url.startswith("/app/static/vendor/"), url
    html = fmap.get_root().render()
    assert "cdn." not in html
    assert "bootstrap" not in html


def test_asset_bundle_joins_the_vendored_files_with_their_licence_headers() -> None:
    bundle = maps.asset_bundle()
    starts = []
    for path, licence in maps.BUNDLE_SCRIPTS:
        assert (maps.VENDOR_DIR / licence).is_file(), licence
        text = (maps.VENDOR_DIR / path).read_text(encoding="utf-8")
        body = text.split("//# sourceMappingURL=")[0].rstrip()
        assert body in bundle.script, path  # whole, with its own copyright header
        starts.append(bundle.script.index(f"vendor/{path} (licence: vendor/{licence})"))
    assert starts == sorted(starts)  # Leaflet before the plugins that extend it
    assert "sourceMappingURL" not in bundle.script
    # Leaflet's images resolve from where the stylesheet is served (static/cache/).
    images = re.findall(r"url\((\.\./vendor/[^)]+)\)", bundle.style)
    assert images
    for image in images:
        assert (maps.VENDOR_DIR.parent / "cache" / image).resolve().is_file(), image
    for path, _licence in maps.BUNDLE_STYLES:
        assert f"vendor/{path}" in bundle.style


def test_asset_bundle_names_a_missing_vendored_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"leaflet\.js"):
        maps.asset_bundle(tmp_path)


def test_a_bundled_map_loads_one_script_and_one_stylesheet() -> None:
    urls = ("/app/static/cache/vendor-1.js", "/app/static/cache/vendor-1.css")
    fmap = maps.base_map(bundle_urls=urls)
    marker = maps.PlaceMarker("p", "P", 1.0, 2.0, articles=3, mentions=3)
    for layer in (maps.places_layer([marker], bundled=True), maps.heat_layer([marker], bundled=True)):
        layer.add_to(fmap)
    js = [u for node in maps._walk(fmap) for _, u in getattr(node, "default_js", [])]
    css = [u for node in maps._walk(fmap) for _, u in getattr(node, "default_css", [])]
    assert js == [urls[0]]
    assert css == [urls[1]]
    # Without the bundle the same layers name the vendored files.
    layer = maps.places_layer([marker])
    unbundled = [u for node in maps._walk(layer) for _, u in getattr(node, "default_js", [])]
    assert unbundled == ["/app/static/vendor/leaflet.markercluster/leaflet.markercluster.js"]


def test_localize_refuses_an_unvendored_plugin() -> None:
    fmap = folium.Map(tiles=None)
    folium.plugins.Fullscreen().add_to(fmap)
    with pytest.raises(ConfigurationError, match="not vendored"):
        maps.localize(fmap)


def test_map_has_max_zoom_without_tiles() -> None:
    fmap = maps.base_map()
    assert fmap.options["maxZoom"] == 14
    assert not any(isinstance(c, folium.TileLayer) for c in fmap._children.values())
    assert any(isinstance(c, folium.TileLayer) for c in maps.base_map(tiles=True)._children.values())


# -- regions ---------------------------------------------------------------------------------------
def shape(code: str, level: str, x: float) -> maps.Shape:
    geometry = maps.compact_geometry(box(x, 0, x + 1, 1), tolerance=0.01)
    assert geometry is not None
    return maps.Shape(code, f"Name {code}", level, code.split("-")[0], geometry)


def test_region_styles_shade_by_count() -> None:
    styles = maps.region_styles(
        country_counts={"MX": 3, "US": 1, "FR": 0},
        admin1_counts={"MX-SIN": 3, "MX-SON": 0},
        detail_countries=["MX"],
    )
    assert styles["MX-SIN"] == [maps.fill_color(3, 3), 0.85, 3]
    assert styles["US"] == [maps.fill_color(1, 3), 0.75, 1]
    assert styles["MX"][1] == 0.25  # lighter under its drawn states
    assert "FR" not in styles
    assert "MX-SON" not in styles


def test_regions_geojson_has_countries_and_detail_states_only() -> None:
    countries = [shape("MX", "country", 0), shape("US", "country", 5)]
    admin1 = [shape("MX-SIN", "admin1", 0), shape("US-TX", "admin1", 5)]
    data = json.loads(maps.regions_geojson(countries, admin1, detail_countries=["MX"]))
    props = {f["properties"]["code"]: f["properties"] for f in data["features"]}
    assert set(props) == {"MX", "US", "MX-SIN"}
    assert props["MX"]["detail"] is True
    assert props["US"]["detail"] is False
    assert data["features"][0]["geometry"]["type"] == "Polygon"


def test_regions_script_fetches_or_inlines_the_outlines() -> None:
    fetched = maps.regions_script(data_url="/app/static/cache/regions-1.json")
    assert 'fetch("/app/static/cache/regions-1.json")' in fetched
    inline = maps.regions_script(data='{"type":"FeatureCollection","features":[]}')
    assert 'Promise.resolve({"type":"FeatureCollection"' in inline
    with pytest.raises(ConfigurationError):
        maps.regions_script()


def test_publish_static_writes_once_by_content(tmp_path: Path) -> None:
    first = queries.publish_static("{}", tmp_path, prefix="regions")
    assert first is not None
    assert (tmp_path / first).read_text() == "{}"
    assert queries.publish_static("{}", tmp_path, prefix="regions") == first
    assert queries.publish_static("[]", tmp_path, prefix="regions") != first
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert queries.publish_static("{}", blocked / "sub", prefix="regions") is None


def test_regions_layer_outlines_the_selection() -> None:
    countries = [shape("MX", "country", 0)]
    admin1 = [shape("MX-SIN", "admin1", 0)]
    group = maps.regions_layer(
        countries, admin1, country_counts={"MX": 2}, admin1_counts={"MX-SIN": 2}, selected="MX-SIN"
    )
    shading = [c for c in group._children.values() if isinstance(c, maps.RegionShading)]
    assert shading[0].styles["MX-SIN"][2] == 2
    outlines = [c for c in group._children.values() if isinstance(c, folium.GeoJson)]
    props = outlines[0].data["features"][0]["properties"]
    assert props["selected"] is True
    assert props["style"]["color"] == maps.SELECTED_OUTLINE
    assert maps.regions_layer(countries, admin1, country_counts={}, admin1_counts={}, selected=None)


def test_region_tooltip_is_escaped() -> None:
    tip = maps.region_tip(EVIL, "XX-1", 2)
    assert "<script>" not in tip
    assert "<img" not in tip
    assert "&lt;script&gt;" in tip


def test_fill_colour_grows_with_count() -> None:
    colours = [maps.fill_color(n, 100) for n in (0, 1, 10, 100)]
    assert colours[0] == maps.EMPTY_FILL
    assert maps.PALETTE.index(colours[1]) < maps.PALETTE.index(colours[2]) < maps.PALETTE.index(colours[3])


def test_legend_names_the_busiest_count() -> None:
    legend = maps.legend_html(1234, 56)
    assert "countries 1,234" in legend
    assert "states 56" in legend
    assert all(colour in legend for colour in maps.PALETTE)


def test_compact_geometry_rounds_and_simplifies() -> None:
    text = maps.compact_geometry(box(0.123456, 0.987654, 1.5, 2.5), tolerance=0.01)
    assert text is not None
    geometry = json.loads(text)
    coords = [c for ring in geometry["coordinates"] for pt in ring for c in pt]
    assert all(round(c, 3) == c for c in coords)


# -- places ----------------------------------------------------------------------------------------
def popup_article(**changes: object) -> maps.PopupArticle:
    values: dict = {
        "article_id": "a1",
        "title": EVIL,
        "source": EVIL,
        "url": "javascript:alert(3)",
        "published": datetime(2025, 11, 5, tzinfo=UTC),
        "sentence": f"Before {EVIL} after",
        "highlight_start": 7,
        "highlight_end": 7 + len(EVIL),
    }
    values.update(changes)
    return maps.PopupArticle(**values)


def test_place_popup_escapes_everything_and_drops_script_urls() -> None:
    marker = maps.PlaceMarker("p1", EVIL, 10.0, 20.0, articles=5, mentions=7, popup_articles=(popup_article(),))
    popup = maps.place_popup(marker, app_url="/", params={"lang": "de"})
    assert "<script>" not in popup
    assert "<img" not in popup
    assert "javascript:" not in popup
    assert "<mark>&lt;script&gt;" in popup
    assert "href='/?lang=de&amp;article=a1'" in popup
    assert "+ 4 more" in popup


def test_place_popup_links_the_original_http_url() -> None:
    item = popup_article(title="Title", url="https://example.org/a?x=1&y=2")
    popup = maps.place_popup(maps.PlaceMarker("p", "P", 1, 2, 1, 1, popup_articles=(item,)))
    assert "href='https://example.org/a?x=1&amp;y=2'" in popup


@pytest.mark.parametrize(
    ("sentence", "start", "end", "expected"),
    [
        ("In Sinaloa heute", 3, 10, "In <mark>Sinaloa</mark> heute"),
        ("x" * 300, 150, 151, "…" + "x" * 90 + "<mark>x</mark>" + "x" * 90 + "…"),
        ("kurz", 10, 20, "kurz"),  # offsets outside the sentence: no highlight
    ],
)
def test_highlighted_snippet(sentence: str, start: int, end: int, expected: str) -> None:
    assert maps.highlighted_snippet(sentence, start, end) == expected


def test_places_layer_has_one_row_per_place_sized_by_articles() -> None:
    item = popup_article(title="T", url=None)
    markers = [
        maps.PlaceMarker("a", "A <b>", 1.0, 2.0, articles=1, mentions=1),
        maps.PlaceMarker("b", "B", 3.0, 4.0, articles=50, mentions=80, popup_articles=(item,)),
    ]
    group = maps.places_layer(markers)
    cluster = next(iter(group._children.values()))
    assert isinstance(cluster, maps.PlaceCluster)
    assert [row[7] for row in cluster.rows] == ["a", "b"]
    assert cluster.rows[0][2] < cluster.rows[1][2] == 18.0
    assert cluster.rows[0][3] == "A &lt;b&gt;"
    assert cluster.rows[0][6] is None
    assert "<ol" in cluster.rows[1][6]
    assert "\\u003c" in cluster.rows_json
    assert "<" not in cluster.rows_json


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/x", "https://example.org/x"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.org/x", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert maps.safe_url(url) == expected


# -- list and reader -------------------------------------------------------------------------------
def test_article_list_escapes_and_links_the_reader() -> None:
    row = ArticleSummary(
        id="id&1", title=EVIL, source=EVIL, url="javascript:x", published=None, language="de",
        place_names=(EVIL,),
    )
    html = render.article_list_html([row], params={"region": "MX"})
    assert "<script>" not in html
    assert "<img" not in html
    assert "javascript:" not in html
    assert "href='?region=MX&amp;article=id%261'" in html


def test_reader_highlights_each_mention_and_links_its_region() -> None:
    text = "Heute in Sinaloa und <b>Sonora</b>. Xyz blieb offen."
    sinaloa = Place("ne:MX-SIN", "Sinaloa", "admin1", 25.0, -107.5, "MX", "MX-SIN")
    mentions = [
        StoredMention("a", 9, 16, "Sinaloa", "literal", 0.9, sinaloa, text, 0),
        StoredMention("a", 24, 30, "Sonora", "literal", 0.8, None, text, 0),
        StoredMention("a", 36, 39, "Xyz", "literal", 0.1, None, text, 0),
        StoredMention("a", 10, 12, "in", "embedded", 0.1, sinaloa, text, 0),  # overlaps: skipped
    ]
    html = render.highlighted_text_html(text, mentions, params={"article": "a"})
    assert "href='?article=a&amp;region=MX-SIN'" in html
    assert ">Sinaloa</a>" in html
    assert "&lt;b&gt;<span" in html  # the article's own markup is text
    assert html.count("gd-mention") == 3


def test_mention_rows_report_how_each_was_resolved() -> None:
    sinaloa = Place("ne:MX-SIN", "Sinaloa", "admin1", 25.0, -107.5, "MX", "MX-SIN")
    rows = render.mention_rows([StoredMention("a", 0, 7, "Sinaloa", "literal", 0.91234, sinaloa, "", 0)])
    assert rows == [
        {
            "text": "Sinaloa", "place": "Sinaloa", "feature": "admin1", "region": "MX-SIN",
            "kind": "literal", "score": 0.912, "lat": 25.0, "lon": -107.5, "place id": "ne:MX-SIN",
        }
    ]


# -- query helpers ---------------------------------------------------------------------------------
def shapes() -> queries.Shapes:
    countries = (shape("MX", "country", 0), shape("US", "country", 5))
    admin1 = (shape("MX-SIN", "admin1", 0), shape("US-TX", "admin1", 5))
    names = {"MX": "Mexico", "US": "United States", "MX-SIN": "Sinaloa", "US-TX": "Texas"}
    return queries.Shapes(countries, admin1, names, {"MX": 100, "US": 500})


def test_region_options_nest_admin1_under_countries() -> None:
    facets = Facets(countries=(("MX", 2), ("US", 1)), admin1=(("MX-SIN", 2), ("US-TX", 1)))
    options = queries.region_options(facets, shapes(), current="DE-BE")
    assert [o.code for o in options] == ["MX", "MX-SIN", "US", "US-TX", "DE-BE"]
    assert options[1].label == "Mexico › Sinaloa (2)"
    assert options[-1].articles == 0


def test_detail_countries_respect_the_byte_budget() -> None:
    counts = {"MX-SIN": 5, "US-TX": 9}
    assert queries.detail_countries(shapes(), counts, budget=10_000) == ("MX", "US")
    assert queries.detail_countries(shapes(), counts, selected="MX-SIN", budget=10_000) == (
        "MX",
        "US",
    )
    assert queries.detail_countries(shapes(), counts, budget=200) == ("MX",)
    assert queries.detail_countries(shapes(), counts, selected="US-TX", budget=200) == ("US",)


def test_map_credits_its_data_sources() -> None:
    from dashboard import maps

    html = maps.base_map().get_root().render()
    assert "attributionControl.addAttribution" in html
    assert "GeoNames (CC BY 4.0)" in html
    assert "Natural Earth" in html


def test_sample_files_are_what_an_ingest_reads(tmp_path) -> None:
    from dashboard import news

    (tmp_path / "README.md").write_text("# about this folder\n", encoding="utf-8")
    (tmp_path / "story.md").write_text("Text in Madrid.\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    assert [p.name for p in news.sample_files(tmp_path)] == ["story.md"]


def test_two_pasted_texts_are_two_articles() -> None:
    from dashboard import news

    first = news.read_pasted("Heavy rain fell on Lisbon on Monday, flooding streets.")
    second = news.read_pasted("A new bridge opened in Porto on Tuesday, officials said.")
    again = news.read_pasted("Heavy rain fell on Lisbon on Monday, flooding streets.")
    assert first[0].id != second[0].id
    assert first[0].id == again[0].id


def test_heat_plugin_is_loaded_with_the_map_even_when_heat_is_off() -> None:
    # A mounted map loads no new scripts, so the heat toggle only works if the plugin came with it:
    # before the map when the page opens with heat on, in the background after it otherwise.
    from dashboard import maps

    url = maps.asset_urls()["leaflet-heat.js"]
    js = dict(maps.base_map(heat=True).default_js)
    assert js["leaflet-heat.js"] == url
    assert all(u.startswith(maps.STATIC_URL) for u in js.values())
    later = maps.base_map()
    assert "leaflet-heat.js" not in dict(later.default_js)
    assert f"s.src = {json.dumps(url)}" in later.get_root().render()
    # Nothing on the map uses jQuery: the component need not load it before drawing.
    assert "jquery" not in dict(later.default_js)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://a.example/x\n\n  http://b.example/y  \n", ["https://a.example/x", "http://b.example/y"]),
        ("https://a.example/x https://b.example/y", ["https://a.example/x", "https://b.example/y"]),
        ("https://a.example/x, https://b.example/y;", ["https://a.example/x", "https://b.example/y"]),
        ("https://a.example/two words.html", ["https://a.example/two words.html"]),
        ("example.org/news https://b.example/y", ["example.org/news https://b.example/y"]),
        ("   \n\t\n", []),
    ],
)
def test_url_box_splits_between_urls_not_inside_one(text: str, expected: list[str]) -> None:
    assert news.split_urls(text) == expected


def test_each_bad_url_is_named_with_its_reason() -> None:
    entries = news.split_urls(
        "https://ok.example/a\nhttps://a.example/two words.html\nftp://x.example/f\nhttps://\n"
    )
    assert news.bad_urls(entries) == [
        "https://a.example/two words.html",
        "ftp://x.example/f",
        "https://",
    ]
    assert news.url_problem("https://ok.example/a") is None
    assert "space inside" in (news.url_problem("https://a.example/two words.html") or "")
    assert "http:// or https://" in (news.url_problem("ftp://x.example/f") or "")
    assert "no host" in (news.url_problem("https://") or "")
    assert "not a valid URL" in (news.url_problem("http://[::1") or "")


def test_article_list_columns_are_spaced_and_named_in_full() -> None:
    row = ArticleSummary("a1", "Title", "Source", None, None, "de", ("Sinaloa",))
    html = render.article_list_html([row], params={})
    assert "<th>Language</th><th>Places</th>" in html
    assert ".gd-list th, .gd-list td {padding:" in html


def test_clusters_let_clicks_through_to_regions_at_overview_zoom() -> None:
    fmap = maps.base_map()
    maps.places_layer(
        [maps.PlaceMarker("p1", "Culiacán", 24.8, -107.4, 3, 4)], static_url=maps.STATIC_URL
    ).add_to(fmap)
    html = fmap.get_root().render()
    assert ".gd-overview .gd-cluster{pointer-events:none}" in html
    assert f"map.getZoom() <= {maps.OVERVIEW_ZOOM}" in html
    assert 'className: "gd-cluster"' in html


def test_reader_key_names_every_kind_with_its_colour() -> None:
    key = render.kinds_key_html()
    for kind, colour in render.KIND_COLOURS.items():
        assert f"background:{colour}" in key
        assert kind in key
