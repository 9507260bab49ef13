package org.polar4d.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as JSON text (for metadata files and bench lines). */
final class JsonText {

    private JsonText() {
    }

    static String of(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, "");
        return b.toString();
    }

    /** Indented multi-line form. */
    static String pretty(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, "\n");
        return b.append('\n').toString();
    }

    private static void write(StringBuilder b, Object v, String newline) {
        String inner = newline.isEmpty() ? "" : newline + "  ";
        if (v == null) {
            b.append("null");
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",").append(inner);
                first = false;
                string(b, String.valueOf(e.getKey()));
                b.append(newline.isEmpty() ? ":" : ": ");
                write(b, e.getValue(), inner);
            }
            b.append(m.isEmpty() ? "" : newline).append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : newline.isEmpty() ? "," : ", ");
                write(b, l.get(i), "");
            }
            b.append(']');
        } else if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                b.append("null");
            } else {
                b.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d));
            }
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else {
            string(b, v.toString());
        }
    }

    private static void string(StringBuilder b, String s) {
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
