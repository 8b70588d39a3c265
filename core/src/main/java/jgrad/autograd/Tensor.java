package jgrad.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import jgrad.autograd.kernels.Parallel;
import jgrad.autograd.ops.Abs;
import jgrad.autograd.ops.Add;
import jgrad.autograd.ops.AddScalar;
import jgrad.autograd.ops.Cast;
import jgrad.autograd.ops.Cat;
import jgrad.autograd.ops.Clamp;
import jgrad.autograd.ops.Clone;
import jgrad.autograd.ops.Compare;
import jgrad.autograd.ops.Cos;
import jgrad.autograd.ops.Exp;
import jgrad.autograd.ops.Expand;
import jgrad.autograd.ops.Log;
import jgrad.autograd.ops.Matmul;
import jgrad.autograd.ops.Max;
import jgrad.autograd.ops.MaxAll;
import jgrad.autograd.ops.Mul;
import jgrad.autograd.ops.MulScalar;
import jgrad.autograd.ops.Neg;
import jgrad.autograd.ops.Permute;
import jgrad.autograd.ops.Pow;
import jgrad.autograd.ops.Relu;
import jgrad.autograd.ops.Reshape;
import jgrad.autograd.ops.Select;
import jgrad.autograd.ops.Sigmoid;
import jgrad.autograd.ops.Sin;
import jgrad.autograd.ops.Sqrt;
import jgrad.autograd.ops.Slice;
import jgrad.autograd.ops.Stack;
import jgrad.autograd.ops.Sum;
import jgrad.autograd.ops.Tanh;
import jgrad.autograd.ops.Where;
import jgrad.autograd.ops.ZeroSafeSqrt;

/**
 * N-dimensional tensor with reverse-mode autograd: a typed {@link Storage} (float[] for FLOAT32,
 * double[] for FLOAT64) seen through shape, strides and offset.
 */
public final class Tensor {
    private static final Generator RNG = new Generator();

    private final Storage storage;
    private final int[] shape;
    private final int[] strides;
    private final int offset;
    private final DType dtype;
    private boolean requiresGrad;
    private boolean retainGrad;
    private Tensor grad;
    private Node gradFn;
    private List<UnaryOperator<Tensor>> hooks;

    private Tensor(Storage storage, int[] shape, int[] strides, int offset) {
        this.storage = storage;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.dtype = storage.dtype();
    }

    // ------------------------------------------------------------------ construction

    /**
     * A tensor of {@code dtype} holding {@code data} in row-major order. FLOAT32 converts the values to a
     * float[] (rounding each); FLOAT64 takes ownership of the array.
     */
    public static Tensor fromData(double[] data, int[] shape, DType dtype) {
        checkFits("fromData", data.length, shape);
        Storage s = Storage.of(data, dtype);
        return new Tensor(s, shape.clone(), Shapes.contiguousStrides(shape), 0);
    }

    /** A FLOAT32 tensor that takes ownership of {@code data} (row-major). */
    public static Tensor fromData(float[] data, int[] shape) {
        checkFits("fromData", data.length, shape);
        return new Tensor(Storage.wrap(data), shape.clone(), Shapes.contiguousStrides(shape), 0);
    }

    private static void checkFits(String op, int length, int[] shape) {
        if (length != Shapes.numel(shape)) {
            throw new IllegalArgumentException(op + ": " + length + " values do not fit shape " + Shapes.str(shape));
        }
    }

    /**
     * A contiguous tensor that takes ownership of a whole storage (its length must be the shape's count).
     *
     * @hidden
     */
    public static Tensor fromStorage(Storage storage, int[] shape) { return wrap(storage, shape); }

    static Tensor wrap(Storage storage, int[] shape) {
        checkFits("result", storage.length(), shape);
        return new Tensor(storage, shape.clone(), Shapes.contiguousStrides(shape), 0);
    }

    static Tensor viewOf(Tensor base, int[] shape, int[] strides, int offset) {
        return new Tensor(base.storage, shape, strides, offset);
    }

    /** torch.tensor([...]): a 1-D FLOAT32 tensor (the default dtype, as in PyTorch). */
    public static Tensor of(double... values) { return fromData(values, new int[] {values.length}, DType.FLOAT32); }

    /** torch.tensor([...], dtype=dtype): a 1-D tensor of {@code dtype}; the array is copied. */
    public static Tensor of(double[] values, DType dtype) {
        return fromData(values.clone(), new int[] {values.length}, dtype);
    }

    /**
     * torch.tensor([0, 2, 1]) for class labels and counts: a 1-D FLOAT32 tensor holding the integers (there is no
     * integer dtype; FLOAT32 holds every integer up to 2^24 exactly, and losses read such values as class indices).
     */
    public static Tensor of(int... values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) f[i] = values[i];
        return fromData(f, new int[] {values.length});
    }

    /** A 1-D FLOAT32 tensor of a copy of {@code values}. */
    public static Tensor of(float... values) { return fromData(values.clone(), new int[] {values.length}); }

    /** torch.tensor([[...], ...]): a 2-D FLOAT32 tensor; rows must have one length. */
    public static Tensor of(double[][] v) { return of(v, DType.FLOAT32); }

    /** torch.tensor([[...], ...], dtype=dtype). */
    public static Tensor of(double[][] v, DType dtype) {
        int r = v.length, c = r == 0 ? 0 : v[0].length;
        double[] d = new double[Shapes.numel(new int[] {r, c})];
        for (int i = 0; i < r; i++) {
            if (v[i].length != c) throw new IllegalArgumentException("of: ragged rows (" + v[i].length + " != " + c + ")");
            System.arraycopy(v[i], 0, d, i * c, c);
        }
        return fromData(d, new int[] {r, c}, dtype);
    }

    /**
     * torch.tensor([[[...]]]): a 3-D FLOAT32 tensor of shape [v.length, v[0].length, v[0][0].length]; ragged arrays are
     * refused.
     */
    public static Tensor of(double[][][] v) {
        int a = v.length, b = a == 0 ? 0 : v[0].length, c = b == 0 ? 0 : v[0][0].length;
        double[] d = new double[Shapes.numel(new int[] {a, b, c})];
        for (int i = 0; i < a; i++) {
            if (v[i].length != b) throw new IllegalArgumentException("of: ragged dim 1");
            for (int j = 0; j < b; j++) {
                if (v[i][j].length != c) throw new IllegalArgumentException("of: ragged dim 2");
                System.arraycopy(v[i][j], 0, d, (i * b + j) * c, c);
            }
        }
        return fromData(d, new int[] {a, b, c}, DType.FLOAT32);
    }

    /** torch.tensor(v): a 0-d FLOAT32 tensor (shape []) holding {@code v}. */
    public static Tensor scalar(double v) { return fromData(new double[] {v}, new int[0], DType.FLOAT32); }

    /** torch.full(shape, v): a FLOAT32 tensor of {@code shape} with every element {@code v}. */
    public static Tensor full(double v, int... shape) {
        Storage s = Storage.allocate(DType.FLOAT32, Shapes.numel(shape));
        if (v != 0) s.fill(0, s.length(), v);
        return wrap(s, shape);
    }

    /** torch.zeros(shape): a FLOAT32 tensor of zeros, e.g. {@code Tensor.zeros(2, 3)}. */
    public static Tensor zeros(int... shape) { return full(0.0, shape); }

    /** torch.ones(shape): a FLOAT32 tensor of ones. */
    public static Tensor ones(int... shape) { return full(1.0, shape); }

    /** Restarts the generator of rand/randn and of the nn initialisers from {@code seed} (torch.manual_seed). */
    public static void manualSeed(long seed) { RNG.setSeed(seed); }

    /** The generator rand/randn and the nn initialisers draw from (torch.default_generator). */
    public static Generator defaultGenerator() { return RNG; }

    /** A snapshot of the default generator (torch.get_rng_state). */
    public static Generator.State getRngState() { return RNG.getState(); }

    /** Puts the default generator back to a snapshot (torch.set_rng_state). */
    public static void setRngState(Generator.State state) { RNG.setState(state); }


    /**
     * torch.rand(shape): FLOAT32 samples of U[0, 1) from the default generator ({@link #manualSeed} makes them repeat).
     */
    public static Tensor rand(int... shape) {
        float[] d = new float[Shapes.numel(shape)];
        for (int i = 0; i < d.length; i++) d[i] = (float) RNG.nextDouble();
        return fromData(d, shape);
    }

    /**
     * torch.randn(shape): FLOAT32 samples of the standard normal N(0, 1) from the default generator
     * ({@link #manualSeed} makes them repeat).
     */
    public static Tensor randn(int... shape) {
        float[] d = new float[Shapes.numel(shape)];
        for (int i = 0; i < d.length; i++) d[i] = (float) RNG.nextGaussian();
        return fromData(d, shape);
    }

    /**
     * torch.randint(low, high, shape): integers drawn uniformly from [low, high), held as FLOAT32 values (there is
     * no integer dtype), e.g. random class labels.
     */
    public static Tensor randint(int low, int high, int... shape) {
        if (high <= low) {
            throw new IllegalArgumentException("randint: high must be greater than low, got low " + low + ", high " + high);
        }
        float[] d = new float[Shapes.numel(shape)];
        for (int i = 0; i < d.length; i++) d[i] = low + RNG.nextInt(high - low);
        return fromData(d, shape);
    }

    /** torch.arange(end): 0, 1, ..., up to but excluding {@code end}, as a 1-D FLOAT32 tensor. */
    public static Tensor arange(double end) { return arange(0, end, 1); }

    /** torch.arange(start, end): start, start + 1, ..., excluding {@code end}, as a 1-D FLOAT32 tensor. */
    public static Tensor arange(double start, double end) { return arange(start, end, 1); }

    /**
     * torch.arange(start, end, step): values from {@code start} by {@code step} (which may be negative), excluding
     * {@code end}; 1-D FLOAT32.
     */
    public static Tensor arange(double start, double end, double step) {
        if (step == 0) throw new IllegalArgumentException("arange: step must be non-zero");
        double count = Math.max(0, Math.ceil((end - start) / step));
        if (count > Storage.MAX_ELEMENTS) {
            throw new IllegalArgumentException("arange(" + start + ", " + end + ", " + step + ") would have "
                    + (long) count + " elements, more than the " + Storage.MAX_ELEMENTS + " one tensor can hold");
        }
        int n = (int) count;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = start + i * step;
        return fromData(d, new int[] {n}, DType.FLOAT32);
    }

    /**
     * torch.linspace(start, end, steps): {@code steps} evenly spaced values from {@code start} to {@code end}, both
     * included; 1-D FLOAT32.
     */
    public static Tensor linspace(double start, double end, int steps) {
        double[] d = new double[Shapes.numel(new int[] {steps})];
        for (int i = 0; i < steps; i++) d[i] = steps == 1 ? start : start + (end - start) * i / (steps - 1);
        return fromData(d, new int[] {steps}, DType.FLOAT32);
    }

    /** torch.eye(n): the n×n identity matrix, FLOAT32. */
    public static Tensor eye(int n) {
        Storage s = Storage.allocate(DType.FLOAT32, Shapes.numel(new int[] {n, n}));
        for (int i = 0; i < n; i++) s.set(i * n + i, 1);
        return wrap(s, new int[] {n, n});
    }

    // ------------------------------------------------------------------ metadata & storage

    /** The size of each dimension (a copy), e.g. [2, 3] for a 2×3 matrix; [] for a 0-d scalar. torch's x.shape. */
    public int[] shape() { return shape.clone(); }

    /** The number of dimensions (the length of {@link #shape()}): 0 for a scalar, 2 for a matrix. torch's x.dim(). */
    public int dim() { return shape.length; }

    /**
     * The size of dimension {@code d}; negative d counts from the end ({@code x.size(-1)} is the last). torch's
     * x.size(d).
     */
    public int size(int d) { return shape[Shapes.normDim("size", d, shape)]; }

    /** torch's x.size(): the shape, same as {@link #shape()}. */
    public int[] size() { return shape(); }

    /** Number of elements (a long, as in PyTorch; shapes are refused before it could exceed an array's size). */
    public long numel() { return count(); }

    private int count() { return Shapes.numel(shape); }

    /** The element type: FLOAT32 (the default, as in PyTorch) or FLOAT64. torch's x.dtype. */
    public DType dtype() { return dtype; }

    /**
     * How many storage elements one step along each dimension skips (a copy); a view's layout, as torch's x.stride().
     *
     * @hidden
     */
    public int[] strides() { return strides.clone(); }

    /**
     * Where this tensor's first element sits in its storage (views start inside it). torch's x.storage_offset().
     *
     * @hidden
     */
    public int offset() { return offset; }

    /**
     * The storage behind this tensor and all its views; read it through shape, strides and offset.
     *
     * @hidden
     */
    public Storage storage() { return storage; }

    /**
     * Whether the elements lie in row-major order in the storage (false after t(), permute, expand); torch's
     * x.is_contiguous(). {@link #view} needs it; {@link #reshape} does not.
     */
    public boolean isContiguous() {
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != s) return false;
            s *= shape[i];
        }
        return true;
    }

    /**
     * The values in row-major order as a storage of exactly {@link #numel()} elements: the tensor's own storage
     * when it is exactly this tensor (callers must not write to it), otherwise a fresh gathered copy.
     *
     * @hidden
     */
    public Storage contiguousStorage() {
        int n = count();
        if (isContiguous()) {
            if (offset == 0 && storage.length() == n) return storage;
            Storage out = Storage.allocate(dtype, n);
            Storage.copy(storage, offset, out, 0, n);
            return out;
        }
        Storage out = Storage.allocate(dtype, n);
        if (isBroadcastScalar()) { // e.g. the gradient of sum(): one value expanded to the input's shape
            out.fill(0, n, storage.get(offset));
            return out;
        }
        if (storage.isFloat()) Gather.floats(storage.floats(), offset, shape, strides, out.floats());
        else Gather.doubles(storage.doubles(), offset, shape, strides, out.doubles());
        return out;
    }

    /**
     * Row-major float values of a FLOAT32 tensor (see {@link #contiguousStorage()}: may be the storage's own array).
     *
     * @hidden
     */
    public float[] contiguousFloats() { return contiguousStorage().floats(); }

    /**
     * Row-major double values of a FLOAT64 tensor (see {@link #contiguousStorage()}: may be the storage's own array).
     *
     * @hidden
     */
    public double[] contiguousDoubles() { return contiguousStorage().doubles(); }

    /**
     * Row-major values as doubles: for FLOAT64 possibly the backing array itself (callers must not mutate it),
     * for FLOAT32 a converted copy. Kernels read {@link #contiguousStorage()} instead.
     *
     * @hidden
     */
    public double[] contiguousData() {
        Storage s = contiguousStorage();
        return s.isFloat() ? s.toDoubles(0, s.length()) : s.doubles();
    }

    /** A contiguous copy of the values with storage of its own, outside the graph. */
    Tensor copyValues() {
        Storage.Deferred pending = coversItsStorage() ? storage.deferral() : null;
        if (pending != null) { // compute the values straight into the copy
            Storage s = Storage.allocate(dtype, storage.length());
            pending.recipe().evaluate(pending.source(), s);
            return wrap(s, shape);
        }
        Storage s = contiguousStorage();
        if (s == storage) {
            s = Storage.allocate(dtype, storage.length());
            Storage.copy(storage, 0, s, 0, s.length());
        }
        return wrap(s, shape);
    }

    /** Flat row-major copy of the values, as doubles. */
    public double[] toArray() {
        Storage s = contiguousStorage();
        if (s.isFloat()) return s.toDoubles(0, s.length());
        return s == storage ? s.doubles().clone() : s.doubles();
    }

    /** Flat row-major copy of the values, as floats (FLOAT64 values are rounded). */
    public float[] toFloatArray() {
        Storage s = contiguousStorage();
        if (s.isFloat()) return s == storage ? s.floats().clone() : s.floats();
        double[] d = s.doubles();
        float[] f = new float[d.length];
        for (int i = 0; i < f.length; i++) f[i] = (float) d[i];
        return f;
    }

    /**
     * The value of a one-element tensor as a double (torch's x.item()), e.g. {@code loss.item()}; other shapes are an
     * error.
     */
    public double item() {
        if (count() != 1) {
            throw new IllegalStateException("item: only one-element tensors can be converted to a scalar, got shape "
                    + Shapes.str(shape));
        }
        return storage.get(offset);
    }

    // ------------------------------------------------------------------ autograd state

    /**
     * Marks this leaf tensor as a parameter: backward() fills its {@link #grad()}. Returns this, for chaining:
     * {@code Tensor.randn(3).requiresGrad()}. torch's requires_grad=True.
     */
    public Tensor requiresGrad() { return requiresGrad(true); }

    /**
     * Turns gradient tracking of this leaf tensor on or off (torch's x.requires_grad_(flag)); returns this. Results of
     * operations cannot be switched off: {@link #detach()} them.
     */
    public Tensor requiresGrad(boolean flag) {
        if (gradFn != null && !flag) {
            throw new IllegalStateException("requiresGrad: can only change the flag of leaf tensors");
        }
        this.requiresGrad = flag;
        return this;
    }

    /** torch's x.requires_grad_(): the same as {@link #requiresGrad()}, under the in-place naming. */
    public Tensor requiresGrad_() { return requiresGrad(true); }

    /** torch's x.requires_grad_(flag). */
    public Tensor requiresGrad_(boolean flag) { return requiresGrad(flag); }

    /** Whether backward() computes a gradient for this tensor or through it: torch's x.requires_grad. */
    public boolean isRequiresGrad() { return requiresGrad; }

    /**
     * Whether this tensor was made directly (data, a parameter) rather than computed by an operation that records a
     * graph: torch's x.is_leaf.
     */
    public boolean isLeaf() { return gradFn == null; }

    /** The graph node that computed this tensor (e.g. MulBackward), or null for a leaf: torch's x.grad_fn. */
    public Node gradFn() { return gradFn; }

    void setGradFn(Node fn) {
        this.gradFn = fn;
        this.requiresGrad = true;
    }

    /**
     * The gradient backward() accumulated into this leaf (or into a tensor that called {@link #retainGrad()}), of this
     * tensor's shape; null before the first backward. torch's x.grad.
     */
    public Tensor grad() { return grad; }

    void setGrad(Tensor g) { this.grad = g; }

    /**
     * grad += g in place, as PyTorch's AccumulateGrad does when no graph is being built: no new tensor and one
     * pass. Grads are always plain contiguous tensors of this tensor's dtype (the engine stores copies).
     */
    void accumulateGrad(Tensor g) {
        Tensor old = grad;
        old.storage.beforeWrite();
        int base = old.offset;
        Storage.Deferred pending = g.dtype == dtype && g.coversItsStorage() ? g.storage.deferral() : null;
        if (pending != null && dtype == DType.FLOAT32) { // add a pending gradient block by block, never storing it
            float[] into = old.storage.floats();
            int n = count();
            Parallel.forRanges(n, n, (lo, hi) -> pending.recipe().addTo(pending.source(), lo, hi - lo, into, base + lo));
            old.storage.bumpVersion();
            return;
        }
        Storage add = g.to(dtype).contiguousStorage();
        int n = add.length();
        if (add.isFloat()) {
            float[] from = add.floats(), into = old.storage.floats();
            Parallel.forRanges(n, n, (lo, hi) -> {
                for (int i = lo, at = base + lo; i < hi; i++, at++) into[at] += from[i];
            });
        } else {
            double[] from = add.doubles(), into = old.storage.doubles();
            Parallel.forRanges(n, n, (lo, hi) -> {
                for (int i = lo, at = base + lo; i < hi; i++, at++) into[at] += from[i];
            });
        }
        old.storage.bumpVersion();
    }

    /** Whether this tensor is its whole storage in order (offset 0, contiguous, every element). */
    boolean coversItsStorage() { return offset == 0 && isContiguous() && storage.length() == count(); }

    /**
     * Whether every element is the same storage element (all strides 0): a broadcast scalar.
     *
     * @hidden
     */
    public boolean isBroadcastScalar() {
        for (int st : strides) if (st != 0) return false;
        return true;
    }

    /**
     * Forgets the accumulated gradient ({@link #grad()} becomes null), as torch's {@code x.grad = None}; an optimizer's
     * zeroGrad() does this for all parameters.
     */
    public void zeroGrad() { grad = null; }

    /**
     * Keeps the gradient of this non-leaf tensor after backward, so {@link #grad()} shows it (torch's x.retain_grad());
     * returns this.
     */
    public Tensor retainGrad() {
        retainGrad = true;
        return this;
    }

    boolean retainsGrad() { return retainGrad; }

    /** Register a hook called with this tensor's gradient during backward; it may return a replacement (or null). */
    public Tensor registerHook(UnaryOperator<Tensor> hook) {
        if (!requiresGrad) throw new IllegalStateException("registerHook: tensor does not require grad");
        if (hooks == null) hooks = new ArrayList<>();
        hooks.add(hook);
        return this;
    }

    boolean hasHooks() { return hooks != null; }

    Tensor applyHooks(Tensor g) {
        if (hooks == null) return g;
        for (UnaryOperator<Tensor> h : hooks) {
            Tensor r = h.apply(g);
            if (r != null) g = r;
        }
        return g;
    }

    /** A tensor sharing storage but cut from the graph. */
    public Tensor detach() { return new Tensor(storage, shape, strides, offset); }

    /**
     * torch's x.data: the same values outside the graph (like {@link #detach()}), so an update such as
     * {@code w.data().sub_(...)} runs without {@code Grad.noGrad()}. Writes through it still bump the shared
     * version counter, so a graph that saved w refuses to backward through stale values.
     */
    public Tensor data() { return detach(); }

    /** A copy with its own storage and version counter, in the graph (torch.clone). */
    @Override
    public Tensor clone() { return Clone.apply(this); }

    /**
     * How many in-place writes the storage behind this tensor (and all its views) has seen (torch's x._version).
     *
     * @hidden
     */
    public int version() { return storage.version(); }

    /**
     * Overwrites this tensor's values in place, outside the graph — what an optimizer step does
     * (PyTorch's {@code p.data.copy_(values)}). Refused on graph results, whose values backward may still need.
     */
    public Tensor assign(double[] values) {
        if (gradFn != null) {
            throw new IllegalStateException("assign: cannot overwrite the result of " + gradFn.name()
                    + " in place; only leaf tensors (parameters) can be updated");
        }
        if (values.length != count()) {
            throw new IllegalArgumentException("assign: " + values.length + " values do not fit shape " + Shapes.str(shape));
        }
        storage.beforeWrite();
        if (isContiguous()) { // parameters always are: one pass, no index arithmetic
            if (storage.isFloat()) {
                float[] into = storage.floats();
                for (int i = 0; i < values.length; i++) into[offset + i] = (float) values[i];
            } else {
                System.arraycopy(values, 0, storage.doubles(), offset, values.length);
            }
            storage.bumpVersion();
            return this;
        }
        int[] index = new int[shape.length];
        for (int i = 0; i < values.length; i++) {
            int position = offset;
            for (int d = 0; d < shape.length; d++) position += index[d] * strides[d];
            storage.set(position, values[i]);
            for (int d = shape.length - 1; d >= 0 && ++index[d] == shape[d]; d--) index[d] = 0;
        }
        storage.bumpVersion();
        return this;
    }

    /**
     * Overwrites this tensor's values with {@code source}'s (broadcast to this shape, converted to this dtype),
     * outside the graph: {@link #assign(double[])} for a tensor, PyTorch's {@code p.data.copy_(source)}.
     */
    public Tensor assign(Tensor source) {
        if (gradFn != null) {
            throw new IllegalStateException("assign: cannot overwrite the result of " + gradFn.name()
                    + " in place; only leaf tensors (parameters) can be updated");
        }
        try (Grad off = Grad.disabled()) {
            InPlace.write(this, "assign", broadcastSource("assign", source));
        }
        return this;
    }

    private Tensor broadcastSource(String op, Tensor source) {
        int[] s = Shapes.broadcast(op, source.shape, shape);
        if (!Arrays.equals(s, shape)) {
            throw new IllegalArgumentException(op + ": a source of shape " + Shapes.str(source.shape)
                    + " does not broadcast to this tensor's shape " + Shapes.str(shape));
        }
        return source.expandTo(shape);
    }

    // ------------------------------------------------------------------ in place
    // PyTorch's convention: a trailing underscore marks an op that overwrites this tensor and returns it.
    // In-place ops are not recorded in the graph; see InPlace for when they are refused.

    /** x += other, in place (torch's add_); other broadcasts to this shape. */
    public Tensor add_(Tensor other) { return InPlace.update(this, "add_", other, () -> add(other)); }

    /** x += v in place (torch's add_); returns this. */
    public Tensor add_(double v) { return InPlace.update(this, "add_", null, () -> add(v)); }

    /** x -= other, in place: {@code w.sub_(w.grad().mul(lr))} inside {@code Grad.noGrad()} is a hand-written SGD step. */
    public Tensor sub_(Tensor other) { return InPlace.update(this, "sub_", other, () -> sub(other)); }

    /** x -= v in place (torch's sub_); returns this. */
    public Tensor sub_(double v) { return InPlace.update(this, "sub_", null, () -> sub(v)); }

    /** x *= other in place (torch's mul_); other broadcasts to this shape; returns this. */
    public Tensor mul_(Tensor other) { return InPlace.update(this, "mul_", other, () -> mul(other)); }

    /** x *= v in place (torch's mul_); returns this. */
    public Tensor mul_(double v) { return InPlace.update(this, "mul_", null, () -> mul(v)); }

    /** x /= other in place (torch's div_); other broadcasts to this shape; returns this. */
    public Tensor div_(Tensor other) { return InPlace.update(this, "div_", other, () -> div(other)); }

    /** x /= v in place (torch's div_); returns this. */
    public Tensor div_(double v) { return InPlace.update(this, "div_", null, () -> div(v)); }

    /** Limits every element to [min, max] in place (torch's clamp_); returns this. */
    public Tensor clamp_(double min, double max) { return InPlace.update(this, "clamp_", null, () -> clamp(min, max)); }

    /** Sets every element to 0 (torch's zero_; e.g. {@code w.grad().zero_()}). */
    public Tensor zero_() { return fill_(0); }

    /** Sets every element to {@code value} in place (torch's fill_); returns this. */
    public Tensor fill_(double value) { return InPlace.update(this, "fill_", null, () -> full(value, shape)); }

    /** Copies {@code source}'s values into this tensor (torch's copy_): broadcast to this shape, cast to this dtype. */
    public Tensor copy_(Tensor source) {
        return InPlace.update(this, "copy_", source, () -> broadcastSource("copy_", source));
    }

    /** Fills with samples of N(mean, std²) drawn from the generator {@link #manualSeed} seeds (torch's normal_). */
    public Tensor normal_(double mean, double std) {
        return InPlace.update(this, "normal_", null, () -> randn(shape).mul(std).add(mean));
    }

    /** Fills with samples of U(from, to) (torch's uniform_). */
    public Tensor uniform_(double from, double to) {
        return InPlace.update(this, "uniform_", null, () -> rand(shape).mul(to - from).add(from));
    }

    // ------------------------------------------------------------------ backward

    /**
     * Computes the gradient of this scalar (e.g. a loss) with respect to every tensor that requires grad, adding it to
     * their {@link #grad()}; the graph is freed afterwards. torch's loss.backward().
     */
    public void backward() { backward(false); }

    /** torch's {@code backward(retain_graph=True)}: backward from a scalar, keeping the graph for another pass. */
    public void backward(boolean retainGraph) {
        if (count() != 1) {
            throw new IllegalStateException("backward: grad can be implicitly created only for scalar outputs, got shape "
                    + Shapes.str(shape));
        }
        backward(fromData(new double[] {1.0}, shape, dtype), retainGraph);
    }

    /**
     * Backward from a non-scalar tensor: {@code gradient} (same shape as this) is d(something)/d(this), as in torch's
     * y.backward(gradient).
     */
    public void backward(Tensor gradient) { backward(gradient, false); }

    /**
     * {@link #backward(Tensor)} that keeps the graph when {@code retainGraph} is true, so backward can run through it
     * again (torch's retain_graph=True).
     */
    public void backward(Tensor gradient, boolean retainGraph) {
        Engine.run(new Tensor[] {this}, new Tensor[] {gradient}, retainGraph, false, null);
    }

    // ------------------------------------------------------------------ dtype

    /**
     * This tensor as dtype {@code t} (torch's x.to(dtype)): itself when it already is, else a converted copy that stays
     * in the graph.
     */
    public Tensor to(DType t) { return t == dtype ? this : Cast.apply(this, t); }

    /**
     * This tensor with its elements in row-major order (torch's x.contiguous()): itself when already so, else a copy in
     * the graph.
     */
    public Tensor contiguous() { return isContiguous() ? this : Reshape.apply(this, shape); }

    // ------------------------------------------------------------------ elementwise

    /** Both operands broadcast to one shape and promoted to one dtype (casts stay in the graph). */
    private static Tensor[] broadcastPair(String op, Tensor a, Tensor b) {
        DType t = DType.promote(a.dtype, b.dtype);
        a = a.to(t);
        b = b.to(t);
        if (Arrays.equals(a.shape, b.shape)) return new Tensor[] {a, b};
        int[] s = Shapes.broadcast(op, a.shape, b.shape);
        return new Tensor[] {a.expandTo(s), b.expandTo(s)};
    }

    /** this + o, elementwise with broadcasting (torch's x + o); the result's dtype is the wider of the two. */
    public Tensor add(Tensor o) {
        Tensor[] p = broadcastPair("add", this, o);
        return Add.apply(p[0], p[1]);
    }

    /** this + v for every element (torch's x + v). */
    public Tensor add(double v) { return AddScalar.apply(this, v); }

    /** this - o, elementwise with broadcasting (torch's x - o). */
    public Tensor sub(Tensor o) { return named(add(o.neg()), "Sub"); }

    /** this - v for every element (torch's x - v). */
    public Tensor sub(double v) { return named(AddScalar.apply(this, -v), "Sub"); }

    /** this * o, elementwise with broadcasting (torch's x * o; for the matrix product use {@link #matmul}). */
    public Tensor mul(Tensor o) {
        Tensor[] p = broadcastPair("mul", this, o);
        return Mul.apply(p[0], p[1]);
    }

    /** this * v for every element (torch's x * v). */
    public Tensor mul(double v) { return MulScalar.apply(this, v); }

    /** this / o, elementwise with broadcasting (torch's x / o). */
    public Tensor div(Tensor o) {
        Shapes.broadcast("div", shape, o.shape);
        return named(mul(o.pow(-1.0)), "Div");
    }

    /** this / v for every element (torch's x / v). */
    public Tensor div(double v) { return named(MulScalar.apply(this, 1.0 / v), "Div"); }

    /** Gives a composite's last node the composite's name, so repr and anomaly messages say e.g. MeanBackward. */
    private static Tensor named(Tensor r, String name) {
        if (r.gradFn() != null) r.gradFn().rename(name);
        return r;
    }

    /** -x for every element (torch's -x). */
    public Tensor neg() { return Neg.apply(this); }

    /** x^p for every element (torch's x.pow(p) or x ** p), e.g. {@code x.pow(2)} squares; the gradient is p·x^(p-1). */
    public Tensor pow(double p) { return Pow.apply(this, p); }

    /** e^x for every element (torch.exp). */
    public Tensor exp() { return Exp.apply(this); }

    /** The natural logarithm of every element (torch.log); 0 gives -Infinity, negatives NaN. */
    public Tensor log() { return Log.apply(this); }

    /** The square root of every element (torch.sqrt); negatives give NaN. */
    public Tensor sqrt() { return Sqrt.apply(this); }

    /** |x| for every element (torch.abs); the gradient at 0 is 0. */
    public Tensor abs() { return Abs.apply(this); }

    /** sin(x) for every element, in radians (torch.sin). */
    public Tensor sin() { return Sin.apply(this); }

    /** cos(x) for every element, in radians (torch.cos). */
    public Tensor cos() { return Cos.apply(this); }

    /** tanh(x) for every element, in (-1, 1) (torch.tanh). */
    public Tensor tanh() { return Tanh.apply(this); }

    /** 1 / (1 + e^-x) for every element, in (0, 1) (torch.sigmoid). */
    public Tensor sigmoid() { return Sigmoid.apply(this); }

    /** max(x, 0) for every element (torch.relu); the gradient is 1 where x > 0, else 0. */
    public Tensor relu() { return Relu.apply(this); }

    /** Every element limited to [min, max] (torch.clamp); the gradient is 0 where an element was clipped. */
    public Tensor clamp(double min, double max) { return Clamp.apply(this, min, max); }

    /** Every element at least {@code min} (torch.clamp(x, min=min)). */
    public Tensor clampMin(double min) { return clamp(min, Double.POSITIVE_INFINITY); }

    /** Every element at most {@code max} (torch.clamp(x, max=max)). */
    public Tensor clampMax(double max) { return clamp(Double.NEGATIVE_INFINITY, max); }

    /** Elementwise {@code condition != 0 ? a : b}, broadcasting all three (torch.where). */
    public static Tensor where(Tensor condition, Tensor a, Tensor b) {
        int[] s = Shapes.broadcast("where", Shapes.broadcast("where", condition.shape, a.shape), b.shape);
        DType t = DType.promote(a.dtype, b.dtype);
        return Where.apply(condition.detach().expandTo(s), a.to(t).expandTo(s), b.to(t).expandTo(s));
    }

    /** Copy with {@code value} wherever {@code mask != 0} (torch.masked_fill, out of place). */
    public Tensor maskedFill(Tensor mask, double value) {
        Shapes.broadcast("maskedFill", shape, mask.shape);
        return named(where(mask, fromData(new double[] {value}, new int[0], dtype), this), "MaskedFill");
    }

    // ------------------------------------------------------------------ comparisons
    // 0/1 tensors of the promoted dtype (there is no bool dtype), outside the graph:
    // pred.eq(y).sum().item() counts matches, pred.eq(y).mean().item() is the accuracy.

    /** 1 where this == other (broadcast), else 0 (torch.eq, Python's ==). */
    public Tensor eq(Tensor other) { return compare(Compare.Kind.EQ, "eq", other); }

    /** 1 where this == v, else 0 (torch.eq with a number). */
    public Tensor eq(double v) { return compare(Compare.Kind.EQ, "eq", constant(v)); }

    /** 1 where this != other, else 0 (torch.ne). */
    public Tensor ne(Tensor other) { return compare(Compare.Kind.NE, "ne", other); }

    /** 1 where this != v, else 0 (torch.ne with a number). */
    public Tensor ne(double v) { return compare(Compare.Kind.NE, "ne", constant(v)); }

    /** 1 where this > other, else 0 (torch.gt). */
    public Tensor gt(Tensor other) { return compare(Compare.Kind.GT, "gt", other); }

    /** 1 where this > v, else 0 (torch.gt with a number). */
    public Tensor gt(double v) { return compare(Compare.Kind.GT, "gt", constant(v)); }

    /** 1 where this {@code <} other, else 0 (torch.lt). */
    public Tensor lt(Tensor other) { return compare(Compare.Kind.LT, "lt", other); }

    /** 1 where this {@code <} v, else 0 (torch.lt with a number). */
    public Tensor lt(double v) { return compare(Compare.Kind.LT, "lt", constant(v)); }

    /** 1 where this >= other, else 0 (torch.ge). */
    public Tensor ge(Tensor other) { return compare(Compare.Kind.GE, "ge", other); }

    /** 1 where this >= v, else 0 (torch.ge with a number). */
    public Tensor ge(double v) { return compare(Compare.Kind.GE, "ge", constant(v)); }

    /** 1 where this {@code <=} other, else 0 (torch.le). */
    public Tensor le(Tensor other) { return compare(Compare.Kind.LE, "le", other); }

    /** 1 where this {@code <=} v, else 0 (torch.le with a number). */
    public Tensor le(double v) { return compare(Compare.Kind.LE, "le", constant(v)); }

    private Tensor constant(double v) { return fromData(new double[] {v}, new int[0], dtype); }

    private Tensor compare(Compare.Kind kind, String op, Tensor other) {
        try (Grad off = Grad.disabled()) {
            Tensor[] p = broadcastPair(op, this, other);
            return Compare.apply(kind, p[0], p[1]);
        }
    }

    // ------------------------------------------------------------------ matmul

    /**
     * The matrix product (torch.matmul, Python's @): [n, k] x [k, m] gives [n, m]; 1-D operands are vectors; leading
     * batch dims broadcast, e.g. [b, n, k] x [k, m] gives [b, n, m].
     */
    public Tensor matmul(Tensor o) {
        if (shape.length == 0 || o.shape.length == 0) {
            throw new IllegalArgumentException("matmul: both arguments need at least 1 dim, got shapes "
                    + Shapes.str(shape) + " and " + Shapes.str(o.shape));
        }
        DType t = DType.promote(dtype, o.dtype);
        Tensor a = shape.length == 1 ? to(t).unsqueeze(0) : to(t);
        Tensor b = o.shape.length == 1 ? o.to(t).unsqueeze(1) : o.to(t);
        int ka = a.shape[a.shape.length - 1], kb = b.shape[b.shape.length - 2];
        if (ka != kb) {
            throw new IllegalArgumentException("matmul: shapes " + Shapes.str(shape) + " and " + Shapes.str(o.shape)
                    + " are not aligned (" + ka + " != " + kb + ")");
        }
        int[] ba = Arrays.copyOf(a.shape, a.shape.length - 2), bb = Arrays.copyOf(b.shape, b.shape.length - 2);
        int[] batch = Shapes.broadcast("matmul", ba, bb);
        int[] sa = concat(batch, Arrays.copyOfRange(a.shape, a.shape.length - 2, a.shape.length));
        int[] sb = concat(batch, Arrays.copyOfRange(b.shape, b.shape.length - 2, b.shape.length));
        Tensor r = Matmul.apply(a.expandTo(sa), b.expandTo(sb));
        if (shape.length == 1) r = r.squeeze(-2);
        if (o.shape.length == 1) r = r.squeeze(-1);
        return r;
    }

    private static int[] concat(int[] x, int[] y) {
        int[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    // ------------------------------------------------------------------ reductions

    /** The sum of all elements, as a 0-d tensor (torch's x.sum()); {@code loss.sum().backward()} works on it. */
    public Tensor sum() {
        if (shape.length == 0) return this;
        return flatten().sum(0, false);
    }

    /**
     * The sum along {@code dim}, which goes away: [2, 3].sum(1) has shape [2] (torch's x.sum(dim)). Negative dims count
     * from the end.
     */
    public Tensor sum(int dim) { return sum(dim, false); }

    /**
     * The sum along {@code dim}; with {@code keepdim} that dim stays with size 1 ([2, 3] gives [2, 1]), so the result
     * broadcasts back against x.
     */
    public Tensor sum(int dim, boolean keepdim) {
        int d = Shapes.normDim("sum", dim, shape);
        return Sum.apply(this, d, keepdim);
    }

    /** The mean of all elements, as a 0-d tensor (torch's x.mean()). */
    public Tensor mean() { return named(sum().div(Math.max(1, count())), "Mean"); }

    /** The mean along {@code dim}, which goes away: [2, 3].mean(0) has shape [3] (torch's x.mean(dim)). */
    public Tensor mean(int dim) { return mean(dim, false); }

    /**
     * The mean along {@code dim}; with {@code keepdim} that dim stays with size 1, so the result broadcasts back
     * against x.
     */
    public Tensor mean(int dim, boolean keepdim) {
        int d = Shapes.normDim("mean", dim, shape);
        return named(sum(d, keepdim).div(shape[d]), "Mean");
    }

    /** The largest element, 0-d; tied maxima share the gradient evenly (as PyTorch's full max()). */
    public Tensor max() { return MaxAll.max(this); }

    /**
     * The largest value along {@code dim}, which goes away (the values of torch's x.max(dim); the indices are
     * {@link #argmax(int)}). The gradient goes to the first maximum.
     */
    public Tensor max(int dim) { return max(dim, false); }

    /** The largest value along {@code dim}; with {@code keepdim} that dim stays with size 1. */
    public Tensor max(int dim, boolean keepdim) {
        int d = Shapes.normDim("max", dim, shape);
        return Max.apply(this, d, keepdim)[0];
    }

    /** The smallest element, 0-d; tied minima share the gradient evenly (as PyTorch's full min()). */
    public Tensor min() { return MaxAll.min(this); }

    /** Minimum along {@code dim}; the gradient goes to the first minimum, as PyTorch's min(dim) does. */
    public Tensor min(int dim) { return min(dim, false); }

    /** The smallest value along {@code dim}; with {@code keepdim} that dim stays with size 1. */
    public Tensor min(int dim, boolean keepdim) {
        int d = Shapes.normDim("min", dim, shape);
        return named(Max.apply(neg(), d, keepdim)[0].neg(), "Min");
    }

    /** Index of the largest element of the flattened tensor, 0-d (torch's argmax() without a dim). */
    public Tensor argmax() {
        if (count() == 0) throw new IllegalArgumentException("argmax: empty tensor of shape " + Shapes.str(shape));
        return flatten().argmax(0);
    }

    /** Index along {@code dim} of the largest element (the first, among ties), as a tensor of this dtype. */
    public Tensor argmax(int dim) { return argmax(dim, false); }

    /** {@link #argmax(int)} with {@code keepdim}: that dim stays with size 1. */
    public Tensor argmax(int dim, boolean keepdim) {
        int d = Shapes.normDim("argmax", dim, shape);
        return Grad.noGrad(() -> Max.apply(this, d, keepdim)[1]);
    }

    /** Index of the smallest element of the flattened tensor, 0-d. */
    public Tensor argmin() {
        if (count() == 0) throw new IllegalArgumentException("argmin: empty tensor of shape " + Shapes.str(shape));
        return flatten().argmin(0);
    }

    /**
     * Index along {@code dim} of the smallest element (the first, among ties), as a tensor of this dtype (torch's
     * x.argmin(dim)).
     */
    public Tensor argmin(int dim) { return argmin(dim, false); }

    /** {@link #argmin(int)} with {@code keepdim}: that dim stays with size 1. */
    public Tensor argmin(int dim, boolean keepdim) {
        int d = Shapes.normDim("argmin", dim, shape);
        return Grad.noGrad(() -> Max.apply(neg(), d, keepdim)[1]);
    }

    /**
     * Variance of all elements with Bessel's correction (divides by n - 1), PyTorch's default; {@link #var(boolean)}
     * with false divides by n. One element gives NaN, as in PyTorch.
     */
    public Tensor var() { return var(true); }

    /** The variance of all elements: divided by n - 1 when {@code unbiased} (PyTorch's default), by n otherwise. */
    public Tensor var(boolean unbiased) {
        if (count() == 0) throw new IllegalArgumentException("var: empty tensor of shape " + Shapes.str(shape));
        return named(flatten().var(0, false, unbiased), "Var");
    }

    /** The variance along {@code dim} with Bessel's correction (n - 1), dim removed (torch's x.var(dim)). */
    public Tensor var(int dim) { return var(dim, false, true); }

    /** The variance along {@code dim} with Bessel's correction; with {@code keepdim} that dim stays with size 1. */
    public Tensor var(int dim, boolean keepdim) { return var(dim, keepdim, true); }

    /** Variance along {@code dim}; {@code unbiased} divides by n - 1 instead of n. */
    public Tensor var(int dim, boolean keepdim, boolean unbiased) {
        int d = Shapes.normDim("var", dim, shape);
        Tensor centered = sub(mean(d, true));
        return named(centered.mul(centered).sum(d, keepdim).div(unbiased ? shape[d] - 1 : shape[d]), "Var");
    }

    /** Standard deviation of all elements, with Bessel's correction as in PyTorch; a constant has gradient 0. */
    public Tensor std() { return std(true); }

    /** The standard deviation of all elements: Bessel's correction (n - 1) when {@code unbiased}, else divided by n. */
    public Tensor std(boolean unbiased) { return ZeroSafeSqrt.apply(var(unbiased), "Std"); }

    /** The standard deviation along {@code dim} with Bessel's correction, dim removed (torch's x.std(dim)). */
    public Tensor std(int dim) { return std(dim, false, true); }

    /**
     * The standard deviation along {@code dim} with Bessel's correction; with {@code keepdim} that dim stays with size
     * 1.
     */
    public Tensor std(int dim, boolean keepdim) { return std(dim, keepdim, true); }

    /**
     * The standard deviation along {@code dim}; {@code unbiased} divides by n - 1 instead of n; a constant slice has
     * gradient 0.
     */
    public Tensor std(int dim, boolean keepdim, boolean unbiased) {
        return ZeroSafeSqrt.apply(var(dim, keepdim, unbiased), "Std");
    }

    /** The L2 norm of all elements, 0-d (torch's x.norm()); a zero tensor has gradient 0, as in PyTorch. */
    public Tensor norm() { return norm(2.0); }

    /**
     * The p-norm of all elements for p = 1, 2 or infinity (torch's x.norm(p): as there, {@code x.norm(1)} is the
     * L1 norm, not a norm along dim 1). Ties of the infinity norm share the gradient evenly.
     */
    public Tensor norm(double p) {
        if (p == 2) return ZeroSafeSqrt.apply(mul(this).sum(), "Norm");
        if (p == 1) return named(abs().sum(), "Norm");
        if (p == Double.POSITIVE_INFINITY) return named(abs().max(), "Norm");
        throw new IllegalArgumentException("norm: p must be 1, 2 or Double.POSITIVE_INFINITY, got " + p);
    }

    /** The p-norm (p = 1 or 2) along {@code dim}: torch's x.norm(p, dim). */
    public Tensor norm(double p, int dim) { return norm(p, dim, false); }

    /** The p-norm (p = 1 or 2) along {@code dim}; with {@code keepdim} that dim stays with size 1. */
    public Tensor norm(double p, int dim, boolean keepdim) {
        int d = Shapes.normDim("norm", dim, shape);
        if (p == 2) return ZeroSafeSqrt.apply(mul(this).sum(d, keepdim), "Norm");
        if (p == 1) return named(abs().sum(d, keepdim), "Norm");
        throw new IllegalArgumentException("norm: p along a dim must be 1 or 2, got " + p);
    }

    /**
     * e^x / sum(e^x) along {@code dim}, so each slice sums to 1 (torch.softmax(x, dim)); computed stably (the max is
     * subtracted first).
     */
    public Tensor softmax(int dim) {
        int d = Shapes.normDim("softmax", dim, shape);
        Tensor e = sub(max(d, true).detach()).exp();
        return named(e.div(e.sum(d, true)), "Softmax");
    }

    /**
     * log(softmax(x)) along {@code dim}, computed stably (torch.log_softmax); pair it with Loss.nll, or use
     * Loss.crossEntropy on the raw scores.
     */
    public Tensor logSoftmax(int dim) {
        int d = Shapes.normDim("logSoftmax", dim, shape);
        Tensor z = sub(max(d, true).detach());
        return named(z.sub(z.exp().sum(d, true).log()), "LogSoftmax");
    }

    // ------------------------------------------------------------------ shape ops

    /**
     * The same elements in a new shape of the same count (torch's x.reshape); one dim may be -1 and is inferred:
     * {@code x.reshape(-1, 4)}. A view when the layout allows, else a copy.
     */
    public Tensor reshape(int... newShape) {
        int[] s = newShape.clone();
        int infer = -1, known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (infer >= 0) throw new IllegalArgumentException("reshape: only one dimension can be -1, got "
                        + Shapes.str(newShape));
                infer = i;
            } else {
                known *= s[i];
            }
        }
        int n = count();
        if (infer >= 0 && known != 0 && n % known == 0) s[infer] = n / known;
        if (Shapes.numel(s) != n || (infer >= 0 && s[infer] < 0)) {
            throw new IllegalArgumentException("reshape: shape " + Shapes.str(newShape)
                    + " is invalid for input of shape " + Shapes.str(shape) + " (" + n + " elements)");
        }
        if (Arrays.equals(s, shape)) return this;
        return Reshape.apply(this, s);
    }

    /**
     * The same elements in a new shape, sharing storage (torch's x.view); one dim may be -1. Needs a contiguous tensor:
     * after t() or permute use {@link #reshape} or {@link #contiguous()}.
     */
    public Tensor view(int... newShape) {
        if (!isContiguous()) {
            throw new IllegalStateException("view: tensor of shape " + Shapes.str(shape)
                    + " is not contiguous; use reshape(...) instead");
        }
        return reshape(newShape);
    }

    /** All elements in one dimension, row-major (torch's x.flatten()): shape [numel]. */
    public Tensor flatten() { return reshape(count()); }

    /**
     * The dims reordered, a view (torch's x.permute): {@code x.permute(0, 2, 1)} swaps the last two of three dims;
     * {@code dims} names every dim once.
     */
    public Tensor permute(int... dims) {
        if (dims.length != shape.length) {
            throw new IllegalArgumentException("permute: dims " + Arrays.toString(dims) + " do not match shape "
                    + Shapes.str(shape));
        }
        int[] p = new int[dims.length];
        boolean[] seen = new boolean[dims.length];
        for (int i = 0; i < dims.length; i++) {
            p[i] = Shapes.normDim("permute", dims[i], shape);
            if (seen[p[i]]) throw new IllegalArgumentException("permute: repeated dim in " + Arrays.toString(dims));
            seen[p[i]] = true;
        }
        return Permute.apply(this, p);
    }

    /** Dims {@code d0} and {@code d1} swapped, a view (torch's x.transpose(d0, d1)). */
    public Tensor transpose(int d0, int d1) {
        int a = Shapes.normDim("transpose", d0, shape), b = Shapes.normDim("transpose", d1, shape);
        int[] p = new int[shape.length];
        for (int i = 0; i < p.length; i++) p[i] = i;
        p[a] = b;
        p[b] = a;
        return Permute.apply(this, p);
    }

    /** The transpose of a matrix, a view (torch's x.t()); 0-d and 1-d tensors come back as they are. */
    public Tensor t() {
        if (shape.length > 2) throw new IllegalArgumentException("t: expects a tensor with <= 2 dims, got shape "
                + Shapes.str(shape));
        return shape.length < 2 ? this : transpose(0, 1);
    }

    /** All dims of size 1 removed (torch's x.squeeze()): [1, 3, 1] becomes [3]. */
    public Tensor squeeze() {
        int k = 0;
        for (int s : shape) if (s != 1) k++;
        int[] ns = new int[k];
        k = 0;
        for (int s : shape) if (s != 1) ns[k++] = s;
        return reshape(ns);
    }

    /** Dim {@code dim} removed if its size is 1, else this unchanged (torch's x.squeeze(dim)). */
    public Tensor squeeze(int dim) {
        int d = Shapes.normDim("squeeze", dim, shape);
        return shape[d] != 1 ? this : reshape(Shapes.remove(shape, d));
    }

    /**
     * A new dim of size 1 inserted at {@code dim} (torch's x.unsqueeze): [3].unsqueeze(0) is [1, 3], unsqueeze(1) is
     * [3, 1].
     */
    public Tensor unsqueeze(int dim) {
        int d = Shapes.normDim("unsqueeze", dim, shape.length + 1);
        return reshape(Shapes.insert(shape, d, 1));
    }

    /** Broadcast to {@code target} (PyTorch expand semantics, leading dims may be added). */
    public Tensor expand(int... target) {
        Shapes.broadcast("expand", shape, target);
        int[] s = Shapes.broadcast("expand", shape, target);
        if (!Arrays.equals(s, target)) {
            throw new IllegalArgumentException("expand: shape " + Shapes.str(shape) + " cannot be expanded to "
                    + Shapes.str(target));
        }
        return expandTo(target);
    }

    private Tensor expandTo(int[] target) {
        if (Arrays.equals(shape, target)) return this;
        Tensor x = this;
        if (shape.length < target.length) {
            int[] padded = new int[target.length];
            Arrays.fill(padded, 1);
            System.arraycopy(shape, 0, padded, target.length - shape.length, shape.length);
            x = reshape(padded);
        }
        return Arrays.equals(x.shape, target) ? x : Expand.apply(x, target);
    }

    /** x[i0, i1, ...]: integer indexing of the leading dims, a view (negative indices count from the end). */
    public Tensor get(int... idx) { return Select.apply(this, idx); }

    /** Same as {@link #get(int...)}. */
    public Tensor index(int... idx) { return get(idx); }

    /** x[:, i] for dim 1 (torch's select): index {@code index} of {@code dim}, which goes away; a view. */
    public Tensor select(int dim, int index) {
        int d = Shapes.normDim("select", dim, shape);
        if (d == 0) return get(index);
        int[] toFront = new int[shape.length];
        toFront[0] = d;
        for (int i = 0, k = 1; i < shape.length; i++) if (i != d) toFront[k++] = i;
        return permute(toFront).get(index);
    }

    /** x[..., start:end, ...] along {@code dim}, a view; negative indices count from the end, bounds are clamped. */
    public Tensor slice(int dim, int start, int end) { return Slice.apply(this, dim, start, end, 1); }

    /** x[..., start:end:step, ...] along {@code dim}, a view. */
    public Tensor slice(int dim, int start, int end, int step) { return Slice.apply(this, dim, start, end, step); }

    /** {@code length} elements of {@code dim} from {@code start} (torch.narrow): out-of-range is an error, not clamped. */
    public Tensor narrow(int dim, int start, int length) {
        int d = Shapes.normDim("narrow", dim, shape);
        int b = start < 0 ? start + shape[d] : start;
        if (b < 0 || length < 0 || b + length > shape[d]) {
            throw new IndexOutOfBoundsException("narrow: start " + start + " with length " + length
                    + " is out of range for dim " + dim + " of shape " + Shapes.str(shape));
        }
        return Slice.apply(this, d, b, b + length, 1);
    }

    /** Concatenate along {@code dim} (torch.cat); all other dims must match. */
    public static Tensor cat(int dim, Tensor... tensors) { return Cat.apply(dim, tensors); }

    /** Stack along a new dim (torch.stack); all shapes must be equal. */
    public static Tensor stack(int dim, Tensor... tensors) {
        if (tensors.length == 0) throw new IllegalArgumentException("stack: expected a non-empty list of tensors");
        if (dim == 0) return Stack.apply(tensors); // one copy per part, no unsqueezed views
        Tensor[] u = new Tensor[tensors.length];
        for (int i = 0; i < u.length; i++) {
            if (!Arrays.equals(tensors[i].shape, tensors[0].shape)) {
                throw new IllegalArgumentException("stack: tensor " + i + " has shape " + Shapes.str(tensors[i].shape)
                        + " but tensor 0 has shape " + Shapes.str(tensors[0].shape));
            }
            u[i] = tensors[i].unsqueeze(dim);
        }
        return named(Cat.apply(dim, u), "Stack");
    }

    // ------------------------------------------------------------------ printing

    @Override
    public String toString() { return Printer.repr(this); }

    /**
     * The notebook's rich display of this tensor: an HTML table of the values with shape and dtype.
     *
     * @hidden
     */
    public String toHtml() { return Printer.html(this); }
}
