package org.rootprompt.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rootprompt.kernel.e2e.E2e.assertBracketed;
import static org.rootprompt.kernel.e2e.E2e.assertWellFormed;
import static org.rootprompt.kernel.e2e.E2e.traceback;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rootprompt.kernel.cli.KernelClient;
import org.rootprompt.kernel.cli.KernelClient.ExecuteOptions;
import org.rootprompt.kernel.cli.KernelClient.Response;
import org.rootprompt.kernel.wire.Message;

/**
 * execute_request as a notebook user sees it: outputs, counts, errors, streaming, stdin and display,
 * on one kernel shared by the class (each test uses its own variable names).
 */
class ExecuteIT {
    private static E2e.Kernel kernel;
    private static KernelClient client;

    @BeforeAll
    static void start() throws Exception {
        kernel = E2e.startJavaKernel("execute");
        client = kernel.client();
    }

    @AfterAll
    static void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    @Test
    void exitAsksTheFrontEndToExitAndLeavesTheKernelRunning() throws Exception {
        Response r = client.execute("exit");
        assertEquals("ok", r.status(), r.toString());
        JsonNode payload = r.content().path("payload");
        assertEquals(1, payload.size(), r.toString());
        assertEquals("ask_exit", payload.get(0).path("source").asText());
        assertEquals("ok", client.execute("1 + 1").status(), "the kernel itself keeps running");
    }

    @Test
    void stdoutAndStderrArriveAsStreams() throws Exception {
        Response r = client.execute("System.out.println(\"hello, world\");\nSystem.err.println(\"careful\");");
        assertWellFormed(r);
        assertEquals("ok", r.status(), r.toString());
        assertEquals("hello, world\n", r.stdout());
        assertEquals("careful\n", r.stderr());
        assertEquals("execute_input", r.iopub().get(1).type(), "execute_input right after busy: " + r.types());
        assertEquals("System.out.println(\"hello, world\");\nSystem.err.println(\"careful\");",
                r.iopub().get(1).get("code").asText(), "execute_input repeats the code");
        assertTrue(r.content().path("user_expressions").isObject(), r.toString());
        assertTrue(r.content().path("payload").isArray(), r.toString());
    }

    @Test
    void aFinalExpressionIsTheExecuteResult() throws Exception {
        Response r = client.execute("int sixBySeven = 6 * 7;\nsixBySeven");
        assertWellFormed(r);
        Message result = r.first("execute_result").orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals("42", result.get("data").path("text/plain").asText());
        assertEquals(r.executionCount(), result.get("execution_count").asInt());
        assertTrue(result.get("metadata").isObject());

        Response statement = client.execute("int noResultHere = 1;");
        assertTrue(statement.first("execute_result").isEmpty(), "a statement has no result: " + statement);
    }

    @Test
    void executionCountsAreConsistent() throws Exception {
        Response a = client.execute("1 + 1");
        int n = a.executionCount();
        assertTrue(n >= 1, a.toString());
        assertEquals(n, a.first("execute_input").orElseThrow().get("execution_count").asInt());
        assertEquals(n, a.first("execute_result").orElseThrow().get("execution_count").asInt());

        Response notStored = client.execute("2 + 2", new ExecuteOptions().storeHistory(false));
        assertEquals("ok", notStored.status());
        assertEquals("4", notStored.result());
        assertEquals(n, notStored.executionCount(), "store_history=false does not count");

        Response b = client.execute("3 + 3");
        assertEquals(n + 1, b.executionCount());

        Response silent = client.execute("int silentValue = 5;\nSystem.out.println(\"not shown\");\nsilentValue",
                new ExecuteOptions().silent(true));
        assertWellFormed(silent);
        assertEquals("ok", silent.status());
        assertEquals(List.of("status", "status"), silent.types(), "silent=true publishes no outputs: " + silent);
        assertEquals(n + 1, silent.executionCount(), "silent does not count");

        Response after = client.execute("silentValue");
        assertEquals("5", after.result(), "silent code still ran");
        assertEquals(n + 2, after.executionCount());

        Response counter = client.execute("", new ExecuteOptions().silent(true));
        assertEquals(n + 2, counter.executionCount(), "empty silent code reads the counter");
    }

    @Test
    void compileErrorsNameLineAndColumn() throws Exception {
        Response r = client.execute("int fine = 1;\nint broken = \"text\";");
        assertWellFormed(r);
        assertEquals("error", r.status(), r.toString());
        JsonNode c = r.content();
        assertEquals("CompilationError", c.path("ename").asText());
        assertTrue(c.path("evalue").asText().contains("line 2, column 14"), c.toString());
        assertTrue(traceback(c).contains("incompatible types"), traceback(c));
        assertTrue(c.has("execution_count"), c.toString());
        // as jupyter_kernel_test's test_error demands: one output, the error
        List<Message> outputs = r.outputs();
        assertEquals(1, outputs.size(), r.types().toString());
        assertEquals("error", outputs.get(0).type());
        assertEquals(c.path("ename").asText(), outputs.get(0).get("ename").asText());
        assertEquals(c.path("traceback"), outputs.get(0).get("traceback"));
    }

    @Test
    void exceptionTracebackPointsIntoTheCell() throws Exception {
        Response r = client.execute("String nothing = null;\nint one = 1;\nnothing.length()");
        assertEquals("error", r.status(), r.toString());
        JsonNode c = r.content();
        assertEquals("java.lang.NullPointerException", c.path("ename").asText(), c.toString());
        String tb = traceback(c);
        assertTrue(tb.contains("In [" + r.executionCount() + "], line 3"), tb);
        assertFalse(tb.contains("jdk.jshell"), "no engine frames: " + tb);
    }

    @Test
    void tracebackNamesTheCellOfEachFrame() throws Exception {
        Response def = client.execute("int detonate(int n) {\n    if (n == 0) throw new IllegalStateException(\"boom\");\n"
                + "    return detonate(n - 1);\n}");
        assertEquals("ok", def.status(), def.toString());
        Response call = client.execute("int before = 1;\ndetonate(2)");
        assertEquals("error", call.status(), call.toString());
        assertEquals("java.lang.IllegalStateException", call.content().path("ename").asText());
        assertEquals("boom", call.content().path("evalue").asText());
        String tb = traceback(call.content());
        assertTrue(tb.contains("detonate (In [" + def.executionCount() + "], line 2)"), tb);
        assertTrue(tb.contains("In [" + call.executionCount() + "], line 2"), tb);
    }

    @Test
    void stopOnErrorAbortsTheQueuedCells() throws Exception {
        KernelClient.Pending failing = client.submitExecute("Thread.sleep(300);\nthrow new RuntimeException(\"first\");",
                new ExecuteOptions());
        KernelClient.Pending info = client.send(KernelClient.Channel.SHELL, "kernel_info_request", client.object(),
                true, true, null, null);
        KernelClient.Pending queued = client.submitExecute("int neverDefined = 1;", new ExecuteOptions());

        Response first = failing.await(Duration.ofSeconds(30));
        assertEquals("error", first.status(), first.toString());
        Response infoReply = info.await(Duration.ofSeconds(30));
        assertEquals("ok", infoReply.content().path("status").asText(), "other requests still run: " + infoReply);
        Response aborted = queued.await(Duration.ofSeconds(30));
        assertWellFormed(aborted);
        assertEquals("aborted", aborted.status(), aborted.toString());
        assertTrue(aborted.outputs().isEmpty(), "an aborted cell does not run: " + aborted);

        Response later = client.execute("neverDefined");
        assertEquals("error", later.status(), "the aborted cell did not run: " + later);
        assertEquals("ok", client.execute("int runsAgain = 1;").status(), "aborting ends with the queue");
    }

    @Test
    void withoutStopOnErrorQueuedCellsRun() throws Exception {
        KernelClient.Pending failing = client.submitExecute("Thread.sleep(200);\nthrow new RuntimeException(\"x\");",
                new ExecuteOptions().stopOnError(false));
        KernelClient.Pending queued = client.submitExecute("int definedAnyway = 7;\ndefinedAnyway", new ExecuteOptions());
        assertEquals("error", failing.await(Duration.ofSeconds(30)).status());
        Response r = queued.await(Duration.ofSeconds(30));
        assertEquals("ok", r.status(), r.toString());
        assertEquals("7", r.result());
    }

    @Test
    void outputIsStreamedWhileTheCellRuns() throws Exception {
        List<Long> streamTimes = new CopyOnWriteArrayList<>();
        List<Long> idleTimes = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        Response r = client.execute(
                "for (int tick = 0; tick < 10; tick++) {\n    System.out.println(\"tick \" + tick);\n    Thread.sleep(100);\n}",
                new ExecuteOptions().listener(m -> {
                    if (m.type().equals("stream")) {
                        streamTimes.add(System.nanoTime() - start);
                    } else if (m.type().equals("status") && m.get("execution_state").asText().equals("idle")) {
                        idleTimes.add(System.nanoTime() - start);
                    }
                }));
        assertEquals("ok", r.status(), r.toString());
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            expected.append("tick ").append(i).append('\n');
        }
        assertEquals(expected.toString(), r.stdout());
        assertTrue(r.ofType("stream").size() >= 5,
                "ten lines 100 ms apart arrive in several messages, not one: " + r.ofType("stream").size());
        long firstMs = streamTimes.get(0) / 1_000_000;
        long idleMs = idleTimes.get(0) / 1_000_000;
        assertTrue(idleMs - firstMs >= 600, "the first line arrived " + firstMs + " ms after the request, idle at "
                + idleMs + " ms: output was held back");
    }

    @Test
    void inputRequestsGoToTheFrontEnd() throws Exception {
        List<Message> requests = new ArrayList<>();
        Response r = client.execute("String typed = new java.util.Scanner(System.in).nextLine();\n\"got \" + typed",
                new ExecuteOptions().stdin(request -> {
                    requests.add(request);
                    return "forty-two";
                }));
        assertWellFormed(r);
        assertEquals("ok", r.status(), r.toString());
        assertEquals("\"got forty-two\"", r.result());
        assertEquals(1, requests.size());
        Message request = requests.get(0);
        assertEquals("input_request", request.type());
        assertFalse(request.get("password").asBoolean(true));
        assertTrue(request.get("prompt").isTextual());
        assertEquals(r.request().id(), request.parentHeader().path("msg_id").asText(),
                "the input_request's parent is the execute_request");
    }

    @Test
    void withoutAllowStdinReadingFailsClearly() throws Exception {
        Response r = client.execute("new java.util.Scanner(System.in).nextLine()", new ExecuteOptions().allowStdin(false));
        assertEquals("error", r.status(), r.toString());
        String all = r.content().path("ename").asText() + " " + r.content().path("evalue").asText() + " "
                + traceback(r.content());
        assertTrue(all.contains("stdin") && all.contains("allow_stdin"), all);
        assertEquals("ok", client.execute("int stillFine = 1;").status());
    }

    @Test
    void displayAndUpdateDisplayShareAnId() throws Exception {
        Response shown = client.execute("var shown = display(\"<b>x</b>\", \"text/html\");");
        assertWellFormed(shown);
        assertEquals("ok", shown.status(), shown.toString());
        Message display = shown.first("display_data").orElseThrow(() -> new AssertionError(shown.toString()));
        assertEquals("<b>x</b>", display.get("data").path("text/html").asText());
        assertTrue(display.get("metadata").isObject());
        String id = display.get("transient").path("display_id").asText("");
        assertFalse(id.isEmpty(), "display_data carries transient.display_id: " + display.content());
        assertTrue(shown.first("execute_result").isEmpty(), "the DisplayId is not shown as a result: " + shown);

        Response updated = client.execute("updateDisplay(shown, \"<i>y</i>\", \"text/html\");");
        assertEquals("ok", updated.status(), updated.toString());
        Message update = updated.first("update_display_data").orElseThrow(() -> new AssertionError(updated.toString()));
        assertEquals(id, update.get("transient").path("display_id").asText());
        assertEquals("<i>y</i>", update.get("data").path("text/html").asText());
    }

    @Test
    void mimeHelpersChooseTheirMimeType() throws Exception {
        Response r = client.execute("html(\"<p>h</p>\");\nmarkdown(\"**m**\");\nlatex(\"$x^2$\");");
        assertEquals("ok", r.status(), r.toString());
        List<Message> displays = r.ofType("display_data");
        assertEquals(3, displays.size(), r.toString());
        assertEquals("<p>h</p>", displays.get(0).get("data").path("text/html").asText());
        assertEquals("**m**", displays.get(1).get("data").path("text/markdown").asText());
        assertEquals("$x^2$", displays.get(2).get("data").path("text/latex").asText());
        for (Message d : displays) {
            assertTrue(d.get("data").has("text/plain"), "a text/plain fallback: " + d.content());
        }
    }

    @Test
    void clearOutputIsPublished() throws Exception {
        Response r = client.execute("System.out.println(\"old\");\nclearOutput();\nSystem.out.println(\"new\");\nclearOutput(true);");
        assertEquals("ok", r.status(), r.toString());
        List<Message> clears = r.ofType("clear_output");
        assertEquals(2, clears.size(), r.types().toString());
        assertFalse(clears.get(0).get("wait").asBoolean(true));
        assertTrue(clears.get(1).get("wait").asBoolean(false));
        List<String> types = r.types();
        assertTrue(types.indexOf("stream") < types.indexOf("clear_output"),
                "output before clearOutput() is published before the clear: " + types);
    }

    @Test
    void magicsRun() throws Exception {
        Response ls = client.execute("%lsmagic");
        assertEquals("ok", ls.status(), ls.toString());
        assertTrue(ls.stdout().contains("%%bash") && ls.stdout().contains("%time"), ls.stdout());

        Response bash = client.execute("%%bash\necho from bash\necho to stderr >&2");
        assertEquals("ok", bash.status(), bash.toString());
        assertEquals("from bash\n", bash.stdout());
        assertEquals("to stderr\n", bash.stderr());

        Response failing = client.execute("%%bash\nexit 3");
        assertEquals("error", failing.status(), failing.toString());
        assertTrue(failing.content().path("evalue").asText().contains("3"), failing.toString());
    }

    @Test
    void userExpressionsAreEvaluated() throws Exception {
        client.execute("int userExprBase = 20;");
        var expressions = client.object().put("doubled", "userExprBase * 2").put("bad", "noSuchName");
        Response r = client.execute("int userExprOther = 1;", new ExecuteOptions().userExpressions(expressions));
        assertEquals("ok", r.status(), r.toString());
        JsonNode ue = r.content().path("user_expressions");
        assertEquals("ok", ue.path("doubled").path("status").asText(), ue.toString());
        assertEquals("40", ue.path("doubled").path("data").path("text/plain").asText(), ue.toString());
        assertEquals("error", ue.path("bad").path("status").asText(), ue.toString());
    }

    @Test
    void cellsWithManyStatementsRunInOrder() throws Exception {
        StringBuilder code = new StringBuilder("List<Integer> order = new ArrayList<>();\n");
        for (int i = 0; i < 20; i++) {
            code.append("order.add(").append(i).append(");\n");
        }
        code.append("order.size()");
        Response r = client.execute(code.toString());
        assertEquals("20", r.result(), r.toString());
        Matcher m = Pattern.compile("\\[(.*)]").matcher(client.execute("order").result());
        assertTrue(m.find());
        assertTrue(m.group(1).startsWith("0, 1, 2"), m.group(1));
    }

    @Test
    void everyRequestIsBracketedByBusyAndIdle() throws Exception {
        Response r = client.execute("int bracketed = 1;");
        assertBracketed(r);
        assertNotNull(r.reply());
    }
}
