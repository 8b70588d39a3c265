package jgrad.autograd;

/** Element type. Values are held in double[] storage; FLOAT32 tensors are rounded to float precision. */
public enum DType {
    FLOAT32("float32"), FLOAT64("float64");

    private final String displayName;

    DType(String displayName) { this.displayName = displayName; }

    /** The name a reader sees: "float32", "float64". */
    public String displayName() { return displayName; }

    /** The name PyTorch prints in a repr, "torch.float32", which jgrad's text repr follows. */
    public String torchName() { return "torch." + displayName; }

    /**
     * The dtype an operation on {@code a} and {@code b} computes in: FLOAT64 if either is, else FLOAT32 (PyTorch's type
     * promotion for these two).
     */
    public static DType promote(DType a, DType b) {
        return (a == FLOAT64 || b == FLOAT64) ? FLOAT64 : FLOAT32;
    }
}
