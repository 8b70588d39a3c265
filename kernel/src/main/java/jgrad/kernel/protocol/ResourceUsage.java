package jgrad.kernel.protocol;

import com.google.gson.JsonObject;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The content of a usage_reply, which jupyter-resource-usage's kernel panel asks for on the control
 * channel: ipykernel's fields (hostname, pid, kernel_cpu: percent of one core since the previous request,
 * as psutil counts it; kernel_memory: the process's resident memory; host_cpu_percent; cpu_count;
 * host_virtual_memory: total, available, percent, used, free) and the JVM's heap (heap_used,
 * heap_committed, heap_max), all in bytes. Where a container limits memory or CPUs the host's numbers
 * are the container's, as the JVM sees them: what the panel's reader can use.
 */
final class ResourceUsage {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path MEMINFO = Path.of("/proc/meminfo");
    private static final Path HOSTNAME = Path.of("/proc/sys/kernel/hostname");
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private String hostname;
    private long lastCpuNanos; // the process's CPU time at the previous request (0 at the JVM's start)
    private long lastWallNanos;

    ResourceUsage() {
        lastWallNanos = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    }

    /** The reply's content now. */
    synchronized JsonObject reply() {
        JsonObject reply = new JsonObject();
        reply.addProperty("hostname", hostname());
        reply.addProperty("pid", ProcessHandle.current().pid());
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        reply.addProperty("kernel_cpu", cpu < 0 ? 0.0 : percent(cpu - lastCpuNanos, wall - lastWallNanos));
        lastCpuNanos = Math.max(cpu, 0);
        lastWallNanos = wall;
        reply.addProperty("kernel_memory", residentMemory());
        double load = os.getCpuLoad(); // negative where the system does not say
        if (load >= 0) {
            reply.addProperty("host_cpu_percent", 100 * load);
        }
        reply.addProperty("cpu_count", Runtime.getRuntime().availableProcessors());
        reply.add("host_virtual_memory", hostMemory(os.getTotalMemorySize(), os.getFreeMemorySize(), lines(MEMINFO)));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        reply.addProperty("heap_used", heap.getUsed());
        reply.addProperty("heap_committed", heap.getCommitted());
        reply.addProperty("heap_max", heap.getMax());
        return reply;
    }

    static double percent(long part, long whole) {
        return whole <= 0 ? 0.0 : 100.0 * part / whole;
    }

    /**
     * total, available, percent (of total not available), used and free, as psutil's virtual_memory gives
     * them: from /proc/meminfo where the JVM sees the machine's whole memory, else (a container's limit,
     * another system) from the JVM's view.
     */
    static JsonObject hostMemory(long jvmTotal, long jvmFree, List<String> meminfo) {
        long total = jvmTotal;
        long free = jvmFree;
        long available = jvmFree;
        long machine = kilobytes(meminfo, "MemTotal");
        long machineAvailable = kilobytes(meminfo, "MemAvailable");
        if (machine == jvmTotal && machineAvailable >= 0) {
            free = Math.max(kilobytes(meminfo, "MemFree"), 0);
            available = machineAvailable;
        }
        JsonObject memory = new JsonObject();
        memory.addProperty("total", total);
        memory.addProperty("available", available);
        memory.addProperty("percent", percent(total - available, total));
        memory.addProperty("used", total - available);
        memory.addProperty("free", free);
        return memory;
    }

    /** The process's resident memory (VmRSS); elsewhere than Linux, what the JVM has committed. */
    private static long residentMemory() {
        long rss = kilobytes(lines(STATUS), "VmRSS");
        if (rss >= 0) {
            return rss;
        }
        var memory = ManagementFactory.getMemoryMXBean();
        return memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted();
    }

    /** Bytes of a "Key:   123 kB" line of /proc/self/status or /proc/meminfo; -1 if there is none. */
    static long kilobytes(List<String> lines, String key) {
        for (String line : lines) {
            if (line.startsWith(key + ":")) {
                String[] words = line.substring(key.length() + 1).trim().split("\\s+");
                try {
                    return Long.parseLong(words[0]) * 1024;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private String hostname() {
        if (hostname == null) {
            List<String> proc = lines(HOSTNAME);
            try {
                hostname = !proc.isEmpty() ? proc.get(0).trim() : InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                hostname = "";
            }
        }
        return hostname;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
