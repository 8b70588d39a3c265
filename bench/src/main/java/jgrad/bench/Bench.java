package jgrad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import jgrad.autograd.Tensor;
import jgrad.nn.Conv2d;
import jgrad.nn.Flatten;
import jgrad.nn.Linear;
import jgrad.nn.Loss;
import jgrad.nn.MaxPool2d;
import jgrad.nn.ReLU;
import jgrad.nn.Sequential;
import jgrad.optim.Adam;
import jgrad.optim.SGD;

/**
 * The workloads of shared/torch_workloads.py, timed the same way (3 warm-up calls, here plus JIT warm-up,
 * then repeat for at least MIN_SECONDS) and printed in the same "name figure unit" lines, so
 * scripts/bench.py can put the two side by side. Also prints the process's resident memory at start-up
 * and its peak after the MLP workload (scripts/bench_torch.py prints the same two for PyTorch).
 */
public final class Bench {
    private static final double MIN_SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "1.0"));
    private static final double WARMUP_SECONDS = Double.parseDouble(System.getProperty("bench.warmup", "3.0"));

    private Bench() {
    }

    /**
     * Seconds per call of {@code work}, after warm-up calls (3, and more until WARMUP_SECONDS have passed):
     * steady state needs C2 to have compiled the hot kernels (interpreted Vector API code runs ~1000× slower),
     * whereas PyTorch's kernels are compiled ahead of time.
     */
    static double time(Runnable work) {
        long warmEnd = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
        for (int i = 0; i < 3 || System.nanoTime() < warmEnd; i++) {
            work.run();
        }
        long start = System.nanoTime();
        int calls = 0;
        while (true) {
            work.run();
            calls++;
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed > MIN_SECONDS) {
                return elapsed / calls;
            }
        }
    }

    public static void main(String[] args) {
        printMegabytes("startup_rss", ProcessMemory.kilobytes("VmRSS"), "(resident set at start-up)");
        Tensor.manualSeed(0);
        for (int n : new int[] {128, 256, 512, 1024}) {
            Tensor a = Tensor.randn(n, n);
            Tensor b = Tensor.randn(n, n);
            double dt = time(() -> a.matmul(b));
            System.out.printf("sgemm_n%d %.1f GFLOPS%n", n, 2.0 * n * n * n / dt / 1e9);
        }

        var mlp = new Sequential(new Linear(784, 256), new ReLU(), new Linear(256, 128), new ReLU(), new Linear(128, 10));
        var sgd = new SGD(mlp.parameters(), 0.01);
        Tensor x = Tensor.randn(128, 784);
        Tensor y = randomClasses(128);
        resetPeakHeap();
        double mlpStep = time(() -> {
            sgd.zeroGrad();
            Loss.crossEntropy(mlp.forward(x), y).backward();
            sgd.step();
        });
        System.out.printf("mlp_train_step %.0f samples/s (%.2f ms/step)%n", 128 / mlpStep, mlpStep * 1e3);
        System.out.printf("mlp_peak_heap %.0f MB%n", peakHeapBytes() / 1e6);
        printMegabytes("mlp_peak_rss", ProcessMemory.kilobytes("VmHWM"), "(process peak resident set, sgemm + mlp)");

        var cnn = new Sequential(new Conv2d(1, 8, 3), new ReLU(), new MaxPool2d(2),
                new Conv2d(8, 16, 3), new ReLU(), new MaxPool2d(2), new Flatten(), new Linear(16 * 5 * 5, 10));
        var adam = new Adam(cnn.parameters(), 1e-3);
        Tensor xc = Tensor.randn(64, 1, 28, 28);
        Tensor yc = randomClasses(64);
        double cnnStep = time(() -> {
            adam.zeroGrad();
            Loss.crossEntropy(cnn.forward(xc), yc).backward();
            adam.step();
        });
        System.out.printf("cnn_train_step %.0f samples/s (%.2f ms/step)%n", 64 / cnnStep, cnnStep * 1e3);

        List<Tensor> ws = new ArrayList<>();
        List<Tensor> xs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ws.add(Tensor.scalar(0.5).requiresGrad());
            xs.add(Tensor.scalar(i / 100.0));
        }
        Tensor bias = Tensor.scalar(0.1).requiresGrad();
        double scalar = time(() -> {
            Tensor s = Tensor.scalar(0.0);
            for (int i = 0; i < 100; i++) {
                s = s.add(ws.get(i).mul(xs.get(i)).add(bias).tanh());
            }
            s.backward();
        });
        System.out.printf("scalar_graph_400ops %.2f us/op (forward+backward per op)%n", scalar / 400 * 1e6);

        Tensor xe = Tensor.randn(1_000_000).requiresGrad();
        double elementwise = time(() -> xe.mul(2.0).add(1.0).relu().sum().backward());
        System.out.printf("elementwise_1M %.2f ms%n", elementwise * 1e3);
    }

    /** Prints a "name N MB note" line, or nothing where the kernel does not report the figure. */
    private static void printMegabytes(String name, long kilobytes, String note) {
        if (kilobytes >= 0) {
            System.out.printf("%s %.0f MB %s%n", name, kilobytes * 1024 / 1e6, note);
        }
    }

    private static Tensor randomClasses(int n) {
        double[] labels = Tensor.rand(n).mul(10).toArray();
        for (int i = 0; i < n; i++) {
            labels[i] = Math.min(9, Math.floor(labels[i]));
        }
        return Tensor.of(labels);
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound on the live heap at any moment. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
