"""Notebook 06 takes MNIST when it is cached, and says so. CI has no MNIST (and no network), so this
puts generated IDX files in a temporary JGRAD_CACHE_DIR: the shipped 8×8 digits scaled up to 28×28.
The real files' SHA-256 guard the real cache, so the notebook's `Mnist.defaults()` is given the
generated files' checksums here; its mirrors point at a closed port on 127.0.0.1, so nothing is
ever fetched. The notebook runs up to its model and a training step on 28×28 batches (the full
training run is the 8×8 digits' job in test_notebooks.py)."""
import gzip
import hashlib
import pathlib
import socket
import struct

import nbformat
import pytest
from nbclient import NotebookClient

pytestmark = pytest.mark.slow

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "06_cnn_digits.ipynb"
DIGITS = ROOT / "core" / "src" / "main" / "resources" / "jgrad" / "data" / "digits.csv.gz"
FILES = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
         "t10k-labels-idx1-ubyte.gz"]


def idx(dims, data):
    return struct.pack(f">I{len(dims)}I", 0x0800 | len(dims), *dims) + bytes(data)


def fake_mnist(folder):
    """IDX files of the UCI digits at 28×28 (nearest neighbour, ink 0-16 to 0-255): 1,400 train, 397 test."""
    rows = [list(map(int, line.split(","))) for line in gzip.decompress(DIGITS.read_bytes()).decode().split()]
    scaled = [[round(row[(r * 8 // 28) * 8 + c * 8 // 28] * 255 / 16) for r in range(28) for c in range(28)]
              for row in rows]
    labels = [row[64] for row in rows]
    parts = {"train": (scaled[:1400], labels[:1400]), "t10k": (scaled[1400:], labels[1400:])}
    folder.mkdir(parents=True)
    sums = {}
    for prefix, (images, targets) in parts.items():
        for name, content in ((f"{prefix}-images-idx3-ubyte.gz", idx([len(images), 28, 28], sum(images, []))),
                              (f"{prefix}-labels-idx1-ubyte.gz", idx([len(targets)], targets))):
            packed = gzip.compress(content, mtime=0)
            (folder / name).write_bytes(packed)
            sums[name] = hashlib.sha256(packed).hexdigest()
    return sums


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_notebook_06_uses_cached_mnist_and_says_so(tmp_path, monkeypatch):
    sums = fake_mnist(tmp_path / "cache" / "mnist")
    monkeypatch.setenv("JGRAD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JGRAD_MNIST_MIRRORS", f"http://127.0.0.1:{closed_port()}/")
    source = nbformat.read(NOTEBOOK, as_version=4)
    checksums = "Map.of(" + ", ".join(f'"{name}", "{sums[name]}"' for name in FILES) + ")"
    cells = []
    for cell in source.cells:
        if cell.cell_type != "code":
            continue
        cells.append(cell)
        if "Mnist.defaults()" in cell.source:
            cell.source = cell.source.replace("Mnist.defaults()", f"Mnist.defaults().withChecksums({checksums})")
        if cell.source.startswith("var optimizer"):
            break
    step = nbformat.v4.new_code_cell("""
var batch = loader.iterator().next();
var loss = Loss.crossEntropy(model.call(batch.inputs()), batch.targets());
optimizer.zeroGrad();
loss.backward();
optimizer.step();
System.out.println("batch " + Arrays.toString(batch.inputs().shape()) + " loss " + loss.item());
""")
    nb = nbformat.v4.new_notebook(metadata=source.metadata, cells=cells + [step])
    NotebookClient(nb, kernel_name="jgrad", timeout=300, allow_errors=True,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()

    errors = [(i, o.get("ename"), o.get("evalue")) for i, c in enumerate(nb.cells) for o in c.outputs
              if o.output_type == "error"]
    assert not errors, errors
    text = lambda c: "".join(o.get("text", "") for o in c.outputs if o.output_type == "stream")  # noqa: E731
    data_cell = next(c for c in nb.cells if "Mnist.defaults()" in c.source)
    assert f"MNIST from {tmp_path / 'cache' / 'mnist'} (the first 6,000 training and 1,000 test images)" \
        in text(data_cell), text(data_cell)
    assert "1400 training images, 397 test images" in text(data_cell), text(data_cell)
    assert "batch [32, 1, 28, 28] loss " in text(nb.cells[-1]), text(nb.cells[-1])
    strip = next(c for c in nb.cells if "Plots.images(train" in c.source)
    assert any("image/png" in o.get("data", {}) for o in strip.outputs), "no picture of the 28×28 digits"
    assert sorted(p.name for p in (tmp_path / "cache" / "mnist").iterdir()) == sorted(FILES), "cache changed"


def test_without_mnist_notebook_06_uses_the_shipped_digits_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("JGRAD_CACHE_DIR", str(tmp_path / "empty-cache"))
    monkeypatch.setenv("JGRAD_MNIST_MIRRORS", f"http://127.0.0.1:{closed_port()}/")
    source = nbformat.read(NOTEBOOK, as_version=4)
    data_cell = next(c for c in source.cells if c.cell_type == "code" and "Mnist.defaults()" in c.source)
    nb = nbformat.v4.new_notebook(metadata=source.metadata, cells=[data_cell])
    NotebookClient(nb, kernel_name="jgrad", timeout=120, allow_errors=True).execute()

    said = "".join(o.get("text", "") for o in nb.cells[0].outputs if o.output_type == "stream")
    assert f"the UCI digits shipped with jgrad (MNIST is not in {tmp_path / 'empty-cache' / 'mnist'})" in said, \
        nb.cells[0].outputs
    assert "1438 training images, 359 test images" in said, said
    assert not (tmp_path / "empty-cache").exists(), "looking for MNIST must not create the cache"
