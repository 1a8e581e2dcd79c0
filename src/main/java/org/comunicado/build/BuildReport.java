package org.comunicado.build;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a build did and what the dataset holds afterwards. {@code releases} and the entity, quote,
 * claim and triple counts describe the whole dataset after the build (the counts of
 * {@code stats}); {@code added}, {@code changed}, {@code unchanged}, {@code removed} and the
 * failures describe this build. {@code notInInputs} counts releases kept although their input was
 * not given (without {@code --prune}). {@code note} is empty or one sentence about how the build
 * went (e.g. why an update became a full rebuild).
 */
public record BuildReport(
        long releases,
        int added,
        int changed,
        int unchanged,
        int removed,
        int notInInputs,
        int duplicates,
        long persons,
        long organizations,
        long countries,
        long programs,
        long quotations,
        long claims,
        long quantities,
        long triples,
        List<String> failures,
        String note,
        Duration time) {

    public BuildReport {
        failures = List.copyOf(failures);
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "releases: %d (added %d, changed %d, unchanged %d, removed %d, failed %d)%n",
                releases, added, changed, unchanged, removed, failures.size()));
        if (notInInputs > 0)
            sb.append(String.format(Locale.ROOT, "not in inputs: %d (kept; --prune drops them)%n", notInInputs));
        if (duplicates > 0)
            sb.append(String.format(Locale.ROOT, "duplicate inputs skipped: %d%n", duplicates));
        sb.append(String.format(Locale.ROOT,
                "persons: %d%norganizations: %d%ncountries: %d%nprogrammes: %d%nquotes: %d%nclaims: %d (quantities: %d)%ntriples: %d%nfailed: %d%n",
                persons, organizations, countries, programs, quotations, claims, quantities, triples, failures.size()));
        if (!note.isEmpty())
            sb.append("note: ").append(note).append(String.format("%n"));
        sb.append(String.format(Locale.ROOT, "time: %.2f s", time.toMillis() / 1000.0));
        return sb.toString();
    }
}
