package org.rootprompt.kernel.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.rootprompt.kernel.cli.KernelSpecs.Failure;
import org.rootprompt.kernel.cli.KernelSpecs.Spec;
import org.rootprompt.kernel.cli.KernelSpecs.State;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code rootprompt install}: writes the kernelspecs {@code root} (C++ cells) and {@code root-java}
 * (Java cells), each with a copy of the running jar, so that they survive a rebuild or a move of the
 * checkout.
 */
@Command(name = "install", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Install the Jupyter kernelspecs root and root-java.",
                "By default both: root (\"ROOT Prompt (C++)\") and root-java (\"ROOT Prompt (Java)\");"
                        + " with --name, --language or --display-name just one.",
                "Each kernelspec folder gets kernel.json, the logos and a copy of this jar."})
final class InstallCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    CommandSpec command;

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Where (one of; default --user):%n")
    KernelSpecs.Scope scope;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Kernelspec name (default: root, or root-java with --language java).")
    String name;

    @Option(names = "--display-name", paramLabel = "TEXT", description = "Name shown in the Jupyter launcher.")
    String displayName;

    @Option(names = "--language", paramLabel = "cpp|java", description = "Default language of the cells.")
    String language;

    @Option(names = "--jvm-option", paramLabel = "OPT",
            description = {"A JVM option for the kernel, e.g. --jvm-option=-Xmx4g (repeatable).",
                    "They come after the defaults (headless AWT, UTF-8), so they can override them."})
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--jsroot-url", paramLabel = "URL",
            description = {"Where notebooks load JSROOT from for %%jsroot on (a base URL ending in /;",
                    "default: https://root.cern/js/7.11.2/ with jsroot.gsi.de as fallback)."})
    String jsrootUrl;

    @Option(names = "--jsroot-dir", paramLabel = "DIR",
            description = {"A local JSROOT build (a folder with build/jsroot.js) copied into the kernelspec,",
                    "so that Jupyter serves it and notebooks draw with no internet."})
    Path jsrootDir;

    @Option(names = "--force", description = "Replace kernelspecs of the same name that ROOT Prompt did not write.")
    boolean force;

    @Override
    public Integer call() {
        List<Spec> specs = specs();
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        try {
            Path kernels = KernelSpecs.Scope.kernelsDir(scope);
            Path jar = KernelSpecs.runningJar();
            Path java = KernelSpecs.javaExecutable();
            // check every folder before writing any, so a refusal leaves no half-done install
            boolean refused = false;
            for (Spec spec : specs) {
                Path dir = kernels.resolve(spec.name());
                if (KernelSpecs.state(dir) == State.FOREIGN) {
                    if (force) {
                        err.println("Replacing " + dir + ", which ROOT Prompt did not write (--force)");
                    } else {
                        err.println("rootprompt install: " + dir + " holds a kernelspec that ROOT Prompt did not"
                                + " write; not replacing it. Use --force to replace it, or --name to pick another name.");
                        refused = true;
                    }
                }
            }
            if (refused) {
                return 1;
            }
            for (Spec spec : specs) {
                List<String> options = new ArrayList<>(KernelSpecs.jvmOptions(jvmOptions));
                List<String> servers = jsrootServers(spec);
                if (!servers.isEmpty()) {
                    options.add("-D" + KernelSpecs.JSROOT_PROPERTY + "=" + String.join(",", servers));
                }
                Path dir = KernelSpecs.write(kernels, spec, java, options, jar, jsrootDir);
                out.println("Installed kernelspec " + spec.name() + " (" + spec.displayName() + ") in " + dir);
            }
            out.flush();
            if (scope != null && scope.prefix != null && !onJupyterPath(kernels.getParent())) {
                err.println("Note: Jupyter finds these kernelspecs only if " + kernels.getParent()
                        + " is in JUPYTER_PATH, or if the prefix is its Python's sys.prefix.");
            }
            return 0;
        } catch (Failure e) {
            err.println("rootprompt install: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("rootprompt install: " + KernelSpecs.describe(e));
            return 1;
        }
    }

    /** Where the kernel's notebooks look for JSROOT: the copy in the kernelspec, then the URL given. */
    private List<String> jsrootServers(Spec spec) {
        List<String> servers = new ArrayList<>();
        if (jsrootDir != null) {
            servers.add("kernelspecs/" + spec.name() + "/" + KernelSpecs.JSROOT_DIR + "/"); // served by Jupyter
        }
        if (jsrootUrl != null) {
            servers.add(jsrootUrl.endsWith("/") ? jsrootUrl : jsrootUrl + "/");
        }
        return servers;
    }

    /** The kernelspecs to write: both by default, one as soon as any of them is described. */
    private List<Spec> specs() {
        if (language != null && !language.equals("cpp") && !language.equals("java")) {
            throw usage("--language must be cpp or java, not '" + language + "'");
        }
        for (String option : jvmOptions) {
            if (option.isBlank()) {
                throw usage("--jvm-option must not be empty");
            }
        }
        if (jsrootUrl != null && (jsrootUrl.isBlank() || jsrootUrl.contains(","))) {
            throw usage("--jsroot-url must be one URL, not '" + jsrootUrl + "'");
        }
        if (jsrootDir != null && !Files.isRegularFile(jsrootDir.resolve("build").resolve("jsroot.js"))) {
            throw usage("--jsroot-dir must be a JSROOT build with build/jsroot.js (e.g. npm's jsroot package), not '"
                    + jsrootDir + "'");
        }
        if (name == null && displayName == null && language == null) {
            return List.of(Spec.CPP, Spec.JAVA);
        }
        Spec base = Spec.defaultFor(language == null ? "cpp" : language);
        String specName = base.name();
        if (name != null) {
            specName = KernelSpecs.normalizeName(name);
            if (specName == null) {
                throw usage("--name may hold only ASCII letters, digits, '-', '.' and '_' (Jupyter's rule), not '"
                        + name + "'");
            }
        }
        if (displayName != null && displayName.isBlank()) {
            throw usage("--display-name must not be empty");
        }
        return List.of(new Spec(specName, displayName == null ? base.displayName() : displayName, base.language()));
    }

    private static boolean onJupyterPath(Path dataDir) {
        String path = System.getenv("JUPYTER_PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(Pattern.quote(File.pathSeparator))) {
            if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().normalize().equals(dataDir)) {
                return true;
            }
        }
        return false;
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
