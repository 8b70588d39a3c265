"""The kernel process's own stderr, which nbgrader and papermill pass on and the Jupyter server logs: the
JVM's "WARNING: Using incubator modules: jdk.incubator.vector" line is not in it (the kernelspec's
launcher drops that one line), while the Vector API module it announces is still in use and whatever
else the JVM writes to its stderr still comes through."""
import time

from kernel_client import run

NOTICE = "WARNING: Using incubator modules: jdk.incubator.vector"
MARKER = "written to the kernel's own stderr"


def test_no_incubator_notice_while_the_vector_api_runs(logged_kernel):
    _, kc, log_path = logged_kernel
    assert run(kc, "jgrad.autograd.kernels.Sgemm.usesVectorApi()").results == ["true"]
    # Past System.err (which a cell captures), straight to the process's stderr.
    cell = run(kc, 'var fd2 = new java.io.FileOutputStream(java.io.FileDescriptor.err);\n'
                   f'fd2.write("{MARKER}\\n".getBytes()); fd2.flush();')
    assert not cell.errors, cell.errors
    deadline = time.monotonic() + 30
    while MARKER not in log_path.read_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    log = log_path.read_text()
    assert MARKER in log, f"the kernel's stderr did not come through: {log!r}"
    assert NOTICE not in log, log
