package jgrad.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Murmur2Test {
    /** Hashes JupyterLab's debugger computes for the same text and seed (its murmur2, run in node). */
    @Test
    void matchesTheFrontEndsHashOfACell() {
        String[][] cases = {
            {"", "3990065800"}, {"a", "2167009006"}, {"ab", "2805137849"}, {"abc", "3350977461"},
            {"var x = 1;", "3444436925"},
            {"for (int i = 0; i < 3; i++) {\n  System.out.println(i);\n}", "1988132357"},
            {"héllo ∑", "2076660107"},
        };
        for (String[] c : cases) {
            int h = Murmur2.hash(c[0].getBytes(StandardCharsets.UTF_8), (int) DebugRequests.HASH_SEED);
            assertEquals(c[1], Integer.toUnsignedString(h), c[0]);
        }
    }
}
