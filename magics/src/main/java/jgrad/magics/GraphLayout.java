package jgrad.magics;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays an {@link AutogradGraph} out with Eclipse ELK's layered (Sugiyama) algorithm, inputs at
 * the top and the output at the bottom, edges routed orthogonally. Node sizes come from the
 * label text at {@link #CHAR_WIDTH} per character of the monospace SVG font.
 */
public final class GraphLayout {
    static final double CHAR_WIDTH = 7.3;
    static final double LINE_HEIGHT = 15;
    static final double PADDING = 8;

    /** A placed node: top-left corner and size. */
    public record Box(AutogradGraph.Node node, double x, double y, double width, double height) {
        boolean overlaps(Box o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }
    }

    /** An edge as a polyline of points {x0, y0, x1, y1, ...}. */
    public record Route(double[] points) {
    }

    private final List<Box> boxes;
    private final List<Route> routes;
    private final double width;
    private final double height;

    private GraphLayout(List<Box> boxes, List<Route> routes, double width, double height) {
        this.boxes = boxes;
        this.routes = routes;
        this.width = width;
        this.height = height;
    }

    private static final class Registration {
        static {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }

        static void ensure() {
        }
    }

    public static GraphLayout of(AutogradGraph graph) {
        Registration.ensure();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 30.0);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 20.0);
        List<ElkNode> elkNodes = new ArrayList<>();
        for (AutogradGraph.Node n : graph.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            int longest = n.lines().stream().mapToInt(String::length).max().orElse(1);
            e.setDimensions(longest * CHAR_WIDTH + 2 * PADDING, n.lines().size() * LINE_HEIGHT + PADDING);
            elkNodes.add(e);
        }
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (AutogradGraph.Edge edge : graph.edges()) {
            elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.from()), elkNodes.get(edge.to())));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < elkNodes.size(); i++) {
            ElkNode e = elkNodes.get(i);
            boxes.add(new Box(graph.nodes().get(i), e.getX(), e.getY(), e.getWidth(), e.getHeight()));
        }
        List<Route> routes = new ArrayList<>();
        for (ElkEdge e : elkEdges) {
            for (ElkEdgeSection s : e.getSections()) {
                List<Double> pts = new ArrayList<>(List.of(s.getStartX(), s.getStartY()));
                for (ElkBendPoint b : s.getBendPoints()) {
                    pts.add(b.getX());
                    pts.add(b.getY());
                }
                pts.add(s.getEndX());
                pts.add(s.getEndY());
                routes.add(new Route(pts.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        return new GraphLayout(boxes, routes, root.getWidth(), root.getHeight());
    }

    public List<Box> boxes() {
        return boxes;
    }

    public List<Route> routes() {
        return routes;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
