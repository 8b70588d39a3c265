"""The kernel as pip users get it: the wheel from scripts/build-wheel.sh installed into a fresh venv (with
the pinned Jupyter client packages), its kernelspec installed with `python -m jgrad_kernel install` into the
venv (readable by every user), a user dir or a prefix, and removed again; a notebook executed on it by
nbclient, with JVM options from the kernelspec's env and the heap from a spawner's MEM_LIMIT; papermill's
command line (installed by the wheel's `papermill` extra) finding the wheel's Java parameter translator, with no
JVM incubator notice in its output; the `lab` extra admitting the JupyterLab the suite tests; and the
launcher's error when it finds no JDK 17.
Every Jupyter folder is temporary, and the venv's kernelspec is the only "jgrad" its Jupyter can see."""
import json
import os
import stat
import subprocess
import sys
import zipfile

import nbformat
import pytest

from jupyter_server_process import ROOT

pytestmark = pytest.mark.slow

WHEELS = ROOT / "target" / "wheel"
NOTEBOOK = ROOT / "tests" / "papermill_parameters.ipynb"
NOTICE = "Using incubator modules"


def the_wheel():
    wheels = sorted(WHEELS.glob("jgrad_kernel-*.whl"))
    assert len(wheels) == 1, f"expected one wheel in {WHEELS}: run scripts/build-wheel.sh"
    return wheels[0]


def pinned(name):
    """The version requirements-test.txt pins for a package."""
    [line] = [line for line in (ROOT / "requirements-test.txt").read_text().splitlines()
              if line.startswith(f"{name}==")]
    return line.split("==")[1]


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    wheel = the_wheel()
    home = tmp_path_factory.mktemp("wheel")
    env_dir = home / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER_", "VIRTUAL_ENV", "PYTHON"))}
    env.update(PATH=f"{env_dir / 'bin'}{os.pathsep}{os.environ['PATH']}", PIP_DISABLE_PIP_VERSION_CHECK="1",
               JUPYTER_DATA_DIR=str(home / "data"), JUPYTER_CONFIG_DIR=str(home / "config"),
               JUPYTER_RUNTIME_DIR=str(home / "runtime"))
    # papermill comes from the wheel's extra, so the papermill test shows that the extra is enough.
    subprocess.run([str(env_dir / "bin" / "pip"), "install", "-q", f"jgrad-kernel[papermill] @ {wheel.as_uri()}",
                    "nbclient", "-c", str(ROOT / "requirements-test.txt")], check=True, env=env)
    return env_dir, env, home


def run(venv, *args, check=True, env=None):
    env_dir, venv_env, _ = venv
    program = args[0] if os.path.isabs(args[0]) else str(env_dir / "bin" / args[0])
    done = subprocess.run([program, *args[1:]], capture_output=True, text=True, env=env or venv_env, timeout=600)
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def printed(path):
    return "".join(o.get("text", "") for c in nbformat.read(str(path), as_version=4).cells
                   for o in c.get("outputs", []))


def kernel_dir(venv):
    return run(venv, "python", "-c", "from jupyter_client.kernelspec import KernelSpecManager as M; "
               "print(M().get_kernel_spec('jgrad').resource_dir)").stdout.strip()


def test_sys_prefix_install_runs_a_notebook(venv, tmp_path):
    env_dir = venv[0]
    installed = run(venv, "python", "-m", "jgrad_kernel", "install", "--sys-prefix",
                    "--env", "JGRAD_JVM_OPTS", "-Djgrad.wheel.check='from the kernelspec'").stdout
    spec_dir = env_dir / "share" / "jupyter" / "kernels" / "jgrad"
    assert str(spec_dir) in installed
    assert kernel_dir(venv) == str(spec_dir)
    # readable by the other users of a shared environment (a temporary folder's 0700 hid it from them)
    assert [stat.S_IMODE(p.stat().st_mode) for p in (spec_dir, spec_dir / "kernel.json")] == [0o755, 0o644]
    spec = json.loads((spec_dir / "kernel.json").read_text())
    assert spec["argv"] == [str(env_dir / "bin" / "python"), "-m", "jgrad_kernel.launcher", "{connection_file}"]
    assert spec["language"] == "java" and spec["display_name"] == "Java (jgrad)"
    assert spec["env"] == {"JGRAD_JVM_OPTS": "-Djgrad.wheel.check='from the kernelspec'"}

    out = tmp_path / "out.ipynb"
    run(venv, "python", "-c", "import sys, nbformat, nbclient\n"
        "nb = nbformat.read(sys.argv[1], as_version=4)\n"
        "nb.cells.append(nbformat.v4.new_code_cell('System.getProperty(\"jgrad.wheel.check\")'))\n"
        "nb.cells.append(nbformat.v4.new_code_cell('Runtime.getRuntime().maxMemory() >> 20'))\n"
        "nbclient.NotebookClient(nb, kernel_name='jgrad', timeout=300, startup_timeout=120).execute()\n"
        "nbformat.write(nb, sys.argv[2])", str(NOTEBOOK), str(out), env={**venv[1], "MEM_LIMIT": "1G"})
    text = printed(out)
    assert "epochs = 3 : Integer" in text
    # w <- w - lr * 2 (w - 3) from 0: 0.06, 0.1188, 0.176424
    assert "w after 3 steps at lr 0.01: 0.1764" in text
    # JVM options from JGRAD_JVM_OPTS, which the kernelspec's env sets
    cells = nbformat.read(str(out), as_version=4).cells
    assert cells[-2].outputs[0]["data"]["text/plain"] == "from the kernelspec"
    # the heap from the spawner's MEM_LIMIT: 486 MiB, less the survivor space maxMemory() leaves out
    assert 486 - 64 < int(cells[-1].outputs[0]["data"]["text/plain"]) <= 486


def test_user_and_prefix_installs_and_uninstalls(venv, tmp_path):
    _, _, home = venv
    user_spec = home / "data" / "kernels" / "jgrad" / "kernel.json"
    run(venv, "python", "-m", "jgrad_kernel", "install", "--user", "--display-name", "Java (mine)")
    assert json.loads(user_spec.read_text())["display_name"] == "Java (mine)"
    prefix_spec = tmp_path / "p" / "share" / "jupyter" / "kernels" / "jgrad2" / "kernel.json"
    run(venv, "python", "-m", "jgrad_kernel", "install", "--prefix", str(tmp_path / "p"), "--name", "jgrad2")
    assert prefix_spec.is_file()

    removed = run(venv, "python", "-m", "jgrad_kernel", "uninstall", "--prefix", str(tmp_path / "p"),
                  "--name", "jgrad2").stdout
    assert not prefix_spec.parent.exists() and str(prefix_spec.parent) in removed
    run(venv, "python", "-m", "jgrad_kernel", "uninstall", "--user")
    assert not user_spec.parent.exists()
    again = run(venv, "python", "-m", "jgrad_kernel", "uninstall", "--user", check=False)
    assert again.returncode == 1 and "no kernelspec named 'jgrad' in" in again.stderr

    # Without a place, uninstall removes the kernelspec Jupyter finds, as `jupyter kernelspec uninstall` does.
    run(venv, "python", "-m", "jgrad_kernel", "install", "--user", "--name", "jgrad3")
    run(venv, "python", "-m", "jgrad_kernel", "uninstall", "--name", "jgrad3")
    assert not (home / "data" / "kernels" / "jgrad3").exists()
    missing = run(venv, "python", "-m", "jgrad_kernel", "uninstall", "--name", "jgrad3", check=False)
    assert missing.returncode == 1 and "no kernelspec named 'jgrad3' is installed" in missing.stderr


def test_papermill_command_line_uses_the_declared_types(venv, tmp_path):
    run(venv, "python", "-m", "jgrad_kernel", "install", "--sys-prefix")
    help_text = run(venv, "papermill", "--help-notebook", str(NOTEBOOK)).stdout
    assert "lr: double (default 0.01)" in help_text and "learning rate" in help_text

    out = tmp_path / "out.ipynb"
    ran = run(venv, "papermill", str(NOTEBOOK), str(out), "--no-progress-bar", "-p", "lr", "0.25", "-p", "epochs",
              "2", "-p", "verbose", "True", "-p", "name", "from the CLI", "-p", "sizes", "[3, 5]", "-y",
              "weights: [1, 2]")
    injected = nbformat.read(str(out), as_version=4).cells[2]
    assert injected.metadata.tags == ["injected-parameters"]
    assert injected.source.splitlines() == [  # papermill puts -y values before -p values
        "// Parameters", "double[] weights = new double[] {1.0, 2.0};", "double lr = 0.25;", "int epochs = 2;",
        "boolean verbose = true;", 'String name = "from the CLI";', "List<Integer> sizes = List.of(3, 5);"]
    text = printed(out)
    for line in ["lr = 0.25 : Double", "epochs = 2 : Integer", "verbose = true : Boolean",
                 "name = from the CLI : String", "sizes = [3, 5] : List<Integer>", "weights = [1.0, 2.0] : double[]"]:
        assert line in text
    # w <- w - 0.25 * 2 (w - 3) = w / 2 + 1.5 from 0: 1.5, 2.25
    assert "w after 2 steps at lr 0.25: 2.2500" in text
    # The kernel process's stderr is papermill's; the JVM's notice about the Vector API module is not in it.
    assert NOTICE not in ran.stdout + ran.stderr, ran.stderr

    bad = tmp_path / "bad.ipynb"
    failed = run(venv, "papermill", str(NOTEBOOK), str(bad), "-p", "epochs", "4.5", check=False)
    assert failed.returncode != 0
    assert "parameter 'epochs' (declared int): 4.5 is not a whole number" in failed.stderr
    assert not bad.exists()


def test_launcher_without_a_jdk_says_what_it_found_and_how_to_fix_it(venv, tmp_path):
    env_dir, env, _ = venv
    empty = tmp_path / "empty"
    empty.mkdir()
    python = str(env_dir / "bin" / "python")
    no_java = {k: v for k, v in env.items() if k != "JAVA_HOME"}
    no_java["PATH"] = str(empty)
    failed = run(venv, python, "-m", "jgrad_kernel.launcher", str(tmp_path / "c.json"), check=False, env=no_java)
    assert failed.returncode == 1
    assert failed.stderr.splitlines() == [
        "jgrad kernel: no JDK 17 or newer was found.",
        "  JAVA_HOME: not set",
        "  PATH: no `java` on it",
        "Install a JDK 17 or newer (for example `sudo apt install openjdk-17-jdk`, `brew install openjdk@17`, "
        "or Temurin from https://adoptium.net), then set JAVA_HOME to its folder or put its bin/ folder on "
        "PATH, and restart the kernel."]

    old_jdk = tmp_path / "jdk-11"
    (old_jdk / "bin").mkdir(parents=True)
    java = old_jdk / "bin" / "java"
    java.write_text('#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n')
    java.chmod(0o755)
    failed = run(venv, python, "-m", "jgrad_kernel.launcher", str(tmp_path / "c.json"), check=False,
                 env={**no_java, "JAVA_HOME": str(old_jdk)})
    assert failed.returncode == 1
    assert f"  JAVA_HOME={old_jdk}: {java} is Java 11 (the kernel needs 17 or newer)" in failed.stderr.splitlines()


def test_the_extras_admit_what_the_tests_run():
    """`pip install "jgrad-kernel[lab]"` (JupyterLab and its widgets extension) / `[papermill]`: declared in the
    wheel, admitting the tested versions."""
    from packaging.requirements import Requirement
    wheel = the_wheel()
    with zipfile.ZipFile(wheel) as archive:
        [metadata] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        lines = archive.read(metadata).decode().splitlines()
    assert {"Provides-Extra: lab", "Provides-Extra: papermill"} <= set(lines), lines
    for extra, package in (("lab", "jupyterlab"), ("lab", "jupyterlab_widgets"), ("papermill", "papermill")):
        [requirement] = [r for r in (Requirement(line.split(": ", 1)[1]) for line in lines
                                     if line.startswith("Requires-Dist:") and f'extra == "{extra}"' in line)
                         if r.name.replace("-", "_") == package]
        assert requirement.specifier.contains(pinned(package)), requirement
