"""The Java types a parameter may be declared as, parsed from their source text."""
import re
from typing import NamedTuple, Optional, Tuple

INTEGRAL = {"int": (32, "Integer"), "long": (64, "Long"), "short": (16, "Short"), "byte": (8, "Byte")}
FLOATING = {"double": "Double", "float": "Float"}
BOXES = {box: prim for prim, (_, box) in INTEGRAL.items()}
BOXES.update({box: prim for prim, box in FLOATING.items()})
BOXES.update({"Boolean": "boolean", "Character": "char"})
SCALARS = set(INTEGRAL) | set(FLOATING) | {"boolean", "char", "String"}
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
        if self.boxed:
            return INTEGRAL[self.name][1] if self.name in INTEGRAL else \
                FLOATING.get(self.name) or {"boolean": "Boolean", "char": "Character"}[self.name]
        return self.name


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
    bits = INTEGRAL[name][0]
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
