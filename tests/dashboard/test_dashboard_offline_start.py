"""Starting the dashboard asks no outside host for anything, not even for the banner it prints."""

from __future__ import annotations

import pytest
from streamlit import config, net_util
from streamlit.web import bootstrap

from geodata.config import PROJECT_ROOT


@pytest.fixture
def project_config(monkeypatch: pytest.MonkeyPatch):
    """Streamlit's options as `make run` reads them: from the project's .streamlit/config.toml."""
    monkeypatch.chdir(PROJECT_ROOT)
    config.get_config_options(force_reparse=True)
    yield
    monkeypatch.undo()
    config.get_config_options(force_reparse=True)


def test_the_start_up_banner_does_not_look_up_the_external_address(
    project_config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(net_util, "get_external_ip", lambda: asked.append("external ip") or None)

    assert config.get_option("server.headless") is True  # as on a server without a display
    bootstrap._print_url(is_running_hello=False)

    assert asked == []
    assert "http://localhost:" in capsys.readouterr().out


def test_the_project_sends_no_usage_statistics(project_config) -> None:
    assert config.get_option("browser.gatherUsageStats") is False
