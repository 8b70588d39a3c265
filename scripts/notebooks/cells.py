"""Cell constructors for the notebook sources: md(...) for explanations, code(...) for Java."""


def md(text):
    return ("markdown", text)


def code(text):
    return ("code", text)

# nbgrader cells (schema 3) for the assignments in notebooks/assignments/source/. The grade_id names a
# cell in nbgrader's gradebook, so it must stay stable once an assignment is released.
def _nbgrader(grade_id, solution=False, grade=False, locked=False, points=None):
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
            "solution": solution, "task": False}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def readonly(grade_id, text, kind="code"):
    """Given code or instructions that students cannot change (autograding restores them)."""
    return (kind, text, _nbgrader(grade_id, locked=True))


def solution(grade_id, text):
    """Where students write code; `// BEGIN SOLUTION` ... `// END SOLUTION` is replaced by the stub."""
    return ("code", text, _nbgrader(grade_id, solution=True))


def tests(grade_id, points, text):
    """An autograded test cell: full points unless it throws or writes to stderr.
    It must end with a statement (`;`), never a bare expression, whose value nbgrader would take as the score."""
    return ("code", text, _nbgrader(grade_id, grade=True, locked=True, points=points))
