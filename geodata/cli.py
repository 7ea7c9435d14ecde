"""The command line: ``python -m geodata COMMAND ...``.

Each command is a module in :mod:`geodata.commands` with ``add_arguments(parser)`` and
``run(args) -> int``. Command modules keep heavy imports inside ``run`` so that ``--help`` is fast.
Exit codes: 0 success, 1 some inputs failed (each named on stderr), 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from geodata.errors import ConfigurationError, GeodataError

#: name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("geodata.commands.parse", "find and resolve the places in texts, print JSON"),
    "evaluate": ("geodata.commands.evaluate", "score the geoparser on a geoparsing corpus"),
    "ingest": ("geodata.commands.ingest", "read articles, feeds and pages into the store"),
    "export": ("geodata.commands.export", "write stored places and mentions as GeoJSON/CSV/GeoParquet"),
    "gazetteer": ("geodata.commands.gazetteer", "build or inspect the offline gazetteer"),
}

EXIT_OK = 0
EXIT_FAILURES = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m geodata",
        description="Find the places news articles mention, resolve them offline, store them for a map.",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(command_parser)
        command_parser.set_defaults(_run=module.run)
    return parser


def configure_logging(verbosity: int) -> None:
    """Logging is configured here, at the entry point, and nowhere in the library."""
    level = logging.WARNING if verbosity <= 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(args.verbose)
    try:
        return int(args._run(args))
    except ConfigurationError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except GeodataError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_FAILURES
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
