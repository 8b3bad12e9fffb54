package org.rootprompt.kernel.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * Kernelspec folders: where Jupyter looks for them, what ROOT Prompt writes into them, and how it
 * recognises the ones it wrote. Shared by {@code install} and {@code uninstall}.
 *
 * <p>A folder is ours when its kernel.json carries a {@value #MARKER} entry in its metadata. Only
 * those are replaced or removed without {@code --force}: the name {@code root} is also the name of
 * ROOT's own (JupyROOT) kernelspec, which a user may well have installed.
 */
final class KernelSpecs {
    /** Key in kernel.json's {@code metadata} that marks a kernelspec as written by us. */
    static final String MARKER = "rootprompt";
    /** File name of the copied jar inside each kernelspec folder. */
    static final String JAR = "rootprompt.jar";
    static final List<String> LOGOS = List.of("logo-32x32.png", "logo-64x64.png", "logo-svg.svg");
    /**
     * JVM options written into every kernel.json, before the user's {@code --jvm-option}s (for -D and
     * -X options the last one wins, so the user can override each default). Headless because kernels run on servers and in containers without a display, and on macOS a
     * non-headless AWT would put a Dock icon up for every kernel; UTF-8 because notebooks are UTF-8
     * while Java 17 still takes its default charset from the locale, and a Jupyter server started by
     * systemd or in a container often has LANG unset (then Java 17 picks US-ASCII).
     * The rest is measured in docs/performance.md: C1 only halves the latency of a cell (javac, which
     * compiles every snippet, never gets hot enough for C2 to pay off in a session), and the serial
     * collector with a small starting heap halves idle memory. {@link #jvmOptions} drops the serial
     * collector when the user picks another one, which the JVM would otherwise refuse.
     */
    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms32m");

    /** The defaults, then the user's options (later ones win); no second garbage collector. */
    static List<String> jvmOptions(List<String> userOptions) {
        boolean ownCollector = userOptions.stream().anyMatch(o -> o.matches("-XX:\\+Use\\w+GC"));
        List<String> options = new java.util.ArrayList<>();
        for (String option : DEFAULT_JVM_OPTIONS) {
            if (!(ownCollector && option.equals("-XX:+UseSerialGC"))) {
                options.add(option);
            }
        }
        options.addAll(userOptions);
        return options;
    }

    private static final String RESOURCES = "/org/rootprompt/kernel/kernelspec/";
    /** Jupyter's rule for kernel names (jupyter_client kernelspec.py). */
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]+");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KernelSpecs() {}

    /** One kernelspec to write: folder name, name shown in the launcher, default cell language. */
    record Spec(String name, String displayName, String language) {
        static final Spec CPP = new Spec("root", "ROOT Prompt (C++)", "cpp");
        static final Spec JAVA = new Spec("root-java", "ROOT Prompt (Java)", "java");

        static Spec defaultFor(String language) {
            return language.equals("java") ? JAVA : CPP;
        }

        /** The {@code language} field of kernel.json, which front-ends use for highlighting. */
        String jupyterLanguage() {
            return language.equals("cpp") ? "c++" : language;
        }
    }

    /** What a kernelspec folder holds, as far as replacing or removing it goes. */
    enum State {
        ABSENT,
        /** An empty folder: nothing to lose. */
        EMPTY,
        OURS,
        /** Anything else, including an unreadable kernel.json: never touched without --force. */
        FOREIGN
    }

    /** A failure to report to the user as one line, without a stack trace. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /**
     * Jupyter's kernel names are case-insensitive and stored lower-case; null if not a valid name.
     * "." and ".." pass Jupyter's pattern but would point outside the kernels folder.
     */
    static String normalizeName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean dots = lower.chars().allMatch(c -> c == '.');
        return NAME.matcher(lower).matches() && !dots ? lower : null;
    }

    /** The scope options shared by install and uninstall; picocli makes them mutually exclusive. */
    static final class Scope {
        @Option(names = "--user", required = true,
                description = "The user's Jupyter data directory (the default).")
        boolean user;

        @Option(names = "--sys-prefix", required = true,
                description = "sys.prefix of the Python that runs Jupyter (a virtualenv or conda env).")
        boolean sysPrefix;

        @Option(names = "--prefix", required = true, paramLabel = "DIR",
                description = "DIR/share/jupyter/kernels (add DIR/share/jupyter to JUPYTER_PATH).")
        Path prefix;

        /** The kernels directory that {@code scope} (null: no flag given) designates. */
        static Path kernelsDir(Scope scope) throws Failure {
            Path data;
            if (scope == null || scope.user) {
                data = userDataDir(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
            } else if (scope.sysPrefix) {
                data = sysPrefix().resolve("share").resolve("jupyter");
            } else {
                data = scope.prefix.resolve("share").resolve("jupyter");
            }
            return data.resolve("kernels").toAbsolutePath().normalize();
        }

        /** Jupyter's user data directory, as jupyter_core's {@code jupyter_data_dir()} computes it. */
        static Path userDataDir(Map<String, String> env, String osName, String userHome) {
            String dataDir = env.get("JUPYTER_DATA_DIR");
            if (dataDir != null && !dataDir.isEmpty()) {
                return Path.of(dataDir);
            }
            String os = osName.toLowerCase(Locale.ROOT);
            if (os.startsWith("windows")) {
                String appData = env.get("APPDATA");
                if (appData != null && !appData.isEmpty()) {
                    return Path.of(appData, "jupyter");
                }
                String config = env.get("JUPYTER_CONFIG_DIR");
                return (config != null && !config.isEmpty() ? Path.of(config) : Path.of(userHome, ".jupyter"))
                        .resolve("data");
            }
            // Python's expanduser("~") reads $HOME; Java's user.home comes from the passwd entry, which
            // differs in containers that run under a uid with no entry (user.home is then "?").
            String home = env.getOrDefault("HOME", "").isEmpty() ? userHome : env.get("HOME");
            if (os.startsWith("mac") || os.startsWith("darwin")) {
                return Path.of(home, "Library", "Jupyter");
            }
            String xdg = env.get("XDG_DATA_HOME");
            return (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("jupyter");
        }

        /**
         * sys.prefix of the Python that runs Jupyter. The interpreter named by the {@code jupyter}
         * script on PATH comes first, because python3 on PATH is often another one (pyenv or conda
         * next to a system Jupyter); then python3, then python (Windows has no python3, IJava#132).
         */
        static Path sysPrefix() throws Failure {
            List<String> pythons = new ArrayList<>();
            jupyterPython().ifPresent(pythons::add);
            pythons.add("python3");
            pythons.add("python");
            for (String python : pythons) {
                Optional<String> prefix = run(python, "-c", "import sys; print(sys.prefix)");
                if (prefix.isPresent()) {
                    return Path.of(prefix.get());
                }
            }
            throw new Failure("--sys-prefix needs the Python that runs Jupyter, but neither python3 nor python"
                    + " could be run from PATH. Use --user, or --prefix DIR with that Python's sys.prefix.");
        }

        /** The interpreter in the shebang of the {@code jupyter} script on PATH, if it is a Python. */
        private static Optional<String> jupyterPython() {
            String path = System.getenv("PATH");
            if (path == null) {
                return Optional.empty();
            }
            for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
                Path script = dir.isEmpty() ? null : Path.of(dir, "jupyter");
                if (script == null || !Files.isRegularFile(script)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(script)) {
                    String first = new String(in.readNBytes(512), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                    if (!first.startsWith("#!")) {
                        return Optional.empty();
                    }
                    String[] words = first.substring(2).trim().split("\\s+");
                    String interpreter = words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
                    String base = Path.of(interpreter).getFileName().toString();
                    return base.startsWith("python") ? Optional.of(interpreter) : Optional.empty();
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /** The trimmed stdout of a command that exits with 0 within 30 s, or empty. */
        private static Optional<String> run(String... command) {
            try {
                ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return Optional.empty();
                }
                return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty(); // not on PATH
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /**
     * The jar to copy into the kernelspec: the system property {@code rootprompt.jar} if set (tests),
     * else the jar this class was loaded from.
     */
    static Path runningJar() throws Failure {
        String property = System.getProperty("rootprompt.jar");
        if (property != null && !property.isBlank()) {
            Path jar = Path.of(property).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new Failure("the system property rootprompt.jar names " + jar + ", which is not a file");
            }
            return jar;
        }
        Path location;
        try {
            CodeSource source = Main.class.getProtectionDomain().getCodeSource();
            location = source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            location = null;
        }
        if (location == null || !Files.isRegularFile(location)) {
            throw new Failure("install copies the packaged jar into the kernelspec, but ROOT Prompt runs from "
                    + (location == null ? "an unknown location" : location) + ", which is not a jar. Build it with"
                    + " `mvn package` (it writes kernel/target/rootprompt.jar), then run `bin/rootprompt install`"
                    + " or `java -jar kernel/target/rootprompt.jar install`.");
        }
        return location.toAbsolutePath();
    }

    /**
     * The absolute path of this JVM's java executable, for argv[0]: an absolute path because Jupyter
     * servers rarely see the user's shell PATH. java.home comes first; the process's own command only
     * counts when it is a java launcher (under jpackage it is the application's launcher).
     */
    static Path javaExecutable() throws Failure {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String exe = windows ? "java.exe" : "java";
        String javaHome = System.getProperty("java.home");
        Path fromHome = Path.of(javaHome, "bin", exe);
        if (ModuleFinder.ofSystem().find("jdk.jshell").isEmpty()) {
            throw new Failure("the Java runtime in " + javaHome + " has no jdk.jshell module (a JRE?), and ROOT Prompt"
                    + " runs cells with JShell. Run install with a JDK 17 or newer (set JAVA_HOME).");
        }
        if (Files.isExecutable(fromHome)) {
            return fromHome.toAbsolutePath();
        }
        Optional<Path> command = ProcessHandle.current().info().command().map(Path::of)
                .filter(p -> p.isAbsolute() && p.getFileName().toString().equals(exe));
        return command.orElseThrow(() -> new Failure("cannot find the java executable of the Java runtime in "
                + javaHome + " (no " + fromHome + ")"));
    }

    /** What {@code dir} holds; see {@link State}. */
    static State state(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return State.ABSENT;
        }
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isEmpty()) {
                    return State.EMPTY;
                }
            } catch (IOException e) {
                return State.FOREIGN;
            }
        }
        try {
            JsonNode json = MAPPER.readTree(dir.resolve("kernel.json").toFile());
            return json != null && json.path("metadata").path(MARKER).isObject() ? State.OURS : State.FOREIGN;
        } catch (IOException e) {
            return State.FOREIGN;
        }
    }

    /** The kernel.json content for {@code spec}, whose folder (and so copied jar) is {@code dir}. */
    static ObjectNode kernelJson(Spec spec, Path java, List<String> jvmOptions, Path dir) {
        ObjectNode json = MAPPER.createObjectNode();
        ArrayNode argv = json.putArray("argv");
        argv.add(java.toString());
        jvmOptions.forEach(argv::add);
        // an absolute jar path, not {resource_dir}: VS Code does not substitute it (jjava#56)
        argv.add("-jar").add(dir.resolve(JAR).toString());
        argv.add("kernel").add("--language").add(spec.language()).add("-f").add("{connection_file}");
        json.put("display_name", spec.displayName());
        json.put("language", spec.jupyterLanguage());
        // the kernel handles interrupt_request; a SIGINT would reach the JVM, not the running cell
        json.put("interrupt_mode", "message");
        ObjectNode ours = json.putObject("metadata").putObject(MARKER);
        ours.put("version", Main.version());
        ours.put("language", spec.language());
        return json;
    }

    /**
     * Writes the kernelspec folder {@code kernelsDir/spec.name()}, replacing what is there. The new
     * folder is filled beside it first, so a failed copy (full disk, missing logo) leaves the old one.
     */
    static Path write(Path kernelsDir, Spec spec, Path java, List<String> jvmOptions, Path jar) throws IOException {
        return write(kernelsDir, spec, java, jvmOptions, jar, null);
    }

    /** As {@link #write(Path, Spec, Path, List, Path)}, with a local JSROOT build copied in when jsroot is not null. */
    static Path write(Path kernelsDir, Spec spec, Path java, List<String> jvmOptions, Path jar, Path jsroot)
            throws IOException {
        Path target = kernelsDir.resolve(spec.name());
        // a fixed name, not createTempDirectory: that one is rwx------, unreadable to the other users
        // of a --sys-prefix or --prefix install
        Path staging = kernelsDir.resolve("." + spec.name() + ".installing");
        Files.createDirectories(kernelsDir);
        delete(staging);
        Files.createDirectory(staging);
        try {
            Files.copy(jar, staging.resolve(JAR));
            for (String logo : LOGOS) {
                try (InputStream in = KernelSpecs.class.getResourceAsStream(RESOURCES + logo)) {
                    if (in == null) {
                        throw new IOException("the jar has no " + RESOURCES + logo + "; rebuild it with mvn package");
                    }
                    Files.copy(in, staging.resolve(logo));
                }
            }
            if (jsroot != null) {
                copyTree(jsroot, staging.resolve(JSROOT_DIR));
            }
            Files.writeString(staging.resolve("kernel.json"), pretty(kernelJson(spec, java, jvmOptions, target)));
            delete(target);
            Files.move(staging, target);
            return target;
        } finally {
            delete(staging);
        }
    }

    /** The system property that tells the kernel where notebooks load JSROOT from (comma-separated base URLs). */
    static final String JSROOT_PROPERTY = "rootprompt.jsroot";

    /** The kernelspec sub-folder that holds a local JSROOT copy. */
    static final String JSROOT_DIR = "jsroot";

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    /** JSON as people write kernel.json by hand: one argv entry per line, "key": value. */
    private static String pretty(JsonNode json) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter)
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        return MAPPER.writer(printer).writeValueAsString(json) + "\n";
    }

    /**
     * Deletes a file or folder tree. Symbolic links are removed, never followed: a kernelspec folder
     * may be a link into someone else's installation (ROOT's etc/notebook/kernels/root).
     */
    static void delete(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(path);
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** One line about a failed file operation that names the path, for the user. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile() + " (try --user, or a --prefix you can write to)";
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName());
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
