package org.comunicado.ingest;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a press release from an HTML page: the ministry's article pages and generic
 * news-article pages. The main text is found by the document's structure, not by one site's
 * class names: the {@code <article>} with the most paragraph text, else {@code <main>}, else the
 * element whose {@code <p>} children hold the most text. Navigation, headers, footers, asides,
 * forms, scripts and styles are dropped.
 *
 * <p>The release text is built from the blocks found, so that every offset is exact: the title
 * line, a blank line, the header lines (date, release number, issuer) one per line, a blank
 * line, then the highlights and paragraphs separated by blank lines. Block text has its
 * whitespace collapsed and is in NFC. The title is the {@code <h1>} of the content (blocks above
 * it, such as breadcrumbs, are dropped), else {@code og:title}, else {@code <title>}. The date is
 * the content's {@code <time datetime>}, else {@code article:published_time} (or a similar
 * meta), else a date written in the header lines or the first paragraph. List items before the
 * first paragraph are the highlights; quotations stay inside their paragraphs.
 *
 * <p>Stateless: one instance may be shared by any number of threads. Does no I/O.
 */
public final class HtmlReleaseReader {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul");
    private static final String UNREAD = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "form, button, select, textarea, input, label";
    private static final String BOILERPLATE = "nav, header, footer, aside, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=search], [aria-hidden=true]";
    /** Boilerplate that sits inside the content: the content's own header is kept (title, date). */
    private static final String INNER_BOILERPLATE = "nav, footer, aside, [role=navigation], [role=contentinfo], "
            + "[role=complementary], [role=search], [aria-hidden=true]";
    private static final String DATE_METAS = "meta[property=article:published_time], meta[name=article:published_time], "
            + "meta[itemprop=datePublished], meta[name=date], meta[name=dcterms.date], meta[name=DC.date.issued], "
            + "meta[property=og:published_time]";
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF\\u200B]+");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{1,40}$");
    /** A header line is short; a longer block is body text even when it holds a date. */
    private static final int HEADER_LENGTH = 100;

    /**
     * The release in the page {@code bytes}.
     *
     * @param source      the page's URL or the file's IRI: kept in the release and used in messages
     * @param contentType the HTTP {@code Content-Type} header, when the page was fetched
     * @throws ReleaseException when the input is empty, binary, undecodable or has no text
     */
    public Release read(String source, byte[] bytes, Optional<String> contentType) throws ReleaseException {
        return read(source, HtmlDecoder.decode(source, bytes, contentType));
    }

    /**
     * The release in an already decoded page (an {@code html} field of a JSON record, say).
     *
     * @throws ReleaseException when the page has no text
     */
    public Release read(String source, String html) throws ReleaseException {
        TextDecoder.checkCombiningMarks(source, html);
        Document doc = Jsoup.parse(html, source.startsWith("http") ? source : "");
        doc.select(UNREAD).remove();
        Element body = doc.body();
        if (body == null) {
            throw new ReleaseException(source, "no text found in HTML");
        }
        Element root = contentRoot(doc);
        Optional<Element> h1 = Optional.ofNullable(root.selectFirst("h1"));
        Optional<LocalDate> markedDate = markedDate(doc, root);
        for (Element noise : root.select(INNER_BOILERPLATE)) {
            if (noise != root) {
                noise.remove();
            }
        }
        List<Block> blocks = new ArrayList<>();
        walk(root, blocks);
        if (h1.isPresent()) {
            // Above the title stand breadcrumbs and section labels, not the release.
            int at = indexOf(blocks, h1.get());
            if (at >= 0) {
                blocks = new ArrayList<>(blocks.subList(at + 1, blocks.size()));
            }
        }
        String title = h1.map(e -> clean(e.text())).filter(t -> !t.isEmpty())
                .or(() -> meta(doc, "meta[property=og:title], meta[name=og:title], meta[name=twitter:title]"))
                .or(() -> Optional.of(withoutSiteName(clean(doc.title()))).filter(t -> !t.isEmpty()))
                .orElse(null);
        return new Assembly(source, title, blocks, markedDate).release();
    }

    /** The element holding the main text: article, else main, else the densest paragraph parent. */
    private static Element contentRoot(Document doc) {
        Element best = null;
        int bestScore = -1;
        for (Element article : doc.select("article")) {
            int score = paragraphText(article);
            if (score > bestScore) {
                best = article;
                bestScore = score;
            }
        }
        if (best != null && bestScore > 0) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null && !clean(main.text()).isEmpty()) {
            return main;
        }
        doc.select(BOILERPLATE).remove();
        Map<Element, Integer> scores = new IdentityHashMap<>();
        best = null;
        bestScore = 0;
        for (Element p : doc.body().select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = scores.merge(parent, clean(p.text()).length(), Integer::sum);
            if (score > bestScore) {
                best = parent;
                bestScore = score;
            }
        }
        return best != null ? best : doc.body();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += clean(p.text()).length();
        }
        return n;
    }

    private static Optional<LocalDate> markedDate(Document doc, Element root) {
        Element time = root.selectFirst("time[datetime]");
        if (time == null) {
            time = doc.selectFirst("time[datetime]");
        }
        if (time != null) {
            Optional<LocalDate> d = isoDay(time.attr("datetime"));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element meta : doc.select(DATE_METAS)) {
            Optional<LocalDate> d = isoDay(meta.attr("content"));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The day of an ISO date or date-time ("2024-09-03T10:15:00-06:00"): the date as written, not shifted to UTC. */
    private static Optional<LocalDate> isoDay(String value) {
        Matcher m = ISO_DAY.matcher(value.trim());
        return m.lookingAt() ? ReleaseDates.iso(m.group()) : Optional.empty();
    }

    private static Optional<String> meta(Document doc, String selector) {
        Element meta = doc.selectFirst(selector);
        return meta == null ? Optional.empty() : Optional.of(clean(meta.attr("content"))).filter(s -> !s.isEmpty());
    }

    /** "Title | Site" or "Title - Site" as page titles often read: the title alone. */
    private static String withoutSiteName(String title) {
        String shorter = TITLE_SUFFIX.matcher(title).replaceFirst("");
        return shorter.isEmpty() ? title : shorter;
    }

    private static int indexOf(List<Block> blocks, Element e) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).element() == e) {
                return i;
            }
        }
        return -1;
    }

    /** A run of text the page sets apart: a paragraph, heading, list item, quotation or cell. */
    private record Block(String text, Element element) {
        boolean item() {
            return element.nameIs("li");
        }

        boolean heading() {
            return element.nameIs("h1");
        }
    }

    /** Collects the blocks under {@code el} in document order; inline runs between blocks are blocks too. */
    private static void walk(Element el, List<Block> out) {
        StringBuilder inline = new StringBuilder();
        for (Node n : el.childNodes()) {
            if (n instanceof TextNode t) {
                inline.append(t.getWholeText());
            } else if (n instanceof Element c) {
                if (c.nameIs("br")) {
                    inline.append(' ');
                } else if (isBlock(c) || hasBlockInside(c)) {
                    flush(inline, el, out);
                    if (hasBlockInside(c)) {
                        walk(c, out);
                    } else {
                        add(clean(c.text()), c, out);
                    }
                } else {
                    inline.append(' ').append(c.text()).append(' ');
                }
            }
        }
        flush(inline, el, out);
    }

    private static void flush(StringBuilder inline, Element parent, List<Block> out) {
        add(clean(inline.toString()), parent, out);
        inline.setLength(0);
    }

    private static void add(String text, Element element, List<Block> out) {
        // Icons, separators and empty cells carry nothing to read.
        if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(new Block(text, element));
        }
    }

    private static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    private static boolean hasBlockInside(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && isBlock(d)) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace (no-break spaces included) collapsed to single spaces, trimmed, in NFC. */
    static String clean(String s) {
        return Normalizer.normalize(SPACE.matcher(s).replaceAll(" ").trim(), Normalizer.Form.NFC);
    }

    /** The text of one release built from its blocks, spans recorded as it grows; used once. */
    private static final class Assembly {
        private final String source;
        private final List<Block> blocks;
        private final StringBuilder text = new StringBuilder();
        private final List<Span> issuers = new ArrayList<>();
        private final List<Span> highlights = new ArrayList<>();
        private final List<Span> paragraphs = new ArrayList<>();
        private String title;
        private Optional<LocalDate> issued;
        private Optional<LocalDate> writtenDate = Optional.empty();
        private Optional<LocalDate> numericDate = Optional.empty();
        private Optional<String> number = Optional.empty();

        Assembly(String source, String title, List<Block> blocks, Optional<LocalDate> markedDate) {
            this.source = source;
            this.title = title;
            this.blocks = blocks;
            this.issued = markedDate;
        }

        Release release() throws ReleaseException {
            int i = 0;
            boolean titleIsContent = false;
            if (title == null) {
                // No heading and no title metadata: the first block is the title, and also content
                // when it is a sentence or all there is, or the extractors would never see it.
                if (blocks.isEmpty()) {
                    throw new ReleaseException(source, "no text found in HTML");
                }
                title = blocks.get(0).text();
                String end = TextReleaseReader.withoutTrailing(title, "\"'”’»)");
                titleIsContent = blocks.size() == 1 || end.endsWith(".") || end.endsWith("!") || end.endsWith("?");
                i = 1;
            }
            Span titleSpan = append(title);
            if (titleIsContent) {
                paragraphs.add(titleSpan);
            }
            List<Block> header = new ArrayList<>();
            for (; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (sameText(b.text(), title)) {
                    continue;
                }
                if (!isHeaderLine(b.text())) {
                    break;
                }
                header.add(b);
            }
            if (!header.isEmpty()) {
                text.append("\n\n");
                for (int h = 0; h < header.size(); h++) {
                    if (h > 0) {
                        text.append('\n');
                    }
                    headerLine(header.get(h).text());
                }
            }
            boolean bodyStarted = false;
            for (; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (sameText(b.text(), title) || b.heading()) {
                    continue;
                }
                text.append("\n\n");
                Span span = append(b.text());
                if (!bodyStarted && b.item()) {
                    highlights.add(span);
                } else {
                    bodyStarted = true;
                    paragraphs.add(span);
                }
            }
            if (highlights.isEmpty() && paragraphs.isEmpty()) {
                throw new ReleaseException(source, "no text found in HTML");
            }
            text.append('\n');
            String all = text.toString();
            TextDecoder.checkSize(source, all);
            Optional<LocalDate> date = issued.or(() -> writtenDate).or(() -> numericDate)
                    .or(() -> paragraphs.isEmpty() ? Optional.empty() : ReleaseDates.written(paragraphs.get(0).of(all)));
            return new Release(source, all, LanguageDetector.detect(all), titleSpan, date, number,
                    issuers, highlights, paragraphs);
        }

        private Span append(String s) {
            int begin = text.length();
            text.append(s);
            return new Span(begin, text.length());
        }

        private static boolean isHeaderLine(String s) {
            if (s.length() > HEADER_LENGTH) {
                return false;
            }
            return HeaderLine.recognise(TextLine.of(s)).isPresent()
                    || ReleaseDates.written(s).isPresent() && s.length() <= HEADER_LENGTH / 2;
        }

        /** Appends a header line and records what it says. */
        private void headerLine(String s) {
            int at = text.length();
            text.append(s);
            Optional<HeaderLine> line = HeaderLine.recognise(TextLine.of(s));
            if (line.isPresent()) {
                HeaderLine h = line.get();
                h.issuer().ifPresent(span -> issuers.add(new Span(at + span.begin(), at + span.end())));
                number = number.or(h::number);
                if (h.kind() == HeaderLine.Kind.NUMERIC_DATE) {
                    numericDate = numericDate.or(h::date);
                } else {
                    writtenDate = writtenDate.or(h::date);
                }
                return;
            }
            // "Secretaría de Relaciones Exteriores | 20 de agosto de 2024": an issuer before the date.
            writtenDate = writtenDate.or(() -> ReleaseDates.written(s));
            int bar = s.indexOf('|');
            if (bar > 0) {
                TextLine issuer = TextLine.trimmed(s, 0, bar);
                if (issuer != null && HeaderLine.recognise(issuer).map(HeaderLine::kind).orElse(null) == HeaderLine.Kind.ISSUER) {
                    issuers.add(new Span(at + issuer.begin(), at + issuer.end()));
                }
            }
        }

        private static boolean sameText(String a, String b) {
            String spaceAndDots = ". \t\n\u000B\f\r";
            return TextReleaseReader.withoutTrailing(a.toLowerCase(Locale.ROOT), spaceAndDots)
                    .equals(TextReleaseReader.withoutTrailing(b.toLowerCase(Locale.ROOT), spaceAndDots));
        }
    }
}
