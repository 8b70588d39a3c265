"""PyTorch habits in real cells: a Module subclass declared in a cell finds the layers in its fields, and
reading a tensor attribute as a field (x.grad) gets a hint naming the method."""
import re

from kernel_client import run

ANSI = re.compile(r"\x1b\[[0-9;]*m")


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
