package jgrad.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jgrad.autograd.Tensor;
import jgrad.data.DataLoader;
import jgrad.data.Datasets;
import jgrad.data.TensorDataset;
import jgrad.nn.Linear;
import jgrad.optim.Adam;
import jgrad.optim.AdamW;
import jgrad.optim.CosineAnnealingLR;
import jgrad.optim.EarlyStopping;
import jgrad.optim.OneCycleLR;
import jgrad.optim.RMSprop;
import jgrad.optim.ReduceLROnPlateau;
import jgrad.optim.SGD;
import jgrad.optim.StepLR;
import org.junit.jupiter.api.Test;

/** Optimizers, schedulers, datasets, loaders, losses and early stopping print their settings, PyTorch style. */
class ReprTest {
    private static List<Tensor> params() {
        return new Linear(2, 1).parameters();
    }

    @Test
    void numbersAsPythonWritesThem() {
        assertEquals("0.001", Repr.number(1e-3));
        assertEquals("0.0001", Repr.number(1e-4));
        assertEquals("1e-05", Repr.number(1e-5));
        assertEquals("1e-08", Repr.number(1e-8));
        assertEquals("0", Repr.number(0));
        assertEquals("10", Repr.number(10));
        assertEquals("0.9", Repr.number(0.9));
        assertEquals("123456789.5", Repr.number(123456789.5));
        assertEquals("2.5e+16", Repr.number(2.5e16));
        assertEquals("(0.9, 0.999)", Repr.tuple(0.9, 0.999));
    }

    @Test
    void optimizersPrintLikePyTorch() {
        assertEquals("SGD (\nParameter Group 0\n    lr: 0.1\n    momentum: 0.9\n    nesterov: False\n    weight_decay: 0\n)",
                new SGD(params(), 0.1, 0.9).toString());
        assertEquals("Adam (\nParameter Group 0\n    betas: (0.9, 0.999)\n    eps: 1e-08\n    lr: 0.001\n    weight_decay: 0\n)",
                new Adam(params(), 1e-3).toString());
        assertTrue(new AdamW(params(), 1e-3).toString().startsWith("AdamW (\n"), "named after its own class");
        assertTrue(new AdamW(params(), 1e-3).toString().contains("    weight_decay: 0.01\n"));
        assertTrue(new RMSprop(params(), 0.01).toString().contains("    alpha: 0.99\n    centered: False\n"));
    }

    @Test
    void everyParameterGroupIsListed() {
        var opt = new SGD(params(), 0.1).addParamGroup(params(), 0.01);
        String s = opt.toString();
        assertTrue(s.contains("Parameter Group 0\n    lr: 0.1\n") && s.contains("Parameter Group 1\n    lr: 0.01\n"), s);
    }

    @Test
    void schedulersShowSettingsEpochAndRate() {
        var opt = new SGD(params(), 0.1);
        var step = new StepLR(opt, 30, 0.1);
        step.step();
        assertEquals("StepLR(step_size=30, gamma=0.1, optimizer=SGD, epoch=1, lr=0.1)", step.toString());
        assertEquals("CosineAnnealingLR(T_max=10, eta_min=0, optimizer=SGD, epoch=0, lr=0.1)",
                new CosineAnnealingLR(new SGD(params(), 0.1), 10, 0).toString());
        assertTrue(new OneCycleLR(new SGD(params(), 0.1), 1.0, 100).toString()
                .startsWith("OneCycleLR(max_lr=1, total_steps=100, optimizer=SGD, epoch=0, lr=0.04"));
        var plateau = new ReduceLROnPlateau(new SGD(params(), 0.1));
        plateau.step(0.5);
        assertEquals("ReduceLROnPlateau(factor=0.1, patience=10, threshold=0.0001, best=0.5, bad_epochs=0, lr=0.1)",
                plateau.toString());
    }

    @Test
    void earlyStoppingShowsWhereItStands() {
        var stop = new EarlyStopping(5, 0);
        var model = new Linear(2, 1);
        stop.step(0.5, model);
        stop.step(0.7, model);
        assertEquals("EarlyStopping(patience=5, min_delta=0, epoch=1, best_loss=0.5, best_epoch=0, bad_epochs=1)",
                stop.toString());
    }

    @Test
    void datasetsAndLoadersShowSizeShapeAndTargets() {
        TensorDataset digits = Datasets.digits().withInputShape(1, 8, 8);
        assertEquals("TensorDataset(size=1797, input_shape=[1, 8, 8], targets=classes 0..9)", digits.toString());
        var regression = new TensorDataset(Tensor.zeros(3, 2), Tensor.of(0.5, -1, 2));
        assertEquals("TensorDataset(size=3, input_shape=[2], targets=values in [-1, 2])", regression.toString());
        var loader = new DataLoader(digits, 32, true, 0, false);
        assertEquals("DataLoader(dataset=" + digits + ", batch_size=32, shuffle=True, drop_last=False, batches=57)",
                loader.toString());
        assertTrue(loader.prefetch(2).toString().endsWith(", batches=57, prefetch=2)"));
        assertEquals("Batch(inputs=[32, 1, 8, 8], targets=[32])", loader.iterator().next().toString());
    }

}
