package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one line that names the variables a cell reset, and the reasons it gives. */
class ResetNoteTest {
    @Test
    void noResetNoNote() {
        assertEquals(Optional.empty(), ResetNote.line(List.of()));
    }

    @Test
    void oneResetIsOneLine() {
        assertEquals("note: o2 was reset (its type Foo changed); run the cell that computes it again",
                ResetNote.line(List.of(new ResetNote.Reset("o2", ResetReasons.typeChanged("Foo")))).orElseThrow());
    }

    @Test
    void manyResetsNameAFewAndPointAtVars() {
        List<ResetNote.Reset> resets = new ArrayList<>();
        for (int i = 0; i < ResetNote.NAMED + 3; i++) {
            resets.add(new ResetNote.Reset("v" + i, "why"));
        }
        String line = ResetNote.line(resets).orElseThrow();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.startsWith("note: v0 was reset (why); v1 was reset (why);"), line);
        assertFalse(line.contains("v" + ResetNote.NAMED + " "), line);
        assertTrue(line.endsWith("; and 3 more (see %vars); run the cells that compute them again"), line);
    }

    @Test
    void reasonsReadAsPartOfTheNote() {
        assertEquals("its declaration uses variable b, which cannot be used now", ResetReasons.needs(List.of("variable b")));
        assertEquals("its declaration no longer compiles: incompatible types: String cannot be converted to int",
                ResetReasons.noLongerCompiles("incompatible types: java.lang.String cannot be converted to int\n  more"));
    }

    @Test
    void aTypeNamesAClassOnlyAsAWholeName() {
        assertTrue(ResetReasons.names("Foo", "Foo"));
        assertTrue(ResetReasons.names("List<Foo>", "Foo"));
        assertTrue(ResetReasons.names("Foo[]", "Foo"));
        assertTrue(ResetReasons.names("Map<String, Foo>", "Foo"));
        assertFalse(ResetReasons.names("FooBar", "Foo"));
        assertFalse(ResetReasons.names("MyFoo", "Foo"));
        assertFalse(ResetReasons.names("java.util.List<String>", "List"), "a JDK class of the same simple name");
    }
}
