"""What the headless Chromium tests share: where the browser is, how it starts, and their marks.

The ``server`` and ``shots`` fixtures they use are in ``tests/conftest.py``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# A browser test is marked ``browser`` and skips, with the install command, without Chromium.
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and shutil.which("chromium") is None,
        reason=f"Chromium not installed at {CHROMIUM} (apt-get install chromium)",
    ),
]
