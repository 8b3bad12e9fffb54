package org.rootprompt.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rootprompt.kernel.e2e.E2e.assertWellFormed;
import static org.rootprompt.kernel.e2e.E2e.traceback;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.kernel.cli.KernelClient;
import org.rootprompt.kernel.cli.KernelClient.ExecuteOptions;
import org.rootprompt.kernel.cli.KernelClient.Response;

/** "The kernel outlives the user's code": exit, memory exhaustion, runaway recursion. A kernel per test. */
class SurvivalIT {
    private E2e.Kernel kernel;

    @AfterEach
    void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    private KernelClient start(String... jvmOptions) throws Exception {
        kernel = E2e.startJavaKernel("survival", jvmOptions);
        KernelClient client = kernel.client();
        assertEquals("ok", client.execute("String kept = \"still here\";").status());
        return client;
    }

    private static void assertSurvived(KernelClient client) throws Exception {
        client.checkAlive();
        Response state = client.execute("kept");
        assertEquals("ok", state.status(), state.toString());
        assertEquals("\"still here\"", state.result(), "earlier state is still there");
        assertEquals("2", client.execute("1 + 1").result());
        assertEquals("ok", client.kernelInfo().content().path("status").asText());
        assertTrue(client.heartbeat(Duration.ofSeconds(5)));
    }

    @Test
    void systemExitEndsTheCellNotTheKernel() throws Exception {
        KernelClient client = start();
        Response r = client.execute("System.out.println(\"before exit\");\nSystem.exit(3);\nSystem.out.println(\"after exit\");");
        assertWellFormed(r);
        assertEquals("error", r.status(), r.toString());
        String message = r.content().path("ename").asText() + ": " + r.content().path("evalue").asText();
        assertTrue(message.toLowerCase().contains("exit"), message);
        assertTrue(message.contains("3"), "names the exit status: " + message);
        assertEquals("before exit\n", r.stdout());
        assertSurvived(client);

        Response runtime = client.execute("Runtime.getRuntime().halt(1);");
        assertEquals("error", runtime.status(), runtime.toString());
        assertSurvived(client);
    }

    @Test
    void outOfMemoryIsAnErrorAndTheKernelSurvives() throws Exception {
        KernelClient client = start("-Xmx256m");
        Response huge = client.execute("long[] tooBig = new long[Integer.MAX_VALUE];", new ExecuteOptions()
                .timeout(Duration.ofSeconds(60)));
        assertEquals("error", huge.status(), huge.toString());
        assertEquals("java.lang.OutOfMemoryError", huge.content().path("ename").asText(), huge.toString());
        assertSurvived(client);

        Response filling = client.execute(
                "long[][] hog = new long[100000][];\nfor (int i = 0; i < hog.length; i++) hog[i] = new long[1000000];",
                new ExecuteOptions().timeout(Duration.ofSeconds(60)));
        assertEquals("error", filling.status(), filling.toString());
        assertEquals("java.lang.OutOfMemoryError", filling.content().path("ename").asText(), filling.toString());
        assertSurvived(client);
        // hog is the user's variable and still holds what was allocated, as in any REPL; letting go of it frees the heap
        assertEquals("ok", client.execute("hog = null;").status());
        Response alloc = client.execute("new long[1_000_000].length");
        assertEquals("1000000", alloc.result(), "memory is usable again after the failed cell: " + alloc);
    }

    @Test
    void stackOverflowIsAnErrorAndTheKernelSurvives() throws Exception {
        KernelClient client = start();
        assertEquals("ok", client.execute("int f(int n) { return f(n + 1) + 1; }").status());
        Response r = client.execute("f(0)");
        assertWellFormed(r);
        assertEquals("error", r.status(), r.toString());
        assertEquals("java.lang.StackOverflowError", r.content().path("ename").asText(), r.toString());
        String tb = traceback(r.content());
        assertTrue(tb.contains("f (In ["), tb);
        assertTrue(tb.lines().count() < 100, "the repeated frames are collapsed: " + tb.lines().count() + " lines");
        assertSurvived(client);
    }
}
