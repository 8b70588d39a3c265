"""Builds a kernel plug-in jar for the tests: Java sources compiled against the kernel jar, packed with
their other files (a META-INF/services entry naming the extension)."""
import pathlib
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[1]
KERNEL_JAR = ROOT / "kernel" / "target" / "jgrad-kernel.jar"


def build_jar(workdir, name, files):
    """Compiles the .java files against the kernel jar and packs them with their other files."""
    javac, jar = shutil.which("javac"), shutil.which("jar")
    assert javac and jar, "a JDK (javac, jar) is needed to build the test plug-in"
    src, classes = workdir / (name + "-src"), workdir / (name + "-classes")
    for rel, text in files.items():
        target = (src if rel.endswith(".java") else classes) / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    sources = [str(p) for p in src.rglob("*.java")]
    subprocess.run([javac, "--release", "17", "-cp", str(KERNEL_JAR), "-d", str(classes), *sources], check=True)
    out = workdir / (name + ".jar")
    subprocess.run([jar, "cf", str(out), "-C", str(classes), "."], check=True)
    return out
