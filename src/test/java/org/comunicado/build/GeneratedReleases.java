package org.comunicado.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Small releases written for the build tests from one template (not corpus text): release
 * {@code n} has its own date and number, so its own slug and named graph.
 */
public final class GeneratedReleases {
    private static final String[] COUNTRIES = {"Colombia", "Chile", "Canada", "Guatemala", "Spain", "Japan", "Brazil", "Peru"};

    private GeneratedReleases() {
    }

    /** The text of release {@code n}; {@code extra} is appended as a last paragraph (a change). */
    public static String text(int n, String extra) {
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(n % 360);
        String country = COUNTRIES[n % COUNTRIES.length];
        String ddmmyyyy = String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        return """
                Ministry of Foreign Affairs of the United Mexican States

                %s | Press release

                Mexico and %s strengthen cooperation

                Press Release %d

                Secretaría de Relaciones Exteriores | %s | Press Release

                Mexico and %s strengthen cooperation

                Today, Foreign Secretary Alicia Bárcena met her counterpart from %s in Mexico City. \
                "We will work together on trade and culture," she said.

                Trade between both countries grew by %d%% compared to last year, reaching more than %d million dollars.
                %s
                """.formatted(ddmmyyyy, country, 1000 + n, date.format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH)),
                country, country, 5 + n % 40, 100 + n, extra);
    }

    /** Writes releases {@code 0..count-1} as {@code dir/release-NNNN.txt}; returns the paths. */
    public static List<Path> write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int n = 0; n < count; n++)
            out.add(write(dir, n, ""));
        return out;
    }

    /** Writes release {@code n} (with {@code extra}) as {@code dir/release-NNNN.txt}. */
    public static Path write(Path dir, int n, String extra) throws IOException {
        return Files.writeString(dir.resolve(String.format("release-%04d.txt", n)), text(n, extra));
    }
}
