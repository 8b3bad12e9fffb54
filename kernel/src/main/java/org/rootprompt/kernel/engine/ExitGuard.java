package org.rootprompt.kernel.engine;

/**
 * What {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} in cell code become: an
 * error that ends the cell instead of the kernel. Public because rewritten user classes call it.
 */
public final class ExitGuard {
    private ExitGuard() {}

    /** Thrown in place of ending the JVM; an Error so that {@code catch (Exception e)} does not swallow it. */
    public static final class ExitRequested extends Error {
        private final int status;

        public ExitRequested(int status) {
            super("exit(" + status + ") was called: the cell ended, the kernel keeps running with its state");
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public static void exit(int status) {
        throw new ExitRequested(status);
    }

    public static void exit(Runtime runtime, int status) {
        throw new ExitRequested(status);
    }

    public static void halt(Runtime runtime, int status) {
        throw new ExitRequested(status);
    }
}
