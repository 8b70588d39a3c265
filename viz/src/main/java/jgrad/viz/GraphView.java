package jgrad.viz;

import java.util.Locale;
import jgrad.autograd.Tensor;
import jgrad.nn.Module;

/**
 * The autograd graph of a tensor, displayed as SVG (image/svg+xml): boxes, text and arrows drawn
 * at the coordinates computed by {@link GraphLayout}. Colours: output orange, ops blue,
 * parameters green, other leaves that require grad yellow, constants grey, folded modules purple;
 * module blocks are dashed frames titled with the module's path, type and parameter count.
 */
public final class GraphView {
    private final AutogradGraph graph;
    private final GraphLayout layout;

    private GraphView(AutogradGraph graph) {
        this.graph = graph;
        this.layout = GraphLayout.of(graph);
    }

    /** See {@link AutogradGraph#of} for model and depth. */
    public static GraphView of(Tensor output, Module model, int depth) {
        return new GraphView(AutogradGraph.of(output, model, depth));
    }

    /** The graph drawn: nodes, edges and module blocks. */
    public AutogradGraph graph() {
        return graph;
    }

    /** Where each node, block and edge is drawn. */
    public GraphLayout layout() {
        return layout;
    }

    static String fill(AutogradGraph.Kind kind) {
        return switch (kind) {
            case OUTPUT -> "#fdd0a2";
            case OP -> "#c6dbef";
            case PARAMETER -> "#c7e9c0";
            case LEAF -> "#fff3b0";
            case CONSTANT -> "#e5e5e5";
            case MODULE -> "#dadaeb";
        };
    }

    /**
     * The drawing as SVG text, what the notebook shows; {@code Files.writeString(Path.of("graph.svg"), view.toSvg())}
     * saves it.
     */
    public String toSvg() {
        double margin = 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\" "
                        + "font-family=\"monospace\" font-size=\"12\">",
                layout.width() + 2 * margin, layout.height() + 2 * margin, -margin, -margin,
                layout.width() + 2 * margin, layout.height() + 2 * margin));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
        for (GraphLayout.Frame f : layout.frames()) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" "
                    + "fill=\"%s\" fill-opacity=\"0.5\" stroke=\"#756bb1\" stroke-dasharray=\"5,3\"/>",
                    f.x(), f.y(), f.width(), f.height(), f.block().parent() < 0 ? "#f7f7fb" : "#efedf5"));
            String title = f.block().lines().get(0);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#54278f\"><title>%s</title>",
                    f.x() + GraphLayout.PADDING, f.titleY() + 0.8 * GraphLayout.LINE_HEIGHT, escape(title)))
                    .append(escape(fit(title, f.width() - 2 * GraphLayout.PADDING))).append("</text>");
        }
        for (GraphLayout.Route r : layout.routes()) {
            double[] p = r.points();
            svg.append("<path fill=\"none\" stroke=\"#555\" marker-end=\"url(#arrow)\" d=\"");
            for (int i = 0; i < p.length; i += 2) {
                svg.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f", p[i], p[i + 1]));
            }
            svg.append("\"/>");
        }
        for (GraphLayout.Box b : layout.boxes()) {
            AutogradGraph.Node n = b.node();
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%d\" fill=\"%s\" stroke=\"#333\"/>",
                    b.x(), b.y(), b.width(), b.height(), n.kind() == AutogradGraph.Kind.OP ? 10 : 2, fill(n.kind())));
            for (int i = 0; i < n.lines().size(); i++) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"%s>", b.x() + GraphLayout.PADDING,
                        b.y() + GraphLayout.PADDING / 2 + (i + 0.8) * GraphLayout.LINE_HEIGHT,
                        i == 0 ? " font-weight=\"bold\"" : "")).append(escape(n.lines().get(i))).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The text cut to the width (ending in "…") when it is wider; the full text stays in a tooltip. */
    static String fit(String text, double width) {
        int chars = (int) (width / GraphLayout.CHAR_WIDTH);
        return text.length() <= chars ? text : text.substring(0, Math.max(1, chars - 1)) + "…";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String toString() {
        return "autograd graph: " + graph.nodes().size() + " nodes, " + graph.edges().size() + " edges, "
                + graph.blocks().size() + " module blocks";
    }
}
