# nbgrader course for the jgrad assignments: run nbgrader commands from this folder
# (nbgrader generate_assignment NAME, nbgrader autograde NAME, ...). Sources are built from
# scripts/notebooks/assignments/*.py by scripts/notebooks/build_notebooks.py.
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
