"""Nothing a cell prints is lost, with every core busy (cpu_load): every line up to the output limit
arrives once and in order, batched into few stream messages; past the limit the notice arrives; the
reply and the idle status come after the cell's last output; a thread printing next to the cell
loses nothing either; and nbclient saves a notebook with all of it."""
import re

import nbformat
import pytest
import zmq
from nbclient import NotebookClient

from kernel_client import TIMEOUT

LIMIT = 1 << 20  # the kernel's default output cap per cell
NOTICE = "\n[output truncated after 1 MB]\n"


def run_in_order(kc, code, timeout=TIMEOUT):
    """Runs code; returns ([(channel, msg)] of this request in the order they became readable, until both
    the reply and the idle status are in), reading the shell and iopub sockets side by side."""
    msg_id = kc.execute(code)
    poller = zmq.Poller()
    channels = {kc.iopub_channel.socket: ("iopub", kc.iopub_channel), kc.shell_channel.socket: ("shell", kc.shell_channel)}
    for socket in channels:
        poller.register(socket, zmq.POLLIN)
    seen, replied, idle = [], False, False
    while not (replied and idle):
        ready = dict(poller.poll(timeout * 1000))
        assert ready, f"no reply and idle within {timeout}s: {[m['msg_type'] for _, m in seen][-5:]}"
        for socket, (name, channel) in channels.items():
            if socket not in ready:
                continue
            msg = channel.get_msg(timeout=0)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            seen.append((name, msg))
            replied |= name == "shell"
            idle |= msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle"
    return seen


def stdout_of(seen):
    return "".join(m["content"]["text"] for _, m in seen
                   if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


def assert_reply_and_idle_last(kc, seen):
    """The idle status is the last iopub message of the cell (none follows, even later) and the reply says ok."""
    iopub = [m for name, m in seen if name == "iopub"]
    assert iopub[-1]["msg_type"] == "status" and iopub[-1]["content"]["execution_state"] == "idle"
    assert [m["msg_type"] for m in iopub].count("status") == 2  # busy, idle
    (reply,) = [m for name, m in seen if name == "shell"]
    assert reply["content"]["status"] == "ok", reply["content"]
    # nothing of the cell arrives after its idle: the next cell's messages are all that come
    cell = reply["parent_header"]["msg_id"]
    later = run_in_order(kc, "1")
    stray = [m for m in drain_iopub(kc) if m["parent_header"].get("msg_id") == cell]
    assert not stray and all(m["parent_header"]["msg_id"] != cell for _, m in later), stray


def drain_iopub(kc):
    msgs = []
    while kc.iopub_channel.msg_ready():
        msgs.append(kc.iopub_channel.get_msg(timeout=0))
    return msgs


def report(what, seen):
    streams = [m for _, m in seen if m["msg_type"] == "stream"]
    order = [("out" if m["msg_type"] == "stream" else m["msg_type"]) for _, m in seen if m["msg_type"] != "status"]
    reply_after_output = order.index("execute_reply") > max(i for i, t in enumerate(order) if t == "out")
    print(f"{what}: {len(stdout_of(seen).splitlines())} lines in {len(streams)} stream messages; "
          f"reply read after the last output: {reply_after_output}")


@pytest.mark.parametrize("print_call", ['System.out.println("line " + i)', 'System.out.printf("line %d%n", i)'],
                         ids=["println", "printf"])
def test_twenty_thousand_lines_arrive_once_in_order(kc, cpu_load, print_call):
    seen = run_in_order(kc, f"for (int i = 0; i < 20000; i++) {print_call};")
    lines = stdout_of(seen).splitlines()
    assert len(lines) == 20000 and lines == [f"line {i}" for i in range(20000)], \
        f"{len(lines)} lines; first wrong at {next((i for i, l in enumerate(lines) if l != f'line {i}'), None)}"
    streams = [m for _, m in seen if m["msg_type"] == "stream"]
    assert len(streams) < 500, f"{len(streams)} stream messages for 20,000 lines: output is not batched"
    report(f"20,000 lines ({print_call.split('(')[0]})", seen)
    assert_reply_and_idle_last(kc, seen)


def test_output_past_the_limit_ends_with_the_notice(kc, cpu_load):
    seen = run_in_order(kc, 'for (int i = 0; i < 200000; i++) System.out.println("line " + i);', timeout=120)
    text = stdout_of(seen)
    assert text.endswith(NOTICE) and text.count(NOTICE.strip()) == 1, text[-200:]
    expected = "".join(f"line {i}\n" for i in range(200000)).encode()[:LIMIT]
    assert text[:-len(NOTICE)].encode() == expected, "the output up to the limit is not the printed text, in order"
    report("200,000 lines", seen)
    assert_reply_and_idle_last(kc, seen)


def test_a_printing_thread_and_a_printing_cell_lose_nothing(kc, cpu_load):
    seen = run_in_order(kc, """
Thread printer = new Thread(() -> { for (int i = 0; i < 5000; i++) System.out.println("thread " + i); });
printer.start();
for (int i = 0; i < 5000; i++) System.out.println("cell " + i);
printer.join();""")
    lines = stdout_of(seen).splitlines()
    assert all(re.fullmatch(r"(thread|cell) \d+", line) for line in lines), [l for l in lines if " " not in l][:5]
    assert [l for l in lines if l.startswith("thread")] == [f"thread {i}" for i in range(5000)]
    assert [l for l in lines if l.startswith("cell")] == [f"cell {i}" for i in range(5000)]
    assert_reply_and_idle_last(kc, seen)


def test_nbclient_saves_every_line(tmp_path, cpu_load):
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell('for (int i = 0; i < 20000; i++) System.out.println("line " + i);'),
        nbformat.v4.new_code_cell('System.out.println("next cell");'),
    ])
    nb.metadata["kernelspec"] = {"name": "jgrad", "display_name": "Java (jgrad)", "language": "java"}
    # raise_on_iopub_timeout: a missing idle status is an error, not a silently truncated notebook
    NotebookClient(nb, timeout=120, kernel_name="jgrad", raise_on_iopub_timeout=True).execute()
    path = tmp_path / "long_output.ipynb"
    nbformat.write(nb, path)
    saved = nbformat.read(path, as_version=4)
    text = "".join(o.get("text", "") for o in saved.cells[0].outputs)
    assert text.splitlines() == [f"line {i}" for i in range(20000)]
    assert "".join(o.get("text", "") for o in saved.cells[1].outputs) == "next cell\n"
