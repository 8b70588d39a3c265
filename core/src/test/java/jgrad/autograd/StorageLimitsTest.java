package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Shapes beyond what one storage holds are refused by name; FLOAT32 storage takes 4 bytes an element. */
class StorageLimitsTest {
    @Test
    void elementCountsThatOverflowAnIntAreRefusedNamingTheShapeAndTheLimit() {
        for (int[] shape : new int[][] {{65536, 65537}, {65536, 65536}, {1 << 20, 1 << 12, 1 << 10}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tensor.ones(shape));
            String shown = java.util.Arrays.toString(shape);
            assertTrue(e.getMessage().contains(shown), e.getMessage());
            assertTrue(e.getMessage().contains(String.valueOf(Storage.MAX_ELEMENTS)), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(65536, 65536)).getMessage()
                .contains("4294967296 elements"));
        assertThrows(IllegalArgumentException.class, () -> Tensor.randn(3, 1 << 30));
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(1 << 16).reshape(1 << 8, 1 << 8, 1 << 16));
    }

    @Test
    void negativeSizesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(3, -2));
        assertTrue(e.getMessage().contains("negative dimension -2"), e.getMessage());
    }

    @Test
    void numelIsALong() {
        long n = Tensor.zeros(1000, 1000).numel();
        assertEquals(1_000_000L, n);
    }

    @Test
    void float32TensorsUseFloatStorage() {
        assertTrue(Tensor.zeros(3).storage().isFloat());
        assertTrue(Tensor.randn(2, 2).storage().isFloat());
        assertEquals(DType.FLOAT64, Tensor.zeros(3).to(DType.FLOAT64).storage().dtype());
        Tensor x = Tensor.randn(4, 3).requiresGrad();
        Tensor[] results = {x.exp(), x.add(1), x.mul(x), x.relu(), x.sum(0), x.matmul(x.t()), x.t().contiguous(),
            x.max(1), x.softmax(1), Tensor.cat(0, x, x), x.clamp(-1, 1)};
        for (Tensor r : results) assertTrue(r.storage().isFloat(), r.gradFn().name() + " keeps float storage");
        x.matmul(x.t()).tanh().sum().backward();
        assertTrue(x.grad().storage().isFloat(), "gradients of float32 leaves are float32");
        float[] f = Tensor.of(1.5, 2.25).toFloatArray();
        assertEquals(1.5f, f[0]);
        assertEquals(2.25f, f[1]);
    }

    /**
     * 100,000,000 FLOAT32 elements in a JVM with a 700 MB heap: the tensor (400 MB) fits and add(1).sum()
     * runs; the same count as FLOAT64 (800 MB) does not fit there, which shows the limit is real.
     */
    @Test
    void hundredMillionFloatsFitIn700Megabytes() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx700m", "-cp", System.getProperty("java.class.path"),
                LargeTensorProcess.class.getName())).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM did not finish in 120 s");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("numel 100000000"), out);
        assertTrue(out.contains("sum 1.0E8"), out);
        assertTrue(out.contains("float64 does not fit"), out);
    }
}
