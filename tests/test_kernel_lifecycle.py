"""The kernel answers shutdown_request on its control channel and then exits by itself."""
from kernel_client import TIMEOUT, run, start_kernel


def test_shutdown_request_ends_the_process_cleanly():
    km, kc = start_kernel()
    try:
        assert run(kc, "1 + 1").results == ["2"]
        msg_id = kc.shutdown()
        while True:
            reply = kc.get_control_msg(timeout=TIMEOUT)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        assert reply["content"]["status"] == "ok"
        assert km.provisioner.process.wait(timeout=TIMEOUT) == 0
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
        km.cleanup_resources()
