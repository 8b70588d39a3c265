package jgrad.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MagicArgsTest {
    private static final String TRACK = "%%track [--every N] [--grads MODEL] [--log-y] [--smooth A]";

    @Test
    void optionsFlagsAndPositionals() {
        MagicArgs a = MagicArgs.parse(TRACK, List.of("--every", "5", "--log-y", "--smooth", "0.9"), 0, 0);
        assertEquals(5, a.intOption("--every", 1));
        assertEquals(0.9, a.doubleOption("--smooth", 0));
        assertTrue(a.flag("--log-y"));
        assertEquals("fallback", a.option("--grads", "fallback"));
        assertFalse(MagicArgs.wantsHelp(List.of("--every", "5")));
        assertTrue(MagicArgs.wantsHelp(List.of("--help")));
    }

    @Test
    void lastPositionalWithDotsTakesTheRestOfTheLine() {
        MagicArgs a = MagicArgs.parse("%plot F... [--from A] [--to B]",
                List.of("x", "->", "x.tanh()", "--from", "-3"), 1, 1);
        assertEquals("x -> x.tanh()", a.positional(0));
        assertEquals(-3.0, a.doubleOption("--from", 0));
    }

    @Test
    void errorsAreOneLineAndQuoteTheUsage() {
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> MagicArgs.parse(TRACK, List.of("--bogus"), 0, 0));
        assertEquals("%%track: unknown option --bogus. Usage: " + TRACK, e.getMessage());
        assertThrows(MagicUsageException.class, () -> MagicArgs.parse(TRACK, List.of("--every"), 0, 0));
        assertThrows(MagicUsageException.class, () -> MagicArgs.parse("%gradflow MODEL", List.of(), 1, 1));
        assertThrows(MagicUsageException.class, () -> MagicArgs.parse("%gradflow MODEL", List.of("a", "b"), 1, 1));
        MagicArgs a = MagicArgs.parse(TRACK, List.of("--every", "x"), 0, 0);
        assertThrows(MagicUsageException.class, () -> a.intOption("--every", 1));
    }
}
