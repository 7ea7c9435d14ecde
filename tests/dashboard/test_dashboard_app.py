"""The dashboard script without a browser: Streamlit's AppTest on the hand-written test store."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from dashboard_store import FIRST_ID, PAYLOAD_ID, SPANISH_ID
from streamlit.testing.v1 import AppTest

from dashboard import news

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")
FIRST_TITLE = "Testbericht: Einsätze in Sinaloa, Sonora und Tamaulipas"
SPANISH_TITLE = "Informe de prueba sobre Medellín"


@pytest.fixture
def app(store_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    monkeypatch.setenv("GEODATA_DB", store_url)
    monkeypatch.setenv("GEODATA_HOME", str(tmp_path))
    return AppTest.from_file(APP, default_timeout=120)


def map_args(at: AppTest) -> dict[str, Any]:
    components = at.get("component_instance")
    assert len(components) == 1, f"expected one map component, got {len(components)}"
    return json.loads(components[0].proto.json_args)


def region_articles(args: dict[str, Any]) -> dict[str, int]:
    """Articles per region code as the map shades them (the styles sent with the layers)."""
    match = re.search(r"var styles = (\{.*?\});\n", args["feature_group"])
    assert match, "no region shading in the map"
    return {code: style[2] for code, style in json.loads(match.group(1)).items()}


def outline_codes(args: dict[str, Any]) -> set[str]:
    """Codes of every region outline drawn with the map (from the static file it fetches)."""
    match = re.search(r'fetch\("/app/static/(cache/regions-[0-9a-f]+\.json)"\)', args["script"])
    assert match, "the map does not fetch its outlines"
    data = json.loads((Path(APP).parent / "static" / match.group(1)).read_text(encoding="utf-8"))
    return {feature["properties"]["code"] for feature in data["features"]}


def marker_rows(args: dict[str, Any]) -> list[list[Any]]:
    match = re.search(r"var rows = (\[.*?\]);\n", args["feature_group"], re.DOTALL)
    assert match, "no marker data in the map"
    return json.loads(match.group(1))


def list_html(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html") if "gd-list" in h.proto.body or "gd-empty" in h.proto.body)


def param(at: AppTest, key: str) -> list[str]:
    """A query parameter of the app's URL as a list of values."""
    value = at.query_params.get(key)
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def titles(at: AppTest) -> list[str]:
    import html

    return [html.unescape(t) for t in re.findall(r"class='gd-open'[^>]*>([^<]*)</a>", list_html(at))]


def test_default_view_lists_every_article_and_shades_their_regions(app: AppTest) -> None:
    at = app.run()
    assert not at.exception
    assert at.subheader[0].value == "All regions: 4 articles"
    assert titles(at)[0] == FIRST_TITLE
    assert len(titles(at)) == 4
    args = map_args(at)
    assert region_articles(args) == {
        "MX": 1, "MX-SIN": 1, "MX-SON": 1, "MX-TAM": 1, "CO": 1, "CO-ANT": 1,
        "US": 1, "US-TX": 1, "DE": 1, "DE-BE": 1,
    }
    assert {"MX-SIN", "MX-SON", "MX", "DE", "FR"} <= outline_codes(args)
    # One marker per place, aggregated: Sinaloa appears once with its article count.
    rows = marker_rows(args)
    ids = [row[7] for row in rows]
    assert len(ids) == len(set(ids))
    assert "ne:MX-SIN" in ids
    # The other sections are sent only when chosen: a first visit loads no chart code.
    assert at.get("vega_lite_chart") == []
    assert at.get("download_button") == []
    # The timeline of the selection is drawn (articles per day).
    at.session_state["w_section"] = "Timeline"
    at.run()
    assert len(at.get("vega_lite_chart")) == 1
    assert list_html(at) == ""


def test_every_asset_of_the_map_is_local(app: AppTest) -> None:
    loaded = re.compile(r"""(?:src|@import|url\()\s*=?\s*["']?https?://""", re.IGNORECASE)
    at = app.run()
    at.sidebar.toggle[0].set_value(True).run()  # heat layer: one more plugin
    args = map_args(at)
    links = args["js_links"] + args["css_links"]
    # Leaflet and its plugins come as one script and one stylesheet built from the vendored files.
    scripts = [link for link in args["js_links"] if link.startswith("/app/static/cache/vendor-")]
    assert args["js_links"] == scripts, args["js_links"]
    assert scripts[0].endswith(".js")
    assert any(link.startswith("/app/static/cache/vendor-") for link in args["css_links"])
    assert all(link.startswith(("/app/static/vendor/", "/app/static/cache/")) for link in links), links
    for link in links:
        assert (Path(APP).parent / link.removeprefix("/app/")).is_file(), link
    bundle = (Path(APP).parent / scripts[0].removeprefix("/app/")).read_text(encoding="utf-8")
    for vendored in ("leaflet.js", "leaflet.markercluster.js", "leaflet-heat.js"):
        assert f"/{vendored} (licence: vendor/" in bundle
    assert not loaded.search(bundle)
    for part in ("script", "header", "html", "feature_group"):
        assert not loaded.search(args[part] or ""), f"{part} loads from another host"


def test_language_filter_changes_map_list_and_url(app: AppTest) -> None:
    at = app.run()
    at.sidebar.multiselect(key="w_lang").set_value(["es"]).run()
    assert at.subheader[0].value == "All regions: 1 article"
    assert titles(at) == [SPANISH_TITLE]
    args = map_args(at)
    assert region_articles(args) == {"CO": 1, "CO-ANT": 1}
    assert [row[7] for row in marker_rows(args)] == ["3674962"]
    assert param(at, "lang") == ["es"]


def test_filters_combine_and_map_and_list_counts_agree(app: AppTest) -> None:
    at = app.run()
    at.sidebar.multiselect(key="w_lang").set_value(["de", "es"]).run()
    at.sidebar.text_input(key="w_query").set_value("Einsätze").run()
    assert titles(at) == [FIRST_TITLE]
    assert region_articles(map_args(at)) == {"MX": 1, "MX-SIN": 1, "MX-SON": 1, "MX-TAM": 1}
    # Selecting a region: the list's count equals the region's count on the map.
    shaded = region_articles(map_args(at))
    at.sidebar.selectbox(key="w_region").set_value("MX-SON").run()
    assert at.subheader[0].value == f"Sonora: {shaded['MX-SON']} article"
    assert titles(at) == [FIRST_TITLE]


def test_mention_kind_and_confidence_filters(app: AppTest) -> None:
    at = app.run()
    at.sidebar.selectbox(key="w_region").set_value("MX").run()
    assert titles(at) == [FIRST_TITLE]
    # Demonyms only: "Mexikanische" still points at Mexico.
    at.sidebar.multiselect(key="w_kinds").set_value(["demonym"]).run()
    assert titles(at) == [FIRST_TITLE]
    assert param(at, "kind") == ["demonym"]
    # Above every mention's score (0.9 in the test store) nothing is left in the region.
    at.sidebar.slider(key="w_min_score").set_value(0.95).run()
    assert titles(at) == []
    assert at.subheader[0].value == "Mexico: 0 articles"


def test_mention_filters_narrow_the_list_without_a_region(app: AppTest) -> None:
    at = app.run()
    assert len(titles(at)) == 4
    # Only the first article has a demonym ("Mexikanische"): the list, its count and the map agree.
    at.sidebar.multiselect(key="w_kinds").set_value(["demonym"]).run()
    assert titles(at) == [FIRST_TITLE]
    assert at.subheader[0].value == "All regions: 1 article"
    assert region_articles(map_args(at)) == {"MX": 1}
    # Above every mention's score (0.9 in the test store) no article is left anywhere.
    at.sidebar.multiselect(key="w_kinds").set_value(["literal"]).run()
    at.sidebar.slider(key="w_min_score").set_value(0.95).run()
    assert titles(at) == []
    assert at.subheader[0].value == "All regions: 0 articles"
    assert region_articles(map_args(at)) == {}


def test_query_params_restore_the_view(app: AppTest) -> None:
    app.query_params.update({"region": "MX-SIN", "lang": "de", "since": "2025-11-01", "article": FIRST_ID})
    at = app.run()
    assert at.sidebar.selectbox(key="w_region").value == "MX-SIN"
    assert at.sidebar.multiselect(key="w_lang").value == ["de"]
    assert str(at.sidebar.date_input(key="w_since").value) == "2025-11-01"
    assert at.subheader[0].value == "Sinaloa: 1 article"
    reader = [h.proto.body for h in at.get("html") if "gd-reader" in h.proto.body]
    assert reader
    assert "Sinaloa</a>" in reader[0]
    # The view is written back unchanged.
    assert param(at, "region") == ["MX-SIN"]
    assert param(at, "article") == [FIRST_ID]


def test_malformed_query_params_fall_back_to_defaults(app: AppTest) -> None:
    app.query_params.update({"since": "yesterday", "min_score": "lots", "kind": "bogus"})
    at = app.run()
    assert not at.exception
    assert at.subheader[0].value == "All regions: 4 articles"


def fake_st_folium(clicks: int, code: str | None) -> Any:
    """st_folium as a click on a region (``code``) or a place marker (None) leaves it."""

    def st_folium(*args: Any, **kwargs: Any) -> dict[str, Any]:
        if code:
            properties: dict[str, Any] = {"code": code, "name": code, "articles": 1, "clicks": clicks}
        else:
            properties = {"place_id": "3996063"}
        return {"last_active_drawing": {"type": "Feature", "properties": properties, "geometry": None}}

    return st_folium


def test_simulated_region_click_selects_and_second_click_clears(app: AppTest) -> None:
    at = app.run()
    with mock.patch("streamlit_folium.st_folium", fake_st_folium(1, "MX-SIN")):
        at.run()
    assert at.sidebar.selectbox(key="w_region").value == "MX-SIN"
    assert at.subheader[0].value == "Sinaloa: 1 article"
    assert titles(at) == [FIRST_TITLE]
    # The same answer again (a rerun, not a new click) changes nothing.
    with mock.patch("streamlit_folium.st_folium", fake_st_folium(1, "MX-SIN")):
        at.run()
    assert at.sidebar.selectbox(key="w_region").value == "MX-SIN"
    # A second click on the selected region clears it.
    with mock.patch("streamlit_folium.st_folium", fake_st_folium(2, "MX-SIN")):
        at.run()
    assert at.sidebar.selectbox(key="w_region").value == ""
    assert at.subheader[0].value == "All regions: 4 articles"
    # A click on a marker (no region code) leaves the filter alone.
    with mock.patch("streamlit_folium.st_folium", fake_st_folium(3, None)):
        at.run()
    assert at.sidebar.selectbox(key="w_region").value == ""


def test_reader_escapes_payloads(app: AppTest) -> None:
    app.query_params["article"] = PAYLOAD_ID
    at = app.run()
    bodies = "\n".join(h.proto.body for h in at.get("html"))
    assert "<script>" not in bodies
    assert "<img" not in bodies
    assert "&lt;script&gt;" in bodies
    args = map_args(at)
    rows = marker_rows(args)
    assert any("&lt;img" in row[3] for row in rows)
    for row in rows:
        assert "<img" not in row[3]
        assert row[6] is None or "<img" not in row[6]


def test_export_buttons_give_the_current_selection(app: AppTest) -> None:
    at = app.run()
    at.sidebar.multiselect(key="w_lang").set_value(["es"]).run()
    at.session_state["w_section"] = "Export"
    at.run()
    assert len(at.get("download_button")) == 2
    # The buttons call queries.export_bytes with the current filters; check that directly.
    from dashboard import queries
    from geodata.store import Filters, open_store

    with open_store() as store:  # GEODATA_DB, as the app reads it
        data = queries.export_bytes(store, Filters(languages=("es",)), fmt="geojson")
    geo = json.loads(data)
    assert {f["properties"]["article_id"] for f in geo["features"]} == {SPANISH_ID}


@pytest.mark.slow
def test_first_start_on_an_empty_store_ingests_the_samples(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from geodata.config import ARTICLES_DIR
    from geodata.store import Filters, open_store

    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    monkeypatch.setenv("GEODATA_DB", url)
    monkeypatch.setenv("GEODATA_HOME", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=300).run()
    assert not at.exception
    assert not at.error
    # Every Markdown article of the folder; its README describes the formats and is no article.
    samples = [p for p in ARTICLES_DIR.iterdir() if p.suffix == ".md" and p.name != "README.md"]
    assert any(s.value.startswith("Sample articles ingested: new ") for s in at.success)
    with open_store(url) as store:
        assert store.count_articles() == len(samples)
        sinaloa = store.articles(Filters(region="MX-SIN"))
    assert any(a.published and a.published.date().isoformat() == "2025-11-05" for a in sinaloa)
    assert at.subheader[0].value == f"All regions: {len(samples)} articles"
    # A second session finds the store filled and ingests nothing.
    again = AppTest.from_file(APP, default_timeout=120).run()
    assert not again.success


def test_unusable_store_url_is_explained_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("GEODATA_DB", "mysql://nobody@127.0.0.1/none")
    monkeypatch.setenv("GEODATA_HOME", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "cannot be opened" in at.error[0].value
    assert "GEODATA_DB" in at.info[0].value


def test_online_tiles_are_an_option_and_off_by_default(app: AppTest) -> None:
    at = app.run()
    assert "tile.openstreetmap.org" not in map_args(at)["script"]
    at.sidebar.toggle(key="w_tiles").set_value(True).run()
    args = map_args(at)
    assert "tile.openstreetmap.org" in args["script"]
    assert all(link.startswith("/app/static/") for link in args["js_links"] + args["css_links"])
    assert param(at, "tiles") == ["1"]


@pytest.mark.slow
def test_adding_a_page_url_from_the_browser_form(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import http.server
    import threading

    from dashboard_store import fill_store

    from geodata.store import Filters, open_store

    page = (
        "<html><head><title>Seitentest aus Jalisco</title></head><body><article>"
        "<h1>Seitentest aus Jalisco</h1><p>In Guadalajara, der Hauptstadt von Jalisco, wurde am "
        "Montag ein neues Stadion eröffnet. Die Stadtverwaltung von Guadalajara sprach von einem "
        "großen Tag für die Region.</p></article></body></html>"
    ).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:  # keep the test output clean
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"sqlite:///{tmp_path / 'own.sqlite'}"
        fill_store(url)
        monkeypatch.setenv("GEODATA_DB", url)
        monkeypatch.setenv("GEODATA_HOME", str(tmp_path))
        at = AppTest.from_file(APP, default_timeout=300).run()
        at.session_state["w_section"] = "Add news"
        at.run()
        page_url = f"http://127.0.0.1:{server.server_address[1]}/jalisco.html"
        [box] = [t for t in at.text_area if t.label.startswith("Or page URLs")]
        box.input(page_url)
        [submit] = [b for b in at.button if b.label == "Add to the map"]
        submit.click().run()
        assert not at.exception
        assert any("new 1" in s.value for s in at.success), [s.value for s in at.success]
        assert at.subheader[0].value == "All regions: 5 articles"
        assert region_articles(map_args(at)).get("MX-JAL") == 1
        with open_store(url) as store:
            assert [a.title for a in store.articles(Filters(region="MX-JAL"))] == ["Seitentest aus Jalisco"]
        # A URL that is not a web address is refused before anything is fetched.
        [box] = [t for t in at.text_area if t.label.startswith("Or page URLs")]
        box.input("file:///etc/passwd")
        [submit] = [b for b in at.button if b.label == "Add to the map"]
        submit.click().run()
        assert any("is not a web address" in e.value for e in at.error)
        # A URL with a space inside is one bad entry named whole, not two broken halves.
        spaced = f"http://127.0.0.1:{server.server_address[1]}/two words.html"
        [box] = [t for t in at.text_area if t.label.startswith("Or page URLs")]
        box.input(spaced)
        [submit] = [b for b in at.button if b.label == "Add to the map"]
        submit.click().run()
        assert [e.value for e in at.error] == [f"`{spaced}` {news.url_problem(spaced)}."]
        assert "space inside" in at.error[0].value
    finally:
        server.shutdown()
        server.server_close()


def test_source_and_date_range_filters(app: AppTest) -> None:
    from datetime import date

    at = app.run()
    at.sidebar.multiselect(key="w_source").set_value(["Source EN", "Fuente ES"]).run()
    assert sorted(titles(at)) == sorted([SPANISH_TITLE, "Test report from Houston"])
    at.sidebar.date_input(key="w_until").set_value(date(2025, 9, 30)).run()
    assert titles(at) == ["Test report from Houston"]
    assert region_articles(map_args(at)) == {"US": 1, "US-TX": 1}
    assert param(at, "until") == ["2025-09-30"]
    assert param(at, "source") == ["Source EN", "Fuente ES"]


def test_the_launcher_fills_the_caches_the_first_page_reads(
    store_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from dashboard import cache, queries

    monkeypatch.setenv("GEODATA_DB", store_url)
    monkeypatch.setenv("GEODATA_HOME", str(tmp_path))
    cache.warm(store_url)
    # The first page of the default view asks the store nothing the warm-up did not compute.
    refuse = mock.Mock(side_effect=AssertionError("the first page ran a query the warm-up skipped"))
    with (
        mock.patch.object(queries, "place_markers", refuse),
        mock.patch.object(queries, "region_counts", refuse),
        mock.patch.object(queries, "article_page", refuse),
    ):
        at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert at.subheader[0].value == "All regions: 4 articles"
    refuse.assert_not_called()
