"""Tiny Maven repositories that a test builds itself: jars compiled from a few lines of Java with the
JDK's javac, laid out as Maven does (with .sha1 checksums), on disk (file://) and served over HTTP
from 127.0.0.1 by Python's http.server in a thread."""
import contextlib
import hashlib
import http.server
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading
import zipfile


def javac():
    home = os.environ.get("JAVA_HOME")
    if home and (pathlib.Path(home) / "bin" / "javac").exists():
        return str(pathlib.Path(home) / "bin" / "javac")
    found = shutil.which("javac")
    assert found, "these tests build their jars with javac: install a JDK"
    return found


def pom(group, artifact, version, dependencies=()):
    deps = "".join(f"<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version></dependency>"
                   for g, a, v in dependencies)
    return (f'<?xml version="1.0"?><project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
            f"<groupId>{group}</groupId><artifactId>{artifact}</artifactId><version>{version}</version>"
            f"<dependencies>{deps}</dependencies></project>")


def publish(repo, group, artifact, version, sources, dependencies=(), classpath=()):
    """Compiles `sources` ({"pkg/Name.java": text}) into group:artifact:version's jar in `repo`;
    returns the jar's path. `classpath`: jars the sources need."""
    folder = pathlib.Path(repo, *group.split("."), artifact, version)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        src, classes = pathlib.Path(work, "src"), pathlib.Path(work, "classes")
        files = []
        for name, text in sources.items():
            path = src / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            files.append(str(path))
        cp = os.pathsep.join(str(c) for c in classpath)
        subprocess.run([javac(), "--release", "17", "-d", str(classes), *(["-cp", cp] if cp else []), *files],
                       check=True, capture_output=True)
        jar = folder / f"{artifact}-{version}.jar"
        with zipfile.ZipFile(jar, "w") as z:
            for f in sorted(classes.rglob("*.class")):
                z.write(f, f.relative_to(classes).as_posix())
    (folder / f"{artifact}-{version}.pom").write_text(pom(group, artifact, version, dependencies))
    for f in list(folder.iterdir()):
        if f.suffix in (".jar", ".pom"):
            pathlib.Path(str(f) + ".sha1").write_text(hashlib.sha1(f.read_bytes()).hexdigest())
    return jar


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    requested = None  # set per server: the paths asked for

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.requested.append(self.path)
        super().do_GET()

    def do_HEAD(self):
        self.requested.append(self.path)
        super().do_HEAD()


@contextlib.contextmanager
def http_repository(root):
    """Serves folder `root` at http://127.0.0.1:PORT/ while the block runs; yields (base URL, requested paths)."""
    requested = []
    handler = type("Handler", (_QuietHandler,), {"requested": requested})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             lambda *a, **kw: handler(*a, directory=str(root), **kw))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", requested
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
