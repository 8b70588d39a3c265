"""Fixtures shared by every test module: a jgrad kernel per module (also one with its log captured)
and a bounded background CPU load."""
import pytest

from cpu_load import saturated_cores
from kernel_client import STARTUP_TIMEOUT, start_kernel_logged, started_kernel


@pytest.fixture(scope="module")
def kernel():
    """(manager, client) of a fresh kernel, shut down after the module."""
    yield from started_kernel(STARTUP_TIMEOUT)


@pytest.fixture(scope="module")
def kc(kernel):
    return kernel[1]


@pytest.fixture(scope="module")
def logged_kernel(tmp_path_factory):
    """(manager, client, log path) of a fresh kernel whose stderr goes to the log, shut down after the module."""
    log_path = tmp_path_factory.mktemp("kernel-log") / "kernel.log"
    km, kc, log = start_kernel_logged(log_path)
    yield km, kc, log_path
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    log.close()


@pytest.fixture
def cpu_load():
    """Every core busy with a background loop for the duration of the test (at most cpu_load.HARD_CAP_S)."""
    with saturated_cores() as busy:
        yield busy
