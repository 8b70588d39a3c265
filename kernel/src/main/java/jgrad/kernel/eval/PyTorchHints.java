package jgrad.kernel.eval;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hint line for compile errors that PyTorch habits cause: a tensor attribute read as a field
 * ({@code x.grad}, which javac reports as "grad has private access"), and PyTorch's snake_case names
 * ({@code optimizer.zero_grad()}) where jgrad's methods are camelCase.
 */
final class PyTorchHints {
    private static final Pattern PRIVATE_ACCESS = Pattern.compile("(\\w+) has private access in ([\\w.$]+)");
    private static final Pattern MISSING = Pattern.compile("cannot find symbol\\s+symbol:\\s+(variable|method) (\\w+)");

    /** PyTorch tensor attributes and their jgrad methods. */
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "grad", "grad()", "shape", "shape()", "dtype", "dtype()", "data", "data()", "T", "t()",
            "requires_grad", "isRequiresGrad()", "is_leaf", "isLeaf()", "grad_fn", "gradFn()", "ndim", "dim()");

    /** Where jgrad's PyTorch-shaped methods live; a snake_case name is checked against these. */
    private static final List<Class<?>> API = List.of(jgrad.autograd.Tensor.class, jgrad.autograd.Grad.class,
            jgrad.autograd.Autograd.class, jgrad.nn.Module.class, jgrad.nn.Sequential.class, jgrad.nn.Criterion.class,
            jgrad.nn.Init.class, jgrad.nn.Loss.class, jgrad.optim.Optimizer.class, jgrad.optim.LRScheduler.class,
            jgrad.optim.Clip.class, jgrad.data.DataLoader.class, jgrad.data.TensorDataset.class);

    private PyTorchHints() {
    }

    /**
     * The hint for a compiler {@code message} about {@code code} (the source the diagnostic spans, e.g.
     * "x.grad"), or empty when the error is not one of these.
     */
    static Optional<String> hint(String message, String code) {
        Matcher access = PRIVATE_ACCESS.matcher(message);
        if (access.find()) {
            String name = access.group(1);
            if (hasPublicNoArgMethod(access.group(2), name)) {
                return Optional.of("hint: " + name + " is read through a method in jgrad: use " + receiver(code, name)
                        + name + "()");
            }
            return Optional.empty();
        }
        Matcher missing = MISSING.matcher(message);
        if (!missing.find()) {
            return Optional.empty();
        }
        String name = missing.group(2);
        if (missing.group(1).equals("variable") && ATTRIBUTES.containsKey(name) && code.contains(".")) {
            return Optional.of("hint: PyTorch's ." + name + " is " + receiver(code, name) + ATTRIBUTES.get(name) + " in jgrad");
        }
        String camel = camelCase(name);
        if (!camel.equals(name) && apiHasMethod(camel)) {
            return Optional.of("hint: jgrad spells PyTorch's " + name + " in camelCase: " + camel
                    + (missing.group(1).equals("method") ? "(...)" : "()"));
        }
        return Optional.empty();
    }

    /** "x." for the code "x.grad" (the expression before the member), or "" when there is none. */
    private static String receiver(String code, String member) {
        String c = code.strip();
        int dot = c.lastIndexOf("." + member);
        return dot > 0 ? c.substring(0, dot + 1) : "";
    }

    /** zero_grad -> zeroGrad, requires_grad_ -> requiresGrad_ (PyTorch's trailing in-place underscore is kept). */
    static String camelCase(String snake) {
        boolean inPlace = snake.endsWith("_") && snake.length() > 1;
        String core = inPlace ? snake.substring(0, snake.length() - 1) : snake;
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : core.toCharArray()) {
            if (ch == '_' && out.length() > 0) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out + (inPlace ? "_" : "");
    }

    private static boolean hasPublicNoArgMethod(String className, String name) {
        try {
            Method m = Class.forName(className, false, PyTorchHints.class.getClassLoader()).getMethod(name);
            return Modifier.isPublic(m.getModifiers());
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            return false; // a user's class, or no such method: no hint
        }
    }

    private static boolean apiHasMethod(String name) {
        for (Class<?> type : API) {
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
