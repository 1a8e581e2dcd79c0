package org.comunicado.build;

import java.time.Duration;
import java.util.List;

/**
 * What a build did: counts of what it found, the inputs that failed (one line each, naming the
 * input and the reason), and how long it took.
 */
public record BuildReport(
        int releases,
        int duplicates,
        int persons,
        int organizations,
        int countries,
        int programs,
        int quotations,
        int claims,
        int quantities,
        long triples,
        List<String> failures,
        Duration time) {

    public BuildReport {
        failures = List.copyOf(failures);
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "releases: %d%s%npersons: %d%norganizations: %d%ncountries: %d%nprogrammes: %d%nquotes: %d%nclaims: %d (quantities: %d)%ntriples: %d%nfailed: %d%ntime: %.2f s",
                releases, duplicates > 0 ? " (" + duplicates + " duplicate inputs skipped)" : "", persons, organizations,
                countries, programs, quotations, claims, quantities, triples, failures.size(), time.toMillis() / 1000.0);
    }
}
