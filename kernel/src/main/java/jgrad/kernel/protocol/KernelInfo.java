package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import java.util.List;

/**
 * basekernel 2.3.0's kernel_info_reply lacks the "status" field that protocol 5.x requires, and the
 * optional features (JEP 92) that a front end looks for: kernel subshells and the debugger
 * (its Variables panel: see {@link DebugRequests}).
 */
final class KernelInfo extends KernelInfoReply {
    @SuppressWarnings("unused") // serialized by Gson
    private final String status = "ok";
    @SuppressWarnings("unused") // serialized by Gson
    private final List<String> supported_features = List.of("kernel subshells", "debugger");
    @SuppressWarnings("unused") // serialized by Gson: what JupyterLab read before supported_features
    private final boolean debugger = true;

    KernelInfo(String implementation, String version, LanguageInfo info, String banner) {
        super("5.3", implementation, version, info, banner, List.of());
    }
}
