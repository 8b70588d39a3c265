"""Executes every notebook in notebooks/ through a real Jupyter client (nbclient) with the
jgrad kernel and fails on any error output or on a magic cell whose MIME bundle does not show that
the magic ran (a chart, an SVG graph, a gradcheck table, a final %%track frame). They run the way
scripts/start.sh has users run them: in a working copy (target/notebooks/, made fresh by the same
script), kernel working directory included, saved in place; the checkout must stay unchanged."""
import hashlib
import pathlib
import re
import shutil
import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient
from nbconvert import HTMLExporter

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
OUT = ROOT / "target" / "notebooks"
sys.path.insert(0, str(ROOT / "scripts"))
from notebook_working_copy import refresh  # noqa: E402

pytestmark = pytest.mark.slow


def checkout_state():
    """Every file under notebooks/ with its hash."""
    return {str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((ROOT / "notebooks").rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def working_copy():
    """A fresh working copy of notebooks/ and the checkout's state before any notebook runs."""
    shutil.rmtree(OUT, ignore_errors=True)
    refresh(ROOT / "notebooks", OUT)
    return checkout_state()


def error_outputs(nb):
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                yield index, f"{output.get('ename')}: {output.get('evalue')}"


def shown(outputs):
    """The MIME bundles a cell left in the notebook (nbclient applies update_display_data in place)."""
    return [o["data"] for o in outputs if o.get("output_type") in ("display_data", "execute_result")]


def has(mime, text=""):
    """A check: some bundle holds `mime` whose content contains `text`."""
    return lambda bundles: any(mime in b and text in b[mime] for b in bundles)


def final_track_frame(bundles):
    """One live chart, left showing its last frame: the summary ("N steps, ... loss: last ...") has
    replaced the progress line and the PNG is still there."""
    return len(bundles) == 1 and "image/png" in bundles[0] and \
        re.search(r"^\d+ steps, .*: last ", bundles[0].get("text/plain", ""), re.S) is not None


# What the output of a cell starting with each magic must contain once the magic has run.
MAGIC_OUTPUTS = {
    "%%track": final_track_frame,
    "%plot": has("image/png"),
    "%landscape": has("image/png"),
    "%gradflow": has("image/png"),
    "%gradhist": has("image/png"),
    "%acthist": has("image/png"),
    "%lrfind": has("image/png"),
    "%graph": has("image/svg+xml", "<svg"),
    "%gradcheck": has("text/html", "passed"),
    "%anomaly": has("text/plain", "anomaly mode is "),
}


def magic_of(cell):
    """The magic a code cell starts with ("%%track", "%plot", ...), or None."""
    first = cell.source.lstrip().split(None, 1)
    return first[0] if cell.cell_type == "code" and first and first[0].startswith("%") else None


def magic_cells(nb):
    return [(index, magic_of(cell), cell) for index, cell in enumerate(nb.cells) if magic_of(cell)]


def test_every_magic_is_used_in_the_notebooks():
    """Every training and chart magic appears in the curriculum."""
    used = {magic for path in NOTEBOOKS for _, magic, _ in magic_cells(nbformat.read(path, as_version=4))}
    assert set(MAGIC_OUTPUTS) <= used, f"magics no notebook uses: {sorted(set(MAGIC_OUTPUTS) - used)}"
    assert used <= set(MAGIC_OUTPUTS), f"add an output check for: {sorted(used - set(MAGIC_OUTPUTS))}"


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ has no .ipynb files"


def test_notebooks_match_their_sources():
    """The committed .ipynb files are exactly what scripts/notebooks/ builds (outputs cleared)."""
    build = subprocess.run([sys.executable, str(ROOT / "scripts" / "notebooks" / "build_notebooks.py"), "--check"],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_without_errors(path, working_copy):
    nb = nbformat.read(OUT / path.name, as_version=4)
    client = NotebookClient(nb, kernel_name="jgrad", timeout=300, allow_errors=True,
                            resources={"metadata": {"path": str(OUT)}})
    client.execute()
    nbformat.write(nb, OUT / path.name)
    errors = list(error_outputs(nb))
    assert not errors, f"{path.name}: error outputs in cells {errors}"
    saved = nbformat.read(OUT / path.name, as_version=4)   # the charts must survive saving the notebook
    for index, magic, cell in magic_cells(saved):
        bundles = shown(cell.outputs)
        summary = [{mime: str(data)[:80] for mime, data in b.items()} for b in bundles]
        assert MAGIC_OUTPUTS[magic](bundles), f"{path.name} cell {index} ({magic}): unexpected output {summary}"
    assert_charts_survive_html_export(saved, path.name)


def assert_charts_survive_html_export(nb, name):
    """nbconvert --to html of the executed notebook embeds every magic's final chart and summary."""
    html, _ = HTMLExporter().from_notebook_node(nb)
    for index, magic, cell in magic_cells(nb):
        for bundle in shown(cell.outputs):
            if "image/png" in bundle:
                assert bundle["image/png"][:200] in html, f"{name} cell {index} ({magic}): chart missing from the HTML"
            if magic == "%%track":
                summary = bundle["text/plain"].splitlines()[0]
                assert summary in html, f"{name} cell {index}: %%track summary missing from the HTML"


def test_running_the_tutorials_leaves_the_checkout_unchanged(working_copy):
    """Runs after every notebook above: nothing under notebooks/ was written, added or removed."""
    assert checkout_state() == working_copy
