package jgrad.kernel.channels;

import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.messages.MessageContext;

/** basekernel's reply environment, publishing through the {@link IopubPublisher} (its constructor is protected). */
final class PublisherReplyEnvironment extends ShellReplyEnvironment {
    PublisherReplyEnvironment(ShellChannel shell, StdinChannel stdin, IopubPublisher iopub, MessageContext request) {
        super(shell, stdin, iopub, request);
    }
}
