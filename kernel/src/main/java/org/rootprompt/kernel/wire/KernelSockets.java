package org.rootprompt.kernel.wire;

import java.nio.charset.StandardCharsets;
import org.rootprompt.kernel.Log;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** The five sockets of a kernel, bound as the connection file says, plus the heartbeat echo thread. */
public final class KernelSockets implements AutoCloseable {
    private final ZContext context = new ZContext(1);
    public final Channel shell;
    public final Channel control;
    public final Channel stdin;
    public final Channel iopub;
    private final Thread heartbeat;

    public KernelSockets(ConnectionInfo info, MessageCodec codec) {
        shell = new Channel("shell", bind(SocketType.ROUTER, info, info.shellPort()), codec);
        control = new Channel("control", bind(SocketType.ROUTER, info, info.controlPort()), codec);
        stdin = new Channel("stdin", bind(SocketType.ROUTER, info, info.stdinPort()), codec);
        iopub = new Channel("iopub", bind(SocketType.PUB, info, info.iopubPort()), codec);
        ZMQ.Socket hb = bind(SocketType.REP, info, info.hbPort());
        heartbeat = new Thread(() -> echo(hb), "heartbeat");
        heartbeat.setDaemon(true);
        heartbeat.start();
    }

    private ZMQ.Socket bind(SocketType type, ConnectionInfo info, int port) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        String endpoint = info.endpoint(port);
        if (!socket.bind(endpoint)) {
            throw new IllegalStateException("cannot bind " + type + " socket to " + endpoint);
        }
        return socket;
    }

    private static void echo(ZMQ.Socket hb) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                byte[] ping = hb.recv();
                if (ping == null) {
                    return;
                }
                hb.send(ping);
            }
        } catch (RuntimeException e) {
            Log.debug("heartbeat stopped: " + e);
        }
    }

    /** A topic frame for IOPub, e.g. {@code kernel.<id>.status}. */
    public static byte[] topic(String kernelId, String msgType) {
        return ("kernel." + kernelId + "." + msgType).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.destroy();
    }
}
