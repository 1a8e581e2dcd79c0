package org.comunicado.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Expands the command line's INPUT arguments. Each argument is one of:
 * <ul>
 * <li>{@code -}: standard input, read once, its kind sniffed from the bytes;</li>
 * <li>an {@code http://} or {@code https://} URL, fetched when the build reads it (any other
 *     {@code scheme://} is that input's failure);</li>
 * <li>a folder, walked recursively for {@code .txt .html .htm .json .jsonl} files (annotation
 *     files {@code *.gold.json} excepted), in sorted order;</li>
 * <li>an existing file, read whatever its extension;</li>
 * <li>a glob ({@code *.txt}, {@code corpus/**}{@code /*.html}), expanded relative to the working
 *     directory, in sorted order; one that matches nothing is that argument's failure;</li>
 * <li>anything else: a file that will be reported missing when read.</li>
 * </ul>
 * The same file, URL or standard input named twice is one input. The order of the arguments is
 * kept, so the same arguments always give the same build.
 */
public final class Inputs {

    private static final Set<String> EXTENSIONS = Set.of(".txt", ".html", ".htm", ".json", ".jsonl");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final Pattern GLOB = Pattern.compile(".*[*?\\[{].*");

    private Inputs() {
    }

    /** The inputs of {@code args}, relative to the working directory, reading {@code System.in} for {@code -}. */
    public static List<Input> expand(List<String> args) throws IOException {
        return expand(args, Path.of(""), System.in, new UrlFetcher());
    }

    /**
     * The inputs of {@code args}.
     *
     * @param cwd     the directory relative arguments and globs are resolved against
     * @param stdin   read to its end (not closed) if an argument is {@code -}
     * @param fetcher fetches the URL arguments when the build reads them
     * @throws IOException when a folder or glob cannot be walked
     */
    public static List<Input> expand(List<String> args, Path cwd, InputStream stdin, UrlFetcher fetcher) throws IOException {
        Map<String, Input> bySource = new LinkedHashMap<>();
        for (String arg : args) {
            for (Input input : expand(arg, cwd, stdin, fetcher)) {
                bySource.putIfAbsent(input.source(), input);
            }
        }
        return new ArrayList<>(bySource.values());
    }

    private static List<Input> expand(String arg, Path cwd, InputStream stdin, UrlFetcher fetcher) throws IOException {
        if (arg.equals("-")) {
            return List.of(Input.stdin(stdin.readAllBytes()));
        }
        if (SCHEME.matcher(arg).matches()) {
            return List.of(url(arg, fetcher));
        }
        Path path = Path.of(arg);
        Path resolved = cwd.resolve(path);
        if (Files.isDirectory(resolved)) {
            return walk(path, resolved);
        }
        if (!Files.exists(resolved) && GLOB.matcher(arg).matches()) {
            List<Input> matches = glob(arg, cwd);
            return matches.isEmpty()
                    ? List.of(Input.unreadable(arg, "urn:comunicado:glob:" + arg.replace(' ', '+'), "no file matches"))
                    : matches;
        }
        // A missing file is that input's failure, reported with the others, not a reason to stop.
        return List.of(file(path, resolved));
    }

    private static Input url(String arg, UrlFetcher fetcher) {
        URI uri;
        try {
            uri = new URI(arg);
        } catch (URISyntaxException e) {
            return Input.unreadable(arg, "urn:comunicado:bad-url", "not a URL: " + e.getReason());
        }
        if (!UrlFetcher.supports(uri)) {
            return Input.unreadable(arg, uri.toString(), "unsupported URL scheme " + uri.getScheme() + " (only http and https)");
        }
        return Input.url(uri, fetcher);
    }

    private static List<Input> walk(Path shown, Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(Inputs::isReleaseFile).sorted()
                    .map(p -> file(shown.resolve(dir.relativize(p)), p)).toList();
        }
    }

    private static boolean isReleaseFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gold.json")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot));
    }

    /** The files a glob matches; the part before its first wildcard segment is where the walk starts. */
    private static List<Input> glob(String pattern, Path cwd) throws IOException {
        String[] segments = pattern.split("/", -1);
        StringBuilder base = new StringBuilder(pattern.startsWith("/") ? "/" : "");
        int depth = 0;
        boolean wild = false;
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].isEmpty()) {
                continue;
            }
            if (!wild && !GLOB.matcher(segments[i]).matches() && i < segments.length - 1) {
                base.append(segments[i]).append('/');
            } else {
                wild = true;
                depth = segments[i].contains("**") ? Integer.MAX_VALUE : depth == Integer.MAX_VALUE ? depth : depth + 1;
            }
        }
        Path baseRel = Path.of(base.toString());
        Path root = cwd.resolve(baseRel);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> walk = Files.walk(root, Math.max(depth, 1))) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> baseRel.resolve(root.relativize(p)))
                    .filter(matcher::matches)
                    .sorted()
                    .map(rel -> file(rel, cwd.resolve(rel)))
                    .toList();
        }
    }

    /** A file input named as the user wrote it, read from where it really is. */
    private static Input file(Path shown, Path real) {
        Input resolved = Input.file(real);
        return new Input(shown.toString(), resolved.source(), Input.Kind.ofFileName(shown.toString()), resolved.content());
    }
}
