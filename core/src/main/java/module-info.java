/**
 * jgrad's tensor library: tensors and autograd ({@code jgrad.autograd}), layers and losses ({@code jgrad.nn}),
 * optimizers and schedulers ({@code jgrad.optim}), datasets and loaders ({@code jgrad.data}). Only these packages
 * are API; the primitive ops ({@code jgrad.autograd.ops}) and the compute kernels ({@code jgrad.autograd.kernels})
 * are internal and may change in any release.
 */
module jgrad.core {
    exports jgrad.autograd;
    exports jgrad.nn;
    exports jgrad.optim;
    exports jgrad.data;

    requires java.net.http; // Datasets.mnist downloads its files

    // The Vector API kernels (matmul, ReLU, fused elementwise) run only when the JVM was started with the module.
    requires static jdk.incubator.vector;
}
