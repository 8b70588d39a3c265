package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jgrad.autograd.Tensor;
import jgrad.nn.Conv2d;
import jgrad.nn.Flatten;
import jgrad.nn.Linear;
import jgrad.nn.Loss;
import jgrad.nn.MaxPool2d;
import jgrad.nn.Module;
import jgrad.nn.ReLU;
import jgrad.nn.Sequential;
import jgrad.nn.Tanh;
import org.junit.jupiter.api.Test;

class GraphViewTest {
    @Test
    void smallGraphHasOpsTensorsAndNamedParameters() {
        Tensor.manualSeed(2);
        Sequential model = new Sequential(new Linear(3, 2), new Tanh());
        Tensor x = Tensor.randn(4, 3);
        Tensor loss = Loss.mse(model.call(x), Tensor.zeros(4, 2));
        loss.backward();
        GraphView view = Plots.graph(loss, model, 100);
        List<AutogradGraph.Node> nodes = view.graph().nodes();
        assertEquals(AutogradGraph.Kind.OUTPUT, nodes.get(0).kind());
        assertTrue(nodes.get(0).lines().get(0).startsWith("output: "), nodes.get(0).lines().toString());
        assertTrue(nodes.stream().anyMatch(n -> n.kind() == AutogradGraph.Kind.PARAMETER
                && n.lines().get(0).equals("0.weight") && n.lines().get(1).startsWith("[2, 3]")
                && n.lines().stream().anyMatch(l -> l.startsWith("|grad| "))), nodes.toString());
        assertTrue(nodes.stream().anyMatch(n -> n.kind() == AutogradGraph.Kind.OP && n.lines().get(0).endsWith("Backward")));
        assertTrue(nodes.stream().anyMatch(n -> n.kind() == AutogradGraph.Kind.CONSTANT), "x is a constant leaf");
        String svg = view.toSvg();
        assertTrue(svg.startsWith("<svg") && svg.contains("0.weight") && svg.endsWith("</svg>"));
        ChartFiles.save("graph-small.svg", svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void severalHundredNodesLayOutWithoutOverlapsAndWithoutRecursion() {
        Tensor w = Tensor.of(0.9).requiresGrad();
        Tensor y = Tensor.of(0.5).requiresGrad();
        for (int i = 0; i < 150; i++) {
            y = y.mul(w).tanh();
        }
        GraphView view = Plots.graph(y);
        int n = view.graph().nodes().size();
        assertTrue(n > 300, "nodes: " + n);
        List<GraphLayout.Box> boxes = view.layout().boxes();
        assertEquals(n, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j)), "nodes " + i + " and " + j + " overlap");
            }
        }
        assertEquals(view.graph().edges().size(), view.layout().routes().size());
        ChartFiles.save("graph-large.svg", view.toSvg().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void titlesAreCutToTheFrameWidth() {
        assertEquals("Sequential", GraphView.fit("Sequential", 10 * GraphLayout.CHAR_WIDTH));
        assertEquals("Seque…", GraphView.fit("Sequential", 6 * GraphLayout.CHAR_WIDTH));
    }

    @Test
    void aVeryDeepGraphDoesNotOverflowTheStack() {
        Tensor y = Tensor.of(0.5).requiresGrad();
        for (int i = 0; i < 20_000; i++) {
            y = y.add(1);
        }
        AutogradGraph g = AutogradGraph.of(y, null, Integer.MAX_VALUE);
        assertTrue(g.nodes().size() > 20_000);
    }

    private static Sequential mlp() {
        Tensor.manualSeed(5);
        return new Sequential(new Linear(3, 4), new ReLU(), new Linear(4, 2));
    }

    private static Tensor mlpLoss(Module model) {
        Tensor loss = Loss.mse(model.call(Tensor.randn(6, 3)), Tensor.zeros(6, 2));
        loss.backward();
        return loss;
    }

    private static long count(AutogradGraph g, AutogradGraph.Kind kind) {
        return g.nodes().stream().filter(n -> n.kind() == kind).count();
    }

    private static List<String> titles(AutogradGraph g, AutogradGraph.Kind kind) {
        return g.nodes().stream().filter(n -> n.kind() == kind).map(n -> n.lines().get(0)).sorted().toList();
    }

    private static List<String> blockPaths(AutogradGraph g) {
        return g.blocks().stream().map(AutogradGraph.Block::path).sorted().toList();
    }

    @Test
    void opsAndParametersSitInTheBlockOfTheirModule() {
        Sequential model = mlp();
        AutogradGraph g = AutogradGraph.of(mlpLoss(model), null, Integer.MAX_VALUE);
        assertEquals(List.of("", "0", "1", "2"), blockPaths(g), "the model found from the graph itself");
        assertEquals(0, count(g, AutogradGraph.Kind.MODULE));
        assertEquals(4, count(g, AutogradGraph.Kind.PARAMETER));
        for (AutogradGraph.Node n : g.nodes()) {
            String block = n.block() < 0 ? null : g.blocks().get(n.block()).path();
            if (n.kind() == AutogradGraph.Kind.PARAMETER) {
                assertEquals(n.lines().get(0).substring(0, 1), block, "parameter " + n.lines().get(0));
            } else if (n.lines().get(0).equals("ReluBackward")) {
                assertEquals("1", block);
            } else if (n.kind() == AutogradGraph.Kind.OUTPUT || n.kind() == AutogradGraph.Kind.CONSTANT) {
                assertNull(block, "the loss and the data are outside the model: " + n.lines());
            }
        }
        AutogradGraph.Block relu = g.blocks().stream().filter(b -> b.path().equals("1")).findFirst().orElseThrow();
        assertEquals("", g.blocks().get(relu.parent()).path(), "layers nest in the model's block");
        assertEquals(List.of("Sequential · 26 parameters"), g.blocks().get(relu.parent()).lines());
    }

    @Test
    void depthFoldsDeeperModuleCallsIntoOneBoxEach() {
        Sequential model = mlp();
        Tensor loss = mlpLoss(model);
        AutogradGraph full = AutogradGraph.of(loss, model, Integer.MAX_VALUE);
        AutogradGraph two = AutogradGraph.of(loss, model, 2);
        assertEquals(full.nodes().size(), two.nodes().size(), "an MLP has two levels: the model and its layers");
        assertEquals(4, two.blocks().size());

        AutogradGraph one = AutogradGraph.of(loss, model, 1);
        assertEquals(List.of(""), blockPaths(one));
        assertEquals(List.of("0: Linear(in=3, out=4)", "1: ReLU()", "2: Linear(in=4, out=2)"),
                titles(one, AutogradGraph.Kind.MODULE));
        assertEquals(0, count(one, AutogradGraph.Kind.PARAMETER), "parameters are inside the boxes");
        assertEquals(0, count(one, AutogradGraph.Kind.OP) - count(full, AutogradGraph.Kind.OP)
                + opsInside(full, Set.of("0", "1", "2")), "every layer op is folded, the loss ops stay");
        AutogradGraph.Node first = one.nodes().stream().filter(n -> n.lines().get(0).startsWith("0: ")).findFirst().orElseThrow();
        AutogradGraph.Node second = one.nodes().stream().filter(n -> n.lines().get(0).startsWith("1: ")).findFirst().orElseThrow();
        assertEquals(opsInside(full, Set.of("0")) + " ops · 16 parameters", first.lines().get(1));
        assertEquals(List.of("1: ReLU()", "1 op"), second.lines());
        assertTrue(one.edges().contains(new AutogradGraph.Edge(first.id(), second.id())), "Linear feeds ReLU");
        assertTrue(one.edges().stream().noneMatch(e -> e.from() == e.to()), "no self loops");

        AutogradGraph zero = AutogradGraph.of(loss, model, 0);
        assertEquals(List.of(), blockPaths(zero));
        assertEquals(List.of("Sequential"), titles(zero, AutogradGraph.Kind.MODULE));
        assertEquals(count(one, AutogradGraph.Kind.OP) + count(one, AutogradGraph.Kind.OUTPUT)
                + count(one, AutogradGraph.Kind.CONSTANT) + 1, zero.nodes().size(), "the loss ops, the data and one box");
        assertThrows(IllegalArgumentException.class, () -> AutogradGraph.of(loss, model, -1));
    }

    private static long opsInside(AutogradGraph g, Set<String> paths) {
        return g.nodes().stream().filter(n -> n.kind() == AutogradGraph.Kind.OP && n.block() >= 0
                && paths.contains(g.blocks().get(n.block()).path())).count();
    }

    @Test
    void nestedModelsFoldLevelByLevel() {
        Tensor.manualSeed(6);
        Sequential model = new Sequential(new Sequential(new Linear(2, 3), new Tanh()), new Linear(3, 1));
        Tensor y = model.call(Tensor.randn(4, 2));
        assertEquals(List.of("0: Sequential", "1: Linear(in=3, out=1)"),
                titles(AutogradGraph.of(y, model, 1), AutogradGraph.Kind.MODULE));
        AutogradGraph two = AutogradGraph.of(y, model, 2);
        assertEquals(List.of("", "0", "1"), blockPaths(two));
        assertEquals(List.of("0.0: Linear(in=2, out=3)", "0.1: Tanh()"), titles(two, AutogradGraph.Kind.MODULE));
        AutogradGraph three = AutogradGraph.of(y, model, 3);
        assertEquals(List.of("", "0", "0.0", "0.1", "1"), blockPaths(three));
        assertEquals(0, count(three, AutogradGraph.Kind.MODULE));
        assertEquals(List.of("0.0.bias", "0.0.weight", "1.bias", "1.weight"), titles(three, AutogradGraph.Kind.PARAMETER));
    }

    @Test
    void aLayerUsedTwiceGetsABoxPerUseAndItsParametersStayOutside() {
        Tensor.manualSeed(7);
        Linear shared = new Linear(2, 2);
        Sequential model = new Sequential(shared, new ReLU(), shared);
        Tensor y = model.call(Tensor.randn(3, 2));
        AutogradGraph one = AutogradGraph.of(y, model, 1);
        assertEquals(List.of("0: Linear(in=2, out=2)", "1: ReLU()", "2: Linear(in=2, out=2)"),
                titles(one, AutogradGraph.Kind.MODULE));
        AutogradGraph.Node weight = one.nodes().stream().filter(n -> n.lines().get(0).equals("0.weight")).findFirst()
                .orElseThrow();
        assertEquals(-1, weight.block(), "a shared parameter belongs to neither use");
        assertEquals(2, one.edges().stream().filter(e -> e.from() == weight.id()).count(), "it feeds both boxes");
        AutogradGraph all = AutogradGraph.of(y, model, 2);
        assertEquals(List.of("", "0", "1", "2"), blockPaths(all));
        assertEquals(List.of("0.bias", "0.weight"), titles(all, AutogradGraph.Kind.PARAMETER), "named once, as in PyTorch");
    }

    @Test
    void blocksEncloseTheirNodesAndEdgesEndAtTheirNodes() {
        Sequential model = mlp();
        Tensor loss = mlpLoss(model);
        for (int depth : new int[] {1, Integer.MAX_VALUE}) {
            GraphView view = Plots.graph(loss, model, depth);
            GraphLayout layout = view.layout();
            for (GraphLayout.Box b : layout.boxes()) {
                if (b.node().block() >= 0) {
                    GraphLayout.Frame f = layout.frames().get(b.node().block());
                    assertTrue(f.x() <= b.x() && b.x() + b.width() <= f.x() + f.width() && f.y() <= b.y()
                            && b.y() + b.height() <= f.y() + f.height(), b.node().lines() + " inside " + f.block().path());
                }
            }
            List<AutogradGraph.Edge> edges = view.graph().edges();
            assertEquals(edges.size(), layout.routes().size());
            for (int i = 0; i < edges.size(); i++) {
                double[] p = layout.routes().get(i).points();
                assertTrue(near(layout.boxes().get(edges.get(i).from()), p[0], p[1]), "edge " + i + " starts at its source");
                assertTrue(near(layout.boxes().get(edges.get(i).to()), p[p.length - 2], p[p.length - 1]),
                        "edge " + i + " ends at its target");
            }
            String svg = view.toSvg();
            assertTrue(svg.contains(depth == 1 ? ">0: Linear(in=3, out=4)<" : "<title>0: Linear(in=3, out=4) · 16 parameters</title>"),
                    svg);
            assertTrue(svg.contains("<title>Sequential · 26 parameters</title>"), svg);
            ChartFiles.save(depth == 1 ? "graph-mlp-depth1.svg" : "graph-mlp.svg", svg.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean near(GraphLayout.Box b, double x, double y) {
        return b.x() - 1 <= x && x <= b.x() + b.width() + 1 && b.y() - 1 <= y && y <= b.y() + b.height() + 1;
    }

    @Test
    void aDeepModelStaysAboutOneBlockWide() {
        Tensor.manualSeed(9);
        List<Module> layers = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            layers.add(new Linear(16, 16));
            layers.add(new ReLU());
        }
        Sequential model = new Sequential(layers.toArray(new Module[0]));
        GraphLayout layout = Plots.graph(mlpLoss16(model), model, Integer.MAX_VALUE).layout();
        assertEquals(49, layout.frames().size());
        double widestLayer = layout.frames().stream().filter(f -> !f.block().path().isEmpty())
                .mapToDouble(GraphLayout.Frame::width).max().orElseThrow();
        assertTrue(layout.width() < 3 * widestLayer, "layers stacked in one column, not a staircase: width "
                + layout.width() + ", widest layer " + widestLayer);
    }

    private static Tensor mlpLoss16(Module model) {
        return Loss.mse(model.call(Tensor.randn(8, 16)), Tensor.zeros(8, 16));
    }

    @Test
    void aCnnGraphLaysOutWithoutOverlaps() {
        Tensor.manualSeed(8);
        Sequential model = new Sequential(new Conv2d(1, 4, 3, 1, 1), new ReLU(), new MaxPool2d(2), new Flatten(),
                new Linear(64, 16), new ReLU(), new Linear(16, 10));
        Tensor loss = Loss.crossEntropy(model.call(Tensor.randn(2, 1, 8, 8)), Tensor.of(new double[] {3, 7}));
        loss.backward();
        GraphView view = Plots.graph(loss, model, Integer.MAX_VALUE);
        List<GraphLayout.Box> boxes = view.layout().boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).overlaps(boxes.get(j)), "nodes " + i + " and " + j + " overlap");
            }
        }
        assertEquals(8, view.graph().blocks().size());
        ChartFiles.save("graph-cnn.svg", view.toSvg().getBytes(StandardCharsets.UTF_8));
    }
}
