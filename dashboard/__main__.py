"""Start the dashboard warm: ``python -m dashboard [streamlit options]`` (what ``make run`` does).

``streamlit run dashboard/app.py`` imports the map's libraries and reads the outlines and the
store only when the first visitor's page runs the script, so the first map of a new server
comes seconds later than every other. This launcher does that work first, in the server's own
process, then hands over to Streamlit's command line (``streamlit run dashboard/app.py`` with the
options given here, e.g. ``--server.port 8502``): the script then finds the modules imported and
the outlines cache on disk. Once the server's runtime is up, a thread fills the app's own caches
for the default view (:func:`dashboard.cache.warm`: the store's queries and the regions file), so
the first page's queries are answered from memory.

Nothing is warmed at import time; a store that cannot be opened is left for the page to explain.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)

#: The Streamlit script this launcher serves.
APP = Path(__file__).resolve().parent / "app.py"


def warm() -> float:
    """Import the map's libraries and prepare the outlines cache; returns the seconds spent.

    The store's queries and the outlines file the first map fetches are left to
    :func:`warm_caches`, which computes them once, into the caches the page reads.
    """
    started = time.perf_counter()
    # Not streamlit_folium: importing it reads Streamlit's configuration before the command line
    # has set its options.
    import folium
    import folium.plugins  # noqa: F401
    import pandas  # noqa: F401

    from dashboard import maps, news, queries, render, state  # noqa: F401
    from geodata import config
    from geodata.errors import GeodataError

    try:
        queries.load_shapes(cache=config.cache_dir())
    except GeodataError as err:
        logger.warning("the outlines could not be prepared (the page will say why): %s", err)
    return time.perf_counter() - started


def warm_caches(*, timeout: float = 120.0) -> None:
    """Once Streamlit's runtime exists, fill the app's caches for the default view.

    Runs in a daemon thread beside the server: the first visitor's page then finds its queries,
    outlines and map script computed (see :func:`dashboard.cache.warm`).
    """
    from streamlit import runtime

    deadline = time.monotonic() + timeout
    while not runtime.exists():
        if time.monotonic() > deadline:
            logger.warning("Streamlit's runtime did not start in %.0f s: caches left cold", timeout)
            return
        time.sleep(0.05)  # waiting for the server this process is starting; nothing to wait on
    from dashboard import cache
    from geodata import config
    from geodata.errors import GeodataError

    # Outside a page, Streamlit warns about the missing page context on every cached call.
    quiet = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    started = time.perf_counter()
    try:
        filled = cache.warm(config.db_url())
    except GeodataError as err:
        logger.warning("the caches were not filled (the page will say why): %s", err)
        return
    finally:
        quiet.setLevel(level)
    if filled:
        logger.info("dashboard caches filled in %.1f s", time.perf_counter() - started)
    else:
        logger.info("the store is empty: the first page will ingest the sample articles")


def main(argv: list[str] | None = None) -> int:
    """Warm up, then run ``streamlit run dashboard/app.py ARGV`` in this process."""
    import threading

    from streamlit.web import cli

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logger.info("dashboard warmed up in %.1f s", warm())
    threading.Thread(target=warm_caches, name="dashboard-warm-caches", daemon=True).start()
    args = list(sys.argv[1:] if argv is None else argv)
    sys.argv = ["streamlit", "run", str(APP), *args]
    try:
        cli.main()
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
