"""The Java types a parameter may be declared as, parsed from their source text."""
import re
from typing import NamedTuple, Optional, Tuple

INTEGRAL_BITS = {"int": 32, "long": 64, "short": 16, "byte": 8}
FLOATING = {"double", "float"}
BOX_OF = {"int": "Integer", "long": "Long", "short": "Short", "byte": "Byte", "double": "Double",
          "float": "Float", "boolean": "Boolean", "char": "Character"}
BOXES = {box: primitive for primitive, box in BOX_OF.items()}
SCALARS = set(BOX_OF) | {"String"}
LISTS = {"List", "ArrayList", "Collection", "Iterable"}

SUPPORTED = ("int, long, short, byte, double, float, boolean, char, String (or their boxes), arrays of "
             "them, List<...> of them, or var")


class JavaType(NamedTuple):
    """kind: "scalar" (name is the primitive or String), "array" or "list" (of element), "infer" (var)."""
    kind: str
    name: str
    element: Optional["JavaType"] = None
    boxed: bool = False         # Integer rather than int: null is allowed

    def __str__(self):
        if self.kind == "array":
            return f"{self.element}[]"
        if self.kind == "list":
            return f"{self.name}<{self.element}>"
        return BOX_OF[self.name] if self.boxed else self.name


class UnsupportedType(ValueError):
    pass


def parse_type(text: str) -> JavaType:
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"^(java\.lang\.|java\.util\.)", "", text)
    if text == "var":
        return JavaType("infer", "var")
    if text.endswith("[]"):
        return JavaType("array", "[]", parse_type(text[:-2]))
    generic = re.fullmatch(r"(\w+)<(.+)>", text)
    if generic:
        base, argument = generic.groups()
        if base not in LISTS:
            raise UnsupportedType(text)
        element = parse_type(argument)
        if element.kind == "infer" or (element.kind == "scalar" and not element.boxed
                                       and element.name != "String"):
            raise UnsupportedType(text)
        return JavaType("list", base, element)
    if text in LISTS:  # a raw List: elements typed from the value
        return JavaType("list", text, JavaType("infer", "var"))
    if text in BOXES:
        return JavaType("scalar", BOXES[text], boxed=True)
    if text in SCALARS:
        return JavaType("scalar", text)
    raise UnsupportedType(text)


def integral_range(name: str) -> Tuple[int, int]:
    bits = INTEGRAL_BITS[name]
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
