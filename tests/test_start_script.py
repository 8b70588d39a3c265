"""scripts/start.sh as a user runs it: JupyterLab serves a working copy of notebooks/ (made on the first
start, never overwritten), a notebook saved from the browser lands in the copy and the checkout stays
as it was; as root it starts anyway (--allow-root) and says so; it does not rebuild a jar newer than
the sources; its Formgrader (nbgrader's page in the Lab's menu) manages the course of the working copy; its Lab
notifies a Run All picked before the notebook's kernel exists (tests/test_browser.py shows the notice);
and afterwards the README's `jupyter console --kernel jgrad` runs a cell.
Every Jupyter folder (data, config, runtime) and HOME are temporary, so the user's are never touched."""
import hashlib
import json
import os
import pathlib
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from jupyter_server_process import ROOT, free_port

NOTEBOOKS = ROOT / "notebooks"
JAR = ROOT / "kernel" / "target" / "jgrad-kernel.jar"
sys.path.insert(0, str(ROOT / "scripts"))
from notebook_working_copy import refresh  # noqa: E402

pytestmark = pytest.mark.slow


def checkout_state():
    """Every file under notebooks/ with its hash: what running the tutorials must not change."""
    return {str(p.relative_to(NOTEBOOKS)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(NOTEBOOKS.rglob("*")) if p.is_file()}


def jar_is_newer_than_sources():
    jar_time = JAR.stat().st_mtime
    paths = [ROOT / "pom.xml"]
    for module in ("core", "viz", "kernel"):
        paths += [ROOT / module / "pom.xml", *(ROOT / module / "src" / "main").rglob("*")]
    return all(p.stat().st_mtime <= jar_time for p in paths)


def user_env(home):
    env = dict(os.environ)
    for name in ("JUPYTER_PATH", "JUPYTER_CONFIG_PATH"):
        env.pop(name, None)
    env.update(HOME=str(home), JUPYTER_DATA_DIR=str(home / "jupyter-data"),
               JUPYTER_CONFIG_DIR=str(home / "jupyter-config"), JUPYTER_RUNTIME_DIR=str(home / "jupyter-runtime"),
               JGRAD_NOTEBOOKS=str(home / "my-notebooks"))
    return env


def api(base, token, path, method="GET", body=None):
    request = urllib.request.Request(f"{base}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def page(base, token, path):
    """(final url, html) of a page, following redirects."""
    request = urllib.request.Request(f"{base}{path}", headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.geturl(), response.read().decode()


@pytest.fixture(scope="module")
def started(tmp_path_factory):
    """start.sh running JupyterLab on a free port; yields (base, token, home, its output so far)."""
    if not JAR.is_file():
        pytest.fail(f"{JAR} is missing: build first (scripts/test.sh does)")
    home = tmp_path_factory.mktemp("home")
    port, token = free_port(), "start-script-test-token"
    log_path = ROOT / "target" / "start-script" / "start.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    started_at = time.time()
    rebuild_expected = not jar_is_newer_than_sources()
    jar_time = JAR.stat().st_mtime
    before = checkout_state()
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            ["bash", str(ROOT / "scripts" / "start.sh"), "--no-browser", "--ServerApp.ip=127.0.0.1",
             f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}"],
            env=user_env(home), stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=home)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            if proc.poll() is not None:
                pytest.fail(f"start.sh exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                api(base, token, "/api/status")
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not answer on {base}:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.5)
        yield {"base": base, "token": token, "home": home, "log": log_path, "before": before,
               "rebuild_expected": rebuild_expected, "jar_time": jar_time, "started_at": started_at}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_jupyterlab_serves_a_working_copy_of_the_notebooks(started):
    listing = api(started["base"], started["token"], "/api/contents")
    served = {item["name"] for item in listing["content"]}
    assert {p.name for p in NOTEBOOKS.glob("*.ipynb")} | {"assignments"} <= served, served
    copy = started["home"] / "my-notebooks"
    assert refresh(NOTEBOOKS, copy) == (False, []), "the copy should already hold every file of notebooks/"
    output = started["log"].read_text()
    assert f"Made a working copy of {NOTEBOOKS} in {copy}" in output, output


def test_saving_a_notebook_changes_the_copy_and_not_the_checkout(started):
    name = "01_autograd_basics.ipynb"
    model = api(started["base"], started["token"], f"/api/contents/{name}")
    model["content"]["cells"][0]["source"] = "# edited in the browser"
    api(started["base"], started["token"], f"/api/contents/{name}", method="PUT",
        body={"type": "notebook", "format": "json", "content": model["content"]})
    saved = json.loads((started["home"] / "my-notebooks" / name).read_text())
    assert "".join(saved["cells"][0]["source"]) == "# edited in the browser"
    assert checkout_state() == started["before"], "notebooks/ in the checkout changed"


def test_root_starts_anyway_and_says_so(started):
    output = started["log"].read_text()
    if os.getuid() == 0:
        assert "running as root: starting JupyterLab with --allow-root" in output, output
    else:
        assert "running as root" not in output, output


def test_a_jar_newer_than_the_sources_is_not_rebuilt(started):
    output = started["log"].read_text()
    if started["rebuild_expected"]:
        assert "building jgrad" in output, output
    else:
        assert "jgrad-kernel.jar is newer than the sources: not rebuilding" in output, output
        assert JAR.stat().st_mtime == started["jar_time"], "the jar was rebuilt"


def test_the_working_copy_is_never_overwritten(tmp_path):
    copy = tmp_path / "copy"
    assert refresh(NOTEBOOKS, copy)[0] is True
    edited = copy / "00_quick_tour.ipynb"
    edited.write_text("my own work")
    (copy / "02_gradient_descent.ipynb").unlink()

    created, added = refresh(NOTEBOOKS, copy)

    assert created is False
    assert edited.read_text() == "my own work"
    assert [str(p) for p in added] == ["02_gradient_descent.ipynb"], "only what the copy lacks is copied in"


def test_formgrader_manages_the_course_of_the_working_copy(started):
    """The Lab's Formgrader menu item opens /formgrader: nbgrader's page for the course, not its error page."""
    base, token = started["base"], started["token"]
    url, html = page(base, token, "/formgrader")
    assert url.endswith("/formgrader/manage_assignments"), url
    assert "<h1>Manage Assignments</h1>" in html and "<h1>Error</h1>" not in html, html[-3000:]
    assert {a["name"] for a in api(base, token, "/formgrader/api/assignments")} == {
        "autograd_by_hand", "digits_early_stopping"}
    # Its Generate button runs with the course's nbgrader_config.py: the released stub is the Java one.
    done = api(base, token, "/formgrader/api/assignment/autograd_by_hand/assign", method="POST")
    assert done["success"], done
    released = started["home"] / "my-notebooks" / "assignments" / "release" / "autograd_by_hand"
    sources = ["".join(c["source"]) for c in json.loads((released / "autograd_by_hand.ipynb").read_text())["cells"]]
    assert any('throw new UnsupportedOperationException("not implemented yet' in s for s in sources), sources


def test_the_lab_says_so_when_run_all_comes_before_the_kernel(started):
    """start.sh gives JupyterLab the default to notify, instead of silently dropping, Run All while a kernel starts."""
    from jupyterlab.commands import get_app_dir
    written = pathlib.Path(get_app_dir()) / "settings" / "overrides.d" / "jgrad.json"
    assert written.read_text() == (ROOT / "scripts" / "jupyterlab-overrides.json").read_text()
    assert written.stat().st_mtime >= started["started_at"] - 1, "start.sh did not write it"
    tracker = api(started["base"], started["token"], "/lab/api/settings/@jupyterlab/notebook-extension:tracker")
    assert tracker["schema"]["properties"]["enableKernelInitNotification"]["default"] is True, tracker["schema"]


def test_jupyter_console_runs_a_cell_after_start(started):
    """The README's terminal way in, with the kernelspec start.sh installed for this (temporary) user."""
    env = user_env(started["home"])
    run = subprocess.run(["jupyter", "console", "--kernel", "jgrad", "--simple-prompt"],
                         input='var answer = 6 * 7;\nSystem.out.println("answer: " + answer);\n',
                         env=env, capture_output=True, text=True, timeout=120, cwd=started["home"])
    assert "answer: 42" in run.stdout, run.stdout + run.stderr
