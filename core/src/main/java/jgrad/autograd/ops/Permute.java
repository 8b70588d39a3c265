package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Tensor;

/** Zero-copy permutation of dims; backward applies the inverse permutation. */
public final class Permute extends Node {
    private int[] inverse;

    public static Tensor apply(Tensor x, int[] perm) {
        int[] s = x.shape(), st = x.strides();
        int[] ns = new int[perm.length], nst = new int[perm.length], inv = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            ns[i] = s[perm[i]];
            nst[i] = st[perm[i]];
            inv[perm[i]] = i;
        }
        Permute fn = new Permute();
        fn.inverse = inv;
        return view(fn, x, ns, nst, x.offset(), x);
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g.permute(inverse)}; }
}
