"""Python values (from papermill's -p/-y or its Python API) as Java declarations of a declared type."""
import json
import math
import re

from .java_types import BOX_OF, FLOATING, INTEGRAL_BITS, SUPPORTED, JavaType, UnsupportedType, integral_range, \
    parse_type

JAVA_KEYWORDS = set("""abstract assert boolean break byte case catch char class const continue default do double
else enum extends final finally float for goto if implements import instanceof int interface long native new
package private protected public return short static strictfp super switch synchronized this throw throws
transient try void volatile while true false null var _""".split())
FLOAT_MAX, FLOAT_MIN = 3.4028234663852886e38, 1.401298464324817e-45


class ParameterError(ValueError):
    """A value that cannot become the declared Java type; the message names the parameter and the type."""


def declaration(name, declared, value):
    """`double lr = 0.05;` for name "lr", declared "double" (None or "var": typed from the value)."""
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", name) or name in JAVA_KEYWORDS:
        raise ParameterError(f"parameter {name!r} is not a Java variable name")
    try:
        java_type = parse_type(declared) if declared else JavaType("infer", "var")
    except UnsupportedType:
        raise ParameterError(f"parameter {name!r} is declared as {declared} in the parameters cell; "
                             f"papermill can set {SUPPORTED}") from None
    where = f"parameter {name!r}" + (f" (declared {declared})" if declared and declared != "var" else "")
    if java_type.kind == "infer":
        java_type = inferred(value, where)
    return f"{java_type} {name} = {literal(java_type, value, where)};"


def inferred(value, where):
    """The Java type a value gets under `var` (or with no declaration): 1 -> int, 1.0 -> double, ..."""
    if isinstance(value, bool):
        return JavaType("scalar", "boolean")
    if isinstance(value, int):
        low, high = integral_range("int")
        return JavaType("scalar", "int" if low <= value <= high else "long")
    if isinstance(value, float):
        return JavaType("scalar", "double")
    if isinstance(value, str):
        return JavaType("scalar", "String")
    if isinstance(value, (list, tuple)):
        return JavaType("list", "List", _element_type(value, where))
    if value is None:
        raise ParameterError(f"{where}: null has no type to infer; declare the parameter with a type "
                             "in the parameters cell")
    raise ParameterError(f"{where}: a {type(value).__name__} cannot be passed to Java; pass numbers, "
                         "booleans, strings or lists of them")


def _element_type(values, where):
    types = {str(inferred(v, f"{where}, element {i}")) for i, v in enumerate(values)}
    if not types:
        return JavaType("scalar", "String", boxed=True)  # only the declared type gives an empty list one
    if types <= {"int", "long", "double"}:
        name = "double" if "double" in types else "long" if "long" in types else "int"
        return JavaType("scalar", name, boxed=True)
    if len(types) == 1:
        element = inferred(values[0], where)
        return element._replace(boxed=True) if element.kind == "scalar" else element
    raise ParameterError(f"{where}: a list mixing {', '.join(sorted(types))} has no Java element type; "
                         "declare the parameter with a type in the parameters cell")


def literal(java_type, value, where):
    nullable = java_type.boxed or java_type.kind in ("array", "list") or java_type.name == "String"
    if value is None:
        if nullable:
            return "null"
        raise ParameterError(f"{where}: null cannot be a Java {java_type}")
    if java_type.kind == "infer":
        java_type = inferred(value, where)
        return literal(java_type, value, where)
    if java_type.kind in ("array", "list"):
        return _sequence(java_type, value, where)
    name = java_type.name
    if name in INTEGRAL_BITS:
        return _integral(name, value, where)
    if name in FLOATING:
        return _floating(name, value, where)
    if name == "boolean":
        return _boolean(value, where)
    if name == "char":
        if isinstance(value, str) and len(value) == 1:
            return "'" + ("\\'" if value == "'" else _escaped(value, '"')) + "'"
        raise ParameterError(f"{where}: {value!r} is not a single character")
    return _string(value, where)


def _integral(name, value, where):
    if isinstance(value, str):
        value = _number(value, where, name)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParameterError(f"{where}: {value!r} is not a whole number")
    if isinstance(value, float):
        if not value.is_integer():
            raise ParameterError(f"{where}: {value!r} is not a whole number, so it cannot be a Java {name}")
        value = int(value)
    low, high = integral_range(name)
    if not low <= value <= high:
        raise ParameterError(f"{where}: {value} is outside the range of a Java {name} ({low} to {high})")
    if name == "long":
        return f"{value}L"
    return f"({name}) {value}" if name in ("short", "byte") else str(value)


def _floating(name, value, where):
    if isinstance(value, str):
        value = _number(value, where, name)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParameterError(f"{where}: {value!r} is not a number")
    try:
        value = float(value)
    except OverflowError:
        raise ParameterError(f"{where}: {value} is too large for a Java {name}") from None
    box = BOX_OF[name]
    if math.isnan(value):
        return f"{box}.NaN"
    if math.isinf(value):
        return f"{box}.{'POSITIVE' if value > 0 else 'NEGATIVE'}_INFINITY"
    if name == "float":
        if abs(value) > FLOAT_MAX or 0 < abs(value) < FLOAT_MIN:
            raise ParameterError(f"{where}: {value!r} does not fit in a Java float; declare it double")
        return f"{value!r}f"
    return repr(value)


def _boolean(value, where):
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower()
    if isinstance(value, bool):
        return "true" if value else "false"
    raise ParameterError(f"{where}: {value!r} is not true or false")


def _string(value, where):
    if isinstance(value, bool):
        value = "true" if value else "false"
    elif isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        raise ParameterError(f"{where}: a {type(value).__name__} is not a String")
    return '"' + _escaped(value, "'") + '"'


def _escaped(text, keep):
    """Escapes for a Java literal. Control characters become octal escapes, never \\u escapes (the compiler
    turns \\u000a into a real line break before it reads the literal)."""
    out = []
    for ch in text:
        if ch in "\"'\\" and ch != keep:
            out.append("\\" + ch)
        elif ch in "\n\r\t\b\f":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}[ch])
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append("\\%03o" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def _sequence(java_type, value, where):
    if isinstance(value, str):  # -p sizes "[1, 2]": papermill's -p passes lists as text
        try:
            value = json.loads(value)
        except ValueError:
            pass
    if not isinstance(value, (list, tuple)):
        raise ParameterError(f"{where}: {value!r} is not a list")
    element = java_type.element
    if element.kind == "infer":
        element = _element_type(value, where)
    items = []
    for i, item in enumerate(value):
        if item is None and java_type.kind == "list":
            raise ParameterError(f"{where}: element {i} is null, which List.of does not allow")
        items.append(literal(element, item, f"{where}, element {i}"))
    joined = ", ".join(items)
    if java_type.kind == "array":
        return f"new {element}[] {{{joined}}}"
    listed = f"List.of({joined})"
    return f"new ArrayList<>({listed})" if java_type.name == "ArrayList" else listed


def _number(text, where, name):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            raise ParameterError(f"{where}: {text!r} is not a number, so it cannot be a Java {name}") from None
