package org.rootprompt.kernel.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rootprompt.kernel.Log;
import org.zeromq.ZMQ;

/**
 * One bound kernel socket. Sending is serialised because several threads publish on IOPub; receiving
 * is done by the one thread that owns the channel.
 */
public final class Channel {
    private final String name;
    private final ZMQ.Socket socket;
    private final MessageCodec codec;

    Channel(String name, ZMQ.Socket socket, MessageCodec codec) {
        this.name = name;
        this.socket = socket;
        this.codec = codec;
    }

    public String name() {
        return name;
    }

    public synchronized void send(Message m) {
        List<byte[]> frames = codec.encode(m);
        for (int i = 0; i < frames.size(); i++) {
            socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }

    /**
     * Waits up to {@code timeoutMs} (-1: forever) for the next acceptable message. Malformed messages
     * are logged and dropped, so the caller only ever sees valid ones.
     */
    public Optional<Message> receive(int timeoutMs) {
        socket.setReceiveTimeOut(timeoutMs);
        byte[] first = socket.recv();
        if (first == null) {
            return Optional.empty();
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        socket.setReceiveTimeOut(-1);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv());
        }
        try {
            return Optional.of(codec.decode(frames));
        } catch (MalformedMessageException e) {
            Log.warn("dropped a message on " + name + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    ZMQ.Socket socket() {
        return socket;
    }
}
