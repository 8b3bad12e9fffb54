package org.rootprompt.kernel.engine;

import java.util.List;

/** How evaluating a piece of a cell ended. */
public sealed interface EvalOutcome {
    /**
     * Success. {@code display} is the text of a final expression's value as JShell shows it (null
     * when the cell did not end in an expression with a value); {@code value} is the value itself
     * when it has a richer representation.
     */
    record Success(String display, Object value) implements EvalOutcome {}

    /** A compile error, an exception, an interrupt or an exit: what the user sees as the error. */
    record Failure(String ename, String evalue, List<String> traceback) implements EvalOutcome {}
}
