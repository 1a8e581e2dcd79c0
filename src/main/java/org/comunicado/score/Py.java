package org.comunicado.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonValue;

/**
 * How the reference scorer (Python) prints values, so that this port's report reads the same:
 * {@code str()} of JSON values, {@code repr()} of strings and lists, and {@code format(x, '6.3f')}
 * (exact binary value, ties to even). Stateless.
 */
final class Py {
    private Py() {
    }

    /** Python's {@code str()} of a parsed JSON value ({@code null}: absent or JSON null, "None"). */
    static String str(JsonValue v) {
        if (v == null || v.isNull()) return "None";
        if (v.isString()) return v.getAsString().value();
        if (v.isBoolean()) return v.getAsBoolean().value() ? "True" : "False";
        if (v.isNumber()) return number(v.getAsNumber());
        return v.toString();
    }

    /** A JSON number as Python prints the int or float {@code json.load} makes of it. */
    static String number(JsonNumber n) {
        Number x = n.value();
        // Jena keeps every JSON number as a BigDecimal of its lexical form: integers have neither point nor exponent.
        if (x instanceof BigDecimal d && d.toString().matches("-?\\d+")) return d.toString();
        if (x instanceof BigDecimal || x instanceof Double || x instanceof Float) return floatRepr(x.doubleValue());
        return x.toString();
    }

    /** Python's {@code repr()} of a float, for the values a score report meets. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        double a = Math.abs(d);
        if (a != 0 && (a < 1e-4 || a >= 1e16)) {
            String s = Double.toString(d).replace("E", "e");
            int e = s.indexOf('e');
            String mant = s.substring(0, e).replaceAll("\\.0$", "");
            int exp = Integer.parseInt(s.substring(e + 1));
            return mant + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
        }
        String plain = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** {@code format(d, 'w.3f')}: the exact binary value rounded half-even, right-aligned in {@code width}. */
    static String fixed3(double d, int width) {
        String s = new BigDecimal(d).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** Python's {@code repr()} of a string or {@code None}. */
    static String repr(String s) {
        if (s == null) return "None";
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == '\\') b.append("\\\\");
            else if (c == q) b.append('\\').append(q);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7f) b.append(String.format(Locale.ROOT, "\\x%02x", c));
            else b.appendCodePoint(c);
        });
        return b.append(q).toString();
    }

    /** Python's {@code repr()} of a list of strings. */
    static String repr(List<String> items) {
        return items.stream().map(Py::repr).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Python's {@code s[:n]} on code points. */
    static String head(String s, int n) {
        if (s.codePointCount(0, s.length()) <= n) return s;
        return s.substring(0, s.offsetByCodePoints(0, n));
    }
}
