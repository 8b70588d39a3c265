"""Reads the variable declarations of a Java `parameters` cell: `double lr = 0.05; // learning rate`."""
import re
from typing import List, NamedTuple, Optional

IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
# Words that can start a statement but never a declared type.
NOT_TYPES = {"return", "throw", "new", "if", "for", "while", "do", "switch", "try", "import", "assert",
             "break", "continue", "yield", "this", "super", "class", "interface", "enum", "record"}
MODIFIERS = {"final", "static", "public", "private", "protected", "transient", "volatile"}


class Declaration(NamedTuple):
    name: str
    type: str                   # as written, spaces normalised: "List<Integer>", "double[]", "var"
    default: Optional[str]      # the initialiser's source, None when there is none
    help: str                   # the // comment on the declaration's last line


def parse(source: str) -> List[Declaration]:
    """Every variable declaration among the cell's top-level statements; other statements are skipped."""
    found = []
    for statement, help_text in _statements(source):
        found.extend(_declarations(statement, help_text))
    return found


def _statements(source):
    """Top-level statements without comments, each with the // comment on the line where it ends."""
    found, comments, current = [], {}, []
    i, line, depth, assigned = 0, 0, 0, False

    def finish():
        found.append(("".join(current), line))
        current.clear()

    while i < len(source):
        end, kind = _skipped(source, i)
        if kind == "line comment":
            comments[line] = source[i + 2:end].strip()
        elif kind is not None:  # a block comment reads as a space; a literal stays as written
            current.append(" " if kind == "block comment" else source[i:end])
            line += source.count("\n", i, end)
        else:
            c, end = source[i], i + 1
            line += c == "\n"
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth = max(depth - 1, 0)
            if depth == 0 and c == ";":
                finish()
                assigned = False
            else:
                current.append(c)
                assigned = assigned or (depth == 0 and c == "=")
                # A method or class body ends its declaration without a ';' (an initialiser's braces follow '=').
                if depth == 0 and c == "}" and not assigned:
                    finish()
        i = end
    finish()
    return [(text, comments.get(end_line, "")) for text, end_line in found if text.strip()]


def _skipped(source, i):
    """(end, kind) of the comment or literal starting at i; (i, None) if none starts there."""
    if source.startswith("//", i):
        end = source.find("\n", i)
        return (len(source) if end < 0 else end), "line comment"
    if source.startswith("/*", i):
        end = source.find("*/", i + 2)
        return (len(source) if end < 0 else end + 2), "block comment"
    if source.startswith('"""', i):
        end = source.find('"""', i + 3)
        return (len(source) if end < 0 else end + 3), "literal"
    if source[i] in "\"'":
        end = i + 1
        while end < len(source) and source[end] not in (source[i], "\n"):
            end += 2 if source[end] == "\\" else 1
        return min(end + 1, len(source)), "literal"
    return i, None


def _declarations(statement, help_text):
    text = statement.strip()
    words = text.split(None, 1)
    while words and words[0] in MODIFIERS and len(words) > 1:
        text = words[1]
        words = text.split(None, 1)
    type_end = _type_end(text)
    if type_end is None:
        return []
    declared = _normalise(text[:type_end])
    if declared in NOT_TYPES:
        return []
    result = []
    for declarator in _split_top_level(text[type_end:], ","):
        match = re.fullmatch(r"\s*([A-Za-z_$][\w$]*)\s*((?:\[\s*\]\s*)*)(?:=(.*))?", declarator, re.DOTALL)
        if match is None:
            return []
        name, dims, value = match.groups()
        result.append(Declaration(name, declared + "[]" * dims.count("["),
                                  value.strip() if value is not None else None, help_text))
    return result


def _type_end(text):
    """Where the type at the start of text ends (it must be followed by whitespace and a name), or None."""
    match = re.match(r"[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*", text)
    if match is None:
        return None
    i = match.end()
    rest = text[i:].lstrip()
    if rest.startswith("<"):
        i = len(text) - len(rest)
        depth = 0
        while i < len(text):
            depth += {"<": 1, ">": -1}.get(text[i], 0)
            i += 1
            if depth == 0:
                break
        if depth != 0:
            return None
    dims = re.match(r"(?:\s*\[\s*\])*", text[i:])
    i += dims.end()
    rest = text[i:]
    separated = rest[:1].isspace() or text[i - 1] in "]>"
    return i if separated and IDENTIFIER.match(rest.lstrip()) else None


def _normalise(type_text):
    return re.sub(r"\s+", "", type_text).replace(",", ", ")


def _split_top_level(text, separator):
    """Splits at separators outside brackets, generic arguments and literals."""
    parts, depth, current, quote, i = [], 0, [], None, 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                current.append(text[i:i + 2])
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c in "([{<":
            depth += 1
        elif c in ")]}" or (c == ">" and text[i - 1] != "-"):
            depth = max(depth - 1, 0)
        elif c == separator and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(c)
        i += 1
    parts.append("".join(current))
    return parts
