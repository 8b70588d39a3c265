"""Cell constructors for the notebook sources: md(...) for explanations, code(...) for Java."""


def md(text):
    return ("markdown", text)


def code(text):
    return ("code", text)

