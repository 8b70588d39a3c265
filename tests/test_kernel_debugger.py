"""JupyterLab's debugger, its inspection part (JEP 47), through a real client with the debug_request
messages the front end sends: kernel_info advertises the debugger; initialize, attach, debugInfo,
inspectVariables (every variable: a tensor by shape, dtype and gradient, a module by its parameter
count), richInspectVariables (a tensor's table with its gradient beside it), dumpCell and source, and
breakpoints answered as not verified. The Variables panel answers while a cell runs, and never runs a
user's toString()."""
import time

import pytest

from kernel_client import STARTUP_TIMEOUT, TIMEOUT, control, reply_to, run, start_kernel

SEQ = iter(range(1, 10_000))


def debug(kc, command, arguments=None, timeout=TIMEOUT):
    """A debug_request as JupyterLab sends it; returns the DAP response (the debug_reply's content)."""
    content = {"type": "request", "seq": next(SEQ), "command": command, "arguments": arguments or {}}
    reply = control(kc, "debug_request", content, timeout)
    assert reply["type"] == "response" and reply["command"] == command and reply["request_seq"] == content["seq"]
    return reply


@pytest.fixture(scope="module")
def session(kc):
    cell = run(kc, """
        var w = Tensor.randn(3, 4).requiresGrad();
        w.sum().backward();
        var model = new Sequential(new Linear(4, 8), new ReLU(), new Linear(8, 2));
        int epochs = 5;
        double lr = 0.1;
        String name = "run1";
        var weird = new Object() { public String toString() { while (true) { } } };
        """)
    assert not cell.errors, cell.errors
    assert debug(kc, "initialize", {"clientID": "jupyterlab", "adapterID": "java", "pathFormat": "path",
                                    "linesStartAt1": True, "columnsStartAt1": True, "supportsVariableType": True,
                                    "locale": "en"})["success"]
    assert debug(kc, "attach")["success"]
    return kc


def test_kernel_info_advertises_the_debugger(kc):
    kc.kernel_info()
    content = kc.get_shell_msg(timeout=TIMEOUT)["content"]
    assert "debugger" in content["supported_features"] and content["debugger"] is True


def test_debug_info_describes_how_cells_are_named(session):
    body = debug(session, "debugInfo")["body"]
    assert body["isStarted"] is True and body["hashMethod"] == "Murmur2"
    assert body["tmpFilePrefix"] and body["tmpFileSuffix"] == ".java"
    assert body["breakpoints"] == [] and body["stoppedThreads"] == []


def test_variables_list_the_sessions_values(session):
    started = time.monotonic()
    variables = {v["name"]: v for v in debug(session, "inspectVariables")["body"]["variables"]}
    assert time.monotonic() - started < 5, "the user's endless toString() must not be called"
    assert variables["w"]["value"].startswith("tensor [3, 4] · float32 · requires_grad · grad norm ")
    assert variables["model"]["value"] == "Sequential · 58 parameters"
    assert variables["epochs"]["value"] == "5" and variables["epochs"]["type"] == "int"
    assert variables["lr"]["value"] == "0.1"
    assert variables["name"]["value"] == "run1"
    assert variables["weird"]["value"].startswith("anonymous Object"), variables["weird"]
    assert all(v["variablesReference"] == 0 and v["evaluateName"] == v["name"] for v in variables.values())


def test_rich_view_of_a_tensor_shows_its_gradient_beside_it(session):
    reply = debug(session, "richInspectVariables", {"variableName": "w"})
    data = reply["body"]["data"]
    assert reply["success"] and data["text/plain"].startswith("tensor(")
    assert "<b>value</b>" in data["text/html"] and "<b>grad</b>" in data["text/html"]
    model = debug(session, "richInspectVariables", {"variableName": "model"})["body"]["data"]
    assert "0.weight" in model["text/html"] and "[8, 4]" in model["text/html"]


def test_cells_get_source_paths_the_front_end_computes_too(session):
    code = "var x = 1;"
    path = debug(session, "dumpCell", {"code": code})["body"]["sourcePath"]
    info = debug(session, "debugInfo")["body"]
    # JupyterLab names the cell prefix + murmur2(code, seed) + suffix; for this code that hash is 3444436925
    assert info["hashSeed"] == 3339675911
    assert path == info["tmpFilePrefix"] + "3444436925" + info["tmpFileSuffix"]
    assert debug(session, "source", {"source": {"path": path}})["body"]["content"] == code


def test_breakpoints_are_answered_as_not_verified(session):
    reply = debug(session, "setBreakpoints", {"source": {"path": "/tmp/x.java"}, "breakpoints": [{"line": 2}]})
    [bp] = reply["body"]["breakpoints"]
    assert bp["verified"] is False and "breakpoints" in bp["message"]
    unknown = debug(session, "stackTrace", {"threadId": 1})
    assert unknown["success"] is False and "does not stop in cells" in unknown["message"]


def test_the_variables_panel_answers_while_a_cell_runs(session, cpu_load):
    cell = session.execute("for (int i = 0; i < 30; i++) { Thread.sleep(100); epochs = i; }")
    time.sleep(0.5)
    started = time.monotonic()
    variables = {v["name"]: v for v in debug(session, "inspectVariables")["body"]["variables"]}
    assert time.monotonic() - started < 2.0
    assert int(variables["epochs"]["value"]) >= 0
    assert reply_to(session, cell)["content"]["status"] == "ok"


@pytest.mark.slow  # a thousand cells
def test_a_thousand_variables_and_a_large_tensor_stay_cheap_to_list():
    km, kc = start_kernel(STARTUP_TIMEOUT)
    try:
        run(kc, "var big = Tensor.zeros(4000, 4000).requiresGrad(); big.sum().backward();")
        run(kc, "\n".join(f"int v{i} = {i};" for i in range(1000)), timeout=600)
        debug(kc, "initialize")
        times = []
        for _ in range(5):
            started = time.monotonic()
            variables = debug(kc, "inspectVariables")["body"]["variables"]
            times.append(time.monotonic() - started)
        assert len(variables) >= 1001
        print(f"inspectVariables with {len(variables)} variables and a 16M-element tensor: "
              f"best {min(times) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_configuration_modules_and_disconnect(session):
    assert debug(session, "configurationDone")["success"]
    modules = debug(session, "modules")["body"]
    assert modules == {"modules": [], "totalModules": 0}
    assert debug(session, "disconnect", {"restart": False, "terminateDebuggee": False})["success"]
    assert debug(session, "debugInfo")["body"]["isStarted"] is False
    assert debug(session, "initialize")["success"]  # the front end can switch it on again
    assert debug(session, "debugInfo")["body"]["isStarted"] is True
