"""The world gazetteer and the default parser over it, shared by the gazetteer's tests (a test
module may define its own small ``gaz`` instead)."""

from __future__ import annotations

import pytest

from geodata.gazetteer import Gazetteer
from geodata.parse.pipeline import Parser, default_parser


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="session")
def parser() -> Parser:
    return default_parser()
