package org.rootprompt.magics;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The magics every session has: %lsmagic, %%java, %%cpp, %%bash/%%sh, %time/%%time, %classpath/%jars. */
final class BuiltinMagics {
    private BuiltinMagics() {}

    static void registerAll(MagicRegistry r) {
        r.line("lsmagic", (args, ctx) -> lsmagic(ctx));
        r.cell("java", (args, body, line, ctx) -> {
            noArgs("java", args);
            ctx.runCode(body, "java", line);
        });
        r.cell("cpp", (args, body, line, ctx) -> ctx.runCode(body, cppMode(args), line));
        CellMagic bash = (args, body, line, ctx) -> Shell.run(body, ctx);
        r.cell("bash", bash);
        r.cell("sh", bash);
        r.line("time", (args, ctx) -> timed(ctx, () -> ctx.runCode(args, null, 1)));
        r.cell("time", (args, body, line, ctx) -> {
            noArgs("time", args);
            timed(ctx, () -> ctx.runCode(body, null, line));
        });
        LineMagic classpath = (args, ctx) -> classpath(args, ctx);
        r.line("classpath", classpath);
        r.line("jars", classpath);
    }

    private static void noArgs(String magic, String args) throws MagicException {
        if (!args.isBlank()) {
            throw new MagicException("%%" + magic + " takes no options, got '" + args + "'");
        }
    }

    /** %%cpp options as ROOT's kernel takes them: -d/--declare and -a/--aclic. */
    static String cppMode(String args) throws MagicException {
        return switch (args.strip()) {
            case "" -> "cpp";
            case "-d", "--declare" -> "cpp-declare";
            case "-a", "--aclic" -> "cpp-aclic";
            default -> throw new MagicException("%%cpp: unknown option '" + args.strip()
                    + "' (use -d/--declare or -a/--aclic)");
        };
    }

    private static void lsmagic(MagicContext ctx) {
        PrintStream out = ctx.out();
        StringBuilder line = new StringBuilder("Available line magics:\n");
        ctx.registry().lineMagics().keySet().forEach(n -> line.append('%').append(n).append("  "));
        line.append("\n\nAvailable cell magics:\n");
        ctx.registry().cellMagics().keySet().forEach(n -> line.append("%%").append(n).append("  "));
        out.println(line.toString().replace("  \n", "\n").stripTrailing());
    }

    interface Body {
        void run() throws MagicException;
    }

    /** Runs the body and prints the wall time as ROOT's (MetaKernel's) %%time does, even if it fails. */
    private static void timed(MagicContext ctx, Body body) throws MagicException {
        long start = System.nanoTime();
        try {
            body.run();
        } finally {
            double seconds = (System.nanoTime() - start) / 1e9;
            ctx.out().printf(Locale.ROOT, "Time: %.6f seconds.%n", seconds);
        }
    }

    private static void classpath(String args, MagicContext ctx) throws MagicException {
        if (args.isBlank()) {
            throw new MagicException("usage: %classpath PATH[" + java.io.File.pathSeparator
                    + "PATH...]  (jars, class folders or globs such as lib/*.jar)");
        }
        List<Path> entries = new ArrayList<>();
        for (String item : args.strip().split("[" + java.io.File.pathSeparator + "\\s]+")) {
            entries.addAll(expand(ctx.workingDirectory(), item));
        }
        for (Path entry : entries) {
            ctx.addToClasspath(entry);
            ctx.out().println("Added " + entry + " to the classpath");
        }
    }

    /** A path, or a glob in its last element ({@code lib/*.jar}); relative paths from the working directory. */
    static List<Path> expand(Path cwd, String item) throws MagicException {
        Path path = cwd.resolve(item.startsWith("~/") ? System.getProperty("user.home") + item.substring(1) : item);
        String last = path.getFileName() == null ? "" : path.getFileName().toString();
        if (last.contains("*") || last.contains("?")) {
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(path.getParent(), last)) {
                dir.forEach(found::add);
            } catch (IOException e) {
                throw new MagicException("cannot list " + path.getParent() + ": " + e.getMessage());
            }
            if (found.isEmpty()) {
                throw new MagicException("no file matches " + item);
            }
            found.sort(null);
            return found;
        }
        if (!Files.exists(path)) {
            throw new MagicException("no such file or folder: " + path);
        }
        return List.of(path.normalize());
    }

    /** %%bash / %%sh: the cell runs in bash in the session's working directory, output streamed. */
    static final class Shell {
        private Shell() {}

        static void run(String script, MagicContext ctx) throws MagicException {
            Process process;
            try {
                process = new ProcessBuilder("bash", "-c", script)
                        .directory(ctx.workingDirectory().toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .start();
            } catch (IOException e) {
                throw new MagicException("OSError", "cannot start bash: " + e.getMessage());
            }
            ctx.onInterrupt(() -> {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            });
            Thread out = pump(process.getInputStream(), ctx.out());
            Thread err = pump(process.getErrorStream(), ctx.err());
            int status;
            try {
                status = process.waitFor();
                out.join();
                err.join();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new MagicException("KeyboardInterrupt", "bash was interrupted");
            }
            if (status != 0) {
                throw new MagicException("CalledProcessError", "bash exited with status " + status);
            }
        }

        private static Thread pump(InputStream in, PrintStream to) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                } catch (IOException e) {
                    // the process ended or was killed: nothing more to copy
                }
            }, "bash-output");
            t.setDaemon(true);
            t.start();
            return t;
        }
    }

}
