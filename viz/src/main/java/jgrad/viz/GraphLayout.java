package jgrad.viz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays an {@link AutogradGraph} out with Eclipse ELK's layered (Sugiyama) algorithm, inputs at
 * the top and the output at the bottom, edges routed orthogonally. Module blocks are ELK compound
 * nodes laid out together with their contents (hierarchy handling INCLUDE_CHILDREN), so edges
 * cross block borders cleanly. Node sizes come from the label text at {@link #CHAR_WIDTH} per
 * character of the monospace SVG font. All coordinates returned are absolute.
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

    /** A placed module block: top-left corner and size, around its contents; the top of its title line. */
    public record Frame(AutogradGraph.Block block, double x, double y, double width, double height, double titleY) {
    }

    /** An edge as a polyline of points {x0, y0, x1, y1, ...}. */
    public record Route(double[] points) {
    }

    private final List<Box> boxes;
    private final List<Frame> frames;
    private final List<Route> routes;
    private final double width;
    private final double height;

    private GraphLayout(List<Box> boxes, List<Frame> frames, List<Route> routes, double width, double height) {
        this.boxes = boxes;
        this.frames = frames;
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

    /** Computes positions for every node, block and edge of {@code graph} (inputs on top, output at the bottom). */
    public static GraphLayout of(AutogradGraph graph) {
        Registration.ensure();
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        List<ElkNode> elkBlocks = new ArrayList<>();
        for (AutogradGraph.Block b : graph.blocks()) {
            ElkNode e = ElkGraphUtil.createNode(b.parent() < 0 ? root : elkBlocks.get(b.parent()));
            configure(e);
            // The title as an ELK label, so space is kept for it at the top; GraphView draws the text.
            ElkLabel title = ElkGraphUtil.createLabel(b.lines().get(0), e);
            title.setDimensions(b.lines().get(0).length() * CHAR_WIDTH, LINE_HEIGHT);
            e.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.insideTopCenter());
            e.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.NODE_LABELS));
            e.setProperty(CoreOptions.NODE_LABELS_PADDING, new ElkPadding(PADDING));
            e.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
            elkBlocks.add(e);
        }
        List<ElkNode> elkNodes = new ArrayList<>();
        for (AutogradGraph.Node n : graph.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(n.block() < 0 ? root : elkBlocks.get(n.block()));
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
            KVector at = absolute(e);
            boxes.add(new Box(graph.nodes().get(i), at.x, at.y, e.getWidth(), e.getHeight()));
        }
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < elkBlocks.size(); i++) {
            ElkNode e = elkBlocks.get(i);
            KVector at = absolute(e);
            ElkLabel title = e.getLabels().get(0);
            frames.add(new Frame(graph.blocks().get(i), at.x, at.y, e.getWidth(), e.getHeight(), at.y + title.getY()));
        }
        List<Route> routes = new ArrayList<>();
        for (ElkEdge e : elkEdges) {
            // Edge points are relative to the node that contains the edge.
            KVector origin = e.getContainingNode() == root ? new KVector() : absolute(e.getContainingNode());
            for (ElkEdgeSection s : e.getSections()) {
                List<Double> pts = new ArrayList<>(List.of(s.getStartX(), s.getStartY()));
                for (ElkBendPoint b : s.getBendPoints()) {
                    pts.add(b.getX());
                    pts.add(b.getY());
                }
                pts.add(s.getEndX());
                pts.add(s.getEndY());
                double[] points = pts.stream().mapToDouble(Double::doubleValue).toArray();
                for (int k = 0; k < points.length; k += 2) {
                    points[k] += origin.x;
                    points[k + 1] += origin.y;
                }
                routes.add(new Route(points));
            }
        }
        return new GraphLayout(boxes, frames, routes, root.getWidth(), root.getHeight());
    }

    private static void configure(ElkNode graph) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 30.0);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 20.0);
        // Brandes-Koepf shifts each nested block a column sideways (a 24-layer MLP came out 5,600 px wide);
        // linear segments keep a chain of layers in one column.
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.LINEAR_SEGMENTS);
    }

    /** A node's top-left corner in root coordinates (ELK stores it relative to the parent). */
    private static KVector absolute(ElkNode node) {
        KVector at = new KVector();
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            at.x += n.getX();
            at.y += n.getY();
        }
        return at;
    }

    /** Each node with its position and size. */
    public List<Box> boxes() {
        return boxes;
    }

    /** Module blocks, each after the block that encloses it. */
    public List<Frame> frames() {
        return frames;
    }

    /** Each edge as a polyline. */
    public List<Route> routes() {
        return routes;
    }

    /** The width of the whole drawing. */
    public double width() {
        return width;
    }

    /** The height of the whole drawing. */
    public double height() {
        return height;
    }
}
