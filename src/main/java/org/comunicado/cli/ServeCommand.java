package org.comunicado.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.comunicado.store.ComunicadoServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dataset read-only over SPARQL with an embedded Fuseki, until interrupted.",
                "Endpoints: /comunicado/sparql, /comunicado/query, /comunicado/get."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = ComunicadoServer.DEFAULT_HOST, description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        var layout = data.layout();
        ComunicadoServer server = ComunicadoServer.start(layout.fusekiConfig(), host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(stopped::countDown);
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getOut().println("serving " + layout.dir() + " at " + server.serviceUri() + " (sparql, query, get); Ctrl-C stops");
        spec.commandLine().getOut().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Interrupted by whoever started us in-process (a test, an embedding program): stop cleanly.
            Runtime.getRuntime().removeShutdownHook(hook);
        } finally {
            server.stop();
        }
        return ExitCodes.OK;
    }
}
