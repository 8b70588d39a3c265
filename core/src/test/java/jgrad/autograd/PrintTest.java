package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tensors print as PyTorch prints them (text) and as one caption line over a table (HTML). */
class PrintTest {
    /** One case of torch/printing.txt: the tensor and PyTorch's repr of it. */
    record Case(String name, Tensor tensor, String repr) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> pytorchCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = PrintTest.class.getClassLoader().getResourceAsStream("torch/printing.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                int[] shape = f[3].isEmpty() ? new int[0] : Arrays.stream(f[3].split(",")).mapToInt(Integer::parseInt).toArray();
                int n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
                double[] values = new double[n];
                if (f[4].startsWith("sin:")) {
                    double scale = Double.parseDouble(f[4].substring(4));
                    for (int i = 0; i < n; i++) values[i] = Math.sin(0.37 * i) * scale;
                } else if (!f[4].isEmpty()) {
                    values = Arrays.stream(f[4].split(" ")).mapToDouble(PrintTest::pythonFloat).toArray();
                }
                DType dtype = f[1].equals("float64") ? DType.FLOAT64 : DType.FLOAT32;
                Tensor t = Tensor.fromData(values, shape, DType.FLOAT64).to(dtype).detach();
                if (f[2].equals("true")) t.requiresGrad();
                cases.add(new Case(f[0], t, f[5].replace("\\n", "\n").replace("\\\\", "\\")));
            }
        }
        return cases.stream();
    }

    private static double pythonFloat(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    @ParameterizedTest
    @MethodSource("pytorchCases")
    void reprMatchesPyTorch(Case c) {
        assertEquals(c.repr(), c.tensor().toString());
    }

    @Test
    void gradFnIsNamedAfterTheOpThatMadeTheTensor() {
        Tensor x = Tensor.of(1, 2, 3).requiresGrad();
        assertEquals("tensor([2., 4., 6.], grad_fn=<MulBackward>)", x.mul(2).toString());
    }

    @Test
    void largeTensorIsSummarisedWithThreeEdgeItemsPerDimension() {
        String s = Tensor.zeros(100, 100).toString();
        assertTrue(s.contains("0., 0., 0.,  ..., 0., 0., 0.]"), s);
        assertEquals(7, s.split("\n").length, "3 rows, '...,' and 3 rows: " + s);
    }

    @Test
    void htmlHasOneCaptionLineAndATable() {
        Tensor t = Tensor.of(new double[][] {{1, 2}, {3, 4}}).requiresGrad().mul(2);
        String h = t.toHtml();
        assertTrue(h.contains(">tensor [2, 2] · float32 · grad_fn=&lt;MulBackward&gt;</div>"), h);
        assertTrue(h.contains("white-space:nowrap"), "the caption never wraps: " + h);
        assertFalse(h.contains("torch."), "jgrad's own dtype names: " + h);
        assertTrue(h.contains(">8.</td>"), h);
        assertEquals(2, h.split("<tr>", -1).length - 1, h);
    }

    @Test
    void htmlOfALargeMatrixShowsEdgeItemsAndEllipses() {
        String h = Tensor.zeros(100, 100).requiresGrad().toHtml();
        assertTrue(h.contains(">tensor [100, 100] · float32 · requires_grad</div>"), h);
        assertEquals(7, h.split("<tr>", -1).length - 1, "3 rows, a row of ⋮, 3 rows: " + h);
        String firstRow = h.substring(h.indexOf("<tr>"), h.indexOf("</tr>"));
        assertEquals(7, firstRow.split("<td", -1).length - 1, "3 columns, ⋯, 3 columns: " + firstRow);
        assertTrue(h.contains("&#8943;") && h.contains("&#8942;") && h.contains("&#8945;"), h);
    }

    @Test
    void htmlOfAMediumMatrixFitsANotebookColumn() {
        String h = Tensor.zeros(30, 30).toHtml(); // 900 values: PyTorch prints them all, the table shows edges
        assertEquals(21, h.split("<tr>", -1).length - 1, "10 rows, ⋮, 10 rows");
        String firstRow = h.substring(h.indexOf("<tr>"), h.indexOf("</tr>"));
        assertEquals(13, firstRow.split("<td", -1).length - 1, "6 columns, ⋯, 6 columns");
    }

    @Test
    void htmlOfThreeDimensionsIsTheTextRepr() {
        String h = Tensor.arange(8).reshape(2, 2, 2).to(DType.FLOAT64).toHtml();
        assertTrue(h.contains(">tensor [2, 2, 2] · float64</div>"), h);
        assertTrue(h.contains("<pre"), h);
    }
}
