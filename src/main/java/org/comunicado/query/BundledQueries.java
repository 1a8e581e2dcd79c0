package org.comunicado.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's SPARQL queries, packaged as classpath resources {@code queries/NAME.rq}, and the
 * rule that turns a command-line argument into query text ({@link #resolve(String)}).
 * Stateless and thread-safe.
 */
public final class BundledQueries {
    /** The classpath folder of the bundled queries. */
    public static final String RESOURCE_DIR = "queries/";

    /** The names of the bundled queries, as listed in help and error messages. */
    public static final List<String> NAMES = List.of(
            "people", "organizations", "countries", "programs", "quotes", "claims", "co-mentions",
            "evidence", "releases-over-time", "entity", "releases", "mentions", "highlights");

    private BundledQueries() {
    }

    /** The bundled names. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The text of a query named by {@code arg}: the path of an existing query file (a name ending in
     * {@code .rq} or {@code .sparql}, or containing a directory separator), else the name of a
     * bundled query ({@code people} or {@code people.rq}).
     *
     * @throws IllegalArgumentException if {@code arg} is neither; the message lists the bundled names
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public static String resolve(String arg) {
        Objects.requireNonNull(arg, "arg");
        Path file = asFile(arg);
        if (file != null) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new UncheckedIOException("Cannot read query file " + file + ": " + ex.getMessage(), ex);
            }
        }
        return bundled(arg).orElseThrow(() -> new IllegalArgumentException(
                "No query file or bundled query '" + arg + "'. Bundled queries: " + String.join(", ", NAMES)));
    }

    /** The text of the bundled query {@code name} ({@code people} or {@code people.rq}), if packaged. */
    public static Optional<String> bundled(String name) {
        String base = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
        if (!base.matches("[A-Za-z0-9][A-Za-z0-9_-]*"))
            return Optional.empty();
        ClassLoader cl = BundledQueries.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(RESOURCE_DIR + base + ".rq")) {
            if (in == null)
                return Optional.empty();
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read bundled query " + base + ": " + ex.getMessage(), ex);
        }
    }

    private static Path asFile(String arg) {
        boolean looksLikePath = arg.endsWith(".rq") || arg.endsWith(".sparql")
                || arg.indexOf('/') >= 0 || arg.indexOf(java.io.File.separatorChar) >= 0;
        if (!looksLikePath)
            return null;
        try {
            Path p = Path.of(arg);
            return Files.isRegularFile(p) ? p : null;
        } catch (InvalidPathException ex) {
            return null;
        }
    }
}
