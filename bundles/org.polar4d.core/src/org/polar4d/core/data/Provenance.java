package org.polar4d.core.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a dataset came from: the files read, the format, the reader options applied (including
 * orientation operations), and further details (e.g. every simulation parameter, the scan-shape
 * source). Maps keep insertion order.
 */
public record Provenance(List<Path> files, String format, Map<String, String> options, Map<String, String> details) {

    public Provenance {
        files = List.copyOf(files);
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Provenance of data made in memory, e.g. by the simulator or a test. */
    public static Provenance generated(String format, Map<String, String> details) {
        return new Provenance(List.of(), format, Map.of(), details);
    }

    public Provenance withOption(String key, String value) {
        Map<String, String> o = new LinkedHashMap<>(options);
        o.put(key, value);
        return new Provenance(files, format, o, details);
    }

    public Provenance withDetail(String key, String value) {
        Map<String, String> d = new LinkedHashMap<>(details);
        d.put(key, value);
        return new Provenance(files, format, options, d);
    }
}
