package org.comunicado.store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Jena Fuseki server started from a Comunicado {@code fuseki.ttl} (see
 * {@link FusekiConfig}). Start with {@link #start(Path, String, int)}; port 0 picks a free port,
 * reported by {@link #port()}. {@link #stop()} (or {@link #close()}) stops the server and releases
 * the TDB2 databases it opened, so the directory can be rebuilt in the same JVM afterwards.
 * Thread-safe for {@link #port()} and {@link #stop()}.
 */
public final class ComunicadoServer implements AutoCloseable {
    /** The default interface to bind: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    private final FusekiServer server;
    private final String host;
    private final List<DatasetGraph> datasets;
    private boolean stopped;

    private ComunicadoServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
        // Captured now: the registry is gone once the server has stopped.
        this.datasets = server.getDataAccessPointRegistry().accessPoints().stream()
                .map(dap -> dap.getDataService().getDataset()).toList();
    }

    /** Starts serving {@code layout.fusekiConfig()} on {@link #DEFAULT_HOST}. */
    public static ComunicadoServer start(DatasetLayout layout, int port) {
        return start(layout.fusekiConfig(), DEFAULT_HOST, port);
    }

    /**
     * Starts a server from the Fuseki configuration file {@code configFile}, bound to {@code host}
     * (an address or name; null means {@link #DEFAULT_HOST}) and {@code port} (0 = any free port).
     *
     * @throws IllegalArgumentException if the configuration file does not exist
     */
    public static ComunicadoServer start(Path configFile, String host, int port) {
        Objects.requireNonNull(configFile, "configFile");
        if (!Files.isRegularFile(configFile))
            throw new IllegalArgumentException("No Fuseki configuration file " + configFile);
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("Port must be 0..65535: " + port);
        String bindHost = host == null ? DEFAULT_HOST : host;
        FusekiServer server = FusekiServer.create()
                .parseConfigFile(configFile.toAbsolutePath())
                .port(port)
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc)
                sc.setHost(bindHost);
        }
        server.start();
        return new ComunicadoServer(server, bindHost);
    }

    /** The bound HTTP port. */
    public int port() {
        return server.getHttpPort();
    }

    /** The bound host. */
    public String host() {
        return host;
    }

    /** The URL of the service, e.g. {@code http://127.0.0.1:3030/comunicado}. */
    public URI serviceUri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/" + FusekiConfig.SERVICE);
    }

    /** Stops the server and releases its TDB2 databases. Idempotent. */
    public synchronized void stop() {
        if (stopped)
            return;
        stopped = true;
        try {
            server.stop();
        } finally {
            for (DatasetGraph served : datasets) {
                DatasetGraph dsg = served;
                while (!(dsg instanceof DatasetGraphSwitchable) && dsg instanceof DatasetGraphWrapper w)
                    dsg = w.getWrapped();
                if (dsg instanceof DatasetGraphSwitchable tdb)
                    TDBInternal.expel(tdb);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
