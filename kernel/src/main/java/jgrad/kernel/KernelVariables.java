package jgrad.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jgrad.autograd.Tensor;
import jgrad.kernel.display.Renderers;
import jgrad.kernel.display.ValueText;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.eval.VariableValue;
import jgrad.kernel.protocol.KernelControl.VariableView;
import jgrad.nn.Module;

/**
 * The session's variables as a debugger's Variables panel shows them: a tensor by its shape, dtype and
 * gradient, a module by its parameter count, numbers and text by their values, anything else by its
 * type and size. This runs on the control thread while cells may run, so it calls no user code: a
 * user's toString() could loop forever, and the kernel would stop answering interrupts.
 */
final class KernelVariables {
    private static final int MAX_VALUE_CHARS = 120;
    /** A gradient's norm is read for the panel only up to this size: the panel must stay cheap to refresh. */
    private static final long MAX_NORM_ELEMENTS = 1_000_000;
    private final CodeEvaluator evaluator;

    KernelVariables(CodeEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    List<VariableView> list() {
        List<VariableView> out = new ArrayList<>();
        for (VariableValue v : evaluator.variableValues()) {
            out.add(new VariableView(v.name(), v.typeName(), summary(v.value())));
        }
        return out;
    }

    Optional<Map<String, String>> rich(String name) {
        for (VariableValue v : evaluator.variableValues()) {
            if (v.name().equals(name)) {
                DisplayData view = richView(v.value());
                Map<String, String> bundle = new LinkedHashMap<>();
                for (MIMEType mime : List.of(MIMEType.TEXT_PLAIN, MIMEType.TEXT_HTML, MIMEType.IMAGE_PNG)) {
                    Object data = view.getData(mime);
                    if (data != null) {
                        bundle.put(mime.toString(), data.toString());
                    }
                }
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    static String summary(Object value) {
        if (value instanceof Tensor t) {
            return tensorLine(t);
        }
        if (value instanceof Module m) {
            return m.getClass().getSimpleName() + " · " + String.format(Locale.ROOT, "%,d", parameterCount(m))
                    + " parameters";
        }
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof String || isPrimitiveArray(value)) {
            String text = ValueText.of(value); // the JDK's own text: no user code
            return text.length() > MAX_VALUE_CHARS ? text.substring(0, MAX_VALUE_CHARS) + "…" : text;
        }
        return ValueText.brief(value);
    }

    private static String tensorLine(Tensor t) {
        StringBuilder sb = new StringBuilder("tensor ").append(java.util.Arrays.toString(t.shape()))
                .append(" · ").append(t.dtype().displayName());
        if (t.isRequiresGrad()) {
            sb.append(" · requires_grad");
        }
        Tensor g = t.grad();
        if (g != null && g.numel() <= MAX_NORM_ELEMENTS) {
            sb.append(String.format(Locale.ROOT, " · grad norm %.4g", gradNorm(g)));
        } else if (g != null) {
            sb.append(" · grad set");
        }
        return sb.toString();
    }

    private static double gradNorm(Tensor g) {
        double sum = 0;
        for (double x : g.toArray()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static long parameterCount(Module m) {
        long n = 0;
        for (Tensor p : m.parameters()) {
            n += p.numel();
        }
        return n;
    }

    private static boolean isPrimitiveArray(Object value) {
        return value.getClass().isArray() && value.getClass().getComponentType().isPrimitive();
    }

    /** A tensor's table with its gradient's beside it, a module's parameter table, else the one-line summary. */
    private static DisplayData richView(Object value) {
        if (value instanceof Tensor t) {
            DisplayData data = Renderers.render(t);
            Tensor g = t.grad();
            if (g != null) {
                Object html = data.getData(MIMEType.TEXT_HTML);
                Object gradHtml = Renderers.render(g).getData(MIMEType.TEXT_HTML);
                data.putHTML("<div style=\"display:flex;gap:24px\"><div><b>value</b>" + html + "</div><div><b>grad</b>"
                        + gradHtml + "</div></div>");
            }
            return data;
        }
        if (value instanceof Module m) {
            StringBuilder html = new StringBuilder("<table><tr><th>parameter</th><th>shape</th><th>count</th></tr>");
            m.namedParameters().forEach((name, p) -> html.append("<tr><td>").append(name).append("</td><td>")
                    .append(java.util.Arrays.toString(p.shape())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%,d", p.numel())).append("</td></tr>"));
            DisplayData data = new DisplayData(summary(m));
            data.putHTML(html.append("</table>").toString());
            return data;
        }
        return new DisplayData(summary(value));
    }
}
