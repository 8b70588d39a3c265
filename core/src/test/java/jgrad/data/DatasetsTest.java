package jgrad.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {
    @TempDir
    Path dir;

    /** An unsigned-byte IDX file: magic 0x0800 | rank, the dims, then {@code data} as given (may be short). */
    private static void writeIdx(Path file, int[] dims, byte[] data) throws IOException {
        try (var out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(0x0800 | dims.length);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(data);
        }
    }

    @Test
    void digitsHas1797ScaledImagesOfTenClasses() {
        TensorDataset digits = Datasets.digits();
        assertEquals(1797, digits.size());
        assertArrayEquals(new int[] {64}, digits.inputShape());
        // first row of the UCI file: 0,0,5,13,9,1,0,0,... label 0
        assertEquals(5 / 16.0, digits.input(0)[2], 1e-12);
        assertEquals(13 / 16.0, digits.input(0)[3], 1e-12);
        assertEquals(0, digits.target(0));
        Set<Double> labels = new HashSet<>();
        for (int i = 0; i < digits.size(); i++) {
            labels.add(digits.target(i));
            for (double v : digits.input(i)) {
                assertTrue(v >= 0 && v <= 1);
            }
        }
        assertEquals(10, labels.size());
    }

    @Test
    void irisHas150FlowersWithFourMeasurements() {
        TensorDataset iris = Datasets.iris();
        assertEquals(150, iris.size());
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, iris.input(0), 1e-12);
        assertEquals(2, iris.target(149));
    }

    @Test
    void splitIsSeededAndDisjoint() {
        var a = Datasets.iris().split(0.8, 7);
        var b = Datasets.iris().split(0.8, 7);
        assertEquals(120, a.train().size());
        assertEquals(30, a.test().size());
        assertArrayEquals(a.test().input(0), b.test().input(0));
        assertEquals(150, a.train().size() + a.test().size());
    }

    @Test
    void splitWithoutASeedDrawsFromTheGlobalGenerator() {
        jgrad.autograd.Tensor.manualSeed(3);
        var a = Datasets.iris().split(0.8);
        var again = Datasets.iris().split(0.8); // the generator has moved on: another order
        jgrad.autograd.Tensor.manualSeed(3);
        var b = Datasets.iris().split(0.8);
        assertEquals(120, a.train().size());
        assertEquals(30, a.test().size());
        assertArrayEquals(a.test().targets().toArray(), b.test().targets().toArray());
        assertArrayEquals(a.test().input(0), b.test().input(0));
        assertTrue(!java.util.Arrays.equals(a.test().input(0), again.test().input(0))
                || !java.util.Arrays.equals(a.test().input(1), again.test().input(1)), "a second split draws a new order");
        assertThrows(IllegalArgumentException.class, () -> Datasets.iris().split(1.0));
    }

    @Test
    void idxReaderReadsImagesAndLabels() throws IOException {
        Path images = dir.resolve("images.idx3");
        Path labels = dir.resolve("labels.idx1");
        writeIdx(images, new int[] {2, 2, 3}, new byte[] {0, (byte) 255, 51, 0, 0, 102, 1, 2, 3, 4, 5, 6});
        writeIdx(labels, new int[] {2}, new byte[] {7, 3});
        TensorDataset data = Datasets.idx(images, labels);
        assertEquals(2, data.size());
        assertArrayEquals(new int[] {2, 3}, data.inputShape());
        assertEquals(1.0, data.input(0)[1], 1e-12);
        assertEquals(0.2, data.input(0)[2], 1e-12);
        assertEquals(7, data.target(0));
        assertEquals(3, data.target(1));
    }

    @Test
    void truncatedIdxFileIsAClearError() throws IOException {
        Path images = dir.resolve("bad.idx3");
        writeIdx(images, new int[] {10, 28, 28}, new byte[100]); // header promises 7840 bytes
        var e = assertThrows(IllegalArgumentException.class, () -> Datasets.idx(images, images));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void csvReportsTheBadCell() throws IOException {
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "a,b,label\n1,2,0\n3,x,1\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Datasets.csv(csv, true, -1));
        assertTrue(e.getMessage().contains("line 3, column 2: 'x' is not a number"), e.getMessage());
    }

    @Test
    void syntheticSetsAreBalancedAndSeeded() {
        TensorDataset spirals = Datasets.spirals(50, 3, 0.1, 1);
        assertEquals(150, spirals.size());
        assertEquals(2, spirals.target(149));
        assertArrayEquals(Datasets.moons(20, 0.1, 3).input(5), Datasets.moons(20, 0.1, 3).input(5));
        TensorDataset line = Datasets.linear(200, new double[] {2.0}, 1.0, 0.0, 5);
        assertEquals(2.0 * line.input(10)[0] + 1.0, line.target(10), 1e-12);
    }
}
