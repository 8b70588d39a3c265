package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;

/**
 * basekernel's reply environment, publishing through the {@link IopubPublisher} (its constructor is
 * protected), and noting whether the handler replied, so that a handler that fails before it does
 * can still be answered.
 */
final class PublisherReplyEnvironment extends ShellReplyEnvironment {
    private volatile boolean replied;

    PublisherReplyEnvironment(ShellChannel shell, StdinChannel stdin, IopubPublisher iopub, MessageContext request) {
        super(shell, stdin, iopub, request);
    }

    @Override
    public void reply(Message<?> message) {
        replied = true; // sent now or queued until the deferrals resolve
        super.reply(message);
    }

    /** True once a reply was sent or deferred. */
    boolean replied() {
        return replied;
    }
}
