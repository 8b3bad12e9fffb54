package org.rootprompt.kernel.cli;

import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a notebook.")
final class RunCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("written by the install helper");
    }
}
