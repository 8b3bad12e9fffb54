package org.rootprompt.kernel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rootprompt}: the kernel, its installer and the notebook runner. */
@Command(name = "rootprompt",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "ROOT Prompt: a Jupyter kernel for ROOT-style C++ and Java, with no ROOT installation.",
        subcommands = {KernelCommand.class, InstallCommand.class, UninstallCommand.class, RunCommand.class,
                RootlsCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !(args.length > 0 && args[0].equals("kernel"))) {
            System.exit(code);
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            // a user's mistake (a missing file, a bad kernelspec) is one clear line, not a stack trace
            cmd.getErr().println("rootprompt " + cmd.getCommandName() + ": " + e.getMessage());
            if (System.getenv("ROOTPROMPT_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command (kernel, install, uninstall, run)");
    }

    /** The project version, from the build. */
    public static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/org/rootprompt/kernel/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rootprompt " + version() + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
