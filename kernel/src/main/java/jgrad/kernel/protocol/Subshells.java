package jgrad.kernel.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kernel subshells (JEP 91): threads of the one kernel that handle shell messages while the main shell
 * is busy with a cell. JupyterLab sends a widget's comm messages on a subshell, so a slider reaches its
 * listener while a training loop runs. Cells stay on the main shell: JShell runs one snippet at a time, so
 * an execute request sent on a subshell waits its turn there, as do the requests that compile or analyse
 * code (completion, inspection); a subshell handles the comm messages and kernel and comm info.
 */
final class Subshells {
    /** Message types a subshell handles on its own thread; everything else goes to the main shell. */
    private static final Set<String> ON_SUBSHELL = Set.of(
            "comm_open", "comm_msg", "comm_close", "comm_info_request", "kernel_info_request");

    private final ShellWorker main = new ShellWorker("jgrad-shell-main");
    private final Map<String, ShellWorker> subshells = new ConcurrentHashMap<>();

    /** Creates a subshell; returns its id. */
    String create() {
        String id = UUID.randomUUID().toString();
        subshells.put(id, new ShellWorker("jgrad-subshell-" + id.substring(0, 8)));
        return id;
    }

    /** Deletes a subshell once it has handled what it holds; false when there is no such subshell. */
    boolean delete(String id) {
        ShellWorker w = subshells.remove(id);
        if (w == null) {
            return false;
        }
        w.stop();
        return true;
    }

    /** The ids of the subshells that exist now. */
    List<String> ids() {
        return new ArrayList<>(subshells.keySet());
    }

    /**
     * The worker that handles a message of {@code type} sent on {@code subshellId} (empty: the main shell); empty
     * when that subshell does not exist.
     */
    Optional<ShellWorker> workerFor(Optional<String> subshellId, String type) {
        if (subshellId.isEmpty() || !ON_SUBSHELL.contains(type)) {
            return subshellId.isEmpty() || subshells.containsKey(subshellId.get()) ? Optional.of(main) : Optional.empty();
        }
        return Optional.ofNullable(subshells.get(subshellId.get()));
    }

    /** Stops every shell's thread after what it holds. */
    void stopAll() {
        main.stop();
        subshells.values().forEach(ShellWorker::stop);
        subshells.clear();
    }

    /** Waits for the main shell's thread to end, at most {@code timeoutMs}; true when it has. */
    boolean awaitMainStopped(long timeoutMs) {
        return main.awaitStopped(timeoutMs);
    }
}
