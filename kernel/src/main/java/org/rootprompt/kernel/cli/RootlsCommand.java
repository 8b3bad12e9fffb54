package org.rootprompt.kernel.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.rootprompt.root.io.RootLs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rootprompt rootls} (and bin/rootls): ROOT's rootls, listing the keys of ROOT files. */
@Command(name = "rootls", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the contents of ROOT files, as ROOT's rootls.",
                "FILE or FILE:PATH (shell wildcards allowed in PATH)."})
final class RootlsCommand implements Callable<Integer> {
    @Option(names = "-1", description = "One name per line.")
    boolean oneColumn;

    @Option(names = "-l", description = "Long listing: class, date, name;cycle, title.")
    boolean longListing;

    @Option(names = "-t", description = "Tree listing (the long listing; trees are not supported yet).")
    boolean treeListing;

    @Parameters(arity = "1..*", paramLabel = "FILE[:PATH]")
    List<String> sources;

    @Override
    public Integer call() {
        return Math.min(RootLs.run(sources, oneColumn, longListing, treeListing, RootLs.terminalWidth(), System.out,
                System.err), 1);
    }
}
