package org.rootprompt.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rootprompt.kernel.cli.KernelClient;
import org.rootprompt.kernel.cli.KernelClient.Channel;
import org.rootprompt.kernel.cli.KernelClient.Response;

/** shutdown_request: a reply, then the process exits by itself, promptly, whatever it was doing. A kernel per test. */
class ShutdownIT {
    /** Below the kernel's 3 s shutdown watchdog: exiting this fast means the kernel ended cleanly. */
    private static final long PROMPT_MS = 2500;

    @Test
    void shutdownOverControlRepliesAndExits() throws Exception {
        try (E2e.Kernel kernel = E2e.startJavaKernel("shutdown")) {
            KernelClient client = kernel.client();
            assertEquals("ok", client.execute("int x = 1;").status());
            Process process = client.process();
            long t0 = System.nanoTime();
            Response r = client.send(Channel.CONTROL, "shutdown_request", client.object().put("restart", false),
                    true, false, null, null).await(Duration.ofSeconds(10));
            assertEquals(r.request().id(), r.reply().parentHeader().path("msg_id").asText());
            assertEquals("shutdown_reply", r.reply().type());
            assertEquals("ok", r.content().path("status").asText(), r.toString());
            assertFalse(r.content().path("restart").asBoolean(true));
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the kernel did not exit by itself");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(0, process.exitValue(), "exit status after a requested shutdown");
            assertTrue(ms < PROMPT_MS, "shutdown took " + ms + " ms");
        }
    }

    @Test
    void shutdownWhileACellRunsExitsPromptly() throws Exception {
        try (E2e.Kernel kernel = E2e.startJavaKernel("shutdown-busy")) {
            KernelClient client = kernel.client();
            assertEquals("ok", client.execute("int warm = 1;").status());
            CountDownLatch started = new CountDownLatch(1);
            client.submitExecute("while (true) {}", new KernelClient.ExecuteOptions().listener(m -> {
                if (m.type().equals("execute_input")) {
                    started.countDown();
                }
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Thread.sleep(300);
            long t0 = System.nanoTime();
            Response r = client.shutdown(true, Duration.ofSeconds(10));
            assertEquals("ok", r.content().path("status").asText(), r.toString());
            assertTrue(r.content().path("restart").asBoolean(false), "the reply repeats restart: " + r);
            assertTrue(client.process().waitFor(10, TimeUnit.SECONDS), "the kernel did not exit");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < PROMPT_MS, "shutdown of a busy kernel took " + ms + " ms:\n" + kernel.logText());
            assertFalse(kernel.logText().contains("did not finish"), kernel.logText());
        }
    }

    /**
     * The first cell of a fresh kernel waits for the JShell engine to warm up; a shutdown in that window
     * (a user who restarts right away, a front end that gives up) must not leave the shell thread waiting
     * for a cell that will never run.
     */
    @Test
    void shutdownWhileTheFirstCellWaitsForTheEngineExitsPromptly() throws Exception {
        try (E2e.Kernel kernel = E2e.startJavaKernel("shutdown-warmup")) {
            KernelClient client = kernel.client();
            client.submitExecute("while (true) {}", new KernelClient.ExecuteOptions());
            Thread.sleep(50);
            long t0 = System.nanoTime();
            Response r = client.shutdown(false, Duration.ofSeconds(10));
            assertEquals("ok", r.content().path("status").asText(), r.toString());
            assertTrue(client.process().waitFor(10, TimeUnit.SECONDS), "the kernel did not exit");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < PROMPT_MS && !kernel.logText().contains("did not finish"),
                    "shutdown during the engine's warm-up took " + ms + " ms; kernel log:\n" + kernel.logText());
        }
    }
}
