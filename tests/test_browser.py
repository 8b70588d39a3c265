"""Real-browser check: JupyterLab with the jgrad kernel, a notebook opened in headless Debian
chromium (driven by playwright-core, tests/browser/run_notebook.mjs) in a 1280x900 window, Run All
Cells, then: no error outputs, a static chart image visible, a %%track chart over 5,000 steps that
was redrawn in place while its cell ran and fits the notebook column, a 100x100 tensor whose
one-line caption and summarised table fit the column, and a Shift-Tab tooltip with javadoc. The
screenshots (track_5000_steps.png, tensor_100x100.png, shift_tab_tooltip.png), the page/websocket
traffic and the server log are kept in target/browser/ as CI artifacts. System tools come from
scripts/ensure-browser.sh.

Run All picked right after opening a notebook, before JupyterLab has a kernel for it, is dropped by
JupyterLab itself (with ipykernel too); with the enableKernelInitNotification default that scripts/start.sh
gives it (browser_tools.LAB_SETTINGS here), JupyterLab says the kernel is still initializing instead of doing
nothing, and Run All once the kernel is idle runs every cell (tests/browser/run_all_on_open.mjs, several
tries with a fresh kernel each).

It once hung with the status bar at "Unknown": the kernel (basekernel without a history manager)
dropped JupyterLab's history_request without a reply or busy/idle status, and the notebook never
saw the kernel become idle. tests/test_kernel_server.py guards that at the protocol level."""
import json
import shutil
import subprocess

import pytest

from browser_tools import DRIVER, OUT, jupyterlab, require_tools, write_notebook

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# A small notebook with a static chart and a live %%track chart (a few seconds of training).
NOTEBOOK = DRIVER / "live_charts.ipynb"
# Quick cells, each using the one before, for Run All right after opening.
QUICK_CELLS = ["int a = 41;", "a + 1", 'System.out.println("a is " + a);', "var t = Tensor.ones(2, 2);",
               "t.sum().item()"]
OPEN_AND_RUN_TRIES = 4


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a free port with a random token, serving a copy of the notebook
    (Run All must not autosave outputs into the committed file)."""
    require_tools()
    tmp_path = tmp_path_factory.mktemp("lab")
    work = tmp_path / "notebooks"
    work.mkdir()
    shutil.copy(NOTEBOOK, work)
    write_notebook(work / "quick.ipynb", QUICK_CELLS)
    with jupyterlab(tmp_path, work, "jupyter-lab.log") as server:
        yield server


def cell_starting(cells, prefix):
    [cell] = [c for c in cells if c["firstLine"].startswith(prefix)]
    return cell


@pytest.fixture(scope="module")
def report(lab):
    """One run of the notebook in the browser: what run_notebook.mjs saw (screenshots in OUT)."""
    base, token = lab
    for name in ("track_5000_steps.png", "tensor_100x100.png", "shift_tab_tooltip.png", "cells.json"):
        (OUT / name).unlink(missing_ok=True)  # never judge a stale screenshot
    run = subprocess.run(["node", "run_notebook.mjs", f"{base}/lab/tree/{NOTEBOOK.name}?token={token}",
                          str(OUT), "120"],
                         cwd=DRIVER, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"browser driver failed:\n{run.stdout}\n{run.stderr}"
    found = json.loads(run.stdout.strip().splitlines()[-1])
    (OUT / "cells.json").write_text(json.dumps(found, indent=1))
    found["stderr"] = run.stderr
    return found


def test_notebook_runs_in_jupyterlab_with_live_track_chart(report):
    cells = report["cells"]
    assert report["finished"], (f"not every cell finished (see {OUT}/track_5000_steps.png and "
                                f"{OUT}/traffic.log): {report['stderr']} {cells}")

    errors = [(c["index"], c["errors"]) for c in cells if c["errors"]]
    assert not errors, f"error outputs in the browser: {errors}"
    assert all(c["prompt"].strip() not in ("[ ]:", "[*]:") for c in cells if c["code"]), cells
    static = cell_starting(cells, "var w")
    assert static["charts"] == 1, f"the loss curve is not visible: {static}"
    track = cell_starting(cells, "%%track")
    assert track["charts"] == 1, f"the %%track chart is not visible at the end: {track}"
    assert track["chartsSeenWhileRunning"] > 1, f"the %%track chart was not redrawn while it ran: {track}"
    assert report["displayUpdates"] > 0, "no update_display_data reached the page"
    image = track["image"]
    assert image["right"] <= image["areaRight"] + 1, f"the %%track chart is wider than the notebook column: {image}"
    assert 700 <= image["width"] <= 800, f"the %%track chart should fill the column: {image}"
    for name in ("track_5000_steps.png", "tensor_100x100.png", "shift_tab_tooltip.png"):
        assert (OUT / name).stat().st_size > 10_000, f"screenshot {name} is suspiciously small"


def test_large_tensor_fits_the_column_and_shift_tab_shows_javadoc(report):
    tensor = report["tensor"]
    assert tensor, "the 100x100 tensor's view was not found"
    assert tensor["caption"] == "tensor [100, 100] · float32", tensor
    assert tensor["captionLines"] == 1, f"the caption wraps: {tensor}"
    assert tensor["captionRight"] <= tensor["areaRight"] and tensor["tableRight"] <= tensor["areaRight"], \
        f"the tensor view runs out of the notebook column: {tensor}"
    assert tensor["tableRight"] <= tensor["viewportWidth"] and tensor["tableBottom"] <= tensor["viewportHeight"], tensor
    assert tensor["rows"] == 7, f"3 rows, a row of ellipses, 3 rows: {tensor}"
    tooltip = report["tooltip"]
    assert tooltip, "Shift-Tab after Plots.curves( showed no tooltip"
    assert "Plots.curves(String title, String xLabel" in tooltip, tooltip
    assert "One line per named series" in tooltip, f"the tooltip has no javadoc: {tooltip}"


def test_run_all_right_after_opening_never_silently_does_nothing(lab):
    base, token = lab
    run = subprocess.run(["node", "run_all_on_open.mjs", base, token, "quick.ipynb", str(OUT),
                          str(OPEN_AND_RUN_TRIES), "120"],
                         cwd=DRIVER, capture_output=True, text=True, timeout=800)
    assert run.returncode == 0, f"browser driver failed:\n{run.stdout}\n{run.stderr}"
    tries = json.loads(run.stdout.strip().splitlines()[-1])["tries"]
    (OUT / "run_all_on_open.json").write_text(json.dumps(tries, indent=1))
    numbered = [f"[{n}]:" for n in range(1, len(QUICK_CELLS) + 1)]
    for t in tries:
        context = f"(see {OUT}/run_all_on_open_{t['try']}.png and run_all_on_open.log): {t}"
        assert t["ranAll"] or t["notified"], f"Run All did nothing and said nothing {context}"
        if not t["ranAll"]:
            assert all(p == "[ ]:" for p in t["promptsAfterNotice"]), f"some cells ran, some not {context}"
            assert t["ranAllAgain"], f"Run All after the notice did not run every cell {context}"
        assert t["prompts"] == numbered, context
