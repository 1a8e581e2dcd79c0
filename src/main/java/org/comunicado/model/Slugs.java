package org.comunicado.model;

import java.text.Normalizer;

/** ASCII slugs for IRIs: accents folded, lower case, {@code -} between words. */
public final class Slugs {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    public static String slug(String s) {
        // ASCII needs no folding: only other letters decompose into a letter and marks. Nor does
        // Latin-1's upper half, whose letters are folded here one by one.
        boolean table = isAsciiOrLatin1Letters(s);
        String folded = table ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder slug = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = table ? foldLatin1(folded.charAt(i)) : folded.charAt(i);
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

    /**
     * U+00C0 to U+00FF as NFKD leaves them once their marks are dropped: an accented letter is
     * its ASCII letter, and the others (Æ, Ð, ×, Ø, Þ, ß and their lower cases) have no
     * decomposition and stay as they are.
     */
    private static final String LATIN1_LETTERS_FOLDED = "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞß"
            + "aaaaaaæceeeeiiiiðnooooo÷øuuuuyþy";

    /** Whether every character is ASCII or in Latin-1's upper half, U+00C0 to U+00FF: most names are. */
    private static boolean isAsciiOrLatin1Letters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0xC0 || c > 0xFF)) return false;
        }
        return true;
    }

    /** {@code c}, ASCII or in U+00C0 to U+00FF, as NFKD gives it without marks. */
    private static char foldLatin1(char c) {
        return c < 0xC0 ? c : LATIN1_LETTERS_FOLDED.charAt(c - 0xC0);
    }

    /** The slug of at most {@code maxWords} leading words of {@code s}. */
    public static String slug(String s, int maxWords) {
        String[] parts = slug(s).split("-");
        return String.join("-", java.util.Arrays.copyOf(parts, Math.min(maxWords, parts.length)));
    }
}
