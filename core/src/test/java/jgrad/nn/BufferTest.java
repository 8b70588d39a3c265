package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BufferTest {
    /** A layer with one parameter and one counting buffer, as BatchNorm's running stats are kept. */
    static final class Counting extends Module {
        final Tensor weight = registerParameter("weight", Tensor.ones(2));
        final Tensor seen = registerBuffer("seen", Tensor.zeros(1));

        @Override
        public Tensor forward(Tensor input) {
            seen.assign(new double[] {seen.item() + 1});
            return input.mul(weight);
        }
    }

    @Test
    void buffersAreInTheStateDictButNotTrainable() {
        var model = new Sequential(new Counting(), new Counting());
        assertEquals(List.of("0.weight", "1.weight"), List.copyOf(model.namedParameters().keySet()));
        assertEquals(List.of("0.seen", "1.seen"), List.copyOf(model.namedBuffers().keySet()));
        assertEquals(List.of("0.weight", "0.seen", "1.weight", "1.seen"), List.copyOf(model.stateDict().keySet()));
        assertEquals(4, model.parameterCount());
    }

    @Test
    void saveAndLoadRestoreBuffers(@TempDir Path dir) {
        var trained = new Counting();
        trained.forward(Tensor.ones(2));
        trained.forward(Tensor.ones(2));
        trained.save(dir.resolve("c.jgrad"));
        var fresh = new Counting();
        fresh.load(dir.resolve("c.jgrad"));
        assertArrayEquals(new double[] {2}, fresh.seen.toArray());
    }

    @Test
    void loadStateDictRequiresTheBuffers() {
        var state = new Counting().stateDict();
        state.remove("seen");
        var e = assertThrows(IllegalArgumentException.class, () -> new Counting().loadStateDict(state));
        assertTrue(e.getMessage().contains("seen"), e.getMessage());
    }

    @Test
    void bufferNameClashAndTrainableBufferAreRejected() {
        class Clash extends Module {
            Clash() {
                registerParameter("w", Tensor.ones(1));
                registerBuffer("w", Tensor.zeros(1));
            }

            @Override
            public Tensor forward(Tensor input) {
                return input;
            }
        }
        assertThrows(IllegalArgumentException.class, Clash::new);
        class Trainable extends Module {
            Trainable() {
                registerBuffer("b", Tensor.zeros(1).requiresGrad());
            }

            @Override
            public Tensor forward(Tensor input) {
                return input;
            }
        }
        assertThrows(IllegalArgumentException.class, Trainable::new);
    }
}
