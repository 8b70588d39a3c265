"""Kernel subshells (JEP 91) through a real client, with the messages JupyterLab sends: kernel_info
advertises them, the control channel creates, lists and deletes them, and a message sent on a subshell
(as JupyterLab sends a widget's comm messages) is answered while the main shell is busy with a cell."""
import time

import pytest

from kernel_client import TIMEOUT, control, reply_to, run


def send_on(kc, subshell_id, msg_type, content=None):
    """Sends a shell message on a subshell, as JupyterLab does (subshell_id in the header); returns its msg_id."""
    msg = kc.session.msg(msg_type, content or {})
    msg["header"]["subshell_id"] = subshell_id
    kc.shell_channel.send(msg)
    return msg["header"]["msg_id"]


def test_kernel_info_advertises_subshells(kc):
    kc.kernel_info()
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert "kernel subshells" in reply["content"]["supported_features"]


def test_subshells_are_created_listed_and_deleted(kc):
    first = control(kc, "create_subshell_request")
    second = control(kc, "create_subshell_request")
    assert first["status"] == "ok" and second["status"] == "ok"
    assert first["subshell_id"] != second["subshell_id"]
    listed = control(kc, "list_subshell_request")
    assert listed["status"] == "ok"
    assert {first["subshell_id"], second["subshell_id"]} <= set(listed["subshell_id"])
    assert control(kc, "delete_subshell_request", {"subshell_id": first["subshell_id"]})["status"] == "ok"
    assert first["subshell_id"] not in control(kc, "list_subshell_request")["subshell_id"]
    missing = control(kc, "delete_subshell_request", {"subshell_id": first["subshell_id"]})
    assert missing["status"] == "error" and first["subshell_id"] in missing["evalue"]
    control(kc, "delete_subshell_request", {"subshell_id": second["subshell_id"]})


def answered_while_busy(kc, msg_type):
    """Runs a 3 s cell on the main shell and sends msg_type on a subshell meanwhile: (reply, seconds, cell reply)."""
    sid = control(kc, "create_subshell_request")["subshell_id"]
    try:
        cell = kc.execute("Thread.sleep(3000); int slept = 1;")
        time.sleep(0.5)  # the cell is running
        sent = time.monotonic()
        reply = reply_to(kc, send_on(kc, sid, msg_type))
        waited = time.monotonic() - sent
        cell_reply = reply_to(kc, cell)
        return reply, waited, cell_reply
    finally:
        control(kc, "delete_subshell_request", {"subshell_id": sid})


@pytest.mark.parametrize("msg_type", ["kernel_info_request", "comm_info_request"])
def test_a_subshell_answers_while_the_main_shell_runs_a_cell(kc, msg_type):
    reply, waited, cell_reply = answered_while_busy(kc, msg_type)
    assert reply["content"]["status"] == "ok"
    assert waited < 2.0, f"the subshell waited {waited:.1f} s, as if behind the running cell"
    assert cell_reply["content"]["status"] == "ok"


def test_a_subshell_answers_with_both_cores_busy(kc, cpu_load):
    reply, waited, cell_reply = answered_while_busy(kc, "kernel_info_request")
    assert reply["content"]["status"] == "ok" and cell_reply["content"]["status"] == "ok"
    assert waited < 2.5, f"the subshell waited {waited:.1f} s"


def test_a_cell_sent_on_a_subshell_runs_in_turn_on_the_main_shell(kc):
    sid = control(kc, "create_subshell_request")["subshell_id"]
    try:
        first = kc.execute("Thread.sleep(1000); int order = 1;")
        second = send_on(kc, sid, "execute_request", {
            "code": "order = order * 10 + 2; order", "silent": False, "store_history": True,
            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        assert reply_to(kc, first)["content"]["status"] == "ok"
        assert reply_to(kc, second)["content"]["status"] == "ok"
        assert run(kc, "order").results == ["12"]
    finally:
        control(kc, "delete_subshell_request", {"subshell_id": sid})


def test_a_message_for_an_unknown_subshell_is_dropped_and_the_kernel_goes_on(kc):
    send_on(kc, "no-such-subshell", "kernel_info_request")
    cell = run(kc, "1 + 1")
    assert cell.results == ["2"]
