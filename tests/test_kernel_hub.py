"""The kernel as a JupyterHub server starts it: with the spawner's MEM_LIMIT=1G and the user's own HOME in
its environment, through jupyter_client. Its heap is the memory rule's share of the limit
(python/jgrad_kernel/memory.py); a cell that fills it gets an OutOfMemoryError naming the limit, the
process stays under the limit and the kernel keeps its state; user.home and the data cache follow HOME;
usage_request on the control channel (jupyter-resource-usage's kernel panel) answers ipykernel's fields
with real numbers, also while a cell runs."""
import os

import pytest

from kernel_client import STARTUP_TIMEOUT, assert_alive, control, reply_to, run, start_kernel, wait_until_busy
from kernel_wire import kernel_pid

MIB = 1 << 20
LIMIT = 1 << 30
HEAP = 486 * MIB  # the rule for 1 GiB: 60% of 1024 MiB (614.4) minus 128 MiB for the Jupyter server
SERVER_RESERVE = 128 * MIB
VALUE = "java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return tmp_path_factory.mktemp("student-home")


@pytest.fixture(scope="module")
def kernel(home):
    """(manager, client) of a kernel started with a spawner's environment; `kept` is set to 41."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("JGRAD_JVM_OPTS", "JGRAD_CACHE_DIR", "XDG_CACHE_HOME", "MEM_LIMIT")}
    env.update(MEM_LIMIT=str(LIMIT), HOME=str(home))
    km, kc = start_kernel(STARTUP_TIMEOUT, env=env)
    assert not run(kc, "int kept = 41;").errors
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def value(kc, code):
    cell = run(kc, code)
    assert not cell.errors, cell.errors
    return cell.results[-1]


def test_the_heap_is_the_rules_share_of_mem_limit(kc):
    assert int(value(kc, VALUE + '.getVMOption("MaxHeapSize").getValue()')) == HEAP
    # maxMemory() leaves out one survivor space of the 64 MB young generation (kernel/jvm.options)
    assert HEAP - 64 * MIB < int(value(kc, "Runtime.getRuntime().maxMemory()")) <= HEAP
    assert int(value(kc, VALUE + '.getVMOption("MaxMetaspaceSize").getValue()')) == 128 * MIB


def peak_resident_memory(pid):
    """The process's largest resident set so far (VmHWM), in bytes."""
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))


@pytest.mark.slow  # fills the heap
def test_filling_the_heap_names_the_limit_and_the_kernel_stays_under_it(kernel):
    km, kc = kernel
    cell = run(kc, "{ var hog = new ArrayList<byte[]>(); while (true) hog.add(new byte[8_000_000]); }")
    [error] = cell.errors
    assert "OutOfMemoryError" in error["ename"]
    text = "\n".join(error["traceback"])
    assert "heap holds at most" in text and "memory limit of 1.1 GB" in text, text
    assert "-Xmx" not in text, text  # a bigger heap than the limit allows would get the kernel killed
    # with every page of the heap touched, the process never grew into the Jupyter server's share
    assert peak_resident_memory(kernel_pid(km)) < LIMIT - SERVER_RESERVE
    assert_alive(kc)


def test_user_home_and_the_data_cache_follow_home(kc, home):
    assert value(kc, 'System.getProperty("user.home")') == str(home)
    assert value(kc, "jgrad.data.Mnist.defaults().cacheDirectory()") == str(home / ".cache" / "jgrad" / "mnist")


def test_usage_request_answers_with_real_numbers(kernel):
    km, kc = kernel
    run(kc, "long spin = 0; for (long t = System.nanoTime(); System.nanoTime() - t < 1_000_000_000L; ) spin++;")
    usage = control(kc, "usage_request")
    assert usage["pid"] == kernel_pid(km) and usage["hostname"]
    assert usage["kernel_cpu"] > 0, usage  # the cell above kept a core busy
    assert 50 * MIB < usage["kernel_memory"] < LIMIT, usage
    assert usage["cpu_count"] >= 1
    if "host_cpu_percent" in usage:  # as in ipykernel, only where the system says
        assert 0 <= usage["host_cpu_percent"] <= 100, usage
    memory = usage["host_virtual_memory"]
    assert 0 < memory["available"] <= memory["total"] and 0 <= memory["percent"] <= 100, memory
    assert memory["used"] == memory["total"] - memory["available"]
    assert 0 < usage["heap_used"] <= usage["heap_committed"] <= usage["heap_max"] <= HEAP, usage


def usage_while_a_cell_runs(kc):
    cell = kc.execute("Thread.sleep(3000);")
    wait_until_busy(kc, cell)
    usage = control(kc, "usage_request")
    assert usage["kernel_memory"] > 0
    assert not kc.shell_channel.msg_ready(), "usage_request waited for the cell"
    assert reply_to(kc, cell)["content"]["status"] == "ok"


def test_usage_request_is_answered_while_a_cell_runs(kc):
    usage_while_a_cell_runs(kc)


def test_usage_request_is_answered_while_a_cell_runs_with_both_cores_busy(kc, cpu_load):
    usage_while_a_cell_runs(kc)
