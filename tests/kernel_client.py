"""The one session helper for the Python tests: start a jgrad kernel through jupyter_client and collect
what one request produced (its iopub messages up to the idle status, then its shell reply), send a
control request, check that the kernel is alive with its state."""
import time
from dataclasses import dataclass, field

from jupyter_client.manager import start_new_kernel

TIMEOUT = 60
STARTUP_TIMEOUT = 90  # a JVM starting on a machine busy with builds can be slow


@dataclass
class CellRun:
    """What one execute request produced: its reply content and its iopub messages, except the
    status and execute_input messages."""
    reply: dict
    messages: list = field(default_factory=list)

    def of_type(self, msg_type):
        return [m["content"] for m in self.messages if m["msg_type"] == msg_type]

    @property
    def stdout(self):
        return "".join(c["text"] for c in self.of_type("stream") if c["name"] == "stdout")

    @property
    def stderr(self):
        return "".join(c["text"] for c in self.of_type("stream") if c["name"] == "stderr")

    @property
    def results(self):
        return [c["data"]["text/plain"] for c in self.of_type("execute_result")]

    @property
    def errors(self):
        return self.of_type("error")

    @property
    def bundles(self):
        """The MIME bundles of every display_data and execute_result, in the order they came."""
        return [m["content"]["data"] for m in self.messages if m["msg_type"] in ("display_data", "execute_result")]

    @property
    def value(self):
        """The text of the cell's one result; fails the test (naming the errors) unless the cell succeeded."""
        assert self.reply["status"] == "ok", self.errors
        [result] = self.results
        return result


def start_kernel(timeout=TIMEOUT, **kwargs):
    """(manager, client) of a freshly started kernel; kwargs go to the kernel process (e.g. stderr=)."""
    return start_new_kernel(kernel_name="jgrad", startup_timeout=timeout, **kwargs)


def start_kernel_logged(log_path):
    """(manager, client, open log file) of a started kernel whose stderr (its log) goes to log_path."""
    log = open(log_path, "wb")
    km, kc = start_kernel(stderr=log)
    return km, kc, log


def started_kernel(timeout=TIMEOUT):
    """Generator for a module-scoped fixture: yields (manager, client), then shuts the kernel down."""
    km, kc = start_kernel(timeout)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def reply_to(kc, msg_id, timeout=TIMEOUT):
    """The shell reply (whole message) to msg_id, skipping replies to earlier requests."""
    while True:
        msg = kc.get_shell_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def wait_until_busy(kc, msg_id):
    """Returns once the kernel said it is busy with the request msg_id (skipping its other iopub messages)."""
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "busy"):
            return


def collect(kc, msg_id, timeout=TIMEOUT):
    """The CellRun of the request msg_id: its iopub messages up to its idle status, then its reply."""
    messages = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status":
            if msg["content"]["execution_state"] == "idle":
                break
            continue
        if msg["msg_type"] != "execute_input":
            messages.append(msg)
    return CellRun(reply_to(kc, msg_id, timeout)["content"], messages)


def control(kc, msg_type, content=None, timeout=TIMEOUT):
    """Sends a request on the control channel (e.g. create_subshell_request, debug_request); returns its reply's
    content."""
    msg = kc.session.msg(msg_type, content or {})
    kc.control_channel.send(msg)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        reply = kc.get_control_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
            assert reply["msg_type"] == msg_type.replace("_request", "_reply")
            return reply["content"]
    raise AssertionError(f"no reply to {msg_type}")


def run(kc, code, timeout=TIMEOUT):
    """Runs code; returns its CellRun."""
    return collect(kc, kc.execute(code), timeout)


def execute(kc, code, timeout=TIMEOUT):
    """Runs code; returns (reply content, iopub messages of the request except status and execute_input)."""
    cell = run(kc, code, timeout)
    return cell.reply, cell.messages


def assert_alive(kc):
    """The kernel answers and the session's state is intact: `kept`, which the test module set with
    `int kept = 41;`, still holds 41."""
    cell = run(kc, "1 + 1")
    assert not cell.errors and cell.results == ["2"], cell.errors
    cell = run(kc, "kept")
    assert not cell.errors and cell.results == ["41"], cell.errors
