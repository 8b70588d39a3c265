package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compile errors name no JShell scaffolding, repeat nothing, and stop at the first syntax error. */
class CompileErrorsTest {
    private static CodeEvaluator eval;

    @BeforeAll
    static void start() throws Exception {
        eval = new CodeEvaluator();
        eval.eval("var ceX = Tensor.randn(2, 2); var ceLoader = new DataLoader(new TensorDataset(ceX, Tensor.of(0, 1)), 1);");
    }

    @AfterAll
    static void stop() {
        eval.close();
    }

    private static List<String> errorOf(String code) {
        return assertThrows(CompilationException.class, () -> eval.eval(code)).lines();
    }

    @Test
    void anUnknownNameHasNoNamelessLocation() {
        assertEquals(List.of("undefinedThing + 1", "error: cannot find symbol\n  symbol:   variable undefinedThing"),
                errorOf("undefinedThing + 1"));
        List<String> member = errorOf("ceX.nosuch");
        assertTrue(member.get(1).endsWith("location: variable ceX of type jgrad.autograd.Tensor"), member.toString());
    }

    @Test
    void messagesNameNoWrapperClassOrMethod() throws Exception {
        eval.eval("void ceHelper() { }");
        assertEquals("error: method ceHelper cannot be applied to given types;\n  required: no arguments\n  found:    int\n"
                + "  reason: actual and formal argument lists differ in length", errorOf("ceHelper(1)").get(1));
        assertEquals("error: variable i is already defined",
                errorOf("for (int i = 0; i < 3; i++) { int i = 2; }").get(1));
        assertEquals("method g cannot be applied", CompileErrors.message("method g in class  cannot be applied"));
        assertEquals("cannot return a value from method whose result type is void",
                CompileErrors.message("cannot return a value from method whose result type is void"));
        assertEquals("incompatible types: Point cannot be converted to int",
                CompileErrors.message("incompatible types: REPL.$JShell$13$Point cannot be converted to int"));
    }

    @Test
    void anErrorRepeatedOnALineIsShownOnce() {
        List<String> lines = errorOf("var ceNet = nn.Sequential(nn.Linear(4, 2), nn.ReLU(), nn.Linear(2, 1));");
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("hint: jgrad's layers and optimizers are classes: new Sequential(new Linear(4, 2), new ReLU(), new Linear(2, 1))",
                lines.get(2));
    }

    @Test
    void onlyTheFirstSyntaxErrorIsShown() {
        List<String> lines = errorOf("for xb, yb in ceLoader:\n    pass");
        assertEquals(List.of("for xb, yb in ceLoader:", "error: '(' expected",
                "hint: Java has no tuple unpacking: for (var batch : ceLoader) { ... } reads batch.inputs() and batch.targets()"),
                lines);
    }

    @Test
    void aBracketSplitInTheWrongPlaceGivesNoHint() {
        assertTrue(HintRule.balanced("f(a, g(b)[0], \"(\")"));
        assertFalse(HintRule.balanced("x.sum("));
        assertFalse(HintRule.balanced("4, 2).to(device"));
        assertFalse(HintRule.balanced("a]"));
    }
}
