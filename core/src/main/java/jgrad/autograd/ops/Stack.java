package jgrad.autograd.ops;

import java.util.Arrays;

import jgrad.autograd.DType;
import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/** Stacks equal-shaped tensors along a new leading dim; the derivative hands each part its slice. */
public final class Stack extends Node {
    private int parts;
    private int[] partShape;

    public static Tensor apply(Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("stack: needs at least one tensor");
        }
        int[] shape = parts[0].shape();
        int size = (int) parts[0].numel();
        DType dtype = parts[0].dtype();
        for (int i = 0; i < parts.length; i++) {
            if (!Arrays.equals(parts[i].shape(), shape)) {
                throw new IllegalArgumentException("stack: tensor " + i + " has shape " + Shapes.str(parts[i].shape())
                        + " but tensor 0 has " + Shapes.str(shape));
            }
            dtype = DType.promote(dtype, parts[i].dtype());
        }
        Tensor[] same = new Tensor[parts.length];
        for (int i = 0; i < parts.length; i++) same[i] = parts[i].to(dtype); // casts stay in the graph
        parts = same;
        Storage out = Storage.allocate(dtype, Shapes.numel(new int[] {parts.length, size}));
        for (int i = 0; i < parts.length; i++) Storage.copy(parts[i].contiguousStorage(), 0, out, i * size, size);
        int[] outShape = Shapes.insert(shape, 0, parts.length);
        Stack fn = new Stack();
        fn.parts = parts.length;
        fn.partShape = shape;
        return result(fn, out, outShape, parts);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Storage gd = g.contiguousStorage();
        int size = Shapes.numel(partShape);
        Tensor[] grads = new Tensor[parts];
        for (int i = 0; i < parts; i++) {
            Storage part = Storage.allocate(g.dtype(), size);
            Storage.copy(gd, i * size, part, 0, size);
            grads[i] = Tensor.fromStorage(part, partShape);
        }
        return grads;
    }
}
