package jgrad.autograd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tensor as PyTorch prints it (text), and as a compact HTML table with a one-line caption.
 * A tensor of more than {@link #THRESHOLD} elements is never copied: only the elements shown are read,
 * so a tensor of hundreds of millions of elements prints as fast as a small one.
 *
 * <p>The text follows torch/_tensor_str.py with its default print options: precision 4, line
 * width 80, tensors of more than 1000 elements summarised to 3 edge items per dimension, one
 * number format for the whole tensor (integers "1.", fixed "0.1234" or scientific "1.0000e-05",
 * chosen from the shown non-zero finite values).
 */
final class Printer {
    static final int THRESHOLD = 1000;
    static final int EDGE_ITEMS = 3;
    static final int LINE_WIDTH = 80;
    static final int PRECISION = 4;
    /** The HTML table shows at most this many leading and trailing rows / columns of a tensor it does not summarise. */
    static final int HTML_EDGE_ROWS = 10;
    static final int HTML_EDGE_COLUMNS = 6;

    private Printer() { }

    // ------------------------------------------------------------------ text

    static String repr(Tensor t) {
        int[] shape = t.shape();
        Values v = Values.of(t);
        String prefix = "tensor(";
        int indent = prefix.length();
        boolean summarize = v.length() > THRESHOLD;
        List<String> suffixes = new ArrayList<>();
        String body;
        if (v.length() == 0) {
            body = "[]";
            if (shape.length != 1) {
                suffixes.add("size=" + sizeTuple(shape));
            }
        } else {
            Format f = Format.of(shown(v, shape, summarize));
            body = shape.length == 0 ? f.plain(v.at(0)) : block(v, shape, strides(shape), 0, 0, indent, summarize, f);
        }
        if (t.dtype() != DType.FLOAT32) {
            suffixes.add("dtype=" + t.dtype().torchName());
        }
        if (t.gradFn() != null) {
            suffixes.add("grad_fn=<" + t.gradFn().name() + ">");
        } else if (t.isRequiresGrad()) {
            suffixes.add("requires_grad=True");
        }
        return addSuffixes(prefix + body, suffixes, indent);
    }

    /** PyTorch's _add_suffixes: ", suffix" on the same line while it fits in the line width. */
    private static String addSuffixes(String text, List<String> suffixes, int indent) {
        StringBuilder sb = new StringBuilder(text);
        int lastLine = text.length() - text.lastIndexOf('\n') + 1;
        for (String s : suffixes) {
            if (lastLine + s.length() + 2 > LINE_WIDTH) {
                sb.append(",\n").append(" ".repeat(indent)).append(s);
                lastLine = indent + s.length();
            } else {
                sb.append(", ").append(s);
                lastLine += s.length() + 2;
            }
        }
        return sb.append(')').toString();
    }

    /** Dimension d of the values at offset, as PyTorch's _tensor_str_with_formatter. */
    private static String block(Values v, int[] shape, int[] strides, int d, int offset, int indent, boolean summarize,
                                Format f) {
        int n = shape[d];
        boolean cut = summarize && n > 2 * EDGE_ITEMS;
        if (d == shape.length - 1) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (cut && i == EDGE_ITEMS) {
                    items.add(" ...");
                    i = n - EDGE_ITEMS;
                }
                items.add(f.padded(v.at(offset + i * strides[d])));
            }
            int perLine = Math.max(1, (LINE_WIDTH - indent) / (f.width + 2));
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < items.size(); i += perLine) {
                lines.add(String.join(", ", items.subList(i, Math.min(items.size(), i + perLine))));
            }
            return "[" + String.join(",\n" + " ".repeat(indent + 1), lines) + "]";
        }
        List<String> slices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (cut && i == EDGE_ITEMS) {
                slices.add("...");
                i = n - EDGE_ITEMS;
            }
            slices.add(block(v, shape, strides, d + 1, offset + i * strides[d], indent + 1, summarize, f));
        }
        String sep = "," + "\n".repeat(shape.length - d - 1) + " ".repeat(indent + 1);
        return "[" + String.join(sep, slices) + "]";
    }

    /** The values that will be shown (all, or the edge items of a summarised tensor): they decide the format. */
    private static double[] shown(Values v, int[] shape, boolean summarize) {
        if (!summarize || shape.length == 0) {
            double[] all = new double[v.length()];
            for (int i = 0; i < all.length; i++) all[i] = v.at(i);
            return all;
        }
        List<Double> out = new ArrayList<>();
        collectShown(v, shape, strides(shape), 0, 0, out);
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        return a;
    }

    private static void collectShown(Values v, int[] shape, int[] strides, int d, int offset, List<Double> out) {
        int n = shape[d];
        for (int i = 0; i < n; i++) {
            if (n > 2 * EDGE_ITEMS && i == EDGE_ITEMS) {
                i = n - EDGE_ITEMS;
            }
            if (d == shape.length - 1) {
                out.add(v.at(offset + i * strides[d]));
            } else {
                collectShown(v, shape, strides, d + 1, offset + i * strides[d], out);
            }
        }
    }

    /** A tensor's elements by row-major index: a copy when small, read one by one from storage when large. */
    private interface Values {
        double at(int index);

        int length();

        static Values of(Tensor t) {
            int n = Shapes.numel(t.shape());
            if (n <= THRESHOLD) {
                double[] all = t.toArray();
                return new Values() {
                    public double at(int i) { return all[i]; }
                    public int length() { return all.length; }
                };
            }
            Storage storage = t.storage();
            int[] shape = t.shape(), strides = t.strides();
            int offset = t.offset();
            return new Values() {
                public double at(int index) {
                    int pos = offset;
                    for (int d = shape.length - 1; d >= 0; d--) {
                        pos += (index % shape[d]) * strides[d];
                        index /= shape[d];
                    }
                    return storage.get(pos);
                }

                public int length() { return n; }
            };
        }
    }

    static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    private static String sizeTuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    static String shapeText(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(']').toString();
    }

    /** PyTorch's _Formatter for floating-point tensors. */
    static final class Format {
        final boolean intMode;
        final boolean sciMode;
        final int width;

        private Format(boolean intMode, boolean sciMode, int width) {
            this.intMode = intMode;
            this.sciMode = sciMode;
            this.width = width;
        }

        static Format of(double[] values) {
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            boolean ints = true;
            boolean any = false;
            for (double x : values) {
                if (Double.isFinite(x) && x != 0) {
                    any = true;
                    double a = Math.abs(x);
                    min = Math.min(min, a);
                    max = Math.max(max, a);
                    ints &= x == Math.ceil(x);
                }
            }
            if (!any) { // only zeros and non-finite values: integer style, width 1 (PyTorch's default)
                return new Format(true, false, 1);
            }
            boolean sci = ints ? max / min > 1000 || max > 1e8 : max / min > 1000 || max > 1e8 || min < 1e-4;
            Format f = new Format(ints, sci, 0);
            int width = 1;
            for (double x : values) {
                if (Double.isFinite(x) && x != 0) {
                    width = Math.max(width, f.plain(x).length());
                }
            }
            return new Format(ints, sci, width);
        }

        /**
         * The value without padding: "1.", "0.1234", "1.0000e-05", "nan", "inf". Rounded half to even
         * on the exact binary value, as Python's format does (Java's %f rounds ties up).
         */
        String plain(double x) {
            if (Double.isNaN(x)) return "nan";
            if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
            String sign = x < 0 || x == 0 && 1 / x < 0 ? "-" : "";
            BigDecimal a = new BigDecimal(Math.abs(x));
            if (sciMode) {
                if (a.signum() == 0) return sign + "0." + "0".repeat(PRECISION) + "e+00";
                BigDecimal m = a.round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN));
                int exponent = m.precision() - m.scale() - 1;
                String digits = m.movePointLeft(exponent).setScale(PRECISION, RoundingMode.UNNECESSARY).toPlainString();
                return String.format(Locale.ROOT, "%s%se%s%02d", sign, digits, exponent < 0 ? "-" : "+", Math.abs(exponent));
            }
            if (intMode) return sign + a.setScale(0, RoundingMode.HALF_EVEN).toPlainString() + ".";
            return sign + a.setScale(PRECISION, RoundingMode.HALF_EVEN).toPlainString();
        }

        /** Right-aligned to the common width, as in PyTorch. */
        String padded(double x) {
            String s = plain(x);
            return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
        }
    }

    // ------------------------------------------------------------------ HTML

    /**
     * One caption line (shape · dtype · grad_fn or requires_grad) over a table of the values: a matrix
     * or vector as cells, summarised with edge items (⋮ ⋯ ⋱) so that it fits a notebook column;
     * three or more dimensions as the text repr.
     */
    static String html(Tensor t) {
        int[] s = t.shape();
        StringBuilder sb = new StringBuilder("<div class=\"jgrad-tensor\">");
        sb.append("<div style=\"white-space:nowrap;font-family:monospace;color:#555;margin-bottom:2px\">")
                .append(escape(caption(t))).append("</div>");
        if (s.length > 2) {
            sb.append("<pre style=\"margin:0\">").append(escape(repr(t))).append("</pre></div>");
            return sb.toString();
        }
        Values v = Values.of(t);
        if (v.length() == 0) {
            return sb.append("<pre style=\"margin:0\">[]</pre></div>").toString();
        }
        boolean summarize = v.length() > THRESHOLD;
        int rows = s.length == 2 ? s[0] : 1;
        int cols = s.length == 0 ? 1 : s[s.length - 1];
        int[] rowIdx = edges(rows, summarize ? EDGE_ITEMS : HTML_EDGE_ROWS);
        int[] colIdx = edges(cols, summarize ? EDGE_ITEMS : HTML_EDGE_COLUMNS);
        List<Double> shownValues = new ArrayList<>();
        for (int r : rowIdx) {
            for (int c : colIdx) {
                if (r >= 0 && c >= 0) shownValues.add(v.at(r * cols + c));
            }
        }
        Format f = Format.of(shownValues.stream().mapToDouble(Double::doubleValue).toArray());
        sb.append("<table style=\"font-family:monospace;border-collapse:collapse\">");
        for (int r : rowIdx) {
            sb.append("<tr>");
            for (int c : colIdx) {
                String cell = r < 0 && c < 0 ? "&#8945;" : r < 0 ? "&#8942;" : c < 0 ? "&#8943;" : escape(f.plain(v.at(r * cols + c)));
                sb.append("<td style=\"text-align:right;padding:1px 6px\">").append(cell).append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</table></div>").toString();
    }

    /** Indices 0..n-1, or the first and last edge ones with -1 (an ellipsis) between them. */
    private static int[] edges(int n, int edge) {
        if (n <= 2 * edge) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int[] out = new int[2 * edge + 1];
        for (int i = 0; i < edge; i++) {
            out[i] = i;
            out[edge + 1 + i] = n - edge + i;
        }
        out[edge] = -1;
        return out;
    }

    /** "tensor [2, 3] · float32 · grad_fn=&lt;MulBackward&gt;": what the value is, on one line. */
    static String caption(Tensor t) {
        StringBuilder sb = new StringBuilder("tensor ").append(shapeText(t.shape()))
                .append(" · ").append(t.dtype().displayName());
        if (t.gradFn() != null) {
            sb.append(" · grad_fn=<").append(t.gradFn().name()).append('>');
        } else if (t.isRequiresGrad()) {
            sb.append(" · requires_grad");
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
