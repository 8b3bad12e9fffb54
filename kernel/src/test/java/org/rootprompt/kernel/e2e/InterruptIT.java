package org.rootprompt.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rootprompt.kernel.e2e.E2e.assertWellFormed;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.kernel.cli.KernelClient;
import org.rootprompt.kernel.cli.KernelClient.Channel;
import org.rootprompt.kernel.cli.KernelClient.ExecuteOptions;
import org.rootprompt.kernel.cli.KernelClient.Response;

/** interrupt_request on control stops a running cell within a second and keeps the session. A kernel per test. */
class InterruptIT {
    private E2e.Kernel kernel;
    private KernelClient client;

    @BeforeEach
    void start() throws Exception {
        kernel = E2e.startJavaKernel("interrupt");
        client = kernel.client();
        assertEquals("ok", client.execute("int keptAcrossInterrupts = 42;").status());
    }

    @AfterEach
    void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    @Test
    void busyLoopIsInterrupted() throws Exception {
        interruptAndCheck("while (true) {}");
    }

    @Test
    void longSleepIsInterrupted() throws Exception {
        interruptAndCheck("Thread.sleep(1000000000L);");
    }

    @Test
    void loopInAMethodIsInterrupted() throws Exception {
        assertEquals("ok", client.execute("long spin(long n) { long s = 0; while (true) { s += n; } }").status());
        interruptAndCheck("spin(3)");
    }

    @Test
    void bashIsInterrupted() throws Exception {
        interruptAndCheck("%%bash\nsleep 1000");
    }

    private void interruptAndCheck(String code) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        KernelClient.Pending running = client.submitExecute(code, new ExecuteOptions().listener(m -> {
            if (m.type().equals("execute_input")) {
                started.countDown();
            }
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS), "the cell did not start");
        Thread.sleep(300); // let it get going
        assertTrue(running.snapshot().reply() == null, "the cell ended by itself: " + running.snapshot());

        long t0 = System.nanoTime();
        Response interrupt = client.request(Channel.CONTROL, "interrupt_request", client.object(), Duration.ofSeconds(5));
        assertWellFormed(interrupt);
        assertEquals("ok", interrupt.content().path("status").asText(), interrupt.toString());
        Response r = running.await(Duration.ofSeconds(5));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 1000, "the cell took " + ms + " ms to stop after the interrupt");
        assertWellFormed(r);
        assertEquals("error", r.status(), r.toString());
        assertTrue(r.content().path("ename").asText().contains("Interrupt"), r.toString());
        assertEquals(1, r.ofType("error").size(), r.types().toString());

        Response after = client.execute("keptAcrossInterrupts");
        assertEquals("ok", after.status(), after.toString());
        assertEquals("42", after.result(), "the session's state survives the interrupt");
        Response next = client.execute("int afterwards = keptAcrossInterrupts + 1;\nafterwards");
        assertEquals("43", next.result(), next.toString());
    }
}
