package jgrad.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Measures the ceilings the benchmark's figures run against, on the cores this JVM may use: float32
 * FMA throughput of the Vector API's preferred species, with operands in registers (the most any
 * float kernel on this JVM can reach), and copy bandwidth for arrays far larger than the caches and
 * for 1M floats (4 MB, which fits in most L3 caches). Prints "name figure unit" lines like Bench.
 */
public final class Limits {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    /** Independent FMA chains per thread: enough to cover FMA latency (4-5 cycles) on two pipes. */
    private static final int CHAINS = 12;
    private static final int WINDOWS = 6;
    private static final double WINDOW_SECONDS = 0.3;

    private Limits() {
    }

    public static void main(String[] args) {
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("vector_species %d bits (%d float lanes)%n", F.vectorBitSize(), F.length());
        fmaGflops(threads, 0.5); // JIT warm-up
        System.out.printf("fma_peak %.1f GFLOPS (%d threads, registers only)%n",
                bestOf(() -> fmaGflops(threads, WINDOW_SECONDS)), threads);
        float[][] big = arrays(1 << 26); // 64M floats, 256 MB per array: far beyond any cache
        System.out.printf("copy_dram %.1f GB/s (256 MB arrays, bytes read + written)%n",
                bestOf(() -> copyGBps(threads, big[0], big[1], WINDOW_SECONDS)));
        float[][] million = arrays(1_000_000);
        System.out.printf("copy_1M %.1f GB/s (4 MB arrays, cache-resident)%n",
                bestOf(() -> copyGBps(threads, million[0], million[1], WINDOW_SECONDS)));
    }

    /** The best of several short windows: other processes on the cores only ever lower a ceiling. */
    private static double bestOf(DoubleSupplier measure) {
        double best = 0;
        for (int i = 0; i < WINDOWS; i++) {
            best = Math.max(best, measure.getAsDouble());
        }
        return best;
    }

    /** Float operations per second (2 per lane per FMA) of {@code threads} threads running FMA chains. */
    static double fmaGflops(int threads, double seconds) {
        DoubleAdder flops = new DoubleAdder();
        DoubleAdder sink = new DoubleAdder();
        long start = System.nanoTime();
        IntStream.range(0, threads).parallel().forEach(t -> {
            // Short calls, so that C2 compiles fmaRounds early (interpreted Vector API code is ~1000x slower).
            long rounds = 0;
            float check = 0;
            long end = System.nanoTime() + (long) (seconds * 1e9);
            do {
                check += fmaRounds(0.999f, 0.001f, 10_000);
                rounds += 10_000;
            } while (System.nanoTime() < end);
            sink.add(check);
            flops.add((double) rounds * CHAINS * F.length() * 2);
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (Double.isNaN(sink.sum())) {
            System.out.println("unreachable");
        }
        return flops.sum() / elapsed / 1e9;
    }

    /**
     * CHAINS independent chains a = a * scale + shift, as locals created here: vectors that come from
     * or go to the heap are boxed objects, and C2 keeps only local ones in registers.
     */
    private static float fmaRounds(float scaleValue, float shiftValue, int rounds) {
        FloatVector scale = FloatVector.broadcast(F, scaleValue);
        FloatVector shift = FloatVector.broadcast(F, shiftValue);
        FloatVector a0 = FloatVector.broadcast(F, 0f), a1 = FloatVector.broadcast(F, 1f);
        FloatVector a2 = FloatVector.broadcast(F, 2f), a3 = FloatVector.broadcast(F, 3f);
        FloatVector a4 = FloatVector.broadcast(F, 4f), a5 = FloatVector.broadcast(F, 5f);
        FloatVector a6 = FloatVector.broadcast(F, 6f), a7 = FloatVector.broadcast(F, 7f);
        FloatVector a8 = FloatVector.broadcast(F, 8f), a9 = FloatVector.broadcast(F, 9f);
        FloatVector a10 = FloatVector.broadcast(F, 10f), a11 = FloatVector.broadcast(F, 11f);
        for (int r = 0; r < rounds; r++) {
            a0 = a0.fma(scale, shift);
            a1 = a1.fma(scale, shift);
            a2 = a2.fma(scale, shift);
            a3 = a3.fma(scale, shift);
            a4 = a4.fma(scale, shift);
            a5 = a5.fma(scale, shift);
            a6 = a6.fma(scale, shift);
            a7 = a7.fma(scale, shift);
            a8 = a8.fma(scale, shift);
            a9 = a9.fma(scale, shift);
            a10 = a10.fma(scale, shift);
            a11 = a11.fma(scale, shift);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11)
                .reduceLanes(VectorOperators.ADD);
    }

    /**
     * Bytes read plus bytes written per second (the STREAM "copy" convention) when {@code threads}
     * threads each copy their own share of {@code from} into {@code to}, over and over, independently.
     */
    static double copyGBps(int threads, float[] from, float[] to, double seconds) {
        DoubleAdder bytes = new DoubleAdder();
        long start = System.nanoTime();
        IntStream.range(0, threads).parallel().forEach(t -> {
            int lo = (int) ((long) from.length * t / threads);
            int hi = (int) ((long) from.length * (t + 1) / threads);
            long copies = 0;
            long end = System.nanoTime() + (long) (seconds * 1e9);
            do {
                System.arraycopy(from, lo, to, lo, hi - lo);
                copies++;
            } while (System.nanoTime() < end);
            bytes.add(copies * 2.0 * Float.BYTES * (hi - lo));
        });
        return bytes.sum() / ((System.nanoTime() - start) / 1e9) / 1e9;
    }

    /** Two arrays of {@code floats} floats, written once so that their pages exist before timing. */
    private static float[][] arrays(int floats) {
        float[][] pair = {new float[floats], new float[floats]};
        Arrays.fill(pair[0], 1f);
        Arrays.fill(pair[1], 0f);
        return pair;
    }
}
