package org.comunicado.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds what a number counts: the plural noun that follows it ("15,000 pre-Hispanic pieces",
 * "siete activistas mexicanos"), and names it as a unit. English puts modifiers before the head
 * noun, Spanish mostly after it; both are read without a tagger, by word shape and small
 * closed-class lists. Immutable; thread-safe.
 */
final class CountedNouns {

    /**
     * A counted noun phrase. {@code headEnd} ends the head noun (where the quantity's span ends);
     * {@code descriptionBegin}/{@code descriptionEnd} delimit the noun phrase with its modifiers
     * and a short "of"/"for"/"de" complement; {@code unit} is the normalised unit.
     */
    record Phrase(int headEnd, int descriptionBegin, int descriptionEnd, String unit) {
    }

    /**
     * A word after blanks, as {@code \G[ \t]+([\p{L}][\p{L}'’\-]*)} (no-break spaces among the
     * blanks) matches it, read without the pattern: {@code [begin, end)} is the word, {@code text}
     * its characters.
     */
    record Word(int begin, int end, String text) {

        /** The word right after the blanks at {@code from}, ending by {@code limit}, or null. */
        static Word after(String source, int from, int limit) {
            int i = from;
            while (i < limit && isBlank(source.charAt(i))) i++;
            if (i == from || i == limit) return null;
            int first = source.codePointAt(i);
            int end = i + Character.charCount(first);
            if (end > limit || !Character.isLetter(first)) return null;
            while (end < limit) {
                int c = source.codePointAt(end);
                if (end + Character.charCount(c) > limit || !Character.isLetter(c) && c != '\'' && c != '’' && c != '-') break;
                end += Character.charCount(c);
            }
            return new Word(i, end, source.substring(i, end));
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t' || c == '\u00a0';
        }
    }

    private static final Set<String> EN_COMPLEMENTS = Set.of("of", "for");
    private static final Set<String> ES_COMPLEMENTS = Set.of("de", "del");

    /** Closed-class and auxiliary words: a noun phrase never runs through one. */
    private static final Set<String> EN_STOP = Set.of(
            "the", "a", "an", "of", "for", "in", "on", "at", "to", "from", "by", "with", "and", "or", "but",
            "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "their", "his", "her",
            "our", "my", "your", "have", "has", "had", "was", "were", "is", "are", "be", "been", "being", "will",
            "would", "can", "could", "may", "might", "shall", "should", "must", "do", "does", "did", "not", "as",
            "than", "per", "into", "over", "under", "during", "since", "until", "through", "between", "among",
            "about", "around", "after", "before", "more", "less", "so", "such", "there", "here", "each", "all",
            "also", "only", "just", "up", "down", "out", "off", "if", "when", "while", "where", "thus", "plus",
            "across", "various", "previous", "numerous", "always", "perhaps", "unless", "whereas", "besides",
            "towards", "afterwards", "yes", "ago", "later", "earlier", "compared", "according", "including");

    private static final Set<String> ES_STOP = Set.of(
            "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "en", "a", "al", "por", "para",
            "con", "sin", "sobre", "entre", "desde", "hasta", "hacia", "y", "e", "o", "u", "ni", "que", "quien",
            "quienes", "cual", "cuales", "cuyo", "cuyos", "su", "sus", "se", "lo", "le", "les", "es", "son", "fue",
            "fueron", "ha", "han", "había", "habían", "más", "menos", "muy", "tras", "ante", "según", "como",
            "pues", "además", "antes", "después", "mientras", "entonces", "tres", "seis", "dos",
            "así", "sí", "no", "ya", "aún", "también", "durante", "respecto", "frente", "contra", "mediante");

    /** Prenominal Spanish adjectives that may stand between a number and its noun ("tres nuevos centros"). */
    private static final Set<String> ES_PRENOMINAL = Set.of(
            "nuevos", "nuevas", "principales", "distintos", "distintas", "diferentes", "diversos", "diversas",
            "grandes", "pequeños", "pequeñas", "últimos", "últimas", "primeros", "primeras", "mil");

    /** Nouns that count human beings; they all become the unit "people". */
    private static final Set<String> PEOPLE = Set.of(
            "people", "persons", "individuals", "mexicans", "migrants", "immigrants", "emigrants", "nationals",
            "citizens", "compatriots", "refugees", "asylum-seekers", "residents", "inhabitants", "activists",
            "victims", "children", "adults", "minors", "men", "women", "girls", "boys", "youths",
            "personas", "mexicanos", "mexicanas", "connacionales", "migrantes", "inmigrantes", "emigrantes",
            "ciudadanos", "ciudadanas", "nacionales", "compatriotas", "refugiados", "refugiadas", "habitantes",
            "activistas", "víctimas", "niños", "niñas", "adultos", "menores", "mujeres", "hombres", "jóvenes",
            "paisanos");

    /** Nouns whose plural does not end in s. */
    private static final Set<String> EN_IRREGULAR = Set.of(
            "people", "children", "men", "women", "personnel", "staff", "cattle", "police", "data", "media",
            "criteria", "feet", "teeth");

    /** Common Spanish counted nouns, named in English so units agree across languages. */
    private static final Map<String, String> ES_TO_EN = Map.ofEntries(
            Map.entry("países", "countries"), Map.entry("naciones", "countries"),
            Map.entry("consulados", "consulates"), Map.entry("embajadas", "embassies"),
            Map.entry("eventos", "events"), Map.entry("embarcaciones", "vessels"), Map.entry("barcos", "vessels"),
            Map.entry("descargas", "downloads"), Map.entry("vacunas", "vaccines"), Map.entry("dosis", "doses"),
            Map.entry("estados", "states"), Map.entry("días", "days"), Map.entry("semanas", "weeks"),
            Map.entry("meses", "months"), Map.entry("años", "years"), Map.entry("horas", "hours"),
            Map.entry("toneladas", "tons"), Map.entry("piezas", "pieces"), Map.entry("solicitudes", "requests"),
            Map.entry("pasaportes", "passports"), Map.entry("proyectos", "projects"),
            Map.entry("acuerdos", "agreements"), Map.entry("empresas", "companies"), Map.entry("casos", "cases"),
            Map.entry("veces", "times"), Map.entry("becas", "scholarships"), Map.entry("talleres", "workshops"),
            Map.entry("llamadas", "calls"), Map.entry("kilómetros", "kilometers"), Map.entry("hectáreas", "hectares"),
            Map.entry("municipios", "municipalities"), Map.entry("escuelas", "schools"), Map.entry("ejes", "axes"),
            Map.entry("centros", "centers"), Map.entry("oficinas", "offices"), Map.entry("documentos", "documents"));

    private CountedNouns() {
    }

    /**
     * The counted noun phrase starting right after {@code from}, or null when none follows (the
     * number stands alone, or what follows is a verb, a name or punctuation).
     *
     * @param limit where the sentence ends; the phrase never runs past it
     */
    static Phrase after(String text, int from, int limit, String language) {
        return "es".equals(language) ? spanish(text, from, limit) : english(text, from, limit);
    }

    /** Whether the first word after {@code from} is capitalised and not a counted plural ("75 Periodo"). */
    static boolean namePartFollows(String text, int from, int limit) {
        Word m = Word.after(text, from, limit);
        if (m == null) return false;
        String w = m.text();
        return Character.isUpperCase(w.charAt(0)) && !w.toLowerCase(Locale.ROOT).endsWith("s");
    }

    private static Phrase english(String text, int from, int limit) {
        int descBegin = -1;
        Word m = Word.after(text, from, limit);
        for (int i = 0; i < 4 && m != null; i++) {
            String w = m.text();
            String lower = w.toLowerCase(Locale.ROOT);
            if (EN_STOP.contains(lower) || w.endsWith("'s") || w.endsWith("’s")) return null;
            if (descBegin < 0) descBegin = m.begin();
            if (isEnglishPlural(lower)) {
                int descEnd = complement(text, m.end(), limit, EN_COMPLEMENTS, EN_STOP);
                String unit = PEOPLE.contains(lower) || isDemonym(w) ? "people" : lower;
                return new Phrase(m.end(), descBegin, descEnd, unit);
            }
            m = Word.after(text, m.end(), limit);
        }
        return null;
    }

    private static Phrase spanish(String text, int from, int limit) {
        int descBegin = -1;
        Word m = Word.after(text, from, limit);
        for (int i = 0; i < 2 && m != null; i++) {
            String w = m.text();
            String lower = w.toLowerCase(Locale.ROOT);
            if (ES_STOP.contains(lower)) return null;
            if (descBegin < 0) descBegin = m.begin();
            if (ES_PRENOMINAL.contains(lower)) {
                m = Word.after(text, m.end(), limit);
                continue;
            }
            if (!isSpanishPlural(lower)) return null;
            int headEnd = m.end();
            int descEnd = postnominal(text, headEnd, limit);
            descEnd = complement(text, descEnd, limit, ES_COMPLEMENTS, ES_STOP);
            String unit = PEOPLE.contains(lower) ? "people" : ES_TO_EN.getOrDefault(lower, lower);
            return new Phrase(headEnd, descBegin, descEnd, unit);
        }
        return null;
    }

    /** Extends past Spanish adjectives after the noun; they agree with a plural noun, so end in s. */
    private static int postnominal(String text, int from, int limit) {
        int end = from;
        Word m = Word.after(text, from, limit);
        for (int i = 0; i < 2 && m != null; i++) {
            String lower = m.text().toLowerCase(Locale.ROOT);
            if (ES_STOP.contains(lower) || !lower.endsWith("s") || Character.isUpperCase(m.text().charAt(0))) break;
            end = m.end();
            m = Word.after(text, end, limit);
        }
        return end;
    }

    /** Extends past a short complement ("requests for asylum", "eventos de protección preventiva"). */
    private static int complement(String text, int from, int limit, Set<String> prepositions, Set<String> stop) {
        Word m = Word.after(text, from, limit);
        if (m == null || !prepositions.contains(m.text().toLowerCase(Locale.ROOT))) return from;
        int end = from;
        m = Word.after(text, m.end(), limit);
        for (int i = 0; i < 3 && m != null; i++) {
            if (stop.contains(m.text().toLowerCase(Locale.ROOT))) break;
            end = m.end();
            m = Word.after(text, end, limit);
        }
        return end;
    }

    private static boolean isEnglishPlural(String lower) {
        if (EN_IRREGULAR.contains(lower)) return true;
        return lower.length() >= 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is");
    }

    private static boolean isSpanishPlural(String lower) {
        return lower.length() >= 3 && lower.endsWith("s") || lower.equals("dosis") || lower.equals("crisis");
    }

    /** "Mexicans", "Guatemalans", "Hondurans", "Chinese": nationality nouns count people. */
    private static boolean isDemonym(String word) {
        return Character.isUpperCase(word.charAt(0)) && (word.endsWith("ans") || word.endsWith("ese"));
    }
}
