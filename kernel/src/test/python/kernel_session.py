"""A jgrad kernel driven through jupyter_client, collecting what one cell publishes."""
from dataclasses import dataclass, field

from jupyter_client.manager import start_new_kernel

TIMEOUT = 60


@dataclass
class CellRun:
    reply: dict
    messages: list = field(default_factory=list)

    def of_type(self, msg_type):
        return [m["content"] for m in self.messages if m["msg_type"] == msg_type]

    @property
    def stdout(self):
        return "".join(c["text"] for c in self.of_type("stream") if c["name"] == "stdout")

    @property
    def results(self):
        return [c["data"]["text/plain"] for c in self.of_type("execute_result")]

    @property
    def errors(self):
        return self.of_type("error")


def start():
    return start_new_kernel(kernel_name="jgrad", startup_timeout=TIMEOUT)


def reply_to(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to msg_id, skipping replies to earlier requests."""
    while True:
        msg = kc.get_shell_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg["content"]


def collect(kc, msg_id, timeout=TIMEOUT):
    """Every iopub message of the request msg_id up to its idle status, then its reply."""
    messages = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status":
            if msg["content"]["execution_state"] == "idle":
                break
            continue
        messages.append(msg)
    return CellRun(reply_to(kc, msg_id, timeout), messages)


def run(kc, code, timeout=TIMEOUT):
    return collect(kc, kc.execute(code), timeout)
