package jgrad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's memory figures as Linux reports them in /proc/self/status. */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /**
     * The value in kB of a /proc/self/status field such as VmRSS (resident now) or VmHWM (peak
     * resident), or -1 where the file or the field is missing (not Linux).
     */
    static long kilobytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
