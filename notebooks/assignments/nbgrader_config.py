# nbgrader course for the jgrad assignments: run nbgrader commands from this folder
# (nbgrader generate_assignment NAME, nbgrader autograde NAME, ...). Sources are built from
# scripts/notebooks/assignments/*.py by scripts/notebooks/build_notebooks.py.
import copy

from nbgrader.api import MissingEntry
from nbgrader.converters import Autograde
from nbgrader.preprocessors import ClearHiddenTests, OverwriteCells
from nbgrader.utils import is_grade

c = get_config()  # noqa: F821 (nbgrader provides it)

c.CourseDirectory.course_id = "jgrad"

# Released code cells get this in place of each BEGIN/END SOLUTION region. nbgrader's own Java
# stub is only a comment, which leaves a method with a return type uncompilable; a throw compiles
# anywhere, so solution regions end where a method body ends. code_stub is one dict: setting it
# replaces nbgrader's, so every language keeps an entry.
c.ClearSolutions.code_stub = {
    "java": '// YOUR CODE HERE\nthrow new UnsupportedOperationException("not implemented yet: replace this line with your code");',
    "python": "# YOUR CODE HERE\nraise NotImplementedError()",
    "R": "# YOUR CODE HERE\nfail()",
    "matlab": "% YOUR CODE HERE\nerror('No Answer Given!')",
    "octave": "% YOUR CODE HERE\nerror('No Answer Given!')",
    "sas": "/* YOUR CODE HERE */\n %notImplemented;",
}

# Seconds per cell when autograding (nbgrader's default is 30); training cells need more on a busy machine.
c.Execute.timeout = 300


class RestoreHiddenTests(OverwriteCells):
    """nbgrader's OverwriteCells, without its false alarm on test cells with hidden tests.

    The gradebook keeps a test cell as written, hidden tests included, and so does its checksum; the
    released cell has them cleared. nbgrader's OverwriteCells therefore reports "Attribute 'checksum'
    for cell ... has changed!" for every such cell of every submission, untouched or not, and puts the
    gradebook's source back. Here a test cell handed in exactly as released gets its hidden tests back
    quietly; one a student edited still gets nbgrader's warning (and its source put back)."""

    def preprocess_cell(self, cell, resources, cell_index):
        source = self._source_with_hidden_tests(cell)
        if source is not None:
            self.log.info("Putting the hidden tests back into %s", cell.metadata.nbgrader["grade_id"])
            cell.source = source
        return super().preprocess_cell(cell, resources, cell_index)

    def _source_with_hidden_tests(self, cell):
        """The gradebook's source of a grade cell submitted as released, if clearing changed it; else None."""
        if not is_grade(cell):
            return None
        try:
            stored = self.gradebook.find_source_cell(
                cell.metadata.nbgrader["grade_id"], self.notebook_id, self.assignment_id)
        except MissingEntry:
            return None
        released = copy.deepcopy(cell)
        released.source = stored.source
        ClearHiddenTests(parent=self).preprocess_cell(released, {}, 0)
        if released.source == cell.source != stored.source:
            return stored.source
        return None


c.Autograde.sanitize_preprocessors = [
    RestoreHiddenTests if p is OverwriteCells else p
    for p in Autograde.class_traits()["sanitize_preprocessors"].default()]
