package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.comunicado.ingest.Span;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static KnownEntity entity(String id, String... names) {
        List<LangString> forms = new ArrayList<>();
        for (String n : names) forms.add(new LangString(n, "en"));
        return new KnownEntity(EntityKind.COUNTRY, id, forms, List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty());
    }

    /** A gazetteer of one entity for each form. */
    private static Gazetteer gazetteerOf(String... forms) {
        List<KnownEntity> entities = new ArrayList<>();
        for (String f : forms) entities.add(entity("org/" + entities.size(), f));
        return new Gazetteer(entities);
    }

    private static final Gazetteer GAZETTEER = new Gazetteer(List.of(
            entity("country/mexico", "Mexico", "México", "United Mexican States"),
            entity("place/mexico-city", "Mexico City"),
            entity("country/us", "United States", "US", "U.S."),
            entity("org/un", "United Nations", "UN"),
            entity("org/oas", "Organization of American States", "OAS"),
            entity("org/lower", "la Comisión")));

    private static final String[] WORDS = {
        "Mexico", "México", "City", "United", "States", "Nations", "Mexican", "US", "U.S.", "UN", "UNAM", "la",
        "Comisión", "Organization", "of", "American", "the", "and", "us", "Mexico's", "-", ",", "Mexicos"};

    @Test
    void exactlyAgreesWithASingleWholeHit() {
        Random random = new Random(7);
        for (int round = 0; round < 4000; round++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                if (w > 0) b.append(random.nextInt(5) == 0 ? "" : " ");
                b.append(WORDS[random.nextInt(WORDS.length)]);
            }
            String text = b.toString();
            int begin = random.nextInt(text.length());
            int end = begin + random.nextInt(text.length() - begin + 1);
            Span span = new Span(begin, end);
            List<Gazetteer.Hit> hits = GAZETTEER.find(text, span);
            Gazetteer.Hit expected = hits.size() == 1 && hits.get(0).span().equals(span) ? hits.get(0) : null;
            assertEquals(expected, GAZETTEER.exactly(text, span), () -> "\"" + text + "\" " + span);
        }
    }

    /** Names only: the capitalised words alone are looked at. The same names and a lower-case form that never occurs: all words are. */
    private static final List<KnownEntity> NAMES = List.of(entity("country/mexico", "Mexico", "México", "United Mexican States"),
            entity("place/mexico-city", "Mexico City"), entity("country/us", "United States", "US", "U.S."),
            entity("org/un", "United Nations", "UN"));

    @Test
    void namesOnlyGazetteerSkipsLowerCaseWordsWithoutMissingHits() {
        Gazetteer namesOnly = new Gazetteer(NAMES);
        List<KnownEntity> withLowerCase = new ArrayList<>(NAMES);
        withLowerCase.add(entity("org/never", "never seen here"));
        Gazetteer allWords = new Gazetteer(withLowerCase);
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            String text = randomWords(random, WORDS);
            Span all = new Span(0, text.length());
            assertEquals(allWords.find(text, all), namesOnly.find(text, all), text);
        }
    }

    /** Lower-case forms are found where their first word stands, among words that are looked past otherwise. */
    @Test
    void lowerCaseFormsAgreeWithTryingEveryWord() {
        List<String> forms = List.of("Mexico", "Mexico City", "la Comisión", "de la Fuente", "de México", "US", "la");
        Gazetteer gazetteer = gazetteerOf(forms.toArray(new String[0]));
        String[] pieces = {"Mexico", "México", "City", "la", "La", "Comisión", "de", "De", "Fuente", "US", "us", "of", ",", "-"};
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            String text = randomWords(random, pieces);
            List<String> found = gazetteer.find(text, new Span(0, text.length())).stream()
                    .map(h -> h.span() + h.form()).toList();
            assertEquals(tryingEveryWord(text, forms), found, text);
        }
    }

    /** One to ten of the pieces, separated by spaces. */
    private static String randomWords(Random random, String[] pieces) {
        StringBuilder b = new StringBuilder();
        int words = 1 + random.nextInt(10);
        for (int w = 0; w < words; w++) b.append(w > 0 ? " " : "").append(pieces[random.nextInt(pieces.length)]);
        return b.toString();
    }

    /** Leftmost-longest whole-word hits, every word tried against every form. */
    private static List<String> tryingEveryWord(String text, List<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Gazetteer.isWordChar(text.charAt(i)) || i > 0 && Gazetteer.isWordChar(text.charAt(i - 1))) continue;
            for (String f : sorted) {
                int end = i + f.length();
                if (text.startsWith(f, i) && (end == text.length() || !Gazetteer.isWordChar(text.charAt(end)))) {
                    hits.add(new Span(i, end) + f);
                    i = end - 1;
                    break;
                }
            }
        }
        return hits;
    }

    @Test
    void wordStartsFoundWithTheTokensAgreeWithScanningTheText() {
        String[] pieces = {"Mexico", "U.S.", "EE.UU.", "O'Neill", "Self-Sufficiency", "l’Union", "de", "2024", "x", "-", ".", ",",
            "é", "Ça", "a.b", "S.A.", "’", "'s", "—", "\u00a0", "(", "AMEXCID)"};
        Random random = new Random(9);
        for (int round = 0; round < 4000; round++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(9);
            for (int w = 0; w < words; w++) b.append(random.nextInt(3) == 0 ? "" : " ").append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            int begin = random.nextInt(text.length());
            Span region = new Span(begin, begin + random.nextInt(text.length() - begin + 1));
            Gazetteer.WordStarts scanned = Gazetteer.wordStarts(text, region);
            Gazetteer.WordStarts fromTokens = Block.of(text, region).wordStarts();
            String where = "\"" + text + "\" " + region;
            assertEquals(scanned.count(), fromTokens.count(), where);
            assertArrayEquals(Arrays.copyOf(scanned.begins(), scanned.count()), Arrays.copyOf(fromTokens.begins(), fromTokens.count()), where);
            assertArrayEquals(Arrays.copyOf(scanned.hashes(), scanned.count()), Arrays.copyOf(fromTokens.hashes(), fromTokens.count()), where);
            assertArrayEquals(Arrays.copyOf(scanned.notLowerCase(), scanned.notLowerCount()),
                    Arrays.copyOf(fromTokens.notLowerCase(), fromTokens.notLowerCount()), where);
        }
    }

    /** A part of a block is searched from the block's words as it is by reading its text. */
    @Test
    void findWithinAPartOfABlockAgreesWithFindingInThePart() {
        Gazetteer gazetteer = gazetteerOf("Mexico", "Mexico City", "la Comisión", "de la Fuente", "US", "U.S.", "la");
        String[] pieces = {"Mexico", "City", "la", "La", "Comisión", "de", "Fuente", "US", "U.S.", "us", ",", "-", " ", " ", "é"};
        Random random = new Random(5);
        for (int round = 0; round < 4000; round++) {
            String text = RandomTexts.of(random, pieces, 14);
            int begin = random.nextInt(text.length());
            Span region = new Span(begin, begin + random.nextInt(text.length() - begin + 1));
            int from = region.begin() + random.nextInt(region.length() + 1);
            Span within = new Span(from, from + random.nextInt(region.end() - from + 1));
            assertEquals(gazetteer.find(text, within), gazetteer.find(text, Block.of(text, region).wordStarts(), within),
                    () -> "\"" + text + "\" " + region + " " + within);
        }
    }

    @Test
    void findsLeftmostLongestWholeWords() {
        String text = "Mexico City and the United Mexican States, not Mexicos or us.";
        List<String> found = GAZETTEER.find(text, new Span(0, text.length())).stream().map(Gazetteer.Hit::form).toList();
        assertEquals(List.of("Mexico City", "United Mexican States"), found);
    }
}
