package org.rootprompt.kernel.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private final List<IpcBridge> bridges = new ArrayList<>();

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
        boolean ipc = info.transport().equals("ipc");
        String endpoint = ipc ? "tcp://127.0.0.1:*" : info.endpoint(port);
        if (!socket.bind(endpoint)) {
            throw new IllegalStateException("cannot bind " + type + " socket to " + info.endpoint(port));
        }
        if (ipc) {
            String bound = socket.getLastEndpoint();
            int tcpPort = Integer.parseInt(bound.substring(bound.lastIndexOf(':') + 1));
            Path path = Path.of(info.ip() + "-" + port);
            try {
                bridges.add(new IpcBridge(path, tcpPort));
            } catch (IOException e) {
                throw new IllegalStateException("cannot listen on ipc socket " + path + ": " + e.getMessage(), e);
            }
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
        bridges.forEach(IpcBridge::close);
        context.destroy();
    }
}
