package jgrad.kernel.channels;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import java.security.GeneralSecurityException;
import org.zeromq.ZMQ;

/**
 * basekernel's connection with {@link BlockingShellChannel}s serving the shell and control ports
 * (basekernel's own shell/control sockets are left unbound and only closed).
 */
public final class KernelConnection extends JupyterConnection {
    private final KernelConnectionProperties props;
    private final ZMQ.Context channelContext = ZMQ.context(1);
    private final BlockingShellChannel fastShell;
    private final BlockingShellChannel fastControl;

    public KernelConnection(KernelConnectionProperties props) throws GeneralSecurityException {
        super(props);
        this.props = props;
        HMACGenerator hmac = props.createHMACGenerator();
        this.fastShell = new BlockingShellChannel(channelContext, hmac, false, this);
        this.fastControl = new BlockingShellChannel(channelContext, hmac, true, this);
    }

    @Override
    public void connect() {
        heartbeat.bind(props);
        fastShell.bind(props);
        fastControl.bind(props);
        stdin.bind(props);
        iopub.bind(props);
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override
    public void close() {
        fastShell.close();
        fastControl.close();
        super.close();
    }

    @Override
    public void waitUntilClose() {
        fastShell.waitUntilClose();
        fastControl.waitUntilClose();
        super.waitUntilClose();
        channelContext.close();
    }
}
