package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jgrad.autograd.Tensor;
import jgrad.nn.Linear;
import jgrad.nn.Loss;
import jgrad.nn.ReLU;
import jgrad.nn.Sequential;
import jgrad.optim.SGD;
import org.junit.jupiter.api.Test;

class ColorfulDimensionTest {
    @Test
    void recordsOneColumnPerLayerPerRecordCountingEveryActivation() {
        Tensor.manualSeed(5);
        Sequential model = new Sequential(new Linear(4, 16), new ReLU(), new Linear(16, 1));
        Tensor probe = Tensor.randn(64, 4);
        Tensor x = Tensor.randn(64, 4);
        Tensor y = x.sum(1, true);
        SGD sgd = new SGD(model.parameters(), 0.05);
        ColorfulDimension cd = new ColorfulDimension(model);
        assertThrows(IllegalArgumentException.class, cd::chart);
        for (int step = 0; step < 30; step++) {
            sgd.zeroGrad();
            Loss.mse(model.call(x), y).backward();
            sgd.step();
            if (step % 3 == 0) {
                cd.record(step, probe);
            }
        }
        assertEquals(10, cd.recorded());
        assertEquals(3, cd.columns().size());
        List<double[]> relu = cd.columns().get("1: ReLU");
        assertEquals(10, relu.size());
        assertEquals(64 * 16, java.util.Arrays.stream(relu.get(0)).sum());
        ChartGrid grid = cd.chart();
        assertEquals(3, grid.charts().size());
        assertTrue(ChartFiles.isPng(ChartFiles.save("colorful-dimension.png", grid.toPng())));
    }

    @Test
    void outOfRangeValuesLandInTheEndBins() {
        double[] c = ColorfulDimension.counts(new double[] {-5, 0.01, 5}, -1, 1);
        assertEquals(1, c[0]);
        assertEquals(1, c[ColorfulDimension.BINS / 2]);
        assertEquals(1, c[ColorfulDimension.BINS - 1]);
    }
}
