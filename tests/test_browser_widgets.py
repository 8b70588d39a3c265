"""Real-browser check of widgets: JupyterLab (with jupyterlab_widgets) runs a notebook of jgrad.widgets in
headless chromium (tests/browser/widgets_notebook.mjs). The slider, button, checkbox, dropdown and progress bar
render as widgets; interact's Output shows the function's result; pressing the right arrow key on the slider
recomputes it in the Output; clicking the button prints into its Output. The screenshot is kept as
target/browser/widgets.png."""
import json
import subprocess

import pytest

from browser_tools import DRIVER, LAB_SETTINGS, OUT, require_tools
from jupyter_server_process import running_server

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CELLS = [
    'var n = new IntSlider(0, 10).value(3).description("n");\ninteract(k -> "square " + k * k, n);',
    'var out = new Output();\nvar b = new Button("Click me");\n'
    'b.onClick(out.capturing(() -> System.out.println("clicked with n = " + n.value())));\nnew VBox(b, out)',
    'new HBox(new Checkbox(true).description("bias"), new Dropdown<>("relu", "tanh"), new FloatProgress(0, 1).value(0.6))',
]


def notebook(path):
    path.write_text(json.dumps({
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "jgrad", "display_name": "Java (jgrad)", "language": "java"}},
        "cells": [{"cell_type": "code", "metadata": {}, "source": source, "outputs": [], "execution_count": None}
                  for source in CELLS],
    }))


@pytest.fixture(scope="module")
def steps(tmp_path_factory):
    require_tools()
    tmp_path = tmp_path_factory.mktemp("lab-widgets")
    work = tmp_path / "notebooks"
    work.mkdir()
    notebook(work / "widgets.ipynb")
    settings = tmp_path / "settings"
    for name, value in LAB_SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(value))
    extra = [f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}"]
    screenshot = OUT / "widgets.png"
    screenshot.unlink(missing_ok=True)  # never judge a stale screenshot
    with running_server("jupyterlab", tmp_path, work, OUT / "jupyter-lab-widgets.log", extra) as (base, token):
        run = subprocess.run(["node", "widgets_notebook.mjs", f"{base}/lab/tree/widgets.ipynb?token={token}",
                              str(screenshot), "120"], cwd=DRIVER, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"browser driver failed:\n{run.stdout}\n{run.stderr}"
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["finished"], f"{run.stderr}\n{found['steps']} (see {screenshot})"
    assert screenshot.is_file()
    return found["steps"]


def test_widgets_render_without_errors(steps):
    interact, clicker, row = steps["ran"]
    for cell in steps["ran"]:
        assert cell["errors"] == [] and cell["widgetErrors"] == [], cell
    assert interact["sliders"] == 1 and interact["readouts"] == ["3"] and interact["outputs"] == ["square 9"]
    assert clicker["buttons"] == ["Click me"] and clicker["outputs"] == [""]
    assert (row["checkboxes"], row["dropdowns"], row["progress"]) == (1, 1, ["60%"]), row


def test_moving_the_slider_recomputes_interacts_output(steps):
    interact = steps["moved"][0]
    assert interact["readouts"] == ["4"] and interact["outputs"] == ["square 16"], interact


def test_a_click_prints_into_the_output_widget(steps):
    clicker = steps["clicked"][1]
    assert clicker["outputs"] == ["clicked with n = 4"], clicker
    assert clicker["errors"] == [], "the listener's print went into the Output widget, not below the cell"
