package jgrad.autograd;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * In-place ops ({@code add_}, {@code sub_}, {@code zero_}, {@code copy_} ...): the value is computed out of
 * place without a graph, then written into the tensor's storage through its strides, so views write
 * through to their base. They are not recorded in the autograd graph. Like PyTorch, they are refused on a
 * tensor that requires grad while the graph is being recorded (a parameter is updated inside
 * {@code Grad.noGrad()}); unlike PyTorch, also on graph results and with an operand that requires grad,
 * where PyTorch would record the op: use the out-of-place form there.
 */
final class InPlace {
    private InPlace() { }

    /** Writes {@code value.get()} (computed with grad off) into {@code self}; its shape must be self's. */
    static Tensor update(Tensor self, String op, Tensor operand, Supplier<Tensor> value) {
        checkGradMode(self, op, operand);
        Tensor v;
        try (Grad off = Grad.disabled()) {
            v = value.get();
        }
        if (!Arrays.equals(v.shape(), self.shape())) {
            throw new IllegalArgumentException(op + ": the result has shape " + Shapes.str(v.shape())
                    + ", which does not fit this tensor's shape " + Shapes.str(self.shape()) + " in place"
                    + (operand == null ? "" : " (the operand of shape " + Shapes.str(operand.shape()) + " broadcasts to more)"));
        }
        write(self, op, v);
        return self;
    }

    static void checkGradMode(Tensor self, String op, Tensor operand) {
        if (!Grad.isEnabled()) return;
        if (self.isRequiresGrad() && self.isLeaf()) {
            throw new IllegalStateException(op + ": a leaf tensor that requires grad cannot be changed in place while "
                    + "gradients are recorded (torch refuses it too); update it inside "
                    + "try (var ng = Grad.noGrad()) { ... }, as under torch.no_grad(), or through w.data()");
        }
        if (self.isRequiresGrad()) {
            throw new IllegalStateException(op + ": this tensor is the result of " + self.gradFn().name()
                    + ", and in-place ops are not recorded in the autograd graph; use the out-of-place "
                    + outOfPlace(op) + " instead");
        }
        if (operand != null && operand.isRequiresGrad()) {
            throw new IllegalStateException(op + ": the operand requires grad, and in-place ops are not recorded in "
                    + "the autograd graph; use the out-of-place " + outOfPlace(op) + " instead, or wrap the update in "
                    + "try (var ng = Grad.noGrad()) { ... }");
        }
    }

    private static String outOfPlace(String op) {
        return op.endsWith("_") ? op.substring(0, op.length() - 1) + "(...)" : op;
    }

    /** Copies {@code v} (self's shape, any dtype) into self's elements; a version bump tells saved graphs. */
    static void write(Tensor self, String op, Tensor v) {
        int[] shape = self.shape(), strides = self.strides();
        for (int d = 0; d < shape.length; d++) {
            if (strides[d] == 0 && shape[d] > 1) {
                throw new IllegalArgumentException(op + ": this tensor is an expanded view (several elements share one "
                        + "memory location), so it cannot be written in place; write to a contiguous() copy");
            }
        }
        Storage target = self.storage();
        Storage from;
        try (Grad off = Grad.disabled()) {
            from = v.to(self.dtype()).contiguousStorage();
        }
        if (from == target) { // an overlapping view of the same memory: read a copy
            Storage copy = Storage.allocate(from.dtype(), from.length());
            Storage.copy(from, 0, copy, 0, from.length());
            from = copy;
        }
        target.beforeWrite();
        int n = (int) self.numel();
        if (self.isContiguous()) {
            Storage.copy(from, 0, target, self.offset(), n);
        } else {
            int[] index = new int[shape.length];
            for (int i = 0; i < n; i++) {
                int position = self.offset();
                for (int d = 0; d < shape.length; d++) position += index[d] * strides[d];
                target.set(position, from.get(i));
                for (int d = shape.length - 1; d >= 0 && ++index[d] == shape[d]; d--) index[d] = 0;
            }
        }
        target.bumpVersion();
    }
}
