package jgrad.autograd;

/** Element type. Values are held in double[] storage; FLOAT32 tensors are rounded to float precision. */
public enum DType {
    FLOAT32("torch.float32"), FLOAT64("torch.float64");

    private final String torchName;

    DType(String torchName) { this.torchName = torchName; }

    public String torchName() { return torchName; }

    public static DType promote(DType a, DType b) {
        return (a == FLOAT64 || b == FLOAT64) ? FLOAT64 : FLOAT32;
    }
}
