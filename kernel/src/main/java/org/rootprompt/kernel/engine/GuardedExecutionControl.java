package org.rootprompt.kernel.engine;

import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution, with the exit calls of cell classes rewritten (see
 * {@link ExitRewriter}). Interrupts use JShell's own {@code stop()}.
 */
final class GuardedExecutionControl extends LocalExecutionControl {
    /** The wrapper class of the snippet that ran last: it holds that snippet's variables. */
    private volatile String lastInvoked;

    @Override
    public String invoke(String className, String methodName)
            throws RunException, EngineTerminationException, InternalException {
        lastInvoked = className;
        return super.invoke(className, methodName);
    }

    /**
     * The object in a variable of the snippet that ran last, e.g. its {@code $3}: read directly,
     * where asking JShell would cost a compilation. Null if it is null or cannot be read.
     */
    Object lastSnippetVariable(String name) {
        try {
            java.lang.reflect.Field field = findClass(lastInvoked).getDeclaredField(name);
            field.setAccessible(true);
            return field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void load(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(rewrite(cbcs));
    }

    @Override
    public void redefine(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.redefine(rewrite(cbcs));
    }

    private static ClassBytecodes[] rewrite(ClassBytecodes[] cbcs) {
        ClassBytecodes[] out = new ClassBytecodes[cbcs.length];
        for (int i = 0; i < cbcs.length; i++) {
            out[i] = new ClassBytecodes(cbcs[i].name(), ExitRewriter.rewrite(cbcs[i].bytecodes()));
        }
        return out;
    }

    /** Registered with JShell's builder under the name "rootprompt". */
    static final class Provider implements ExecutionControlProvider {
        @Override
        public String name() {
            return "rootprompt";
        }

        private volatile GuardedExecutionControl control;

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            control = new GuardedExecutionControl();
            return control;
        }

        GuardedExecutionControl control() {
            return control;
        }
    }
}
