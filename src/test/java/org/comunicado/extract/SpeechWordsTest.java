package org.comunicado.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link SpeechLexicon#firstWord} looks words up by runs instead of the whole-word pattern: both must find the same. */
class SpeechWordsTest {

    private static final String[] PIECES = {"he", "He", "HE", "she", "ſhe", "él", "Él", "e\u0301l", "ella", "ELLA",
            "to", "a", "al", "que", "Quien", "durante", "the", "x", "\u0301", "𝐀", " ", " ", ",", "-", "’", "\t", "1"};

    @Test
    void findsWhatTheWholeWordPatternFinds() {
        Random random = new Random(5);
        for (List<String> words : List.of(List.of("he", "she", "él", "ella"),
                List.of("a", "al", "en", "durante", "ante", "tras", "desde", "quien", "que", "mediante"),
                List.of("to", "at", "in", "during", "on", "who", "which", "that", "with", "about"))) {
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + words.stream().map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{M}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            FoldedWords set = FoldedWords.of(words);
            for (int round = 0; round < 20_000; round++) {
                String text = RandomTexts.of(random, PIECES, 8);
                int from = random.nextInt(text.length());
                int to = from + random.nextInt(text.length() - from + 1);
                Matcher m = pattern.matcher(text).region(from, to);
                int expected = m.find() ? m.start() : -1;
                assertEquals(expected, SpeechLexicon.firstWord(text, from, to, set), words + " [" + text + "] " + from + ".." + to);
                if (expected >= 0) assertEquals(m.end(), SpeechLexicon.wordEnd(text, expected, to), "[" + text + "]");
            }
        }
    }

    private static final String[] VERB_PIECES = {"said", "Said", "SAYS", "pointed", "out", "Out", "outside", "points",
            "emphasised", "dijo", "señaló", "SEÑALÓ", "afirmó", "unsaid", "saidx", "he", "𝐀", "\u0301", " ", " ", ",", "."};

    @Test
    void findsTheSpeechVerbsThePatternFinds() {
        Random random = new Random(9);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomTexts.of(random, VERB_PIECES, 8);
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            Matcher plain = SpeechLexicon.SPEECH_VERB.matcher(text).region(from, to);
            Matcher fast = SpeechLexicon.findSpeechVerb(text, from, to);
            for (boolean found = plain.find(); found; found = plain.find()) {
                String where = "[" + text + "] " + from + ".." + to;
                assertEquals(true, fast != null, where);
                assertEquals(plain.start(), fast.start(), where);
                assertEquals(plain.end(), fast.end(), where);
                if (!fast.find()) fast = null;
            }
            assertEquals(null, fast, "[" + text + "] " + from + ".." + to);
        }
    }

    private static final String[] TITLE_PIECES = {"the", "The", "THE", "our", "el", "El", "la", "La", "other", "lathe",
            "foreign", "Mexican", "secretary", "Secretary", "minister", "canciller", "cancillería", "ministry", "Ebrard",
            "𝐀", "\u0301", " ", " ", "  ", ",", ".", "-", "\t"};

    @Test
    void findsTheTitlePhrasesThePatternFinds() {
        Random random = new Random(13);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomTexts.of(random, TITLE_PIECES, 10);
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            Matcher plain = SpeechLexicon.TITLE_PHRASE.matcher(text).region(from, to);
            Matcher fast = SpeechLexicon.TITLE_PHRASE.matcher(text);
            int next = from;
            for (boolean found = plain.find(); found; found = plain.find()) {
                String where = "[" + text + "] " + from + ".." + to;
                assertEquals(true, SpeechLexicon.findTitlePhrase(fast, text, next, to), where);
                assertEquals(plain.start(), fast.start(), where);
                assertEquals(plain.end(), fast.end(), where);
                assertEquals(plain.group(1), fast.group(1), where);
                next = fast.end();
            }
            assertEquals(false, SpeechLexicon.findTitlePhrase(fast, text, next, to), "[" + text + "] " + from + ".." + to);
        }
    }

    @Test
    void knowsTheWholeWordSpeechVerbsThePatternMatches() {
        for (String word : List.of("said", "SAID", "Señaló", "señalo", "ſaid", "pointed", "pointed out", "Points out",
                "unsaid", "said-", "dijo", "", "e\u0301l", "added")) {
            assertEquals(SpeechLexicon.SPEECH_VERB.matcher(word).matches(), SpeechLexicon.isSpeechVerb(word), word);
        }
    }
}
