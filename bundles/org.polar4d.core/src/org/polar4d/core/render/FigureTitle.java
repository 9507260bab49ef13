package org.polar4d.core.render;

import java.awt.Color;

/** The bold title at the top left of a figure, inside the figure margin shared by all figures. */
final class FigureTitle {

    /** Blank border around a figure, in pixels. */
    static final int MARGIN = 14;
    private static final int SIZE = 15;

    private FigureTitle() {
    }

    /** Smallest figure width that shows {@code title} whole between the margins. */
    static double minWidth(String title) {
        return 2 * MARGIN + Canvas.textWidth(title, SIZE, true);
    }

    static void draw(Canvas c, String title) {
        c.text(title, MARGIN, MARGIN + SIZE, SIZE, true, Canvas.Align.LEFT, Color.BLACK);
    }
}
