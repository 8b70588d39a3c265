"""The benchmark report's arithmetic (scripts/bench.py) and the torch side's memory lines
(scripts/bench_torch.py), without running either benchmark: a wrong ratio direction or a best taken
from the wrong end would silently turn a loss into a win."""
import importlib.util
import io
import pathlib

import pytest

SCRIPTS = pathlib.Path(__file__).resolve().parent.parent / "scripts"


def load(name):
    spec = importlib.util.spec_from_file_location(f"bench_script_{name}", SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = load("bench")
bench_torch = load("bench_torch")


def row(lines, name):
    return next(line.split() for line in lines if line.startswith(name + " "))


def test_parse_figures_reads_name_figure_unit_and_skips_other_lines():
    text = "WARNING: Using incubator modules\nsgemm_n128 55.3 GFLOPS\nmlp_train_step 40179 samples/s (3.19 ms/step)\n"
    assert bench.parse_figures(text) == {"sgemm_n128": (55.3, "GFLOPS"), "mlp_train_step": (40179.0, "samples/s")}


def test_throughput_ratio_is_jgrad_best_over_torch_best():
    jgrad = [{"sgemm_n128": (50.0, "GFLOPS")}, {"sgemm_n128": (60.0, "GFLOPS")}, {"sgemm_n128": (10.0, "GFLOPS")}]
    torch = [{"sgemm_n128": (200.0, "GFLOPS")}, {"sgemm_n128": (150.0, "GFLOPS")}, {"sgemm_n128": (100.0, "GFLOPS")}]
    cells = row(bench.table(jgrad, torch, {}), "sgemm_n128")
    assert cells[2:] == ["60.00", "50.00", "200.00", "150.00", "0.30x"]


@pytest.mark.parametrize("unit", ["ms", "us/op", "MB"])
def test_for_times_and_memory_the_best_is_the_least_and_the_ratio_is_torch_over_jgrad(unit):
    jgrad = [{"w": (4.0, unit)}, {"w": (8.0, unit)}]
    torch = [{"w": (1.0, unit)}, {"w": (3.0, unit)}]
    cells = row(bench.table(jgrad, torch, {}), "w")
    assert cells[2:] == ["4.00", "6.00", "1.00", "2.00", "0.25x"]


def test_a_workload_only_one_side_reports_has_no_ratio():
    cells = row(bench.table([{"mlp_peak_heap": (900.0, "MB")}], [{}], {}), "mlp_peak_heap")
    assert cells[2:] == ["900.00", "900.00", "-", "-", "-"]


def test_sgemm_rows_are_set_against_the_measured_fma_peak():
    lines = bench.table([{"sgemm_n1024": (100.0, "GFLOPS")}], [{"sgemm_n1024": (200.0, "GFLOPS")}],
                        {"fma_peak": (400.0, "GFLOPS")})
    assert any("sgemm_n1024" in line and "jgrad 25%, torch 50%" in line for line in lines)


def test_busy_rounds_are_flagged_and_quiet_ones_are_not():
    assert not any("WARNING" in line for line in bench.load_lines({"jgrad": [0.05], "torch": [0.1]}, 2))
    warned = bench.load_lines({"jgrad": [0.05], "torch": [1.4]}, 2)
    assert any(line.startswith("WARNING: other processes used up to 1.40 cores") for line in warned)


def test_other_load_is_a_non_negative_number_of_cores():
    assert bench.OtherLoad().cores() >= 0


def test_torch_side_adds_the_peak_resident_set_right_after_the_mlp_line():
    out = io.StringIO()
    tap = bench_torch.MlpPeakTap(out)
    print("sgemm_n1024 200.0 GFLOPS", file=tap)
    print("mlp_train_step 150000 samples/s (0.85 ms/step)", file=tap)
    print("cnn_train_step 20000 samples/s (3.20 ms/step)", file=tap)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("sgemm_n1024") and lines[1].startswith("mlp_train_step")
    name, megabytes, unit = lines[2].split()[:3]
    assert (name, unit) == ("mlp_peak_rss", "MB") and float(megabytes) > 0
    assert lines[3].startswith("cnn_train_step")
