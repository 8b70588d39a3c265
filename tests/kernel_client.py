"""Shared jupyter_client helpers for the kernel tests in tests/: start a jgrad kernel and collect
what one execute request produced."""
from jupyter_client.manager import start_new_kernel

TIMEOUT = 60


def started_kernel(timeout=TIMEOUT):
    """Generator for a module-scoped fixture: yields (manager, client), then shuts the kernel down."""
    km, kc = start_new_kernel(kernel_name="jgrad", startup_timeout=timeout)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def reply_to(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to msg_id, skipping replies to earlier requests."""
    while True:
        msg = kc.get_shell_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def execute(kc, code, timeout=TIMEOUT):
    """Runs code; returns (reply content, iopub messages of the request except status and execute_input)."""
    msg_id = kc.execute(code)
    msgs = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status":
            if msg["content"]["execution_state"] == "idle":
                break
            continue
        if msg["msg_type"] != "execute_input":
            msgs.append(msg)
    return reply_to(kc, msg_id, timeout)["content"], msgs
