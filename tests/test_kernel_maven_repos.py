"""%mavenRepo, %maven with several coordinates, and %%loadFromPOM against repositories this test
builds itself: a file:// repository on disk and an HTTP one on 127.0.0.1, holding tiny jars compiled
here. The kernel's local repository is private to the test, so nothing is cached from an earlier run
and ~/.m2 is never touched. Failures name the artifact and every repository searched, and the
kernel keeps its variables."""
import os

import pytest

from kernel_client import STARTUP_TIMEOUT, run, start_kernel
from maven_test_repo import http_repository, publish

RESOLVE_TIMEOUT = 180  # a missing artifact is looked for in every repository, Maven Central last

WORDS = {"demo/words/Words.java": "package demo.words;\n"
                                  "public class Words { public static String hello() { return \"hello\"; } }\n"}
GREETER = {"demo/greeter/Greeter.java": "package demo.greeter;\n"
                                        "public class Greeter { public static String greet(String who) {\n"
                                        "  return demo.words.Words.hello() + \", \" + who; } }\n"}
SHOUT = {"demo/shout/Shout.java": "package demo.shout;\n"
                                  "public class Shout { public static String loud(String s) {\n"
                                  "  return s.toUpperCase() + \"!\"; } }\n"}
COUNT = {"demo/count/Count.java": "package demo.count;\n"
                                  "public class Count { public static int letters(String s) { return s.length(); } }\n"}
FROMPOM = {"demo/frompom/FromPom.java": "package demo.frompom;\n"
                                        "public class FromPom { public static String where() { return \"pom\"; } }\n"}


@pytest.fixture(scope="module")
def repos(tmp_path_factory):
    """(file:// URL of the disk repository, HTTP base URL, paths the HTTP server was asked for)."""
    root = tmp_path_factory.mktemp("repos")
    files, web, pomrepo = root / "files", root / "served" / "web", root / "served" / "pomrepo"
    words = publish(files, "demo", "words", "1.0", WORDS)
    publish(files, "demo", "greeter", "1.0", GREETER, dependencies=[("demo", "words", "1.0")], classpath=[words])
    publish(web, "demo", "shout", "1.0", SHOUT)
    publish(web, "demo", "count", "2.0", COUNT)
    publish(pomrepo, "demo", "frompom", "3.1", FROMPOM)
    with http_repository(root / "served") as (base, requested):
        yield files.as_uri() + "/", base, requested


@pytest.fixture(scope="module")
def local_repo(tmp_path_factory):
    return tmp_path_factory.mktemp("m2")


@pytest.fixture(scope="module")
def kc(repos, local_repo):
    env = dict(os.environ, JGRAD_MAVEN_REPO=str(local_repo))
    km, client = start_kernel(STARTUP_TIMEOUT, env=env)
    yield client
    client.stop_channels()
    km.shutdown_kernel(now=True)


def test_file_repository_serves_an_artifact_and_its_dependency(kc, repos, local_repo):
    files, _, _ = repos
    cell = run(kc, f"%mavenRepo files {files}")
    assert cell.reply["status"] == "ok", cell.errors
    assert f"Added repository files ({files}); search order: files, central" in cell.stdout
    cell = run(kc, "%maven demo:greeter:1.0", RESOLVE_TIMEOUT)
    assert cell.reply["status"] == "ok", cell.errors
    assert "Added demo:greeter:1.0 (2 jars)" in cell.stdout
    assert (local_repo / "demo" / "greeter" / "1.0" / "greeter-1.0.jar").exists(), "cached in JGRAD_MAVEN_REPO"
    assert run(kc, 'demo.greeter.Greeter.greet("notebook")').value == 'hello, notebook'
    assert run(kc, "demo.words.Words.hello()").value == 'hello'  # the transitive dependency


def test_http_repository_serves_several_coordinates_at_once(kc, repos):
    _, base, requested = repos
    assert run(kc, f"%mavenRepo web {base}web/").reply["status"] == "ok"
    cell = run(kc, "%maven demo:shout:1.0 demo:count:2.0", RESOLVE_TIMEOUT)
    assert cell.reply["status"] == "ok", cell.errors
    assert "Added demo:shout:1.0 (1 jar)" in cell.stdout and "Added demo:count:2.0 (1 jar)" in cell.stdout
    assert "/web/demo/shout/1.0/shout-1.0.jar" in requested, requested
    assert run(kc, 'demo.shout.Shout.loud("hi") + demo.count.Count.letters("four")').value == 'HI!4'


def test_mavenrepo_without_arguments_lists_the_search_order(kc, repos):
    files, base, _ = repos
    cell = run(kc, "%mavenRepo")
    listing = cell.results[-1] if cell.results else cell.stdout
    lines = [line.split() for line in listing.strip("'\"").replace("\\n", "\n").splitlines()]
    assert [line[0] for line in lines] == ["files", "web", "central"], listing


def test_load_from_pom_uses_its_repositories_and_properties(kc, repos):
    _, base, requested = repos
    code = f"""%%loadFromPOM
<properties><frompom.version>3.1</frompom.version></properties>
<repositories>
  <repository><id>pomrepo</id><url>{base}pomrepo/</url></repository>
</repositories>
<dependencies>
  <dependency>
    <groupId>demo</groupId><artifactId>frompom</artifactId><version>${{frompom.version}}</version>
  </dependency>
</dependencies>"""
    cell = run(kc, code, RESOLVE_TIMEOUT)
    assert cell.reply["status"] == "ok", cell.errors
    assert "Added demo:frompom:3.1 (1 jar)" in cell.stdout
    assert "/pomrepo/demo/frompom/3.1/frompom-3.1.jar" in requested
    assert run(kc, "demo.frompom.FromPom.where()").value == 'pom'


def test_load_from_pom_takes_a_whole_project(kc):
    code = """%%loadFromPOM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>me</groupId><artifactId>notebook</artifactId><version>1</version>
  <dependencyManagement><dependencies>
    <dependency><groupId>demo</groupId><artifactId>shout</artifactId><version>1.0</version></dependency>
  </dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>demo</groupId><artifactId>shout</artifactId></dependency>
  </dependencies>
</project>"""
    cell = run(kc, code, RESOLVE_TIMEOUT)
    assert cell.reply["status"] == "ok", cell.errors
    assert "Added demo:shout:1.0 (1 jar)" in cell.stdout


def test_a_missing_artifact_names_it_and_every_repository_searched(kc, repos):
    files, base, _ = repos
    assert run(kc, "int kept = 41; kept + 1").value == "42"
    cell = run(kc, "%maven demo:greeter:1.0 demo:missing:9.9", RESOLVE_TIMEOUT)
    assert cell.reply["status"] == "error"
    message = cell.errors[0]["evalue"]
    assert "demo:missing:jar:9.9" in message, message
    for repo in (f"files ({files})", f"web ({base}web/)", "central (https://repo.maven.apache.org/maven2/)"):
        assert repo in message, message
    assert run(kc, "kept").value == "41", "the kernel keeps running with its variables"


def test_a_missing_dependency_of_a_pom_names_it_and_central_is_searched_last(kc, repos):
    files, base, _ = repos
    code = ("%%loadFromPOM\n<dependency><groupId>demo</groupId><artifactId>absent</artifactId>"
            "<version>1</version></dependency>"
            f"<repository><id>extra</id><url>{base}nothing-here/</url></repository>")
    cell = run(kc, code, RESOLVE_TIMEOUT)
    assert cell.reply["status"] == "error"
    message = cell.errors[0]["evalue"]
    assert "demo:absent:jar:1" in message, message
    assert (f"repositories searched: extra ({base}nothing-here/), files ({files}), web ({base}web/), "
            "central (https://repo.maven.apache.org/maven2/)") in message, message


@pytest.mark.parametrize("code, problem", [
    ("%%loadFromPOM\n<dependencies><dependency>", "not well-formed XML"),
    ("%%loadFromPOM\n<dependency><groupId>demo</groupId><artifactId>shout</artifactId></dependency>",
     "version"),
    ("%%loadFromPOM\n", "the cell is empty"),
    ("%mavenRepo web ftp://example.org/repo", "http://, https:// or file://"),
    ("%mavenRepo bad/id http://127.0.0.1/", "repository id"),
    ("%maven demo", "group:artifact:version"),
])
def test_bad_input_gets_an_error_naming_the_problem(kc, code, problem):
    cell = run(kc, code, RESOLVE_TIMEOUT)
    assert cell.reply["status"] == "error"
    assert problem in cell.errors[0]["evalue"], cell.errors[0]
    assert run(kc, "1 + 1").value == "2"


@pytest.mark.parametrize("magic", ["%mavenRepo", "%%loadFromPOM", "%maven"])
def test_each_maven_magic_prints_its_usage_on_help(kc, magic):
    cell = run(kc, f"{magic} --help" + ("\n" if magic.startswith("%%") else ""))
    assert cell.reply["status"] == "ok", cell.errors
    assert cell.stdout.startswith(f"Usage: {magic}"), cell.stdout
