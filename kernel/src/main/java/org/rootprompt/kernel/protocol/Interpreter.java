package org.rootprompt.kernel.protocol;

import java.util.List;
import java.util.Map;
import org.rootprompt.display.MimeBundle;

/**
 * The language side of the kernel, shaped like xeus's interpreter: it answers requests and never sees
 * a socket. {@link Kernel} owns the protocol (status, counts, parents, history); the interpreter
 * publishes through the {@link Output} it is given.
 */
public interface Interpreter {

    /** What a request may publish while it runs (stdout and stderr are captured separately). */
    interface Output {
        void display(MimeBundle bundle, String displayId, boolean update);

        void clear(boolean wait);

        /** Asks the front end for a line of input; throws IllegalStateException if stdin is not allowed. */
        String input(String prompt, boolean password);
    }

    /** The parts of an execute_request that the interpreter needs. */
    record ExecuteRequest(String code, boolean silent, boolean storeHistory, int executionCount,
            Map<String, String> userExpressions) {}

    /**
     * How a cell ended. {@code result} is the final value's bundle (execute_result), or null;
     * {@code payload} holds requests to the front end such as {@code ask_exit}.
     */
    sealed interface ExecuteOutcome {
        record Ok(MimeBundle result, Map<String, Object> userExpressions, List<Map<String, Object>> payload)
                implements ExecuteOutcome {}

        record Error(String ename, String evalue, List<String> traceback) implements ExecuteOutcome {}
    }

    record Completion(List<String> matches, int cursorStart, int cursorEnd) {}

    record Inspection(boolean found, MimeBundle data) {}

    record Completeness(String status, String indent) {}

    /** language_info and friends for kernel_info_reply. */
    record Info(String implementation, String implementationVersion, Map<String, Object> languageInfo,
            String banner, List<Map<String, String>> helpLinks) {}

    Info info();

    ExecuteOutcome execute(ExecuteRequest request, Output output);

    /** Cursor positions are UTF-16 offsets here; the kernel converts from the protocol's code points. */
    Completion complete(String code, int cursor);

    Inspection inspect(String code, int cursor, int detailLevel);

    Completeness isComplete(String code);

    /** Stops the running cell (called from the control thread). */
    void interrupt();

    /** Releases everything; called once, at shutdown. */
    void shutdown();
}
