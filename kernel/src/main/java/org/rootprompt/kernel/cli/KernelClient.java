package org.rootprompt.kernel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.rootprompt.kernel.Log;
import org.rootprompt.kernel.wire.ConnectionInfo;
import org.rootprompt.kernel.wire.MalformedMessageException;
import org.rootprompt.kernel.wire.Message;
import org.rootprompt.kernel.wire.MessageCodec;
import org.rootprompt.kernel.wire.Signer;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * A Jupyter client for one kernel process, the way jupyter_client's {@code KernelManager} plus
 * {@code BlockingKernelClient} work: it writes a connection file (free TCP ports on 127.0.0.1, a random
 * HMAC key), starts the kernel, connects DEALER sockets to shell, control and stdin, a SUB socket to
 * IOPub and a REQ socket to the heartbeat, and waits until the kernel answers.
 *
 * <p>One I/O thread owns the shell, control, stdin and IOPub sockets (ZeroMQ sockets are not
 * thread-safe): callers hand it frames through an outbox, and it routes every received message to the
 * request it answers, by the parent header's {@code msg_id}. A request is complete when its reply
 * and its {@code status: idle} on IOPub have both arrived.
 */
public final class KernelClient implements AutoCloseable {
    /** The request channels a client sends on. */
    public enum Channel { SHELL, CONTROL, STDIN }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final KernelLauncher launcher;
    private final Process process;
    private final Path connectionFile;
    private final ConnectionInfo info;
    private final ObjectMapper mapper = new ObjectMapper();
    private final MessageCodec codec;
    private final String session = UUID.randomUUID().toString();
    private final String username = System.getProperty("user.name", "rootprompt");
    private final ZContext context = new ZContext(1);
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket iopub;
    private final Object heartbeatLock = new Object();
    private ZMQ.Socket heartbeat;
    private final Queue<Outgoing> outbox = new ConcurrentLinkedQueue<>();
    private final Pipe wakeup;
    private final Thread io;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final List<Consumer<Message>> iopubListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong iopubReceived = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final ExecutorService stdinAnswers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kernel-client-stdin");
        t.setDaemon(true);
        return t;
    });
    private final Thread killOnExit;
    private volatile boolean closed;
    private volatile boolean shutdownSent;
    private volatile ObjectNode kernelInfo;

    private record Outgoing(ZMQ.Socket socket, List<byte[]> frames) {}

    private KernelClient(KernelLauncher launcher, Process process, Path connectionFile, ConnectionInfo info)
            throws IOException {
        this.launcher = launcher;
        this.process = process;
        this.connectionFile = connectionFile;
        this.info = info;
        this.codec = new MessageCodec(mapper, new Signer(info.key()));
        byte[] identity = session.getBytes(StandardCharsets.UTF_8);
        shell = connect(SocketType.DEALER, info.shellPort(), identity);
        control = connect(SocketType.DEALER, info.controlPort(), identity);
        // stdin shares the shell identity: the kernel routes input_request by the execute request's identity
        stdin = connect(SocketType.DEALER, info.stdinPort(), identity);
        iopub = connect(SocketType.SUB, info.iopubPort(), null);
        iopub.subscribe(new byte[0]);
        heartbeat = connect(SocketType.REQ, info.hbPort(), null);
        wakeup = Pipe.open();
        wakeup.source().configureBlocking(false);
        io = new Thread(this::ioLoop, "kernel-client-io");
        io.setDaemon(true);
        io.start();
        if (process != null) {
            killOnExit = new Thread(() -> destroy(process), "kernel-client-cleanup");
            Runtime.getRuntime().addShutdownHook(killOnExit);
        } else {
            killOnExit = null;
        }
    }

    // ---- starting ----

    /** Starts the kernel with its output on this process's stderr and waits until it is ready. */
    public static KernelClient start(KernelLauncher launcher) throws IOException, TimeoutException {
        return start(launcher, null, ProcessBuilder.Redirect.INHERIT, STARTUP_TIMEOUT);
    }

    /**
     * Writes a connection file, starts the kernel process and waits until it answers kernel_info and
     * its IOPub messages reach us.
     *
     * @param workingDirectory the kernel's working directory, or null for ours
     * @param output           where the kernel's stdout and stderr (its log) go
     */
    public static KernelClient start(KernelLauncher launcher, Path workingDirectory, ProcessBuilder.Redirect output,
            Duration startupTimeout) throws IOException, TimeoutException {
        ConnectionInfo info = newConnectionInfo();
        Path file = writeConnectionFile(info);
        ProcessBuilder pb = new ProcessBuilder(launcher.command(file));
        pb.environment().putAll(launcher.env());
        if (workingDirectory != null) {
            pb.directory(workingDirectory.toFile());
        }
        pb.redirectErrorStream(true);
        pb.redirectOutput(output);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw new IOException("cannot start kernel " + launcher.name() + " (" + String.join(" ", launcher.argv())
                    + "): " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        KernelClient client = new KernelClient(launcher, process, file, info);
        try {
            client.waitForReady(startupTimeout);
        } catch (TimeoutException | RuntimeException e) {
            client.close();
            throw e;
        }
        return client;
    }

    /**
     * Connects to a kernel that runs already (started by Jupyter, say) through its connection file;
     * {@link #close()} then leaves the kernel and the file alone unless {@link #shutdown} is called.
     */
    public static KernelClient connect(Path connectionFile, Duration timeout) throws IOException, TimeoutException {
        KernelClient client = new KernelClient(null, null, null, ConnectionInfo.read(connectionFile));
        try {
            client.waitForReady(timeout);
        } catch (TimeoutException | RuntimeException e) {
            client.close();
            throw e;
        }
        return client;
    }

    /** Five free ports on the loopback interface and a fresh key. */
    static ConnectionInfo newConnectionInfo() throws IOException {
        int[] ports = new int[5];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < ports.length; i++) {
                // held open together so that the five ports differ
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        return new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
                "hmac-sha256", UUID.randomUUID().toString());
    }

    private static Path writeConnectionFile(ConnectionInfo info) throws IOException {
        ObjectNode json = new ObjectMapper().createObjectNode()
                .put("transport", info.transport())
                .put("ip", info.ip())
                .put("shell_port", info.shellPort())
                .put("iopub_port", info.iopubPort())
                .put("stdin_port", info.stdinPort())
                .put("control_port", info.controlPort())
                .put("hb_port", info.hbPort())
                .put("signature_scheme", info.signatureScheme())
                .put("key", info.key());
        // createTempFile makes the file readable by its owner only: it holds the key
        Path file = Files.createTempFile("kernel-", ".json");
        Files.write(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        return file;
    }

    private ZMQ.Socket connect(SocketType type, int port, byte[] identity) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(0);
        if (identity != null) {
            socket.setIdentity(identity);
        }
        socket.connect(info.endpoint(port));
        return socket;
    }

    /**
     * jupyter_client's {@code wait_for_ready}: repeats kernel_info_request until a reply arrives and an
     * IOPub message follows it (the SUB socket only receives once its subscription reached the kernel).
     */
    public ObjectNode waitForReady(Duration timeout) throws TimeoutException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int attempts = 0;
        while (System.nanoTime() < deadline) {
            checkAlive();
            attempts++;
            long seen = iopubReceived.get();
            Pending p = send(Channel.SHELL, "kernel_info_request", object(), true, false, null, null);
            Message reply = p.awaitReply(Duration.ofSeconds(1));
            pending.remove(p.msgId());
            if (reply != null) {
                kernelInfo = reply.content();
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                while (System.nanoTime() < until) {
                    if (iopubReceived.get() > seen) {
                        Log.debug("kernel " + launcherName() + " ready after " + attempts + " kernel_info_request(s), "
                                + (System.nanoTime() - start) / 1_000_000 + " ms");
                        return kernelInfo;
                    }
                    sleep(10);
                }
            }
        }
        checkAlive();
        throw new TimeoutException("kernel " + launcherName() + " did not answer kernel_info_request within "
                + timeout.toSeconds() + " s");
    }

    // ---- requests ----

    /** The reply content of the last kernel_info_request (the one that found the kernel ready). */
    public ObjectNode kernelInfoContent() {
        return kernelInfo;
    }

    public Response kernelInfo() throws TimeoutException {
        Response r = request(Channel.SHELL, "kernel_info_request", object(), DEFAULT_TIMEOUT);
        kernelInfo = (ObjectNode) r.content();
        return r;
    }

    public Response execute(String code) throws TimeoutException {
        return execute(code, new ExecuteOptions());
    }

    /** Runs code and returns its reply with every IOPub message of the request, up to status idle. */
    public Response execute(String code, ExecuteOptions options) throws TimeoutException {
        return submitExecute(code, options).await(options.timeout);
    }

    /** Sends an execute_request without waiting; {@link Pending#await} collects it. */
    public Pending submitExecute(String code, ExecuteOptions options) {
        ObjectNode content = object()
                .put("code", code)
                .put("silent", options.silent)
                .put("store_history", options.storeHistory)
                .put("allow_stdin", options.allowStdin)
                .put("stop_on_error", options.stopOnError);
        content.set("user_expressions", options.userExpressions != null ? options.userExpressions : object());
        return send(Channel.SHELL, "execute_request", content, true, true, options.listener, options.stdin);
    }

    /** Completion at the end of {@code code}. */
    public Response complete(String code) throws TimeoutException {
        return complete(code, code.codePointCount(0, code.length()));
    }

    /** @param cursorPos in Unicode code points, as the protocol counts */
    public Response complete(String code, int cursorPos) throws TimeoutException {
        return request(Channel.SHELL, "complete_request", object().put("code", code).put("cursor_pos", cursorPos),
                DEFAULT_TIMEOUT);
    }

    public Response inspect(String code, int cursorPos, int detailLevel) throws TimeoutException {
        return request(Channel.SHELL, "inspect_request",
                object().put("code", code).put("cursor_pos", cursorPos).put("detail_level", detailLevel), DEFAULT_TIMEOUT);
    }

    public Response isComplete(String code) throws TimeoutException {
        return request(Channel.SHELL, "is_complete_request", object().put("code", code), DEFAULT_TIMEOUT);
    }

    public Response historyTail(int n, boolean output) throws TimeoutException {
        return history(object().put("hist_access_type", "tail").put("n", n).put("output", output).put("raw", true));
    }

    public Response historyRange(int session, int start, int stop, boolean output) throws TimeoutException {
        return history(object().put("hist_access_type", "range").put("session", session).put("start", start)
                .put("stop", stop).put("output", output).put("raw", true));
    }

    public Response historySearch(String pattern, int n, boolean unique) throws TimeoutException {
        return history(object().put("hist_access_type", "search").put("pattern", pattern).put("n", n)
                .put("unique", unique).put("output", false).put("raw", true));
    }

    public Response history(ObjectNode content) throws TimeoutException {
        return request(Channel.SHELL, "history_request", content, DEFAULT_TIMEOUT);
    }

    /** @param targetName only comms of this target, or null for all */
    public Response commInfo(String targetName) throws TimeoutException {
        ObjectNode content = object();
        if (targetName != null) {
            content.put("target_name", targetName);
        }
        return request(Channel.SHELL, "comm_info_request", content, DEFAULT_TIMEOUT);
    }

    /**
     * Interrupts the running cell as the kernelspec says: an interrupt_request on control (message
     * mode, whose reply this waits for) or SIGINT (signal mode).
     */
    public void interrupt() throws TimeoutException {
        if (launcher != null && launcher.interruptMode().equals("signal") && process != null) {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start()
                        .waitFor(5, TimeUnit.SECONDS);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot send SIGINT to the kernel", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        request(Channel.CONTROL, "interrupt_request", object(), Duration.ofSeconds(10));
    }

    /** {@link #shutdown(boolean, Duration)} with a 10 s limit. */
    public Response shutdown(boolean restart) throws TimeoutException {
        return shutdown(restart, Duration.ofSeconds(10));
    }

    /**
     * Sends shutdown_request on control and waits for the reply (not for idle: the kernel may be gone
     * before IOPub delivers it), then for the process to exit; kills it if it does not exit in time.
     */
    public Response shutdown(boolean restart, Duration timeout) throws TimeoutException {
        shutdownSent = true;
        Pending p = send(Channel.CONTROL, "shutdown_request", object().put("restart", restart), true, false, null, null);
        Response r = p.await(timeout);
        if (process != null && !restart) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    destroy(process);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return r;
    }

    /** Sends a request and waits for its reply and its idle status. */
    public Response request(Channel channel, String msgType, ObjectNode content, Duration timeout)
            throws TimeoutException {
        return send(channel, msgType, content, true, true, null, null).await(timeout);
    }

    /**
     * Sends one message.
     *
     * @param expectReply whether the request has a reply on its channel (comm messages do not)
     * @param waitIdle    whether completion also waits for its {@code status: idle} on IOPub
     * @param listener    sees each IOPub message of the request as it arrives (may be null)
     * @param stdinAnswer answers its input_requests (may be null: an empty line is sent)
     */
    public Pending send(Channel channel, String msgType, ObjectNode content, boolean expectReply, boolean waitIdle,
            Consumer<Message> listener, Function<Message, String> stdinAnswer) {
        Message m = new Message(List.of(), Message.newHeader(msgType, session, username), object(), object(), content,
                List.of());
        Pending p = new Pending(m, expectReply, waitIdle, listener, stdinAnswer);
        pending.put(p.msgId(), p);
        enqueue(socket(channel), codec.encode(m));
        return p;
    }

    /** Sends frames exactly as given (for tests of what the kernel does with malformed messages). */
    public void sendRaw(Channel channel, List<byte[]> frames) {
        enqueue(socket(channel), List.copyOf(frames));
    }

    /** One heartbeat round trip; false when the echo does not come back in time. */
    public boolean heartbeat(Duration timeout) {
        synchronized (heartbeatLock) {
            if (heartbeat == null) {
                heartbeat = connect(SocketType.REQ, info.hbPort(), null);
            }
            heartbeat.setReceiveTimeOut((int) Math.max(1, timeout.toMillis()));
            byte[] ping = ("ping-" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
            boolean ok = heartbeat.send(ping, 0) && java.util.Arrays.equals(ping, heartbeat.recv());
            if (!ok) {
                // a REQ socket that lost its reply cannot send again
                heartbeat.close();
                heartbeat = null;
            }
            return ok;
        }
    }

    /** Sees every IOPub message, whichever request (if any) it belongs to. */
    public void addIopubListener(Consumer<Message> listener) {
        iopubListeners.add(listener);
    }

    public void removeIopubListener(Consumer<Message> listener) {
        iopubListeners.remove(listener);
    }

    // ---- state ----

    public ConnectionInfo connectionInfo() {
        return info;
    }

    /** The connection file this client wrote, or null when it connected to a running kernel. */
    public Path connectionFile() {
        return connectionFile;
    }

    /** The kernel process, or null when this client connected to a running kernel. */
    public Process process() {
        return process;
    }

    public KernelLauncher launcher() {
        return launcher;
    }

    public String session() {
        return session;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Received messages that were dropped because their signature or JSON was bad. */
    public long droppedMessages() {
        return dropped.get();
    }

    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    /** Throws if the kernel process has exited. */
    public void checkAlive() {
        if (process != null && !process.isAlive()) {
            throw new KernelDiedException("the kernel process exited with status " + process.exitValue());
        }
    }

    /**
     * Asks a kernel that this client started to shut down if it still runs, kills it if it does not exit
     * in a few seconds, deletes its connection file and releases the sockets.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (process != null && process.isAlive() && !shutdownSent) {
                try {
                    shutdown(false, Duration.ofSeconds(3));
                } catch (TimeoutException | RuntimeException e) {
                    // killed below
                }
            }
            if (process != null) {
                destroy(process);
            }
        } finally {
            closed = true;
            wake();
            try {
                io.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (heartbeatLock) {
                context.destroy();
            }
            stdinAnswers.shutdownNow();
            try {
                wakeup.source().close();
                wakeup.sink().close();
                if (connectionFile != null) {
                    Files.deleteIfExists(connectionFile);
                }
            } catch (IOException e) {
                // a temporary file left behind
            }
            if (killOnExit != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(killOnExit);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down
                }
            }
        }
    }

    private static void destroy(Process process) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private String launcherName() {
        return launcher == null ? "" : launcher.name();
    }

    // ---- the I/O thread ----

    private ZMQ.Socket socket(Channel channel) {
        return switch (channel) {
            case SHELL -> shell;
            case CONTROL -> control;
            case STDIN -> stdin;
        };
    }

    private void enqueue(ZMQ.Socket socket, List<byte[]> frames) {
        if (closed) {
            throw new IllegalStateException("the kernel client is closed");
        }
        outbox.add(new Outgoing(socket, frames));
        wake();
    }

    private void wake() {
        try {
            wakeup.sink().write(ByteBuffer.wrap(new byte[] {1}));
        } catch (IOException e) {
            // closed: the I/O thread is ending anyway
        }
    }

    private void ioLoop() {
        ZMQ.Poller poller = context.createPoller(5);
        int iShell = poller.register(shell, ZMQ.Poller.POLLIN);
        int iControl = poller.register(control, ZMQ.Poller.POLLIN);
        int iStdin = poller.register(stdin, ZMQ.Poller.POLLIN);
        int iIopub = poller.register(iopub, ZMQ.Poller.POLLIN);
        int iWake = poller.register(wakeup.source(), ZMQ.Poller.POLLIN);
        ByteBuffer scratch = ByteBuffer.allocate(256);
        try {
            while (!closed) {
                Outgoing out;
                while ((out = outbox.poll()) != null) {
                    List<byte[]> frames = out.frames();
                    for (int i = 0; i < frames.size(); i++) {
                        out.socket().send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
                    }
                }
                if (poller.poll(200) < 0) {
                    return;
                }
                if (poller.pollin(iWake)) {
                    scratch.clear();
                    while (wakeup.source().read(scratch) > 0) {
                        scratch.clear();
                    }
                }
                if (poller.pollin(iIopub)) {
                    drain(iopub, null);
                }
                if (poller.pollin(iShell)) {
                    drain(shell, Channel.SHELL);
                }
                if (poller.pollin(iControl)) {
                    drain(control, Channel.CONTROL);
                }
                if (poller.pollin(iStdin)) {
                    drain(stdin, Channel.STDIN);
                }
            }
        } catch (ZMQException | IOException | java.nio.channels.ClosedSelectorException e) {
            if (!closed) {
                Log.error("kernel client I/O stopped", e);
            }
        } finally {
            poller.close();
        }
    }

    private void drain(ZMQ.Socket socket, Channel channel) {
        for (int n = 0; n < 10_000; n++) {
            byte[] first = socket.recv(ZMQ.DONTWAIT);
            if (first == null) {
                return;
            }
            List<byte[]> frames = new ArrayList<>();
            frames.add(first);
            while (socket.hasReceiveMore()) {
                frames.add(socket.recv());
            }
            Message m;
            try {
                m = codec.decode(frames);
            } catch (MalformedMessageException e) {
                dropped.incrementAndGet();
                Log.warn("kernel client dropped a message on " + (channel == null ? "iopub" : channel) + ": "
                        + e.getMessage());
                continue;
            }
            try {
                route(m, channel);
            } catch (RuntimeException e) {
                Log.error("kernel client: cannot handle " + m.type(), e);
            }
        }
    }

    private void route(Message m, Channel channel) {
        Pending p = pending.get(m.parentHeader().path("msg_id").asText(""));
        if (channel == null) {
            iopubReceived.incrementAndGet();
            for (Consumer<Message> l : iopubListeners) {
                l.accept(m);
            }
            if (p != null) {
                p.onIopub(m);
            }
        } else if (channel == Channel.STDIN) {
            if (m.type().equals("input_request")) {
                Function<Message, String> answer = p == null ? null : p.stdinAnswer;
                stdinAnswers.execute(() -> {
                    String value = "";
                    try {
                        value = answer == null ? "" : answer.apply(m);
                    } catch (RuntimeException e) {
                        Log.error("stdin answer failed", e);
                    }
                    Message reply = new Message(List.of(), Message.newHeader("input_reply", session, username),
                            m.header(), object(), object().put("value", value == null ? "" : value), List.of());
                    if (!closed) {
                        enqueue(stdin, codec.encode(reply));
                    }
                });
            }
        } else if (p != null) {
            p.onReply(m);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- requests in flight and their results ----

    /** A request in flight: its reply and IOPub messages as they arrive. */
    public final class Pending {
        private final Message request;
        private final boolean expectReply;
        private final boolean waitIdle;
        private final Consumer<Message> listener;
        private final Function<Message, String> stdinAnswer;
        private final CompletableFuture<Message> reply = new CompletableFuture<>();
        private final CompletableFuture<Message> idle = new CompletableFuture<>();
        private final List<Message> iopubMessages = new CopyOnWriteArrayList<>();

        Pending(Message request, boolean expectReply, boolean waitIdle, Consumer<Message> listener,
                Function<Message, String> stdinAnswer) {
            this.request = request;
            this.expectReply = expectReply;
            this.waitIdle = waitIdle;
            this.listener = listener;
            this.stdinAnswer = stdinAnswer;
        }

        public String msgId() {
            return request.id();
        }

        public Message request() {
            return request;
        }

        void onIopub(Message m) {
            iopubMessages.add(m);
            if (listener != null) {
                try {
                    listener.accept(m);
                } catch (RuntimeException e) {
                    Log.error("IOPub listener failed", e);
                }
            }
            if (m.type().equals("status") && m.get("execution_state").asText().equals("idle")) {
                idle.complete(m);
            }
        }

        void onReply(Message m) {
            reply.complete(m);
        }

        public boolean isDone() {
            return (!expectReply || reply.isDone()) && (!waitIdle || idle.isDone());
        }

        /** The reply, or null if it did not come within the timeout. */
        Message awaitReply(Duration timeout) {
            try {
                return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        /**
         * Waits for the reply and the idle status.
         *
         * @param timeout null, zero or negative: no limit
         * @throws TimeoutException    if they did not both arrive in time (the request stays pending, so a
         *                             caller can interrupt the kernel and await again)
         * @throws KernelDiedException if the kernel process exits first
         */
        public Response await(Duration timeout) throws TimeoutException {
            boolean limited = timeout != null && !timeout.isZero() && !timeout.isNegative();
            long deadline = limited ? System.nanoTime() + timeout.toNanos() : Long.MAX_VALUE;
            CompletableFuture<Void> both = CompletableFuture.allOf(
                    expectReply ? reply : CompletableFuture.completedFuture(null),
                    waitIdle ? idle : CompletableFuture.completedFuture(null));
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException(request.type() + " did not complete within " + timeout.toMillis()
                            + " ms (reply " + (reply.isDone() ? "received" : "missing") + ", idle "
                            + (idle.isDone() ? "received" : "missing") + ")");
                }
                try {
                    both.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
                    pending.remove(msgId());
                    return snapshot();
                } catch (TimeoutException e) {
                    if (process != null && !process.isAlive()) {
                        sleep(100); // let the I/O thread deliver what the kernel sent before it died
                        if (isDone()) {
                            continue;
                        }
                        pending.remove(msgId());
                        throw new KernelDiedException("the kernel process exited with status " + process.exitValue()
                                + " while waiting for the answer to " + request.type());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + request.type(), e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }

        /** What has arrived so far. */
        public Response snapshot() {
            return new Response(request, reply.getNow(null), List.copyOf(iopubMessages));
        }

        /** Stops routing messages to this request. */
        public void forget() {
            pending.remove(msgId());
        }
    }

    /** A request, its reply (null for requests without one) and its IOPub messages in arrival order. */
    public static final class Response {
        private final Message request;
        private final Message reply;
        private final List<Message> iopub;

        Response(Message request, Message reply, List<Message> iopub) {
            this.request = request;
            this.reply = reply;
            this.iopub = iopub;
        }

        public Message request() {
            return request;
        }

        public Message reply() {
            return reply;
        }

        /** Every IOPub message whose parent is the request, status included. */
        public List<Message> iopub() {
            return iopub;
        }

        /** The reply's content (an empty node when there is no reply). */
        public JsonNode content() {
            return reply == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : reply.content();
        }

        /** The reply's status: ok, error, aborted. */
        public String status() {
            return content().path("status").asText("");
        }

        public int executionCount() {
            return content().path("execution_count").asInt(-1);
        }

        /** The IOPub messages that are outputs: everything but status and execute_input. */
        public List<Message> outputs() {
            return iopub.stream().filter(m -> !m.type().equals("status") && !m.type().equals("execute_input")).toList();
        }

        public List<Message> ofType(String msgType) {
            return iopub.stream().filter(m -> m.type().equals(msgType)).toList();
        }

        public Optional<Message> first(String msgType) {
            return iopub.stream().filter(m -> m.type().equals(msgType)).findFirst();
        }

        /** The IOPub message types in arrival order, e.g. [status, execute_input, stream, status]. */
        public List<String> types() {
            return iopub.stream().map(Message::type).toList();
        }

        /** All text of one stream (stdout or stderr), concatenated. */
        public String stream(String name) {
            StringBuilder sb = new StringBuilder();
            for (Message m : ofType("stream")) {
                if (m.get("name").asText().equals(name)) {
                    sb.append(m.get("text").asText());
                }
            }
            return sb.toString();
        }

        public String stdout() {
            return stream("stdout");
        }

        public String stderr() {
            return stream("stderr");
        }

        /** The text/plain of the execute_result, or null. */
        public String result() {
            return first("execute_result").map(m -> m.get("data").path("text/plain").asText(null)).orElse(null);
        }

        @Override
        public String toString() {
            return request.type() + " -> " + (reply == null ? "(no reply)" : reply.type() + " " + reply.content())
                    + " iopub " + iopub.stream().map(m -> m.type() + " " + m.content()).toList();
        }
    }

    /** Options of an execute_request; the defaults are nbclient's, with a 60 s timeout. */
    public static final class ExecuteOptions {
        boolean silent;
        boolean storeHistory = true;
        boolean allowStdin;
        boolean stopOnError = true;
        Duration timeout = Duration.ofSeconds(60);
        ObjectNode userExpressions;
        Consumer<Message> listener;
        Function<Message, String> stdin;

        public ExecuteOptions silent(boolean value) {
            silent = value;
            if (value) {
                storeHistory = false;
            }
            return this;
        }

        public ExecuteOptions storeHistory(boolean value) {
            storeHistory = value;
            return this;
        }

        /** Allows input_request; each is answered by {@code answer} (called off the I/O thread). */
        public ExecuteOptions stdin(Function<Message, String> answer) {
            allowStdin = answer != null;
            stdin = answer;
            return this;
        }

        public ExecuteOptions allowStdin(boolean value) {
            allowStdin = value;
            return this;
        }

        public ExecuteOptions stopOnError(boolean value) {
            stopOnError = value;
            return this;
        }

        /** null, zero or negative: wait without limit. */
        public ExecuteOptions timeout(Duration value) {
            timeout = value;
            return this;
        }

        public ExecuteOptions userExpressions(ObjectNode value) {
            userExpressions = value;
            return this;
        }

        /** Sees each IOPub message of the request as it arrives. */
        public ExecuteOptions listener(Consumer<Message> value) {
            listener = value;
            return this;
        }
    }

    /** The kernel process ended while a request was waiting for it. */
    public static final class KernelDiedException extends RuntimeException {
        public KernelDiedException(String message) {
            super(message);
        }
    }
}
