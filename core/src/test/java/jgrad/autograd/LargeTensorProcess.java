package jgrad.autograd;

/** Child process of {@link StorageLimitsTest}: run with -Xmx700m. */
final class LargeTensorProcess {
    private LargeTensorProcess() { }

    public static void main(String[] args) {
        Tensor x = Tensor.zeros(100_000_000);
        System.out.println("numel " + x.numel());
        System.out.println("sum " + x.add(1).sum().item());
        x = null;
        try {
            Tensor big = Tensor.fromStorage(Storage.allocate(DType.FLOAT64, 100_000_000), new int[] {100_000_000});
            System.out.println("float64 fits too: " + big.numel());
        } catch (OutOfMemoryError e) {
            System.out.println("float64 does not fit");
        }
    }
}
