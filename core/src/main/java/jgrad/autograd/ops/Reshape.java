package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Tensor;

/** Reshape; a zero-copy view when the input is contiguous. */
public final class Reshape extends Node {
    private int[] inShape;

    public static Tensor apply(Tensor x, int[] shape) {
        Reshape fn = new Reshape();
        fn.inShape = x.shape();
        if (x.isContiguous()) {
            return view(fn, x, shape, Shapes.contiguousStrides(shape), x.offset(), x);
        }
        return result(fn, x.contiguousStorage(), shape, x); // a gathered copy: x is not contiguous
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g.reshape(inShape)}; }
}
