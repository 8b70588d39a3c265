"""papermill's parameter translator for Java notebooks (the jgrad kernel, or any kernel of language java).

papermill hands `codify` only the values. The declared types come from `inspect`, which papermill's
execute_notebook calls on the `parameters` cell just before it asks for the injected cell; the types are
kept for that one `codify` call on this thread. Without them (papermill.parameterize.parameterize_notebook
called on its own) each value gets the type it would get under `var`. papermill.inspect_notebook calls
`inspect` too: a notebook without a `parameters` cell run next on the same thread would take its types.
"""
import threading

from papermill.exceptions import PapermillException
from papermill.models import Parameter
from papermill.translators import Translator

from .declarations import parse
from .literals import ParameterError, declaration

_declared = threading.local()


class JavaParameterError(PapermillException, ValueError):
    """A parameter value that the parameters cell's declared type cannot hold."""


class JavaTranslator(Translator):
    @classmethod
    def comment(cls, cmt_str):
        return f"// {cmt_str}".strip()

    @classmethod
    def inspect(cls, parameters_cell):
        found = parse(parameters_cell["source"])
        _declared.types = {d.name: d.type for d in found}
        return [Parameter(name=d.name, inferred_type_name=d.type, default=d.default or "None", help=d.help)
                for d in found]

    @classmethod
    def codify(cls, parameters, comment="Parameters"):
        types = getattr(_declared, "types", None) or {}
        _declared.types = None
        lines = [cls.comment(comment)]
        for name, value in parameters.items():
            try:
                lines.append(declaration(name, types.get(name), value))
            except ParameterError as e:
                raise JavaParameterError(str(e)) from None
        return "\n".join(lines) + "\n"
