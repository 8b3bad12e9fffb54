package org.rootprompt.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rootprompt.kernel.e2e.E2e.assertBracketed;
import static org.rootprompt.kernel.e2e.E2e.assertWellFormed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rootprompt.kernel.cli.KernelClient;
import org.rootprompt.kernel.cli.KernelClient.Channel;
import org.rootprompt.kernel.cli.KernelClient.Response;
import org.rootprompt.kernel.wire.Message;
import org.rootprompt.kernel.wire.MessageCodec;
import org.rootprompt.kernel.wire.Signer;

/** The requests other than execute, on one kernel shared by the class: none of them changes what the others see. */
class ProtocolIT {
    private static E2e.Kernel kernel;
    private static KernelClient client;
    private static final List<Message> allIopub = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        kernel = E2e.startJavaKernel("protocol");
        client = kernel.client();
        client.addIopubListener(allIopub::add);
    }

    @AfterAll
    static void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    @Test
    void kernelInfoDescribesAJava54Kernel() throws Exception {
        Response r = client.kernelInfo();
        assertWellFormed(r);
        JsonNode c = r.content();
        assertEquals("ok", c.path("status").asText());
        assertEquals("5.4", c.path("protocol_version").asText());
        assertEquals("rootprompt", c.path("implementation").asText());
        assertFalse(c.path("implementation_version").asText().isEmpty());
        assertFalse(c.path("banner").asText().isBlank());
        JsonNode li = c.path("language_info");
        assertEquals("java", li.path("name").asText());
        assertTrue(li.path("file_extension").asText().startsWith("."), li.toString());
        assertEquals("text/x-java", li.path("mimetype").asText());
        assertFalse(li.path("version").asText().isEmpty());
        assertFalse(li.path("pygments_lexer").asText().isEmpty());
        assertFalse(li.path("codemirror_mode").isMissingNode());
        assertFalse(li.path("nbconvert_exporter").asText().isEmpty());
        assertTrue(c.path("help_links").isArray());
        for (JsonNode link : c.path("help_links")) {
            assertTrue(link.path("text").isTextual() && link.path("url").isTextual(), link.toString());
        }
        // only busy and idle: kernel_info publishes nothing else
        assertEquals(List.of("status", "status"), r.types());
    }

    @Test
    void completesSystem() throws Exception {
        Response r = client.complete("Syste");
        assertWellFormed(r);
        JsonNode c = r.content();
        assertEquals("ok", c.path("status").asText());
        assertTrue(texts(c.path("matches")).contains("System"), c.toString());
        assertEquals(0, c.path("cursor_start").asInt());
        assertEquals(5, c.path("cursor_end").asInt());
        assertTrue(c.path("metadata").isObject());
    }

    @Test
    void completionRangeIsInCodePointsAfterEarlierStatements() throws Exception {
        // the emoji is two UTF-16 units but one code point, as the protocol counts since 5.2
        String code = "String face = \"\uD83D\uDE00\";\nint n = 1;\nSyste";
        int end = code.codePointCount(0, code.length());
        Response r = client.complete(code, end);
        JsonNode c = r.content();
        assertTrue(texts(c.path("matches")).contains("System"), c.toString());
        assertEquals(end - 5, c.path("cursor_start").asInt(), c.toString());
        assertEquals(end, c.path("cursor_end").asInt(), c.toString());
    }

    @Test
    void completesMembersAfterADot() throws Exception {
        Response r = client.complete("Math.ab");
        JsonNode c = r.content();
        assertTrue(texts(c.path("matches")).stream().anyMatch(m -> m.startsWith("abs")), c.toString());
        assertEquals(5, c.path("cursor_start").asInt(), c.toString());
        assertEquals(7, c.path("cursor_end").asInt());
    }

    @Test
    void completesMagicNames() throws Exception {
        JsonNode c = client.complete("%%ba").content();
        assertTrue(texts(c.path("matches")).contains("%%bash"), c.toString());
        assertEquals(0, c.path("cursor_start").asInt());
    }

    @Test
    void inspectFindsAJdkMethod() throws Exception {
        Response r = client.inspect("Math.abs", 8, 0);
        assertWellFormed(r);
        JsonNode c = r.content();
        assertEquals("ok", c.path("status").asText());
        assertTrue(c.path("found").asBoolean(), c.toString());
        assertTrue(c.path("data").path("text/plain").asText().contains("abs"), c.toString());
        assertTrue(c.path("metadata").isObject());
    }

    @Test
    void inspectOfNothingKnownIsNotFound() throws Exception {
        JsonNode c = client.inspect("qwertyuiopNothing", 5, 0).content();
        assertEquals("ok", c.path("status").asText());
        assertFalse(c.path("found").asBoolean(), c.toString());
    }

    @Test
    void isCompleteTellsCompleteIncompleteAndInvalid() throws Exception {
        Response complete = client.isComplete("int x = 1;");
        assertWellFormed(complete);
        assertEquals("complete", complete.content().path("status").asText());

        JsonNode open = client.isComplete("void f() {").content();
        assertEquals("incomplete", open.path("status").asText(), open.toString());
        assertEquals("    ", open.path("indent").asText(), "indent after an opening brace: " + open);

        JsonNode expr = client.isComplete("1 +").content();
        assertEquals("incomplete", expr.path("status").asText(), expr.toString());
        assertTrue(expr.has("indent"), expr.toString());

        JsonNode invalid = client.isComplete("int = ;").content();
        assertEquals("invalid", invalid.path("status").asText(), invalid.toString());

        assertEquals("complete", client.isComplete("%lsmagic").content().path("status").asText());
    }

    @Test
    void historyTailRangeAndSearch() throws Exception {
        String tag = "hist" + UUID.randomUUID().toString().substring(0, 6);
        List<String> codes = List.of("int " + tag + "a = 1;", "int " + tag + "b = 2;", tag + "a + " + tag + "b");
        List<Integer> lines = new ArrayList<>();
        for (String code : codes) {
            Response r = client.execute(code);
            assertEquals("ok", r.status(), r.toString());
            lines.add(r.executionCount());
        }

        Response tail = client.historyTail(3, false);
        assertWellFormed(tail);
        JsonNode h = tail.content().path("history");
        assertEquals(3, h.size(), h.toString());
        for (int i = 0; i < 3; i++) {
            assertEquals(lines.get(i).intValue(), h.get(i).get(1).asInt(), h.toString());
            assertEquals(codes.get(i), h.get(i).get(2).asText(), h.toString());
        }

        JsonNode range = client.historyRange(0, lines.get(0), lines.get(2) + 1, true).content().path("history");
        assertEquals(3, range.size(), range.toString());
        assertEquals(codes.get(2), range.get(2).get(2).get(0).asText(), "with output=true: [input, output]");
        assertEquals("3", range.get(2).get(2).get(1).asText(), "the text/plain result of " + codes.get(2));

        JsonNode search = client.historySearch("*" + tag + "? = *", 10, true).content().path("history");
        assertEquals(2, search.size(), search.toString());
        assertEquals(codes.get(0), search.get(0).get(2).asText());
        assertEquals(codes.get(1), search.get(1).get(2).asText());
    }

    @Test
    void commInfoIsEmpty() throws Exception {
        Response r = client.commInfo(null);
        assertWellFormed(r);
        assertEquals("ok", r.content().path("status").asText());
        assertTrue(r.content().path("comms").isObject(), r.toString());
        assertEquals(0, r.content().path("comms").size(), r.toString());
        assertEquals(0, client.commInfo("jupyter.widget").content().path("comms").size());
    }

    @Test
    void commOpenToAnUnknownTargetIsClosedOnIopub() throws Exception {
        String commId = UUID.randomUUID().toString();
        ObjectNode content = client.object().put("comm_id", commId).put("target_name", "no.such.target");
        content.putObject("data");
        Response r = client.send(Channel.SHELL, "comm_open", content, false, true, null, null)
                .await(Duration.ofSeconds(10));
        assertNull(r.reply(), "comm_open has no reply");
        assertBracketed(r);
        Message close = r.first("comm_close").orElseThrow(() -> new AssertionError("no comm_close: " + r));
        assertEquals(commId, close.get("comm_id").asText());
        assertEquals(0, client.commInfo(null).content().path("comms").size(), "the comm is not kept open");
    }

    @Test
    void messagesWithBadSignatureOrBrokenJsonAreDropped() throws Exception {
        ObjectMapper mapper = client.mapper();
        String badSigId = UUID.randomUUID().toString();
        String brokenId = UUID.randomUUID().toString();
        String noDelimiterId = UUID.randomUUID().toString();
        Signer signer = new Signer(client.connectionInfo().key());

        byte[] header = mapper.writeValueAsBytes(Message.newHeader("kernel_info_request", client.session(), "test")
                .put("msg_id", badSigId));
        byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);
        client.sendRaw(Channel.SHELL, List.of(MessageCodec.DELIMITER,
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
                header, empty, empty, empty));

        byte[] brokenHeader = ("{\"msg_id\": \"" + brokenId + "\", \"msg_type\": \"kernel_info_request\", ")
                .getBytes(StandardCharsets.UTF_8);
        client.sendRaw(Channel.SHELL, List.of(MessageCodec.DELIMITER,
                signer.sign(brokenHeader, empty, empty, empty).getBytes(StandardCharsets.US_ASCII),
                brokenHeader, empty, empty, empty));

        byte[] plainHeader = mapper.writeValueAsBytes(Message.newHeader("kernel_info_request", client.session(), "test")
                .put("msg_id", noDelimiterId));
        client.sendRaw(Channel.SHELL, List.of(plainHeader, empty, empty, empty));
        client.sendRaw(Channel.CONTROL, List.of(MessageCodec.DELIMITER, "bad".getBytes(StandardCharsets.US_ASCII),
                header, empty, empty, empty));

        for (int i = 0; i < 3; i++) {
            Response r = client.kernelInfo();
            assertWellFormed(r);
            assertEquals("ok", r.content().path("status").asText());
        }
        assertEquals("ok", client.request(Channel.CONTROL, "kernel_info_request", client.object(),
                Duration.ofSeconds(10)).content().path("status").asText(), "control still answers");
        for (Message m : allIopub) {
            String parent = m.parentHeader().path("msg_id").asText();
            assertFalse(parent.equals(badSigId) || parent.equals(brokenId) || parent.equals(noDelimiterId),
                    "the kernel reacted to a malformed message: " + m.type() + " " + m.content());
        }
        String log = kernel.logText();
        assertTrue(log.contains("invalid HMAC signature"), "the kernel logs why it dropped a message:\n" + log);
        assertTrue(log.contains("not valid JSON"), "the kernel logs why it dropped a message:\n" + log);
    }

    @Test
    void unknownRequestTypesAreIgnored() throws Exception {
        KernelClient.Pending p = client.send(Channel.SHELL, "no_such_request", client.object(), true, false, null, null);
        Thread.sleep(300);
        assertNull(p.snapshot().reply(), "no reply to an unknown message type");
        p.forget();
        assertEquals("ok", client.kernelInfo().content().path("status").asText());
    }

    @Test
    void heartbeatEchoes() {
        assertTrue(client.heartbeat(Duration.ofSeconds(5)));
        assertTrue(client.heartbeat(Duration.ofSeconds(5)));
    }

    @Test
    void controlAnswersKernelInfoToo() throws Exception {
        Response r = client.request(Channel.CONTROL, "kernel_info_request", client.object(), Duration.ofSeconds(10));
        assertWellFormed(r);
        assertEquals("5.4", r.content().path("protocol_version").asText());
    }

    @Test
    void aSecondClientConnectsThroughTheConnectionFileAndSeesIopub() throws Exception {
        List<Message> seen = new CopyOnWriteArrayList<>();
        try (KernelClient second = KernelClient.connect(client.connectionFile(), Duration.ofSeconds(30))) {
            second.addIopubListener(seen::add);
            assertEquals("ok", second.kernelInfo().content().path("status").asText());
            Response r = client.execute("System.out.println(\"broadcast to every client\");");
            assertEquals("ok", r.status(), r.toString());
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (seen.stream().noneMatch(m -> m.type().equals("stream")) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Message stream = seen.stream().filter(m -> m.type().equals("stream")).findFirst()
                    .orElseThrow(() -> new AssertionError("the second client saw no stream: " + seen));
            assertEquals("broadcast to every client\n", stream.get("text").asText());
            assertEquals(r.request().id(), stream.parentHeader().path("msg_id").asText());
        }
        client.checkAlive();
        assertEquals("ok", client.kernelInfo().content().path("status").asText(),
                "closing a connected client leaves the kernel running");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
