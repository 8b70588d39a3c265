"""Real-browser check: JupyterLab with the jgrad kernel, a notebook opened in headless Debian
chromium (driven by playwright-core, tests/browser/run_notebook.mjs), Run All Cells, then: no
error outputs, a static chart image visible, and a %%track chart that was redrawn in place while
its cell ran. The screenshot, the page/websocket traffic and the server log are kept in
target/browser/ as CI artifacts. System tools come from scripts/ensure-browser.sh.

It once hung with the status bar at "Unknown": the kernel (basekernel without a history manager)
dropped JupyterLab's history_request without a reply or busy/idle status, and the notebook never
saw the kernel become idle. tests/test_kernel_server.py guards that at the protocol level."""
import json
import os
import shutil
import subprocess

import pytest

from jupyter_server_process import ROOT, running_server

DRIVER = ROOT / "tests" / "browser"
OUT = ROOT / "target" / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# A small notebook with a static chart and a live %%track chart (a few seconds of training).
NOTEBOOK = DRIVER / "live_charts.ipynb"
# Lab settings for the run: render every cell (no windowing) so all outputs are in the page.
LAB_SETTINGS = {"@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
                "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"}}


def require_tools():
    missing = [tool for tool, ok in (("chromium", os.access(CHROMIUM, os.X_OK)),
                                     ("node", shutil.which("node")), ("npm", shutil.which("npm"))) if not ok]
    if missing:
        pytest.fail(f"browser test needs {', '.join(missing)}: run scripts/ensure-browser.sh")
    if not (DRIVER / "node_modules" / "playwright-core").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=DRIVER, check=True)


@pytest.fixture
def lab(tmp_path):
    """A JupyterLab server on a free port with a random token, serving a copy of the notebook
    (Run All must not autosave outputs into the committed file)."""
    require_tools()
    work = tmp_path / "notebooks"
    work.mkdir()
    shutil.copy(NOTEBOOK, work)
    settings = tmp_path / "settings"
    for name, value in LAB_SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(value))
    extra = [f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}"]
    with running_server("jupyterlab", tmp_path, work, OUT / "jupyter-lab.log", extra) as server:
        yield server


def cell_starting(cells, prefix):
    [cell] = [c for c in cells if c["firstLine"].startswith(prefix)]
    return cell


def test_notebook_runs_in_jupyterlab_with_live_track_chart(lab):
    base, token = lab
    screenshot = OUT / f"{NOTEBOOK.stem}.png"
    run = subprocess.run(["node", "run_notebook.mjs", f"{base}/lab/tree/{NOTEBOOK.name}?token={token}",
                          str(screenshot), "90"],
                         cwd=DRIVER, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"browser driver failed:\n{run.stdout}\n{run.stderr}"
    report = json.loads(run.stdout.strip().splitlines()[-1])
    (OUT / "cells.json").write_text(json.dumps(report, indent=1))
    cells = report["cells"]
    assert report["finished"], (f"not every cell finished (see {screenshot} and "
                                f"{screenshot.with_suffix('.traffic.log')}): {run.stderr} {cells}")

    errors = [(c["index"], c["errors"]) for c in cells if c["errors"]]
    assert not errors, f"error outputs in the browser: {errors}"
    assert all(c["prompt"].strip() not in ("[ ]:", "[*]:") for c in cells if c["code"]), cells
    static = cell_starting(cells, "var w")
    assert static["charts"] == 1, f"the loss curve is not visible: {static}"
    track = cell_starting(cells, "%%track")
    assert track["charts"] == 1, f"the %%track chart is not visible at the end: {track}"
    assert track["chartsSeenWhileRunning"] > 1, f"the %%track chart was not redrawn while it ran: {track}"
    assert report["displayUpdates"] > 0, "no update_display_data reached the page"
    assert screenshot.stat().st_size > 10_000, "screenshot is suspiciously small"
