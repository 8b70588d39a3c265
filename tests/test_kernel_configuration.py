"""The kernel's JGRAD_* environment, as a user sets it: each test starts a kernel through
jupyter_client with the variables in its environment (the kernelspec's launcher reads JGRAD_JAVA and
JGRAD_JVM_OPTS, the kernel the rest). A value that cannot be used never stops the kernel: the first
cell names the variable and the problem."""
import contextlib
import os
import stat

import pytest

from kernel_client import STARTUP_TIMEOUT, run, start_kernel
from maven_test_repo import publish

pytestmark = pytest.mark.slow  # each test starts its own kernels: about 20 s together

SETTINGS = ("JGRAD_JVM_OPTS", "JGRAD_CLASSPATH", "JGRAD_STARTUP_SCRIPTS_PATH", "JGRAD_STARTUP_SCRIPT",
            "JGRAD_COMPILER_OPTS", "JGRAD_TIMEOUT")
WORDS = {"demo/words/Words.java": "package demo.words;\n"
                                  "public class Words { public static String hello() { return \"hello\"; } }\n"}
SHOUT = {"demo/shout/Shout.java": "package demo.shout;\n"
                                  "public class Shout { public static String loud(String s) { return s + \"!\"; } }\n"}
COUNT = {"demo/count/Count.java": "package demo.count;\n"
                                  "public class Count { public static int letters(String s) { return s.length(); } }\n"}
# on two lines: an error repeated on one line is shown once
TWO_ERRORS = 'void twoErrors() {\n    int a = "x";\n    int b = "y";\n}'


@contextlib.contextmanager
def kernel_with(**settings):
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS}
    env.update(settings)
    km, kc = start_kernel(STARTUP_TIMEOUT, env=env)
    try:
        yield kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_jvm_options_and_another_java_reach_the_kernel_jvm(tmp_path):
    marker = tmp_path / "java-was-used"
    wrapper = tmp_path / "java"
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    wrapper.write_text(f'#!/bin/sh\ntouch "{marker}"\nexec "{java}" "$@"\n')
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    with kernel_with(JGRAD_JAVA=str(wrapper), JGRAD_JVM_OPTS="-Djgrad.test.flag=on  -Xmx300m") as kc:
        assert run(kc, 'System.getProperty("jgrad.test.flag")').value == "on"
        assert int(run(kc, "Runtime.getRuntime().maxMemory() >> 20").value) <= 300
    assert marker.exists(), "the launcher ran JGRAD_JAVA"


def test_classpath_and_startup_scripts_run_before_the_first_cell(tmp_path):
    words = publish(tmp_path / "repo", "demo", "words", "1.0", WORDS)
    jars = tmp_path / "jars"
    jars.mkdir()
    publish(tmp_path / "repo", "demo", "shout", "1.0", SHOUT).rename(jars / "shout.jar")
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    (scripts / "10-greeting.jsh").write_text('String greeting = "from a file";\n')
    (scripts / "20-count.jsh").write_text("int scriptsRun = 2;\n")
    (scripts / "notes.txt").write_text("not a script")
    count = publish(tmp_path / "repo", "demo", "count", "1.0", COUNT)
    (scripts / "30-magic.jsh").write_text(f"%classpath {count}\nint letters = demo.count.Count.letters(greeting);\n")
    with kernel_with(JGRAD_CLASSPATH=f"{words}{os.pathsep}{jars}/*.jar",
                     JGRAD_STARTUP_SCRIPTS_PATH=f"{scripts}/*.jsh",
                     JGRAD_STARTUP_SCRIPT='System.out.println("startup says hi");\n'
                                          'var fromEnv = demo.shout.Shout.loud(demo.words.Words.hello() + " " + greeting);'
                     ) as kc:
        first = run(kc, "scriptsRun")
        assert first.value == "2"
        assert first.stdout == f"Added {count}\nstartup says hi\n", "what startup printed shows in the first cell"
        assert run(kc, "letters").value == str(len("from a file")), "a startup script can use magics"
        assert not first.stderr and not first.errors
        assert run(kc, "fromEnv").value == "hello from a file!"
        assert run(kc, "1").stdout == "", "and only there"


def test_compiler_options_apply_to_every_cell():
    with kernel_with() as kc:
        default = run(kc, TWO_ERRORS)
    with kernel_with(JGRAD_COMPILER_OPTS="-Xmaxerrs 1") as kc:
        limited = run(kc, TWO_ERRORS)
        assert run(kc, "1 + 1").value == "2"
    count = lambda cell: "\n".join(cell.errors[0]["traceback"]).count("incompatible types")  # noqa: E731
    assert count(default) == 2 and count(limited) == 1, (default.errors, limited.errors)


def test_a_cell_running_past_the_time_limit_is_stopped_and_says_so(cpu_load):
    with kernel_with(JGRAD_TIMEOUT="2s") as kc:
        assert run(kc, "int kept = 7; kept").value == "7"
        for _ in range(2):  # every cell gets its own limit
            stopped = run(kc, "long spins = 0;\nwhile (true) { spins++; }", timeout=60)
            assert stopped.reply["status"] == "error"
            assert "Time limit" in stopped.errors[0]["evalue"] and "2s" in stopped.errors[0]["evalue"], stopped.errors
            assert "JGRAD_TIMEOUT" in stopped.errors[0]["evalue"]
        # Together these cells take longer than the limit, each far less: the limit is per cell.
        for _ in range(6):
            sleeper = run(kc, "Thread.sleep(400);")
            assert sleeper.reply["status"] == "ok", sleeper.errors
        assert run(kc, "kept").value == "7"


def test_unusable_settings_are_named_in_the_first_cell_and_the_kernel_runs(tmp_path):
    with kernel_with(JGRAD_TIMEOUT="soon", JGRAD_CLASSPATH="/no/such.jar", JGRAD_COMPILER_OPTS="-Xbogus",
                     JGRAD_STARTUP_SCRIPTS_PATH=f"{tmp_path}/*.jsh",
                     JGRAD_STARTUP_SCRIPT="int broken = ;\nint fine = 3;") as kc:
        first = run(kc, "1 + 1")
        assert first.value == "2"
        for problem in ("JGRAD_TIMEOUT: 'soon' is not a duration",
                        "JGRAD_CLASSPATH: no such file or folder: /no/such.jar",
                        "JGRAD_COMPILER_OPTS:", "-Xbogus",
                        f"JGRAD_STARTUP_SCRIPTS_PATH: '{tmp_path}/*.jsh' matches no file",
                        "the startup script JGRAD_STARTUP_SCRIPT failed"):
            assert problem in first.stderr, first.stderr
        assert run(kc, "2 + 2").stderr == ""
        assert run(kc, "int z = 5; z").value == "5"
