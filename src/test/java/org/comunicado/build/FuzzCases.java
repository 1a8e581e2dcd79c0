package org.comunicado.build;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A deterministic generator of bad and mutated inputs for {@link InputFuzzTest}: a few seed
 * documents written for it (an English and a Spanish release in the ministry's text format, an
 * HTML article page, a JSON array of records, JSON Lines), then broken in known ways. Case
 * {@code i} depends only on {@code i} and the fixed seed, so a failing index can be rebuilt
 * alone with {@link #build(int)}. Stateless apart from the seed; builds each case on demand so
 * that the multi-megabyte ones are never all in memory at once.
 */
final class FuzzCases {

    static final long SEED = 0x5EED_C0DEL;

    /** A generated input: its index, the kind it is declared as, what was done to it, its bytes. */
    record Case(int index, Input.Kind kind, String mutation, byte[] bytes) {
        String name() {
            return String.format("fuzz-%04d-%s%s", index, mutation, extension(kind));
        }

        Input input() {
            String name = name();
            byte[] copy = bytes;
            return new Input(name, "file:///fuzz/" + name, kind, () -> new Input.Payload(copy, java.util.Optional.empty()));
        }

        String label() {
            return "#" + index + " " + kind + " " + mutation + " (" + bytes.length + " bytes)";
        }
    }

    static final String EN_TEXT = """
            Secretaría de Relaciones Exteriores
            20/08/2024 | Press release | Foreign Affairs
            Mexico and Guatemala agree to strengthen consular cooperation
            Mexico and Guatemala agree to strengthen consular cooperation
            Press Release 315
            Secretaría de Relaciones Exteriores | August 20, 2024 | Press Release
            • Foreign Secretary Alicia Bárcena met with her Guatemalan counterpart in Mexico City.
            • The Sembrando Vida program will expand to 12,500 more families.
            - Migration at the border fell by 77% compared to December.

            Foreign Secretary Alicia Bárcena welcomed Guatemala's Minister of Foreign Affairs to the Ministry of Foreign Affairs (SRE) on Tuesday. "We have reduced migration at the border by 77% compared to December," said the Foreign Secretary.

            The Mexican Agency for International Development Cooperation (AMEXCID) reported that more than 3.5 million people benefited, and that US$ 250 million were invested in 2023.

            “This is a historic day for both nations,” said President Claudia Sheinbaum. She added that about 1,200 consular officials will be trained.
            """;

    static final String ES_TEXT = """
            Secretaría de Relaciones Exteriores
            03/10/2024 | Comunicado | Relaciones Exteriores
            México y Chile firman acuerdo de movilidad laboral
            Comunicado No. 01
            Secretaría de Relaciones Exteriores | 3 de octubre de 2024 | Comunicado
            · El canciller Juan Ramón de la Fuente recibió a su homólogo chileno.
            · Más de 40 mil personas trabajadoras se beneficiarán del programa.

            El canciller Juan Ramón de la Fuente Ramírez se reunió con el ministro de Relaciones Exteriores de Chile en la Ciudad de México. «Este acuerdo beneficiará a miles de familias», afirmó el canciller.

            La Agencia Mexicana de Cooperación Internacional para el Desarrollo (AMEXCID) informó que el programa Jóvenes Construyendo el Futuro redujo el desempleo en 15,3 % respecto a 2022, con una inversión de 120 millones de pesos.
            """;

    static final String HTML_PAGE = """
            <!DOCTYPE html>
            <html lang="es"><head><meta charset="utf-8">
            <title>Visita oficial a Perú | Gobierno | gob.mx</title>
            <meta property="og:title" content="Visita oficial a Perú">
            <meta property="article:published_time" content="2024-09-03T10:15:00-06:00">
            </head><body>
            <header><nav><a href="/">Inicio</a> &gt; <a href="/sre">SRE</a></nav></header>
            <main><article>
            <ol class="breadcrumb"><li>Inicio</li><li>Prensa</li></ol>
            <h1>Visita oficial a Perú</h1>
            <p>Secretaría de Relaciones Exteriores</p>
            <p><time datetime="2024-09-03">3 de septiembre de 2024</time></p>
            <p>Comunicado No. 298</p>
            <ul><li>La canciller Alicia Bárcena viajó a Lima.</li><li>Se firmaron 7 acuerdos de cooperación.</li></ul>
            <p>La canciller Alicia Bárcena se reunió en Lima con el ministro de Relaciones Exteriores del Perú.
            “Perú y México comparten una historia común”, dijo la canciller.</p>
            <blockquote>El comercio bilateral creció 12&nbsp;% y superó los 2,500 millones de dólares.</blockquote>
            <p>La Organización de las Naciones Unidas (ONU) y la CEPAL acompañaron el encuentro. 🇲🇽 ✓</p>
            <script>var x = "<p>not text</p>";</script>
            </article></main>
            <footer><p>© 2024 Gobierno de México</p></footer>
            </body></html>
            """;

    static final String JSON_ARRAY = """
            [
              {"title": "Visit to Chile", "date": "2024-10-03", "number": "01", "language": "en",
               "url": "https://www.gob.mx/sre/prensa/visit-to-chile",
               "text": "Visit to Chile\\n\\n• The Secretary travelled to Santiago.\\n\\nForeign Secretary Juan Ramón de la Fuente said: \\"Chile is a partner.\\" Trade rose by 8.5% to US$ 3,200 million."},
              {"html": "<article><h1>Visita a Lima</h1><p>La canciller viajó a Lima y firmó 3 acuerdos.</p></article>", "number": 298},
              {"text": "Comunicado sobre migración\\n\\nMás de 1.200 personas fueron repatriadas, un 40 % menos que en 2023.", "language": "es"}
            ]
            """;

    static final String JSON_LINES = """
            {"title": "Visit to Chile", "date": "2024-10-03", "text": "Visit to Chile\\n\\nThe Secretary travelled to Santiago with 45 officials."}
            {"html": "<main><h1>Visita a Lima</h1><p>La canciller viajó a Lima. “Es un honor”, dijo.</p></main>", "url": "https://example.org/lima"}
            {"text": "Mexico at the UN\\n\\nMexico pledged 2 million dollars to the United Nations (UN).", "number": 7}
            """;

    private static final Input.Kind[] KINDS = {
        Input.Kind.TEXT, Input.Kind.HTML, Input.Kind.JSON, Input.Kind.JSON_LINES, Input.Kind.UNKNOWN};

    /** Mutations that build one very large or very deep input each; every one is tried for every kind. */
    private static final List<Named<BiFunction<Input.Kind, Random, byte[]>>> HEAVY = List.of(
            new Named<>("huge-line", (k, r) -> embed(k, r, "Mexico " + "a".repeat(5 * 1024 * 1024) + " 77%.")),
            new Named<>("huge-words-line", (k, r) -> embed(k, r, "Secretary Alicia Bárcena said 12% ".repeat(5 * 1024 * 1024 / 34))),
            new Named<>("deep-div", (k, r) -> embed(k, r, "<div>".repeat(10_000) + "<p>Texto en México.</p>" + "</div>".repeat(10_000))),
            new Named<>("deep-div-unclosed", (k, r) -> embed(k, r, "<div><p>".repeat(10_000) + "La canciller viajó.")),
            new Named<>("quotes-100k", (k, r) -> embed(k, r, "Title\n\n" + "\"".repeat(100_000) + " said the Secretary.")),
            new Named<>("curly-quotes-100k", (k, r) -> embed(k, r, "Title\n\n" + "“”«".repeat(33_334) + " dijo el canciller.")),
            new Named<>("digits-50k", (k, r) -> embed(k, r, "Title\n\nMexico invested " + "9".repeat(50_000) + " dollars.")),
            new Named<>("digit-groups-50k", (k, r) -> embed(k, r, "Title\n\nMore than " + "1,000".repeat(10_000) + " people, 3.5% less.")),
            new Named<>("many-lines", (k, r) -> embed(k, r, "• Mexico 5%\n".repeat(200_000))),
            new Named<>("capitals-run", (k, r) -> embed(k, r, "Title\n\nThe " + "Secretaría Instituto Nacional Plan ".repeat(30_000) + "met.")),
            new Named<>("open-parens", (k, r) -> embed(k, r, "Title\n\n" + "Agency (".repeat(40_000) + "SRE" + ")".repeat(40_000))),
            new Named<>("quoted-sentences", (k, r) -> embed(k, r, "Title\n\n" + "\"Quote,\" said Alicia Bárcena. ".repeat(5_000))),
            new Named<>("named-sentences", (k, r) -> embed(k, r, "Title\n\n" + "Secretary Alicia Bárcena met the SRE in Chile.\n\n".repeat(2_500))),
            new Named<>("combining-100k", (k, r) -> embed(k, r, "Title\n\nMe" + "\u0301\u0327\u0308".repeat(33_000) + "xico.")),
            new Named<>("deep-json-array", (k, r) -> ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8)),
            new Named<>("deep-json-object", (k, r) -> ("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)).getBytes(StandardCharsets.UTF_8)),
            new Named<>("deep-json-in-record", (k, r) -> ("{\"text\": \"x\", \"extra\": " + "[".repeat(60_000) + "]".repeat(60_000) + "}")
                    .getBytes(StandardCharsets.UTF_8)),
            new Named<>("huge-binary", (k, r) -> random(r, 2 * 1024 * 1024)));

    /** Seed document mutations; several are stacked on one input. */
    private static final List<Named<BiFunction<byte[], Random, byte[]>>> LIGHT = List.of(
            new Named<>("truncate", FuzzCases::truncate),
            new Named<>("truncate-mid-utf8", FuzzCases::truncateMidUtf8),
            new Named<>("flip", FuzzCases::flip),
            new Named<>("insert", FuzzCases::insert),
            new Named<>("delete", FuzzCases::delete),
            new Named<>("nul", FuzzCases::nul),
            new Named<>("cp1252-splice", FuzzCases::cp1252Splice),
            new Named<>("utf16le-bom", (b, r) -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, b)),
            new Named<>("utf16be-bom", (b, r) -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, b)),
            new Named<>("utf8-bom-binary", (b, r) -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, random(r, 1 + r.nextInt(4000)))),
            new Named<>("cr-only", (b, r) -> replace(b, "\n", "\r")),
            new Named<>("crlf", (b, r) -> replace(b, "\n", "\r\n")),
            new Named<>("invalid-code-points", FuzzCases::invalidCodePoints),
            new Named<>("lone-surrogate-escape", (b, r) -> spliceText(b, r, "\\ud800", "\\udfff x \\ud83d", "\\uDC00\\uD800")),
            new Named<>("rtl-combining", (b, r) -> spliceText(b, r, "\u202Eالمكسيك\u202C", "שלום", "e\u0301\u0301\u0327", "\u200F\u200E",
                    "🇲🇽", "𝔐𝔢𝔵𝔦𝔠𝔬", "Z\u0351\u0352\u0353\u0354", "\uFEFF", "\u2028\u2029", "ﬁ")),
            new Named<>("quotes", (b, r) -> spliceText(b, r, "\"", "“", "”", "«", "»", "\"\"\"", "'", "‘")),
            new Named<>("numbers", (b, r) -> spliceText(b, r, "1,2,3,4", "99.999.999,5", "-0.0e10", "12%%", "US$", "$", "1/0", "½", "٣٤",
                    "1 000 000", "2024-13-45", "31/02/2024")),
            new Named<>("unclosed-tags", (b, r) -> spliceText(b, r, "<p>", "<div>", "<h1>", "<li>", "<!--", "<script>", "<![CDATA[", "</",
                    "<time datetime=\"9999-99-99\">", "<meta charset=\"utf-16\">", "<meta charset=\"x-unknown\">",
                    "<meta charset=\"iso-2022-jp\">", "<article>", "<ul>")),
            new Named<>("strip-gt", (b, r) -> drop(b, r, (byte) '>')),
            new Named<>("json-wrong-types", FuzzCases::wrongTypes),
            new Named<>("json-structure", (b, r) -> spliceText(b, r, "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u12", "null", "1e999999")),
            new Named<>("header-lines", (b, r) -> spliceText(b, r, "\nPress Release 99999999999999999999\n", "\n32/13/0000 | Press release |\n",
                    "\nSecretaría de Relaciones Exteriores | February 30, 2024 | Press Release\n", "\n• \n", "\n- \n", "\n·\n",
                    "\ndate 2024-02-30 ", "\nComunicado No. \n")),
            new Named<>("blank-out", (b, r) -> replaceAllLetters(b, r)),
            new Named<>("duplicate", (b, r) -> concat(b, b)),
            new Named<>("empty", (b, r) -> new byte[0]),
            new Named<>("whitespace-only", (b, r) -> " \n\t\r\n ".repeat(1 + r.nextInt(50)).getBytes(StandardCharsets.UTF_8)),
            new Named<>("control-chars", (b, r) -> spliceText(b, r, "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u000B", "\f")));

    private record Named<F>(String name, F f) {
    }

    private final int lightCases;

    FuzzCases(int lightCases) {
        this.lightCases = lightCases;
    }

    int size() {
        return HEAVY.size() * KINDS.length + lightCases;
    }

    /** Case {@code i}: the heavy ones first (each for every kind), then stacked light mutations. */
    Case build(int i) {
        Random r = new Random(SEED * 31 + i);
        if (i < HEAVY.size() * KINDS.length) {
            Named<BiFunction<Input.Kind, Random, byte[]>> h = HEAVY.get(i / KINDS.length);
            Input.Kind kind = KINDS[i % KINDS.length];
            return new Case(i, kind, h.name(), h.f().apply(kind, r));
        }
        Input.Kind kind = KINDS[r.nextInt(KINDS.length)];
        // Mostly the seed of the declared kind; sometimes another kind's, as a mislabelled file is.
        Input.Kind seedKind = r.nextInt(6) == 0 ? KINDS[r.nextInt(KINDS.length)] : kind;
        byte[] bytes = seed(seedKind, r).getBytes(StandardCharsets.UTF_8);
        int n = 1 + r.nextInt(3);
        List<String> names = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            Named<BiFunction<byte[], Random, byte[]>> l = LIGHT.get(r.nextInt(LIGHT.size()));
            names.add(l.name());
            bytes = l.f().apply(bytes, r);
        }
        return new Case(i, kind, String.join("+", names), bytes);
    }

    private static String seed(Input.Kind kind, Random r) {
        return switch (kind) {
            case TEXT -> r.nextBoolean() ? EN_TEXT : ES_TEXT;
            case HTML -> HTML_PAGE;
            case JSON -> JSON_ARRAY;
            case JSON_LINES -> JSON_LINES;
            case UNKNOWN -> List.of(EN_TEXT, ES_TEXT, HTML_PAGE, JSON_ARRAY, JSON_LINES).get(r.nextInt(5));
        };
    }

    private static String extension(Input.Kind kind) {
        return switch (kind) {
            case TEXT -> ".txt";
            case HTML -> ".html";
            case JSON -> ".json";
            case JSON_LINES -> ".jsonl";
            case UNKNOWN -> ".dat";
        };
    }

    /** A heavy payload in the form of the kind: the text itself, in an HTML page, or in JSON record(s). */
    private static byte[] embed(Input.Kind kind, Random r, String payload) {
        String out = switch (kind) {
            case TEXT -> payload;
            case HTML -> "<html><body><main><h1>Título</h1><p>" + payload + "</p></main></body></html>";
            case JSON -> "[{\"text\": " + jsonString(payload) + "}, {\"html\": " + jsonString("<p>" + payload + "</p>") + "}]";
            case JSON_LINES -> "{\"text\": " + jsonString(payload) + "}\n{\"html\": " + jsonString(payload) + "}\n";
            case UNKNOWN -> r.nextBoolean() ? payload : "<p>" + payload;
        };
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static byte[] random(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] truncate(byte[] b, Random r) {
        return b.length == 0 ? b : java.util.Arrays.copyOf(b, r.nextInt(b.length));
    }

    /** Cut just after the lead byte or a continuation byte of a multi-byte UTF-8 sequence. */
    private static byte[] truncateMidUtf8(byte[] b, Random r) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            int v = b[i] & 0xFF;
            if (v >= 0xC0 || (v >= 0x80 && i + 1 < b.length && (b[i + 1] & 0xC0) == 0x80)) cuts.add(i + 1);
        }
        return cuts.isEmpty() ? truncate(b, r) : java.util.Arrays.copyOf(b, cuts.get(r.nextInt(cuts.size())));
    }

    private static byte[] flip(byte[] b, Random r) {
        byte[] out = b.clone();
        int n = out.length == 0 ? 0 : 1 + r.nextInt(20);
        for (int i = 0; i < n; i++) out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        return out;
    }

    private static byte[] insert(byte[] b, Random r) {
        int at = r.nextInt(b.length + 1);
        return concat(concat(java.util.Arrays.copyOf(b, at), random(r, 1 + r.nextInt(64))), java.util.Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] delete(byte[] b, Random r) {
        if (b.length == 0) return b;
        int from = r.nextInt(b.length);
        int to = Math.min(b.length, from + 1 + r.nextInt(200));
        return concat(java.util.Arrays.copyOf(b, from), java.util.Arrays.copyOfRange(b, to, b.length));
    }

    private static byte[] nul(byte[] b, Random r) {
        return spliceBytes(b, r, new byte[] {0}, new byte[] {0, 0, 0, 0}, new byte[] {'a', 0, 'b', 0});
    }

    private static byte[] cp1252Splice(byte[] b, Random r) {
        byte[] cp = "«Relación económica» – café".getBytes(Charset.forName("windows-1252"));
        return spliceBytes(b, r, cp, new byte[] {(byte) 0x93, 'x', (byte) 0x94}, new byte[] {(byte) 0xE9}, new byte[] {(byte) 0x81});
    }

    private static byte[] invalidCodePoints(byte[] b, Random r) {
        return spliceBytes(b, r,
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},             // UTF-8 of a lone high surrogate
                new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},             // of a lone low surrogate
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                new byte[] {(byte) 0xC0, (byte) 0xAF},                           // overlong '/'
                new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF},             // U+FFFF, a non-character
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
    }

    private static byte[] wrongTypes(byte[] b, Random r) {
        String s = new String(b, StandardCharsets.UTF_8);
        String[] keys = {"text", "html", "title", "date", "url", "language", "number"};
        String[] values = {"42", "-1.5e300", "true", "null", "[]", "[\"a\", 1]", "{}", "{\"text\": \"x\"}", "\"\"", "\"   \"",
            "\"2024-02-30\"", "\"not a url\"", "\"EN_us!\"", "\"https://exa mple.org/\"", "\"\\u0000\"", "\"\\n\""};
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String key = "\"" + keys[r.nextInt(keys.length)] + "\"";
            String value = values[r.nextInt(values.length)];
            int at = s.indexOf(key + ":");
            if (at < 0) at = s.indexOf(key + " :");
            if (at >= 0) {
                int colon = s.indexOf(':', at);
                int end = valueEnd(s, colon + 1);
                s = s.substring(0, colon + 1) + " " + value + s.substring(end);
            } else {
                int brace = s.indexOf('{');
                if (brace >= 0) s = s.substring(0, brace + 1) + key + ": " + value + ", " + s.substring(brace + 1);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Where the JSON value starting at or after {@code from} ends (strings and scalars; good enough for the seeds). */
    private static int valueEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        if (i < s.length() && s.charAt(i) == '"') {
            i++;
            while (i < s.length() && s.charAt(i) != '"') i += s.charAt(i) == '\\' ? 2 : 1;
            return Math.min(s.length(), i + 1);
        }
        while (i < s.length() && ",}]\n".indexOf(s.charAt(i)) < 0) i++;
        return i;
    }

    private static byte[] spliceText(byte[] b, Random r, String... pieces) {
        byte[][] bytes = new byte[pieces.length][];
        for (int i = 0; i < pieces.length; i++) bytes[i] = pieces[i].getBytes(StandardCharsets.UTF_8);
        return spliceBytes(b, r, bytes);
    }

    /** Inserts 1–10 of the pieces at random offsets. */
    private static byte[] spliceBytes(byte[] b, Random r, byte[]... pieces) {
        byte[] out = b;
        int n = 1 + r.nextInt(10);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(out.length + 1);
            ByteArrayOutputStream o = new ByteArrayOutputStream(out.length + 16);
            o.write(out, 0, at);
            o.writeBytes(pieces[r.nextInt(pieces.length)]);
            o.write(out, at, out.length - at);
            out = o.toByteArray();
        }
        return out;
    }

    private static byte[] replace(byte[] b, String from, String to) {
        return new String(b, StandardCharsets.ISO_8859_1).replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] drop(byte[] b, Random r, byte which) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(b.length);
        for (byte x : b) {
            if (x != which || r.nextInt(3) == 0) o.write(x);
        }
        return o.toByteArray();
    }

    private static byte[] replaceAllLetters(byte[] b, Random r) {
        byte[] out = b.clone();
        byte filler = (byte) " .,-*\"".charAt(r.nextInt(6));
        for (int i = 0; i < out.length; i++) {
            if (Character.isLetter(out[i])) out[i] = filler;
        }
        return out;
    }
}
