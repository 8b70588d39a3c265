"""Raw-wire helpers for the reliability tests: send raw (signed or forged) multipart messages with pyzmq
and look at a kernel process through /proc. Kernels are started by kernel_client.py."""
import hashlib
import hmac
import json
import os
import uuid

import zmq

DELIM = b"<IDS|MSG>"


def kernel_pid(km):
    return km.provisioner.pid if km.provisioner else km.kernel.pid


def header(msg_type):
    return {"msg_id": uuid.uuid4().hex, "username": "fuzz", "session": uuid.uuid4().hex,
            "date": "2026-01-01T00:00:00.000000Z", "msg_type": msg_type, "version": "5.3"}


def sign(key, *frames):
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for f in frames:
        mac.update(f)
    return mac.hexdigest().encode()


def frames_for(msg_type, content, key=None, signature=None):
    """Multipart frames of a message; signed with key, or carrying the given (forged) signature."""
    parts = [json.dumps(header(msg_type)).encode(), b"{}", b"{}", json.dumps(content).encode()]
    sig = sign(key, *parts) if key is not None else signature
    return [DELIM, sig] + parts


def raw_socket(ctx, km, channel):
    ci = km.get_connection_info()
    s = ctx.socket(zmq.DEALER)
    s.setsockopt(zmq.LINGER, 0)
    s.connect(f"{ci['transport']}://{ci['ip']}:{ci[channel + '_port']}")
    return s


def execute_content(code):
    return {"code": code, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": False}


def rss_bytes(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def listening_addresses(pid):
    """(ip, port) of every TCP socket the process listens on, from /proc/net/tcp{,6}."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            next(f)
            for line in f:
                cols = line.split()
                local, state, inode = cols[1], cols[3], cols[9]
                if state == "0A" and inode in inodes:
                    ip_hex, port_hex = local.split(":")
                    found.append((_ip(ip_hex), int(port_hex, 16)))
    return found


def _ip(ip_hex):
    """/proc/net hex address as text; IPv4-mapped IPv6 (::ffff:a.b.c.d) as its IPv4 address."""
    if len(ip_hex) == 32 and ip_hex.upper().startswith("0000000000000000FFFF0000"):
        ip_hex = ip_hex[24:]
    if len(ip_hex) == 8:
        return ".".join(str(b) for b in reversed(bytes.fromhex(ip_hex)))
    return ip_hex  # any other IPv6 address: never equal to the connection file's ip


def pid_alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except FileNotFoundError:
        return False
