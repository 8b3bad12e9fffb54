package org.rootprompt.kernel.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignerTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signsLikeHmacSha256OverTheConcatenatedFrames() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?" split across frames
        Signer signer = new Signer("Jefe");
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                signer.sign(b("what do ya "), b("want for "), b("nothing?")));
    }

    @Test
    void verifiesOnlyTheRightSignature() {
        Signer signer = new Signer("secret");
        String sig = signer.sign(b("{}"), b("{}"));
        assertTrue(signer.verify(sig, b("{}"), b("{}")));
        assertFalse(signer.verify(sig, b("{}"), b("{ }")));
        assertFalse(signer.verify("", b("{}"), b("{}")));
    }

    @Test
    void anEmptyKeyMeansNoSigning() {
        Signer signer = new Signer("");
        assertFalse(signer.enabled());
        assertEquals("", signer.sign(b("x")));
        assertTrue(signer.verify("anything", b("x")));
    }
}
