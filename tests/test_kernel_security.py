"""Authentication: forged or unsigned execute requests sent with raw pyzmq frames are rejected,
logged and never run; the key never reaches the log; sockets listen on the connection file's ip only."""
import time

import zmq

from kernel_client import run
from kernel_wire import execute_content, frames_for, kernel_pid, listening_addresses, raw_socket

FORGED = 1000


def forgeries(key, code):
    """FORGED execute requests: wrong key, tampered signature, empty signature, unsigned frames."""
    wrong_key = key[::-1] + b"x"
    for i in range(FORGED):
        kind = i % 4
        if kind == 0:
            yield frames_for("execute_request", execute_content(code), key=wrong_key)
        elif kind == 1:
            good = frames_for("execute_request", execute_content(code), key=key)
            good[1] = bytes(reversed(good[1]))
            yield good
        elif kind == 2:
            yield frames_for("execute_request", execute_content(code), signature=b"")
        else:
            # signed for a different cell, then the content swapped: the signature no longer matches
            signed = frames_for("execute_request", execute_content("int harmless = 0;"), key=key)
            yield signed[:-1] + [frames_for("execute_request", execute_content(code), key=key)[-1]]


def test_forged_execute_requests_never_run(logged_kernel):
    km, kc, log_path = logged_kernel
    key = km.session.key
    assert key, "the kernel must be started with a key for this test"
    run(kc, "var forgedRuns = new java.util.concurrent.atomic.AtomicInteger();")
    ctx = zmq.Context()
    sock = raw_socket(ctx, km, "shell")
    for frames in forgeries(key, "forgedRuns.incrementAndGet();"):
        sock.send_multipart(frames)
    time.sleep(1.0)  # let the kernel drain its queue before the signed check
    # the kernel sent nothing back to the forger
    assert sock.poll(200) == 0
    sock.close()
    ctx.term()
    cell = run(kc, "forgedRuns.get()")
    assert cell.reply["status"] == "ok" and not cell.errors
    assert cell.results == ["0"], f"forged cells ran: {cell.results}"
    print(f"forged execute requests rejected: {FORGED}")


def test_rejections_are_logged_without_the_key(logged_kernel):
    km, kc, log_path = logged_kernel
    run(kc, "System.err.println(\"flush\");")
    log = log_path.read_bytes().decode("utf-8", "replace")
    assert "Rejected message on shell channel: invalid HMAC signature" in log
    assert "missing HMAC signature" in log
    assert km.session.key.decode() not in log


def test_sockets_listen_only_on_the_connection_ip(logged_kernel):
    km, _, _ = logged_kernel
    info = km.get_connection_info()
    listening = listening_addresses(kernel_pid(km))
    ports = {info[f"{c}_port"] for c in ("shell", "control", "stdin", "iopub", "hb")}
    assert ports <= {port for _, port in listening}, (ports, listening)
    assert all(ip == info["ip"] for ip, _ in listening), listening
