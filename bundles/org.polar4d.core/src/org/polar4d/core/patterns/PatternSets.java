package org.polar4d.core.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Views over pattern sets: concatenation (e.g. one labelled scan per class → one training set),
 * subsets and relabelling. Views copy no pattern data and do not close the sets they view; write a
 * view to a file with {@link PatternSetFile#write}.
 *
 * <p>Recipe keys of the form {@code source.<i>.<name>} describe source {@code i} (e.g. its global
 * centre of mass); a concatenation renumbers them. All other recipe keys must be equal in every
 * part of a concatenation.
 */
public final class PatternSets {

    /** Prefix of per-source recipe keys: {@code source.<i>.<name>}. */
    public static final String SOURCE_PREFIX = "source.";
    private static final Pattern SOURCE_KEY = Pattern.compile("source\\.(\\d+)\\.(.+)");

    private PatternSets() {
    }

    /** The recipe key describing property {@code name} of source {@code index}. */
    public static String sourceKey(int index, String name) {
        return SOURCE_PREFIX + index + "." + name;
    }

    /** All parts one after the other; sources are concatenated and renumbered. */
    public static PatternSet concat(List<? extends PatternSet> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        PatternSet first = parts.get(0);
        Map<String, String> recipe = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        int[] patternOffsets = new int[parts.size() + 1];
        int[] sourceOffsets = new int[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            PatternSet part = parts.get(p);
            if (part.height() != first.height() || part.width() != first.width()) {
                throw new IllegalArgumentException("cannot concatenate patterns of " + part.height() + "x" + part.width()
                        + " (part " + p + ") with " + first.height() + "x" + first.width());
            }
            sourceOffsets[p] = sources.size();
            mergeRecipe(recipe, part.recipe(), sourceOffsets[p], p);
            sources.addAll(part.sources());
            long end = (long) patternOffsets[p] + part.size();
            if (end > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("concatenation exceeds " + Integer.MAX_VALUE + " patterns");
            }
            patternOffsets[p + 1] = (int) end;
        }
        return new Concat(List.copyOf(parts), patternOffsets, sourceOffsets, sources, recipe);
    }

    private static void mergeRecipe(Map<String, String> merged, Map<String, String> part, int sourceOffset, int p) {
        for (Map.Entry<String, String> e : part.entrySet()) {
            Matcher m = SOURCE_KEY.matcher(e.getKey());
            if (m.matches()) {
                merged.put(sourceKey(Integer.parseInt(m.group(1)) + sourceOffset, m.group(2)), e.getValue());
                continue;
            }
            String previous = merged.putIfAbsent(e.getKey(), e.getValue());
            if (previous != null && !previous.equals(e.getValue())) {
                throw new IllegalArgumentException("cannot concatenate pattern sets made with different recipes: '"
                        + e.getKey() + "' is " + previous + " before part " + p + " but " + e.getValue() + " in it");
            }
        }
        if (p > 0) {
            for (String key : merged.keySet()) {
                if (!SOURCE_KEY.matcher(key).matches() && !part.containsKey(key)) {
                    throw new IllegalArgumentException("cannot concatenate pattern sets made with different recipes: '"
                            + key + "' is missing in part " + p);
                }
            }
        }
    }

    /** The patterns at {@code indices} (in that order; repeats allowed). */
    public static PatternSet subset(PatternSet set, int[] indices) {
        int[] copy = indices.clone();
        for (int i : copy) {
            Objects.checkIndex(i, set.size());
        }
        return new Subset(set, copy);
    }

    /** The patterns whose index passes {@code keep}, in order. */
    public static PatternSet filter(PatternSet set, IntPredicate keep) {
        return new Subset(set, java.util.stream.IntStream.range(0, set.size()).filter(keep).toArray());
    }

    /** The same patterns with every label replaced by {@code label} (0..7 or {@link PatternSet#NO_LABEL}). */
    public static PatternSet relabel(PatternSet set, int label) {
        if (label < PatternSet.NO_LABEL || label > 7) {
            throw new IllegalArgumentException("label must be -1 (none) or 0..7, got " + label);
        }
        return new Relabelled(set, label);
    }

    /** Number of patterns per label: index 0..7 = classes, index 8 = unlabelled. */
    public static int[] labelCounts(PatternSet set) {
        int[] counts = new int[9];
        for (int i = 0; i < set.size(); i++) {
            int l = set.label(i);
            counts[l == PatternSet.NO_LABEL ? 8 : l]++;
        }
        return counts;
    }

    private static final class Concat implements PatternSet {
        private final List<PatternSet> parts;
        private final int[] patternOffsets;
        private final int[] sourceOffsets;
        private final List<String> sources;
        private final Map<String, String> recipe;

        Concat(List<PatternSet> parts, int[] patternOffsets, int[] sourceOffsets, List<String> sources,
                Map<String, String> recipe) {
            this.parts = parts;
            this.patternOffsets = patternOffsets;
            this.sourceOffsets = sourceOffsets;
            this.sources = List.copyOf(sources);
            this.recipe = java.util.Collections.unmodifiableMap(recipe);
        }

        private int part(int index) {
            Objects.checkIndex(index, size());
            int p = java.util.Arrays.binarySearch(patternOffsets, index);
            if (p < 0) {
                return -p - 2;
            }
            while (patternOffsets[p + 1] == index) { // skip empty parts
                p++;
            }
            return p;
        }

        @Override
        public int size() {
            return patternOffsets[parts.size()];
        }

        @Override
        public int height() {
            return parts.get(0).height();
        }

        @Override
        public int width() {
            return parts.get(0).width();
        }

        @Override
        public void read(int index, float[] dst, int offset) {
            int p = part(index);
            parts.get(p).read(index - patternOffsets[p], dst, offset);
        }

        @Override
        public int label(int index) {
            int p = part(index);
            return parts.get(p).label(index - patternOffsets[p]);
        }

        @Override
        public int sourceIndex(int index) {
            int p = part(index);
            return sourceOffsets[p] + parts.get(p).sourceIndex(index - patternOffsets[p]);
        }

        @Override
        public int row(int index) {
            int p = part(index);
            return parts.get(p).row(index - patternOffsets[p]);
        }

        @Override
        public int col(int index) {
            int p = part(index);
            return parts.get(p).col(index - patternOffsets[p]);
        }

        @Override
        public List<String> sources() {
            return sources;
        }

        @Override
        public Map<String, String> recipe() {
            return recipe;
        }
    }

    private static final class Subset implements PatternSet {
        private final PatternSet set;
        private final int[] indices;

        Subset(PatternSet set, int[] indices) {
            this.set = set;
            this.indices = indices;
        }

        @Override
        public int size() {
            return indices.length;
        }

        @Override
        public int height() {
            return set.height();
        }

        @Override
        public int width() {
            return set.width();
        }

        @Override
        public void read(int index, float[] dst, int offset) {
            set.read(indices[index], dst, offset);
        }

        @Override
        public int label(int index) {
            return set.label(indices[index]);
        }

        @Override
        public int sourceIndex(int index) {
            return set.sourceIndex(indices[index]);
        }

        @Override
        public int row(int index) {
            return set.row(indices[index]);
        }

        @Override
        public int col(int index) {
            return set.col(indices[index]);
        }

        @Override
        public List<String> sources() {
            return set.sources();
        }

        @Override
        public Map<String, String> recipe() {
            return set.recipe();
        }
    }

    private static final class Relabelled implements PatternSet {
        private final PatternSet set;
        private final int label;

        Relabelled(PatternSet set, int label) {
            this.set = set;
            this.label = label;
        }

        @Override
        public int size() {
            return set.size();
        }

        @Override
        public int height() {
            return set.height();
        }

        @Override
        public int width() {
            return set.width();
        }

        @Override
        public void read(int index, float[] dst, int offset) {
            set.read(index, dst, offset);
        }

        @Override
        public int label(int index) {
            Objects.checkIndex(index, set.size());
            return label;
        }

        @Override
        public int sourceIndex(int index) {
            return set.sourceIndex(index);
        }

        @Override
        public int row(int index) {
            return set.row(index);
        }

        @Override
        public int col(int index) {
            return set.col(index);
        }

        @Override
        public List<String> sources() {
            return set.sources();
        }

        @Override
        public Map<String, String> recipe() {
            return set.recipe();
        }
    }
}
