"""Suite-wide settings.

Tiers that need something outside Python (a browser, PostGIS, a Dask cluster) skip when it is
missing on a user's machine. With ``GEODATA_NO_SKIP=1`` (set by ``.ci/run``) every skip becomes a
failure instead, so CI cannot pass by quietly not running them.
"""

from __future__ import annotations

import os

import pytest

NO_SKIP = os.environ.get("GEODATA_NO_SKIP", "") not in ("", "0", "false", "no")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    outcome = yield
    report = outcome.get_result()
    if NO_SKIP and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under GEODATA_NO_SKIP=1, which makes skips failures: {reason}"
