package jgrad.nn;

import java.nio.file.Path;
import java.util.Map;

import jgrad.autograd.Tensor;

/**
 * Child process for {@link CheckpointCrashTest}: saves a model over and over, every value of
 * generation k equal to k, and prints "writing k" before and "saved k" after each save. The test SIGKILLs it mid-write.
 */
public final class CheckpointWriterProcess {
    static final int SIZE = 1024;

    private CheckpointWriterProcess() {
    }

    static Linear modelOfGeneration(double k) {
        Linear model = new Linear(SIZE, SIZE);
        model.loadStateDict(Map.of("weight", Tensor.full(k, SIZE, SIZE), "bias", Tensor.full(k, SIZE)));
        return model;
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        for (int k = Integer.parseInt(args[1]); ; k++) {
            Linear model = modelOfGeneration(k);
            System.out.println("writing " + k);
            System.out.flush();
            model.save(file);
            System.out.println("saved " + k);
            System.out.flush();
        }
    }
}
