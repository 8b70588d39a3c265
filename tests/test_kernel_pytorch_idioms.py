"""PyTorch habits in real cells: a Module subclass declared in a cell finds the layers in its fields, reading a
tensor attribute as a field (x.grad) gets a hint naming the method, and so does every PyTorch reflex of the hint
table (README's "When a PyTorch habit does not compile"), with no JShell scaffolding in any message; a name=value
argument that assigns to a variable gets a warning; %plot draws a list of losses."""
import pathlib
import re

import pytest

from kernel_client import run

ANSI = re.compile(r"\x1b\[[0-9;]*m")
README = pathlib.Path(__file__).resolve().parent.parent / "README.md"

# What the hint table's examples use (the same names as README's setup cell, which the slow test reads).
SETUP = ("var model = new Sequential(new Linear(4, 8), new ReLU(), new Linear(8, 2)); var criterion = new MSELoss();"
         " var x = Tensor.randn(3, 4); var y = Tensor.randn(3, 4); var w = Tensor.randn(4, 4);"
         " var out = model.call(x); var target = Tensor.randn(3, 2);")


def plain_lines(error):
    return [ANSI.sub("", line) for line in error["traceback"]]


def hints_of(cell):
    """The hint lines of the cell's one error; asserts it names no JShell scaffolding."""
    (error,) = cell.errors
    lines = plain_lines(error)
    text = "\n".join(lines)
    assert "$JShell" not in text and "do_it$" not in text, text
    assert not re.search(r"location: class\s*(\n|$)", text), text
    return [line for line in lines if line.startswith("hint: ")]


def test_a_module_declared_in_a_cell_finds_its_field_layers(kc):
    declared = run(kc, "class FieldNet extends Module {\n"
                       "    Linear fc = new Linear(4, 2);\n"
                       "    private final Linear head = new Linear(2, 1);\n"
                       "    public Tensor forward(Tensor x) { return head.call(fc.call(x).relu()); }\n"
                       "}")
    assert declared.reply["status"] == "ok", declared.reply
    assert run(kc, "new FieldNet().parameters().size()").results == ["4"]
    assert run(kc, "String.join(\",\", new FieldNet().stateDict().keySet())").results == \
        ["fc.weight,fc.bias,head.weight,head.bias"]
    trained = run(kc, "Tensor.manualSeed(0);\n"
                      "var fnet = new FieldNet();\n"
                      "var before = fnet.fc.weight.clone().detach();\n"
                      "var fopt = new SGD(fnet.parameters(), 0.1);\n"
                      "Loss.mse(fnet.call(Tensor.randn(8, 4)), Tensor.ones(8, 1)).backward();\n"
                      "fopt.step();\n"
                      "fnet.fc.weight.sub(before).abs().sum().item() > 0")
    assert trained.results == ["true"], trained.errors


def test_a_module_with_layers_in_a_list_says_why_it_has_no_parameters(kc):
    run(kc, "class ListNet extends Module {\n"
            "    List<Linear> layers = List.of(new Linear(2, 2));\n"
            "    public Tensor forward(Tensor x) { return layers.get(0).call(x); }\n"
            "}")
    cell = run(kc, "new Adam(new ListNet().parameters());")
    (error,) = cell.errors
    assert error["ename"] == "java.lang.IllegalArgumentException"
    assert "empty parameter list" in error["evalue"] and "ModuleList" in error["evalue"], error["evalue"]


def test_reading_grad_as_a_field_hints_at_the_method(kc):
    assert run(kc, "var gx = Tensor.of(1, 2).requiresGrad();").reply["status"] == "ok"
    cell = run(kc, "gx.grad")
    (error,) = cell.errors
    assert "grad has private access in jgrad.autograd.Tensor" in error["evalue"]
    assert "use gx.grad()" in error["evalue"]
    lines = [ANSI.sub("", line) for line in error["traceback"]]
    assert lines[-1] == "hint: grad is read through a method in jgrad: use gx.grad()", lines
    assert run(kc, "gx.grad() == null").results == ["true"], "the kernel and its variables are intact"


def test_a_module_style_loss_goes_where_a_loss_function_does(kc):
    setup = run(kc, "Tensor.manualSeed(4);\n"
                    "var crModel = new Sequential(new Linear(2, 8), new ReLU(), new Linear(8, 2));\n"
                    "var crLoader = new DataLoader(Datasets.moons(64, 0.1, 1), 16, true);\n"
                    "var criterion = new CrossEntropyLoss();\n"
                    "var crBefore = crModel.parameters().get(0).toArray();")
    assert setup.reply["status"] == "ok", setup.errors
    cell = run(kc, "%lrfind crModel crLoader criterion --steps 10")
    assert not cell.errors, cell.errors
    assert any("image/png" in c["data"] for c in cell.of_type("execute_result") + cell.of_type("display_data"))
    assert run(kc, "Arrays.equals(crBefore, crModel.parameters().get(0).toArray())").results == ["true"]


# The brief's list of reflexes: each gets exactly one hint line, which names the jgrad spelling.
REFLEXES = [
    ("model(x)", "use model.call(x)"),
    ("criterion(out, target)", "use criterion.call(out, target)"),
    ("x * 2", "use x.mul(2)"),
    ("x + y", "use x.add(y)"),
    ("x @ w", "use x.matmul(w)"),
    ("var acc = out.float().mean();", "use out.to(DType.FLOAT32)"),
    ("nn.Linear(4, 2)", "new Linear(4, 2)"),
    ("var net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2));",
     "new Sequential(new Linear(4, 8), new ReLU(), new Linear(8, 2))"),
    ("torch.tensor([1.0, 2.0, 3.0])", "Tensor.of(1.0, 2.0, 3.0)"),
    ("Tensor.tensor(1.0, 2.0)", "Tensor.of(1.0, 2.0)"),
    ("with torch.no_grad():\n    out = model(x)", "try (var ng = Grad.noGrad()) { ... }"),
    ("try (var g = Tensor.noGrad()) { out = model.call(x); }", "try (var ng = Grad.noGrad()) { ... }"),
    ("new LSTM(1, 16, batch_first=true)",
     "pass batch_first by position, as in new LSTM(int inputSize, int hiddenSize, int numLayers, boolean batchFirst)"),
    ("x.max(dim=1)", "pass dim by position, as in max(int dim)"),
    ("x.shape[0]", "x.size(0)"),
    ("len(x)", "x.size(0)"),
    ('print(f"loss {x}")', 'System.out.println("loss " + x)'),
    ("torch.manual_seed(0)", "Tensor.manualSeed(0)"),
    ("F.relu(x)", "Functional.relu(x)"),
    ("x.T", "x.t()"),
    ("x.numpy()", "x.toArray()"),
    ("for i in range(10):\n    System.out.println(i);", "for (int i = 0; i < 10; i++) { ... }"),
    ("for (int i : range(10)) { }", "for (int i = 0; i < 10; i++) { ... }"),
    ("True", "as true"),
    ("False", "as false"),
    ("None", "as null"),
    ("optimizer.zero_grad()", None),  # no optimizer here: a plain error, no hint
    ("x.requires_grad", "x.isRequiresGrad()"),
    ("model.zero_grad()", "model.zeroGrad()"),
    ("import torch", "import jgrad.autograd.*;"),
]


@pytest.mark.parametrize("guess,spelling", REFLEXES, ids=[g for g, _ in REFLEXES])
def test_a_pytorch_reflex_gets_one_hint_naming_the_jgrad_spelling(kc, guess, spelling):
    assert run(kc, SETUP).reply["status"] == "ok"
    cell = run(kc, guess)
    assert cell.reply["status"] == "error", cell.messages
    hints = hints_of(cell)
    if spelling is None:
        assert hints == [], hints
        return
    assert len(hints) == 1 and spelling in hints[0], hints


def readme_hint_table():
    """(setup code, [(guess, hint)]) from README's generated hint table."""
    text = README.read_text()
    block = text[text.index("<!-- pytorch-hints:start -->"):text.index("<!-- pytorch-hints:end -->")]
    setup = block.split("```java\n", 1)[1].split("```", 1)[0]
    rows = []
    for line in block.splitlines():
        cells = re.split(r"(?<!\\)\|", line)
        if not line.startswith("| `") or len(cells) != 4:
            continue
        spans = [[m.replace("\\|", "|") for m in re.findall(r"`((?:[^`\\]|\\.)+)`", c)] for c in cells[1:3]]
        rows.append(("\n".join(spans[0]), spans[1][0]))
    return setup, rows


def test_every_example_of_the_readme_hint_table_gets_its_hint_in_a_kernel(kc):
    setup, rows = readme_hint_table()
    assert len(rows) > 80, "the table is in README.md"
    assert run(kc, setup).reply["status"] == "ok"
    missing = []
    for guess, hint in rows:
        cell = run(kc, guess)
        if cell.reply["status"] != "error" or "hint: " + hint not in hints_of(cell):
            missing.append((guess, hint, [plain_lines(e) for e in cell.errors]))
    assert not missing, missing


def test_a_name_value_argument_that_assigns_a_variable_is_warned_about(kc):
    assert run(kc, "var kwNet = new Linear(2, 1); double lr = 0.5;").reply["status"] == "ok"
    cell = run(kc, "var kwOpt = new SGD(kwNet.parameters(), lr=0.1);")
    assert cell.reply["status"] == "ok", cell.errors
    stderr = "".join(c["text"] for c in cell.of_type("stream") if c["name"] == "stderr")
    assert stderr == "warning: `lr=0.1` assigns 0.1 to your variable lr; Java has no keyword arguments: pass 0.1\n"
    assert run(kc, "lr").results == ["0.1"], "the cell ran: the assignment is what the warning is about"
    for code in ["var kwOk = new SGD(kwNet.parameters(), lr == 0.1 ? 0.1 : 0.2);", "System.out.println(\"lr=0.1\");",
                 "for (int i = 0; i < 2; i++) { lr = lr * 2; }", "kwNet.parameters().forEach(p -> lr = 0.3);"]:
        quiet = run(kc, code)
        assert not [c for c in quiet.of_type("stream") if c["name"] == "stderr"], code


def test_plot_draws_a_list_of_losses(kc):
    setup = run(kc, "List<Double> losses = new ArrayList<>(List.of(1.0, 0.5, 0.25));\n"
                    "List<Float> flosses = List.of(1f, 0.5f); double[] arr = {3, 2, 1};\n"
                    "List<String> words = List.of(\"a\"); List<Double> noLosses = new ArrayList<>();")
    assert setup.reply["status"] == "ok", setup.errors
    for name in ["losses", "flosses", "arr", "Tensor.of(1, 2, 3)"]:
        cell = run(kc, "%plot " + name)
        assert not cell.errors, (name, cell.errors)
        assert any("image/png" in c["data"] for c in cell.of_type("execute_result")), name
    (error,) = run(kc, "%plot words").errors
    assert "a list to plot must hold numbers, got String at index 0" in error["evalue"], error["evalue"]
    (error,) = run(kc, "%plot noLosses").errors
    assert "'noLosses' is empty: nothing to plot" in error["evalue"], error["evalue"]
    assert "ClassCastException" not in error["ename"]


def test_an_anomaly_message_the_cell_prints_names_the_cell_line(kc):
    assert run(kc, "%anomaly on").results == ["anomaly mode is on"]
    try:
        run(kc, "var anNeg = Tensor.of(-1.0, 2.0).requiresGrad();")
        cell = run(kc, "try {\n    anNeg.log();\n} catch (ArithmeticException e) {\n    System.out.println(e.getMessage());\n}")
        count = cell.reply["execution_count"]
        assert cell.stdout.rstrip().endswith(f"called from cell[{count}] line 2"), cell.stdout
        assert "$JShell" not in cell.stdout
    finally:
        assert run(kc, "%anomaly off").results == ["anomaly mode is off"]
