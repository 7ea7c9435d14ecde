"""The dashboard in a real headless Chromium: offline map, region click, filters, upload, safety."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from dashboard_store import PAYLOAD_FLAG, PAYLOAD_ID, SPANISH_ID

pytestmark = pytest.mark.browser

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
TIMEOUT_MS = 30_000


class Session:
    """One page on the app, recording every request, failed request, page error and dialog."""

    def __init__(self, browser: Any, base_url: str) -> None:
        self.base_url = base_url
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfailed", lambda r: self.failed.append(f"{r.url} {r.failure}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.sent: list[int] = []  # sizes of the messages the page sent to the app (reruns)
        self.page.on(
            "websocket", lambda ws: ws.on("framesent", lambda payload: self.sent.append(len(payload)))
        )

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, query: str = "") -> None:
        self.page.goto(self.base_url + query)
        self.wait_idle()
        self.page.frame_locator(MAP_FRAME).locator(".leaflet-container").wait_for(timeout=TIMEOUT_MS)
        self.wait_layers()

    def wait_idle(self) -> None:
        page = self.page
        page.locator(
            "[data-testid=stApp][data-test-connection-state=CONNECTED]"
        ).wait_for(timeout=TIMEOUT_MS)
        page.wait_for_function(
            "() => { const app = document.querySelector('[data-testid=stApp]');"
            " return app && app.getAttribute('data-test-script-state') !== 'running'"
            " && !document.querySelector('[data-testid=stSkeleton]'); }",
            timeout=TIMEOUT_MS,
        )

    @property
    def frame(self) -> Any:
        for frame in self.page.frames:
            if "streamlit_folium" in frame.url:
                return frame
        raise AssertionError(f"no map frame among {[f.url for f in self.page.frames]}")

    def wait_layers(self) -> None:
        self.frame.wait_for_function(
            "() => window.map && window.feature_group && window.feature_group.length >= 2"
            " && window.gdRegions && window.gdShaded",
            timeout=TIMEOUT_MS,
        )

    def map_state(self) -> dict[str, Any]:
        """Places drawn (in the cluster) and regions with articles, read from Leaflet's layers."""
        return self.frame.evaluate(
            """() => {
                const out = {places: [], regions: {}};
                for (const group of window.feature_group.filter(g => map.hasLayer(g))) {
                    group.eachLayer(layer => {
                        if (layer instanceof L.MarkerClusterGroup) {
                            for (const m of layer.getLayers()) out.places.push(m.feature.properties.place_id);
                        }
                    });
                }
                window.gdRegions.eachLayer(f => {
                    const p = f.feature.properties;
                    if (p.articles > 0) out.regions[p.code] = p.articles;
                });
                return out;
            }"""
        )

    def list_titles(self) -> list[str]:
        return self.page.locator("a.gd-open").all_inner_texts()

    def screenshot(self, path: Path) -> None:
        self.page.screenshot(path=str(path), full_page=True)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def session(playwright_browser: Any, app_server: Any) -> Any:
    s = Session(playwright_browser, app_server.url)
    yield s
    s.close()


def off_host(requests: list[str]) -> list[str]:
    return [u for u in requests if urlsplit(u).hostname not in ("127.0.0.1",) and not u.startswith(("data:", "blob:", "about:"))]


def test_map_renders_offline_with_no_failed_request(session: Session, artifacts: Path) -> None:
    session.open()
    state = session.map_state()
    session.screenshot(artifacts / "dashboard_start.png")
    assert off_host(session.requests) == []
    assert session.failed == []
    assert session.errors == []
    assert set(state["regions"]) >= {"MX-SIN", "MX-SON", "MX-TAM", "CO-ANT", "US-TX"}
    assert len(state["places"]) >= 6
    # Leaflet and its plugins arrive as one script built from the vendored files.
    bundles = [u for u in session.requests if "/app/static/cache/vendor-" in u]
    assert len([u for u in bundles if u.endswith(".js")]) == 1, bundles
    assert not any("/app/static/vendor/leaflet/leaflet.js" in u for u in session.requests)


def click_latlon(session: Session, lat: float, lon: float) -> None:
    frame = session.frame
    point = frame.evaluate(f"() => map.latLngToContainerPoint([{lat}, {lon}])")
    frame.locator("#map_div").click(position={"x": point["x"], "y": point["y"]})


def test_click_sinaloa_lists_first_article_and_opens_reader(
    session: Session, browser_store: dict[str, str], artifacts: Path
) -> None:
    session.open()
    frame = session.frame
    frame.evaluate("() => { map.setView([25.5, -107.5], 6, {animate: false}); }")
    frame.wait_for_timeout(400)  # the canvas redraw after the view change
    click_latlon(session, 26.0, -108.3)
    session.page.get_by_text("Sinaloa: 2 articles").wait_for(timeout=TIMEOUT_MS)
    session.wait_idle()
    region_box = session.page.locator("[data-testid=stSelectbox]").first.locator("input")
    assert "Sinaloa" in region_box.input_value()
    # The sample article (geoparsed by the real pipeline) and the hand-written one, nothing else.
    assert sorted(session.list_titles()) == sorted(
        [browser_store["sample_title"], "Testbericht: Einsätze in Sinaloa, Sonora und Tamaulipas"]
    )
    assert session.page.evaluate("() => location.search").count("region=MX-SIN") == 1
    session.screenshot(artifacts / "dashboard_sinaloa.png")

    # The zoom survived the filter change (layers were swapped, the map was not remounted).
    assert session.frame.evaluate("() => map.getZoom()") == 6

    # A second click on the selected region clears the selection.
    click_latlon(session, 26.0, -108.3)
    session.page.get_by_text("All regions: 5 articles").wait_for(timeout=TIMEOUT_MS)

    # Sonora, then Tamaulipas, lead to the first sample article too.
    for lat, lon, name in ((28.5, -110.0, "Sonora"), (25.5, -98.5, "Tamaulipas")):
        session.frame.evaluate(f"() => {{ map.setView([{lat}, {lon}], 6, {{animate: false}}); }}")
        session.frame.wait_for_timeout(400)
        click_latlon(session, lat, lon)
        session.page.get_by_text(f"{name}: ").first.wait_for(timeout=TIMEOUT_MS)
        session.wait_idle()
        assert browser_store["sample_title"] in session.list_titles()

    # Back to Sinaloa, then open the sample article from the list.
    session.frame.evaluate("() => { map.setView([25.5, -107.5], 6, {animate: false}); }")
    session.frame.wait_for_timeout(400)
    click_latlon(session, 26.0, -108.3)
    session.page.get_by_text("Sinaloa: 2 articles").wait_for(timeout=TIMEOUT_MS)
    session.wait_idle()
    session.page.locator("a.gd-open", has_text=browser_store["sample_title"]).click()
    session.page.locator(".gd-reader").wait_for(timeout=TIMEOUT_MS)
    session.wait_idle()
    search = session.page.evaluate("() => location.search")
    assert f"article={browser_store['sample_id']}" in search
    # The link reloaded the page, and the map opens where the user left it: the view is in the URL.
    assert "zoom=6" in search
    assert "lat=25.5000" in search
    assert "lon=-107.5000" in search
    session.wait_layers()
    zoom, lat, lon = session.frame.evaluate(
        "() => [map.getZoom(), map.getCenter().lat, map.getCenter().lng]"
    )
    # Leaflet centres on whole pixels: at zoom 6 one pixel is about 0.02 degrees.
    assert (zoom, round(lat, 1), round(lon, 1)) == (6, 25.5, -107.5)
    reader = session.page.locator(".gd-reader")
    for name in ("Sinaloa", "Sonora", "Tamaulipas"):
        assert reader.locator("a.gd-mention", has_text=name).count() >= 1, name
    session.screenshot(artifacts / "dashboard_reader.png")
    assert session.errors == []


def test_sinaloa_is_clickable_at_the_opening_view(session: Session, artifacts: Path) -> None:
    session.open()
    frame = session.frame
    assert frame.evaluate("() => map.getZoom()") == 2
    # At world zoom Sinaloa is a dozen pixels wide and clusters of Mexico's places sit on and
    # around it: there they take no clicks, so a click on the state reaches the state.
    events = frame.evaluate(
        "() => [...document.querySelectorAll('.gd-cluster')].map(c => getComputedStyle(c).pointerEvents)"
    )
    assert events
    assert set(events) == {"none"}
    point = frame.evaluate("() => map.latLngToContainerPoint([25.0, -107.5])")
    frame.locator("#map_div").click(position={"x": point["x"], "y": point["y"]})
    session.page.get_by_text("Sinaloa: 2 articles").wait_for(timeout=TIMEOUT_MS)
    session.wait_idle()
    assert "region=MX-SIN" in session.page.evaluate("() => location.search")
    assert frame.evaluate("() => map.getZoom()") == 2
    session.screenshot(artifacts / "dashboard_sinaloa_world.png")
    # Above the overview zooms, a click on a cluster opens it (zooms in) as usual.
    frame.evaluate("() => { map.setView([23.5, -102.0], 4, {animate: false}); }")
    frame.wait_for_function("() => !document.querySelector('.gd-overview')", timeout=TIMEOUT_MS)
    assert frame.evaluate(
        "() => getComputedStyle(document.querySelector('.gd-cluster') || document.body).pointerEvents"
    ) in ("auto", "visiblePainted")
    assert session.errors == []


def test_pan_and_zoom_do_not_rerun_the_app(session: Session) -> None:
    session.open()
    session.wait_idle()
    frame = session.frame
    before = len(session.sent)
    frame.evaluate("() => { map.setView([40.0, -3.7], 5, {animate: false}); }")
    frame.evaluate("() => { map.panBy([200, 120], {animate: false}); }")
    frame.evaluate("() => { map.zoomIn(1, {animate: false}); }")
    # The component reports map moves after a 250 ms debounce; give it four times that.
    frame.wait_for_timeout(1000)
    assert len(session.sent) == before
    assert frame.evaluate("() => map.getZoom()") == 6
    assert session.page.locator("[data-testid=stApp]").get_attribute("data-test-script-state") != "running"


def test_heat_layer_switched_on_after_the_map_is_drawn(session: Session) -> None:
    # The plugin is fetched in the background once the map is drawn (not before it).
    session.open()
    session.frame.wait_for_function("() => typeof L.heatLayer === 'function'", timeout=TIMEOUT_MS)
    session.page.locator("[data-testid=stSidebar]").get_by_text("Heat layer").click()
    session.frame.locator("canvas.leaflet-heatmap-layer").wait_for(timeout=TIMEOUT_MS)
    assert "heat=1" in session.page.evaluate("() => location.search")
    assert session.errors == []
    assert session.failed == []


def test_language_filter_changes_map_and_list(session: Session, artifacts: Path) -> None:
    session.open()
    before = session.map_state()
    page = session.page
    page.locator("[data-testid=stMultiSelect]").filter(has_text="Language").locator("input").click()
    page.get_by_role("option", name="es · Spanish (1)").click()
    page.keyboard.press("Escape")
    page.get_by_text("All regions: 1 article").wait_for(timeout=TIMEOUT_MS)
    session.wait_idle()
    session.frame.wait_for_function(
        "() => { let n = 0; window.feature_group.filter(g => map.hasLayer(g)).forEach(g => g.eachLayer(l => {"
        " if (l instanceof L.MarkerClusterGroup) n += l.getLayers().length; })); return n === 1; }",
        timeout=TIMEOUT_MS,
    )
    after = session.map_state()
    assert session.list_titles() == ["Informe de prueba sobre Medellín"]
    assert after["places"] == ["3674962"]
    assert after["regions"] == {"CO": 1, "CO-ANT": 1}
    assert len(before["places"]) > len(after["places"])
    assert "lang=es" in page.evaluate("() => location.search")
    session.screenshot(artifacts / "dashboard_spanish.png")


def test_date_filter_changes_map_and_list(session: Session) -> None:
    session.open()
    page = session.page
    page.get_by_role("spinbutton", name="year, From").click()
    page.keyboard.type("20251001")
    page.keyboard.press("Escape")  # close the calendar; leaving the field commits the date
    page.keyboard.press("Tab")
    page.get_by_text("All regions: 3 articles").wait_for(timeout=TIMEOUT_MS)
    session.wait_idle()
    titles = session.list_titles()
    assert "Informe de prueba sobre Medellín" in titles
    assert "Testbericht: Einsätze in Sinaloa, Sonora und Tamaulipas" in titles
    assert "Test report from Houston" not in titles
    regions = set(session.map_state()["regions"])
    assert {"MX-SIN", "CO-ANT"} <= regions
    assert "US-TX" not in regions
    assert "DE-BE" not in regions
    assert "since=2025-10-01" in page.evaluate("() => location.search")


def test_copied_link_restores_the_view(session: Session) -> None:
    session.open(f"?region=CO-ANT&lang=es&article={SPANISH_ID}")
    page = session.page
    page.get_by_text("Antioquia: 1 article").wait_for(timeout=TIMEOUT_MS)
    assert session.list_titles() == ["Informe de prueba sobre Medellín"]
    assert page.locator(".gd-reader").inner_text().startswith("Informe de prueba.")
    assert session.map_state()["places"] == ["3674962"]


def test_script_payloads_do_not_run(session: Session, artifacts: Path) -> None:
    session.open(f"?article={PAYLOAD_ID}")
    page = session.page
    page.locator(".gd-reader").wait_for(timeout=TIMEOUT_MS)
    # Hover and open the popup of the place whose name carries a payload.
    frame = session.frame
    frame.evaluate("() => { map.setView([52.52, 13.41], 9, {animate: false}); }")
    frame.wait_for_function(
        "() => { let found = null; window.feature_group.filter(g => map.hasLayer(g)).forEach(g => g.eachLayer(l => {"
        " if (l instanceof L.MarkerClusterGroup) l.getLayers().forEach(m => {"
        " if (m.feature.properties.place_id === 'test:evil') found = m; }); }));"
        " if (!found || !found._map) return false; found.openTooltip(); found.openPopup(); return true; }",
        timeout=TIMEOUT_MS,
    )
    frame.locator(".leaflet-popup-content").wait_for(timeout=TIMEOUT_MS)
    popup_text = frame.locator(".leaflet-popup-content").inner_text()
    assert "<img src=x" in popup_text  # shown as text, not parsed as markup
    # Hover a region tooltip too.
    point = frame.evaluate("() => map.latLngToContainerPoint([52.45, 13.3])")
    frame.locator("#map_div").hover(position={"x": point["x"], "y": point["y"]})
    session.screenshot(artifacts / "dashboard_payloads.png")
    assert page.locator("img[src=x]").count() == 0
    assert frame.locator("img[src=x]").count() == 0
    assert page.evaluate(f"() => window.{PAYLOAD_FLAG} === undefined")
    assert frame.evaluate(f"() => window.{PAYLOAD_FLAG} === undefined")
    assert session.dialogs == []
    assert "<script>" in page.locator(".gd-title").inner_text()
    # The javascript: URL of the payload article never becomes a link.
    assert page.locator("a[href^='javascript']").count() == 0
    assert frame.locator("a[href^='javascript']").count() == 0


def test_uploaded_article_appears_on_the_map(
    playwright_browser: Any, fresh_server: Any, tmp_path: Path, artifacts: Path
) -> None:
    server = fresh_server()
    s = Session(playwright_browser, server.url)
    try:
        s.open()
        before = s.map_state()
        assert "MX-JAL" not in before["regions"]
        upload = tmp_path / "guadalajara.txt"
        upload.write_text(
            "Hochladetest aus Jalisco\n\n"
            "In Guadalajara, der Hauptstadt von Jalisco, wurde am Montag ein neues Stadion eröffnet.\n",
            encoding="utf-8",
        )
        page = s.page
        page.get_by_role("radio", name="Add news").click()
        page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(upload))
        page.get_by_text("guadalajara.txt").wait_for(timeout=TIMEOUT_MS)
        page.get_by_role("button", name="Add to the map").click()
        page.get_by_text("Added: new 1").wait_for(timeout=120_000)
        s.wait_idle()
        s.frame.wait_for_function(
            "() => { let found = false; window.gdRegions.eachLayer(f => {"
            " const p = f.feature.properties; if (p.code === 'MX-JAL' && p.articles > 0) found = true; });"
            " return found; }",
            timeout=TIMEOUT_MS,
        )
        after = s.map_state()
        assert after["regions"]["MX-JAL"] >= 1
        assert len(after["places"]) > len(before["places"])
        page.get_by_role("radio", name="Articles").click()
        page.locator("a.gd-open", has_text="Hochladetest aus Jalisco").wait_for(timeout=TIMEOUT_MS)
        assert "Hochladetest aus Jalisco" in s.list_titles()
        s.screenshot(artifacts / "dashboard_upload.png")
        assert s.errors == []
        assert off_host(s.requests) == []
    finally:
        s.close()
