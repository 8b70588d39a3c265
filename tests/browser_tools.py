"""What the browser tests share: where the Playwright drivers live, where screenshots go, a JupyterLab
server with the Lab settings for a run, a jgrad notebook written from cell sources, and the check that
Chromium, node and playwright-core are there."""
import contextlib
import json
import os
import shutil
import subprocess

import pytest

from jupyter_server_process import ROOT, running_server

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


@contextlib.contextmanager
def jupyterlab(home, work, log_name):
    """A JupyterLab server with LAB_SETTINGS serving the folder work (its state under home, its log as
    OUT/log_name); yields (base, token)."""
    settings = home / "settings"
    for name, value in LAB_SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(value))
    extra = [f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={home / 'workspaces'}"]
    with running_server("jupyterlab", home, work, OUT / log_name, extra) as server:
        yield server


def write_notebook(path, sources):
    """A notebook for the jgrad kernel with one code cell per source, not run yet."""
    path.write_text(json.dumps({
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "jgrad", "display_name": "Java (jgrad)", "language": "java"}},
        "cells": [{"cell_type": "code", "metadata": {}, "source": source, "outputs": [], "execution_count": None}
                  for source in sources],
    }))
