"""A fresh kernel has the imports a jshell user has (java.io, java.math, java.net, java.nio.file,
java.util.concurrent, java.util.regex, java.time) besides java.util and jgrad's packages, and the names
they share keep the meaning the README gives them."""
import pytest

from kernel_client import execute, started_kernel


@pytest.fixture(scope="module")
def kc():
    gen = started_kernel(90)
    _, client = next(gen)
    yield client
    next(gen, None)


def value(kc, code):
    reply, msgs = execute(kc, code)
    errors = [m["content"]["evalue"] for m in msgs if m["msg_type"] == "error"]
    assert reply["status"] == "ok", errors
    [result] = [m["content"]["data"]["text/plain"] for m in msgs if m["msg_type"] == "execute_result"]
    return result


@pytest.mark.parametrize("code,expected", [
    ('new BigDecimal("1.10").add(BigDecimal.ONE)', "2.10"),
    ('new File("a/b.txt").getName()', "b.txt"),
    ('Pattern.compile("a+").matcher("caaat").find()', "true"),
    ('new ConcurrentHashMap<String, Integer>(Map.of("k", 1))', "{k=1}"),
    ('LocalDate.of(2024, 2, 28).plusDays(1)', "2024-02-29"),
    ('Files.exists(Path.of("/definitely/not/here"))', "false"),
    ('URI.create("https://example.org/x").getPath()', "/x"),
    ('TimeUnit.SECONDS.toMillis(2)', "2000"),
    ('Duration.ofMinutes(90)', "PT1H30M"),
    ('new StringReader("r").getClass().getSimpleName()', "StringReader"),
])
def test_jshell_default_packages_resolve(kc, code, expected):
    assert value(kc, code) == expected


def test_shared_names_keep_the_readme_meaning(kc):
    assert value(kc, "Function<Integer, Integer> inc = x -> x + 1;\ninc.apply(1)") == "2"
    assert value(kc, "Function.class.getName()") == "java.util.function.Function"
    assert value(kc, "Module.class.getName()") == "jgrad.nn.Module"
    # the PyTorch-shaped names still mean jgrad's classes
    assert value(kc, "Tensor.class.getName()") == "jgrad.autograd.Tensor"
    assert value(kc, "Parameter.class.getName()") == "jgrad.nn.Parameter"
