package org.comunicado.extract;

import java.util.List;
import org.comunicado.ingest.Span;

/**
 * A span of a release where names are looked for (an issuer line, the title, a paragraph),
 * tokenised once for every extractor that reads it: cutting a block into words is a good part of
 * the extraction's cost, and six extractors read each block.
 *
 * @param span     where the block lies in the release text
 * @param tokens   its words ({@link Words#tokens})
 * @param titleCase whether it is a Title Case headline ({@link Words#isTitleCase})
 * @param phrases  its capitalised phrases ({@link Phrases#capitalized})
 * @param wordStarts where its words begin, for the gazetteers ({@link Gazetteer#wordStarts})
 */
public record Block(Span span, List<Words.Token> tokens, boolean titleCase, List<List<Words.Token>> phrases,
                    Gazetteer.WordStarts wordStarts) {

    public Block {
        // The tokens as cut are immutable already, and a block's are as many as its words: not copied again.
        if (!(tokens instanceof Words.TokenList)) tokens = Words.TokenList.copyOf(tokens);
        phrases = List.copyOf(phrases);
    }

    /** The block at {@code span} of {@code text}, tokenised. */
    public static Block of(String text, Span span) {
        Gazetteer.FoundWords words = new Gazetteer.FoundWords(span.length() / 5);
        Words.TokenList tokens = Words.tokens(text, span, words);
        return new Block(span, tokens, Words.isTitleCase(tokens), Phrases.capitalized(text, tokens), words.in(span));
    }

    /**
     * The block's tokens that lie within {@code region}, a part of the block after which no token
     * runs on (a blank, a comma or a bracket follows it): those {@link Words#tokens(String, Span)}
     * would cut from the region, taken from the block's instead of reading the text again.
     */
    List<Words.Token> tokensWithin(Span region) {
        Words.TokenList all = (Words.TokenList) tokens;
        return all.subList(all.firstFrom(region.begin()), all.firstFrom(region.end()));
    }
}
