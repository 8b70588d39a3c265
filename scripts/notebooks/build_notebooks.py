#!/usr/bin/env python3
"""Writes notebooks/*.ipynb from their sources in this folder (one nbNN_*.py module each,
a NAME and a list of CELLS), outputs cleared, so every notebook is reproducible from review-
able text; and the nbgrader course's source notebooks, notebooks/assignments/source/<ASSIGNMENT>/
<NAME>.ipynb, from assignments/*.py here (cells may carry nbgrader metadata, see cells.py).
Usage: python3 scripts/notebooks/build_notebooks.py [--check]
--check writes nothing and exits 1 if a committed notebook differs from its source."""
import importlib
import pathlib
import sys

import nbformat

HERE = pathlib.Path(__file__).resolve().parent
NOTEBOOKS = HERE.parent.parent / "notebooks"
KERNEL_METADATA = {
    "kernelspec": {"display_name": "Java (jgrad)", "language": "java", "name": "jgrad"},
    "language_info": {"codemirror_mode": "text/x-java", "file_extension": ".java", "name": "java"},
}


ASSIGNMENTS = HERE / "assignments"


def sources():
    sys.path.insert(0, str(HERE))
    return [importlib.import_module(p.stem) for p in sorted(HERE.glob("nb[0-9][0-9]_*.py"))]


def assignment_sources():
    sys.path.insert(0, str(ASSIGNMENTS))
    return [importlib.import_module(p.stem) for p in sorted(ASSIGNMENTS.glob("[a-z]*.py"))]


def target(module):
    if hasattr(module, "ASSIGNMENT"):
        return NOTEBOOKS / "assignments" / "source" / module.ASSIGNMENT / f"{module.NAME}.ipynb"
    return NOTEBOOKS / f"{module.NAME}.ipynb"


def build(module):
    # nbgrader picks its code stub by kernelspec.language, so "java" matters here.
    nb = nbformat.v4.new_notebook(metadata=KERNEL_METADATA)
    prefix = getattr(module, "CELL_ID_PREFIX", module.NAME[:2])
    for index, (kind, text, *metadata) in enumerate(module.CELLS):
        make = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        # Stable ids keep rebuilt files byte-identical, so --check and diffs stay meaningful.
        nb.cells.append(make(text.strip("\n"), id=f"{prefix}-{index:02d}", metadata=metadata[0] if metadata else {}))
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def main(check):
    stale = []
    for module in sources() + assignment_sources():
        path = target(module)
        text = build(module)
        if check:
            if not path.exists() or path.read_text() != text:
                stale.append(path.name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            print(f"wrote {path.relative_to(NOTEBOOKS.parent)}")
    if stale:
        print("out of date with scripts/notebooks (run build_notebooks.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
