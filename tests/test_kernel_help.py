"""Help where the user types: Shift-Tab shows the javadoc of the API, Tab lists the user API first and leaves
Object's plumbing and jgrad's internals out, and ?name finds API members the notebook did not name."""
import pytest

from kernel_client import run


@pytest.fixture(scope="module")
def session(kc):
    run(kc, "var x = Tensor.randn(2, 3); var model = new Sequential(new Linear(3, 2)); "
            "var opt = new SGD(model.parameters(), 0.1);")
    return kc


def tooltip(kc, code):
    reply = kc.inspect(code, len(code), reply=True)["content"]
    assert reply["status"] == "ok"
    return reply["data"].get("text/plain", "") if reply["found"] else ""


@pytest.mark.parametrize("code, signature, doc", [
    ("x.sum(", "Tensor Tensor.sum(int dim, boolean keepdim)", "The sum of all elements, as a 0-d tensor"),
    ("x.view(", "Tensor Tensor.view(int... newShape)", "sharing storage"),
    ("x.pow(", "Tensor Tensor.pow(double p)", "x^p for every element"),
    ("new LSTM(", "LSTM(int inputSize, int hiddenSize, int numLayers, boolean batchFirst)",
     "torch.nn.LSTM(inputSize, hiddenSize)"),
    ("Tensor.zeros(", "Tensor Tensor.zeros(int... shape)", "torch.zeros(shape)"),
    ("x.backward(", "void Tensor.backward()", "torch's loss.backward()"),
    ("model.parameters(", "List<Tensor> Module.parameters()", "what an optimizer takes"),
    ("opt.zeroGrad(", "void Optimizer.zeroGrad()", "optimizer.zero_grad()"),
    ("new Conv2d(", "Conv2d(int inChannels, int outChannels, int kernel)", "torch.nn.Conv2d"),
])
def test_shift_tab_shows_the_javadoc_of_api_methods_and_constructors(session, code, signature, doc):
    text = tooltip(session, code)
    assert signature in text
    assert doc in text


INTERNALS = ["storage()", "strides()", "offset()", "contiguousStorage()", "isBroadcastScalar()", "toHtml()", "version()"]
OBJECT_PLUMBING = ["wait(", "notify()", "notifyAll()", "getClass()", "hashCode()"]


def matches(kc, code):
    reply = kc.complete(code, len(code), reply=True)["content"]
    assert reply["cursor_end"] == len(code)
    return reply["matches"]


@pytest.mark.parametrize("code", ["x.", "var y = x.sum(0).", "Math.max(1, x."])
def test_tab_lists_the_tensor_api_without_internals_and_objects_plumbing(session, code):
    names = matches(session, code)
    assert {"sum(", "view(", "pow(", "backward(", "grad()", "requiresGrad("} <= set(names)
    assert not set(names) & set(INTERNALS + OBJECT_PLUMBING)
    assert names[-2:] == ["equals(", "toString()"]


def test_tab_still_completes_a_left_out_member_once_its_start_is_typed(session):
    assert matches(session, "x.stor") == ["storage()"]
    assert matches(session, "x.hashC") == ["hashCode()"]
    assert "notifyAll()" in matches(session, "model.notify")


def test_tab_after_a_class_name_leaves_out_its_internal_factories(session):
    names = matches(session, "Tensor.")
    assert {"zeros(", "randn(", "of("} <= set(names)
    assert "fromStorage(" not in names


def test_tab_on_a_layer_puts_the_module_api_first(session):
    names = matches(session, "model.")
    assert {"parameters()", "zeroGrad()", "train(", "eval()"} <= set(names)
    assert not set(names) & set(OBJECT_PLUMBING)
    assert names[-2:] == ["equals(", "toString()"]


def page(kc, code):
    cell = run(kc, code)
    assert cell.reply["status"] == "ok"
    return cell.reply["payload"][0]["data"]["text/plain"]


@pytest.mark.parametrize("code", ["noGrad?", "?noGrad", "no_grad?", "?torch.no_grad"])
def test_a_question_mark_finds_api_members_the_notebook_did_not_name(session, code):
    text = page(session, code)
    assert "jgrad's API has" in text
    assert "static void Grad.noGrad(Runnable body)" in text
    assert "Runs body without recording a graph" in text


def test_a_question_mark_on_a_class_name_in_any_case_shows_the_class_and_its_constructors(session):
    text = page(session, "?lstm")
    assert "class jgrad.nn.LSTM" in text
    assert "LSTM(int inputSize, int hiddenSize)" in text


def test_a_question_mark_on_a_visible_name_shows_its_own_documentation(session):
    text = page(session, "?x.sum")
    assert "Tensor Tensor.sum()" in text
    assert "jgrad's API has" not in text


def test_a_question_mark_on_an_unknown_name_says_so(session):
    assert page(session, "?noSuchThingAnywhere") == "No documentation found for noSuchThingAnywhere"
    assert run(session, "1 + 1").results == ["2"], "the kernel keeps running"
