"""The foundation: layout, errors, value types, configuration, the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from geodata import config
from geodata.cli import COMMANDS, main
from geodata.errors import ConfigurationError, GeodataError, InputError, StoreError
from geodata.model import Place, check_lat_lon


def test_errors_share_one_root_and_their_builtin() -> None:
    assert issubclass(ConfigurationError, GeodataError)
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(InputError, ValueError)
    assert issubclass(StoreError, RuntimeError)


def test_swapped_coordinates_are_refused_with_a_hint() -> None:
    with pytest.raises(InputError, match="swapped"):
        check_lat_lon(113.4, 23.0)


def test_missing_coordinate_never_becomes_zero() -> None:
    with pytest.raises(InputError, match="both"):
        Place(id="x", name="Nowhere", feature="city", lat=None, lon=12.0)
    place = Place(id="y", name="Unknown", feature="region", lat=None, lon=None)
    assert place.lat is None
    assert place.lon is None


def test_db_url_prefers_flag_then_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("GEODATA_HOME", str(tmp_path))
    monkeypatch.delenv("GEODATA_DB", raising=False)
    assert config.db_url() == f"sqlite:///{tmp_path / 'geodata.sqlite'}"
    monkeypatch.setenv("GEODATA_DB", "sqlite:///from-env.sqlite")
    assert config.db_url() == "sqlite:///from-env.sqlite"
    assert config.db_url("postgresql://u@127.0.0.1/db") == "postgresql://u@127.0.0.1/db"


def test_unknown_store_scheme_names_the_accepted_ones() -> None:
    from geodata.store import open_store

    with pytest.raises(ConfigurationError, match="sqlite:///PATH"):
        open_store("mysql://nowhere/db")


def test_every_command_has_help() -> None:
    for name in COMMANDS:
        with pytest.raises(SystemExit) as exited:
            main([name, "--help"])
        assert exited.value.code == 0


def test_usage_error_exits_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "geodata", "no-such-command"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_design_card_layout() -> None:
    for folder in ("dashboard", "geodata", "articles", "tests"):
        assert (config.PROJECT_ROOT / folder).is_dir(), folder
    assert (config.PROJECT_ROOT / "requirements.txt").is_file()
    assert (config.ARTICLES_DIR / "README.md").is_file()
