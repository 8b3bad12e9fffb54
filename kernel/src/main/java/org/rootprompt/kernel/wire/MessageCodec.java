package org.rootprompt.kernel.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns messages into ZeroMQ frames and back, signing and verifying them. */
public final class MessageCodec {
    public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final String[] REQUIRED_HEADER = {"msg_id", "msg_type"};

    private final ObjectMapper mapper;
    private final Signer signer;

    public MessageCodec(ObjectMapper mapper, Signer signer) {
        this.mapper = mapper;
        this.signer = signer;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Serialises once, then signs exactly the bytes that are sent. */
    public List<byte[]> encode(Message m) {
        try {
            byte[] header = mapper.writeValueAsBytes(m.header());
            byte[] parent = mapper.writeValueAsBytes(m.parentHeader());
            byte[] metadata = mapper.writeValueAsBytes(m.metadata());
            byte[] content = mapper.writeValueAsBytes(m.content());
            List<byte[]> frames = new ArrayList<>(m.identities().size() + 6 + m.buffers().size());
            frames.addAll(m.identities());
            frames.add(DELIMITER);
            frames.add(signer.sign(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII));
            frames.add(header);
            frames.add(parent);
            frames.add(metadata);
            frames.add(content);
            frames.addAll(m.buffers());
            return frames;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise message " + m.type(), e);
        }
    }

    /** Parses and verifies received frames. */
    public Message decode(List<byte[]> frames) throws MalformedMessageException {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0) {
            throw new MalformedMessageException("no <IDS|MSG> delimiter among " + frames.size() + " frames");
        }
        if (frames.size() < delimiter + 6) {
            throw new MalformedMessageException("expected 5 frames after the delimiter, got "
                    + (frames.size() - delimiter - 1));
        }
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        byte[] header = frames.get(delimiter + 2);
        byte[] parent = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);
        if (!signer.verify(signature, header, parent, metadata, content)) {
            throw new MalformedMessageException("invalid HMAC signature");
        }
        ObjectNode h = object(header, "header");
        for (String field : REQUIRED_HEADER) {
            if (!h.path(field).isTextual() || h.path(field).asText().isEmpty()) {
                throw new MalformedMessageException("header field '" + field + "' is missing");
            }
        }
        return new Message(
                List.copyOf(frames.subList(0, delimiter)),
                h,
                object(parent, "parent_header"),
                object(metadata, "metadata"),
                object(content, "content"),
                List.copyOf(frames.subList(delimiter + 6, frames.size())));
    }

    private ObjectNode object(byte[] bytes, String what) throws MalformedMessageException {
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new MalformedMessageException(what + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return mapper.createObjectNode();
        }
        if (!node.isObject()) {
            throw new MalformedMessageException(what + " is not a JSON object");
        }
        return (ObjectNode) node;
    }
}
