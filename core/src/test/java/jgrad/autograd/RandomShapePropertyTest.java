package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Gradients checked against finite differences on random shapes, broadcast partners, dims and slices (seeded). */
class RandomShapePropertyTest {
    private static final int TRIALS = 40;
    private final Random rnd = new Random(42);

    private int[] randomShape() {
        int[] s = new int[1 + rnd.nextInt(3)];
        for (int i = 0; i < s.length; i++) s[i] = 1 + rnd.nextInt(4);
        return s;
    }

    /** A shape that broadcasts with {@code s}: some dims set to 1, maybe fewer leading dims. */
    private int[] broadcastPartner(int[] s) {
        int drop = rnd.nextInt(s.length);
        int[] p = Arrays.copyOfRange(s, drop, s.length);
        for (int i = 0; i < p.length; i++) if (rnd.nextBoolean()) p[i] = 1;
        return p;
    }

    private Tensor values(int[] shape, double lo, double hi) {
        double[] v = new double[Shapes.numel(shape)];
        for (int i = 0; i < v.length; i++) v[i] = lo + (hi - lo) * rnd.nextDouble();
        return Tensor.fromData(v, shape, DType.FLOAT64);
    }

    private static void check(String what, Function<Tensor[], Tensor> fn, Tensor... in) {
        GradCheck.Result r = GradCheck.check(fn, in);
        assertTrue(r.passed(), what + ": " + r);
    }

    @Test
    void broadcastingBinaryOps() {
        for (int t = 0; t < TRIALS; t++) {
            int[] s = randomShape(), p = broadcastPartner(s);
            if (rnd.nextBoolean()) { int[] tmp = s; s = p; p = tmp; }
            String what = Shapes.str(s) + " with " + Shapes.str(p);
            Tensor a = values(s, -2, 2), b = values(p, 0.5, 2);
            check("add " + what, x -> x[0].add(x[1]), a, b);
            check("sub " + what, x -> x[0].sub(x[1]), a, b);
            check("mul " + what, x -> x[0].mul(x[1]), a, b);
            check("div " + what, x -> x[0].div(x[1]), a, b);
        }
    }

    @Test
    void reductionsAndSoftmaxOverEveryDim() {
        for (int t = 0; t < TRIALS; t++) {
            int[] s = randomShape();
            Tensor a = values(s, -2, 2);
            for (int d = -s.length; d < s.length; d++) {
                int dim = d;
                String what = Shapes.str(s) + " dim " + dim;
                check("sum " + what, x -> x[0].sum(dim), a);
                check("mean " + what, x -> x[0].mean(dim, true), a);
                check("softmax " + what, x -> x[0].softmax(dim), a);
                check("logSoftmax " + what, x -> x[0].logSoftmax(dim), a);
            }
        }
    }

    @Test
    void slicesAndTransposedViews() {
        for (int t = 0; t < TRIALS; t++) {
            int[] s = randomShape();
            int dim = rnd.nextInt(s.length), n = s[dim];
            int start = rnd.nextInt(2 * n + 1) - n, end = rnd.nextInt(2 * n + 1) - n, step = 1 + rnd.nextInt(3);
            int d0 = rnd.nextInt(s.length), d1 = rnd.nextInt(s.length);
            String what = Shapes.str(s) + " slice(" + dim + ", " + start + ", " + end + ", " + step + ")";
            Tensor a = values(s, -2, 2);
            Tensor sl = a.slice(dim, start, end, step);
            if (sl.numel() == 0) continue;
            check(what, x -> x[0].transpose(d0, d1).contiguous().transpose(d0, d1).slice(dim, start, end, step).tanh(), a);
            assertArrayEquals(Grad.noGrad(() -> a.transpose(d0, d1).slice(dim == d0 ? d1 : dim == d1 ? d0 : dim,
                    start, end, step).transpose(d0, d1)).toArray(), sl.toArray(), what + " commutes with transpose");
        }
    }

    @Test
    void batchedMatmulWithBroadcastBatches() {
        for (int t = 0; t < TRIALS; t++) {
            int m = 1 + rnd.nextInt(3), k = 1 + rnd.nextInt(3), n = 1 + rnd.nextInt(3);
            int[] batch = Arrays.copyOf(randomShape(), rnd.nextInt(3));
            int[] pb = broadcastPartner(batch.length == 0 ? new int[] {1} : batch);
            int[] sa = Arrays.copyOf(batch, batch.length + 2), sb = Arrays.copyOf(pb, pb.length + 2);
            sa[batch.length] = m;
            sa[batch.length + 1] = k;
            sb[pb.length] = k;
            sb[pb.length + 1] = n;
            check("matmul " + Shapes.str(sa) + " @ " + Shapes.str(sb), x -> x[0].matmul(x[1]),
                    values(sa, -1, 1), values(sb, -1, 1));
        }
    }
}
