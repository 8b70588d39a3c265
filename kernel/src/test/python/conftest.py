"""Shared fixtures: a jgrad kernel per test module."""
import pytest

import kernel_session


@pytest.fixture(scope="module")
def kernel():
    """(kernel manager, client) of a fresh kernel, shut down after the module."""
    km, kc = kernel_session.start()
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def kc(kernel):
    return kernel[1]
