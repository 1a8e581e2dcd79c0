package org.comunicado.score;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One gold file ({@code NAME.gold.json}, shared/corpus/GOLD-FORMAT.md) as the scorer uses it:
 * the entities, quantities and quotations it lists, each with its optional list. Absent lists are
 * empty, as in the reference scorer. Immutable.
 *
 * @param release the release file the gold file annotates ({@code NAME.txt})
 * @param language the gold file's {@code language}, {@code "?"} when absent
 */
public record GoldRelease(String release, String language,
                          Map<String, List<Item>> entities, Map<String, List<Item>> optionalEntities,
                          List<Quantity> quantities, List<Quantity> optionalQuantities,
                          List<Quote> quotes, List<Quote> optionalQuotes) {

    /** The entity categories, in the order the reference scorer reports them. */
    public static final List<String> ENTITY_KINDS = List.of("persons", "organizations", "countries", "programs");

    /**
     * A quantity on either side.
     *
     * @param value the value as a number, {@code null} if it is none
     * @param valueText the value as the reference scorer prints it
     * @param unit the unit compared for {@code unit_ok} ({@code ""} when absent)
     * @param unitText the unit as printed in a miss ({@code None} when absent)
     */
    public record Quantity(Double value, String valueText, String unit, String unitText) {
    }

    /** A quotation on either side: gold has a speaker and {@code starts_with}, the system text and speaker labels. */
    public record Quote(String speaker, String startsWith, String text, List<String> speakerLabels) {
    }

    /** Reads {@code NAME.gold.json}. */
    public static GoldRelease read(Path goldFile) throws IOException, GoldFormatException {
        JsonObject g;
        try (InputStream in = Files.newInputStream(goldFile)) {
            JsonValue v = JSON.parseAny(in);
            if (!v.isObject()) throw new GoldFormatException(goldFile + ": not a JSON object");
            g = v.getAsObject();
        } catch (JsonException | org.apache.jena.atlas.AtlasException e) {
            throw new GoldFormatException(goldFile + ": not valid JSON: " + firstLine(e.getMessage()), e);
        }
        String name = goldFile.getFileName().toString().replace(".gold.json", ".txt");
        Reader r = new Reader(goldFile, g);
        Map<String, List<Item>> entities = new LinkedHashMap<>();
        Map<String, List<Item>> optional = new LinkedHashMap<>();
        for (String kind : ENTITY_KINDS) {
            entities.put(kind, r.entities(kind));
            optional.put(kind, r.entities(kind + "_optional"));
        }
        JsonValue lang = g.get("language");
        String language = lang == null ? "?" : Py.str(lang);
        return new GoldRelease(name, language, entities, optional, r.quantities("quantities"),
                r.quantities("quantities_optional"), r.quotes("quotes"), r.quotes("quotes_optional"));
    }

    private static String firstLine(String s) {
        return s == null ? "syntax error" : s.lines().findFirst().orElse("syntax error");
    }

    /** Reads the lists of one gold object, naming the file and field in every complaint. */
    private record Reader(Path file, JsonObject g) {

        List<JsonObject> objects(String field) throws GoldFormatException {
            JsonValue v = g.get(field);
            if (v == null) return List.of();
            if (!v.isArray()) throw bad(field + " is not a list");
            List<JsonObject> out = new ArrayList<>();
            JsonArray a = v.getAsArray();
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).isObject()) throw bad(field + "[" + i + "] is not an object");
                out.add(a.get(i).getAsObject());
            }
            return out;
        }

        List<Item> entities(String field) throws GoldFormatException {
            List<Item> out = new ArrayList<>();
            int i = 0;
            for (JsonObject o : objects(field)) {
                String where = field + "[" + i++ + "]";
                List<String> aliases = new ArrayList<>();
                JsonValue av = o.get("aliases");
                if (av != null && !av.isNull()) {
                    if (!av.isArray()) throw bad(where + ".aliases is not a list");
                    for (JsonValue a : av.getAsArray()) {
                        if (!a.isString()) throw bad(where + ".aliases holds a non-string");
                        aliases.add(a.getAsString().value());
                    }
                }
                out.add(Item.gold(string(o, "name", where), aliases, string(o, "iso3", where)));
            }
            return out;
        }

        List<Quantity> quantities(String field) throws GoldFormatException {
            List<Quantity> out = new ArrayList<>();
            for (JsonObject o : objects(field)) {
                JsonValue v = o.get("value");
                JsonValue u = o.get("unit");
                out.add(new Quantity(number(v), Py.str(v), u == null ? "" : Py.str(u), Py.str(u)));
            }
            return out;
        }

        List<Quote> quotes(String field) throws GoldFormatException {
            List<Quote> out = new ArrayList<>();
            int i = 0;
            for (JsonObject o : objects(field)) {
                String where = field + "[" + i++ + "]";
                out.add(new Quote(string(o, "speaker", where), string(o, "starts_with", where), null, List.of()));
            }
            return out;
        }

        private String string(JsonObject o, String key, String where) throws GoldFormatException {
            JsonValue v = o.get(key);
            if (v == null || v.isNull()) return null;
            if (!v.isString()) throw bad(where + "." + key + " is not a string");
            return v.getAsString().value();
        }

        private GoldFormatException bad(String what) {
            return new GoldFormatException(file + ": " + what);
        }
    }

    /** Python's {@code float(v)}, or {@code null} where it would fail. */
    static Double number(JsonValue v) {
        if (v == null || v.isNull()) return null;
        if (v.isNumber()) return v.getAsNumber().value().doubleValue();
        if (v.isBoolean()) return v.getAsBoolean().value() ? 1.0 : 0.0;
        if (v.isString()) return number(v.getAsString().value());
        return null;
    }

    static Double number(String s) {
        if (s == null) return null;
        try {
            String t = s.strip();
            if (t.matches("(?i)[+-]?(inf|infinity|nan)")) return Double.parseDouble(t.replaceAll("(?i)inf(inity)?", "Infinity").replaceAll("(?i)nan", "NaN"));
            if (!t.matches("[+-]?(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?([eE][+-]?\\d(_?\\d)*)?") || !t.matches(".*\\d.*")) return null;
            return Double.parseDouble(t.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
