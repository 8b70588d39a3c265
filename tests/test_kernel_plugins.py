"""Plug-ins through a real Jupyter client: a jar the test builds (javac + jar with
META-INF/services/jgrad.kernel.spi.KernelExtension) is added with %classpath; the kernel installs its
extension, which registers a renderer for the jar's own type and runs startup code in the session.
The same jar from a Maven repository through %maven is installed the same way.
A plug-in that fails to install, or whose renderer throws, is named, and the kernel keeps its state."""
import os
import shutil

import pytest

from kernel_client import STARTUP_TIMEOUT, run, started_kernel
from plugin_jars import build_jar

GOOD = {
    "demo/plugin/Point.java": """package demo.plugin;
public record Point(int x, int y) {
}
""",
    "demo/plugin/PointExtension.java": """package demo.plugin;

import jgrad.kernel.display.Display;
import jgrad.kernel.spi.KernelExtension;
import jgrad.kernel.spi.KernelSession;

public final class PointExtension implements KernelExtension {
    @Override
    public void install(KernelSession session) throws Exception {
        session.addRenderer(Point.class, p -> Display.html("<b>point</b> (" + p.x() + ", " + p.y() + ")"));
        session.eval("import demo.plugin.*;");
        session.eval("Point origin = new Point(0, 0);");
    }
}
""",
    "META-INF/services/jgrad.kernel.spi.KernelExtension": "demo.plugin.PointExtension\n",
}

BROKEN = {
    "demo/broken/Gadget.java": """package demo.broken;
public final class Gadget {
    @Override
    public String toString() {
        return "Gadget";
    }
}
""",
    "demo/broken/FailingExtension.java": """package demo.broken;

import jgrad.kernel.spi.KernelExtension;
import jgrad.kernel.spi.KernelSession;

public final class FailingExtension implements KernelExtension {
    @Override
    public void install(KernelSession session) {
        throw new IllegalStateException("no licence for gadgets");
    }
}
""",
    "demo/broken/ThrowingRendererExtension.java": """package demo.broken;

import jgrad.kernel.spi.KernelExtension;
import jgrad.kernel.spi.KernelSession;

public final class ThrowingRendererExtension implements KernelExtension {
    @Override
    public void install(KernelSession session) {
        session.addRenderer(Gadget.class, g -> {
            throw new UnsupportedOperationException("gadgets cannot be drawn");
        });
    }
}
""",
    "META-INF/services/jgrad.kernel.spi.KernelExtension":
        "demo.broken.FailingExtension\ndemo.broken.ThrowingRendererExtension\n",
}


@pytest.fixture(scope="module")
def jars(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("plugins")
    return build_jar(workdir, "points", GOOD), build_jar(workdir, "broken", BROKEN)


def test_added_jar_contributes_a_renderer_and_startup_code(kc, jars):
    points, _ = jars
    # the Java below the magic already sees the plug-in's startup import
    cell = run(kc, f"%classpath {points}\nnew Point(1, 2)")
    assert cell.reply["status"] == "ok", cell.errors
    assert "Installed extension demo.plugin.PointExtension" in cell.stdout
    [result] = cell.bundles
    assert result["text/html"] == "<b>point</b> (1, 2)"
    assert result["text/plain"] == "Point[x=1, y=2]", "the value's own toString stays its text"
    # startup code made a variable; display(...) uses the plug-in's renderer too
    cell = run(kc, "display(origin)")
    assert cell.reply["status"] == "ok", cell.errors
    assert cell.bundles == [{"text/html": "<b>point</b> (0, 0)", "text/plain": "Point[x=0, y=0]"}]


def test_a_partly_failed_classpath_magic_still_installs_what_it_added(jars, tmp_path):
    points, _ = jars
    gen = started_kernel(STARTUP_TIMEOUT)
    _, client = next(gen)
    try:
        missing = tmp_path / "missing.jar"
        cell = run(client, f"%classpath {points} {missing}")
        assert cell.reply["status"] == "error" and str(missing) in cell.errors[0]["evalue"], cell.errors
        assert "Installed extension demo.plugin.PointExtension" in cell.stdout
        cell = run(client, "origin")
        assert cell.reply["status"] == "ok", cell.errors
        assert cell.bundles[-1]["text/html"] == "<b>point</b> (0, 0)"
    finally:
        next(gen, None)


def test_adding_the_jar_again_installs_nothing_twice(kc, jars):
    points, _ = jars
    cell = run(kc, f"%classpath {points}")
    assert cell.reply["status"] == "ok", cell.errors
    assert "Installed extension" not in cell.stdout


def test_failing_plugin_is_named_and_the_session_goes_on(kc, jars):
    _, broken = jars
    run(kc, "int keptBeforePlugins = 5;")
    cell = run(kc, f"%classpath {broken}")
    assert cell.reply["status"] == "error"
    [error] = cell.errors
    assert "demo.broken.FailingExtension" in error["evalue"], error
    assert "no licence for gadgets" in error["evalue"], error
    # the other extension of the jar was still installed; its renderer throws, so text only, with a note
    assert "Installed extension demo.broken.ThrowingRendererExtension" in cell.stdout
    cell = run(kc, "new demo.broken.Gadget()")
    assert cell.reply["status"] == "ok", cell.errors
    assert cell.bundles == [{"text/plain": "Gadget"}]
    assert "ThrowingRendererExtension" in cell.stderr and "gadgets cannot be drawn" in cell.stderr, cell.stderr
    assert run(kc, "keptBeforePlugins").bundles[-1]["text/plain"] == "5"


POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo.plugin</groupId>
  <artifactId>points</artifactId>
  <version>1.0</version>
</project>
"""


def test_a_jar_added_by_maven_is_installed_too(jars, tmp_path):
    points, _ = jars
    # a local repository holding the plug-in, as `mvn install` would leave it: no network needed
    folder = tmp_path / "m2" / "demo" / "plugin" / "points" / "1.0"
    folder.mkdir(parents=True)
    shutil.copy(points, folder / "points-1.0.jar")
    (folder / "points-1.0.pom").write_text(POM)
    os.environ["JGRAD_MAVEN_REPO"] = str(tmp_path / "m2")
    try:
        gen = started_kernel(STARTUP_TIMEOUT)
        _, client = next(gen)
    finally:
        del os.environ["JGRAD_MAVEN_REPO"]
    try:
        cell = run(client, "%maven demo.plugin:points:1.0\nnew Point(7, 8)")
        assert cell.reply["status"] == "ok", cell.errors
        assert "Installed extension demo.plugin.PointExtension" in cell.stdout
        assert cell.bundles[-1]["text/html"] == "<b>point</b> (7, 8)"
    finally:
        next(gen, None)
