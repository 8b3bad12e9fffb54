package org.rootprompt.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.rootprompt.kernel.cli.KernelClient;
import org.rootprompt.kernel.cli.KernelLauncher;
import org.rootprompt.kernel.wire.Message;

/** Shared pieces of the end-to-end tests: the built jar, starting a kernel, checking message shapes. */
final class E2e {
    private static final AtomicInteger KERNELS = new AtomicInteger();

    private E2e() {}

    /** The shaded jar that {@code mvn package} built (failsafe passes its path). */
    static Path jar() {
        String p = System.getProperty("rootprompt.jar");
        Path jar = p != null ? Path.of(p) : Path.of("target", "rootprompt.jar");
        assertTrue(Files.isRegularFile(jar), "the kernel jar is not built: " + jar.toAbsolutePath()
                + " (run mvn package first)");
        return jar.toAbsolutePath().normalize();
    }

    static Path repo() {
        String p = System.getProperty("rootprompt.repo");
        return (p != null ? Path.of(p) : jar().getParent().getParent().getParent()).toAbsolutePath().normalize();
    }

    /** A log file per kernel under target/e2e-logs, so the kernel's own stderr never mixes with the test JVM's. */
    static Path newLogFile(String what) throws IOException {
        Path dir = Files.createDirectories(jar().getParent().resolve("e2e-logs"));
        return dir.resolve(what + "-" + KERNELS.incrementAndGet() + "-" + ProcessHandle.current().pid() + ".log");
    }

    /** A kernel in its default language java: {@code java [jvmOptions] -jar rootprompt.jar kernel --language java}. */
    static Kernel startJavaKernel(String what, String... jvmOptions) throws IOException, TimeoutException {
        Path log = newLogFile(what);
        KernelClient client = KernelClient.start(KernelLauncher.forJar(jar(), "java", List.of(jvmOptions)), null,
                java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()), Duration.ofSeconds(60));
        return new Kernel(client, log);
    }

    /** A started kernel and its log. */
    record Kernel(KernelClient client, Path log) implements AutoCloseable {
        String logText() throws IOException {
            return Files.exists(log) ? Files.readString(log) : "";
        }

        @Override
        public void close() {
            client.close();
        }
    }

    /**
     * What every answered request must look like: the reply's parent is the request, the IOPub messages
     * of the request start with busy and end with idle, and every header is a 5.4 header of one session.
     */
    static void assertWellFormed(KernelClient.Response r) {
        Message request = r.request();
        assertNotNull(r.reply(), "no reply to " + request.type());
        assertEquals(request.id(), r.reply().parentHeader().path("msg_id").asText(),
                "the reply's parent_header.msg_id must be the request's");
        assertEquals(request.type().replace("_request", "_reply"), r.reply().type());
        assertHeader(r.reply());
        assertBracketed(r);
    }

    /** busy first, idle last, all with the request as parent. */
    static void assertBracketed(KernelClient.Response r) {
        List<Message> iopub = r.iopub();
        assertFalse(iopub.isEmpty(), "no IOPub messages for " + r.request().type());
        assertEquals("status", iopub.get(0).type(), "first IOPub message of " + r);
        assertEquals("busy", iopub.get(0).get("execution_state").asText(), "first IOPub message of " + r);
        Message last = iopub.get(iopub.size() - 1);
        assertEquals("status", last.type(), "last IOPub message of " + r);
        assertEquals("idle", last.get("execution_state").asText(), "last IOPub message of " + r);
        for (Message m : iopub) {
            assertEquals(r.request().id(), m.parentHeader().path("msg_id").asText(), "parent of " + m.type());
            assertHeader(m);
        }
        assertEquals(1, iopub.stream().filter(m -> m.type().equals("status")
                && m.get("execution_state").asText().equals("idle")).count(), "exactly one idle: " + r.types());
    }

    static void assertHeader(Message m) {
        JsonNode h = m.header();
        for (String field : List.of("msg_id", "session", "username", "date", "msg_type", "version")) {
            assertTrue(h.path(field).isTextual() && !h.path(field).asText().isEmpty(),
                    "header field " + field + " of " + m.type() + ": " + h);
        }
        assertEquals("5.4", h.path("version").asText(), "protocol version in the header of " + m.type());
    }

    /** All traceback lines joined with newlines. */
    static String traceback(JsonNode content) {
        StringBuilder sb = new StringBuilder();
        content.path("traceback").forEach(l -> sb.append(l.asText()).append('\n'));
        return sb.toString();
    }
}
