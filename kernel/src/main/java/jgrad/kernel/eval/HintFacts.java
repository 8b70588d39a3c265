package jgrad.kernel.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import jgrad.autograd.Tensor;
import jgrad.nn.Functional;
import jgrad.nn.Loss;

/**
 * What a hint row may only claim after checking: some named groups of its patterns carry a condition, and some
 * give a derived value. {@code callable}: a session variable holding an object with a {@code call} method.
 * {@code getter} with {@code owner}: the class has that public no-argument method. {@code snake},
 * {@code tensorStatic}, {@code tensorMethod}, {@code functional}, {@code loss}: the name in camelCase, given as
 * {@code ${camel}}, is a method of jgrad's API, a static or an instance method of Tensor, a function of Functional
 * or of Loss. {@code keyword}: the {@code name=value} argument of that name in the snippet, whose callee's
 * signature with that parameter is given as {@code ${signature}}.
 */
final class HintFacts {
    private static final Map<String, Predicate<String>> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("snake", JgradApi::hasMethod);
        METHODS.put("tensorStatic", m -> JgradApi.hasMethod(Tensor.class, m, JgradApi.Kind.STATIC));
        METHODS.put("tensorMethod", m -> JgradApi.hasMethod(Tensor.class, m, JgradApi.Kind.INSTANCE));
        METHODS.put("functional", m -> JgradApi.hasMethod(Functional.class, m, JgradApi.Kind.STATIC));
        METHODS.put("loss", m -> JgradApi.hasMethod(Loss.class, m, JgradApi.Kind.STATIC));
    }

    private final String snippet;
    private final Function<String, Optional<Object>> sessionValue;

    /**
     * @param snippet      the source of the snippet that failed to compile
     * @param sessionValue the object a session variable holds, empty for a name that is none
     */
    HintFacts(String snippet, Function<String, Optional<Object>> sessionValue) {
        this.snippet = snippet;
        this.sessionValue = sessionValue;
    }

    /** {@code groups} with the derived values added, or empty when a condition does not hold. */
    Optional<Map<String, String>> derive(Map<String, String> groups) {
        Map<String, String> out = new HashMap<>(groups);
        String callable = groups.get("callable");
        if (callable != null && !sessionValue.apply(callable).map(HintFacts::hasCall).orElse(false)) {
            return Optional.empty();
        }
        String getter = groups.get("getter");
        if (getter != null && !JgradApi.hasGetter(groups.getOrDefault("owner", ""), getter)) {
            return Optional.empty();
        }
        for (var method : METHODS.entrySet()) {
            String name = groups.get(method.getKey());
            if (name != null) {
                String camel = camelCase(name);
                if (!method.getValue().test(camel) || method.getKey().equals("snake") && camel.equals(name)) {
                    return Optional.empty();
                }
                out.put("camel", camel);
            }
        }
        String keyword = groups.get("keyword");
        if (keyword != null) {
            signature(keyword).ifPresent(s -> out.put("signature", s)); // without it, a row that names it does not apply
        }
        return Optional.of(out);
    }

    private Optional<String> signature(String keyword) {
        for (KeywordArguments.Use use : KeywordArguments.in(snippet)) {
            if (use.name().equals(keyword)) {
                // torch.optim.SGD(params, lr=0.1) calls what jgrad constructs: new SGD(params, 0.1)
                boolean constructor = use.constructor() || Character.isUpperCase(use.callee().charAt(0));
                return JgradApi.signatureWith(use.callee(), constructor, camelCase(keyword))
                        .or(() -> JgradApi.signatureWith(use.callee(), constructor, keyword));
            }
        }
        return Optional.empty();
    }

    private static boolean hasCall(Object value) {
        return value != null && JgradApi.hasMethod(value.getClass(), "call", JgradApi.Kind.INSTANCE);
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
}
