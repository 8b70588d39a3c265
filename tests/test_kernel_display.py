"""What a cell's value looks like: the MIME bundles of tensors, charts, Java arrays and the
library's objects (optimizers, schedulers, datasets, loaders, losses, early stopping)."""
import base64
import struct

import pytest

from kernel_client import run


def bundle(kc, code):
    """The execute_result data of a cell that must succeed and show a value."""
    r = run(kc, code)
    assert not r.errors, r.errors
    results = r.of_type("execute_result")
    assert len(results) == 1, r.messages
    return results[0]["data"]


def png_size(b64):
    data = base64.b64decode(b64)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module", autouse=True)
def setup(kc):
    r = run(kc, """
Tensor.manualSeed(0);
var model = new Sequential(new Linear(4, 3), new ReLU(), new Linear(3, 2));
var x = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
""")
    assert not r.errors, r.errors


def test_tensor_shape_and_values_read_like_arrays(kc):
    assert bundle(kc, "x.shape()")["text/plain"] == "[2, 3]"
    assert bundle(kc, "x.toArray()")["text/plain"] == "[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]"
    assert bundle(kc, "new int[][] {{1, 2}, {3, 4}}")["text/plain"] == "[[1, 2], [3, 4]]"
    assert bundle(kc, 'new String[] {"a", "b"}')["text/plain"] == "[a, b]"
    assert bundle(kc, "IntStream.range(0, 5000).toArray()")["text/plain"] == \
        "[0, 1, 2, ..., 4997, 4998, 4999] (int[5000])"


def test_tensor_text_is_pytorchs_repr_and_html_has_one_caption_line(kc):
    data = bundle(kc, "x.requiresGrad().mul(2)")
    assert data["text/plain"] == "tensor([[ 2.,  4.,  6.],\n        [ 8., 10., 12.]], grad_fn=<MulBackward>)"
    html = data["text/html"]
    assert ">tensor [2, 3] · float32 · grad_fn=&lt;MulBackward&gt;</div>" in html
    assert "torch." not in html


def test_large_tensor_is_summarised_with_its_shape_on_screen(kc):
    data = bundle(kc, "Tensor.randn(100, 100)")
    assert data["text/plain"].count("\n") == 6 and "...," in data["text/plain"]
    html = data["text/html"]
    assert html.index("tensor [100, 100] · float32") < html.index("<table")
    assert html.count("<tr>") == 7 and "&#8943;" in html and "&#8942;" in html


def test_optimizer_prints_its_settings_like_pytorch(kc):
    text = bundle(kc, "new Adam(model.parameters(), 1e-3)")["text/plain"]
    assert text == "Adam (\nParameter Group 0\n    betas: (0.9, 0.999)\n    eps: 1e-08\n    lr: 0.001\n    weight_decay: 0\n)"


def test_scheduler_dataset_loader_loss_and_early_stopping_print_their_settings(kc):
    assert bundle(kc, "new StepLR(new SGD(model.parameters(), 0.1), 10, 0.5)")["text/plain"] == \
        "StepLR(step_size=10, gamma=0.5, optimizer=SGD, epoch=0, lr=0.1)"
    assert bundle(kc, "Datasets.iris()")["text/plain"] == \
        "TensorDataset(size=150, input_shape=[4], targets=classes 0..2)"
    assert bundle(kc, "new DataLoader(Datasets.iris(), 16, true, 0, false)")["text/plain"].startswith(
        "DataLoader(dataset=TensorDataset(size=150, input_shape=[4], targets=classes 0..2), batch_size=16, shuffle=True")
    assert bundle(kc, "new HuberLoss(0.5)")["text/plain"] == "HuberLoss(delta=0.5, reduction=mean)"
    assert bundle(kc, "new EarlyStopping(3, 0.01)")["text/plain"] == \
        "EarlyStopping(patience=3, min_delta=0.01, epoch=-1, best_loss=inf, best_epoch=-1, bad_epochs=0)"


def test_display_returns_nothing_printable(kc):
    r = run(kc, "display(Plots.lossCurve(List.of(3.0, 2.0, 1.0)))")
    assert not r.errors, r.errors
    assert r.of_type("execute_result") == [], "display(x) must not also print a handle or an id"
    shown = r.of_type("display_data")
    assert len(shown) == 1 and "image/png" in shown[0]["data"]


def test_charts_fill_a_notebook_column(kc):
    width, height = png_size(bundle(kc, "Plots.lossCurve(List.of(3.0, 2.0, 1.0))")["image/png"])
    assert 700 <= width <= 800 and height < width
    r = run(kc, '%%track\nfor (int i = 0; i < 300; i++) { log("loss", 1.0 / (i + 1)); step(); }')
    assert not r.errors, r.errors
    final = [m for m in r.messages if m["msg_type"] in ("display_data", "update_display_data")][-1]
    width, _ = png_size(final["content"]["data"]["image/png"])
    assert 700 <= width <= 800, "a single-metric %%track chart is as wide as the column"
