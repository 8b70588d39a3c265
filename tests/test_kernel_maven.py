"""%maven resolves an artifact with its transitive dependencies from Maven Central into the session.
Skipped only when Maven Central cannot be reached."""
import os
import urllib.error
import urllib.request

import pytest

from kernel_client import run, start_kernel

CENTRAL = "https://repo.maven.apache.org/maven2/"


def central_reachable():
    try:
        urllib.request.urlopen(CENTRAL, timeout=10).close()
        return True
    except urllib.error.HTTPError:  # the server answered
        return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(not central_reachable(), reason="Maven Central is unreachable")


@pytest.fixture(scope="module")
def kc(tmp_path_factory):
    # a private local repository, so the test really downloads and never touches ~/.m2
    os.environ["JGRAD_MAVEN_REPO"] = str(tmp_path_factory.mktemp("m2"))
    try:
        km, client = start_kernel()
    finally:
        del os.environ["JGRAD_MAVEN_REPO"]
    yield client
    client.stop_channels()
    km.shutdown_kernel(now=True)


def test_class_is_missing_before_maven(kc):
    cell = run(kc, 'org.apache.commons.text.WordUtils.capitalize("x")')
    assert cell.errors and cell.errors[0]["ename"] == "CompilationException"


def test_maven_adds_the_artifact_and_its_dependencies(kc):
    cell = run(kc, "%maven org.apache.commons:commons-text:1.12.0", timeout=180)
    assert cell.reply["status"] == "ok", cell.errors
    assert "Added org.apache.commons:commons-text:1.12.0" in cell.stdout
    text = run(kc, 'org.apache.commons.text.WordUtils.capitalize("hello maven")')
    assert text.results == ["Hello Maven"]
    # commons-lang3 came in only as commons-text's transitive dependency
    lang = run(kc, 'org.apache.commons.lang3.StringUtils.reverse("abc")')
    assert lang.results == ["cba"]


def test_bad_coordinates_name_the_problem(kc):
    cell = run(kc, "%maven not-a-coordinate")
    assert cell.reply["status"] == "error"
    assert "group:artifact:version" in cell.errors[0]["evalue"]


def test_unknown_artifact_is_an_error_not_a_crash(kc):
    cell = run(kc, "%maven org.example.jgrad:no-such-artifact:0.0.1", timeout=180)
    assert cell.reply["status"] == "error"
    assert run(kc, "1 + 1").results == ["2"]
