package jgrad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProcessMemoryTest {
    @Test
    void readsTheResidentSetAndItsPeakInKilobytes() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "Linux only");
        long resident = ProcessMemory.kilobytes("VmRSS");
        long peak = ProcessMemory.kilobytes("VmHWM");
        // A running JVM holds tens of MB at least; the peak can never be below a later reading.
        assertTrue(resident > 10_000, "VmRSS " + resident + " kB");
        assertTrue(peak >= resident, "VmHWM " + peak + " kB < VmRSS " + resident + " kB");
    }

    @Test
    void aMissingFieldIsMinusOne() {
        assertEquals(-1, ProcessMemory.kilobytes("VmNoSuchField"));
        // A prefix of a real field name is not that field.
        assertEquals(-1, ProcessMemory.kilobytes("VmRS"));
    }
}
