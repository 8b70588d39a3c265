package jgrad.autograd;

import static jgrad.autograd.Checks.close;
import static jgrad.autograd.Checks.gradOk;
import static jgrad.autograd.Checks.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewOpsTest {
    private final Tensor m = Tensor.arange(6).reshape(2, 3);

    @BeforeEach
    void seed() { Tensor.manualSeed(9); }

    @Test
    void transposeIsAView() {
        Tensor t = m.t();
        assertArrayEquals(new int[] {3, 2}, t.shape());
        assertFalse(t.isContiguous());
        close(new double[] {0, 3, 1, 4, 2, 5}, t, 0);
        close(new double[] {0, 3, 1, 4, 2, 5}, m.transpose(0, -1), 0);
        assertThrows(IllegalStateException.class, () -> t.view(6));
        close(new double[] {0, 3, 1, 4, 2, 5}, t.reshape(6), 0);
    }

    @Test
    void reshapeViewFlattenSqueeze() {
        assertArrayEquals(new int[] {3, 2}, m.reshape(3, -1).shape());
        assertArrayEquals(new int[] {6}, m.view(-1).shape());
        assertArrayEquals(new int[] {6}, m.flatten().shape());
        Tensor u = m.unsqueeze(0).unsqueeze(-1);
        assertArrayEquals(new int[] {1, 2, 3, 1}, u.shape());
        assertArrayEquals(new int[] {2, 3}, u.squeeze().shape());
        assertArrayEquals(new int[] {2, 3, 1}, u.squeeze(0).shape());
        assertArrayEquals(new int[] {1, 2, 3, 1}, u.squeeze(1).shape());
    }

    @Test
    void permute() {
        Tensor x = Tensor.arange(24).reshape(2, 3, 4);
        Tensor p = x.permute(2, 0, 1);
        assertArrayEquals(new int[] {4, 2, 3}, p.shape());
        assertEquals(x.get(1, 2, 3).item(), p.get(3, 1, 2).item());
        assertEquals(x.get(0, 1, 2).item(), p.get(-2, 0, -2).item());
        gradOk(a -> a[0].permute(2, 0, 1).mul(a[0].permute(2, 0, 1)), uniform(-1, 1, 2, 3, 4));
    }

    @Test
    void viewGradients() {
        Tensor x = uniform(-1, 1, 2, 3);
        gradOk(a -> a[0].reshape(3, 2).exp(), x);
        gradOk(a -> a[0].t().exp(), x);
        gradOk(a -> a[0].transpose(0, 1).mul(a[0].t()), x);
        gradOk(a -> a[0].unsqueeze(1).squeeze(1).flatten(), x);
        gradOk(a -> a[0].t().reshape(6).tanh(), x);
        gradOk(a -> a[0].expand(4, 2, 3).sin(), x);
    }

    @Test
    void indexing() {
        assertEquals(4, m.get(1, 1).item());
        close(new double[] {3, 4, 5}, m.get(1), 0);
        close(new double[] {3, 4, 5}, m.get(-1), 0);
        close(new double[] {1, 4}, m.t().get(1), 0);
        gradOk(a -> a[0].get(1).mul(a[0].get(0)), uniform(-1, 1, 2, 3));
        gradOk(a -> a[0].t().get(2), uniform(-1, 1, 2, 3));
        Tensor x = Tensor.zeros(2, 2).requiresGrad();
        x.get(1, 0).mul(3).backward();
        close(new double[] {0, 0, 3, 0}, x.grad(), 0);
    }
}
