"""Runs the jgrad magics through a real kernel with jupyter_client and checks the
MIME bundles they send: live %%track charts, images, SVG graphs, --help and usage errors."""
import time

import pytest

from kernel_client import collect, run

MODEL_SETUP = """
Tensor.manualSeed(0);
var model = new Sequential(new Linear(3, 8), new ReLU(), new Linear(8, 1));
var xs = Tensor.randn(16, 3);
var ys = xs.sum(1, true);
"""


def result_of(kc, code):
    """Runs code that must succeed; returns (its last MIME bundle, stdout)."""
    cell = run(kc, code)
    assert cell.reply["status"] == "ok", cell.errors
    return cell.bundles[-1], cell.stdout


def error_of(kc, code):
    """Runs code that must fail with one error; returns its evalue."""
    cell = run(kc, code)
    assert cell.reply["status"] == "error"
    [error] = cell.errors
    return error["evalue"]


def test_track_shows_one_display_then_updates_it_in_place(kc):
    cell = run(kc, """%%track --smooth 0.5
for (int i = 0; i < 40; i++) {
    log("loss", 1.0 / (i + 1));
    if (i % 10 == 9) log("val_loss", 1.2 / (i + 1));
    progress(i + 1, 40);
    step();
    Thread.sleep(20);
}""")
    assert cell.reply["status"] == "ok", cell.errors
    shown = cell.of_type("display_data")
    updates = cell.of_type("update_display_data")
    kinds = [m["msg_type"] for m in cell.messages]
    assert len(shown) == 1, kinds
    assert updates, "the chart must be updated in place"
    display_id = shown[0]["transient"]["display_id"]
    assert all(u["transient"]["display_id"] == display_id for u in updates)
    assert kinds.index("display_data") < kinds.index("update_display_data")
    final = updates[-1]["data"]
    assert "image/png" in final and "text/html" in final
    assert "40 steps" in final["text/plain"] and "loss: last" in final["text/plain"]


def test_interrupted_track_keeps_its_final_chart(kernel):
    km, kc = kernel
    msg_id = kc.execute("""%%track
for (int i = 0; ; i++) { log("loss", 1.0 / (i + 1)); step(); Thread.sleep(5); }""")
    time.sleep(2.0)
    km.interrupt_kernel()
    cell = collect(kc, msg_id)
    assert cell.errors, "the interrupt ends the cell as an error"
    final = cell.of_type("update_display_data")[-1]["data"]["text/plain"]
    assert " steps, " in final and "loss: last" in final, "the summary replaces the progress line"
    assert result_of(kc, "1 + 1")[0]["text/plain"] == "2"


def test_track_outside_the_magic_is_a_clear_error(kc):
    cell = run(kc, 'log("loss", 1.0);')
    assert cell.reply["status"] == "error"
    assert "%%track" in "".join(e["evalue"] + "".join(e["traceback"]) for e in cell.errors)


def test_track_cell_that_does_not_compile_shows_no_tracker(kc):
    cell = run(kc, """%%track
for (int i = 0; i < 3; i++) {
    log("loss", 1.0 / (i + 1))
    step();
}""")
    assert cell.reply["status"] == "error"
    assert not cell.of_type("display_data") + cell.of_type("update_display_data"), [m["msg_type"] for m in cell.messages]
    assert cell.errors, "the compile error is still shown"
    assert result_of(kc, "1 + 1")[0]["text/plain"] == "2", "the kernel carries on"


def test_track_without_step_reports_the_values_it_drew(kc):
    cell = run(kc, """%%track
for (int i = 0; i < 1350; i++) {
    log("loss", 1.0 / (i + 1));
}""")
    assert cell.reply["status"] == "ok", cell.errors
    final = cell.of_type("update_display_data")[-1]["data"]["text/plain"]
    assert final.startswith("1350 steps, 0 epochs"), final
    assert "(1350 values)" in final, final


def test_progress_outside_track_prints_a_text_line(kc, cpu_load):
    cell = run(kc, "for (int i = 1; i <= 5; i++) { progress(i, 5); Thread.sleep(10); }")
    assert cell.reply["status"] == "ok", cell.errors
    lines = cell.stdout.split("\r")
    assert lines[-1].startswith("5/5 · ") and lines[-1].endswith("\n"), lines
    assert "elapsed" in lines[-1], lines
    assert "need 0 <= i and n > 0" in error_of(kc, "progress(3, 0);")


def test_track_with_grads_draws_the_heatmap(kc):
    run(kc, MODEL_SETUP)
    cell = run(kc, """%%track --grads model --log-y --every 2
for (int i = 0; i < 6; i++) {
    model.zeroGrad();
    var loss = Loss.mse(model.call(xs), ys);
    loss.backward();
    log("loss", loss.item());
    step();
}""")
    assert cell.reply["status"] == "ok", cell.errors
    assert "image/png" in cell.of_type("update_display_data")[-1]["data"]


@pytest.mark.parametrize("magic", ["%%track", "%gradflow"])
def test_help_prints_usage(kc, magic):
    cell = run(kc, magic + " --help")
    assert cell.reply["status"] == "ok", cell.errors
    assert "Usage: " + magic in cell.stdout


@pytest.mark.parametrize("code, expected", [
    ("%%track --bogus\nlog(\"a\", 1);", "unknown option --bogus"),
    ("%%track --every\nlog(\"a\", 1);", "--every needs a value"),
    ("%%track --smooth 2\nlog(\"a\", 1);", "smoothing weight must be in [0, 1)"),
    ("%%track --grads nosuchmodel\nlog(\"a\", 1);", "MODEL 'nosuchmodel'"),
])
def test_bad_arguments_are_one_line_errors(kc, code, expected):
    cell = run(kc, code)
    assert cell.reply["status"] == "error"
    [error] = cell.errors
    text = "\n".join(error["traceback"])
    assert expected in text, text
    assert len(error["traceback"]) == 1, "no stack trace for a usage error"
    assert "Usage: %%track" in text


def test_gradflow_returns_a_png_and_prints_the_table(kc):
    run(kc, MODEL_SETUP + "Loss.mse(model.call(xs), ys).backward();")
    bundle, out = result_of(kc, "%gradflow model")
    assert "image/png" in bundle
    assert "mean|grad|" in out and "0.weight" in out


@pytest.mark.parametrize("code", ["%gradhist model", "%acthist model Tensor.randn(32, 3)"])
def test_histograms_return_pngs(kc, code):
    run(kc, MODEL_SETUP + "Loss.mse(model.call(xs), ys).backward();")
    assert "image/png" in result_of(kc, code)[0]


@pytest.mark.parametrize("code, expected", [
    ("%gradflow", "%gradflow: missing argument"),
    ("%gradflow xs", "MODEL 'xs' must be a Module, got Tensor"),
    ("%gradflow model extra", "unexpected argument 'extra'"),
])
def test_line_magic_usage_errors(kc, code, expected):
    run(kc, MODEL_SETUP)
    cell = run(kc, code)
    assert cell.reply["status"] == "error"
    [error] = cell.errors
    assert len(error["traceback"]) == 1 and expected in error["traceback"][0], error["traceback"]


def test_gradcheck_shows_a_coloured_table(kc):
    run(kc, "var ga = Tensor.of(0.5, -1.0); var gb = Tensor.of(2.0, 0.25);")
    html = result_of(kc, '%gradcheck "xs -> xs[0].mul(xs[1]).tanh()" ga gb')[0]["text/html"]
    assert "passed" in html and "#c8f0c8" in html


def test_plot_evaluates_a_lambda(kc):
    assert "image/png" in result_of(kc, "%plot x -> x.tanh() --from -3 --to 3")[0]
    assert "does not compile" in error_of(kc, "%plot x -> x.nosuch()")


def test_plot_takes_function_variables(kc):
    cell = run(kc, "Function<Tensor, Tensor> soft = x -> x.sigmoid(); UnaryOperator<Tensor> sq = x -> x.mul(x);"
                   "Function<Double, Double> half = v -> v / 2;")
    assert cell.reply["status"] == "ok", cell.errors
    assert "image/png" in result_of(kc, "%plot soft")[0]
    assert "image/png" in result_of(kc, "%plot sq --from -2 --to 2")[0]
    assert "does not compile" in error_of(kc, "%plot half")


def test_graph_returns_svg(kc):
    run(kc, MODEL_SETUP + "var gl = Loss.mse(model.call(xs), ys); gl.backward();")
    svg = result_of(kc, "%graph gl --model model --depth 20")[0]["image/svg+xml"]
    assert svg.startswith("<svg") and "0.weight" in svg and "output: " in svg
    assert "<title>0: Linear(in=3, out=8) · 32 parameters</title>" in svg, "a module block per layer"
    assert "depth must be at least 0" in error_of(kc, "%graph gl --depth -1")


def test_graph_depth_folds_each_layer_into_a_box(kc):
    run(kc, MODEL_SETUP + "var gd = Loss.mse(model.call(xs), ys); gd.backward();")
    svg = result_of(kc, "%graph gd --depth 1")[0]["image/svg+xml"]
    assert "<title>Sequential · 41 parameters</title>" in svg, "the model found from the graph, drawn open"
    for box in [">0: Linear(in=3, out=8)<", ">1: ReLU()<", ">2: Linear(in=8, out=1)<"]:
        assert box in svg, box
    assert "0.weight" not in svg and "MatmulBackward" not in svg, "the layers' insides are folded"
    assert "output: MeanBackward" in svg, "the loss ops stay outside the model"


def test_landscape_draws_optimizer_paths(kc):
    assert "image/png" in result_of(kc, "%landscape --surface quadratic --steps 200")[0]
    assert "unknown surface 'himmelblau'" in error_of(kc, "%landscape --surface himmelblau")


def test_lrfind_plots_and_restores_the_model(kc):
    run(kc, """
Tensor.manualSeed(4);
var lrModel = new Sequential(new Linear(2, 16), new ReLU(), new Linear(16, 2));
var lrLoader = new DataLoader(Datasets.moons(128, 0.1, 1), 32, true, 5, false);
var lrOpt = new Adam(lrModel.parameters(), 0.01);
var lrBefore = lrModel.parameters().get(0).toArray();
""")
    bundle, out = result_of(kc, "%lrfind lrModel lrLoader Loss::crossEntropy --optimizer lrOpt --start 1e-5 --end 1 --steps 30")
    assert "image/png" in bundle and "suggested lr" in out
    restored = "Arrays.equals(lrBefore, lrModel.parameters().get(0).toArray()) && lrOpt.lr() == 0.01"
    assert result_of(kc, restored)[0]["text/plain"] == "true"
    # without --optimizer the finder sweeps with its own plain SGD
    bundle, out = result_of(kc, "%lrfind lrModel lrLoader Loss::crossEntropy --start 1e-5 --end 1 --steps 30")
    assert "image/png" in bundle and "LR finder: 30 steps from 1.0e-05 to 1.0e+00, suggested lr" in out, out
    assert result_of(kc, restored)[0]["text/plain"] == "true"
    assert "at least 5 steps" in error_of(kc, "%lrfind lrModel lrLoader Loss::crossEntropy --steps 2")


def test_lsmagic_lists_the_training_magics(kc):
    listing = result_of(kc, "%lsmagic")[0]["text/plain"]
    for name in ["%gradflow", "%gradhist", "%acthist", "%gradcheck", "%plot", "%landscape", "%graph", "%lrfind",
                 "%%track"]:
        assert name in listing, listing
