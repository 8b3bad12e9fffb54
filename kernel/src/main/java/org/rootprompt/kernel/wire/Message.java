package org.rootprompt.kernel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * One Jupyter message. Header, parent header, metadata and content stay JSON trees so that a reply
 * can echo the request's header byte for byte as its parent.
 *
 * @param identities the routing frames before {@code <IDS|MSG>} (the topic for IOPub)
 */
public record Message(
        List<byte[]> identities,
        ObjectNode header,
        ObjectNode parentHeader,
        ObjectNode metadata,
        ObjectNode content,
        List<byte[]> buffers) {

    public static final String PROTOCOL_VERSION = "5.4";
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    public String type() {
        return header.path("msg_type").asText();
    }

    public String id() {
        return header.path("msg_id").asText();
    }

    /** A fresh header of the given type for this kernel session. */
    public static ObjectNode newHeader(String msgType, String session, String username) {
        ObjectNode h = JsonNodeFactory.instance.objectNode();
        h.put("msg_id", UUID.randomUUID().toString());
        h.put("session", session);
        h.put("username", username);
        h.put("date", OffsetDateTime.now(ZoneOffset.UTC).format(ISO));
        h.put("msg_type", msgType);
        h.put("version", PROTOCOL_VERSION);
        return h;
    }

    /** Convenience accessor for a content field. */
    public JsonNode get(String field) {
        return content.path(field);
    }
}
