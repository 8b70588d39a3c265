"""Executes every notebook in notebooks/ through a real Jupyter client (nbclient) with the
jgrad kernel and fails on any error output. Executed copies land in target/notebooks/."""
import pathlib

import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
OUT = ROOT / "target" / "notebooks"


def error_outputs(nb):
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                yield index, f"{output.get('ename')}: {output.get('evalue')}"


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ has no .ipynb files"


def test_notebooks_match_their_sources():
    """The committed .ipynb files are exactly what scripts/notebooks/ builds (outputs cleared)."""
    build = subprocess.run([sys.executable, str(ROOT / "scripts" / "notebooks" / "build_notebooks.py"), "--check"],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_without_errors(path):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name="jgrad", timeout=300, allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    OUT.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, OUT / path.name)
    errors = list(error_outputs(nb))
    assert not errors, f"{path.name}: error outputs in cells {errors}"
