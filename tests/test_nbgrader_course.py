"""The assignment course in notebooks/assignments through nbgrader's whole loop, with the jgrad kernel:
generate_assignment (solutions and hidden tests stripped, the Java stub in place), then autograde on
three submissions of each assignment, scores read from nbgrader's gradebook:
  perfect: the source notebook itself          -> full marks
  blank:   the released notebook, unmodified   -> 0 on every autograded cell, the errors recorded
  partial: some parts right, some wrong        -> the points of the right parts only
and, for autograd_by_hand, a submission whose student emptied a test cell: the test is put back and fails.
Autograde reports a changed checksum for that cell only, not for the test cells handed in as released
(the course config puts their hidden tests back quietly).
The course is copied to a temporary folder first: nbgrader writes release/, submitted/, autograded/ and
gradebook.db next to its config."""
import copy
import os
import pathlib
import re
import shutil
import subprocess
import sys

import nbformat
import pytest
from nbgrader.api import Gradebook

pytestmark = pytest.mark.slow

ROOT = pathlib.Path(__file__).resolve().parent.parent
COURSE = ROOT / "notebooks" / "assignments"
ASSIGNMENTS = ["autograd_by_hand", "digits_early_stopping"]
STUDENTS = ["perfect", "blank", "partial"]
# The partial submission with one test cell emptied, which would pass if autograde ran it as handed in.
TAMPERED = {"autograd_by_hand": "test-dfdx"}
STUB = 'throw new UnsupportedOperationException("not implemented yet: replace this line with your code");'

# The partial submission: what the student wrote in each solution cell (grade_id -> source). Cells not
# named keep the released stub.
PARTIAL = {
    "autograd_by_hand": {
        # f right; the derivative forgets the product rule.
        "f-and-derivative": """
double f(double x) {
    return x * x * Math.sin(x);
}

double dfdx(double x) {
    return 2 * x * Math.cos(x);
}""",
        # The loss is right; the gradient only works for two weights, which the visible test uses and a
        # hidden test does not.
        "mse-and-gradient": """
double mseLoss(double[][] X, double[] y, double[] w, double b) {
    double total = 0;
    for (int i = 0; i < X.length; i++) {
        double r = b - y[i];
        for (int j = 0; j < w.length; j++) r += X[i][j] * w[j];
        total += r * r;
    }
    return total / X.length;
}

double[] mseGradient(double[][] X, double[] y, double[] w, double b) {
    double[] grad = new double[w.length + 1];
    for (int i = 0; i < X.length; i++) {
        double r = X[i][0] * w[0] + X[i][1] * w[1] + b - y[i];
        grad[0] += 2 * r * X[i][0] / X.length;
        grad[1] += 2 * r * X[i][1] / X.length;
        grad[w.length] += 2 * r / X.length;
    }
    return grad;
}""",
    },
    "digits_early_stopping": {
        "accuracy": """
double accuracy(Module model, TensorDataset data) {
    double[] predicted = Grad.noGrad(() -> model.call(data.inputs()).argmax(1)).toArray();
    double[] labels = data.targets().toArray();
    return IntStream.range(0, labels.length).filter(i -> predicted[i] == labels[i]).count() / (double) labels.length;
}""",
        # Stops at the right epoch but forgets to put the best weights back.
        "early-stopping": """
List<Double> trainWithEarlyStopping(Module model, Optimizer optimizer, int maxEpochs, int patience) {
    var losses = new ArrayList<Double>();
    var stopper = new EarlyStopping(patience, 0);
    for (int epoch = 0; epoch < maxEpochs; epoch++) {
        for (var batch : loader) {
            var loss = Loss.crossEntropy(model.call(batch.inputs()), batch.targets());
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
        }
        double valLoss = Grad.noGrad(() -> Loss.crossEntropy(model.call(validation.inputs()), validation.targets())).item();
        losses.add(valLoss);
        if (stopper.step(valLoss, model)) break;
    }
    return losses;
}""",
        "model": """
Tensor.manualSeed(0);
Module model = new Sequential(new Linear(64, 128), new ReLU(), new Linear(128, 10));
Optimizer optimizer = new Adam(model.parameters(), 0.003);""",
    },
}

MAX_POINTS = {
    "autograd_by_hand": {"test-f": 1, "test-dfdx": 2, "test-mse-loss": 1, "test-mse-gradient": 3},
    "digits_early_stopping": {"test-accuracy": 2, "test-target-accuracy": 2, "test-early-stopping": 3},
}
PARTIAL_POINTS = {
    "autograd_by_hand": {"test-f": 1, "test-dfdx": 0, "test-mse-loss": 1, "test-mse-gradient": 0},
    "digits_early_stopping": {"test-accuracy": 2, "test-target-accuracy": 2, "test-early-stopping": 0},
}


def nbgrader_env(work):
    env = dict(os.environ)
    private = ROOT / "target" / "jupyter-data"   # the kernelspec scripts/test.sh installs, when run standalone
    if "JUPYTER_PATH" not in env and (private / "kernels" / "jgrad").is_dir():
        env["JUPYTER_PATH"] = str(private)
    env["JUPYTER_CONFIG_DIR"] = str(work / ".jupyter-config")   # only the course's nbgrader_config.py applies
    env["JUPYTER_RUNTIME_DIR"] = str(work / ".jupyter-runtime")
    return env


def nbgrader(work, *args):
    run = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=work, env=nbgrader_env(work),
                         capture_output=True, text=True, timeout=600)
    (work / "logs").mkdir(exist_ok=True)
    (work / "logs" / f"{'_'.join(args)}.log").write_text(run.stdout + run.stderr)
    assert run.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{run.stdout[-3000:]}\n{run.stderr[-5000:]}"
    return run


def notebook(work, folder, assignment, student=None):
    parts = [folder] + ([student] if student else []) + [assignment, f"{assignment}.ipynb"]
    return work.joinpath(*parts)


def cell(nb, grade_id):
    [found] = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id]
    return found


def errors(c):
    return [f"{o.get('ename')}: {o.get('evalue')}" for o in c.get("outputs", []) if o.get("output_type") == "error"]


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    work = tmp_path_factory.mktemp("course")
    shutil.copytree(COURSE / "source", work / "source")
    shutil.copy(COURSE / "nbgrader_config.py", work)
    for assignment in ASSIGNMENTS:
        nbgrader(work, "generate_assignment", assignment)
        submissions = {
            "perfect": nbformat.read(notebook(work, "source", assignment), as_version=4),
            "blank": nbformat.read(notebook(work, "release", assignment), as_version=4),
            "partial": nbformat.read(notebook(work, "release", assignment), as_version=4),
        }
        for grade_id, source in PARTIAL[assignment].items():
            cell(submissions["partial"], grade_id).source = source.strip("\n")
        if assignment in TAMPERED:
            submissions["tampered"] = copy.deepcopy(submissions["partial"])
            cell(submissions["tampered"], TAMPERED[assignment]).source = "// no checks here;"
        for student, nb in submissions.items():
            path = notebook(work, "submitted", assignment, student)
            path.parent.mkdir(parents=True)
            nbformat.write(nb, path)
        nbgrader(work, "autograde", assignment)
    write_score_table(work)
    return work


def write_score_table(work):
    """target/nbgrader/scores.txt: each submission's score, for the CI log's reader."""
    lines = []
    for assignment in ASSIGNMENTS:
        for student in STUDENTS + (["tampered"] if assignment in TAMPERED else []):
            scores, total, maximum = grades(work, assignment, student)
            cells = ", ".join(f"{name} {points:g}" for name, points in scores.items())
            lines.append(f"{assignment:24} {student:8} {total:g}/{maximum:g}  ({cells})")
    out = ROOT / "target" / "nbgrader"
    out.mkdir(parents=True, exist_ok=True)
    (out / "scores.txt").write_text("\n".join(lines) + "\n")
    shutil.copytree(work / "logs", out / "logs", dirs_exist_ok=True)


def grades(course, assignment, student):
    """{grade cell: auto score} and the total, from nbgrader's gradebook."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        submission = gradebook.find_submission(assignment, student)
        [nb] = submission.notebooks
        return {g.name: g.auto_score for g in nb.grades}, submission.score, submission.max_score


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_has_the_java_stub_and_no_solutions_or_hidden_tests(course, assignment):
    source = nbformat.read(notebook(course, "source", assignment), as_version=4)
    released = nbformat.read(notebook(course, "release", assignment), as_version=4)
    assert released.metadata.kernelspec.language == "java"
    text = "\n".join(c.source for c in released.cells)
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
        assert marker not in text, f"{marker} left in the released {assignment}"
    for c in source.cells:
        meta = c.metadata.get("nbgrader", {})
        regions = c.source.count("BEGIN SOLUTION")
        if meta.get("solution"):
            assert regions, f"{assignment}: solution cell {meta['grade_id']} has no BEGIN SOLUTION region"
            out = cell(released, meta["grade_id"]).source
            assert out.count("// YOUR CODE HERE") == regions and out.count(STUB) == regions, out
            for region in c.source.split("// BEGIN SOLUTION")[1:]:
                first_line = region.split("// END SOLUTION")[0].strip().splitlines()[0]
                assert first_line not in out, f"solution line still released: {first_line}"
        if meta.get("grade") and "BEGIN HIDDEN TESTS" in c.source:
            hidden = c.source.split("// BEGIN HIDDEN TESTS")[1].split("// END HIDDEN TESTS")[0].strip().splitlines()[0]
            assert hidden not in cell(released, meta["grade_id"]).source


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_source_notebook_gets_full_marks(course, assignment):
    scores, total, maximum = grades(course, assignment, "perfect")
    assert scores == MAX_POINTS[assignment]
    assert total == maximum == sum(MAX_POINTS[assignment].values())


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_unmodified_release_gets_zero_with_the_errors_recorded(course, assignment):
    scores, total, maximum = grades(course, assignment, "blank")
    assert scores == {name: 0 for name in MAX_POINTS[assignment]}
    assert total == 0 and maximum == sum(MAX_POINTS[assignment].values())
    graded = nbformat.read(notebook(course, "autograded", assignment, "blank"), as_version=4)
    for grade_id in MAX_POINTS[assignment]:
        assert errors(cell(graded, grade_id)), f"{grade_id}: no error recorded in the autograded notebook"
    if assignment == "autograd_by_hand":
        for grade_id in MAX_POINTS[assignment]:
            assert errors(cell(graded, grade_id)) == [
                "java.lang.UnsupportedOperationException: not implemented yet: replace this line with your code"]
    # The stub compiles: the cells that declare the methods to write run without error.
    for c in graded.cells:
        meta = c.metadata.get("nbgrader", {})
        if meta.get("solution") and meta["grade_id"] != "model":
            assert not errors(c), f"{meta['grade_id']}: the released stub does not compile: {errors(c)}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_a_partly_correct_submission_gets_partial_marks(course, assignment):
    scores, total, _ = grades(course, assignment, "partial")
    assert scores == PARTIAL_POINTS[assignment]
    assert total == sum(PARTIAL_POINTS[assignment].values())
    graded = nbformat.read(notebook(course, "autograded", assignment, "partial"), as_version=4)
    failed = {name for name, points in PARTIAL_POINTS[assignment].items() if points == 0}
    messages = {name: " ".join(errors(cell(graded, name))) for name in failed}
    if assignment == "autograd_by_hand":
        assert "AssertionError: dfdx(-2.0) against backward(): expected" in messages["test-dfdx"]
        # It passes the visible test (two weights) and fails a hidden one (five).
        assert "AssertionError: 40 points, 5 inputs: dL/dw1 against backward(): expected" \
            in messages["test-mse-gradient"], messages
    else:
        assert "AssertionError: maxEpochs 100, patience 5: the model should end with the weights of its best epoch" \
            in messages["test-early-stopping"], messages



def checksum_warnings(course, assignment):
    """{student: [grade ids]} of autograde's "Attribute 'checksum' for cell ... has changed!" warnings."""
    log = (course / "logs" / f"autograde_{assignment}.log").read_text()
    found = {}
    for part in re.split(r"Sanitizing ", log)[1:]:
        student = pathlib.Path(part.split()[0]).parent.parent.name
        found[student] = re.findall(r"Attribute 'checksum' for cell (\S+) has changed!", part)
    return found


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_autograde_warns_only_about_a_test_cell_the_student_changed(course, assignment):
    warnings = checksum_warnings(course, assignment)
    expected = {student: [] for student in STUDENTS}
    if assignment in TAMPERED:
        expected["tampered"] = [TAMPERED[assignment]]
    assert warnings == expected
    if assignment in TAMPERED:
        # The emptied test was put back, hidden tests included, and fails on the wrong derivative.
        scores, _, _ = grades(course, assignment, "tampered")
        assert scores == PARTIAL_POINTS[assignment]
        graded = nbformat.read(notebook(course, "autograded", assignment, "tampered"), as_version=4)
        assert "BEGIN HIDDEN TESTS" in cell(graded, TAMPERED[assignment]).source


def test_autograde_output_has_no_jvm_notice(course):
    """The kernel's stderr is nbgrader's; the launcher keeps the JVM's incubator-module notice out of it."""
    logs = {log.name: log.read_text() for log in (course / "logs").glob("autograde_*.log")}
    assert len(logs) == len(ASSIGNMENTS)
    for name, text in logs.items():
        assert "Using incubator modules" not in text, f"{name}:\n{text[-2000:]}"
