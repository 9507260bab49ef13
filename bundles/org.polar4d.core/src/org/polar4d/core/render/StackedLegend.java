package org.polar4d.core.render;

import java.util.List;

/** Legends one below the other. */
public final class StackedLegend implements Legend {

    private static final double GAP = 12;
    private final List<Legend> parts;

    public StackedLegend(List<Legend> parts) {
        this.parts = List.copyOf(parts);
    }

    public List<Legend> parts() {
        return parts;
    }

    /** Top of part {@code i} relative to the legend's corner. */
    public double offset(int i) {
        double y = 0;
        for (int p = 0; p < i; p++) {
            y += parts.get(p).height() + GAP;
        }
        return y;
    }

    @Override
    public double width() {
        return parts.stream().mapToDouble(Legend::width).max().orElse(0);
    }

    @Override
    public double height() {
        return offset(parts.size()) - GAP;
    }

    @Override
    public void draw(Canvas c, double x, double y) {
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).draw(c, x, y + offset(i));
        }
    }
}
