"""Nothing wedges the kernel: huge values, errors on every thread, a vanished parent, a cell that ignores
interrupts. Through a real client, also with both cores busy. After each fault the kernel answers `1 + 1`
and an earlier variable keeps its value."""
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from kernel_client import STARTUP_TIMEOUT, TIMEOUT, assert_alive, reply_to, run, start_kernel
from plugin_jars import build_jar

PRIMITIVES = ["boolean", "byte", "char", "short", "int", "long", "float", "double"]


@pytest.fixture(scope="module", autouse=True)
def kept(kc):
    cell = run(kc, "int kept = 41;")
    assert not cell.errors


def test_the_reported_wedge_answers_with_a_summary(kc):
    # default heap: declaring it used to build the text of 400 million floats and never answer
    cell = run(kc, "var big = new float[400_000_000];")
    assert cell.reply["status"] == "ok", cell.errors
    cell = run(kc, "big")
    assert cell.results == ["[0.0, 0.0, 0.0, ..., 0.0, 0.0, 0.0] (float[400000000])"]
    cell = run(kc, "System.out.println(big.length); big = null;")
    assert cell.stdout == "400000000\n"
    assert_alive(kc)


@pytest.mark.slow  # allocates about 1 GB per type
@pytest.mark.parametrize("type_", PRIMITIVES)
def test_huge_arrays_of_every_primitive_type_show_as_summaries(kc, type_):
    n = 125_000_000  # 1 GB of longs or doubles: far past every summary, well inside the default heap
    cell = run(kc, f"var huge = new {type_}[{n}]; huge")
    assert cell.reply["status"] == "ok", cell.errors
    [text] = cell.results
    assert text.endswith(f"({type_}[{n}])") and "..." in text and len(text) < 200, text
    run(kc, "huge = null;")
    assert_alive(kc)


def test_nested_and_object_arrays_are_summarised(kc):
    cell = run(kc, "var grid = new double[3000][3000]; grid")
    [text] = cell.results
    assert text.endswith("(double[3000][])") and len(text) < 1000, text
    cell = run(kc, "var words = new String[5_000_000]; java.util.Arrays.fill(words, \"w\"); words")
    assert cell.results == ["[w, w, w, ..., w, w, w] (String[5000000])"]
    run(kc, "grid = null; words = null;")
    assert_alive(kc)


def test_huge_lists_maps_and_strings_are_summarised(kc):
    cell = run(kc, "var list = new ArrayList<Integer>(Collections.nCopies(20_000_000, 7)); list")
    assert cell.results == ["[7, 7, 7, ..., 7, 7, 7] (ArrayList of 20000000 elements)"]
    cell = run(kc, "var map = new TreeMap<Integer, String>(); for (int i = 0; i < 200_000; i++) map.put(i, \"v\"); map")
    assert cell.results == ["{0=v, 1=v, 2=v, ...} (TreeMap of 200000 entries)"]
    cell = run(kc, '"ab".repeat(50_000_000)')
    [text] = cell.results
    assert text.startswith("abab") and text.endswith("[100000000 characters in all; the first 100000 shown]")
    assert len(text) < 101_000
    cell = run(kc, "List.of(1, 2, 3)")
    assert cell.results == ["[1, 2, 3]"], "short collections read as their toString()"
    run(kc, "list = null; map = null;")
    assert_alive(kc)


def test_printing_a_huge_list_is_capped_not_wedged(kc):
    cell = run(kc, "var many = new ArrayList<Integer>(Collections.nCopies(5_000_000, 1)); System.out.println(many);")
    assert cell.reply["status"] == "ok", cell.errors
    assert "[output truncated after" in cell.stdout
    assert len(cell.stdout) < 1_100_000
    run(kc, "many = null;")
    assert_alive(kc)


def test_a_huge_tensor_shows_as_fast_as_a_small_one(kc):
    cell = run(kc, "var t = Tensor.zeros(20000, 20000); t")
    [text] = cell.results
    assert text.startswith("tensor([[0., 0., 0.,  ..., 0., 0., 0.],"), text
    html = cell.of_type("execute_result")[0]["data"]["text/html"]
    assert "tensor [20000, 20000]" in html and len(html) < 5000
    run(kc, "t = null;")
    assert_alive(kc)


@pytest.mark.slow  # fills the heap
def test_out_of_memory_on_the_cells_thread_names_the_limit_and_the_remedy(kc):
    cell = run(kc, "var tooBig = new double[1_500_000_000];")  # 12 GB: past the default heap of this machine
    assert cell.reply["status"] == "error"
    [error] = cell.errors
    assert "OutOfMemoryError" in error["ename"]
    text = "\n".join(error["traceback"])
    assert "line 1" in text, text  # where it was being built
    assert "heap holds at most" in text and "JGRAD_JVM_OPTS=-Xmx" in text, text  # the limit and how to raise it
    assert_alive(kc)


@pytest.mark.slow  # fills the heap
def test_a_tensor_too_big_for_the_heap_says_its_size(kc):
    cell = run(kc, "var huge = Tensor.zeros(45_000, 45_000);")  # 8.1 GB: past the default heap of this machine
    [error] = cell.errors
    assert "no room for a float32 tensor of 2,025,000,000 elements (8.10 GB)" in error["evalue"], error
    assert "heap holds at most" in error["evalue"]
    assert "JGRAD_JVM_OPTS=-Xmx" in "\n".join(error["traceback"])
    assert_alive(kc)


def test_stack_overflow_on_the_cells_thread_is_an_error_with_a_hint(kc):
    cell = run(kc, "int down(int n) { return down(n + 1) + 1; }\ndown(0)")
    [error] = cell.errors
    assert "StackOverflowError" in error["ename"]
    assert "recursion" in "\n".join(error["traceback"])
    assert_alive(kc)


def test_errors_in_a_values_tostring_are_reported_not_fatal(kc):
    cell = run(kc, 'new Object() { public String toString() { return "x".repeat(Integer.MAX_VALUE); } }')
    [error] = cell.errors
    assert error["ename"] == "OutOfMemoryError"
    assert "while showing the cell's value, anonymous Object" in error["evalue"], error
    assert "$JShell" not in "\n".join(error["traceback"])
    cell = run(kc, "new Object() { public String toString() { return toString(); } }")
    assert cell.reply["status"] == "ok"
    [text] = cell.results
    assert text.startswith("anonymous Object@") and "toString() threw java.lang.StackOverflowError" in text
    assert_alive(kc)


def test_errors_in_a_display_renderer_fall_back_to_text(kc):
    for thrown in ["new OutOfMemoryError(\"no room for the picture\")", "new StackOverflowError()"]:
        cell = run(kc, "class Pic { public String toHtml() { throw " + thrown + "; } "
                       "public String toString() { return \"pic\"; } }\nnew Pic()")
        assert cell.reply["status"] == "ok", cell.errors
        [bundle] = [c["data"] for c in cell.of_type("execute_result")]
        assert bundle == {"text/plain": "pic"}
        stderr = "".join(c["text"] for c in cell.of_type("stream") if c["name"] == "stderr")
        assert "toHtml() of Pic threw" in stderr and "showing text only" in stderr, stderr
    assert_alive(kc)


def test_an_endless_tostring_is_stopped_by_an_interrupt(kernel):
    km, kc = kernel
    msg_id = kc.execute("new Object() { public String toString() { while (true) { } } }")
    time.sleep(1.0)
    km.interrupt_kernel()
    reply = reply_to(kc, msg_id)
    assert reply["content"]["status"] == "error"
    assert_alive(kc)


THREAD_FAULTS = {
    "OutOfMemoryError": 'throw new OutOfMemoryError("from the worker")',
    "StackOverflowError": "throw new StackOverflowError()",
}


@pytest.mark.parametrize("name", sorted(THREAD_FAULTS))
def test_an_error_on_a_thread_the_cell_started_is_shown_and_the_kernel_goes_on(kc, name):
    cell = run(kc, "var worker = new Thread(() -> { " + THREAD_FAULTS[name] + "; }, \"worker\"); "
                   "worker.start(); worker.join();")
    assert cell.reply["status"] == "ok", cell.errors
    stderr = "".join(c["text"] for c in cell.of_type("stream") if c["name"] == "stderr")
    assert 'Exception in thread "worker" (started by a cell): java.lang.' + name in stderr, stderr
    assert "$JShell" not in stderr, stderr
    assert_alive(kc)


def test_faults_with_both_cores_busy(kc, cpu_load):
    cell = run(kc, "var busyBig = new int[100_000_000]; busyBig")
    assert cell.results == ["[0, 0, 0, ..., 0, 0, 0] (int[100000000])"]
    cell = run(kc, "int deep(int n) { return deep(n + 1); }\ndeep(0)")
    assert "StackOverflowError" in cell.errors[0]["ename"]
    cell = run(kc, 'var w2 = new Thread(() -> { throw new OutOfMemoryError("busy"); }, "w2"); w2.start(); w2.join();')
    assert 'Exception in thread "w2"' in "".join(c["text"] for c in cell.of_type("stream"))
    run(kc, "busyBig = null;")
    assert_alive(kc)


FAULTY_PLUGIN = {
    "demo/faulty/Blob.java": """package demo.faulty;
public final class Blob {
    @Override
    public String toString() {
        return "blob";
    }
}
""",
    "demo/faulty/HungryExtension.java": """package demo.faulty;

import jgrad.kernel.spi.KernelExtension;
import jgrad.kernel.spi.KernelSession;

public final class HungryExtension implements KernelExtension {
    @Override
    public void install(KernelSession session) {
        session.addRenderer(Blob.class, b -> {
            throw new OutOfMemoryError("the blob's picture does not fit");
        });
    }
}
""",
    "demo/faulty/DeepExtension.java": """package demo.faulty;

import jgrad.kernel.spi.KernelExtension;
import jgrad.kernel.spi.KernelSession;

public final class DeepExtension implements KernelExtension {
    private int depth(int n) {
        return depth(n + 1) + 1;
    }

    @Override
    public void install(KernelSession session) {
        depth(0);
    }
}
""",
    "META-INF/services/jgrad.kernel.spi.KernelExtension": "demo.faulty.HungryExtension\ndemo.faulty.DeepExtension\n",
}


def test_errors_in_a_plugin_are_named_and_the_kernel_goes_on(kc, tmp_path):
    jar = build_jar(tmp_path, "faulty", FAULTY_PLUGIN)
    cell = run(kc, f"%classpath {jar}")
    [error] = cell.errors
    assert "demo.faulty.DeepExtension failed to install: java.lang.StackOverflowError" in error["evalue"], error
    assert "Installed extension demo.faulty.HungryExtension" in cell.stdout
    cell = run(kc, "new demo.faulty.Blob()")
    assert cell.reply["status"] == "ok", cell.errors
    assert cell.results == ["blob"]
    stderr = "".join(c["text"] for c in cell.of_type("stream") if c["name"] == "stderr")
    assert "OutOfMemoryError" in stderr and "showing text only" in stderr, stderr
    assert_alive(kc)


def test_a_cell_that_ignores_interrupts_still_shuts_down():
    km, kc = start_kernel(STARTUP_TIMEOUT)
    try:
        kc.execute("while (true) { try { Thread.sleep(20); } catch (Throwable ignored) { } }")
        time.sleep(1.0)
        km.interrupt_kernel()  # caught and ignored by the cell
        time.sleep(0.5)
        kc.shutdown()  # shutdown_request on the control channel, as a front end sends it
        deadline = time.monotonic() + 10
        while km.is_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not km.is_alive(), "a busy kernel must still obey shutdown_request"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


CLIENT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from kernel_client import start_kernel
    km, kc = start_kernel({startup})
    print(km.provisioner.process.pid, flush=True)
    time.sleep(600)
""")


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is gone for our purpose: reaped later by whoever adopted it
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("busy", [False, True], ids=["quiet", "cores-busy"])
def test_the_kernel_exits_when_its_client_is_killed(busy, request):
    if busy:
        request.getfixturevalue("cpu_load")
    client = subprocess.Popen(
        [sys.executable, "-c", CLIENT.format(tests=os.path.dirname(__file__), startup=STARTUP_TIMEOUT)],
        stdout=subprocess.PIPE, text=True)
    try:
        kernel_pid = int(client.stdout.readline())
        assert pid_alive(kernel_pid)
        client.send_signal(signal.SIGKILL)
        client.wait(TIMEOUT)
        deadline = time.monotonic() + 15
        while pid_alive(kernel_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not pid_alive(kernel_pid), "the kernel outlived the process that started it"
    finally:
        client.kill()
        client.wait()
