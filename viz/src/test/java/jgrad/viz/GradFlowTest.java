package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.nn.Linear;
import jgrad.nn.Loss;
import jgrad.nn.Module;
import jgrad.nn.ReLU;
import jgrad.nn.Sequential;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class GradFlowTest {
    private static Sequential trainedOneStep() {
        Tensor.manualSeed(7);
        Sequential model = new Sequential(new Linear(4, 6), new ReLU(), new Linear(6, 2));
        Tensor x = Tensor.randn(10, 4);
        Loss.mse(model.call(x), Tensor.zeros(10, 2)).backward();
        return model;
    }

    @Test
    void barsEqualTheGradientStatistics() {
        Sequential model = trainedOneStep();
        GradFlow flow = GradFlow.of(model);
        Map<String, Tensor> params = model.namedParameters();
        assertEquals(List.copyOf(params.keySet()), flow.rows().stream().map(GradFlow.Row::name).toList());
        CategoryChart chart = (CategoryChart) flow.chart().xchart();
        CategorySeries mean = chart.getSeriesMap().get("mean |grad|");
        CategorySeries max = chart.getSeriesMap().get("max |grad|");
        CategorySeries ratio = chart.getSeriesMap().get("grad:data");
        int i = 0;
        for (Tensor p : params.values()) {
            double[] g = p.grad().toArray();
            double sumAbs = 0;
            double maxAbs = 0;
            double g2 = 0;
            for (double v : g) {
                sumAbs += Math.abs(v);
                maxAbs = Math.max(maxAbs, Math.abs(v));
                g2 += v * v;
            }
            double d2 = 0;
            for (double v : p.toArray()) {
                d2 += v * v;
            }
            assertEquals(sumAbs / g.length, ((Number) mean.getYData().toArray()[i]).doubleValue(), 1e-12);
            assertEquals(maxAbs, ((Number) max.getYData().toArray()[i]).doubleValue(), 1e-12);
            assertEquals(Math.sqrt(g2 / d2), ((Number) ratio.getYData().toArray()[i]).doubleValue(), 1e-12);
            i++;
        }
        assertTrue(ChartFiles.isPng(ChartFiles.save("gradflow.png", flow.chart().toPng())));
        assertTrue(flow.chart().svg().contains("<svg"));
    }

    @Test
    void parametersWithoutGradientAreMarkedNotFatal() {
        Tensor.manualSeed(1);
        Sequential model = new Sequential(new Linear(3, 3), new Linear(3, 1));
        Tensor x = Tensor.randn(5, 3);
        // only the first layer is used, so the second has no gradient
        model.get(0).call(x).sum().backward();
        GradFlow flow = GradFlow.of(model);
        assertTrue(flow.rows().get(0).hasGrad());
        assertFalse(flow.rows().get(2).hasGrad());
        assertTrue(flow.toString().contains("no grad"));
        CategoryChart chart = (CategoryChart) flow.chart().xchart();
        assertTrue(chart.getSeriesMap().get("mean |grad|").getXData().contains("1.weight (no grad)"));
        assertTrue(ChartFiles.isPng(ChartFiles.save("gradflow-missing.png", flow.chart().toPng())));
        Sequential fresh = new Sequential(new Linear(2, 2));
        assertTrue(ChartFiles.isPng(GradFlow.of(fresh).chart().toPng()), "no gradients at all still draws");
    }

    @Test
    void gradientAndActivationHistograms() {
        Sequential model = trainedOneStep();
        ChartGrid grads = Plots.gradHist(model);
        assertEquals(4, grads.charts().size());
        assertTrue(ChartFiles.isPng(ChartFiles.save("gradhist.png", grads.toPng())));
        ChartGrid acts = Plots.actHist(model, Tensor.randn(64, 4));
        assertEquals(3, acts.charts().size());
        assertTrue(acts.charts().get(1).getTitle().startsWith("1: ReLU"));
        assertTrue(ChartFiles.isPng(ChartFiles.save("acthist.png", acts.toPng())));
        assertThrows(IllegalArgumentException.class, () -> Plots.gradHist(new Sequential(new Linear(2, 2))));
        Module notSequential = new Linear(2, 2);
        assertThrows(IllegalArgumentException.class, () -> Plots.actHist(notSequential, Tensor.randn(1, 2)));
    }

    @Test
    void histogramCountsEveryValueOnce() {
        double[] counts = Histograms.counts(new double[] {0, 0.1, 0.5, 1, 1}, 4);
        assertEquals(List.of(2.0, 0.0, 1.0, 2.0), java.util.Arrays.stream(counts).boxed().toList());
    }
}
