"""What the browser tests share: where the Playwright drivers live, where screenshots go, the Lab settings
for a run, and the check that Chromium, node and playwright-core are there."""
import json
import os
import shutil
import subprocess

import pytest

from jupyter_server_process import ROOT

DRIVER = ROOT / "tests" / "browser"
OUT = ROOT / "target" / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# The defaults scripts/start.sh gives JupyterLab (the notice when Run All comes before the kernel exists).
START_SH_DEFAULTS = json.loads((ROOT / "scripts" / "jupyterlab-overrides.json").read_text())
# Lab settings for the run: start.sh's defaults; render every cell (no windowing) so all outputs are in the page.
LAB_SETTINGS = {"@jupyterlab/notebook-extension/tracker.jupyterlab-settings":
                {**START_SH_DEFAULTS["@jupyterlab/notebook-extension:tracker"], "windowingMode": "none"},
                "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"}}


def require_tools():
    missing = [tool for tool, ok in (("chromium", os.access(CHROMIUM, os.X_OK)),
                                     ("node", shutil.which("node")), ("npm", shutil.which("npm"))) if not ok]
    if missing:
        pytest.fail(f"browser test needs {', '.join(missing)}: run scripts/ensure-browser.sh")
    if not (DRIVER / "node_modules" / "playwright-core").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=DRIVER, check=True)
