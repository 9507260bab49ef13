package org.polar4d.core.render;

/** A legend panel drawn beside a map. */
public interface Legend {

    double width();

    double height();

    /** Draws the legend with its top-left corner at (x, y). */
    void draw(Canvas canvas, double x, double y);
}
