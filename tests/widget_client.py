"""Comm messages as a widget front end (JupyterLab's widget manager) sends them, for the widget tests: send a
comm_msg or comm_open to the kernel and collect what the kernel published as its child, up to its idle status.
Cells run through kernel_client's helpers."""
from kernel_client import TIMEOUT

VIEW_MIME = "application/vnd.jupyter.widget-view+json"


def send_shell(kc, msg_type, content, buffers=None, metadata=None):
    """Sends a shell message as a front end does; returns its msg_id."""
    msg = kc.session.msg(msg_type, content, metadata=metadata or {})
    if buffers:
        kc.session.send(kc.shell_channel.socket, msg, buffers=buffers)
    else:
        kc.shell_channel.send(msg)
    return msg["header"]["msg_id"]


def children(kc, msg_id, timeout=TIMEOUT):
    """The iopub messages published as children of msg_id, up to its idle status (status messages left out).
    comm messages get no shell reply, so this is all that answers them."""
    out = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status":
            if msg["content"]["execution_state"] == "idle":
                return out
            continue
        out.append(msg)


def comm_msg(kc, comm_id, data, buffers=None, timeout=TIMEOUT):
    """Sends data on comm comm_id; returns (msg_id, the kernel's messages in answer)."""
    msg_id = send_shell(kc, "comm_msg", {"comm_id": comm_id, "data": data}, buffers)
    return msg_id, children(kc, msg_id, timeout)


def update(kc, comm_id, state, timeout=TIMEOUT):
    """A front end's state change, as JupyterLab sends it."""
    return comm_msg(kc, comm_id, {"method": "update", "state": state, "buffer_paths": []}, timeout=timeout)


def click(kc, comm_id, timeout=TIMEOUT):
    """A Button's click, as JupyterLab sends it."""
    return comm_msg(kc, comm_id, {"method": "custom", "content": {"event": "click"}}, timeout=timeout)


def open_comm(kc, target, comm_id, data=None, metadata=None, timeout=TIMEOUT):
    """Opens a comm from the front end (the jupyter.widget.control one); returns the kernel's answer."""
    msg_id = send_shell(kc, "comm_open", {"comm_id": comm_id, "target_name": target, "data": data or {}},
                        metadata=metadata)
    return children(kc, msg_id, timeout)


def comm_opens(messages):
    """The widget models a request opened: model id -> (state, metadata, buffers), in order of opening."""
    return {m["content"]["comm_id"]: (m["content"]["data"]["state"], m["metadata"], m.get("buffers", []))
            for m in messages if m["msg_type"] == "comm_open" and m["content"]["target_name"] == "jupyter.widget"}


def comm_data(messages, method):
    """The data of the comm_msgs among messages whose method is method."""
    return [m["content"]["data"] for m in messages
            if m["msg_type"] == "comm_msg" and m["content"]["data"].get("method") == method]


def stdout(messages):
    return "".join(m["content"]["text"] for m in messages
                   if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


def stderr(messages):
    return "".join(m["content"]["text"] for m in messages
                   if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")
