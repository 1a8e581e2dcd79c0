package org.comunicado.model;

import java.text.Normalizer;
import java.util.Locale;

/** ASCII slugs for IRIs: accents folded, lower case, {@code -} between words. */
public final class Slugs {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    public static String slug(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        folded = folded.replace("&", " and ").replace("'", "").replace("’", "");
        String slug = EDGE_DASHES.matcher(NOT_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "x" : slug;
    }

    /** The slug of at most {@code maxWords} leading words of {@code s}. */
    public static String slug(String s, int maxWords) {
        String[] parts = slug(s).split("-");
        return String.join("-", java.util.Arrays.copyOf(parts, Math.min(maxWords, parts.length)));
    }
}
