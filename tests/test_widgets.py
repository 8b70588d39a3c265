"""Widgets from Java cells, driven by a scripted front end that speaks the ipywidgets protocol (2.1.0) as
JupyterLab's widget manager does: the models a cell opens (their state keys and defaults are ipywidgets 8's own,
compared with the installed ipywidgets), updates both ways with echo_update, request_state, the
jupyter.widget.control comm's request_states, a Button's click, an Output widget capturing a listener's output,
interact, jslink and comm_close. In this version comm messages are handled between cells, not while one runs."""
import json
import time
from pathlib import Path

import ipywidgets
import nbformat
import pytest
from nbclient import NotebookClient

from kernel_client import TIMEOUT, collect, control, reply_to, run
from widget_client import (VIEW_MIME, children, click, comm_data, comm_msg, comm_opens, open_comm, send_shell,
                           stderr, stdout, update)


def ok(kc, code):
    r = run(kc, code)
    assert not r.errors, r.errors
    return r


def value(kc, expression):
    results = ok(kc, expression).results
    assert len(results) == 1, results
    return results[0]


def model(opens, name):
    """(id, state) of the one model named name among comm_opens' result."""
    found = [(k, st) for k, (st, _, _) in opens.items() if st["_model_name"] == name]
    assert len(found) == 1, f"{name}: {[st['_model_name'] for st, _, _ in opens.values()]}"
    return found[0]


def python_state(widget):
    """ipywidgets' own state of a widget, as JSON (tuples as lists)."""
    return json.loads(json.dumps(widget.get_state()))


def assert_same_state(java, python, what):
    """Same keys and, except model references (ids differ), the same values."""
    assert sorted(java) == sorted(python), f"{what}: keys differ: {set(java) ^ set(python)}"
    for key, expected in python.items():
        if isinstance(expected, str) and expected.startswith("IPY_MODEL_"):
            assert java[key].startswith("IPY_MODEL_"), (what, key, java[key])
        elif key == "children":
            assert all(c.startswith("IPY_MODEL_") for c in java[key]) and len(java[key]) == len(expected), (what, key)
        else:
            assert java[key] == expected, f"{what}.{key}: {java[key]!r}, ipywidgets has {expected!r}"


def referenced(opens, state, key):
    """The state of the model that state[key] references; it was opened before the model referencing it."""
    ref = state[key]
    assert ref.startswith("IPY_MODEL_")
    ids = list(opens)
    target = ref[len("IPY_MODEL_"):]
    assert target in ids, f"{key} references a model never opened"
    return opens[target][0]


def test_a_slider_opens_its_layout_and_style_then_itself_and_shows_as_a_widget_view(kc):
    r = ok(kc, 'var s = new IntSlider(0, 10).description("n"); s')
    opens = comm_opens(r.messages)
    order = [st["_model_name"] for st, _, _ in opens.values()]
    assert order == ["LayoutModel", "SliderStyleModel", "IntSliderModel"], order
    for st, metadata, _ in opens.values():
        assert metadata == {"version": "2.1.0"}
    sid, state = model(opens, "IntSliderModel")
    assert_same_state(state, python_state(ipywidgets.IntSlider(min=0, max=10, description="n")), "IntSlider")
    assert_same_state(referenced(opens, state, "layout"), python_state(ipywidgets.Layout()), "Layout")
    assert_same_state(referenced(opens, state, "style"), python_state(ipywidgets.IntSlider().style), "SliderStyle")
    [result] = r.of_type("execute_result")
    assert result["data"][VIEW_MIME] == {"model_id": sid, "version_major": 2, "version_minor": 0}
    assert result["data"]["text/plain"] == "IntSlider(description='n', max=10)"
    assert all(m["msg_type"] != "comm_open" or m["content"]["data"]["buffer_paths"] == [] for m in r.messages)


WIDGETS = [
    ("new IntSlider()", lambda: ipywidgets.IntSlider()),
    ("new FloatSlider(-1, 1)", lambda: ipywidgets.FloatSlider(min=-1, max=1)),
    ("new FloatLogSlider(-5, -1)", lambda: ipywidgets.FloatLogSlider(min=-5, max=-1)),
    ("new IntRangeSlider(0, 10)", lambda: ipywidgets.IntRangeSlider(min=0, max=10)),
    ('new Dropdown<>("relu", "tanh")', lambda: ipywidgets.Dropdown(options=["relu", "tanh"])),
    ('new ToggleButtons<>("SGD", "Adam")', lambda: ipywidgets.ToggleButtons(options=["SGD", "Adam"])),
    ("new Checkbox()", lambda: ipywidgets.Checkbox()),
    ('new Button("go")', lambda: ipywidgets.Button(description="go")),
    ('new Text("hi")', lambda: ipywidgets.Text(value="hi")),
    ('new Label("loss")', lambda: ipywidgets.Label(value="loss")),
    ('new HTML("<b>x</b>")', lambda: ipywidgets.HTML(value="<b>x</b>")),
    ("new Play()", lambda: ipywidgets.Play()),
    ("new IntProgress(0, 5)", lambda: ipywidgets.IntProgress(min=0, max=5)),
    ("new FloatProgress()", lambda: ipywidgets.FloatProgress()),
    ("new HBox(new Label())", lambda: ipywidgets.HBox([ipywidgets.Label()])),
    ("new VBox()", lambda: ipywidgets.VBox()),
    ("new Output()", lambda: ipywidgets.Output()),
]


@pytest.mark.parametrize("java,python", WIDGETS, ids=[j for j, _ in WIDGETS])
def test_each_widget_has_ipywidgets_8_state_keys_defaults_and_style(kc, java, python):
    r = ok(kc, f"display({java});")
    opens = comm_opens(r.messages)
    py = python()
    name = py.get_state()["_model_name"]
    _, state = model(opens, name)
    assert_same_state(state, python_state(py), name)
    for key in ("layout", "style"):
        if key in state:
            assert_same_state(referenced(opens, state, key), python_state(getattr(py, key)), f"{name}.{key}")
    [shown] = r.of_type("display_data")
    assert shown["data"][VIEW_MIME]["model_id"] == [k for k, (st, _, _) in opens.items() if st is state][0]


def test_front_end_update_is_echoed_then_reaches_the_java_listener(kc):
    echo_then_listener(kc, "u")


def test_front_end_update_is_echoed_then_reaches_the_java_listener_with_every_core_busy(kc, cpu_load):
    echo_then_listener(kc, "u2")


def echo_then_listener(kc, name):
    r = ok(kc, f"""
var heard_{name} = new ArrayList<Integer>();
var {name} = new IntSlider(0, 10);
{name}.onChange(v -> {{ heard_{name}.add(v); System.out.println("listener got " + v + " on " + Thread.currentThread().getName()); }});
{name}""")
    uid, _ = model(comm_opens(r.messages), "IntSliderModel")
    msg_id, answer = update(kc, uid, {"value": 5})
    assert [m["msg_type"] for m in answer][0] == "comm_msg", "the echo comes first, as ipywidgets 8 sends it"
    assert comm_data(answer, "echo_update") == [{"method": "echo_update", "state": {"value": 5}, "buffer_paths": []}]
    assert comm_data(answer, "update") == [], "a value the kernel accepts as sent is not sent back"
    assert all(m["parent_header"]["msg_id"] == msg_id for m in answer)
    assert stdout(answer) == "listener got 5 on jgrad-widget-events\n"
    assert value(kc, f"{name}.value()") == "5"
    assert value(kc, f"heard_{name}") == "[5]"


def test_an_out_of_range_update_is_clamped_and_the_kernels_value_sent_back(kc):
    r = ok(kc, "var c = new IntSlider(0, 10); c")
    cid, _ = model(comm_opens(r.messages), "IntSliderModel")
    _, answer = update(kc, cid, {"value": 500})
    assert comm_data(answer, "echo_update")[0]["state"] == {"value": 500}
    assert comm_data(answer, "update") == [{"method": "update", "state": {"value": 10}, "buffer_paths": []}]
    assert value(kc, "c.value()") == "10"


def test_a_wrong_type_from_the_front_end_is_refused_with_a_message(kc):
    r = ok(kc, "var wt = new IntSlider(0, 10).value(3); wt")
    wid, _ = model(comm_opens(r.messages), "IntSliderModel")
    _, answer = update(kc, wid, {"value": "five"})
    assert "IntSlider ignored a value from the front end: 'value' must be a whole number, not five" in stderr(answer)
    assert comm_data(answer, "update") == [{"method": "update", "state": {"value": 3}, "buffer_paths": []}]
    assert value(kc, "wt.value()") == "3"
    r = ok(kc, 'var wd = new Dropdown<>("relu", "tanh").value("tanh"); wd')
    did, _ = model(comm_opens(r.messages), "DropdownModel")
    _, answer = update(kc, did, {"index": 9})
    assert "Dropdown ignored a value from the front end: index 9 is outside the 2 options" in stderr(answer)
    assert comm_data(answer, "update") == [{"method": "update", "state": {"index": 1}, "buffer_paths": []}]
    _, answer = update(kc, did, {"index": 0})
    assert comm_data(answer, "update") == [] and value(kc, "wd.value()") == "relu"


def test_a_java_side_change_is_sent_as_an_update_and_calls_listeners_in_the_cell(kc):
    r = ok(kc, 'var j = new FloatSlider(0, 1); j.onChange(v -> System.out.println("now " + v)); j')
    jid, _ = model(comm_opens(r.messages), "FloatSliderModel")
    r = ok(kc, "j.value(0.25);")
    assert [d["state"] for d in comm_data(r.messages, "update")] == [{"value": 0.25}]
    assert r.messages[0]["content"]["comm_id"] == jid
    assert r.stdout == "now 0.25\n"
    r = ok(kc, "j.value(0.25);")
    assert comm_data(r.messages, "update") == [] and r.stdout == "", "setting the same value changes nothing"


def test_request_state_answers_the_full_state(kc):
    r = ok(kc, 'var q = new Text("abc"); q')
    qid, opened = model(comm_opens(r.messages), "TextModel")
    ok(kc, 'q.value("xyz");')
    _, answer = comm_msg(kc, qid, {"method": "request_state"})
    [full] = comm_data(answer, "update")
    assert full["state"] == {**opened, "value": "xyz"} and full["buffer_paths"] == []


def test_request_states_on_the_control_comm_answers_every_open_model(kc):
    r = ok(kc, "var all1 = new Checkbox(true); var all2 = new HBox(all1); all2")
    opens = comm_opens(r.messages)
    assert open_comm(kc, "jupyter.widget.control", "control-1", metadata={"version": "1.0.0"}) == []
    _, answer = comm_msg(kc, "control-1", {"method": "request_states"})
    [states] = comm_data(answer, "update_states")
    assert states["buffer_paths"] == []
    for model_id, (state, _, _) in opens.items():
        entry = states["states"][model_id]
        assert entry["state"] == state
        assert (entry["model_name"], entry["model_module"], entry["model_module_version"]) == (
            state["_model_name"], state["_model_module"], state["_model_module_version"])
    msg_id = send_shell(kc, "comm_info_request", {"target_name": "jupyter.widget"})
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    while reply["parent_header"]["msg_id"] != msg_id:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert set(opens) <= set(reply["content"]["comms"])
    assert set(states["states"]) == set(reply["content"]["comms"])


def test_a_button_click_runs_its_listeners(kc):
    r = ok(kc, 'var clicks = new int[1]; var b = new Button("go"); b.onClick(() -> clicks[0]++); '
               'b.onClick(x -> System.out.println("clicked " + x.description())); b')
    bid, _ = model(comm_opens(r.messages), "ButtonModel")
    _, answer = click(kc, bid)
    assert stdout(answer) == "clicked go\n"
    click(kc, bid)
    assert value(kc, "clicks[0]") == "2"


def test_an_output_widget_captures_what_a_click_listener_prints(kc):
    output_captures_click(kc, "out", "ob")


def test_an_output_widget_captures_what_a_click_listener_prints_with_every_core_busy(kc, cpu_load):
    output_captures_click(kc, "out2", "ob2")


def output_captures_click(kc, out, ob):
    r = ok(kc, f"""
var {out} = new Output();
var {ob} = new Button("run");
{ob}.onClick({out}.capturing(() -> System.out.println("inside the output")));
display({ob});
{out}""")
    opens = comm_opens(r.messages)
    oid, _ = model(opens, "OutputModel")
    bid, _ = model(opens, "ButtonModel")
    msg_id, answer = click(kc, bid)
    kinds = [(m["msg_type"], m["content"].get("data", {}).get("state"), m["content"].get("text")) for m in answer]
    assert kinds == [("comm_msg", {"msg_id": msg_id}, None), ("stream", None, "inside the output\n"),
                     ("comm_msg", {"msg_id": ""}, None)], kinds
    assert answer[0]["content"]["comm_id"] == oid
    assert all(m["parent_header"]["msg_id"] == msg_id for m in answer), \
        "the front end moves output into the Output widget by its parent request"


def test_output_capture_in_a_cell_names_the_cells_request(kc):
    r = ok(kc, 'var oc = new Output(); display(oc); oc.capture(() -> System.out.println("in oc")); '
               'System.out.println("below the cell");')
    oid, _ = model(comm_opens(r.messages), "OutputModel")
    cell_id = r.messages[0]["parent_header"]["msg_id"]
    seq = [(m["msg_type"], m["content"].get("data", {}).get("state"), m["content"].get("text"))
           for m in r.messages if m["msg_type"] in ("stream", "comm_msg")]
    assert seq == [("comm_msg", {"msg_id": cell_id}, None), ("stream", None, "in oc\n"),
                   ("comm_msg", {"msg_id": ""}, None), ("stream", None, "below the cell\n")], seq


def test_a_failing_listener_shows_its_error_and_the_kernel_goes_on(kc):
    r = ok(kc, 'var f = new IntSlider(); f.onChange(v -> { throw new IllegalStateException("bad " + v); }); f')
    fid, _ = model(comm_opens(r.messages), "IntSliderModel")
    _, answer = update(kc, fid, {"value": 7})
    err = stderr(answer)
    assert err.startswith("a listener of IntSlider's value threw java.lang.IllegalStateException: bad 7\n"), err
    assert value(kc, "f.value()") == "7"
    r = ok(kc, "f.value(8);")
    assert "IllegalStateException: bad 8" in r.of_type("stream")[0]["text"]
    r = ok(kc, 'var eo = new Output(); var eb = new Button(); eb.onClick(eo.capturing(() -> { throw new '
               'ArithmeticException("in output"); })); display(eb); eo')
    bid, _ = model(comm_opens(r.messages), "ButtonModel")
    msg_id, answer = click(kc, bid)
    assert "ArithmeticException: in output" in stderr(answer)
    assert [m["content"]["data"]["state"] for m in answer if m["msg_type"] == "comm_msg"] == [
        {"msg_id": msg_id}, {"msg_id": ""}], "the error is shown inside the Output widget"


def test_interact_shows_the_result_in_its_output_and_recomputes_on_change(kc):
    r = ok(kc, 'var n = new IntSlider(0, 10).value(3); interact(k -> "square " + k * k, n);')
    opens = comm_opens(r.messages)
    oid, _ = model(opens, "OutputModel")
    nid, _ = model(opens, "IntSliderModel")
    _, box = model(opens, "VBoxModel")
    assert box["children"] == ["IPY_MODEL_" + nid, "IPY_MODEL_" + oid]
    texts = [d["data"]["text/plain"] for d in r.of_type("display_data")]
    assert texts[0] == "square 9" and texts[-1].startswith("VBox(")
    msg_id, answer = update(kc, nid, {"value": 4})
    assert [m["msg_type"] for m in answer] == ["comm_msg", "comm_msg", "clear_output", "display_data", "comm_msg"]
    assert answer[1]["content"]["data"]["state"] == {"msg_id": msg_id} and answer[1]["content"]["comm_id"] == oid
    assert answer[3]["content"]["data"]["text/plain"] == "square 16"
    assert answer[2]["content"]["wait"] is True


def test_interact_shows_a_chart_and_reports_a_failing_function_in_its_output(kc):
    r = ok(kc, 'var m = new FloatSlider(1, 3); interact(a -> Plots.function("a sin x", x -> a * Math.sin(x), -3, 3, 50), m);')
    assert "image/png" in r.of_type("display_data")[0]["data"]
    r = ok(kc, 'var z = new IntSlider(0, 2); interact(d -> 10 / d, z);')
    assert "ArithmeticException: / by zero" in r.stdout + "".join(
        c["text"] for c in r.of_type("stream") if c["name"] == "stderr")


def test_jslink_opens_a_link_model_between_the_two_widgets(kc):
    r = ok(kc, "var p = new Play(0, 10); var ps = new IntSlider(0, 10); var link = jslink(p, ps); display(new HBox(p, ps));")
    opens = comm_opens(r.messages)
    lid, link = model(opens, "LinkModel")
    pid, _ = model(opens, "PlayModel")
    sid, _ = model(opens, "IntSliderModel")
    assert link["source"] == ["IPY_MODEL_" + pid, "value"] and link["target"] == ["IPY_MODEL_" + sid, "value"]
    py = python_state(ipywidgets.jslink((ipywidgets.Play(), "value"), (ipywidgets.IntSlider(), "value")))
    assert sorted(link) == sorted(py) and link["_view_name"] is None
    r = run(kc, 'jslink(p, "vlaue", ps, "value")')
    assert r.errors and "no state key 'vlaue'" in r.errors[0]["evalue"]
    r = ok(kc, "link.unlink();")
    assert [(m["msg_type"], m["content"]["comm_id"]) for m in r.messages] == [("comm_close", lid)]


def test_comm_close_from_the_front_end_closes_the_widget_and_showing_it_reopens_it(kc):
    r = ok(kc, "var cl = new Label(\"bye\"); cl")
    lid, _ = model(comm_opens(r.messages), "LabelModel")
    msg_id = send_shell(kc, "comm_close", {"comm_id": lid, "data": {}})
    children(kc, msg_id)
    assert value(kc, "cl.isOpen()") == "false"
    r = ok(kc, "cl.value(\"again\"); cl")
    reopened, state = model(comm_opens(r.messages), "LabelModel")
    assert reopened == lid and state["value"] == "again"


def test_custom_messages_carry_binary_buffers_both_ways(kc):
    r = ok(kc, 'var cu = new HTML(); cu.onMessage((content, buffers) -> { System.out.println(content.get("kind") + " '
               '" + buffers.get(0).length); cu.send(Map.of("echo", true), List.of(new byte[] {1, 2, 3})); }); cu')
    cid, _ = model(comm_opens(r.messages), "HTMLModel")
    _, answer = comm_msg(kc, cid, {"method": "custom", "content": {"kind": "blob"}}, buffers=[b"\x00" * 5])
    assert stdout(answer) == "blob 5\n"
    [sent] = [m for m in answer if m["msg_type"] == "comm_msg"]
    assert sent["content"]["data"] == {"method": "custom", "content": {"echo": True}}
    assert [bytes(b) for b in sent["buffers"]] == [b"\x01\x02\x03"]


def test_an_interrupt_releases_the_kernel_from_a_listener_that_blocks(kc, kernel, cpu_load):
    r = ok(kc, 'var sl = new Button(); sl.onClick(() -> { try { Thread.sleep(600_000); } '
               'catch (InterruptedException e) { System.out.println("listener interrupted"); } }); sl')
    bid, _ = model(comm_opens(r.messages), "ButtonModel")
    msg_id = send_shell(kc, "comm_msg", {"comm_id": bid, "data": {"method": "custom", "content": {"event": "click"}}})
    while True:  # the kernel is busy with the click
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status":
            assert msg["content"]["execution_state"] == "busy"
            break
    kernel[0].interrupt_kernel()
    children(kc, msg_id)  # idle comes
    assert value(kc, "1 + 1") == "2"


@pytest.mark.slow
def test_a_notebook_with_widgets_runs_to_the_end_without_a_front_end(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in [
        'var s = new IntSlider(0, 10).value(2); s.onChange(v -> System.out.println(v)); s',
        'interact(k -> "twice " + 2 * k, s);',
        'var b = new Button("go"); b.onClick(() -> System.out.println("clicked")); b.click(); b',
        'var out = new Output(); out.capture(() -> System.out.println("captured")); s.value(5); "done"',
    ]]
    NotebookClient(nb, kernel_name="jgrad", timeout=120, startup_timeout=120).execute()
    outputs = [c.outputs for c in nb.cells]
    assert outputs[0][0]["data"]["text/plain"] == "IntSlider(max=10, value=2)"
    assert outputs[2][0]["text"] == "clicked\n"
    assert outputs[3][-1]["data"]["text/plain"] == "done"
    assert any(o.get("text") == "5\n" for o in outputs[3])


def test_the_readme_widgets_example_runs_as_written(kc):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme[readme.index("### Widgets"):]
    code = section[section.index("```java\n") + len("```java\n"):section.index("\n```\n")]
    r = ok(kc, code)
    assert [d["data"]["text/plain"] for d in r.of_type("display_data")][0] == "lr 1e-03 for 10 epochs"
    opens = comm_opens(r.messages)
    [(bid, _)] = [(k, st) for k, (st, _, _) in opens.items() if st.get("description") == "Train"]
    [result] = r.of_type("execute_result")
    shown = opens[result["data"][VIEW_MIME]["model_id"]][0]
    assert shown["_model_name"] == "VBoxModel" and shown["children"][0] == "IPY_MODEL_" + bid
    _, answer = click(kc, bid)
    assert stdout(answer) == "training with lr 0.001\n"


def test_an_update_sent_while_a_cell_runs_is_handled_after_the_cell(kc):
    """What is true in this version: one shell thread, so the front end's message waits for the cell."""
    r = ok(kc, 'var during = new IntSlider(); during.onChange(v -> System.out.println("applied " + v)); during')
    did, _ = model(comm_opens(r.messages), "IntSliderModel")
    cell = kc.execute('Thread.sleep(1000); System.out.println("the cell saw " + during.value());')
    msg_id = send_shell(kc, "comm_msg", {"comm_id": did, "data": {"method": "update", "state": {"value": 9},
                                                                   "buffer_paths": []}})
    assert collect(kc, cell).stdout == "the cell saw 0\n"
    assert stdout(children(kc, msg_id)) == "applied 9\n"


@pytest.mark.parametrize("busy", [False, True], ids=["quiet", "cores-busy"])
def test_an_update_sent_on_a_subshell_reaches_the_listener_while_a_cell_runs(kc, busy, request):
    """As JupyterLab 4.4+ sends it: the comm_msg on a subshell is handled during the cell, which sees the value."""
    if busy:
        request.getfixturevalue("cpu_load")
    r = ok(kc, 'var live = new IntSlider(); live.onChange(v -> System.out.println("applied " + v)); live')
    lid, _ = model(comm_opens(r.messages), "IntSliderModel")
    sid = control(kc, "create_subshell_request")["subshell_id"]
    try:
        cell = kc.execute("int seen = -1; for (int i = 0; i < 200 && live.value() != 9; i++) Thread.sleep(50); "
                          "seen = live.value();")
        time.sleep(0.5)  # the cell is running
        msg = kc.session.msg("comm_msg", {"comm_id": lid, "data": {"method": "update", "state": {"value": 9},
                                                                    "buffer_paths": []}})
        msg["header"]["subshell_id"] = sid
        kc.shell_channel.send(msg)
        assert stdout(children(kc, msg["header"]["msg_id"])) == "applied 9\n"
        assert reply_to(kc, cell)["content"]["status"] == "ok"
        assert run(kc, "seen").results == ["9"], "the running cell saw the slider move"
    finally:
        control(kc, "delete_subshell_request", {"subshell_id": sid})


def test_a_widget_the_front_end_opens_is_refused_with_comm_close(kc):
    answer = open_comm(kc, "jupyter.widget", "from-the-front-end",
                       {"state": {"_model_name": "IntSliderModel"}, "buffer_paths": []}, {"version": "2.1.0"})
    assert [(m["msg_type"], m["content"]["comm_id"]) for m in answer] == [("comm_close", "from-the-front-end")]
