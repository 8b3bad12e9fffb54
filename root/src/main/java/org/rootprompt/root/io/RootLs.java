package org.rootprompt.root.io;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.rootprompt.root.core.TObject;

/**
 * ROOT's {@code rootls} (cmdLineUtils.rootLs): lists the keys of ROOT files, {@code FILE} or
 * {@code FILE:path/in/file} with shell wildcards in the path. Plain: names in columns as {@code ls}
 * prints them to a pipe; {@code -1} one per line; {@code -l} long listing (class, date, name;cycle,
 * "title", [current/backup cycle]); {@code -t} the long listing with the contents of trees, which we
 * do not have yet, so it is the long listing. Not ROOT API: what bin/rootls runs.
 */
public final class RootLs {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final PrintStream out;
    private final PrintStream err;
    private final boolean oneColumn;
    private final boolean longListing;
    private final int width;

    private RootLs(PrintStream out, PrintStream err, boolean oneColumn, boolean longListing, int width) {
        this.out = out;
        this.err = err;
        this.oneColumn = oneColumn;
        this.longListing = longListing;
        this.width = width;
    }

    /**
     * Lists each source (sorted by file name, ignoring case, as rootls does) and returns the exit
     * code: 0, or the number of files and paths that could not be listed. width is the terminal's.
     */
    public static int run(List<String> sources, boolean oneColumn, boolean longListing, boolean treeListing,
            int width, PrintStream out, PrintStream err) {
        RootLs ls = new RootLs(out, err, oneColumn, longListing || treeListing, width);
        List<String> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparing(s -> fileOf(s).toLowerCase()));
        int failures = 0;
        for (String source : sorted) {
            failures += ls.listFile(source, sorted.size() > 1);
        }
        return failures;
    }

    private static String fileOf(String source) {
        int colon = source.lastIndexOf(':');
        return colon > 0 && source.substring(0, colon).endsWith(".root") ? source.substring(0, colon) : source;
    }

    private int listFile(String source, boolean manySources) {
        String fileName = fileOf(source);
        String pattern = fileName.length() < source.length() ? source.substring(fileName.length() + 1) : "";
        int indent = manySources ? 2 : 0;
        // the library's messages (a bad file) go to err, like rootls's own
        PrintStream savedErr = System.err;
        TFile file;
        System.setErr(err);
        try {
            file = TFile.Open(fileName);
        } finally {
            System.setErr(savedErr);
        }
        if (file == null) {
            return 1;
        }
        try {
            List<String> paths = matching(file, pattern);
            if (paths.isEmpty()) {
                err.printf("WARNING:root:can't find %s in %s%n", pattern, fileName);
                return 1;
            }
            List<TKey> keys = new ArrayList<>();
            List<String> dirs = new ArrayList<>();
            for (String path : paths) {
                TDirectoryFile dir = path.isEmpty() ? file : file.GetDirectory(path);
                if (dir != null) {
                    dirs.add(path);
                } else {
                    keys.add(keyAt(file, path));
                }
            }
            if (manySources) {
                out.println(fileName + " :");
            }
            print(sorted(keys), indent);
            boolean manyPaths = paths.size() > 1;
            for (String path : dirs) {
                if (manyPaths) {
                    out.println(" ".repeat(indent) + path + " :");
                }
                print(sorted(keysOf(file.GetDirectory(path))), indent + (manyPaths ? 2 : 0));
            }
            return 0;
        } finally {
            file.Close();
        }
    }

    /** The paths in the file that match a pattern of shell wildcards, one piece per directory level. */
    private static List<String> matching(TFile file, String pattern) {
        List<String> paths = new ArrayList<>(List.of(""));
        for (String piece : pattern.split("/")) {
            if (piece.isEmpty()) {
                continue;
            }
            Pattern glob = Pattern.compile(piece.replace(".", "\\.").replace("?", ".").replace("*", ".*"));
            List<String> next = new ArrayList<>();
            for (String path : paths) {
                TDirectoryFile dir = path.isEmpty() ? file : file.GetDirectory(path);
                if (dir == null) {
                    continue;
                }
                for (TKey key : keysOf(dir)) {
                    String candidate = path.isEmpty() ? key.GetName() : path + "/" + key.GetName();
                    if (glob.matcher(key.GetName()).matches() && !next.contains(candidate)) {
                        next.add(candidate);
                    }
                }
            }
            paths = next;
        }
        return paths;
    }

    private static TKey keyAt(TFile file, String path) {
        int slash = path.lastIndexOf('/');
        TDirectoryFile dir = slash < 0 ? file : file.GetDirectory(path.substring(0, slash));
        return dir.GetKey(path.substring(slash + 1));
    }

    private static List<TKey> keysOf(TDirectoryFile dir) {
        List<TKey> keys = new ArrayList<>();
        for (TObject o : dir.GetListOfKeys()) {
            keys.add((TKey) o);
        }
        return keys;
    }

    /** By name ignoring case, as rootls sorts; the newest cycle first, as ROOT keeps its keys. */
    private static List<TKey> sorted(List<TKey> keys) {
        keys.sort(Comparator.comparing((TKey k) -> k.GetName().toLowerCase())
                .thenComparing(Comparator.comparingInt((TKey k) -> k.GetCycle()).reversed()));
        return keys;
    }

    private void print(List<TKey> keys, int indent) {
        if (keys.isEmpty()) {
            return;
        }
        if (longListing) {
            printLong(keys, indent);
        } else {
            printColumns(keys, indent);
        }
    }

    /** rootls's simple listing: as many columns as fit, each as wide as its longest name + 2. */
    private void printColumns(List<TKey> keys, int indent) {
        int room = width - indent;
        int shortest = keys.stream().mapToInt(k -> k.GetName().length()).min().orElse(0) + 2;
        int longest = keys.stream().mapToInt(k -> k.GetName().length()).max().orElse(0) + 2;
        int ncol = 1;
        int[] widths = {1};
        if (longest < room) {
            ncol = oneColumn ? 1 : Math.min(keys.size(), room / shortest);
            while (true) {
                widths = new int[ncol];
                for (int j = 0; j < keys.size(); j++) {
                    widths[j % ncol] = Math.max(widths[j % ncol], keys.get(j).GetName().length() + 2);
                }
                if (java.util.Arrays.stream(widths).sum() <= room || ncol == 1) {
                    break;
                }
                ncol--;
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i % ncol == 0) {
                line.append(" ".repeat(indent));
            }
            String name = keys.get(i).GetName();
            if ((i + 1) % ncol != 0 && i != keys.size() - 1) {
                line.append(String.format("%-" + widths[i % ncol] + "s", name));
            } else {
                line.append(name).append('\n');
            }
        }
        out.print(line);
    }

    /** rootls -l: class, date, name;cycle and "title" in columns, then which cycle it is. */
    private void printLong(List<TKey> keys, int indent) {
        int classWidth = keys.stream().mapToInt(k -> k.GetClassName().length()).max().orElse(0) + 2;
        int nameWidth = keys.stream().mapToInt(k -> k.GetName().length()).max().orElse(0) + 2;
        for (int i = 0; i < keys.size(); i++) {
            TKey key = keys.get(i);
            boolean sameAsPrevious = i > 0 && keys.get(i - 1).GetName().equals(key.GetName());
            boolean sameAsNext = i + 1 < keys.size() && keys.get(i + 1).GetName().equals(key.GetName());
            String cycle = sameAsPrevious ? "[backup cycle]" : sameAsNext ? "[current cycle]" : "";
            out.println(" ".repeat(indent) + String.format("%-" + classWidth + "s%-14s%-" + nameWidth + "s \"%s\" %s",
                    key.GetClassName(), date(key.datime()), key.GetName() + ";" + key.GetCycle(), key.GetTitle(),
                    cycle));
        }
    }

    /** A TDatime as rootls prints it: {@code Jun 30 23:59 2018 }. */
    private static String date(int datime) {
        return String.format("%s %02d %02d:%02d %d ", MONTHS[(datime >>> 22 & 0xF) - 1], datime >>> 17 & 0x1F,
                datime >>> 12 & 0x1F, datime >>> 6 & 0x3F, (datime >>> 26) + 1995);
    }

    /** bin/rootls without the kernel's CLI: {@code java ... RootLs [-1] [-l] [-t] FILE[:PATH]...}. */
    public static void main(String[] args) {
        List<String> sources = new ArrayList<>();
        boolean one = false;
        boolean lng = false;
        boolean tree = false;
        for (String a : args) {
            switch (a) {
                case "-1" -> one = true;
                case "-l" -> lng = true;
                case "-t" -> tree = true;
                default -> sources.add(a);
            }
        }
        System.exit(run(sources, one, lng, tree, terminalWidth(), System.out, System.err));
    }

    /** $COLUMNS, else 80, as rootls falls back to when its output is not a terminal. */
    public static int terminalWidth() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
