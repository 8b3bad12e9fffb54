package org.rootprompt.kernel.cli;

import picocli.CommandLine.Command;

@Command(name = "install", mixinStandardHelpOptions = true, description = "Install the kernelspecs.")
final class InstallCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("written by the install helper");
    }
}
