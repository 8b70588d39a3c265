package jgrad.autograd;

import java.util.Locale;

/** PyTorch-like repr and an HTML table rendering. */
final class Printer {
    private static final int SUMMARIZE_OVER = 1000;
    private static final int EDGE = 3;

    private Printer() { }

    static String repr(Tensor t) {
        double[] v = t.contiguousData();
        int[] shape = t.shape();
        boolean summarize = v.length > SUMMARIZE_OVER;
        String[] cells = formatAll(v);
        int width = 0;
        for (String c : cells) width = Math.max(width, c.length());
        StringBuilder sb = new StringBuilder("tensor(");
        if (v.length == 0) {
            sb.append("[]");
        } else {
            block(sb, cells, width, shape, Shapes.contiguousStrides(shape), 0, 0, summarize);
        }
        if (summarize || v.length == 0) sb.append(", shape=").append(Shapes.str(shape));
        if (t.dtype() != DType.FLOAT32) sb.append(", dtype=").append(t.dtype().torchName());
        if (t.gradFn() != null) {
            sb.append(", grad_fn=<").append(t.gradFn().name()).append('>');
        } else if (t.isRequiresGrad()) {
            sb.append(", requires_grad=True");
        }
        return sb.append(')').toString();
    }

    private static void block(StringBuilder sb, String[] cells, int width, int[] shape, int[] st, int d, int off,
                              boolean summarize) {
        if (d == shape.length) {
            pad(sb, cells[off], width);
            return;
        }
        sb.append('[');
        int n = shape[d];
        boolean cut = summarize && n > 2 * EDGE;
        String sep = d == shape.length - 1 ? ", " : "," + "\n".repeat(shape.length - 1 - d) + " ".repeat(8 + d);
        for (int i = 0; i < n; i++) {
            if (cut && i == EDGE) {
                sb.append("...").append(sep);
                i = n - EDGE;
            }
            block(sb, cells, width, shape, st, d + 1, off + i * st[d], summarize);
            if (i < n - 1) sb.append(sep);
        }
        sb.append(']');
    }

    private static void pad(StringBuilder sb, String s, int width) {
        for (int i = s.length(); i < width; i++) sb.append(' ');
        sb.append(s);
    }

    static String[] formatAll(double[] v) {
        boolean ints = true;
        double maxAbs = 0, minAbs = Double.POSITIVE_INFINITY;
        for (double x : v) {
            if (!Double.isFinite(x)) continue;
            if (x != Math.rint(x)) ints = false;
            double a = Math.abs(x);
            maxAbs = Math.max(maxAbs, a);
            if (a > 0) minAbs = Math.min(minAbs, a);
        }
        boolean sci = maxAbs >= 1e8 || (!ints && minAbs < 1e-4) || (minAbs != Double.POSITIVE_INFINITY
                && maxAbs / minAbs > 1000 && !ints);
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) out[i] = one(v[i], ints, sci);
        return out;
    }

    private static String one(double x, boolean ints, boolean sci) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (sci) return String.format(Locale.ROOT, "%.4e", x);
        if (ints) return String.format(Locale.ROOT, "%.0f.", x);
        return String.format(Locale.ROOT, "%.4f", x);
    }

    static String html(Tensor t) {
        int[] s = t.shape();
        StringBuilder sb = new StringBuilder("<table class=\"jgrad-tensor\">");
        sb.append("<caption>tensor shape=").append(Shapes.str(s)).append(" dtype=").append(t.dtype().torchName());
        if (t.gradFn() != null) sb.append(" grad_fn=&lt;").append(t.gradFn().name()).append("&gt;");
        else if (t.isRequiresGrad()) sb.append(" requires_grad=True");
        sb.append("</caption>");
        if (s.length > 2) {
            sb.append("<tr><td><pre>").append(escape(repr(t))).append("</pre></td></tr></table>");
            return sb.toString();
        }
        String[] cells = formatAll(t.contiguousData());
        int rows = s.length == 2 ? s[0] : 1, cols = s.length == 0 ? 1 : s[s.length - 1];
        int maxShow = 20;
        for (int r = 0; r < rows; r++) {
            if (rows > maxShow && r == maxShow / 2) {
                sb.append("<tr><td colspan=\"").append(Math.min(cols, maxShow + 1)).append("\">&#8942;</td></tr>");
                r = rows - maxShow / 2;
            }
            sb.append("<tr>");
            for (int c = 0; c < cols; c++) {
                if (cols > maxShow && c == maxShow / 2) {
                    sb.append("<td>&#8943;</td>");
                    c = cols - maxShow / 2;
                }
                sb.append("<td>").append(escape(cells[r * cols + c])).append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</table>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
