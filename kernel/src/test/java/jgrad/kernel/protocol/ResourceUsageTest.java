package jgrad.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceUsageTest {
    private static final List<String> MEMINFO = List.of("MemTotal:       24684000 kB", "MemFree:        20000000 kB",
            "MemAvailable:   22000000 kB", "Buffers:          100000 kB");

    @Test
    void kilobytesAreReadAsBytes() {
        assertEquals(22_000_000L * 1024, ResourceUsage.kilobytes(MEMINFO, "MemAvailable"));
        assertEquals(-1, ResourceUsage.kilobytes(MEMINFO, "Cached"));
        assertEquals(-1, ResourceUsage.kilobytes(List.of("VmRSS: lots kB"), "VmRSS"));
        assertEquals(-1, ResourceUsage.kilobytes(MEMINFO, "Mem")); // a key, not a prefix of one
    }

    @Test
    void theMachinesMemoryComesFromMeminfoAsPsutilReadsIt() {
        JsonObject memory = ResourceUsage.hostMemory(24_684_000L * 1024, 1, MEMINFO);
        assertEquals(24_684_000L * 1024, memory.get("total").getAsLong());
        assertEquals(22_000_000L * 1024, memory.get("available").getAsLong());
        assertEquals(20_000_000L * 1024, memory.get("free").getAsLong());
        assertEquals(2_684_000L * 1024, memory.get("used").getAsLong());
        assertEquals(100.0 * 2_684_000 / 24_684_000, memory.get("percent").getAsDouble(), 1e-9);
    }

    @Test
    void aContainersLimitIsTheTotalWhereTheJvmSeesOne() {
        JsonObject memory = ResourceUsage.hostMemory(1L << 30, 1L << 28, MEMINFO); // 1 GiB limit, 256 MiB free
        assertEquals(1L << 30, memory.get("total").getAsLong());
        assertEquals(1L << 28, memory.get("available").getAsLong());
        assertEquals(75.0, memory.get("percent").getAsDouble(), 1e-9);
    }

    @Test
    void theReplyHoldsRealNumbers() {
        JsonObject reply = new ResourceUsage().reply();
        assertEquals(ProcessHandle.current().pid(), reply.get("pid").getAsLong());
        assertTrue(reply.get("kernel_cpu").getAsDouble() >= 0, reply.toString());
        assertTrue(reply.get("kernel_memory").getAsLong() > 10 << 20, reply.toString());
        assertTrue(reply.get("cpu_count").getAsInt() >= 1, reply.toString());
        assertTrue(reply.get("heap_used").getAsLong() > 0, reply.toString());
        assertTrue(reply.get("heap_max").getAsLong() >= reply.get("heap_committed").getAsLong(), reply.toString());
        JsonObject memory = reply.getAsJsonObject("host_virtual_memory");
        assertTrue(memory.get("total").getAsLong() > memory.get("available").getAsLong(), reply.toString());
    }
}
