"""papermill runs of a Java notebook through the Python API: values become declarations of the types the
`parameters` cell declares (an int value for a double stays a double), values a type cannot hold fail
before any kernel starts, naming the parameter and its type, and the run computes with the values.
The translator comes from python/ (the wheel's package) as its papermill entry point would load it;
tests/test_wheel.py runs the installed wheel's papermill command line."""
import copy
import sys

import nbformat
import papermill
import pytest
from papermill.exceptions import PapermillException
from papermill.iorw import load_notebook_node
from papermill.parameterize import parameterize_notebook

from jupyter_server_process import ROOT

sys.path.insert(0, str(ROOT / "python"))
import jgrad_kernel.parameters.plugin  # noqa: E402,F401  registers the translator, as papermill's entry point does
from jgrad_kernel.parameters.declarations import parse  # noqa: E402

NOTEBOOK = ROOT / "tests" / "papermill_parameters.ipynb"


def injected(parameters, tmp_path):
    """The source of the cell papermill injects, without running the notebook."""
    nb = papermill.execute_notebook(str(NOTEBOOK), str(tmp_path / "prepared.ipynb"), parameters=parameters,
                                    prepare_only=True, progress_bar=False)
    cells = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1
    return cells[0].source.splitlines()


def printed(nb):
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)


def test_values_take_the_declared_types(tmp_path):
    lines = injected({"lr": 1, "epochs": 4.0, "verbose": "true", "name": 'say "hi"\n', "sizes": [1, 2, 3],
                      "weights": [1, 2.5], "seed": 3_000_000_000}, tmp_path)
    assert lines == [
        "// Parameters",
        "double lr = 1.0;",
        "int epochs = 4;",
        "boolean verbose = true;",
        'String name = "say \\"hi\\"\\n";',
        "List<Integer> sizes = List.of(1, 2, 3);",
        "double[] weights = new double[] {1.0, 2.5};",
        "long seed = 3000000000L;",
    ]


def test_undeclared_parameters_are_typed_from_their_values(tmp_path):
    lines = injected({"tag": "x", "ratio": 0.5, "n": 2, "flags": [True], "mixed": [1, 0.5], "on": False},
                     tmp_path)
    assert lines[1:] == ['String tag = "x";', "double ratio = 0.5;", "int n = 2;",
                         "List<Boolean> flags = List.of(true);", "List<Double> mixed = List.of(1.0, 0.5);",
                         "boolean on = false;"]


@pytest.mark.parametrize("parameters, message", [
    ({"epochs": 4.5}, "parameter 'epochs' (declared int): 4.5 is not a whole number"),
    ({"lr": "fast"}, "parameter 'lr' (declared double): 'fast' is not a number"),
    ({"verbose": 1}, "parameter 'verbose' (declared boolean): 1 is not true or false"),
    ({"sizes": [1, 2.5]}, "parameter 'sizes' (declared List<Integer>), element 1: 2.5 is not a whole number"),
    ({"epochs": 2 ** 31}, "parameter 'epochs' (declared int): 2147483648 is outside the range of a Java int"),
    ({"weights": 3}, "parameter 'weights' (declared double[]): 3 is not a list"),
    ({"lr": 10 ** 400}, "parameter 'lr' (declared double): 1000"),
    ({"lr": None}, "parameter 'lr' (declared double): null cannot be a Java double"),
    ({"name": {"a": 1}}, "parameter 'name' (declared String): a dict is not a String"),
])
def test_a_value_the_declared_type_cannot_hold_fails_before_the_run(tmp_path, parameters, message):
    out = tmp_path / "out.ipynb"
    with pytest.raises(PapermillException) as error:
        papermill.execute_notebook(str(NOTEBOOK), str(out), parameters=parameters, progress_bar=False)
    assert message in str(error.value)
    assert not out.exists()


def test_types_come_from_this_notebooks_parameters_cell(tmp_path):
    """The types read from one notebook are not used for the next one's values."""
    other = nbformat.read(str(NOTEBOOK), as_version=4)
    other.cells[1].source = "String epochs = \"three\";"
    other_path = tmp_path / "other.ipynb"
    nbformat.write(other, str(other_path))
    prepared = papermill.execute_notebook(str(other_path), str(tmp_path / "o.ipynb"), parameters={"epochs": 4.5},
                                          prepare_only=True, progress_bar=False)
    assert 'String epochs = "4.5";' in prepared.cells[2].source
    assert injected({"epochs": 4}, tmp_path)[1] == "int epochs = 4;"
    no_cell = copy.deepcopy(other)
    del no_cell.cells[1]
    no_cell_path = tmp_path / "no_cell.ipynb"
    nbformat.write(no_cell, str(no_cell_path))
    injected({"epochs": 4}, tmp_path)  # reads the declared types, then a notebook without parameters cell:
    prepared = papermill.execute_notebook(str(no_cell_path), str(tmp_path / "n.ipynb"),
                                          parameters={"epochs": 4.5}, prepare_only=True, progress_bar=False)
    assert "double epochs = 4.5;" in prepared.cells[0].source


def test_parameters_cell_declarations_are_read():
    found = parse('double lr = 0.01; // learning rate\nfinal int[] a = {1, 2}, b[] = {{3}};\n'
                  'Map<String, Integer> m = new HashMap<String, Integer>(); /* ; */ String s = "a;b";\n'
                  'Tensor.manualSeed(0);\nvoid log(String m) { System.out.println(m); }\nvar seed = 7;')
    assert [(d.name, d.type, d.default, d.help) for d in found] == [
        ("lr", "double", "0.01", "learning rate"), ("a", "int[]", "{1, 2}", ""), ("b", "int[][]", "{{3}}", ""),
        ("m", "Map<String, Integer>", "new HashMap<String, Integer>()", ""), ("s", "String", '"a;b"', ""),
        ("seed", "var", "7", "")]


def test_parameterised_run_through_the_python_api(tmp_path):
    out = tmp_path / "out.ipynb"
    nb = papermill.execute_notebook(str(NOTEBOOK), str(out), progress_bar=False, parameters={
        "lr": 1, "epochs": 2, "verbose": True, "name": "run 2", "sizes": [16, 32, 64], "weights": [1, 0.25],
        "seed": 11})
    text = printed(nb)
    for line in ["lr = 1.0 : Double", "epochs = 2 : Integer", "verbose = true : Boolean", "name = run 2 : String",
                 "sizes = [16, 32, 64] : List<Integer>", "weights = [1.0, 0.25] : double[]", "seed = 11 : Integer"]:
        assert line in text
    # w <- w - lr * 2 (w - 3) from 0 at lr 1: 6, then 0
    assert "w after 2 steps at lr 1.0: 0.0000" in text
    assert nbformat.read(str(out), as_version=4).metadata.papermill.parameters["lr"] == 1


def test_every_supported_type_compiles_and_holds_its_value(tmp_path):
    """Each kind of declaration the translator writes, run in the kernel: the values come back as declared."""
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    nb.cells[1].source = ("long l = 0; short sh = 0; byte b = 0; float f = 0; char c = 'a'; Integer boxed = 0;\n"
                          "Double maybe = 0.0; String s = \"\"; ArrayList<String> names = new ArrayList<>();\n"
                          "List<Double> xs = List.of(); List<List<Integer>> grid = List.of(); long[] ls = {};\n"
                          "boolean[] bs = {}; String[] ss = {}; int[][] m = {}; var v = 0; float[] fs = {};")
    nb.cells[2].source = ('System.out.println(l + "|" + sh + "|" + b + "|" + f + "|" + c + "|" + boxed + "|" + maybe'
                          ' + "|" + s + "|" + names + "|" + xs + "|" + grid + "|" + Arrays.toString(ls) + "|"'
                          ' + Arrays.toString(bs) + "|" + Arrays.toString(ss) + "|" + Arrays.deepToString(m) + "|"'
                          ' + v + "|" + Arrays.toString(fs));\n'
                          'names.add("more"); System.out.println(names);')
    del nb.cells[3:]
    source = tmp_path / "types.ipynb"
    nbformat.write(nb, str(source))
    parameters = {"l": 2 ** 40, "sh": -300, "b": 7, "f": 0.25, "c": "'", "boxed": None, "maybe": 3,
                  "s": "tab\there \\u0041 \u00e9 \x01", "names": ["a", "b"], "xs": [1, 2.5], "grid": [[1], [2, 3]],
                  "ls": [1, 2], "bs": [True, False], "ss": ["x", 'y"'], "m": [[1, 2], [3]], "v": [1.5],
                  "fs": [float("inf"), 1]}
    out = papermill.execute_notebook(str(source), str(tmp_path / "out.ipynb"), parameters=parameters,
                                     progress_bar=False)
    assert printed(out).splitlines() == [
        "1099511627776|-300|7|0.25|'|null|3.0|tab\there \\u0041 \u00e9 \x01|[a, b]|[1.0, 2.5]|[[1], [2, 3]]|[1, 2]|"
        "[true, false]|[x, y\"]|[[1, 2], [3]]|[1.5]|[Infinity, 1.0]",
        "[a, b, more]"]


def test_a_type_papermill_cannot_write_is_refused(tmp_path):
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    nb.cells[1].source = "Tensor t = Tensor.of(1.0);"
    source = tmp_path / "tensor.ipynb"
    nbformat.write(nb, str(source))
    with pytest.raises(PapermillException, match=r"parameter 't' is declared as Tensor in the parameters cell; "
                                                 r"papermill can set int, long"):
        papermill.execute_notebook(str(source), str(tmp_path / "o.ipynb"), parameters={"t": 2}, progress_bar=False)


def test_parameterize_notebook_on_its_own_types_values_from_themselves():
    nb = parameterize_notebook(load_notebook_node(str(NOTEBOOK)), {"lr": 1, "name": "x"})
    assert nb.cells[2].source.splitlines() == ["// Parameters", "int lr = 1;", 'String name = "x";']
