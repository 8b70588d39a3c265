"""A fresh kernel has the imports a jshell user has (java.io, java.math, java.net, java.nio.file,
java.util.concurrent, java.util.regex, java.time) besides java.util and jgrad's packages, and the names
they share keep the meaning the README gives them."""
import pytest

from kernel_client import run


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
    assert run(kc, code).value == expected


def test_shared_names_keep_the_readme_meaning(kc):
    assert run(kc, "Function<Integer, Integer> inc = x -> x + 1;\ninc.apply(1)").value == "2"
    assert run(kc, "Function.class.getName()").value == "java.util.function.Function"
    assert run(kc, "Module.class.getName()").value == "jgrad.nn.Module"
    # the PyTorch-shaped names still mean jgrad's classes
    assert run(kc, "Tensor.class.getName()").value == "jgrad.autograd.Tensor"
    assert run(kc, "Parameter.class.getName()").value == "jgrad.nn.Parameter"
