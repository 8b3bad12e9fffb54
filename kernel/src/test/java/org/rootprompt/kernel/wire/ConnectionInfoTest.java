package org.rootprompt.kernel.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionInfoTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("kernel-abc.json"), json);
    }

    @Test
    void readsAJupyterConnectionFile() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write("""
                {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004,
                 "hb_port": 5005, "ip": "127.0.0.1", "key": "abc", "transport": "tcp",
                 "signature_scheme": "hmac-sha256", "kernel_name": "root"}"""));
        assertEquals(5001, info.shellPort());
        assertEquals("abc", info.key());
        assertEquals("tcp://127.0.0.1:5004", info.endpoint(info.controlPort()));
    }

    @Test
    void ipcEndpointsFollowJupytersNaming() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(write("""
                {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5,
                 "ip": "/tmp/kernel-x", "key": "", "transport": "ipc"}"""));
        assertEquals("ipc:///tmp/kernel-x-1", info.endpoint(info.shellPort()));
    }

    @Test
    void badFilesNameTheFileAndTheField() throws IOException {
        Path missingPort = write("{\"iopub_port\": 2}");
        IOException e = assertThrows(IOException.class, () -> ConnectionInfo.read(missingPort));
        assertTrue(e.getMessage().contains("shell_port") && e.getMessage().contains("kernel-abc.json"), e.getMessage());
        Path broken = write("{not json");
        assertTrue(assertThrows(IOException.class, () -> ConnectionInfo.read(broken)).getMessage().contains("kernel-abc.json"));
        Path transport = write("""
                {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "transport": "udp"}""");
        assertTrue(assertThrows(IOException.class, () -> ConnectionInfo.read(transport)).getMessage().contains("udp"));
    }
}
