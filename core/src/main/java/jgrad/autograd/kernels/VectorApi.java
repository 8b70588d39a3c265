package jgrad.autograd.kernels;

import java.util.function.Supplier;

/**
 * Picks a kernel's Vector API version when the JVM was started with {@code --add-modules jdk.incubator.vector},
 * else its plain-Java fallback. The vector classes are the only ones that link against the module, and they
 * are first touched inside {@code vectorVersion}, after the module was found in the boot layer.
 */
final class VectorApi {
    private VectorApi() { }

    static <T> T orFallback(Supplier<T> vectorVersion, T fallback) {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return fallback;
        try {
            return vectorVersion.get();
        } catch (LinkageError e) {
            return fallback;
        }
    }
}
