package org.polar4d.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Minimal JSON rendering of maps, lists, strings, numbers and booleans for command output. */
public final class JsonText {

    private JsonText() {
    }

    /** One line of JSON. */
    public static String of(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, -1, 0);
        return b.toString();
    }

    /** Indented JSON. */
    static String pretty(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, 2, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v, int indent, int level) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            quote(b, s);
        } else if (v instanceof Double d) {
            b.append(Double.isFinite(d) ? number(d) : "null");
        } else if (v instanceof Float f) {
            write(b, (double) f, indent, level);
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(i++ == 0 ? "" : indent < 0 ? ", " : ",");
                newline(b, indent, level + 1);
                quote(b, String.valueOf(e.getKey()));
                b.append(": ");
                write(b, e.getValue(), indent, level + 1);
            }
            if (!m.isEmpty()) {
                newline(b, indent, level);
            }
            b.append('}');
        } else if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof Number || x instanceof String)
                && indent >= 0) {
            write(b, l, -1, level);
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : indent < 0 ? ", " : ",");
                newline(b, indent, level + 1);
                write(b, l.get(i), indent, level + 1);
            }
            if (!l.isEmpty()) {
                newline(b, indent, level);
            }
            b.append(']');
        } else {
            quote(b, v.toString());
        }
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d).toLowerCase(Locale.ROOT);
    }

    private static void newline(StringBuilder b, int indent, int level) {
        if (indent >= 0) {
            b.append('\n').append(" ".repeat(indent * level));
        }
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
