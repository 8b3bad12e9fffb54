package org.rootprompt.kernel.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rootprompt.kernel.Log;

/**
 * Jupyter's ipc transport for a kernel built on jeromq. jeromq's own "ipc" is TCP in disguise, which
 * libzmq clients cannot reach, so each kernel socket is bound on loopback TCP and this bridge accepts
 * connections on the Unix domain socket that the connection file names and pipes bytes both ways.
 * ZMTP is the same byte stream over TCP and IPC, so nothing else needs to know.
 */
final class IpcBridge implements AutoCloseable {
    private final Path path;
    private final ServerSocketChannel server;

    IpcBridge(Path path, int tcpPort) throws IOException {
        this.path = path;
        Files.deleteIfExists(path);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        Thread acceptor = new Thread(() -> accept(tcpPort), "ipc-bridge " + path.getFileName());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(int tcpPort) {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                SocketChannel kernel = SocketChannel.open(new InetSocketAddress("127.0.0.1", tcpPort));
                pipe(client, kernel);
                pipe(kernel, client);
            } catch (IOException e) {
                if (server.isOpen()) {
                    Log.warn("ipc bridge " + path + ": " + e.getMessage());
                }
            }
        }
    }

    private static void pipe(SocketChannel from, SocketChannel to) {
        Thread t = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        to.write(buffer);
                    }
                    buffer.clear();
                }
            } catch (IOException e) {
                // the peer went away: close both ends below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "ipc-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            Log.warn("cannot remove ipc socket " + path + ": " + e.getMessage());
        }
    }
}
