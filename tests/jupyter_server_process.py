"""A Jupyter server (jupyter_server or JupyterLab) in a child process for tests that reach the
jgrad kernel the way a browser does: REST API plus the kernel websocket. Private config, data
and runtime dirs, a free port and a random token; its (debug) log goes to a file for CI."""
import contextlib
import os
import pathlib
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(home):
    env = dict(os.environ)
    # The kernelspec scripts/test.sh installed into target/jupyter-data, when run standalone.
    private = ROOT / "target" / "jupyter-data"
    if "JUPYTER_PATH" not in env and (private / "kernels" / "jgrad").is_dir():
        env["JUPYTER_PATH"] = str(private)
    env["JUPYTER_DATA_DIR"] = str(home / "data")  # the notebook-signing key etc. stay out of ~
    env["JUPYTER_CONFIG_DIR"] = str(home / "config")
    env["JUPYTER_RUNTIME_DIR"] = str(home / "runtime")
    return env


def wait_until_up(proc, base, token, log_path, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"jupyter server exited with {proc.returncode}; see {log_path}")
        try:
            with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"jupyter server did not answer on {base} within {timeout}s; see {log_path}")


@contextlib.contextmanager
def running_server(app, home, root_dir, log_path, extra_args=()):
    """Runs `python -m <app>` (jupyter_server or jupyterlab) serving root_dir; yields (base, token)."""
    port, token = free_port(), secrets.token_hex(16)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", app, "--debug", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
             f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
             f"--ServerApp.root_dir={root_dir}", *extra_args],
            env=server_env(home), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(proc, base, token, log_path)
            yield base, token
        finally:
            # SIGTERM lets the server shut its kernels down; the process group catches stragglers.
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
