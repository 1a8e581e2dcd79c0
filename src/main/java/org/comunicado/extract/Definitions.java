package org.comunicado.extract;

import java.util.ArrayList;
import java.util.List;
import org.comunicado.ingest.Span;

/**
 * Finds the places where a release defines a short form: "Long Name (ACRONYM)", "ACRONYM (Long
 * Name)", and "Name (Translation)" ("Sembrando Vida (Sowing Life)"). Stateless.
 */
public final class Definitions {

    /**
     * @param longName  the full name
     * @param shortForm the acronym, or the translation when {@code acronym} is false
     * @param acronym   whether the short form is an acronym rather than another-language name
     */
    public record Definition(Span longName, Span shortForm, boolean acronym) {
        public Span whole() {
            return new Span(Math.min(longName.begin(), shortForm.begin()), Math.max(longName.end(), shortForm.end()));
        }
    }

    private Definitions() {
    }

    public static List<Definition> find(String text, List<Block> blocks) {
        List<Definition> out = new ArrayList<>();
        for (Block b : blocks) {
            Span block = b.span();
            // Every definition has a bracket: the many blocks without one are passed over in one search.
            int firstOpen = text.indexOf('(', block.begin());
            if (firstOpen < 0 || firstOpen >= block.end()) continue;
            List<List<Words.Token>> phrases = b.phrases();
            for (int p = 0; p < phrases.size(); p++) {
                List<Words.Token> before = phrases.get(p);
                int open = skipSpaces(text, before.get(before.size() - 1).end(), block.end());
                if (open >= block.end() || text.charAt(open) != '(') continue;
                int close = text.indexOf(')', open);
                if (close < 0 || close > block.end() || close - open > 160) continue;
                Span inner = firstPart(text, open + 1, close);
                if (inner == null) continue;
                // Nothing but a blank, a comma or the bracket follows the first part: its tokens are the block's.
                List<Words.Token> innerTokens = Phrases.trimLeading(b.tokensWithin(inner));
                if (innerTokens.isEmpty()) continue;
                List<Words.Token> name = Phrases.trimLeading(before);
                if (name.isEmpty()) continue;
                String innerText = inner.of(text);
                boolean innerIsShort = innerTokens.size() == 1 && (Words.isAcronym(innerText) || Words.isShortName(innerText));
                // "… of the OPAF (Pacific Ocean Fisheries Office)": the acronym is the phrase's last word.
                Words.Token last = name.get(name.size() - 1);
                boolean nameIsShort = Words.isAcronym(last.text());
                if (innerIsShort && capitalCount(name) >= 2) {
                    out.add(new Definition(Phrases.span(matchInitials(name, innerText)), inner, true));
                } else if (nameIsShort && capitalCount(innerTokens) >= 2 && allCapitalisedOrConnector(innerTokens)) {
                    out.add(new Definition(Phrases.span(innerTokens), last.span(), true));
                } else if (capitalCount(name) >= 2 && capitalCount(innerTokens) >= 2 && allCapitalisedOrConnector(innerTokens)) {
                    out.add(new Definition(Phrases.span(name), Phrases.span(innerTokens), false));
                }
            }
        }
        return out;
    }

    /** "GFS, por sus siglas en inglés" → "GFS". */
    static Span firstPart(String text, int from, int to) {
        int end = from;
        while (end < to && text.charAt(end) != ',' && text.charAt(end) != ';') end++;
        int b = skipSpaces(text, from, end);
        int e = end;
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e > b ? new Span(b, e) : null;
    }

    /** When a suffix of the phrase spells the acronym, the words before it are not part of the name. */
    private static List<Words.Token> matchInitials(List<Words.Token> name, String acronym) {
        StringBuilder capitals = new StringBuilder(acronym.length());
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if (c >= 'A' && c <= 'Z') capitals.append(c);
        }
        String letters = capitals.toString();
        for (int i = 0; i < name.size(); i++) {
            if (name.get(i).capitalized() && initialsSpell(name.subList(i, name.size()), letters)) return name.subList(i, name.size());
        }
        return name;
    }

    /** Whether the first letters of the capitalised words spell {@code letters}, read in place. */
    private static boolean initialsSpell(List<Words.Token> words, String letters) {
        int matched = 0;
        for (Words.Token t : words) {
            if (!t.capitalized()) continue;
            if (matched == letters.length() || t.first() != letters.charAt(matched)) return false;
            matched++;
        }
        return matched == letters.length();
    }

    private static boolean allCapitalisedOrConnector(List<Words.Token> tokens) {
        for (Words.Token t : tokens) {
            if (!t.capitalized() && !Words.CONNECTORS.contains(t.text())) return false;
        }
        return true;
    }

    private static long capitalCount(List<Words.Token> tokens) {
        long capitals = 0;
        for (Words.Token t : tokens) if (t.capitalized()) capitals++;
        return capitals;
    }

    private static int skipSpaces(String text, int from, int to) {
        while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\u00a0')) from++;
        return from;
    }
}
