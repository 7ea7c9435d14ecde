"""Vendor the browser assets the dashboard's map needs into ``dashboard/static/vendor/``.

The folium map would otherwise load Leaflet, jQuery and every plugin from public CDNs, and the map
stays blank offline. This script fetches the packages with ``npm pack`` (the npm registry is the
only network source), unpacks only the dist files and the licence of each package, and writes them
under ``dashboard/static/vendor/NAME/``, which Streamlit serves at ``/app/static/vendor/NAME/``.

Run it from the project root when a version changes::

    .venv/bin/python scripts/vendor_assets.py

The committed result is what the app uses; users never need npm.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent.parent / "dashboard" / "static" / "vendor"


@dataclass(frozen=True, slots=True)
class Package:
    """One npm package: its spec, the folder it lands in, and which of its files to keep."""

    spec: str
    folder: str
    files: tuple[str, ...]


#: Every file the map's HTML loads, and each package's licence.
PACKAGES: tuple[Package, ...] = (
    Package(
        "leaflet@1.9.3",
        "leaflet",
        (
            "LICENSE",
            "dist/leaflet.js",
            "dist/leaflet.css",
            "dist/images/layers.png",
            "dist/images/layers-2x.png",
            "dist/images/marker-icon.png",
            "dist/images/marker-icon-2x.png",
            "dist/images/marker-shadow.png",
        ),
    ),
    Package("jquery@3.7.1", "jquery", ("LICENSE.txt", "dist/jquery.min.js")),
    Package(
        "leaflet.markercluster@1.1.0",
        "leaflet.markercluster",
        (
            "MIT-LICENCE.txt",
            "dist/leaflet.markercluster.js",
            "dist/MarkerCluster.css",
            "dist/MarkerCluster.Default.css",
        ),
    ),
    Package("leaflet.heat@0.2.0", "leaflet.heat", ("LICENSE", "dist/leaflet-heat.js")),
)


def npm_pack(spec: str, workdir: Path) -> Path:
    """Download one package tarball with ``npm pack`` into ``workdir`` and return its path."""
    try:
        done = subprocess.run(
            ["npm", "pack", spec, "--silent"],
            cwd=workdir,
            check=True,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError as err:
        raise SystemExit("npm not found: install Node.js (npm) to vendor the assets") from err
    except subprocess.CalledProcessError as err:
        raise SystemExit(f"npm pack {spec} failed: {err.stderr.strip()}") from err
    name = done.stdout.strip().splitlines()[-1]
    return workdir / name


def unpack(package: Package, tarball: Path, target: Path) -> list[Path]:
    """Copy the package's chosen files from ``tarball`` into ``target/package.folder``."""
    written: list[Path] = []
    dest_root = target / package.folder
    with tarfile.open(tarball, "r:gz") as archive:
        for relative in package.files:
            member = archive.getmember(f"package/{relative}")
            source = archive.extractfile(member)
            if source is None:
                raise SystemExit(f"{package.spec}: {relative} is not a regular file")
            dest = dest_root / relative.removeprefix("dist/")
            dest.parent.mkdir(parents=True, exist_ok=True)
            with source, dest.open("wb") as out:
                shutil.copyfileobj(source, out)
            written.append(dest)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=Path, default=STATIC, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as tmp:
        for package in PACKAGES:
            tarball = npm_pack(package.spec, Path(tmp))
            for path in unpack(package, tarball, args.target):
                logger.info("wrote %s", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
