package jgrad.kernel;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Ends the kernel when the process that started it is gone, as ipykernel's parent poller does: a
 * Jupyter server stopped with SIGINT, a crashed front end or a client killed with SIGKILL must not
 * leave a JVM holding its memory. The parent is the process named by {@code JPY_PARENT_PID} (which
 * jupyter_client sets when it starts a kernel it owns) or, without it, the process that started this
 * JVM; it is gone when it has exited or when this JVM has been handed to another parent (orphans are
 * adopted by init or a subreaper). The check runs every {@value #PERIOD_MS} ms on a daemon thread
 * and exits without waiting for anything: a wedged cell cannot hold it up.
 */
final class ParentWatch {
    static final long PERIOD_MS = 500;
    private static final Logger LOG = Logger.getLogger(ParentWatch.class.getName());

    private final long parentPid;
    private final Optional<java.time.Instant> parentStart;
    private final long originalPpid;

    private ParentWatch(long parentPid, long originalPpid) {
        this.parentPid = parentPid;
        this.originalPpid = originalPpid;
        this.parentStart = ProcessHandle.of(parentPid).flatMap(p -> p.info().startInstant());
    }

    /** Starts watching the parent named by {@code jpyParentPid} (may be null), else this JVM's own parent. */
    static void start(String jpyParentPid) {
        long ppid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        OptionalLong named = parse(jpyParentPid);
        long watched = named.isPresent() ? named.getAsLong() : ppid;
        if (watched <= 1) {
            return; // started by init or detached on purpose: nothing to outlive
        }
        ParentWatch watch = new ParentWatch(watched, ppid);
        Thread t = new Thread(watch::loop, "jgrad-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    static OptionalLong parse(String pid) {
        if (pid == null || pid.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(pid.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private void loop() {
        while (true) {
            try {
                Thread.sleep(PERIOD_MS);
                if (parentGone()) {
                    LOG.warning("jgrad kernel: its parent process " + parentPid + " has exited; shutting down");
                    Runtime.getRuntime().halt(1);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                // a failed look at the process table is tried again on the next round
            }
        }
    }

    /** True when the watched process exited (a pid reused since is another process) or this JVM was re-parented. */
    boolean parentGone() {
        long ppid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        if (parentPid == originalPpid && ppid != originalPpid) {
            return true;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            return true;
        }
        Optional<java.time.Instant> start = parent.get().info().startInstant();
        return parentStart.isPresent() && start.isPresent() && !start.equals(parentStart);
    }
}
