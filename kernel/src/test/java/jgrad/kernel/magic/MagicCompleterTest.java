package jgrad.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MagicCompleterTest {
    private static final MagicCompleter.Completion NO_JAVA = new MagicCompleter.Completion(List.of(), 0, 0);

    private static MagicCompleter completer() {
        MagicCompleter c = new MagicCompleter();
        c.add(new MagicCommand("%gradflow MODEL", "", 1, 1, (a, b) -> null));
        c.add(new MagicCommand("%gradhist MODEL", "", 1, 1, (a, b) -> null));
        c.add(new MagicCommand("%%track [--every N] [--grads MODEL] [--log-y] [--smooth A]", "", 0, 0, (a, b) -> null));
        c.add(new MagicCommand("%%time", "", 0, 0, (a, b) -> null));
        c.add(new MagicCommand("%time EXPR...", "", 1, 1, (a, b) -> null));
        return c;
    }

    @Test
    void completesMagicNames() {
        var r = completer().complete("%gradf", 6, (e, i) -> NO_JAVA).orElseThrow();
        assertEquals(List.of("%gradflow"), r.matches());
        assertEquals(0, r.start());
        assertEquals(6, r.end());
        assertEquals(List.of("%gradflow", "%gradhist"), completer().complete("%grad", 5, (e, i) -> NO_JAVA).orElseThrow().matches());
    }

    @Test
    void cellMagicsCompleteAfterTwoPercentSigns() {
        assertEquals(List.of("%%time", "%%track"), completer().complete("%%t", 3, (e, i) -> NO_JAVA).orElseThrow().matches());
        assertEquals(List.of("%%time", "%%track", "%time"), completer().complete("%", 1, (e, i) -> NO_JAVA).orElseThrow().matches()
                .stream().filter(n -> n.startsWith("%t") || n.startsWith("%%t")).toList());
    }

    @Test
    void completesOptionsFromTheUsageLine() {
        String code = "%%track --every 5 --g";
        var r = completer().complete(code, code.length(), (e, i) -> NO_JAVA).orElseThrow();
        assertEquals(List.of("--grads"), r.matches());
        assertEquals(code.length() - 3, r.start());
        var all = completer().complete("%%track --", 10, (e, i) -> NO_JAVA).orElseThrow().matches();
        assertEquals(List.of("--every", "--grads", "--log-y", "--smooth", "--help"), all);
    }

    @Test
    void argumentsCompleteAsJava() {
        String code = "x = 1;\n%gradflow mod";
        var r = completer().complete(code, code.length(), (expr, at) -> {
            assertEquals("mod", expr);
            return new MagicCompleter.Completion(List.of("model", "modelB"), 0, at);
        }).orElseThrow();
        assertEquals(List.of("model", "modelB"), r.matches());
        assertEquals(code.indexOf("mod"), r.start());
    }

    @Test
    void javaLinesAreLeftToJShell() {
        assertTrue(completer().complete("Tensor.ze", 9, (e, i) -> NO_JAVA).isEmpty());
        assertTrue(completer().complete("%gradflow m\nTensor.ze", 21, (e, i) -> NO_JAVA).isEmpty());
    }
}
