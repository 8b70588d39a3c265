package jgrad.nn;

/** GELU, tanh approximation (PyTorch's approximate='tanh'): 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))). */
public final class GELU extends Activation {
    /** torch.nn.GELU(approximate='tanh'): 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))). */
    public GELU() {
        super(x -> x.mul(x.pow(2).mul(0.044715).add(1)).mul(Math.sqrt(2 / Math.PI)).tanh().add(1).mul(x).mul(0.5));
    }
}
