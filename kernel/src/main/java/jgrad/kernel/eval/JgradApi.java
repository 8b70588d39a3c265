package jgrad.kernel.eval;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * jgrad's public API as the hints look it up: which PyTorch-shaped methods exist, and the signature (with
 * parameter names, which the build keeps) of a method or constructor that has a given parameter.
 */
final class JgradApi {
    /** Where jgrad's PyTorch-shaped methods live. */
    private static final List<Class<?>> CLASSES = List.of(jgrad.autograd.Tensor.class, jgrad.autograd.Grad.class,
            jgrad.autograd.Autograd.class, jgrad.nn.Module.class, jgrad.nn.Sequential.class, jgrad.nn.Criterion.class,
            jgrad.nn.Init.class, jgrad.nn.Loss.class, jgrad.nn.Functional.class, jgrad.optim.Optimizer.class,
            jgrad.optim.LRScheduler.class, jgrad.optim.Clip.class, jgrad.data.DataLoader.class,
            jgrad.data.TensorDataset.class);
    /** The packages every session imports, where a class named in a cell ({@code new LSTM(...)}) is looked up. */
    private static final List<String> PACKAGES = List.of("jgrad.autograd", "jgrad.nn", "jgrad.optim", "jgrad.data");
    private static final Pattern QUALIFIER = Pattern.compile("\\b[a-z]\\w*\\.(?=[\\w.]*[A-Z])");

    private JgradApi() {
    }

    /** Which methods a lookup counts. */
    enum Kind {
        ANY, STATIC, INSTANCE;

        boolean test(Method m) {
            return this == ANY || (this == STATIC) == Modifier.isStatic(m.getModifiers());
        }
    }

    /** True if a jgrad API class has a public method {@code name}. */
    static boolean hasMethod(String name) {
        return CLASSES.stream().anyMatch(c -> hasMethod(c, name, Kind.ANY));
    }

    /** True if {@code type} has a public method {@code name} of that kind. */
    static boolean hasMethod(Class<?> type, String name, Kind kind) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && kind.test(m)) {
                return true;
            }
        }
        return false;
    }

    /** True if the class {@code className} (as javac names it) has a public no-argument method {@code name}. */
    static boolean hasGetter(String className, String name) {
        try {
            Method m = Class.forName(className, false, JgradApi.class.getClassLoader()).getMethod(name);
            return Modifier.isPublic(m.getModifiers());
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            return false; // a user's class, or no such method
        }
    }

    /**
     * The shortest signature among the constructors of the jgrad class {@code callee} (when {@code constructor})
     * or the methods named {@code callee} that has a parameter {@code param}: {@code new LSTM(int inputSize,
     * int hiddenSize, int numLayers, boolean batchFirst)}, {@code max(int dim)}.
     */
    static Optional<String> signatureWith(String callee, boolean constructor, String param) {
        List<Executable> candidates = new ArrayList<>();
        if (constructor) {
            jgradClass(callee).ifPresent(c -> candidates.addAll(List.of(c.getConstructors())));
        } else {
            for (Class<?> c : CLASSES) {
                for (Method m : c.getMethods()) {
                    if (m.getName().equals(callee)) {
                        candidates.add(m);
                    }
                }
            }
        }
        return candidates.stream()
                .filter(e -> List.of(e.getParameters()).stream().anyMatch(p -> p.getName().equals(param)))
                .min(Comparator.comparingInt(Executable::getParameterCount))
                .map(e -> (constructor ? "new " + callee : callee) + "(" + parameters(e) + ")");
    }

    private static String parameters(Executable e) {
        List<String> out = new ArrayList<>();
        for (Parameter p : e.getParameters()) {
            String type = QUALIFIER.matcher(p.getParameterizedType().getTypeName()).replaceAll("");
            out.add((p.isVarArgs() ? type.replace("[]", "...") : type) + " " + p.getName());
        }
        return String.join(", ", out);
    }

    private static Optional<Class<?>> jgradClass(String simpleName) {
        for (String pkg : PACKAGES) {
            try {
                return Optional.of(Class.forName(pkg + "." + simpleName, false, JgradApi.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this package
            }
        }
        return Optional.empty();
    }
}
