package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import java.util.List;

/** basekernel 2.3.0's kernel_info_reply lacks the "status" field that protocol 5.x requires. */
final class KernelInfo extends KernelInfoReply {
    @SuppressWarnings("unused") // serialized by Gson
    private final String status = "ok";

    KernelInfo(String implementation, String version, LanguageInfo info, String banner) {
        super("5.3", implementation, version, info, banner, List.of());
    }
}
