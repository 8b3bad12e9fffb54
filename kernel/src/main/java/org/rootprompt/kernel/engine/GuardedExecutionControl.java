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

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return new GuardedExecutionControl();
        }
    }
}
