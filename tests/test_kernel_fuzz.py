"""Fuzzing: malformed and random messages on the shell, control and stdin channels. The kernel must
stay up, answer a normal execute afterwards, and its resident memory must stay bounded.
JGRAD_FUZZ_N sets the number of messages (CI default 2,000; the full run uses 10,000)."""
import json
import os
import random
import time

import zmq

from kernel_client import run
from kernel_wire import DELIM, execute_content, frames_for, header, kernel_pid, raw_socket, rss_bytes, sign

N = int(os.environ.get("JGRAD_FUZZ_N", "2000"))
HUGE = 4 * 1024 * 1024
RSS_GROWTH_LIMIT = 512 * 1024 * 1024  # JVM heap growth is fine; unbounded growth is not


def random_bytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def semantically_bad(rng):
    """Correctly framed contents that make no sense: wrong types, unknown types, odd values.
    shutdown_request is never sent: obeying a signed shutdown is correct behaviour."""
    return rng.choice([
        ("execute_request", {"code": {"not": "a string"}, "silent": "maybe"}),
        ("execute_request", {"code": ["a", 1], "user_expressions": 7}),
        ("execute_request", {}),
        ("complete_request", {"code": "Math.", "cursor_pos": -5}),
        ("complete_request", {"code": "x", "cursor_pos": 10 ** 9}),
        ("inspect_request", {"code": None, "cursor_pos": "end", "detail_level": 9}),
        ("is_complete_request", {"code": 42}),
        ("history_request", {"hist_access_type": "nonsense", "n": -1}),
        ("comm_info_request", {"target_name": ["x"]}),
        ("comm_open", {"comm_id": 5, "target_name": None, "data": "x"}),
        ("kernel_info_request", {"unexpected": [1, 2, 3]}),
        ("no_such_request_" + str(rng.randint(0, 99)), {"a": 1}),
        ("input_reply", {"value": 12}),
        ("interrupt_request", {"x": "y"}),
    ])


def fuzz_message(rng, key, i):
    """The i-th fuzz message: raw frames of one of several kinds of bad input."""
    kind = i % 8
    if kind == 0:  # random frames, random count
        return [random_bytes(rng, rng.randint(0, 64)) for _ in range(rng.randint(1, 8))]
    if kind == 1:  # bad JSON, correctly signed
        parts = [b"{not json", b"{}", b"{}", b"]["]
        return [DELIM, sign(key, *parts)] + parts
    if kind == 2:  # truncated multipart: delimiter, signature and only some of the rest
        frames = frames_for("execute_request", execute_content("1"), key=key)
        return frames[:rng.randint(1, len(frames) - 1)]
    if kind == 3:  # JSON of the wrong shape (arrays, numbers, strings) where objects belong
        parts = [json.dumps(rng.choice([[1], 3, "s", None])).encode() for _ in range(4)]
        return [DELIM, sign(key, *parts)] + parts
    if kind == 4:  # header without msg_type, or msg_type of the wrong type
        h = header("execute_request")
        h["msg_type"] = rng.choice([None, 5, ["execute_request"]])
        parts = [json.dumps(h).encode(), b"{}", b"{}", b"{}"]
        return [DELIM, sign(key, *parts)] + parts
    if kind == 5:  # correctly signed but semantically bad content
        msg_type, content = semantically_bad(rng)
        return frames_for(msg_type, content, key=key)
    if kind == 6:  # huge payload (unsigned, so it must be dropped after the signature check)
        if i % 400 == 6:
            return frames_for("execute_request", {"code": "x" * HUGE}, signature=b"0" * 64)
        return frames_for("execute_request", execute_content("1"), signature=random_bytes(rng, 64).hex().encode())
    return [DELIM] + [random_bytes(rng, rng.randint(0, 200)) for _ in range(rng.randint(0, 9))]


def msg_type_of(frames):
    """msg_type of a well-formed message's frames, else None."""
    try:
        return json.loads(frames[frames.index(DELIM) + 2]).get("msg_type")
    except (ValueError, IndexError, AttributeError):
        return None


def drain(sockets):
    """Reads every reply waiting on the raw sockets; returns how many were interrupt_replies."""
    interrupt_replies = 0
    for s in sockets:
        while s.poll(0):
            interrupt_replies += msg_type_of(s.recv_multipart()) == "interrupt_reply"
    return interrupt_replies


def test_kernel_survives_fuzzing_on_every_channel(logged_kernel):
    km, kc, _ = logged_kernel
    key = km.session.key
    pid = kernel_pid(km)
    run(kc, "int survivor = 7;")
    rng = random.Random(20261123)
    ctx = zmq.Context()
    sockets = [raw_socket(ctx, km, c) for c in ("shell", "control", "stdin")]
    baseline = rss_bytes(pid)
    peak = baseline
    refused = 0
    interrupts_sent = interrupts_answered = 0
    for i in range(N):
        frames = fuzz_message(rng, key, i)
        try:
            # The kernel reads stdin only while a cell asks for input, so that queue fills up to
            # ZeroMQ's high-water mark (bounded memory) and further sends would block forever.
            sockets[i % 3].send_multipart(frames, flags=zmq.NOBLOCK)
            interrupts_sent += i % 3 != 2 and msg_type_of(frames) == "interrupt_request"
        except zmq.Again:
            refused += 1
        if i % 200 == 199:
            interrupts_answered += drain(sockets)
            time.sleep(0.05)  # let the kernel keep up instead of measuring a queue
            peak = max(peak, rss_bytes(pid))
            assert km.is_alive(), f"kernel died after {i + 1} fuzz messages"
    # A fuzzed (validly signed) interrupt_request still queued would rightly stop the check cell
    # below, so wait until every one has been answered.
    deadline = time.time() + 60
    while interrupts_answered < interrupts_sent and time.time() < deadline:
        time.sleep(0.05)
        interrupts_answered += drain(sockets)
    assert interrupts_answered == interrupts_sent, (interrupts_answered, interrupts_sent)
    for s in sockets:
        s.close()
    ctx.term()
    cell = run(kc, "survivor * 6", timeout=120)
    assert cell.reply["status"] == "ok" and not cell.errors and cell.results == ["42"], (cell.reply, cell.errors)
    final = rss_bytes(pid)
    print(f"fuzz messages sent: {N} ({refused} refused by the full stdin queue); RSS baseline {baseline >> 20} MiB, peak {peak >> 20} MiB, "
          f"final {final >> 20} MiB")
    assert final - baseline < RSS_GROWTH_LIMIT, (baseline, final)
    assert refused < N // 3 + 1, "only the unread stdin queue may refuse messages"
