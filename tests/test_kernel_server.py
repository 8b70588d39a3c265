"""The jgrad kernel as JupyterLab reaches it: started through jupyter_server's REST API and driven
over the kernel websocket. Every shell request a notebook sends gets its reply, framed on iopub by
busy and idle: JupyterLab sends a history_request when a notebook connects, and a kernel that
dropped it without a status (basekernel without a history manager does) left the notebook at
kernel status "Unknown" and Run All never ran a cell (tests/test_browser.py)."""
import json
import time
import urllib.request
import uuid

import pytest
import websocket

from jupyter_server_process import ROOT, running_server

TIMEOUT = 60
REPLY_TIMEOUT = 15
# What JupyterLab 4 sends, with the contents it uses (history: its notebook/console input history).
REQUESTS = {
    "kernel_info_request": {},
    "history_request": {"output": False, "raw": True, "hist_access_type": "tail", "n": 10},
    "comm_info_request": {},
    "complete_request": {"code": "Tensor.ze", "cursor_pos": 9},
    "inspect_request": {"code": "Tensor", "cursor_pos": 3, "detail_level": 0},
    "is_complete_request": {"code": "int x = 1;"},
    "execute_request": {"code": "1 + 1", "silent": False, "store_history": True,
                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
}


def api(base, token, method, path, body=None):
    req = urllib.request.Request(f"{base}{path}?token={token}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read() or b"null")


class KernelSocket:
    """The kernel websocket of a client session, as JupyterLab opens it."""

    def __init__(self, url):
        self.session = uuid.uuid4().hex
        self.ws = websocket.create_connection(f"{url}&session_id={self.session}", timeout=REPLY_TIMEOUT)

    def request(self, msg_type, content):
        """Sends one shell request; returns its reply and the iopub messages it caused, once the
        kernel has reported idle for it. Fails naming what arrived when either is missing."""
        msg_id = uuid.uuid4().hex
        self.ws.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": msg_type, "session": self.session, "username": "",
                       "date": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()), "version": "5.3"},
            "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": []}))
        reply, iopub = None, []
        deadline = time.monotonic() + REPLY_TIMEOUT
        while time.monotonic() < deadline:
            try:
                msg = json.loads(self.ws.recv())
            except websocket.WebSocketTimeoutException:
                break
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["channel"] == "shell":
                reply = msg
            elif msg["channel"] == "iopub":
                iopub.append(msg)
            if reply and ("status", "idle") in states(iopub):
                return reply, iopub
        pytest.fail(f"{msg_type}: no reply and idle within {REPLY_TIMEOUT}s; got reply={reply and reply['msg_type']}, "
                    f"iopub={[(m['msg_type'], m['content'].get('execution_state')) for m in iopub]}")

    def close(self):
        self.ws.close()


def states(iopub):
    return [(m["msg_type"], m["content"].get("execution_state")) for m in iopub]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("jupyter-server")
    with running_server("jupyter_server", home, home, ROOT / "target" / "jupyter-server" / "server.log") as s:
        yield s


@pytest.fixture(scope="module")
def kernel(server):
    base, token = server
    kernel_id = api(base, token, "POST", "/api/kernels", {"name": "jgrad"})["id"]
    sock = KernelSocket(f"{base.replace('http', 'ws', 1)}/api/kernels/{kernel_id}/channels?token={token}")
    try:
        yield base, token, kernel_id, sock
    finally:
        sock.close()
        api(base, token, "DELETE", f"/api/kernels/{kernel_id}")


def test_kernel_started_through_rest_becomes_idle_and_runs_a_cell(kernel):
    base, token, kernel_id, sock = kernel
    reply, _ = sock.request("kernel_info_request", {})
    assert reply["content"]["implementation"] == "jgrad"
    deadline = time.monotonic() + TIMEOUT
    while (state := api(base, token, "GET", f"/api/kernels/{kernel_id}")["execution_state"]) != "idle":
        assert time.monotonic() < deadline, f"the server still sees the kernel as {state!r}"
        time.sleep(0.2)
    reply, iopub = sock.request("execute_request", REQUESTS["execute_request"])
    assert reply["content"]["status"] == "ok"
    [result] = [m for m in iopub if m["msg_type"] == "execute_result"]
    assert result["content"]["data"]["text/plain"] == "2"


@pytest.mark.parametrize("msg_type", REQUESTS)
def test_every_request_a_notebook_sends_is_answered_between_busy_and_idle(kernel, msg_type):
    _, _, _, sock = kernel
    reply, iopub = sock.request(msg_type, REQUESTS[msg_type])
    assert reply["msg_type"] == msg_type.replace("_request", "_reply")
    seen = states(iopub)
    assert seen[0] == ("status", "busy") and seen[-1] == ("status", "idle"), seen


# basekernel 2.3.0's replies lack "status" in several places; jgrad replaces every one of them.
@pytest.mark.parametrize("msg_type", list(REQUESTS))
def test_every_reply_carries_its_status(kernel, msg_type):
    _, _, _, sock = kernel
    reply, _ = sock.request(msg_type, REQUESTS[msg_type])
    expected = "complete" if msg_type == "is_complete_request" else "ok"
    assert reply["content"].get("status") == expected, reply["content"]


def test_history_reply_lists_the_cells_run_over_the_websocket(kernel):
    _, _, _, sock = kernel
    sock.request("execute_request", dict(REQUESTS["execute_request"], code="int fromTheBrowser = 6 * 7;"))
    reply, _ = sock.request("history_request", REQUESTS["history_request"])
    assert "int fromTheBrowser = 6 * 7;" in [entry[2] for entry in reply["content"]["history"]]
