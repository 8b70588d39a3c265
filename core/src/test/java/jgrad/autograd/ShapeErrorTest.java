package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShapeErrorTest {
    private static String msg(Runnable r) {
        return assertThrows(RuntimeException.class, r::run).getMessage();
    }

    @Test
    void matmulNamesBothShapes() {
        assertEquals("matmul: shapes [2, 3] and [4, 5] are not aligned (3 != 4)",
                msg(() -> Tensor.zeros(2, 3).matmul(Tensor.zeros(4, 5))));
    }

    @Test
    void broadcastNamesOpAndShapes() {
        String m = msg(() -> Tensor.zeros(2, 3).add(Tensor.zeros(4)));
        assertTrue(m.startsWith("add:") && m.contains("[2, 3]") && m.contains("[4]"), m);
        m = msg(() -> Tensor.zeros(2, 3).mul(Tensor.zeros(2)));
        assertTrue(m.startsWith("mul:") && m.contains("[2, 3]") && m.contains("[2]"), m);
        m = msg(() -> Tensor.zeros(3).div(Tensor.zeros(2)));
        assertTrue(m.startsWith("div:") && m.contains("[3]") && m.contains("[2]"), m);
    }

    @Test
    void reshapeAndDims() {
        String m = msg(() -> Tensor.zeros(2, 3).reshape(4, 2));
        assertTrue(m.startsWith("reshape:") && m.contains("[4, 2]") && m.contains("[2, 3]"), m);
        m = msg(() -> Tensor.zeros(2, 3).sum(2));
        assertTrue(m.startsWith("sum:") && m.contains("dimension 2") && m.contains("[2, 3]"), m);
        m = msg(() -> Tensor.zeros(2, 3).softmax(-3));
        assertTrue(m.startsWith("softmax:") && m.contains("-3") && m.contains("[2, 3]"), m);
        m = msg(() -> Tensor.zeros(2, 3).get(2));
        assertTrue(m.startsWith("get:") && m.contains("[2, 3]"), m);
        m = msg(() -> Tensor.zeros(2).expand(3));
        assertTrue(m.startsWith("expand:") && m.contains("[2]") && m.contains("[3]"), m);
        m = msg(() -> Tensor.zeros(2, 2).item());
        assertTrue(m.startsWith("item:") && m.contains("[2, 2]"), m);
    }
}
