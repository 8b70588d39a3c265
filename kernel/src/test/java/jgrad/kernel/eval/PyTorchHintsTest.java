package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compile errors from PyTorch habits get a hint line after javac's message; other errors are unchanged. */
class PyTorchHintsTest {
    private static CodeEvaluator eval;

    @BeforeAll
    static void start() throws Exception {
        eval = new CodeEvaluator();
        eval.eval("var hx = Tensor.of(1, 2).requiresGrad(); var hopt = new SGD(List.of(hx), 0.1);");
    }

    @AfterAll
    static void stop() {
        eval.close();
    }

    private static List<String> errorOf(String code) {
        return assertThrows(CompilationException.class, () -> eval.eval(code)).lines();
    }

    @Test
    void aTensorAttributeReadAsAFieldNamesItsMethod() {
        List<String> lines = errorOf("hx.grad");
        assertEquals(List.of("hx.grad", "error: grad has private access in jgrad.autograd.Tensor",
                "hint: grad is read through a method in jgrad: use hx.grad()"), lines);
        assertTrue(errorOf("var s = hx.shape;").contains("hint: shape is read through a method in jgrad: use hx.shape()"));
        assertTrue(errorOf("hx.requires_grad").contains("hint: PyTorch's .requires_grad is hx.isRequiresGrad() in jgrad"),
                errorOf("hx.requires_grad").toString());
        assertTrue(errorOf("hx.T").contains("hint: PyTorch's .T is hx.t() in jgrad"));
    }

    @Test
    void snakeCaseNamesGetTheirCamelCaseSpelling() {
        assertTrue(errorOf("hopt.zero_grad();").contains("hint: jgrad spells PyTorch's zero_grad in camelCase: hopt.zeroGrad()"));
        assertTrue(errorOf("hx.log_softmax(0)").contains("hint: jgrad spells PyTorch's log_softmax in camelCase: hx.logSoftmax(0)"));
        assertTrue(errorOf("hx.requires_grad_()").contains("hint: jgrad spells PyTorch's requires_grad_ in camelCase: hx.requiresGrad_()"));
    }

    @Test
    void otherErrorsGetNoHint() {
        assertEquals(2, errorOf("int a = \"text\";").size());
        assertEquals(2, errorOf("hx.no_such_method()").size(), "no camelCase method of that name: no guess");
        assertEquals(2, errorOf("undefinedName.grad").size());
        HintFacts none = new HintFacts("v.secret", name -> Optional.empty());
        assertEquals(Optional.empty(), PyTorchHints.hint(
                new CompileError("compiler.err.report.access", "secret has private access in Vault", "v.secret", 0, 8), none));
    }

    @Test
    void camelCaseKeepsTheInPlaceUnderscore() {
        assertEquals("zeroGrad", HintFacts.camelCase("zero_grad"));
        assertEquals("requiresGrad_", HintFacts.camelCase("requires_grad_"));
        assertEquals("kaimingNormal_", HintFacts.camelCase("kaiming_normal_"));
        assertEquals("item", HintFacts.camelCase("item"));
    }

    @Test
    void aTableRowIsFiveColumnsAndItsMacrosAreDefined() {
        HintTable table = HintTable.parse("# comment\n@setup int s = 1;\n@define W \\w+\n"
                + "foo_bar()\tfooBar()\tmethod (?<name>%W%)\t\tsay ${name/_b/B}()\n");
        assertEquals("int s = 1;", table.setup);
        HintRule rule = table.rules.get(0);
        assertEquals("method (?<name>\\w+)", rule.error().pattern());
        CompileError error = new CompileError("c", "cannot find symbol: method foo_bar()", "foo_bar()", 0, 7);
        assertEquals(Optional.of("say fooBar()"), rule.apply(error, new HintFacts("foo_bar()", n -> Optional.empty())));
        assertTrue(rule.couldHaveWritten("say anything()"));
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class, () -> HintTable.parse("a\tb\n"));
        assertTrue(columns.getMessage().contains("line 1: expected 5 tab-separated columns, got 2"), columns.getMessage());
        IllegalArgumentException macro = assertThrows(IllegalArgumentException.class,
                () -> HintTable.parse("a\tb\t%NOPE%\t\th\n"));
        assertTrue(macro.getMessage().contains("%NOPE% is not defined"), macro.getMessage());
    }
}
