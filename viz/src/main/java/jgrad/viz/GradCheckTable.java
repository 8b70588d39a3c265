package jgrad.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jgrad.autograd.DType;
import jgrad.autograd.Grad;
import jgrad.autograd.GradCheck;
import jgrad.autograd.Tensor;

/**
 * GradCheck as a table for teaching: per input element the analytic gradient (backward) next to
 * the central finite difference of {@code sum(fn(x))} in float64, and the relative error coloured
 * by the usual bands: below 1e-7 fine (green), above 1e-2 wrong (red), amber in between. The
 * verdict and the maximum errors are {@link GradCheck#check}'s.
 */
public final class GradCheckTable {
    /** Elements listed per input; the rest is summarised by GradCheck's maxima. */
    static final int MAX_ROWS_PER_INPUT = 12;

    /** One compared gradient element. */
    public record Row(int input, int index, double analytic, double numerical, double relError) {
    }

    private final GradCheck.Result result;
    private final List<Row> rows;
    private final int[] sizes;

    private GradCheckTable(GradCheck.Result result, List<Row> rows, int[] sizes) {
        this.result = result;
        this.rows = rows;
        this.sizes = sizes;
    }

    /**
     * Checks the gradients of {@code fn} at {@code inputs} (as {@link GradCheck#check}) and tabulates analytic against
     * numeric gradient per element: {@code GradCheckTable.check(x -> x[0].pow(3), Tensor.randn(4))}.
     */
    public static GradCheckTable check(Function<Tensor[], Tensor> fn, Tensor... inputs) {
        if (inputs.length == 0) {
            throw new IllegalArgumentException("gradcheck: needs at least one input tensor");
        }
        GradCheck.Result result = GradCheck.check(fn, inputs);
        Tensor[] xs = new Tensor[inputs.length];
        int[] sizes = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            xs[i] = Tensor.fromData(inputs[i].toArray(), inputs[i].shape(), DType.FLOAT64).requiresGrad();
            sizes[i] = (int) xs[i].numel();
        }
        fn.apply(xs).sum().backward();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            double[] analytic = xs[i].grad() == null ? new double[sizes[i]] : xs[i].grad().toArray();
            for (int k = 0; k < Math.min(sizes[i], MAX_ROWS_PER_INPUT); k++) {
                double num = (sumAt(fn, xs, i, k, GradCheck.EPS) - sumAt(fn, xs, i, k, -GradCheck.EPS))
                        / (2 * GradCheck.EPS);
                double abs = Math.abs(num - analytic[k]);
                double rel = abs == 0 ? 0 : abs / Math.max(Math.max(Math.abs(num), Math.abs(analytic[k])), 1e-12);
                rows.add(new Row(i, k, analytic[k], num, rel));
            }
        }
        return new GradCheckTable(result, rows, sizes);
    }

    private static double sumAt(Function<Tensor[], Tensor> fn, Tensor[] xs, int which, int k, double delta) {
        Tensor[] args = xs.clone();
        double[] p = xs[which].toArray();
        p[k] += delta;
        args[which] = Tensor.fromData(p, xs[which].shape(), DType.FLOAT64);
        return Grad.noGrad(() -> fn.apply(args).sum().item());
    }

    /** GradCheck's verdict and maximum errors per input. */
    public GradCheck.Result result() {
        return result;
    }

    /** The compared elements, per input up to a limit. */
    public List<Row> rows() {
        return rows;
    }

    /** "fine" below 1e-7, "wrong" above 1e-2, else "suspicious". */
    public static String band(double relError) {
        return relError < 1e-7 ? "fine" : relError > 1e-2 ? "wrong" : "suspicious";
    }

    static String colour(double relError) {
        return switch (band(relError)) {
            case "fine" -> "#c8f0c8";
            case "wrong" -> "#f6c0c0";
            default -> "#fde3a7";
        };
    }

    /**
     * The notebook's display of this table: rows coloured by error band, then the verdict.
     *
     * @hidden
     */
    public String toHtml() {
        StringBuilder h = new StringBuilder("<div><b>GradCheck: ").append(result.passed() ? "passed" : "FAILED")
                .append("</b> (float64, eps ").append(GradCheck.EPS).append(")<table style=\"font-family:monospace\">")
                .append("<tr><th>input</th><th>index</th><th>analytic</th><th>numerical</th><th>rel. error</th></tr>");
        for (Row r : rows) {
            h.append("<tr><td>").append(r.input()).append("</td><td>").append(r.index()).append("</td><td>")
                    .append(num(r.analytic())).append("</td><td>").append(num(r.numerical()))
                    .append("</td><td style=\"background:").append(colour(r.relError())).append("\">")
                    .append(String.format(Locale.ROOT, "%.2e", r.relError())).append("</td></tr>");
        }
        h.append("</table>");
        for (int i = 0; i < sizes.length; i++) {
            h.append("input ").append(i).append(": ").append(sizes[i]).append(" elements")
                    .append(sizes[i] > MAX_ROWS_PER_INPUT ? " (first " + MAX_ROWS_PER_INPUT + " listed)" : "")
                    .append(String.format(Locale.ROOT, ", max abs error %.2e, max rel error %.2e<br/>",
                            result.maxAbsError(i), result.maxRelError(i)));
        }
        return h.append("</div>").toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.8g", v);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(result.toString());
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%n  x%d[%d] analytic %.8g numerical %.8g rel %.2e %s", r.input(),
                    r.index(), r.analytic(), r.numerical(), r.relError(), band(r.relError())));
        }
        return sb.toString();
    }
}
