package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrintTest {
    @Test
    void reprLikePyTorch() {
        assertEquals("tensor([1., 2., 3.])", Tensor.of(1, 2, 3).toString());
        assertEquals("tensor([1., 2., 3.], requires_grad=True)", Tensor.of(1, 2, 3).requiresGrad().toString());
        Tensor x = Tensor.of(1, 2, 3).requiresGrad();
        assertEquals("tensor([2., 4., 6.], grad_fn=<MulBackward>)", x.mul(2).toString());
        assertEquals("tensor(3.)", Tensor.scalar(3).toString());
        assertEquals("tensor([[1., 2.],\n        [3., 4.]])", Tensor.of(new double[][] {{1, 2}, {3, 4}}).toString());
        assertEquals("tensor([0.0900, 0.2447, 0.6652])", Tensor.of(1, 2, 3).softmax(0).toString());
        assertEquals("tensor([ 1., -2.])", Tensor.of(1, -2).toString());
        assertEquals("tensor([0.5000], dtype=torch.float64)", Tensor.of(0.5).to(DType.FLOAT64).toString());
    }

    @Test
    void threeDimensionalLayout() {
        assertEquals("tensor([[[0., 1.],\n         [2., 3.]],\n\n        [[4., 5.],\n         [6., 7.]]])",
                Tensor.arange(8).reshape(2, 2, 2).toString());
    }

    @Test
    void largeTensorIsSummarizedWithShape() {
        String s = Tensor.zeros(100, 100).toString();
        assertTrue(s.contains("..."), s);
        assertTrue(s.contains("shape=[100, 100]"), s);
        assertTrue(s.length() < 500, s);
    }

    @Test
    void htmlTable() {
        String h = Tensor.of(new double[][] {{1, 2}, {3, 4}}).toHtml();
        assertTrue(h.startsWith("<table"), h);
        assertTrue(h.contains("<td>4.</td>"), h);
        assertTrue(h.contains("[2, 2]"), h);
        assertEquals(2, h.split("<tr>", -1).length - 1, h);
    }
}
