"""Real-browser check of a notebook used as a student uses it, typing into its cells in JupyterLab
(headless chromium, tests/browser/type_in_notebook.mjs): Tab after `x.` on a tensor lists the tensor's
API first, with none of Object's wait/notify/getClass/hashCode; Shift-Tab after `x.sum(` shows its
signatures with javadoc; a declaration of `x` that does not compile shows its error and leaves `x` as it
was; a %%track loop without step() on a log axis and Plots.gradFlow draw charts that fit the column. The
screenshots (tab_completion.png, shift_tab_sum.png, rejected_redeclaration.png, track_log_y.png,
gradflow.png) are kept in target/browser/ for a person to look at."""
import json
import subprocess

import pytest

from browser_tools import DRIVER, OUT, jupyterlab, require_tools, write_notebook

pytestmark = [pytest.mark.slow, pytest.mark.browser]

SCREENSHOTS = ("tab_completion.png", "shift_tab_sum.png", "rejected_redeclaration.png", "track_log_y.png",
               "gradflow.png")
OBJECT_INTERNALS = {"wait", "notify", "notifyAll", "getClass", "hashCode"}


@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    require_tools()
    tmp_path = tmp_path_factory.mktemp("lab-typing")
    work = tmp_path / "notebooks"
    work.mkdir()
    write_notebook(work / "typing.ipynb", [""])
    for name in SCREENSHOTS:
        (OUT / name).unlink(missing_ok=True)  # never judge a stale screenshot
    with jupyterlab(tmp_path, work, "jupyter-lab-typing.log") as (base, token):
        run = subprocess.run(["node", "type_in_notebook.mjs", f"{base}/lab/tree/typing.ipynb?token={token}",
                              str(OUT), "120"], cwd=DRIVER, capture_output=True, text=True, timeout=400)
    assert run.returncode == 0, f"browser driver failed:\n{run.stdout}\n{run.stderr}"
    found = json.loads(run.stdout.strip().splitlines()[-1])
    (OUT / "typing.json").write_text(json.dumps({**found, "stderr": run.stderr}, indent=1))
    assert found["finished"], f"{run.stderr} {found}"
    for name in SCREENSHOTS:
        assert (OUT / name).stat().st_size > 10_000, f"screenshot {name} is suspiciously small"
    return found


def names(labels):
    """Completer labels without their parameter lists: "sum(" -> "sum"."""
    return [label.split("(")[0] for label in labels]


def test_tab_lists_the_tensor_api_first_without_objects_internals(seen):
    completion = seen["completion"]
    assert completion, "Tab after x. showed no completer"
    shown = names(completion["labels"])
    assert not OBJECT_INTERNALS & set(shown), shown
    assert {"sum", "shape", "backward", "grad"} <= set(shown), shown
    in_view = shown[:completion["inView"]]
    assert in_view and "equals" not in in_view and "toString" not in in_view, \
        f"the list opens on Object's members rather than the tensor's: {in_view}"
    assert shown.index("sum") < shown.index("equals") and shown.index("shape") < shown.index("toString"), shown


def test_shift_tab_shows_the_signature_with_javadoc(seen):
    tooltip = seen["tooltip"]
    assert tooltip, "Shift-Tab after x.sum( showed no tooltip"
    assert tooltip.startswith("Tensor Tensor.sum()\n"), tooltip
    assert "The sum of all elements, as a 0-d tensor" in tooltip, f"the tooltip has no javadoc: {tooltip}"
    assert "Tensor Tensor.sum(int dim, boolean keepdim)" in tooltip, f"an overload is missing: {tooltip}"


def test_a_rejected_declaration_shows_its_error_and_keeps_x(seen):
    declared, rejected, read = seen["cells"][:3]
    assert declared["outputs"] == [], declared
    [error] = rejected["outputs"]
    assert "incompatible types: java.lang.String cannot be converted to int" in error["text"], rejected
    [value] = read["outputs"]
    assert value["text"].strip() == "[2, 3] 6.0", read


def test_charts_render_inside_the_column(seen):
    track, gradflow = seen["cells"][3:5]
    for cell in (track, gradflow):
        assert cell["images"], f"no chart: {cell}"
        assert not [o for o in cell["outputs"] if o["mimeType"] == "application/vnd.jupyter.stderr"], cell
        for image in cell["images"]:
            assert image["right"] <= image["areaRight"] + 1, f"the chart is wider than the column: {cell}"
    assert any("1350 steps" in o["text"] for o in track["outputs"]), f"the steps drawn are not reported: {track}"
