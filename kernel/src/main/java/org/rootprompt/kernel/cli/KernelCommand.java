package org.rootprompt.kernel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rootprompt.kernel.Log;
import org.rootprompt.kernel.engine.Session;
import org.rootprompt.kernel.protocol.Kernel;
import org.rootprompt.kernel.wire.ConnectionInfo;
import org.rootprompt.kernel.wire.KernelSockets;
import org.rootprompt.kernel.wire.MessageCodec;
import org.rootprompt.kernel.wire.Signer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rootprompt kernel -f CONNECTION_FILE}: what kernel.json runs. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Run the kernel for a Jupyter client (kernel.json calls this).")
final class KernelCommand implements Callable<Integer> {
    @Option(names = {"-f", "--connection-file"}, required = true, paramLabel = "FILE",
            description = "The connection file written by the Jupyter client.")
    Path connectionFile;

    @Option(names = "--language", defaultValue = "cpp", paramLabel = "cpp|java",
            description = "Default language of cells (default: ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws Exception {
        if (!language.equals("cpp") && !language.equals("java")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--language must be cpp or java, not '" + language + "'");
        }
        ConnectionInfo info = ConnectionInfo.read(connectionFile);
        ObjectMapper mapper = new ObjectMapper();
        MessageCodec codec = new MessageCodec(mapper, new Signer(info.key()));
        try (KernelSockets sockets = new KernelSockets(info, codec)) {
            // the engine warms up in the background while the client connects
            Session session = new Session(language, Main.version());
            Kernel kernel = new Kernel(sockets, mapper, session, connectionFile.getFileName().toString()
                    .replaceAll("^kernel-|\\.json$", ""));
            System.setOut(kernel.stdout());
            System.setErr(kernel.stderr());
            System.setIn(session.stdin());
            Log.debug("kernel ready on " + info.endpoint(info.shellPort()));
            kernel.run();
        }
        Runtime.getRuntime().halt(0);
        return 0;
    }
}
