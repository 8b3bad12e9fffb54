package org.rootprompt.kernel.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.rootprompt.display.MimeBundle;
import org.rootprompt.kernel.Log;
import org.rootprompt.kernel.engine.OutputRouter;
import org.rootprompt.kernel.wire.Channel;
import org.rootprompt.kernel.wire.KernelSockets;
import org.rootprompt.kernel.wire.Message;

/**
 * The protocol side of the kernel: receives requests on shell and control, publishes status, inputs
 * and outputs on IOPub with the right parent, keeps the execution count and history, aborts queued
 * cells after an error, and hands the language work to the {@link Interpreter}.
 */
public final class Kernel {
    private final KernelSockets sockets;
    private final Interpreter interpreter;
    private final ObjectMapper mapper;
    private final String session;
    private final String kernelId;
    private final Map<String, Handler> handlers = new HashMap<>();
    private final History history = new History(1);
    private final Map<String, String> comms = new ConcurrentHashMap<>();
    private final OutputRouter router;
    private final BlockingQueue<Message> stdinOutbox = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> stdinReplies = new LinkedBlockingQueue<>();
    /** Requests read while aborting, handled before the socket is read again. */
    private final ArrayDeque<Message> pendingShell = new ArrayDeque<>();
    private volatile boolean running = true;
    private volatile Context current;
    private int executionCount;

    @FunctionalInterface
    private interface Handler {
        void handle(Channel channel, Message request);
    }

    /** The request whose outputs are being published. Background output goes to the latest one. */
    private record Context(ObjectNode parent, List<byte[]> identities, boolean silent, boolean allowStdin) {}

    public Kernel(KernelSockets sockets, ObjectMapper mapper, Interpreter interpreter, String kernelId) {
        this.sockets = sockets;
        this.mapper = mapper;
        this.interpreter = interpreter;
        this.kernelId = kernelId;
        this.session = java.util.UUID.randomUUID().toString();
        this.router = new OutputRouter(this::publishStream, 50);
        handlers.put("kernel_info_request", this::kernelInfo);
        handlers.put("execute_request", this::execute);
        handlers.put("complete_request", this::complete);
        handlers.put("inspect_request", this::inspect);
        handlers.put("is_complete_request", this::isComplete);
        handlers.put("history_request", this::history);
        handlers.put("comm_info_request", this::commInfo);
        handlers.put("comm_open", this::commOpen);
        handlers.put("comm_msg", this::commMsg);
        handlers.put("comm_close", this::commClose);
        handlers.put("shutdown_request", this::shutdown);
        handlers.put("interrupt_request", this::interrupt);
    }

    /** The streams that user code writes to; the caller installs them as System.out and System.err. */
    public PrintStream stdout() {
        return router.stdout();
    }

    public PrintStream stderr() {
        return router.stderr();
    }

    /** Serves until a shutdown request. Control runs on its own thread so interrupts reach a busy kernel. */
    public void run() {
        publish(sockets.iopub, null, "status", obj().put("execution_state", "starting"));
        Thread control = new Thread(() -> serve(sockets.control), "control");
        control.setDaemon(true);
        control.start();
        Thread stdin = new Thread(this::serveStdin, "stdin");
        stdin.setDaemon(true);
        stdin.start();
        serve(sockets.shell);
        try {
            control.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        router.close();
    }

    private void serve(Channel channel) {
        while (running) {
            Message request = channel == sockets.shell && !pendingShell.isEmpty()
                    ? pendingShell.poll()
                    : channel.receive(200).orElse(null);
            if (request != null) {
                dispatch(channel, request);
            }
        }
    }

    private void dispatch(Channel channel, Message request) {
        Handler handler = handlers.get(request.type());
        if (handler == null) {
            Log.warn("unknown message type '" + request.type() + "' on " + channel.name() + ": ignored");
            return;
        }
        publishStatus(request, "busy");
        try {
            handler.handle(channel, request);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Log.error("error while handling " + request.type(), e);
        } finally {
            publishStatus(request, "idle");
        }
    }

    // ---- execute ----

    private void execute(Channel channel, Message request) {
        JsonNode c = request.content();
        String code = c.path("code").asText("");
        boolean silent = c.path("silent").asBoolean(false);
        boolean storeHistory = !silent && c.path("store_history").asBoolean(true);
        boolean allowStdin = c.path("allow_stdin").asBoolean(true);
        boolean stopOnError = c.path("stop_on_error").asBoolean(true);
        if (storeHistory) {
            executionCount++;
        }
        int count = executionCount;
        Map<String, String> expressions = new LinkedHashMap<>();
        c.path("user_expressions").properties().forEach(e -> expressions.put(e.getKey(), e.getValue().asText()));

        Context previous = current;
        current = new Context(request.header(), request.identities(), silent, allowStdin);
        if (!silent) {
            publish(sockets.iopub, request, "execute_input", obj().put("code", code).put("execution_count", count));
        }
        Interpreter.ExecuteOutcome outcome;
        try {
            outcome = interpreter.execute(
                    new Interpreter.ExecuteRequest(code, silent, storeHistory, count, expressions), output());
        } catch (RuntimeException | Error e) {
            Log.error("the interpreter failed", e);
            outcome = new Interpreter.ExecuteOutcome.Error(e.getClass().getSimpleName(),
                    String.valueOf(e.getMessage()), List.of("Internal kernel error: " + e));
        }
        router.flush();
        if (silent) {
            current = previous;
        }

        ObjectNode reply = obj();
        String plainResult = null;
        if (outcome instanceof Interpreter.ExecuteOutcome.Ok ok) {
            if (ok.result() != null && !silent) {
                ObjectNode result = obj().put("execution_count", count);
                result.set("data", mapper.valueToTree(ok.result().data()));
                result.set("metadata", mapper.valueToTree(ok.result().metadata()));
                publish(sockets.iopub, request, "execute_result", result);
                Object plain = ok.result().data().get("text/plain");
                plainResult = plain == null ? null : plain.toString();
            }
            reply.put("status", "ok").put("execution_count", count);
            reply.set("user_expressions", mapper.valueToTree(ok.userExpressions()));
            reply.set("payload", mapper.valueToTree(ok.payload()));
        } else {
            Interpreter.ExecuteOutcome.Error error = (Interpreter.ExecuteOutcome.Error) outcome;
            ObjectNode err = obj().put("ename", error.ename()).put("evalue", error.evalue());
            err.set("traceback", mapper.valueToTree(error.traceback()));
            if (!silent) {
                publish(sockets.iopub, request, "error", err.deepCopy());
            }
            reply.put("status", "error").put("execution_count", count);
            reply.setAll(err);
            reply.set("user_expressions", obj());
            reply.set("payload", mapper.createArrayNode());
        }
        if (storeHistory) {
            history.add(count, code, plainResult);
        }
        send(channel, request, "execute_reply", reply);
        if (outcome instanceof Interpreter.ExecuteOutcome.Error && stopOnError && !silent) {
            abortQueued(channel);
        }
    }

    /** After an error, answers every execute_request already waiting with "aborted"; others run normally. */
    private void abortQueued(Channel channel) {
        Optional<Message> next;
        while ((next = channel.receive(0)).isPresent()) {
            Message m = next.get();
            if (m.type().equals("execute_request")) {
                publishStatus(m, "busy");
                send(channel, m, "execute_reply", obj().put("status", "aborted").put("execution_count", executionCount));
                publishStatus(m, "idle");
            } else {
                pendingShell.add(m);
            }
        }
    }

    // ---- the other requests ----

    private void kernelInfo(Channel channel, Message request) {
        Interpreter.Info info = interpreter.info();
        ObjectNode reply = obj()
                .put("status", "ok")
                .put("protocol_version", Message.PROTOCOL_VERSION)
                .put("implementation", info.implementation())
                .put("implementation_version", info.implementationVersion())
                .put("banner", info.banner())
                .put("debugger", false);
        reply.set("language_info", mapper.valueToTree(info.languageInfo()));
        reply.set("help_links", mapper.valueToTree(info.helpLinks()));
        send(channel, request, "kernel_info_reply", reply);
    }

    private void complete(Channel channel, Message request) {
        String code = request.get("code").asText("");
        int cursor = utf16(code, request.get("cursor_pos").asInt(code.codePointCount(0, code.length())));
        Interpreter.Completion completion;
        try {
            completion = interpreter.complete(code, cursor);
        } catch (RuntimeException e) {
            Log.error("completion failed", e);
            completion = new Interpreter.Completion(List.of(), cursor, cursor);
        }
        ObjectNode reply = obj().put("status", "ok")
                .put("cursor_start", codePoints(code, completion.cursorStart()))
                .put("cursor_end", codePoints(code, completion.cursorEnd()));
        reply.set("matches", mapper.valueToTree(completion.matches()));
        reply.set("metadata", obj());
        send(channel, request, "complete_reply", reply);
    }

    private void inspect(Channel channel, Message request) {
        String code = request.get("code").asText("");
        int cursor = utf16(code, request.get("cursor_pos").asInt(code.codePointCount(0, code.length())));
        Interpreter.Inspection inspection;
        try {
            inspection = interpreter.inspect(code, cursor, request.get("detail_level").asInt(0));
        } catch (RuntimeException e) {
            Log.error("inspection failed", e);
            inspection = new Interpreter.Inspection(false, new MimeBundle(Map.of(), Map.of()));
        }
        ObjectNode reply = obj().put("status", "ok").put("found", inspection.found());
        reply.set("data", mapper.valueToTree(inspection.data().data()));
        reply.set("metadata", mapper.valueToTree(inspection.data().metadata()));
        send(channel, request, "inspect_reply", reply);
    }

    private void isComplete(Channel channel, Message request) {
        Interpreter.Completeness result;
        try {
            result = interpreter.isComplete(request.get("code").asText(""));
        } catch (RuntimeException e) {
            Log.error("is_complete failed", e);
            result = new Interpreter.Completeness("unknown", null);
        }
        ObjectNode reply = obj().put("status", result.status());
        if (result.status().equals("incomplete")) {
            reply.put("indent", result.indent() == null ? "" : result.indent());
        }
        send(channel, request, "is_complete_reply", reply);
    }

    private void history(Channel channel, Message request) {
        JsonNode c = request.content();
        boolean output = c.path("output").asBoolean(false);
        List<History.Entry> entries = switch (c.path("hist_access_type").asText("tail")) {
            case "range" -> history.range(c.path("session").asInt(0), c.path("start").asInt(0), c.path("stop").asInt(0));
            case "search" -> history.search(c.path("pattern").asText("*"), c.path("n").asInt(0), c.path("unique").asBoolean(false));
            default -> history.tail(c.path("n").asInt(10));
        };
        ArrayNode list = mapper.createArrayNode();
        for (History.Entry e : entries) {
            ArrayNode row = list.addArray().add(e.session()).add(e.line());
            if (output) {
                row.addArray().add(e.input()).add(e.output());
            } else {
                row.add(e.input());
            }
        }
        ObjectNode reply = obj().put("status", "ok");
        reply.set("history", list);
        send(channel, request, "history_reply", reply);
    }

    private void commInfo(Channel channel, Message request) {
        String target = request.get("target_name").asText(null);
        ObjectNode list = obj();
        comms.forEach((id, name) -> {
            if (target == null || target.equals(name)) {
                list.set(id, obj().put("target_name", name));
            }
        });
        ObjectNode reply = obj().put("status", "ok");
        reply.set("comms", list);
        send(channel, request, "comm_info_reply", reply);
    }

    /** No comm targets are registered yet: an opened comm is closed again, politely, as ipykernel does. */
    private void commOpen(Channel channel, Message request) {
        String id = request.get("comm_id").asText();
        String target = request.get("target_name").asText();
        Log.warn("no comm target '" + target + "': closing comm " + id);
        ObjectNode close = obj().put("comm_id", id);
        close.set("data", obj());
        publish(sockets.iopub, request, "comm_close", close);
    }

    private void commMsg(Channel channel, Message request) {
        String id = request.get("comm_id").asText();
        if (!comms.containsKey(id)) {
            Log.warn("comm_msg for unknown comm " + id + ": ignored");
        }
    }

    private void commClose(Channel channel, Message request) {
        comms.remove(request.get("comm_id").asText());
    }

    private void shutdown(Channel channel, Message request) {
        boolean restart = request.get("restart").asBoolean(false);
        send(channel, request, "shutdown_reply", obj().put("status", "ok").put("restart", restart));
        running = false;
        interpreter.interrupt();
        interpreter.shutdown();
        // the shell thread may be stuck in code that ignores interrupts: do not let it keep the process
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                return;
            }
            Log.warn("shutdown: the shell thread did not finish in 3 s; exiting anyway");
            Runtime.getRuntime().halt(0);
        }, "shutdown-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void interrupt(Channel channel, Message request) {
        interpreter.interrupt();
        send(channel, request, "interrupt_reply", obj().put("status", "ok"));
    }

    // ---- publishing ----

    private Interpreter.Output output() {
        return new Interpreter.Output() {
            @Override
            public void display(MimeBundle bundle, String displayId, boolean update) {
                Context ctx = current;
                if (ctx == null || ctx.silent()) {
                    return;
                }
                router.flush();
                ObjectNode content = obj();
                content.set("data", mapper.valueToTree(bundle.data()));
                content.set("metadata", mapper.valueToTree(bundle.metadata()));
                ObjectNode transient_ = obj();
                if (displayId != null) {
                    transient_.put("display_id", displayId);
                }
                content.set("transient", transient_);
                publishWithParent(ctx.parent(), update ? "update_display_data" : "display_data", content);
            }

            @Override
            public void clear(boolean wait) {
                Context ctx = current;
                if (ctx == null || ctx.silent()) {
                    return;
                }
                router.flush();
                publishWithParent(ctx.parent(), "clear_output", obj().put("wait", wait));
            }

            @Override
            public String input(String prompt, boolean password) {
                Context ctx = current;
                if (ctx == null || !ctx.allowStdin()) {
                    throw new IllegalStateException(
                            "stdin is not available: this front end does not accept input requests (allow_stdin is false)");
                }
                router.flush();
                stdinReplies.clear();
                ObjectNode content = obj().put("prompt", prompt).put("password", password);
                stdinOutbox.add(new Message(ctx.identities(), Message.newHeader("input_request", session, "kernel"),
                        ctx.parent(), obj(), content, List.of()));
                try {
                    return stdinReplies.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for input");
                }
            }
        };
    }

    /** Sends input requests and collects replies; the stdin socket is only touched by this thread. */
    private void serveStdin() {
        while (running) {
            try {
                Message out = stdinOutbox.poll(20, TimeUnit.MILLISECONDS);
                if (out != null) {
                    sockets.stdin.send(out);
                }
                Optional<Message> in = sockets.stdin.receive(out != null ? 0 : 20);
                if (in.isPresent() && in.get().type().equals("input_reply")) {
                    stdinReplies.add(in.get().get("value").asText(""));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) { // at shutdown the closing context ends the loop this way
                    Log.error("stdin channel", e);
                }
            }
        }
    }

    private void publishStream(String name, String text) {
        Context ctx = current;
        if (ctx == null || ctx.silent()) {
            Log.debug("output outside a request (" + name + "): " + text);
            return;
        }
        publishWithParent(ctx.parent(), "stream", obj().put("name", name).put("text", text));
    }

    private void publishStatus(Message request, String state) {
        publish(sockets.iopub, request, "status", obj().put("execution_state", state));
    }

    private void publish(Channel iopub, Message parent, String type, ObjectNode content) {
        publishWithParent(parent == null ? obj() : parent.header(), type, content);
    }

    private void publishWithParent(ObjectNode parentHeader, String type, ObjectNode content) {
        sockets.iopub.send(new Message(List.of(KernelSockets.topic(kernelId, type)),
                Message.newHeader(type, session, "kernel"), parentHeader, obj(), content, List.of()));
    }

    private void send(Channel channel, Message request, String type, ObjectNode content) {
        channel.send(new Message(request.identities(), Message.newHeader(type, session, "kernel"),
                request.header(), obj(), content, List.of()));
    }

    private ObjectNode obj() {
        return mapper.createObjectNode();
    }

    /** Protocol cursor positions count code points (5.2+); Java strings count UTF-16 units. */
    static int utf16(String s, int codePoints) {
        int cp = Math.max(0, Math.min(codePoints, s.codePointCount(0, s.length())));
        return s.offsetByCodePoints(0, cp);
    }

    static int codePoints(String s, int utf16) {
        return s.codePointCount(0, Math.max(0, Math.min(utf16, s.length())));
    }
}
