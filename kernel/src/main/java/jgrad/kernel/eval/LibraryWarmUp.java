package jgrad.kernel.eval;

import jgrad.autograd.Tensor;

/**
 * Runs the tensor library's kernels once on a kernel-owned thread at start-up, so their classes (the Vector API
 * matmul kernel above all, whose set-up takes a noticeable moment) are initialised before any cell runs. A
 * cell's interrupt stops the cell's thread wherever it is; landing in a class's static initialiser would leave
 * that class unusable until the kernel restarts.
 */
public final class LibraryWarmUp {
    private LibraryWarmUp() { }

    /** Starts the warm-up on a daemon thread; a cell that needs a class meanwhile waits for its initialiser. */
    public static void start() {
        Thread t = new Thread(LibraryWarmUp::run, "jgrad-warmup");
        t.setDaemon(true);
        t.start();
    }

    static void run() {
        try {
            // No random tensors: the global generator belongs to the user's cells (manualSeed must replay).
            Tensor a = Tensor.arange(64 * 64).reshape(64, 64).div(4096).requiresGrad();
            a.matmul(a.t()).relu().sum().backward(); // packed and unpacked products, elementwise ops, the engine
            Tensor.ones(100_000).mul(2).add(1).relu().sum(); // a deferred elementwise chain
        } catch (RuntimeException | LinkageError e) {
            // Nothing to warn about here: the first cell that uses the library reports any real problem.
        }
    }
}
