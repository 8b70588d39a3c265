package jgrad.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jgrad.autograd.Tensor;
import jgrad.nn.Linear;
import jgrad.nn.Loss;
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
    void aVeryDeepGraphDoesNotOverflowTheStack() {
        Tensor y = Tensor.of(0.5).requiresGrad();
        for (int i = 0; i < 20_000; i++) {
            y = y.add(1);
        }
        AutogradGraph g = AutogradGraph.of(y, java.util.Map.of(), Integer.MAX_VALUE);
        assertTrue(g.nodes().size() > 20_000);
    }

    @Test
    void depthFoldsTheRestIntoOneNode() {
        Tensor y = Tensor.of(0.5).requiresGrad();
        for (int i = 0; i < 10; i++) {
            y = y.exp().sin();
        }
        AutogradGraph g = AutogradGraph.of(y, java.util.Map.of(), 2);
        assertEquals(1, g.nodes().stream().filter(n -> n.kind() == AutogradGraph.Kind.MORE).count());
        assertEquals(1, g.nodes().stream().filter(n -> n.kind() == AutogradGraph.Kind.OP).count(),
                "output op and one more level");
        assertEquals(AutogradGraph.Kind.OUTPUT, g.nodes().get(0).kind());
        Tensor out = y;
        assertThrows(IllegalArgumentException.class, () -> AutogradGraph.of(out, java.util.Map.of(), 0));
    }
}
