package org.polar4d.core.render;

import java.awt.Color;
import java.util.List;

/** Lines of explanatory text under a legend. */
public final class TextLegend implements Legend {

    private static final double LINE = 15;
    private final List<String> lines;
    private final double width;

    public TextLegend(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.width = Math.ceil(lines.stream().mapToDouble(l -> Canvas.textWidth(l, 11, false)).max().orElse(0));
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return lines.size() * LINE + 4;
    }

    @Override
    public void draw(Canvas c, double x, double y) {
        for (int i = 0; i < lines.size(); i++) {
            c.text(lines.get(i), x, y + 12 + i * LINE, 11, false, Canvas.Align.LEFT, Color.DARK_GRAY);
        }
    }
}
