"""Cell-level behaviour through jupyter_client: error names, clear_output, history, pager."""
from kernel_client import run


def test_exception_reports_the_real_class_and_message(kc):
    cell = run(kc, "int zero = 0;\n1 / zero")
    assert cell.reply["status"] == "error"
    assert cell.reply["ename"] == "java.lang.ArithmeticException"
    assert cell.reply["evalue"] == "/ by zero"
    (error,) = cell.errors
    assert error["ename"] == "java.lang.ArithmeticException"
    assert error["evalue"] == "/ by zero"


def test_user_exception_class_is_named(kc):
    cell = run(kc, 'throw new IllegalStateException("bad state");')
    assert cell.errors[0]["ename"] == "java.lang.IllegalStateException"
    assert cell.errors[0]["evalue"] == "bad state"


def test_compile_error_names_the_line_and_message(kc):
    cell = run(kc, 'int ok = 1;\nString s = 42;')
    (error,) = cell.errors
    assert error["ename"] == "CompilationException"
    assert "String s = 42;" in error["evalue"]
    assert "incompatible types" in error["evalue"]


def test_clear_output_is_published_in_the_cell(kc):
    cell = run(kc, 'System.out.println("before");\nclearOutput(true);\nSystem.out.println("after");')
    kinds = [m["msg_type"] for m in cell.messages]
    assert cell.of_type("clear_output") == [{"wait": True}]
    # the text printed before the call arrives before the clear, the rest after it
    cleared = kinds.index("clear_output")
    assert "before" in "".join(m["content"]["text"] for m in cell.messages[:cleared] if m["msg_type"] == "stream")
    assert "after" in "".join(m["content"]["text"] for m in cell.messages[cleared:] if m["msg_type"] == "stream")


def test_history_records_inputs_and_outputs_in_order(kc):
    first = run(kc, "20 + 22").reply["execution_count"]
    run(kc, "int hist = 7;")
    reply = kc.history(hist_access_type="tail", n=2, output=True, raw=True, reply=True)["content"]
    assert reply["history"] == [[1, first, ["20 + 22", "42"]], [1, first + 1, ["int hist = 7;", ""]]]
    found = kc.history(hist_access_type="search", pattern="int hist*", output=False, raw=True,
                       reply=True)["content"]["history"]
    assert [h[2] for h in found] == ["int hist = 7;"]


def test_silent_cells_are_not_in_the_history(kc):
    kc.execute("int silentOne = 1;", silent=True)
    run(kc, "int loud = 2;")
    tail = kc.history(hist_access_type="tail", n=1, raw=True, output=False, reply=True)["content"]["history"]
    assert tail[0][2] == "int loud = 2;"


def test_pager_shows_the_signature_of_a_method(kc):
    cell = run(kc, "?Math.max")
    (page,) = cell.reply["payload"]
    assert page["source"] == "page"
    assert "double Math.max(double a, double b)" in page["data"]["text/plain"]


def test_exit_asks_the_console_to_leave(kc):
    cell = run(kc, "exit")
    assert cell.reply["status"] == "ok"
    assert cell.reply["payload"] == [{"source": "ask_exit", "keepkernel": False}]
    assert not cell.errors
