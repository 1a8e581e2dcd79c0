package org.comunicado.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.comunicado.ingest.Span;

/**
 * Capitalised phrases: maximal runs of capitalised words, joined by spaces and by the lower-case
 * connectors of proper names, that start and end with a capitalised word. They are the raw
 * material of the organisation, programme and person rules. Stateless.
 */
public final class Phrases {

    /** Capitalised words that open a sentence or a clause without being part of a name. */
    static final Set<String> LEADING_NOISE = Set.of(
            "the", "a", "an", "at", "on", "in", "during", "regarding", "following", "through", "with", "by", "for",
            "from", "to", "as", "since", "after", "before", "under", "lastly", "also", "this", "these", "that",
            "it", "its", "their", "our", "we", "he", "she", "they", "and", "but", "of", "el", "la", "los", "las",
            "en", "con", "por", "para", "del", "de", "desde", "ante", "tras", "durante", "según", "asimismo", "al",
            "además", "también", "un", "una", "este", "esta", "notable", "among", "both", "all", "each",
            "former", "new", "today", "yesterday", "according", "concerning", "despite", "given",
            "thanks", "due", "within", "without", "between", "against", "about", "across", "around",
            "because", "besides", "beyond", "via", "per", "upon", "while", "when", "where", "although", "though",
            "if", "once", "unlike", "like", "including", "next", "prior", "ahead", "alongside", "amid", "toward",
            "towards", "meanwhile", "moreover", "furthermore", "however", "therefore", "thus", "additionally",
            "finally", "first", "likewise", "similarly", "nevertheless", "accordingly", "sobre", "mediante", "entre",
            "hacia", "hasta", "sin", "bajo", "conforme", "pese", "respecto", "luego", "posteriormente",
            "finalmente", "igualmente", "cuando", "donde", "aunque", "si", "como", "dicha", "dicho", "dichos",
            "dichas", "esa", "ese", "estos", "estas", "su", "sus", "nuestro", "nuestra", "his", "her", "my",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some",
            "various", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "varios",
            "varias", "algunos", "algunas", "ambos", "ambas");

    /** {@link #LEADING_NOISE}, asked of the first word of every phrase: most are not lower-cased to be turned away. */
    private static final Lexicon NOISE = Lexicon.of(LEADING_NOISE);

    /** {@link Words#CONNECTORS}, asked of the lower-case word after each capitalised one. */
    private static final Lexicon CONNECTORS = Lexicon.of(Words.CONNECTORS);

    private Phrases() {
    }

    /** The capitalised phrases of a block, from its {@code tokens} ({@link Words#tokens}), in order. */
    static List<List<Words.Token>> capitalized(String text, Words.TokenList tokens) {
        // Each phrase is a view of the immutable tokens, not a copy of its own.
        List<List<Words.Token>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalized()) {
                i++;
                continue;
            }
            int j = i + 1;
            int lastCap = i;
            while (j < tokens.size() && Words.adjacent(text, tokens.get(j - 1), tokens.get(j))) {
                Words.Token t = tokens.get(j);
                if (t.capitalized()) {
                    lastCap = j;
                } else if (!CONNECTORS.contains(t)) {
                    break;
                }
                j++;
            }
            out.add(tokens.subList(i, lastCap + 1));
            i = lastCap + 1;
        }
        return out;
    }

    /** Drops sentence-opening function words ("The", "During", "En") from the front of a phrase. */
    public static List<Words.Token> trimLeading(List<Words.Token> phrase) {
        int i = 0;
        while (i < phrase.size() && (!phrase.get(i).capitalized() || NOISE.containsLowerCased(phrase.get(i)))) i++;
        return phrase.subList(i, phrase.size());
    }

    public static Span span(List<Words.Token> phrase) {
        return new Span(phrase.get(0).begin(), phrase.get(phrase.size() - 1).end());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
