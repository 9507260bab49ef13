package org.polar4d.core.filter;

import java.util.List;
import java.util.Locale;

/**
 * How many patterns each filter removed, per source dataset. A pattern rejected by several filters
 * counts once in {@link Entry#removed()} and once under each filter.
 */
public record FilterReport(List<Entry> entries) {

    public FilterReport {
        entries = List.copyOf(entries);
    }

    /**
     * @param source dataset name
     * @param frames frames in the dataset
     * @param removedByComShift rejected by the CoM-magnitude filter
     * @param removedByIntensity rejected by the intensity outlier filter
     * @param removed rejected by any filter
     * @param hotPixels hot detector pixels repaired (0 without repair)
     * @param deadPixels dead detector pixels repaired
     */
    public record Entry(String source, long frames, long removedByComShift, long removedByIntensity, long removed,
            int hotPixels, int deadPixels) {

        public long kept() {
            return frames - removed;
        }
    }

    public long frames() {
        return entries.stream().mapToLong(Entry::frames).sum();
    }

    public long removed() {
        return entries.stream().mapToLong(Entry::removed).sum();
    }

    public long removedByComShift() {
        return entries.stream().mapToLong(Entry::removedByComShift).sum();
    }

    public long removedByIntensity() {
        return entries.stream().mapToLong(Entry::removedByIntensity).sum();
    }

    public long kept() {
        return frames() - removed();
    }

    /** E.g. "3,112 of 16,384 patterns filtered out (CoM shift 3,100, intensity 12)". */
    public String summary() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d of %,d patterns filtered out", removed(),
                frames()));
        if (removed() > 0) {
            sb.append(String.format(Locale.ROOT, " (CoM shift %,d, intensity %,d)", removedByComShift(),
                    removedByIntensity()));
        }
        return sb.toString();
    }
}
