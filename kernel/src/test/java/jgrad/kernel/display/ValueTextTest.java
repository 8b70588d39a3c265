package jgrad.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ValueTextTest {
    /** A list of a billion elements that exist only when read: its text must read only the few shown. */
    private static final class Counting extends AbstractList<Integer> {
        int reads;

        @Override
        public Integer get(int index) {
            reads++;
            return index;
        }

        @Override
        public int size() {
            return 1_000_000_000;
        }
    }

    @Test
    void shortCollectionsAndMapsReadAsTheirToString() {
        assertEquals("[1, 2, 3]", ValueText.of(List.of(1, 2, 3)));
        assertEquals("[]", ValueText.of(new ArrayList<>()));
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", 2);
        assertEquals(m.toString(), ValueText.of(m));
        assertEquals("[a, b]", ValueText.of(new TreeSet<>(List.of("b", "a"))));
    }

    @Test
    void longListsShowTheirEdgesAndSizeReadingOnlyThose() {
        Counting huge = new Counting();
        assertEquals("[0, 1, 2, ..., 999999997, 999999998, 999999999] (Counting of 1000000000 elements)",
                ValueText.of(huge));
        assertTrue(huge.reads <= 6, "read " + huge.reads + " elements");
        LinkedList<Integer> linked = new LinkedList<>(Collections.nCopies(5000, 1));
        assertEquals("[1, 1, 1, ..., 1, 1, 1] (LinkedList of 5000 elements)", ValueText.of(linked));
    }

    @Test
    void longSetsAndMapsShowTheirFirstItemsAndSize() {
        TreeSet<Integer> set = new TreeSet<>();
        Map<Integer, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < 2000; i++) {
            set.add(i);
            map.put(i, -i);
        }
        assertEquals("[0, 1, 2, ...] (TreeSet of 2000 elements)", ValueText.of(set));
        assertEquals("{0=0, 1=-1, 2=-2, ...} (LinkedHashMap of 2000 entries)", ValueText.of(map));
    }

    @Test
    void longTextIsCutWithItsLength() {
        String text = ValueText.of("ab".repeat(100_000));
        assertTrue(text.startsWith("abab"));
        assertTrue(text.endsWith("... [200000 characters in all; the first 100000 shown]"), text);
        assertEquals(ValueText.MAX_CHARS, text.indexOf("... ["));
        StringBuilder sb = new StringBuilder("x".repeat(300_000));
        assertTrue(ValueText.of(sb).endsWith("[300000 characters in all; the first 100000 shown]"));
        Object chatty = new Object() {
            @Override
            public String toString() {
                return "y".repeat(500_000);
            }
        };
        assertTrue(ValueText.of(chatty).endsWith("[500000 characters in all; the first 100000 shown]"));
    }

    @Test
    void manyLongElementsStayWithinTheBudget() {
        List<String> words = new ArrayList<>(Collections.nCopies(900, "w".repeat(50_000)));
        assertTrue(ValueText.of(words).length() < ValueText.MAX_CHARS + 20_000);
    }

    @Test
    void selfReferencesAndThrowingToStringAreNamed() {
        List<Object> self = new ArrayList<>();
        self.add(self);
        assertEquals("[(this Collection)]", ValueText.of(self));
        Object broken = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no");
            }
        };
        assertTrue(ValueText.of(broken).endsWith("[toString() threw java.lang.IllegalStateException]"));
        assertTrue(ValueText.of(broken).startsWith("anonymous Object@"), ValueText.of(broken));
    }

    @Test
    void briefDescriptionsRunNoUserCode() {
        assertEquals("float[4000000]", ValueText.brief(new float[4_000_000]));
        assertEquals("int[3][]", ValueText.brief(new int[3][4]));
        assertEquals("String of 3 characters", ValueText.brief("abc"));
        assertEquals("ArrayList of 2 elements", ValueText.brief(new ArrayList<>(List.of(1, 2))));
        assertEquals("null", ValueText.brief(null));
        Object noisy = new Object() {
            @Override
            public String toString() {
                throw new AssertionError("brief() must not call toString()");
            }
        };
        assertEquals("anonymous Object", ValueText.brief(noisy));
    }
}
