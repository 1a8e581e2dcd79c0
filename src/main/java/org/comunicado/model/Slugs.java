package org.comunicado.model;

import java.text.Normalizer;
import java.util.Locale;

/** ASCII slugs for IRIs: accents folded, lower case, {@code -} between words. */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        folded = folded.replace("&", " and ").replace("'", "").replace("’", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** The slug of at most {@code maxWords} leading words of {@code s}. */
    public static String slug(String s, int maxWords) {
        String[] parts = slug(s).split("-");
        return String.join("-", java.util.Arrays.copyOf(parts, Math.min(maxWords, parts.length)));
    }
}
