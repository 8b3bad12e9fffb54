package org.rootprompt.kernel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The contents of a Jupyter connection file: where the five sockets live and how messages are signed.
 */
public record ConnectionInfo(
        String transport,
        String ip,
        int shellPort,
        int iopubPort,
        int stdinPort,
        int controlPort,
        int hbPort,
        String signatureScheme,
        String key) {

    public ConnectionInfo {
        if (!transport.equals("tcp") && !transport.equals("ipc")) {
            throw new IllegalArgumentException("unknown transport '" + transport + "' (expected tcp or ipc)");
        }
        if (!signatureScheme.equals("hmac-sha256") && !key.isEmpty()) {
            throw new IllegalArgumentException("unsupported signature_scheme '" + signatureScheme
                    + "' (only hmac-sha256 is supported)");
        }
    }

    /** Reads and validates a connection file; the message names the file and the faulty field. */
    public static ConnectionInfo read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("connection file " + file + " does not exist");
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException("cannot read connection file " + file + ": " + e.getMessage(), e);
        }
        try {
            return fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad connection file " + file + ": " + e.getMessage(), e);
        }
    }

    static ConnectionInfo fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return new ConnectionInfo(
                text(json, "transport", "tcp"),
                text(json, "ip", "127.0.0.1"),
                port(json, "shell_port"),
                port(json, "iopub_port"),
                port(json, "stdin_port"),
                port(json, "control_port"),
                port(json, "hb_port"),
                text(json, "signature_scheme", "hmac-sha256"),
                text(json, "key", ""));
    }

    private static String text(JsonNode json, String field, String fallback) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string");
        }
        return node.asText();
    }

    private static int port(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.canConvertToInt()) {
            throw new IllegalArgumentException("field '" + field + "' must be a port number");
        }
        int port = node.asInt();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("field '" + field + "' is out of range: " + port);
        }
        return port;
    }

    /** The ZeroMQ endpoint of a port, in Jupyter's spelling ({@code tcp://ip:port}, {@code ipc://ip-port}). */
    public String endpoint(int port) {
        return transport.equals("tcp") ? "tcp://" + ip + ":" + port : "ipc://" + ip + "-" + port;
    }
}
