package org.rootprompt.kernel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rootprompt.kernel.cli.KernelSpecs.Failure;
import org.rootprompt.kernel.cli.KernelSpecs.Spec;
import org.rootprompt.kernel.cli.KernelSpecs.State;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code rootprompt uninstall}: removes the kernelspec folders that {@code install} wrote, and only
 * those (a folder without our marker stays unless {@code --force}).
 */
@Command(name = "uninstall", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Remove the kernelspecs that install wrote.",
                "By default root and root-java; only folders whose kernel.json ROOT Prompt wrote, unless --force."})
final class UninstallCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    CommandSpec command;

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Where (one of; default --user):%n")
    KernelSpecs.Scope scope;

    @Option(names = "--name", paramLabel = "NAME", description = "A kernelspec to remove (repeatable).")
    List<String> names = new ArrayList<>();

    @Option(names = "--force", description = "Also remove kernelspecs that ROOT Prompt did not write.")
    boolean force;

    @Override
    public Integer call() {
        List<String> targets = targets();
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        try {
            Path kernels = KernelSpecs.Scope.kernelsDir(scope);
            List<Path> found = new ArrayList<>();
            // check every folder before removing any, as install does
            boolean refused = false;
            for (String name : targets) {
                Path dir = kernels.resolve(name);
                State state = KernelSpecs.state(dir);
                if (state == State.FOREIGN && !force) {
                    err.println("rootprompt uninstall: " + dir + " holds a kernelspec that ROOT Prompt did not"
                            + " write; not removing it. Use --force to remove it anyway.");
                    refused = true;
                } else if (state == State.ABSENT && !names.isEmpty()) {
                    err.println("rootprompt uninstall: no kernelspec " + name + " in " + kernels);
                    refused = true;
                } else if (state != State.ABSENT) {
                    found.add(dir);
                }
            }
            if (refused) {
                return 1;
            }
            if (found.isEmpty()) {
                err.println("rootprompt uninstall: no ROOT Prompt kernelspec (" + String.join(", ", targets)
                        + ") in " + kernels);
                return 1;
            }
            for (Path dir : found) {
                KernelSpecs.delete(dir);
                out.println("Removed kernelspec " + dir.getFileName() + " from " + kernels);
            }
            return 0;
        } catch (Failure e) {
            err.println("rootprompt uninstall: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("rootprompt uninstall: " + KernelSpecs.describe(e));
            return 1;
        }
    }

    /** The names to remove, checked and lower-cased as Jupyter stores them. */
    private List<String> targets() {
        if (names.isEmpty()) {
            return List.of(Spec.CPP.name(), Spec.JAVA.name());
        }
        List<String> targets = new ArrayList<>();
        for (String name : names) {
            String normalized = KernelSpecs.normalizeName(name);
            if (normalized == null) {
                throw new ParameterException(command.commandLine(), "--name may hold only ASCII letters, digits,"
                        + " '-', '.' and '_' (Jupyter's rule), not '" + name + "'");
            }
            if (!targets.contains(normalized)) {
                targets.add(normalized);
            }
        }
        return targets;
    }
}
