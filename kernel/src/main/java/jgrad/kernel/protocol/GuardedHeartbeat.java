package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The heartbeat: echoes each ping on its own daemon thread. basekernel's loop ends on the first
 * {@link Error} (an out-of-memory error thrown while a cell fills the heap reaches every thread that
 * allocates), and a silent heartbeat makes the front end declare a living kernel dead. This one logs
 * and goes on; only closing ends it.
 */
final class GuardedHeartbeat {
    private static final Logger LOG = Logger.getLogger(GuardedHeartbeat.class.getName());
    private static final int POLL_MS = 100;
    private final ZMQ.Socket socket;
    private volatile boolean stopping;
    private volatile Thread loop;

    GuardedHeartbeat(ZMQ.Context ctx) {
        this.socket = ctx.socket(SocketType.REP);
    }

    void bind(KernelConnectionProperties props) {
        String address = props.getTransport() + "://" + props.getIp() + ":" + props.getHbPort();
        socket.setLinger(0);
        if (!socket.bind(address)) {
            throw new IllegalStateException("cannot bind the heartbeat to " + address);
        }
        Thread t = new Thread(this::echo, "jgrad-heartbeat");
        t.setDaemon(true);
        loop = t;
        t.start();
    }

    private void echo() {
        try {
            socket.setReceiveTimeOut(POLL_MS);
            while (!stopping) {
                try {
                    byte[] ping = socket.recv(0);
                    if (ping != null) {
                        socket.send(ping, 0);
                    }
                } catch (ZMQException e) {
                    if (stopping) {
                        return;
                    }
                    LOG.log(Level.WARNING, "heartbeat: " + e.getMessage(), e);
                } catch (Throwable e) { // e.g. out of memory while a cell fills the heap: keep beating
                    LOG.log(Level.WARNING, "heartbeat: could not echo a ping", e);
                }
            }
        } finally {
            socket.close();
        }
    }

    /** Stops echoing; the loop closes the socket within {@value #POLL_MS} ms. */
    void close() {
        stopping = true;
        if (loop == null) {
            socket.close();
        }
    }
}
