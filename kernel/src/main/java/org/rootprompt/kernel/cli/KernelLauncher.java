package org.rootprompt.kernel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to start a kernel process: the argv of a kernelspec's kernel.json (with {@code {connection_file}}
 * still in it), its environment and interrupt mode. Made from an installed kernelspec, or for this
 * project's own jar when no kernelspec is installed.
 *
 * @param name          the kernelspec name ({@code root}, {@code root-java}, …)
 * @param argv          the command; {@code {connection_file}} is replaced when the kernel starts
 * @param env           extra environment variables, {@code ${VAR}} already substituted
 * @param interruptMode {@code message} (interrupt_request on control) or {@code signal} (SIGINT)
 * @param source        where this came from: the kernelspec directory, or null for a built-in launch
 */
public record KernelLauncher(
        String name,
        String displayName,
        String language,
        List<String> argv,
        Map<String, String> env,
        String interruptMode,
        Path source) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    public KernelLauncher {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("kernel " + name + ": empty argv");
        }
    }

    /** Reads {@code dir/kernel.json}; {@code {resource_dir}} in argv becomes {@code dir}. */
    public static KernelLauncher fromKernelspec(Path dir) throws IOException {
        Path file = dir.resolve("kernel.json");
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException("cannot read kernelspec " + file + ": " + e.getMessage(), e);
        }
        if (json == null || !json.path("argv").isArray() || json.path("argv").isEmpty()) {
            throw new IOException("bad kernelspec " + file + ": 'argv' must be a non-empty list");
        }
        List<String> argv = new ArrayList<>();
        for (JsonNode a : json.path("argv")) {
            argv.add(a.asText().replace("{resource_dir}", dir.toAbsolutePath().toString()));
        }
        Map<String, String> env = new LinkedHashMap<>();
        json.path("env").properties().forEach(e -> env.put(e.getKey(), substitute(e.getValue().asText(), System.getenv())));
        String name = dir.getFileName().toString().toLowerCase(Locale.ROOT);
        return new KernelLauncher(name,
                json.path("display_name").asText(name),
                json.path("language").asText(""),
                argv, env,
                json.path("interrupt_mode").asText("signal"),
                dir.toAbsolutePath());
    }

    /** {@code java [jvmOptions] -jar JAR kernel --language LANG -f {connection_file}}, interrupted by message. */
    public static KernelLauncher forJar(Path jar, String language, List<String> jvmOptions) {
        List<String> argv = new ArrayList<>();
        argv.add(javaExecutable());
        argv.addAll(jvmOptions);
        argv.add("-jar");
        argv.add(jar.toAbsolutePath().toString());
        argv.addAll(List.of("kernel", "--language", language, "-f", "{connection_file}"));
        return builtIn(language, argv);
    }

    /**
     * The kernel of the program that is running now: {@code java -jar} on its jar, or {@code java -cp}
     * with its class path when it runs from class folders (an IDE, tests).
     */
    public static KernelLauncher forThisProgram(String language) {
        Optional<Path> jar = runningJar();
        if (jar.isPresent()) {
            return forJar(jar.get(), language, KernelSpecs.jvmOptions(List.of()));
        }
        List<String> argv = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "kernel", "--language", language, "-f", "{connection_file}"));
        return builtIn(language, argv);
    }

    private static KernelLauncher builtIn(String language, List<String> argv) {
        boolean java = language.equals("java");
        return new KernelLauncher(java ? "root-java" : "root",
                java ? "ROOT Prompt (Java)" : "ROOT Prompt (C++)",
                java ? "java" : "c++",
                argv, Map.of(), "message", null);
    }

    /** The jar this class was loaded from, if it was loaded from a jar. */
    static Optional<Path> runningJar() {
        try {
            var location = Main.class.getProtectionDomain().getCodeSource().getLocation();
            Path path = Path.of(location.toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The java launcher of the running JVM, so the kernel runs on the same Java as its caller. */
    static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    /** The argv with the connection file filled in. */
    public List<String> command(Path connectionFile) {
        List<String> out = new ArrayList<>(argv.size());
        for (String a : argv) {
            out.add(a.replace("{connection_file}", connectionFile.toAbsolutePath().toString()));
        }
        return out;
    }

    /** {@code ${VAR}} from the given environment; unknown variables stay as they are (Python's safe_substitute). */
    static String substitute(String value, Map<String, String> environment) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = environment.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- finding kernelspecs ----

    /**
     * The directories that hold kernelspecs, in Jupyter's order of precedence: each {@code $JUPYTER_PATH}
     * entry, the user data directory ({@code $JUPYTER_DATA_DIR}, else the platform default), the active
     * conda or virtual environment, then the system directories. Each one ends in {@code kernels}.
     */
    public static List<Path> kernelDirectories(Map<String, String> environment) {
        List<Path> dirs = new ArrayList<>();
        String sep = java.io.File.pathSeparator;
        String jupyterPath = environment.get("JUPYTER_PATH");
        if (jupyterPath != null) {
            for (String entry : jupyterPath.split(Pattern.quote(sep))) {
                if (!entry.isBlank()) {
                    dirs.add(Path.of(entry, "kernels"));
                }
            }
        }
        String dataDir = environment.get("JUPYTER_DATA_DIR");
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (dataDir != null && !dataDir.isBlank()) {
            dirs.add(Path.of(dataDir, "kernels"));
        } else if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            if (appData != null) {
                dirs.add(Path.of(appData, "jupyter", "kernels"));
            }
        } else if (os.contains("mac")) {
            dirs.add(Path.of(home, "Library", "Jupyter", "kernels"));
        } else {
            String xdg = environment.get("XDG_DATA_HOME");
            dirs.add(xdg != null && !xdg.isBlank() ? Path.of(xdg, "jupyter", "kernels")
                    : Path.of(home, ".local", "share", "jupyter", "kernels"));
        }
        for (String prefix : new String[] {environment.get("CONDA_PREFIX"), environment.get("VIRTUAL_ENV")}) {
            if (prefix != null && !prefix.isBlank()) {
                dirs.add(Path.of(prefix, "share", "jupyter", "kernels"));
            }
        }
        if (os.startsWith("windows")) {
            String programData = environment.get("PROGRAMDATA");
            if (programData != null) {
                dirs.add(Path.of(programData, "jupyter", "kernels"));
            }
        } else {
            dirs.add(Path.of("/usr/local/share/jupyter/kernels"));
            dirs.add(Path.of("/usr/share/jupyter/kernels"));
        }
        return dirs;
    }

    /** The first kernelspec directory named {@code name} (case-insensitively) that has a kernel.json. */
    public static Optional<Path> findKernelspec(String name, Map<String, String> environment) {
        for (Path dir : kernelDirectories(environment)) {
            Path exact = dir.resolve(name);
            if (Files.isRegularFile(exact.resolve("kernel.json"))) {
                return Optional.of(exact);
            }
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    Optional<Path> match = entries
                            .filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
                            .filter(p -> Files.isRegularFile(p.resolve("kernel.json")))
                            .findFirst();
                    if (match.isPresent()) {
                        return match;
                    }
                } catch (IOException e) {
                    // an unreadable directory holds nothing for us
                }
            }
        }
        return Optional.empty();
    }
}
