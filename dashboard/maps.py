"""Build the dashboard's folium map from plain records: no Streamlit, no store, no network.

The map works offline: every script and stylesheet comes from the app's own static folder
(:func:`localize`), there are no tiles unless asked for, and country and admin-1 outlines are the
basemap. The layers are returned as separate :class:`folium.FeatureGroup` objects so the app can
pass them to ``st_folium(feature_group_to_add=...)``: they change with the filters while the map
itself (and the user's zoom) stays.

Everything that reaches the browser as HTML (tooltips, popups) is built here from escaped text:
names, titles, sources and sentences are untrusted.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import folium
import folium.elements
import folium.plugins
import numpy as np
import shapely

from dashboard.state import MAX_ZOOM, MIN_ZOOM
from geodata.errors import ConfigurationError, InputError

#: Where Streamlit serves ``dashboard/static/`` (with ``server.enableStaticServing``).
STATIC_URL = "/app/static"

#: Credit shown in the map's corner for the data it draws (see DATA_LICENSES.md).
ATTRIBUTION = "Boundaries: Natural Earth (public domain) | Places: GeoNames (CC BY 4.0)"

#: Sequential fill colours for regions with articles, light to dark (hand-picked, colour-blind safe).
PALETTE: tuple[str, ...] = ("#fde7c6", "#fdc98a", "#fca55d", "#f57d3b", "#e0542a", "#bb3420", "#8c1d18")
EMPTY_FILL = "#eef0f2"
OUTLINE = "#8a949e"
SELECTED_OUTLINE = "#1565c0"
MARKER_STROKE = "#0b3c6e"
MARKER_FILL = "#2a7fd4"

#: Zoom levels up to which the map is an overview: admin-1 units are a few pixels wide, so the
#: place clusters over them let clicks through to the regions (zoom in to open a cluster).
OVERVIEW_ZOOM = 3

#: Max articles listed in one place's popup; more are summarised as "+ N more".
POPUP_ARTICLES = 3
#: Characters of context kept either side of the highlighted name in a popup sentence.
SENTENCE_CONTEXT = 90


# -- assets ----------------------------------------------------------------------------------------


def asset_urls(static_url: str = STATIC_URL) -> dict[str, str]:
    """The local URL of every vendored file the map loads, keyed by folium's asset names."""
    base = static_url.rstrip("/") + "/vendor"
    return {
        "leaflet": f"{base}/leaflet/leaflet.js",
        "leaflet_css": f"{base}/leaflet/leaflet.css",
        "jquery": f"{base}/jquery/jquery.min.js",
        "markerclusterjs": f"{base}/leaflet.markercluster/leaflet.markercluster.js",
        "markerclustercss": f"{base}/leaflet.markercluster/MarkerCluster.css",
        "markerclusterdefaultcss": f"{base}/leaflet.markercluster/MarkerCluster.Default.css",
        "leaflet-heat.js": f"{base}/leaflet.heat/leaflet-heat.js",
    }


#: folium assets the map does not need (bootstrap and awesome-markers serve icons this map never
#: draws); they are dropped rather than fetched from a CDN.
UNUSED_ASSETS = frozenset(
    {
        "bootstrap",
        "awesome_markers",
        "bootstrap_css",
        "glyphicons_css",
        "awesome_markers_font_css",
        "awesome_markers_css",
        "awesome_rotate_css",
    }
)


#: The vendored folder (served as ``STATIC_URL/vendor``).
VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"

#: The vendored files of the bundle, in load order, each with its licence file (under vendor/).
BUNDLE_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("leaflet/leaflet.js", "leaflet/LICENSE"),
    ("leaflet.markercluster/leaflet.markercluster.js", "leaflet.markercluster/MIT-LICENCE.txt"),
    ("leaflet.heat/leaflet-heat.js", "leaflet.heat/LICENSE"),
)
BUNDLE_STYLES: tuple[tuple[str, str], ...] = (
    ("leaflet/leaflet.css", "leaflet/LICENSE"),
    ("leaflet.markercluster/MarkerCluster.css", "leaflet.markercluster/MIT-LICENCE.txt"),
    ("leaflet.markercluster/MarkerCluster.Default.css", "leaflet.markercluster/MIT-LICENCE.txt"),
)
#: folium's names of the assets the bundle holds: elements drop them when the map has the bundle.
BUNDLED_ASSETS = frozenset(
    {
        "leaflet",
        "leaflet_css",
        "markerclusterjs",
        "markerclustercss",
        "markerclusterdefaultcss",
        "leaflet-heat.js",
    }
)

_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_CSS_URL = re.compile(r"""url\((['"]?)(?![a-z]+:|/|#)([^)'"]+)\1\)""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AssetBundle:
    """The map's vendored scripts as one script and its stylesheets as one stylesheet.

    The component loads its scripts one after another, each a round trip before the next starts;
    one file costs one. Each part keeps its own licence header and is preceded by a comment
    naming the vendored file and its licence file.
    """

    script: str
    style: str


def asset_bundle(vendor_dir: Path = VENDOR_DIR, *, style_base: str = "../vendor/") -> AssetBundle:
    """Concatenate the vendored files of :data:`BUNDLE_SCRIPTS` and :data:`BUNDLE_STYLES`.

    ``style_base`` is the vendored folder relative to where the stylesheet is served (default:
    a sibling folder of ``vendor/``): relative ``url(...)`` references (Leaflet's images) are
    rewritten against it. Source map comments are dropped, since the maps are not vendored.
    Raises :class:`ConfigurationError` when a vendored file is missing.
    """

    def part(path: str, licence: str) -> tuple[str, str]:
        try:
            text = (vendor_dir / path).read_text(encoding="utf-8")
        except OSError as err:
            raise ConfigurationError(
                f"the vendored file {vendor_dir / path} cannot be read ({err}): run "
                "scripts/vendor_assets.py to fetch the map's assets again"
            ) from err
        return f"/* geodata bundle: vendor/{path} (licence: vendor/{licence}) */\n", text

    scripts = []
    for path, licence in BUNDLE_SCRIPTS:
        head, text = part(path, licence)
        scripts.append(head + _SOURCE_MAP.sub("", text).rstrip() + "\n;\n")
    styles = []
    for path, licence in BUNDLE_STYLES:
        head, text = part(path, licence)
        folder = style_base + path.rsplit("/", 1)[0] + "/"
        text = _CSS_URL.sub(lambda m, folder=folder: f"url({m[1]}{folder}{m[2]}{m[1]})", text)
        styles.append(head + text.rstrip() + "\n")
    return AssetBundle(script="".join(scripts), style="".join(styles))


def _walk(element: Any) -> Iterable[Any]:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def localize(element: Any, *, static_url: str = STATIC_URL, bundled: bool = False) -> None:
    """Point every asset of ``element`` and its children at the vendored copies, in place.

    ``bundled``: the map loads the :class:`AssetBundle`, so assets it holds
    (:data:`BUNDLED_ASSETS`) are dropped instead. Raises :class:`ConfigurationError` for an asset
    that is neither vendored nor known to be unused, so a new plugin cannot quietly bring a CDN
    link back.
    """
    urls = asset_urls(static_url)
    for node in _walk(element):
        if not isinstance(node, folium.elements.JSCSSMixin):
            continue
        for attr in ("default_js", "default_css"):
            kept: list[tuple[str, str]] = []
            for name, url in getattr(node, attr, []):
                if bundled and name in BUNDLED_ASSETS:
                    continue
                if name in urls:
                    kept.append((name, urls[name]))
                elif name in UNUSED_ASSETS:
                    continue
                elif url.startswith(static_url):
                    kept.append((name, url))
                else:
                    raise ConfigurationError(
                        f"{type(node).__name__} loads {name!r} from {url!r}, which is not vendored: "
                        "add it to scripts/vendor_assets.py and asset_urls(), or drop the element"
                    )
            # An instance attribute shadows the class default only for this element.
            setattr(node, attr, kept)


# -- the map ---------------------------------------------------------------------------------------

#: The opening view of a fresh page: (lat, lon, zoom), the whole world.
HOME_VIEW: tuple[float, float, int] = (20.0, 0.0, 2)



def base_map(
    *,
    static_url: str = STATIC_URL,
    tiles: bool = False,
    heat: bool = False,
    regions_js: str | None = None,
    bundle_urls: tuple[str, str] | None = None,
    lat: float = HOME_VIEW[0],
    lon: float = HOME_VIEW[1],
    zoom: int = HOME_VIEW[2],
) -> folium.Map:
    """An empty map with local assets; no tiles unless ``tiles`` (OpenStreetMap, needs internet).

    ``bundle_urls``: the URLs of the :class:`AssetBundle`'s script and stylesheet. The map then
    loads those two files instead of Leaflet and its plugins one by one, and the layers must be
    built with ``bundled=True``. Without it, ``heat`` says whether the heat layer is on when the
    page opens (its plugin then loads before the map, else in the background after it).

    ``regions_js`` (from :func:`regions_script`) draws the country and admin-1 outlines as the
    basemap. ``maxZoom`` is set on the map because marker clustering breaks silently without it
    when there is no tile layer to provide one.
    """
    fmap = folium.Map(
        location=(lat, lon),
        zoom_start=zoom,
        tiles=None,
        min_zoom=MIN_ZOOM,
        max_zoom=MAX_ZOOM,
        prefer_canvas=True,
        world_copy_jump=False,
        control_scale=True,
    )
    # With tiles=None, folium passes max_zoom to no layer; Leaflet.markercluster then throws
    # "Map has no maxZoom specified" and the map stays empty.
    fmap.options["maxZoom"] = MAX_ZOOM
    fmap.options["minZoom"] = MIN_ZOOM
    if tiles:
        folium.TileLayer(
            "OpenStreetMap", name="OpenStreetMap (online)", max_zoom=MAX_ZOOM, control=False
        ).add_to(fmap)
    if regions_js:
        StaticScript(regions_js).add_to(fmap)
    StaticScript(view_sync_script(home=HOME_VIEW)).add_to(fmap)
    StaticScript(overview_script()).add_to(fmap)
    StaticScript(f"@@MAP@@.attributionControl.addAttribution({json.dumps(ATTRIBUTION)});").add_to(
        fmap
    )
    localize(fmap, static_url=static_url, bundled=bundle_urls is not None)
    # The component loads these one after another before the map is drawn: jQuery is for folium
    # elements this map does not use, so it is left out.
    fmap.default_js = [(name, url) for name, url in fmap.default_js if name != "jquery"]
    if bundle_urls is not None:
        # Leaflet, the cluster and the heat plugin in one script: a mounted map loads no new
        # scripts, and the heat layer can be switched on at any time.
        fmap.default_js = [*fmap.default_js, ("geodata_bundle_js", bundle_urls[0])]
        fmap.default_css = [*fmap.default_css, ("geodata_bundle_css", bundle_urls[1])]
        return fmap
    # The heat layer can be switched on after the map is mounted, and a mounted map loads no new
    # scripts: its plugin (11 kB) comes with the map, before it when the page opens with heat on,
    # else in the background once the map is drawn.
    heat_url = asset_urls(static_url)["leaflet-heat.js"]
    if heat:
        fmap.default_js = [*fmap.default_js, ("leaflet-heat.js", heat_url)]
    else:
        StaticScript(
            "(function () { if (L.heatLayer) { return; } var s = document.createElement('script');"
            f" s.src = {_js_json(heat_url)}; s.async = true; document.head.appendChild(s); }})();"
        ).add_to(fmap)
    return fmap


def overview_script(*, overview_zoom: int = OVERVIEW_ZOOM) -> str:
    """JavaScript that styles the place clusters and marks the overview zooms on the map.

    Up to ``overview_zoom`` the map's container carries the class ``gd-overview``, under which
    cluster icons take no clicks: a click on a small state under a cluster (Sinaloa at world
    zoom) selects the state. From the next zoom on, a click on a cluster zooms into it.
    """
    css = (
        ".gd-cluster{background:rgba(42,127,212,.82);border:2px solid rgba(255,255,255,.9);"
        "border-radius:50%;box-shadow:0 0 0 1px rgba(11,60,110,.55);color:#fff;"
        "font:600 11px/1 system-ui,sans-serif;display:flex;align-items:center;"
        "justify-content:center;box-sizing:border-box}"
        ".gd-overview .gd-cluster{pointer-events:none}"
    )
    return f"""
(function () {{
    var map = @@MAP@@;
    if (!document.getElementById("gd-map-style")) {{
        var style = document.createElement("style");
        style.id = "gd-map-style";
        style.textContent = {_js_json(css)};
        document.head.appendChild(style);
    }}
    function mark() {{
        L.DomUtil[map.getZoom() <= {int(overview_zoom)} ? "addClass" : "removeClass"](
            map.getContainer(), "gd-overview");
    }}
    map.on("zoomend", mark);
    mark();
}})();
"""


def view_sync_script(
    *,
    home: tuple[float, float, int] = HOME_VIEW,
    lat: str = "lat",
    lon: str = "lon",
    zoom: str = "zoom",
) -> str:
    """JavaScript that keeps the map's centre and zoom in the page's URL, without a rerun.

    The map runs in a same-origin frame; this script writes the view into the app page's query
    (``lat``, ``lon``, ``zoom``) whenever the map stops moving, and adds it to every URL the page
    sets and to every same-page link as it is followed (article list, reader, popups). A link
    copied from the address bar, or a click that reloads the page, then opens the map where the
    user left it; the app reads these parameters once, when the page opens. At the ``home`` view
    the parameters are left out, so a fresh page keeps a clean URL. Nothing here talks to the
    app: pan and zoom still never rerun it.
    """
    keys = _js_json({"lat": lat, "lon": lon, "zoom": zoom})
    home_view = _js_json({"lat": f"{home[0]:.4f}", "lon": f"{home[1]:.4f}", "zoom": str(home[2])})
    return f"""
(function () {{
    var map = @@MAP@@, keys = {keys}, home = {home_view}, host;
    try {{ host = window.parent; if (host === window || !host.location.href) {{ return; }} }}
    catch (err) {{ return; }}  // another origin: the view stays out of the URL
    function current() {{
        var c = map.getCenter().wrap();
        var view = {{lat: c.lat.toFixed(4), lon: c.lng.toFixed(4), zoom: String(Math.round(map.getZoom()))}};
        var atHome = view.lat === home.lat && view.lon === home.lon && view.zoom === home.zoom;
        return atHome ? null : view;
    }}
    // A link or URL to this app page, with the current view; anything else unchanged.
    host.gdWithView = function (href) {{
        var view = host.gdMapView, url;
        try {{ url = new host.URL(href, host.location.href); }} catch (err) {{ return href; }}
        if (url.origin !== host.location.origin || url.pathname !== host.location.pathname) {{
            return href;
        }}
        ["lat", "lon", "zoom"].forEach(function (k) {{
            if (view) {{ url.searchParams.set(keys[k], view[k]); }} else {{ url.searchParams.delete(keys[k]); }}
        }});
        return url.pathname + url.search + url.hash;
    }};
    function withView(href) {{
        try {{ return host.gdWithView ? host.gdWithView(href) : href; }} catch (err) {{ return href; }}
    }}
    function followLinks(doc) {{
        function fix(event) {{
            var a = event.target && event.target.closest ? event.target.closest("a[href]") : null;
            if (a && (a.getAttribute("href").charAt(0) === "?" || a.classList.contains("gd-open"))) {{
                a.setAttribute("href", withView(a.getAttribute("href")));
            }}
        }}
        ["mousedown", "click", "auxclick", "contextmenu", "keydown"].forEach(function (type) {{
            doc.addEventListener(type, fix, true);
        }});
    }}
    if (!host.gdViewInUrl) {{
        // Once per page: the app's own URL updates (a filter change) keep the view too.
        host.gdViewInUrl = true;
        ["pushState", "replaceState"].forEach(function (name) {{
            var original = host.history[name];
            host.history[name] = function (state, title, url) {{
                return original.call(this, state, title, url == null ? url : withView(String(url)));
            }};
        }});
        followLinks(host.document);
    }}
    followLinks(document);  // the popups' links
    function write() {{
        host.gdMapView = current();
        host.history.replaceState(host.history.state, "", host.location.href);
    }}
    // A map rebuilt on the same page (new outlines after a filter change) opens where the last
    // one was; a new page opens where its URL says (the app passes that to the map).
    if (host.gdMapMounted && host.gdMapView) {{
        var v = host.gdMapView;
        map.setView([parseFloat(v.lat), parseFloat(v.lon)], parseInt(v.zoom, 10), {{animate: false}});
    }}
    host.gdMapMounted = true;
    map.on("moveend", write);
    write();
}})();
"""


# -- regions ---------------------------------------------------------------------------------------


def fill_color(count: int, maximum: int) -> str:
    """The fill of a region with ``count`` articles when the busiest has ``maximum`` (log scale)."""
    if count <= 0 or maximum <= 0:
        return EMPTY_FILL
    step = math.log1p(count) / math.log1p(maximum)
    index = min(len(PALETTE) - 1, int(step * (len(PALETTE) - 1) + 0.5))
    return PALETTE[index]


def legend_html(country_max: int, admin1_max: int) -> str:
    """A one-line colour key for the region shading: each level is scaled to its busiest region."""
    swatches = "".join(
        f"<span style='display:inline-block;width:18px;height:10px;background:{c}'></span>"
        for c in PALETTE
    )
    return (
        "<div class='gd-legend' style='font-size:0.8rem;color:#555'>Articles per region "
        f"(log scale): 1 {swatches} most (countries {max(country_max, 1):,}, "
        f"states {max(admin1_max, 1):,}); grey: none</div>"
    )


def compact_geometry(geometry: Any, *, tolerance: float, digits: int = 3) -> str | None:
    """A simplified GeoJSON geometry, as JSON text, with coordinates rounded to ``digits`` decimals.

    Text rather than a dict: it is pasted into the map's script as it is, and a cached world of
    outlines loads much faster as a few thousand strings than as millions of floats.
    """
    if geometry is None or geometry.is_empty:
        return None
    simple = shapely.simplify(geometry, tolerance, preserve_topology=True)
    rounded = shapely.transform(simple, lambda coords: np.round(coords, digits))
    if rounded.is_empty:
        return None
    return str(shapely.to_geojson(rounded))


@dataclass(frozen=True, slots=True)
class Shape:
    """One region outline ready for the map: an ISO code, a display name and its geometry."""

    code: str
    name: str
    level: str  # "country" or "admin1"
    country_code: str | None
    geometry: str  # GeoJSON geometry as JSON text, (lon, lat)


def shapes_from_frame(frame: Any, *, level: str, tolerance: float, digits: int = 3) -> list[Shape]:
    """Turn a boundaries GeoDataFrame (columns code, name, geometry, country_code) into shapes."""
    missing = {"code", "name", "geometry"} - set(frame.columns)
    if missing:
        raise InputError(
            f"boundaries need the columns code, name and geometry, got {sorted(frame.columns)!r}"
        )
    has_country = "country_code" in frame.columns
    out: list[Shape] = []
    for row in frame.itertuples(index=False):
        code = getattr(row, "code", None)
        if not isinstance(code, str) or not code or "~" in code:
            continue  # Natural Earth has placeholder rows such as "MX-X01~"
        geometry = compact_geometry(row.geometry, tolerance=tolerance, digits=digits)
        if geometry is None:
            continue
        country = getattr(row, "country_code", None) if has_country else None
        if not isinstance(country, str) or not country:
            country = code.split("-", 1)[0] if level == "admin1" else code
        name = row.name if isinstance(row.name, str) and row.name else code
        out.append(Shape(code=code, name=name, level=level, country_code=country, geometry=geometry))
    return out


def region_head(name: str, code: str) -> str:
    """The escaped first line of a region's tooltip; the count is added in the browser."""
    return f"<b>{html.escape(name)}</b> <small>{html.escape(code)}</small>"


def region_tip(name: str, code: str, articles: int) -> str:
    """Tooltip HTML for a region: its escaped name, code and article count."""
    return f"{region_head(name, code)}<br>{_count_text(articles)}"


def _count_text(articles: int) -> str:
    return f"{articles:,} article{'' if articles == 1 else 's'}"


def _js_json(value: Any) -> str:
    """JSON for a script: ``<`` escaped so no string can close or open a tag."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


COUNTRY_EMPTY = {"color": OUTLINE, "weight": 0.6, "fillColor": EMPTY_FILL, "fillOpacity": 0.55}
DETAIL_COUNTRY_EMPTY = {"color": "#5f6b76", "weight": 1.2, "fillColor": EMPTY_FILL, "fillOpacity": 0.55}
ADMIN1_EMPTY = {"color": OUTLINE, "weight": 0.5, "fillColor": EMPTY_FILL, "fillOpacity": 0.0}


class StaticScript(folium.elements.MacroElement):
    """A piece of JavaScript rendered once and reused: the region outlines, which never change
    with the filters (the app caches the string, so a rerun does not serialise them again)."""

    _template = folium.elements.Template(
        "{% macro script(this, kwargs) %}"
        "{{ this.code | replace('@@MAP@@', this._parent.get_name()) }}"
        "{% endmacro %}"
    )

    def __init__(self, code: str) -> None:
        super().__init__()
        self._name = "StaticScript"
        self.code = code


def regions_geojson(
    countries: Sequence[Shape], admin1: Sequence[Shape], *, detail_countries: Iterable[str] = ()
) -> str:
    """Every country, and the admin-1 units of ``detail_countries``, as GeoJSON text.

    Each feature's properties hold ``code``, ``name``, ``level`` and ``articles`` (what a map click
    returns), ``head`` (the escaped tooltip line) and ``detail`` (its states are drawn). ``<`` is
    escaped, so the text is also safe to paste into a script.
    """
    detail = set(detail_countries)
    features = []
    for shape in (*countries, *(s for s in admin1 if s.country_code in detail)):
        properties = {
            "code": shape.code,
            "name": shape.name,
            "level": shape.level,
            "articles": 0,
            "clicks": 0,
            "head": region_head(shape.name, shape.code),
            "detail": shape.code in detail,
        }
        features.append(
            '{"type":"Feature","geometry":' + shape.geometry
            + ',"properties":' + _js_json(properties) + "}"
        )  # fmt: skip
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"


def regions_script(*, data_url: str | None = None, data: str | None = None) -> str:
    """JavaScript that draws the region outlines, unshaded, as ``window.gdRegions``.

    The GeoJSON (from :func:`regions_geojson`) comes from ``data_url`` (a static file the browser
    fetches and caches, which keeps it out of every rerun's payload) or inline as ``data``. The
    outlines are drawn under the places, and :class:`RegionShading` shades them whenever both
    have arrived, in either order.
    """
    if (data_url is None) == (data is None):
        raise ConfigurationError("regions_script needs exactly one of data_url and data")
    empty = _js_json(
        {"country": COUNTRY_EMPTY, "detail": DETAIL_COUNTRY_EMPTY, "admin1": ADMIN1_EMPTY}
    )
    load = (
        f"fetch({_js_json(data_url)}).then(function (r) {{"
        " if (!r.ok) { throw new Error('regions: HTTP ' + r.status); } return r.json(); })"
        if data_url is not None
        else f"Promise.resolve({data})"
    )
    return f"""
(function () {{
    var map = @@MAP@@;
    var empty = {empty};
    function emptyStyle(p) {{
        return p.level === "admin1" ? empty.admin1 : (p.detail ? empty.detail : empty.country);
    }}
    window.gdEmptyStyle = emptyStyle;
    {load}.then(function (collection) {{
        // streamlit-folium binds its click handler to the layers present when the map is built;
        // these arrive later, so borrow the handler from a layer that has it.
        if (!window.gdOnLayerClick) {{
            map.eachLayer(function (l) {{
                ((l._events && l._events.click) || []).forEach(function (h) {{
                    if (h.fn && h.fn.name === "onLayerClick") {{ window.gdOnLayerClick = h.fn; }}
                }});
            }});
        }}
        window.gdRegions = L.geoJson(collection, {{
            style: function (feature) {{ return emptyStyle(feature.properties); }},
            onEachFeature: function (feature, layer) {{
                layer.bindTooltip(feature.properties.head + "<br>0 articles", {{sticky: true}});
            }}
        }}).addTo(map);
        // Number each region's clicks before the app hears of them: the app compares the returned
        // feature with the last one, so a second click on the same region must look different.
        // A new object, not an increment: the component keeps the last feature it sent by
        // reference and compares against it.
        window.gdRegions.on("click", function (e) {{
            var p = e.layer.feature.properties;
            e.layer.feature.properties = Object.assign({{}}, p, {{clicks: (p.clicks || 0) + 1}});
        }});
        // On the group: its click events carry the clicked feature as ``layer``.
        if (window.gdOnLayerClick) {{ window.gdRegions.on("click", window.gdOnLayerClick); }}
        // One canvas draws everything (stacked canvases would swallow each other's clicks):
        // the outlines go to the back of it, under the places and the selection.
        // (last first, so countries end up under their states).
        var drawn = window.gdRegions.getLayers();
        for (var i = drawn.length - 1; i >= 0; i--) {{ drawn[i].bringToBack(); }}
        if (window.gdShade) {{ window.gdShade(); }}
    }});
}})();
"""


class RegionShading(folium.elements.MacroElement):
    """Shades ``window.gdRegions`` for the current filters: one style and count per region code."""

    _template = folium.elements.Template(
        """{% macro script(this, kwargs) %}
(function () {
    var styles = {{ this.styles_json }};
    window.gdShade = function () {
        if (!window.gdRegions) { return; }
        window.gdRegions.eachLayer(function (layer) {
            var p = layer.feature.properties, s = styles[p.code], n = s ? s[2] : 0;
            p.articles = n;
            layer.setStyle(s ? {fillColor: s[0], fillOpacity: s[1]} : window.gdEmptyStyle(p));
            layer.setTooltipContent(p.head + "<br>" + n.toLocaleString("en") + (n === 1 ? " article" : " articles"));
        });
        window.gdShaded = true;
    };
    window.gdShaded = false;
    window.gdShade();
})();
{% endmacro %}"""
    )

    def __init__(self, styles: Mapping[str, list[Any]]) -> None:
        super().__init__()
        self._name = "RegionShading"
        self.styles = dict(styles)
        self.styles_json = _js_json(self.styles)


def region_styles(
    *,
    country_counts: Mapping[str, int],
    admin1_counts: Mapping[str, int],
    detail_countries: Iterable[str] = (),
) -> dict[str, list[Any]]:
    """``{code: [fill colour, fill opacity, articles]}`` for every region with articles.

    A country whose states are drawn keeps a lighter fill under them, so its own count still shows
    between states without articles.
    """
    detail = set(detail_countries)
    top_country = max(country_counts.values(), default=0)
    top_admin1 = max(admin1_counts.values(), default=0)
    styles: dict[str, list[Any]] = {}
    for code, count in country_counts.items():
        if count > 0:
            # Faint under its drawn states, so a state without articles does not look shaded.
            opacity = 0.25 if code in detail else 0.75
            styles[code] = [fill_color(count, top_country), opacity, int(count)]
    for code, count in admin1_counts.items():
        if count > 0:
            styles[code] = [fill_color(count, top_admin1), 0.85, int(count)]
    return styles


def regions_layer(
    countries: Sequence[Shape],
    admin1: Sequence[Shape],
    *,
    country_counts: Mapping[str, int],
    admin1_counts: Mapping[str, int],
    selected: str | None = None,
    detail_countries: Iterable[str] = (),
) -> folium.FeatureGroup:
    """The per-filter part of the regions: their shading and counts, and the selected outline.

    The outlines themselves come once with the map (:func:`regions_script`), so a filter change
    sends only a small table of styles.
    """
    group = folium.FeatureGroup(name="Regions", control=False)
    RegionShading(
        region_styles(
            country_counts=country_counts,
            admin1_counts=admin1_counts,
            detail_countries=detail_countries,
        )
    ).add_to(group)
    if selected:
        chosen = [s for s in (*admin1, *countries) if s.code == selected]
        if chosen:
            outline = {"color": SELECTED_OUTLINE, "weight": 3.5, "fill": False, "fillOpacity": 0.0}
            folium.GeoJson(
                {
                    "type": "FeatureCollection",
                    "features": [
                        {
                            "type": "Feature",
                            "geometry": json.loads(chosen[0].geometry),
                            "properties": {"code": selected, "style": outline, "selected": True},
                        }
                    ],
                },
                name="Selected region",
                interactive=False,
                control=False,
            ).add_to(group)
    return group


# -- places ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PopupArticle:
    """One article line in a place's popup (plain, unescaped text; escaping happens here)."""

    article_id: str
    title: str | None
    source: str | None
    url: str | None
    published: datetime | None
    sentence: str
    highlight_start: int
    highlight_end: int


@dataclass(frozen=True, slots=True)
class PlaceMarker:
    """One place on the map, aggregated over the matching articles."""

    place_id: str
    name: str
    lat: float
    lon: float
    articles: int
    mentions: int
    feature: str | None = None
    popup_articles: tuple[PopupArticle, ...] = ()


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL, else None (no ``javascript:`` or ``data:`` links)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def highlighted_snippet(
    sentence: str, start: int, end: int, *, context: int = SENTENCE_CONTEXT
) -> str:
    """Escaped HTML of ``sentence`` around ``[start:end]``, the name wrapped in ``<mark>``.

    Offsets outside the sentence give the escaped, shortened sentence without a highlight.
    """
    sentence = " ".join(sentence.split("\n"))
    if not (0 <= start < end <= len(sentence)):
        text = sentence[: 2 * context]
        return html.escape(text) + ("…" if len(sentence) > len(text) else "")
    left = max(0, start - context)
    right = min(len(sentence), end + context)
    return (
        ("…" if left > 0 else "")
        + html.escape(sentence[left:start])
        + "<mark>"
        + html.escape(sentence[start:end])
        + "</mark>"
        + html.escape(sentence[end:right])
        + ("…" if right < len(sentence) else "")
    )


def article_href(app_url: str, params: Mapping[str, str | list[str]], article_id: str) -> str:
    """A link to the app with the current view and ``article`` open (for a new tab)."""
    query = dict(params)
    query["article"] = article_id
    return app_url + "?" + urlencode(query, doseq=True)


def place_tip(marker: PlaceMarker) -> str:
    noun = "article" if marker.articles == 1 else "articles"
    return (
        f"<b>{html.escape(marker.name)}</b><br>{marker.articles:,} {noun}, "
        f"{marker.mentions:,} mention{'s' if marker.mentions != 1 else ''}"
    )


def place_popup(
    marker: PlaceMarker,
    *,
    app_url: str = "/",
    params: Mapping[str, str | list[str]] | None = None,
) -> str:
    """Popup HTML: the place, its counts and the articles naming it, each with its sentence."""
    parts = [f"<div class='gd-popup'>{place_tip(marker)}"]
    if marker.popup_articles:
        parts.append("<ol style='padding-left:1.2em;margin:.4em 0 0'>")
        for item in marker.popup_articles[:POPUP_ARTICLES]:
            title = html.escape(item.title or "(untitled)")
            href = html.escape(article_href(app_url, params or {}, item.article_id), quote=True)
            line = f"<li><a class='gd-open' href='{href}' target='_blank' rel='noopener'>{title}</a>"
            original = safe_url(item.url)
            if original:
                line += (
                    f" <a href='{html.escape(original, quote=True)}' target='_blank' "
                    "rel='noopener noreferrer' title='original'>&#8599;</a>"
                )
            meta = " · ".join(
                html.escape(x)
                for x in (item.source, item.published.date().isoformat() if item.published else None)
                if x
            )
            if meta:
                line += f"<br><small>{meta}</small>"
            snippet = highlighted_snippet(item.sentence, item.highlight_start, item.highlight_end)
            line += f"<br><q>{snippet}</q></li>"
            parts.append(line)
        parts.append("</ol>")
        more = marker.articles - min(len(marker.popup_articles), POPUP_ARTICLES)
        if more > 0:
            parts.append(f"<small>+ {more:,} more in the article list</small>")
    else:
        parts.append("<br><small>Click its region to list the articles.</small>")
    parts.append("</div>")
    return "".join(parts)


def marker_radius(articles: int, maximum: int) -> float:
    """Circle radius in pixels: 4 for one article, up to 18 for the busiest place (square root)."""
    if maximum <= 1:
        return 5.0
    return round(4.0 + 14.0 * math.sqrt(max(articles - 1, 0) / (maximum - 1)), 1)


class PlaceCluster(folium.elements.JSCSSMixin, folium.elements.MacroElement):
    """Circles for places, clustered where dense, built in the browser from one compact array.

    Each row is ``[lat, lon, radius, escaped name, articles, mentions, popup HTML or null,
    place id]``. Tooltips and the short popups are assembled in the browser from the escaped
    name and the numbers, so thousands of places cost a few bytes each; markers are added to the
    cluster in one ``addLayers`` call (adding them one by one re-clusters every time).
    """

    _template = folium.elements.Template(
        f"""{{% macro script(this, kwargs) %}}
var {{{{ this.get_name() }}}} = (function () {{
    var rows = {{{{ this.rows_json }}}};
    var options = {{{{ this.options_json }}}}, radius = options.maxClusterRadius;
    // Smaller groups at the overview zooms, where clusters also let clicks through to the regions.
    options.maxClusterRadius = function (zoom) {{
        return zoom <= {OVERVIEW_ZOOM} ? Math.round(radius * 0.75) : radius;
    }};
    options.iconCreateFunction = function (group) {{
        var n = group.getChildCount(), size = n < 10 ? 22 : n < 100 ? 28 : n < 1000 ? 34 : 40;
        return L.divIcon({{
            html: "<span>" + n.toLocaleString("en") + "</span>", className: "gd-cluster",
            iconSize: L.point(size, size)
        }});
    }};
    var cluster = L.markerClusterGroup(options);
    var markers = new Array(rows.length);
    for (var i = 0; i < rows.length; i++) {{
        var r = rows[i];
        var marker = L.circleMarker([r[0], r[1]], {{
            radius: r[2], color: "{MARKER_STROKE}", weight: 1, fillColor: "{MARKER_FILL}", fillOpacity: 0.8
        }});
        marker.feature = {{type: "Feature", properties: {{place_id: r[7]}},
                          geometry: {{type: "Point", coordinates: [r[1], r[0]]}}}};
        var tip = "<b>" + r[3] + "</b><br>" + r[4].toLocaleString("en") + (r[4] === 1 ? " article, " : " articles, ")
            + r[5].toLocaleString("en") + (r[5] === 1 ? " mention" : " mentions");
        marker.bindTooltip(tip);
        marker.bindPopup(r[6] || ("<div class='gd-popup'>" + tip
            + "<br><small>Click its region to list the articles.</small></div>"), {{maxWidth: 380}});
        markers[i] = marker;
    }}
    cluster.addLayers(markers);
    cluster.addTo({{{{ this._parent.get_name() }}}});
    return cluster;
}})();
{{% endmacro %}}"""
    )
    default_js = folium.plugins.MarkerCluster.default_js
    default_css = folium.plugins.MarkerCluster.default_css

    def __init__(self, rows: Sequence[Sequence[Any]], **options: Any) -> None:
        super().__init__()
        self._name = "PlaceCluster"
        self.rows = [list(r) for r in rows]
        self.rows_json = _js_json(self.rows)
        self.options_json = _js_json(options)


def places_layer(
    markers: Sequence[PlaceMarker],
    *,
    app_url: str = "/",
    params: Mapping[str, str | list[str]] | None = None,
    static_url: str = STATIC_URL,
    bundled: bool = False,
) -> folium.FeatureGroup:
    """One circle per place, sized by article count, clustered where dense.

    Places with their articles attached get a full popup (titles, sources, dates, sentences);
    the others get their name and counts. ``bundled``: the map loads the :class:`AssetBundle`,
    which holds the cluster plugin.
    """
    group = folium.FeatureGroup(name="Places", control=False)
    top = max((m.articles for m in markers), default=0)
    rows = [
        [
            round(m.lat, 4),
            round(m.lon, 4),
            marker_radius(m.articles, top),
            html.escape(m.name),
            m.articles,
            m.mentions,
            place_popup(m, app_url=app_url, params=params) if m.popup_articles else None,
            m.place_id,
        ]
        for m in markers
        if m.lat is not None and m.lon is not None
    ]
    PlaceCluster(
        rows,
        maxClusterRadius=40,
        disableClusteringAtZoom=7,
        showCoverageOnHover=False,
        chunkedLoading=True,
    ).add_to(group)
    localize(group, static_url=static_url, bundled=bundled)
    return group


def heat_layer(
    markers: Sequence[PlaceMarker], *, static_url: str = STATIC_URL, bundled: bool = False
) -> folium.FeatureGroup:
    """A heat layer of places weighted by their article counts (relative to the busiest).

    ``bundled``: the map loads the :class:`AssetBundle`, which holds the heat plugin.
    """
    group = folium.FeatureGroup(name="Heat", control=False)
    top = max((m.articles for m in markers), default=0)
    data = [
        [round(m.lat, 4), round(m.lon, 4), round(m.articles / top, 3)]
        for m in markers
        if top and m.lat is not None and m.lon is not None
    ]
    if data:
        folium.plugins.HeatMap(data, radius=18, blur=14, min_opacity=0.3, max_zoom=8).add_to(group)
    localize(group, static_url=static_url, bundled=bundled)
    return group
