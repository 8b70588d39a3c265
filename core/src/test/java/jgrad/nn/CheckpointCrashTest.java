package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data safety: a JVM saving checkpoints in a loop is killed with SIGKILL at random moments, many
 * times; the checkpoint on disk must always load, whole, as the last generation the child
 * reported saved or a later one (never a torn mix). Kills: -Djgrad.crash.kills (default 12).
 */
class CheckpointCrashTest {
    private static final int KILLS = Integer.getInteger("jgrad.crash.kills", 12);

    @TempDir
    Path dir;

    @Test
    void sigkillMidWriteAlwaysLeavesALoadableCheckpoint() throws Exception {
        Path file = dir.resolve("model.ckpt");
        Random rng = new Random(8);
        int generation = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int lastReported = runAndKill(file, generation, rng);
            double loaded = loadedGeneration(file);
            assertTrue(loaded >= lastReported, "kill " + kill + ": loaded generation " + loaded
                    + " is older than the reported save " + lastReported);
            generation = (int) loaded + 1;
        }
    }

    /** Starts the writer at generation start, kills it after a few saves; the last save it reported. */
    private static int runAndKill(Path file, int start, Random rng) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CheckpointWriterProcess.class.getName(), file.toString(), Integer.toString(start))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int last = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int wanted = 1 + rng.nextInt(3);
            for (int seen = 0; seen < wanted; ) {
                String line = out.readLine();
                assertTrue(line != null, "writer stopped early");
                if (line.startsWith("saved ")) {
                    last = Integer.parseInt(line.substring(6));
                    seen++;
                }
            }
            String next = out.readLine(); // the next save has begun
            assertTrue(next != null && next.startsWith("writing "), "unexpected writer output: " + next);
            Thread.sleep(rng.nextInt(6)); // land the kill at a random point of that write
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }
        return last;
    }

    /** Loads the checkpoint and checks it is one whole generation; returns that generation. */
    private static double loadedGeneration(Path file) {
        Linear model = new Linear(CheckpointWriterProcess.SIZE, CheckpointWriterProcess.SIZE);
        model.load(file);
        double k = model.weight.toArray()[0];
        assertTrue(Arrays.stream(model.weight.toArray()).allMatch(v -> v == k), "torn weight in " + file);
        assertTrue(Arrays.stream(model.bias.toArray()).allMatch(v -> v == k), "weight and bias from different saves");
        assertEquals(k, Math.rint(k));
        return k;
    }
}
