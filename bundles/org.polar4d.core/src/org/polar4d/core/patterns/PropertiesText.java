package org.polar4d.core.patterns;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Key-value text in {@link Properties} syntax, keys sorted, UTF-8 friendly (no {@code \\u} escapes
 * needed when read with a reader). Used for the self-describing part of pattern-set files.
 */
public final class PropertiesText {

    private PropertiesText() {
    }

    /** One {@code key=value} line per entry, sorted by key. */
    public static String format(Map<String, String> entries) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
            escape(sb, e.getKey(), true);
            sb.append('=');
            escape(sb, e.getValue(), false);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Parses text written by {@link #format}; the result is sorted by key. */
    public static Map<String, String> parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, String> map = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            map.put(key, p.getProperty(key));
        }
        return map;
    }

    private static void escape(StringBuilder sb, String s, boolean key) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\f' -> sb.append("\\f");
                case '=', ':', '#', '!' -> sb.append('\\').append(c);
                case ' ' -> sb.append(key || i == 0 ? "\\ " : " ");
                default -> sb.append(c);
            }
        }
    }
}
