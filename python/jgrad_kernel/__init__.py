"""The Java (jgrad) Jupyter kernel, packaged for pip: the kernel's jar, a launcher that finds a JDK,
`python -m jgrad_kernel install|uninstall` for the kernelspec, and a papermill parameter translator."""
from pathlib import Path

KERNEL_NAME = "jgrad"
DISPLAY_NAME = "Java (jgrad)"
JAR = Path(__file__).parent / "jars" / "jgrad-kernel.jar"
JVM_OPTIONS = Path(__file__).parent / "jars" / "jvm.options"
