package org.comunicado.model;

import java.text.Normalizer;

/** ASCII slugs for IRIs: accents folded, lower case, {@code -} between words. */
public final class Slugs {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    public static String slug(String s) {
        // ASCII needs no folding: only other letters decompose into a letter and marks.
        String folded = isAscii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder slug = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\'' || c == '’') continue;
            if (c == '&') {
                // As the word "and", with a word break on either side.
                if (!slug.isEmpty()) slug.append('-');
                slug.append("and");
                dash = true;
                continue;
            }
            char lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9') {
                if (dash && !slug.isEmpty()) slug.append('-');
                slug.append(lower);
                dash = false;
            } else {
                dash = true;
            }
        }
        return slug.isEmpty() ? "x" : slug.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** The slug of at most {@code maxWords} leading words of {@code s}. */
    public static String slug(String s, int maxWords) {
        String[] parts = slug(s).split("-");
        return String.join("-", java.util.Arrays.copyOf(parts, Math.min(maxWords, parts.length)));
    }
}
