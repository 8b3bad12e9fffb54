package org.rootprompt.kernel.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputRouterTest {
    private final List<String> chunks = new ArrayList<>();

    private synchronized void record(String name, String text) {
        chunks.add(name + ":" + text);
    }

    @Test
    void keepsTheOrderOfStdoutAndStderrAndMergesRuns() {
        try (OutputRouter router = new OutputRouter(this::record, 10_000)) {
            PrintStream out = router.stdout();
            PrintStream err = router.stderr();
            out.print("a");
            out.print("b");
            err.print("c");
            out.print("d");
            router.flush();
        }
        assertEquals(List.of("stdout:ab", "stderr:c", "stdout:d"), chunks);
    }

    @Test
    void holdsBackAHalfWrittenUtf8Character() {
        try (OutputRouter router = new OutputRouter(this::record, 10_000)) {
            byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
            PrintStream out = router.stdout();
            out.write(euro, 0, 1);
            router.flush();
            out.write(euro, 1, 2);
            router.flush();
        }
        assertEquals(List.of("stdout:€"), chunks);
    }

    @Test
    void publishesWhileRunningWithoutAnExplicitFlush() throws InterruptedException {
        try (OutputRouter router = new OutputRouter(this::record, 20)) {
            router.stdout().println("first");
            long deadline = System.currentTimeMillis() + 5000;
            while (System.currentTimeMillis() < deadline) {
                synchronized (this) {
                    if (!chunks.isEmpty()) {
                        break;
                    }
                }
                Thread.sleep(10);
            }
            synchronized (this) {
                assertEquals(List.of("stdout:first\n"), chunks);
            }
        }
    }
}
