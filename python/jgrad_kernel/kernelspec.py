"""Writes and removes the kernelspec, as `python -m ipykernel install` does: a kernel.json whose argv starts
this package's launcher with the Python that installed it, handed to jupyter_client's KernelSpecManager."""
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from jupyter_core.paths import SYSTEM_JUPYTER_PATH

from . import DISPLAY_NAME, KERNEL_NAME


def spec(display_name=DISPLAY_NAME, env=None, python=sys.executable):
    kernel = {
        "argv": [python, "-m", "jgrad_kernel.launcher", "{connection_file}"],
        "display_name": display_name,
        "language": "java",
        "interrupt_mode": "message",
        "metadata": {"debugger": True},
    }
    if env:
        kernel["env"] = dict(env)
    return kernel


def install(user=False, prefix=None, kernel_name=KERNEL_NAME, display_name=DISPLAY_NAME, env=None):
    """Installs the kernelspec (system-wide unless user or prefix says otherwise); returns its folder.
    env: variables the kernel starts with, such as JGRAD_JVM_OPTS.
    The kernelspec, and the folders above it that the install creates, can be read by every user."""
    created = missing_folders(destination(user, prefix, kernel_name).parent)
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "kernel.json"), "w", encoding="utf-8") as f:
            json.dump(spec(display_name, env), f, indent=2)
        # The copy keeps these modes: a temporary folder's 0700 would hide a shared install from every
        # other user ("No such kernel named jgrad"), and a strict umask would do the same to the file.
        os.chmod(os.path.join(tmp, "kernel.json"), 0o644)
        os.chmod(tmp, 0o755)
        folder = KernelSpecManager().install_kernel_spec(tmp, kernel_name=kernel_name, user=user, prefix=prefix)
    for path in created:
        os.chmod(path, 0o755)
    return folder


def missing_folders(path):
    """path and those of its parents that do not exist yet."""
    missing = []
    path = Path(os.path.abspath(path))
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    return missing


def uninstall(user=False, prefix=None, kernel_name=KERNEL_NAME):
    """Removes the kernelspec from the place install(user, prefix) writes to, or, given neither, the one
    Jupyter finds first (as `jupyter kernelspec uninstall` does); returns the folder removed."""
    if user or prefix:
        folder = destination(user, prefix, kernel_name)
    else:
        try:
            folder = Path(KernelSpecManager().get_kernel_spec(kernel_name).resource_dir)
        except NoSuchKernel:
            raise FileNotFoundError(f"no kernelspec named {kernel_name!r} is installed") from None
    if not (folder / "kernel.json").is_file():
        raise FileNotFoundError(f"no kernelspec named {kernel_name!r} in {folder.parent}")
    shutil.rmtree(folder)
    return folder


def destination(user, prefix, kernel_name):
    """The same folder KernelSpecManager.install_kernel_spec picks for these arguments."""
    if user:
        return Path(KernelSpecManager().user_kernel_dir) / kernel_name
    if prefix:
        return Path(os.path.abspath(prefix)) / "share" / "jupyter" / "kernels" / kernel_name
    return Path(SYSTEM_JUPYTER_PATH[0]) / "kernels" / kernel_name
