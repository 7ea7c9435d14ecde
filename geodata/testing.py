"""Helpers for tests and benchmarks: a synthetic store corpus and a throwaway PostGIS server.

Nothing here runs on import. The synthetic articles are clearly synthetic ("Synthetic report 17
...") and built from a small table of real place names and codes, so the store's region, timeline
and search queries have something to chew on. :func:`postgis_server` starts a private PostgreSQL
with PostGIS on 127.0.0.1 for the duration of a ``with`` block.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from geodata.model import Article, Mention, Place

logger = logging.getLogger(__name__)

# (id, name, feature, lat, lon, country, admin1, population)
_PLACES: tuple[tuple[str, str, str, float, float, str | None, str | None, int | None], ...] = (
    ("3996063", "Mexiko", "country", 23.0, -102.0, "MX", None, 128_932_753),
    ("ne:MX-SIN", "Sinaloa", "admin1", 25.0, -107.5, "MX", "MX-SIN", 3_026_943),
    ("ne:MX-SON", "Sonora", "admin1", 29.6, -110.9, "MX", "MX-SON", 2_944_840),
    ("ne:MX-TAM", "Tamaulipas", "admin1", 24.0, -98.8, "MX", "MX-TAM", 3_527_735),
    ("4014338", "Culiacán", "city", 24.8, -107.39, "MX", "MX-SIN", 808_416),
    ("3982912", "Tijuana", "city", 32.53, -117.02, "MX", "MX-BCN", 1_376_457),
    ("3530597", "Mexico City", "city", 19.43, -99.13, "MX", "MX-CMX", 12_294_193),
    ("6252001", "Estados Unidos", "country", 39.76, -98.5, "US", None, 327_167_434),
    ("ne:US-TX", "Texas", "admin1", 31.25, -99.25, "US", "US-TX", 29_145_505),
    ("4699066", "Houston", "city", 29.76, -95.36, "US", "US-TX", 2_304_580),
    ("ne:US-CA", "California", "admin1", 37.25, -119.75, "US", "US-CA", 39_538_223),
    ("4140963", "Washington", "city", 38.9, -77.04, "US", "US-DC", 689_545),
    ("2921044", "Deutschland", "country", 51.5, 10.5, "DE", None, 82_927_922),
    ("2950159", "Berlin", "city", 52.52, 13.41, "DE", "DE-BE", 3_426_354),
    ("2867714", "München", "city", 48.14, 11.58, "DE", "DE-BY", 1_260_391),
    ("3686110", "Colombia", "country", 4.0, -73.25, "CO", None, 49_648_685),
    ("3688689", "Bogotá", "city", 4.61, -74.08, "CO", "CO-DC", 7_674_366),
    ("3865483", "Argentina", "country", -34.0, -64.0, "AR", None, 44_494_502),
    ("3435910", "Buenos Aires", "city", -34.61, -58.38, "AR", "AR-C", 13_076_300),
    ("2510769", "España", "country", 40.0, -4.0, "ES", None, 46_723_749),
    ("3117735", "Madrid", "city", 40.42, -3.7, "ES", "ES-MD", 3_255_944),
    ("region:latin-america", "Lateinamerika", "region", -14.0, -70.0, None, None, None),
    ("6255147", "Asia", "continent", 29.84, 89.3, None, None, None),
)

_LANGUAGES = ("de", "es", "en")
_SOURCES = ("Synthetic Wire", "Example Daily", "Sample Courier", "Test Gazette", None)
_FRAMES = {
    "de": ("Synthetischer Bericht {n} über {p}.", "In {p} gab es am 5. November neue Pläne."),
    "es": ("Informe sintético {n} sobre {p}.", "En {p} se anunció un plan según el Dr. Pérez."),
    "en": ("Synthetic report {n} about {p}.", "Officials in {p} met on Nov. 5 to talk."),
}
_KINDS = ("literal", "literal", "literal", "metonymic", "demonym", "modifier")


def synthetic_places() -> list[Place]:
    """The fixed table of places the synthetic articles name."""
    return [
        Place(id=i, name=n, feature=f, lat=la, lon=lo, country_code=c, admin1_code=a, population=p)
        for i, n, f, la, lo, c, a, p in _PLACES
    ]


def mention_of(
    place: Place | None, start: int, text: str, *, kind: str = "literal", score: float = 0.9
) -> Mention:
    """A mention of ``text`` at offset ``start`` that resolves to ``place`` (None: unresolved).

    The mention's place fields are copied from ``place``, as the geoparser fills them.
    """
    return Mention.of(place, start=start, end=start + len(text), text=text, kind=kind, score=score)


def synthetic_article(
    n: int, *, version: int = 0, max_places: int = 5
) -> tuple[Article, list[Mention], list[Place]]:
    """Synthetic article number ``n``: the same ``n`` always gives the same article.

    ``version`` changes the text (and so the content hash) while keeping the id, for update tests.
    Each article names up to ``max_places`` places (about half that on average).
    """
    rng = random.Random(n)
    places = synthetic_places()
    language = _LANGUAGES[n % 3]
    named = rng.sample(places, rng.randint(0, min(max_places, len(places))))
    parts: list[str] = []
    mentions: list[Mention] = []
    offset = 0
    for i, place in enumerate(named):
        frame = _FRAMES[language][i % 2]
        sentence = frame.format(n=n, p=place.name)
        at = offset + sentence.index(place.name)
        mentions.append(
            mention_of(place, at, place.name, kind=rng.choice(_KINDS), score=round(rng.random(), 3))
        )
        parts.append(sentence)
        offset += len(sentence) + 1
    tail = f"Synthetic filler {n}, version {version}, Ärger und Überraschung, año {2020 + n % 7}."
    parts.append(tail)
    if rng.random() < 0.2:  # an unresolved name
        at = offset + len(tail) + 1
        parts.append("Ort Xyzzy blieb unklar.")
        mentions.append(mention_of(None, at + 4, "Xyzzy", score=0.1))
    text = " ".join(parts)
    published = None
    if rng.random() < 0.9:
        published = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(525_600))
        if rng.random() < 0.3:
            published = published.astimezone(timezone(timedelta(hours=-6)))
    article = Article(
        id=f"synthetic-{n:06d}",
        text=text,
        origin=f"synthetic:{n}",
        title=f"Synthetic report {n}" + (f": {named[0].name}" if named else ""),
        source=_SOURCES[n % len(_SOURCES)],
        url=f"https://example.org/synthetic/{n}",
        published=published,
        language=language,
        author="Generator" if n % 4 == 0 else None,
        sample=True,
        content_hash=f"synthetic-{n}-v{version}",
    )
    return article, mentions, [p for p in places if p in named]


# -- a throwaway PostgreSQL with PostGIS ------------------------------------------------------------


class PostgresUnavailableError(RuntimeError):
    """PostgreSQL server binaries or the PostGIS extension are missing on this machine."""


#: The earlier name, still imported by other test folders.
PostgresUnavailable = PostgresUnavailableError


def find_pg_bindir() -> Path:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``."""
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            bindir = subprocess.run(
                [pg_config, "--bindir"], check=True, capture_output=True, text=True
            ).stdout.strip()
            if (Path(bindir) / "initdb").exists():
                return Path(bindir)
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    raise PostgresUnavailableError(
        "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH, via pg_config or under "
        "/usr/lib/postgresql/*/bin: install postgresql-15-postgis-3"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user() -> tuple[list[str], int | None, int | None]:
    """The command prefix that runs the server as an unprivileged user, and that user's ids.

    PostgreSQL refuses to run as root; as root we run it as ``postgres`` (created by the Debian
    package) through ``runuser``.
    """
    if os.geteuid() != 0:
        return [], None, None
    import pwd

    try:
        user = pwd.getpwnam("postgres")
    except KeyError as err:
        raise PostgresUnavailableError(
            "running as root, and there is no 'postgres' user to run the server as: "
            "install postgresql-15-postgis-3 or run the tests as a normal user"
        ) from err
    runuser = shutil.which("runuser")
    if runuser is None:
        raise PostgresUnavailableError("running as root, and runuser is missing to drop privileges")
    return [runuser, "-u", "postgres", "--"], user.pw_uid, user.pw_gid


@contextlib.contextmanager
def postgis_server(*, base: Path | None = None) -> Iterator[str]:
    """Start a private PostgreSQL with PostGIS on 127.0.0.1; yield the URL of a database in it.

    The cluster lives in a temporary folder (under ``base`` if given) with its unix sockets there,
    listens on a free TCP port, and is stopped with ``pg_ctl stop`` and deleted on exit. Every new
    database created in it has PostGIS (the extension is installed in ``template1``). Raises
    :class:`PostgresUnavailableError` when the binaries or the extension are missing.
    """
    import psycopg

    bindir = find_pg_bindir()
    prefix, uid, gid = _as_server_user()
    root = Path(tempfile.mkdtemp(prefix="geodata-pg-", dir=base))
    data = root / "data"
    data.mkdir()
    if uid is not None:
        for path in (root, data):
            os.chown(path, uid, gid)  # type: ignore[arg-type]
    # The server user must be able to reach its folder through every parent.
    os.chmod(root, 0o755)
    port = _free_port()
    log = root / "server.log"
    # Set before pg_ctl start: a start that times out (a loaded machine) may still leave a
    # running server behind, and it must be stopped before its folder is deleted.
    started = False
    try:
        try:
            subprocess.run(
                [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                 "-E", "UTF8", "--locale=C", "--no-sync"],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            options = (
                f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={root} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c max_connections=60"
            )
            started = True
            subprocess.run(
                [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
                 "-w", "-t", "60", "start"],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
        except subprocess.CalledProcessError as err:
            detail = (err.stderr or "") + (log.read_text() if log.exists() else "")
            raise PostgresUnavailableError(
                f"could not start PostgreSQL from {bindir}: {detail.strip()[-2000:]}"
            ) from err
        admin_url = f"postgresql://postgres@127.0.0.1:{port}/template1"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            try:
                conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            except psycopg.Error as err:
                raise PostgresUnavailableError(
                    f"the PostGIS extension is not installed for this PostgreSQL ({err}): "
                    "install postgresql-15-postgis-3"
                ) from err
            conn.execute("CREATE DATABASE geodata")
        logger.info("throwaway PostGIS on 127.0.0.1:%d in %s", port, root)
        yield f"postgresql://postgres@127.0.0.1:{port}/geodata"
    finally:
        if started:
            stopped = subprocess.run(
                [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                check=False, capture_output=True, text=True,
            )  # fmt: skip
            # pg_ctl also fails when no server ran (a failed start): only a pid file left behind
            # means a server may still be running.
            if stopped.returncode != 0 and (data / "postmaster.pid").exists():
                logger.warning(
                    "could not stop the throwaway PostgreSQL in %s: %s",
                    data,
                    stopped.stderr.strip(),
                )
        shutil.rmtree(root, ignore_errors=True)


#: A schema name that needs no quoting in SQL or in a URL.
_PLAIN_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def fresh_database(server_url: str, name: str) -> str:
    """Create database ``name`` (with PostGIS, from ``template1``) next to ``server_url``; its URL."""
    import psycopg
    from psycopg import sql

    base, _, _ = server_url.rpartition("/")
    database = sql.Identifier(name)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database))
        # FILE_COPY: PostgreSQL 15's default copies the template through the WAL and shared
        # buffers, which makes many test databases slow to create and the server slow to stop.
        conn.execute(sql.SQL("CREATE DATABASE {} STRATEGY = FILE_COPY").format(database))
    return f"{base}/{quote(name, safe='')}"


def fresh_schema(server_url: str, name: str) -> str:
    """Create an empty schema ``name`` in the database of ``server_url``; a URL that uses it.

    The URL sets ``search_path`` to the schema (then ``public``, where PostGIS lives), so a store
    opened on it creates its tables there: a private store in milliseconds, where a new database
    takes about a second.
    """
    import psycopg
    from psycopg import sql

    if not _PLAIN_NAME.fullmatch(name):
        # The name also goes unquoted into search_path in the URL.
        raise ValueError(f"a schema name must be lower-case letters, digits and '_', got {name!r}")
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
    separator = "&" if "?" in server_url else "?"
    return f"{server_url}{separator}options=-csearch_path%3D{name}%2Cpublic"


def drop_schema(server_url: str, name: str) -> None:
    """Drop schema ``name`` and everything in it; left in place if a connection still locks it."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("SET lock_timeout = '10s'")
        try:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))
        except psycopg.errors.LockNotAvailable:
            logger.warning("schema %s is still in use; left for the server's teardown", name)


def drop_database(server_url: str, name: str) -> None:
    """Drop database ``name`` next to ``server_url``, closing any connection still open to it."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def write_synthetic(url: str, start: int, stop: int, *, version: int = 0) -> dict[str, int]:
    """Save synthetic articles ``start`` to ``stop - 1`` into the store at ``url``; outcome counts."""
    from geodata.store import open_store

    counts: dict[str, int] = {}
    with open_store(url) as store:
        for n in range(start, stop):
            outcome = store.save(*synthetic_article(n, version=version))
            counts[outcome.value] = counts.get(outcome.value, 0) + 1
    return counts


def _main(argv: list[str]) -> int:
    """``python -m geodata.testing write URL START STOP [VERSION]``: used by the store's process tests."""
    import json
    import sys

    if len(argv) not in (4, 5) or argv[0] != "write":
        print("usage: python -m geodata.testing write URL START STOP [VERSION]", file=sys.stderr)
        return 2
    version = int(argv[4]) if len(argv) == 5 else 0
    counts = write_synthetic(argv[1], int(argv[2]), int(argv[3]), version=version)
    print(json.dumps(counts, sort_keys=True))
    return 0


def postgis_fixtures() -> tuple[Any, Any]:
    """The pytest fixtures ``pg_server`` (session) and ``pg_url`` (per test), for any conftest.

    ``pg_server_fixture, pg_url_fixture = postgis_fixtures()`` at a conftest's top level, under
    the names ``pg_server`` and ``pg_url``, gives its tests a private PostGIS server for the session
    and a fresh database per test. Without the server binaries or PostGIS the tests skip (and fail
    under ``GEODATA_NO_SKIP=1``).
    """
    import itertools

    import pytest

    numbers = itertools.count(1)

    @pytest.fixture(scope="session")
    def pg_server() -> Iterator[str]:
        """The URL of a database in a private PostgreSQL with PostGIS on 127.0.0.1."""
        try:
            with postgis_server() as url:
                yield url
        except PostgresUnavailableError as err:
            pytest.skip(f"PostGIS unavailable: {err}")

    @pytest.fixture
    def pg_url(pg_server: str) -> Iterator[str]:
        """An empty store location for one test (its own schema, see :func:`fresh_schema`)."""
        name = f"test_{os.getpid()}_{next(numbers)}"
        yield fresh_schema(pg_server, name)
        drop_schema(pg_server, name)

    return pg_server, pg_url


if __name__ == "__main__":
    import sys

    raise SystemExit(_main(sys.argv[1:]))
