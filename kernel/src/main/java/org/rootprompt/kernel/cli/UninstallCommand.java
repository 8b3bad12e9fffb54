package org.rootprompt.kernel.cli;

import picocli.CommandLine.Command;

@Command(name = "uninstall", mixinStandardHelpOptions = true, description = "Remove the kernelspecs.")
final class UninstallCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("written by the install helper");
    }
}
