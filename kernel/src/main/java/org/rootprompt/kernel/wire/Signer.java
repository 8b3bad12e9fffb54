package org.rootprompt.kernel.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signing of the four JSON frames; an empty key means messages are not signed. */
public final class Signer {
    private final byte[] key;
    private final ThreadLocal<Mac> mac;

    public Signer(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.mac = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public boolean enabled() {
        return key.length > 0;
    }

    /** Hex digest over the frames, or "" when signing is disabled. */
    public String sign(byte[]... frames) {
        if (!enabled()) {
            return "";
        }
        Mac m = mac.get();
        for (byte[] frame : frames) {
            m.update(frame);
        }
        return HexFormat.of().formatHex(m.doFinal());
    }

    /** Constant-time check of a received signature. */
    public boolean verify(String signature, byte[]... frames) {
        if (!enabled()) {
            return true;
        }
        byte[] expected = sign(frames).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
