package jgrad.autograd.ops;

import java.util.Arrays;

import jgrad.autograd.DType;
import jgrad.autograd.Function;
import jgrad.autograd.Shapes;
import jgrad.autograd.Tensor;

/** Stacks equal-shaped tensors along a new leading dim; the derivative hands each part its slice. */
public final class Stack extends Function {
    private int parts;
    private int[] partShape;

    public static Tensor apply(Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("stack: needs at least one tensor");
        }
        int[] shape = parts[0].shape();
        int size = parts[0].numel();
        DType dtype = parts[0].dtype();
        double[] out = new double[parts.length * size];
        for (int i = 0; i < parts.length; i++) {
            if (!Arrays.equals(parts[i].shape(), shape)) {
                throw new IllegalArgumentException("stack: tensor " + i + " has shape " + Shapes.str(parts[i].shape())
                        + " but tensor 0 has " + Shapes.str(shape));
            }
            System.arraycopy(parts[i].contiguousData(), 0, out, i * size, size);
            dtype = DType.promote(dtype, parts[i].dtype());
        }
        int[] outShape = Shapes.insert(shape, 0, parts.length);
        Stack fn = new Stack();
        fn.parts = parts.length;
        fn.partShape = shape;
        return result(fn, out, outShape, dtype, parts);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        double[] gd = g.contiguousData();
        int size = Shapes.numel(partShape);
        Tensor[] grads = new Tensor[parts];
        for (int i = 0; i < parts; i++) {
            grads[i] = Tensor.fromData(Arrays.copyOfRange(gd, i * size, (i + 1) * size), partShape, g.dtype());
        }
        return grads;
    }
}
