package org.rootprompt.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** install and uninstall against a --prefix in a temporary folder, with a fake jar to copy. */
class InstallCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FOREIGN = "{\"argv\": [\"python\", \"-m\", \"JupyROOT.kernel.rootkernel\", \"-f\","
            + " \"{connection_file}\"], \"display_name\": \"ROOT C++\", \"language\": \"c++\"}";

    @TempDir
    Path tmp;
    private Path kernels;
    private Path fakeJar;
    private String savedJarProperty;

    private record Result(int code, String out, String err) {}

    @BeforeEach
    void fakeJar() throws IOException {
        kernels = tmp.resolve("prefix/share/jupyter/kernels");
        fakeJar = tmp.resolve("fake-rootprompt.jar");
        Files.write(fakeJar, new byte[] {'P', 'K', 3, 4, 42});
        savedJarProperty = System.getProperty("rootprompt.jar");
        System.setProperty("rootprompt.jar", fakeJar.toString());
    }

    @AfterEach
    void restoreJarProperty() {
        if (savedJarProperty == null) {
            System.clearProperty("rootprompt.jar");
        } else {
            System.setProperty("rootprompt.jar", savedJarProperty);
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Result install(String... more) {
        List<String> args = new ArrayList<>(List.of("install", "--prefix", tmp.resolve("prefix").toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private Result uninstall(String... more) {
        List<String> args = new ArrayList<>(List.of("uninstall", "--prefix", tmp.resolve("prefix").toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private JsonNode kernelJson(String name) throws IOException {
        return MAPPER.readTree(kernels.resolve(name).resolve("kernel.json").toFile());
    }

    private static List<String> argv(JsonNode json) {
        List<String> argv = new ArrayList<>();
        json.get("argv").forEach(a -> argv.add(a.asText()));
        return argv;
    }

    private void writeForeign(String name) throws IOException {
        Files.createDirectories(kernels.resolve(name));
        Files.writeString(kernels.resolve(name).resolve("kernel.json"), FOREIGN);
    }

    @Test
    void installsBothKernelspecsByDefault() throws IOException {
        Result r = install();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Installed kernelspec root (ROOT Prompt (C++)) in " + kernels.resolve("root")),
                r.out());
        assertTrue(r.out().contains("Installed kernelspec root-java (ROOT Prompt (Java)) in "
                + kernels.resolve("root-java")), r.out());

        JsonNode cpp = kernelJson("root");
        List<String> argv = argv(cpp);
        assertTrue(Path.of(argv.get(0)).isAbsolute(), argv.get(0));
        assertTrue(Files.isExecutable(Path.of(argv.get(0))), argv.get(0));
        assertTrue(argv.contains("-Djava.awt.headless=true"), argv.toString());
        int jar = argv.indexOf("-jar");
        assertEquals(kernels.resolve("root/rootprompt.jar").toString(), argv.get(jar + 1));
        assertEquals(List.of("kernel", "--language", "cpp", "-f", "{connection_file}"),
                argv.subList(jar + 2, argv.size()));
        assertEquals("ROOT Prompt (C++)", cpp.get("display_name").asText());
        assertEquals("c++", cpp.get("language").asText());
        assertEquals("message", cpp.get("interrupt_mode").asText());
        assertEquals("cpp", cpp.at("/metadata/rootprompt/language").asText());
        assertEquals(Main.version(), cpp.at("/metadata/rootprompt/version").asText());

        JsonNode java = kernelJson("root-java");
        assertEquals("java", java.get("language").asText());
        assertEquals("ROOT Prompt (Java)", java.get("display_name").asText());
        assertTrue(argv(java).containsAll(List.of("--language", "java")));

        for (String name : List.of("root", "root-java")) {
            for (String logo : KernelSpecs.LOGOS) {
                Path file = kernels.resolve(name).resolve(logo);
                assertTrue(Files.size(file) > 100, file + " missing or empty");
            }
            assertArrayEquals(Files.readAllBytes(fakeJar), Files.readAllBytes(kernels.resolve(name + "/rootprompt.jar")));
        }
        assertFalse(Files.exists(kernels.resolve(".root.installing")));
    }

    @Test
    void languageJavaAloneWritesOnlyRootJava() throws IOException {
        Result r = install("--language", "java");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(kernels.resolve("root-java/kernel.json")));
        assertFalse(Files.exists(kernels.resolve("root")));
        assertEquals(1, r.out().lines().count(), r.out());
    }

    @Test
    void nameDisplayNameAndJvmOptions() throws IOException {
        Result r = install("--name", "My-ROOT", "--display-name", "My ROOT", "--language", "java",
                "--jvm-option=-Xmx2g", "--jvm-option", "-Dfoo=bar");
        assertEquals(0, r.code(), r.err());
        JsonNode json = kernelJson("my-root"); // Jupyter's names are lower-case
        assertEquals("My ROOT", json.get("display_name").asText());
        List<String> argv = argv(json);
        // defaults first, the user's after them, so the user's win
        assertEquals(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xms32m", "-Xmx2g", "-Dfoo=bar", "-jar"), argv.subList(1, 9));
        assertEquals("java", argv.get(argv.indexOf("--language") + 1));
        assertFalse(Files.exists(kernels.resolve("root")));
        assertFalse(Files.exists(kernels.resolve("root-java")));
    }

    @Test
    void reinstallReplacesOurOwnFolderWhole() throws IOException {
        assertEquals(0, install().code());
        Path stray = kernels.resolve("root/stray.txt");
        Files.writeString(stray, "left from an older version");
        Result r = install();
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(stray));
        assertTrue(Files.exists(kernels.resolve("root/kernel.json")));
    }

    @Test
    void refusesForeignKernelspecWithoutForce() throws IOException {
        writeForeign("root");
        Result r = install();
        assertEquals(1, r.code());
        assertTrue(r.err().contains(kernels.resolve("root").toString()), r.err());
        assertTrue(r.err().contains("--force"), r.err());
        assertEquals(FOREIGN, Files.readString(kernels.resolve("root/kernel.json")));
        assertFalse(Files.exists(kernels.resolve("root-java")), "nothing is written when one folder is refused");
    }

    @Test
    void forceReplacesForeignKernelspec() throws IOException {
        writeForeign("root");
        Result r = install("--force");
        assertEquals(0, r.code(), r.err());
        assertEquals("message", kernelJson("root").get("interrupt_mode").asText());
    }

    @Test
    void emptyFolderIsNotForeign() throws IOException {
        Files.createDirectories(kernels.resolve("root"));
        assertEquals(0, install().code());
    }

    @Test
    void symlinkedForeignKernelspecIsUnlinkedNotEmptied() throws IOException {
        Path elsewhere = tmp.resolve("rootsys/etc/notebook/kernels/root");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("kernel.json"), FOREIGN);
        Files.createDirectories(kernels);
        try {
            Files.createSymbolicLink(kernels.resolve("root"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        assertEquals(1, install().code());
        assertEquals(0, install("--force").code());
        assertEquals(FOREIGN, Files.readString(elsewhere.resolve("kernel.json")));
        assertFalse(Files.isSymbolicLink(kernels.resolve("root")));
    }

    @Test
    void uninstallRemovesWhatInstallWrote() {
        assertEquals(0, install().code());
        Result r = uninstall();
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(kernels.resolve("root")));
        assertFalse(Files.exists(kernels.resolve("root-java")));
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("Removed kernelspec")).count(), r.out());
        assertEquals(1, uninstall().code(), "nothing left to remove");
    }

    @Test
    void uninstallByName() {
        assertEquals(0, install().code());
        assertEquals(0, uninstall("--name", "root-java").code());
        assertTrue(Files.exists(kernels.resolve("root")));
        assertFalse(Files.exists(kernels.resolve("root-java")));
        Result r = uninstall("--name", "nope");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no kernelspec nope"), r.err());
    }

    @Test
    void uninstallRefusesForeignKernelspecWithoutForce() throws IOException {
        assertEquals(0, install("--language", "java").code());
        writeForeign("root");
        Result r = uninstall();
        assertEquals(1, r.code());
        assertTrue(r.err().contains(kernels.resolve("root").toString()) && r.err().contains("--force"), r.err());
        assertTrue(Files.exists(kernels.resolve("root/kernel.json")));
        assertTrue(Files.exists(kernels.resolve("root-java/kernel.json")), "nothing is removed when one is refused");
        assertEquals(0, uninstall("--force").code());
        assertFalse(Files.exists(kernels.resolve("root")));
    }

    @Test
    void wrongArgumentsExitWithUsage() {
        for (String[] args : List.of(
                new String[] {"install", "--user", "--prefix", "x"},
                new String[] {"install", "--user", "--sys-prefix"},
                new String[] {"install", "--language", "fortran"},
                new String[] {"install", "--name", "no/slash"},
                new String[] {"install", "--name", ".."},
                new String[] {"install", "--bogus"},
                new String[] {"install", "--prefix"},
                new String[] {"uninstall", "--sys-prefix", "--user"},
                new String[] {"uninstall", "--name", "a b"})) {
            Result r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("Usage:"), r.err());
        }
    }

    @Test
    void notRunningFromAJarSaysHowToBuildOne() {
        System.clearProperty("rootprompt.jar"); // the tests run from target/classes
        Result r = install();
        assertEquals(1, r.code());
        assertTrue(r.err().contains("mvn package"), r.err());
        assertFalse(Files.exists(kernels));
    }

    @Test
    void userDataDirFollowsJupyterCore() {
        String home = "/home/u";
        assertEquals(Path.of("/data"), KernelSpecs.Scope.userDataDir(Map.of("JUPYTER_DATA_DIR", "/data"), "Linux", home));
        assertEquals(Path.of("/env-home/.local/share/jupyter"),
                KernelSpecs.Scope.userDataDir(Map.of("HOME", "/env-home"), "Linux", home));
        assertEquals(Path.of("/home/u/.local/share/jupyter"), KernelSpecs.Scope.userDataDir(Map.of(), "Linux", home));
        assertEquals(Path.of("/xdg/jupyter"),
                KernelSpecs.Scope.userDataDir(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home));
        assertEquals(Path.of("/home/u/Library/Jupyter"), KernelSpecs.Scope.userDataDir(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("/appdata", "jupyter"),
                KernelSpecs.Scope.userDataDir(Map.of("APPDATA", "/appdata"), "Windows 11", home));
    }

    @Test
    void sysPrefixComesFromPython() {
        Path prefix;
        try {
            prefix = KernelSpecs.Scope.sysPrefix();
        } catch (KernelSpecs.Failure e) {
            Assumptions.abort("no Python here: " + e.getMessage());
            return;
        }
        assertTrue(Files.isDirectory(prefix), prefix.toString());
    }

    @Test
    void aCollectorOfTheUsersReplacesTheSerialDefault() {
        List<String> options = KernelSpecs.jvmOptions(List.of("-XX:+UseG1GC"));
        assertTrue(options.contains("-XX:+UseG1GC"));
        assertTrue(!options.contains("-XX:+UseSerialGC"), options.toString());
        assertTrue(KernelSpecs.jvmOptions(List.of()).contains("-XX:+UseSerialGC"));
    }

    @Test
    void aLocalJsrootIsCopiedIntoTheKernelspecAndServedFirst() throws IOException {
        Path jsroot = tmp.resolve("jsroot-pkg");
        Files.createDirectories(jsroot.resolve("build"));
        Files.writeString(jsroot.resolve("build/jsroot.js"), "// JSROOT");
        Files.createDirectories(jsroot.resolve("modules"));
        Files.writeString(jsroot.resolve("modules/main.mjs"), "export {};");
        Result r = install("--name", "rootjs", "--jsroot-dir", jsroot.toString(), "--jsroot-url", "https://example.org/js");
        assertEquals(0, r.code(), r.err());
        Path spec = kernels.resolve("rootjs");
        assertEquals("// JSROOT", Files.readString(spec.resolve("jsroot/build/jsroot.js")));
        assertTrue(Files.exists(spec.resolve("jsroot/modules/main.mjs")));
        JsonNode argv = MAPPER.readTree(spec.resolve("kernel.json").toFile()).get("argv");
        boolean found = false;
        for (JsonNode a : argv) {
            found |= a.asText().equals("-Drootprompt.jsroot=kernelspecs/rootjs/jsroot/,https://example.org/js/");
        }
        assertTrue(found, argv.toString());
    }

    @Test
    void aJsrootDirWithoutABuildIsRefused() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("not-jsroot"));
        Result r = install("--jsroot-dir", empty.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--jsroot-dir must be a JSROOT build with build/jsroot.js"), r.err());
        assertFalse(Files.exists(kernels.resolve("root")), "nothing is written");
    }
}
