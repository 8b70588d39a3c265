#!/usr/bin/env python3
"""Makes or refreshes a working copy of notebooks/ (or any folder): files missing from the copy are
copied in, files already there are never overwritten, so running and editing the notebooks in the
copy leaves the checkout as it was, and a user's work survives the next start.
Usage: scripts/notebook_working_copy.py SOURCE COPY   (prints one line saying what it did)"""
import pathlib
import shutil
import sys

SKIPPED = {".ipynb_checkpoints", "__pycache__"}


def refresh(source, copy):
    """Copies what `copy` lacks from `source`; returns (created, the relative paths copied)."""
    created = not copy.exists()
    added = []
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if SKIPPED.intersection(relative.parts) or not path.is_file():
            continue
        target = copy / relative
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
            added.append(relative)
    return created, added


def main(source, copy):
    if not source.is_dir():
        print(f"no such folder: {source}", file=sys.stderr)
        return 2
    created, added = refresh(source, copy)
    if created:
        print(f"Made a working copy of {source} in {copy}: the notebooks open from there, so running and "
              f"editing them leaves the checkout unchanged.")
    else:
        new = f"; copied in what it lacked: {', '.join(map(str, added))}" if added else ""
        print(f"Notebooks from your working copy {copy} (your changes are kept; nothing there is overwritten{new}).")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).expanduser().resolve()))
