package org.rootprompt.kernel.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCodecTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final MessageCodec codec = new MessageCodec(mapper, new Signer("key"));

    private Message message() {
        ObjectNode content = mapper.createObjectNode().put("code", "1+1 // ünïcode");
        return new Message(List.of("client-id".getBytes(StandardCharsets.UTF_8)),
                Message.newHeader("execute_request", "s1", "me"), mapper.createObjectNode(),
                mapper.createObjectNode(), content, List.of());
    }

    @Test
    void roundTripsAndKeepsIdentities() throws Exception {
        Message m = message();
        Message back = codec.decode(codec.encode(m));
        assertEquals("execute_request", back.type());
        assertEquals(m.id(), back.id());
        assertEquals("1+1 // ünïcode", back.get("code").asText());
        assertArrayEquals(m.identities().get(0), back.identities().get(0));
        assertEquals("5.4", back.header().get("version").asText());
    }

    @Test
    void rejectsABadSignature() {
        List<byte[]> frames = new ArrayList<>(codec.encode(message()));
        frames.set(2, "0".repeat(64).getBytes(StandardCharsets.US_ASCII));
        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> codec.decode(frames));
        assertTrue(e.getMessage().contains("signature"));
    }

    @Test
    void rejectsBrokenJson() {
        MessageCodec unsigned = new MessageCodec(mapper, new Signer(""));
        List<byte[]> frames = new ArrayList<>(unsigned.encode(message()));
        frames.set(6, "{\"code\": ".getBytes(StandardCharsets.UTF_8));
        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> unsigned.decode(frames));
        assertTrue(e.getMessage().startsWith("content is not valid JSON"), e.getMessage());
    }

    @Test
    void rejectsMissingHeaderFieldsAndMissingFrames() {
        MessageCodec unsigned = new MessageCodec(mapper, new Signer(""));
        List<byte[]> frames = new ArrayList<>(unsigned.encode(message()));
        frames.set(3, "{\"msg_id\": \"x\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(assertThrows(MalformedMessageException.class, () -> unsigned.decode(frames))
                .getMessage().contains("msg_type"));
        assertThrows(MalformedMessageException.class, () -> unsigned.decode(frames.subList(0, 4)));
        assertThrows(MalformedMessageException.class,
                () -> unsigned.decode(List.of("no delimiter".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void signsTheBytesItSends() {
        List<byte[]> frames = codec.encode(message());
        String sig = new String(frames.get(2), StandardCharsets.US_ASCII);
        assertEquals(new Signer("key").sign(frames.get(3), frames.get(4), frames.get(5), frames.get(6)), sig);
    }
}
