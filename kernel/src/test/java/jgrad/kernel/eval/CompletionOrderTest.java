package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletionOrderTest {
    private static final List<String> TENSOR = List.of("abs()", "equals(", "getClass()", "hashCode()", "notify()",
            "notifyAll()", "storage()", "sum(", "toString()", "view(", "wait(");

    @Test
    void theApiComesFirstThenEqualsAndToStringWhileInternalsAndObjectPlumbingAreLeftOut() {
        assertEquals(List.of("abs()", "sum(", "view(", "equals(", "toString()"),
                CompletionOrder.arrange(TENSOR, "", Set.of("storage")));
    }

    @Test
    void aTypedPrefixStillReachesWhatIsLeftOutAfterTheRest() {
        assertEquals(List.of("hashCode()"), CompletionOrder.arrange(List.of("hashCode()"), "ha", Set.of()));
        assertEquals(List.of("sum(", "storage()"), CompletionOrder.arrange(List.of("storage()", "sum("), "s", Set.of("storage")));
    }

    @Test
    void withoutInternalsOnlyObjectsPlumbingMoves() {
        assertEquals(List.of("abs()", "storage()", "sum(", "view(", "equals(", "toString()"),
                CompletionOrder.arrange(TENSOR, "", Set.of()));
    }

    @Test
    void theReceiverIsTheExpressionRightBeforeTheDot() {
        assertEquals("x", receiver("x."));
        assertEquals("x", receiver("var y = x."));
        assertEquals("x", receiver("Math.max(1, x."));
        assertEquals("x.sum(0).view(2, -1)", receiver("y = x.sum(0).view(2, -1)."));
        assertEquals("xs[i]", receiver("foo(xs[i]."));
        assertEquals("new Linear(2, 3)", receiver("var l = new Linear(2, 3)."));
        assertEquals("\"abc\"", receiver("\"abc\"."));
        assertEquals("jgrad.autograd.Tensor", receiver("jgrad.autograd.Tensor."));
        assertEquals("x", receiver("renew x."), "only the keyword new belongs to the receiver");
        assertEquals(-1, CompletionOrder.receiverStart("1 + .", 4));
        assertEquals(-1, CompletionOrder.receiverStart("f(a)).", 5));
    }

    private static String receiver(String code) {
        int dot = code.length() - 1;
        int start = CompletionOrder.receiverStart(code, dot);
        return start < 0 ? null : code.substring(start, dot);
    }
}
