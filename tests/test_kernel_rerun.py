"""Re-running a cell with a new declaration (a new model, a redefined method or class) leaves the
values of variables other cells computed from it, as Python does; values whose type no longer holds
are named in one line and marked by %vars. A declaration that does not compile takes nothing away."""
from kernel_client import run


def value(kc, expression):
    cell = run(kc, expression)
    assert cell.reply["status"] == "ok", cell.errors
    (result,) = cell.results
    return result


def vars_line(kc, name):
    (listing,) = run(kc, "%vars").results
    (line,) = [l for l in listing.splitlines() if l.startswith(name + " : ")]
    return line


def test_a_new_model_leaves_the_outputs_computed_with_the_old_one(kc):
    run(kc, "var m2 = new Sequential(new Linear(2, 3)); var o2 = m2.call(Tensor.ones(1, 2));"
            " var a2 = o2.sum().item();")
    before = value(kc, 'o2 + " / " + a2')
    assert "null" not in before
    cell = run(kc, "var m2 = new Sequential(new Linear(2, 3), new ReLU());")
    assert cell.reply["status"] == "ok" and cell.stderr == ""
    assert value(kc, 'o2 + " / " + a2') == before
    assert value(kc, "Arrays.toString(o2.shape())") == "[1, 3]"
    assert "reset" not in vars_line(kc, "o2")
    assert value(kc, "m2.call(Tensor.ones(1, 2)).add(o2).shape()[1]") == "3", "the new model and the kept output"


def test_a_chain_of_three_dependent_cells_keeps_every_value(kc):
    run(kc, "var ca = 1;")
    run(kc, "var cb = ca + 1;")
    run(kc, "var cc = cb * 10;")
    assert run(kc, "var ca = 100;").stderr == ""
    assert value(kc, 'ca + " " + cb + " " + cc') == "100 2 20"


def test_a_redefined_method_leaves_what_it_computed_before(kc):
    run(kc, "double scale() { return 2.0; }")
    run(kc, "var scaled = Tensor.ones(2).mul(scale()); var factor = scale();")
    assert run(kc, "double scale() { return 3.0; }").stderr == ""
    assert value(kc, "factor") == "2.0"
    assert value(kc, "scaled.sum().item()") == "4.0"
    assert value(kc, "scale()") == "3.0"


def test_an_instance_of_a_redefined_class_is_reset_and_named(kc):
    run(kc, "class Point { double x = 1; }")
    run(kc, "var pt = new Point(); Object anyPt = pt;")
    cell = run(kc, "class Point { double x = 2, y = 3; }")
    assert cell.reply["status"] == "ok"
    assert cell.stderr == "note: pt was reset (its type Point changed); run the cell that computes it again\n"
    assert vars_line(kc, "pt") == "pt : Point  (reset: its type Point changed)"
    assert value(kc, "((Object) anyPt).getClass().getSimpleName()") == "Point", "an Object variable keeps it"
    assert "reset" not in vars_line(kc, "anyPt")
    run(kc, "var pt = new Point();")
    assert value(kc, "pt.y") == "3.0"
    assert "reset" not in vars_line(kc, "pt")


def test_a_value_whose_type_no_longer_holds_is_named_in_one_line_and_marked(kc):
    run(kc, "var steps = 10;")
    run(kc, "var total = steps * 2;")
    cell = run(kc, 'var steps = "ten";')
    assert cell.reply["status"] == "ok"
    assert cell.stderr == ("note: total was reset (its declaration no longer compiles: bad operand types for binary"
                           " operator '*'); run the cell that computes it again\n")
    assert vars_line(kc, "total").startswith("total : int  (reset: its declaration no longer compiles")
    assert run(kc, "var unrelated = 1;").stderr == "", "the note comes once, from the cell that reset it"


def test_the_users_own_assignment_wins(kc):
    run(kc, "var lr = 0.1;")
    run(kc, "var lrs = Tensor.ones(3).mul(lr);")
    run(kc, "var lr = 0.5; lrs = Tensor.ones(3).mul(lr);")
    assert value(kc, "lrs.sum().item()") == "1.5"
    run(kc, "lrs = Tensor.zeros(2); var lr = 0.7;")
    assert value(kc, "lrs.sum().item()") == "0.0", "assigned in the cell before the redeclaration: as assigned"
    assert value(kc, "lrs.shape()[0]") == "2"


def test_a_declaration_that_does_not_compile_leaves_the_variable_as_it_was(kc):
    run(kc, "var fx = Tensor.ones(2, 3); var fsum = fx.sum().item();")
    cell = run(kc, 'int fx = "bad";')
    assert cell.reply["status"] == "error"
    (error,) = cell.errors
    assert error["evalue"] == 'int fx = "bad";\nerror: incompatible types: java.lang.String cannot be converted to int'
    assert cell.stderr == ""
    assert value(kc, 'Arrays.toString(fx.shape()) + " " + fsum') == "[2, 3] 6.0"
    assert vars_line(kc, "fx").startswith("fx : Tensor ")
    assert "reset" not in vars_line(kc, "fx")


def test_a_method_or_class_that_does_not_compile_leaves_the_old_one_working(kc):
    run(kc, "double half(double v) { return v / 2; }")
    run(kc, "class Box { double w = half(4); }")
    run(kc, "var box = new Box(); box.w = 7;")
    for bad in ('double half(double v) { return "v"; }', 'class Box { double w = "two"; }'):
        cell = run(kc, bad)
        assert cell.reply["status"] == "error" and cell.stderr == "", bad
    assert value(kc, 'half(10) + " " + box.w + " " + new Box().w') == "5.0 7.0 2.0"
    assert "reset" not in vars_line(kc, "box")
