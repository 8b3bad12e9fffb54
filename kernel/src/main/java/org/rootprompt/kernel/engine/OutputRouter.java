package org.rootprompt.kernel.engine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Collects everything written to System.out and System.err (by cells, by threads they started, by
 * subprocess pumps) and hands it to a sink in order, in chunks: at most every {@code intervalMs}
 * while a cell runs, and completely on {@link #flush()}. Consecutive writes to one stream are merged;
 * a switch of stream starts a new chunk so stdout and stderr keep their order.
 */
public final class OutputRouter implements AutoCloseable {
    /** Receives text for "stdout" or "stderr". */
    public interface Sink {
        void stream(String name, String text);
    }

    private static final int MAX_PENDING = 1 << 16;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final StringBuilder pending = new StringBuilder();
    private final long intervalMs;
    private final Thread flusher;
    private final Decoder out = new Decoder("stdout");
    private final Decoder err = new Decoder("stderr");
    private String pendingName;
    private volatile Sink sink;
    private volatile boolean closed;

    public OutputRouter(Sink sink, long intervalMs) {
        this.sink = sink;
        this.intervalMs = intervalMs;
        this.flusher = new Thread(this::flushLoop, "output-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** Sends later output elsewhere (e.g. attributed to the next request); flushes what is pending first. */
    public void setSink(Sink newSink) {
        flush();
        this.sink = newSink;
    }

    public PrintStream stdout() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    public PrintStream stderr() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    private void append(String name, CharSequence text) {
        if (text.length() == 0) {
            return;
        }
        String full = null;
        lock.lock();
        try {
            if (pendingName != null && !pendingName.equals(name)) {
                full = takePending();
            }
            String flushName = pendingName;
            pendingName = name;
            pending.append(text);
            if (full != null) {
                deliver(flushName, full);
            }
            if (pending.length() > MAX_PENDING) {
                deliver(name, takePending());
            }
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    private String takePending() {
        String text = pending.toString();
        pending.setLength(0);
        return text;
    }

    /** Delivers under the lock, so chunks reach the sink in the order they were written. */
    private void deliver(String name, String text) {
        if (text.isEmpty()) {
            return;
        }
        Sink s = sink;
        if (s != null) {
            try {
                s.stream(name, text);
            } catch (RuntimeException e) {
                org.rootprompt.kernel.Log.error("cannot publish " + name, e);
            }
        }
    }

    /** Sends everything written so far, decoding any complete characters still held back. */
    public void flush() {
        out.drain();
        err.drain();
        lock.lock();
        try {
            deliver(pendingName, takePending());
        } finally {
            lock.unlock();
        }
    }

    private void flushLoop() {
        while (!closed) {
            lock.lock();
            try {
                while (pending.length() == 0 && !closed) {
                    wake.await();
                }
                // let a burst of small writes collect into one message
                wake.await(intervalMs, TimeUnit.MILLISECONDS);
                deliver(pendingName, takePending());
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public void close() {
        flush();
        closed = true;
        flusher.interrupt();
    }

    /** UTF-8 bytes to text, holding back an incomplete multi-byte sequence until its end arrives. */
    private final class Decoder extends OutputStream {
        private final String name;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);

        Decoder(String name) {
            this.name = name;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, bytes.remaining());
                bytes.put(b, off, n);
                off += n;
                len -= n;
                decode();
            }
        }

        private void decode() {
            bytes.flip();
            decoder.decode(bytes, chars, false);
            bytes.compact();
            chars.flip();
            append(name, chars);
            chars.clear();
        }

        synchronized void drain() {
            if (bytes.position() > 0) {
                decode();
            }
        }

        @Override
        public void flush() {
            drain();
        }
    }
}
