package jgrad.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

class RenderersTest {
    public static class Rich {
        public String toHtml() {
            return "<b>rich</b>";
        }

        public byte[] toPng() {
            return new byte[] {1, 2, 3};
        }

        @Override
        public String toString() {
            return "rich";
        }
    }

    @Test
    void conventionsAddMimeTypes() {
        DisplayData d = Renderers.render(new Rich());
        assertEquals("rich", d.getData(MIMEType.TEXT_PLAIN));
        assertEquals("<b>rich</b>", d.getData(MIMEType.TEXT_HTML));
        assertEquals("AQID", d.getData(MIMEType.IMAGE_PNG));
    }

    @Test
    @SuppressWarnings("deprecation")
    void aChartIsSentAsPngOnlyThoughItKeepsItsDeprecatedToSvg() {
        var chart = jgrad.viz.Plots.line("loss", "step", "loss", new double[] {0, 1, 2}, new double[] {3, 2, 1});
        assertTrue(chart.toSvg().contains("<svg"), "old code still gets SVG text");
        DisplayData d = Renderers.render(chart);
        assertTrue(d.getData(MIMEType.IMAGE_PNG) != null, "the notebook shows the PNG");
        assertEquals(null, d.getData(MIMEType.IMAGE_SVG), "a deprecated toSvg() is not a display hook");
    }

    private static String plain(Object value) {
        return (String) Renderers.render(value).getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void javaArraysReadLikeArraysToString() {
        assertEquals("[2, 3]", plain(new int[] {2, 3}));
        assertEquals("[1.0, 2.5]", plain(new double[] {1, 2.5}));
        assertEquals("[[1, 2], [3, 4]]", plain(new int[][] {{1, 2}, {3, 4}}));
        assertEquals("[a, null, [b]]", plain(new Object[] {"a", null, new String[] {"b"}}));
        assertEquals("[true, false]", plain(new boolean[] {true, false}));
        assertEquals("[]", plain(new long[0]));
    }

    @Test
    void longArraysAreSummarisedWithTheirLength() {
        int[] big = new int[5000];
        for (int i = 0; i < big.length; i++) {
            big[i] = i;
        }
        assertEquals("[0, 1, 2, ..., 4997, 4998, 4999] (int[5000])", plain(big));
        double[][] grid = new double[100][100];
        String s = plain(grid);
        assertEquals("[[0.0, 0.0, 0.0, ..., 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, ..., 0.0, 0.0, 0.0], "
                + "[0.0, 0.0, 0.0, ..., 0.0, 0.0, 0.0], ..., [0.0, 0.0, 0.0, ..., 0.0, 0.0, 0.0], "
                + "[0.0, 0.0, 0.0, ..., 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, ..., 0.0, 0.0, 0.0]] (double[100][])", s);
        assertEquals(1000, plain(new int[1000]).split(",").length, "up to 1000 elements all shown");
    }

    @Test
    void anArrayHoldingItselfStillShows() {
        Object[] loop = new Object[1];
        loop[0] = loop;
        assertTrue(plain(loop).contains("toString() threw java.lang.StackOverflowError"), plain(loop));
    }

    @Test
    void lambdasAreNamedByTheirInterface() {
        java.util.function.BiFunction<Integer, Integer, Integer> add = Integer::sum;
        assertEquals("lambda implementing java.util.function.BiFunction", plain(add));
    }

    public static class StoppedWhileDrawing {
        @SuppressWarnings("removal")
        public String toHtml() {
            throw new ThreadDeath(); // what JShell's stop throws into the cell's threads
        }
    }

    @Test
    void aStopWhileRenderingStopsTheCellInsteadOfFallingBackToText() {
        assertThrows(ThreadDeath.class, () -> Renderers.render(new StoppedWhileDrawing()));
    }
}
