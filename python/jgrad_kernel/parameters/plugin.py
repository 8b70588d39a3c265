"""The `papermill.engine` entry point. papermill imports every engine entry point when it starts (it has no
entry point group for translators), so importing this module is where the Java translator is registered.
The engine itself is papermill's default one: `--engine jgrad` runs notebooks exactly as without it."""
from papermill.engines import NBClientEngine
from papermill.exceptions import PapermillException
from papermill.translators import papermill_translators

from .. import KERNEL_NAME
from .translator import JavaTranslator

papermill_translators.register(KERNEL_NAME, JavaTranslator)
try:
    papermill_translators.find_translator(None, "java")  # another Java kernel's translator stays in place
except PapermillException:
    papermill_translators.register("java", JavaTranslator)


class JgradEngine(NBClientEngine):
    pass
