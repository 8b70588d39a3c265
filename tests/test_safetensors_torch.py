"""Weights move between jgrad and PyTorch through safetensors files, both ways: a model trained in jgrad loads into
the same architecture in PyTorch (safetensors.torch.load_file + load_state_dict, strict) and gives jgrad's outputs,
and a model trained in PyTorch loads into jgrad (Module.load) and gives PyTorch's. The architecture covers Embedding,
LSTM, GRU, Conv2d, BatchNorm2d (running statistics and count) and Linear with and without bias in a Sequential.

jgrad's side runs as a single Java source file on core/target/classes (mvn package builds them); PyTorch's side runs
in the Python that scripts/ensure-torch-test.sh prepares (Debian's python3-torch plus the pinned safetensors)."""
import json
import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
HERE = pathlib.Path(__file__).resolve().parent / "safetensors_interop"
CORE_CLASSES = ROOT / "core" / "target" / "classes"
# float32 throughout; the two libraries sum in different orders
TOLERANCE = 1e-5


@pytest.fixture(scope="module")
def torch_python():
    result = subprocess.run(["bash", str(ROOT / "scripts" / "ensure-torch-test.sh")], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"scripts/ensure-torch-test.sh failed:\n{result.stderr}"
    return result.stdout.strip().splitlines()[-1]


def java():
    home = os.environ.get("JAVA_HOME")
    return str(pathlib.Path(home) / "bin" / "java") if home else shutil.which("java")


def run_jgrad(mode, directory):
    assert (CORE_CLASSES / "jgrad" / "nn" / "Safetensors.class").exists(), "build jgrad-core first: mvn -B -ntp package"
    result = subprocess.run([java(), "-cp", str(CORE_CLASSES), str(HERE / "JgradSide.java"), mode, str(directory)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"JgradSide {mode} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def run_torch(python, mode, directory):
    result = subprocess.run([python, str(HERE / "torch_side.py"), mode, str(directory)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"torch_side.py {mode} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def last_json_line(output):
    return json.loads(output.strip().splitlines()[-1])


def assert_loaded_and_matching(report):
    assert report["output_abs_max"] > 0.05, f"the reference output is too close to zero to prove anything: {report}"
    # a fresh model with other weights is far off: the match below comes from the loaded weights
    assert report["before"] > 100 * TOLERANCE, report
    assert report["after"] < TOLERANCE, report


def test_jgrad_trained_model_loads_into_pytorch_with_the_same_outputs(torch_python, tmp_path):
    run_jgrad("train", tmp_path)
    header = (tmp_path / "jgrad_model.safetensors").read_bytes()[:4096]
    assert b'"lstm.weight_ih_l0"' in header and b'"head.2.weight"' in header and b'"norm.num_batches_tracked"' in header
    report = last_json_line(run_torch(torch_python, "check", tmp_path))
    assert_loaded_and_matching(report)
    assert report["num_batches_tracked"] == 5, "jgrad trained five batches"


def test_pytorch_trained_model_loads_into_jgrad_with_the_same_outputs(torch_python, tmp_path):
    run_torch(torch_python, "train", tmp_path)
    assert_loaded_and_matching(last_json_line(run_jgrad("check", tmp_path)))
