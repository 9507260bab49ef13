package org.polar4d.core.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;

/**
 * A map over the scan positions with title, axes (scan column → right, scan row ↓ down, row 0 at
 * the top as in the data), a scale bar when the scan step is known, and a legend on the right. Each
 * scan position is drawn as a sharp square block of {@link #pixelScale()} pixels.
 */
public final class MapFigure implements Figure {

    /** Something drawn over the map raster, e.g. arrows. */
    public interface Overlay {
        /** @param x left of the map, @param y top of the map, @param scale pixels per scan position */
        void draw(Canvas canvas, double x, double y, double scale);
    }

    private static final int MARGIN = FigureTitle.MARGIN;
    private static final int MAX_MAP = 512;

    private final String title;
    private final String subtitle;
    private final ScanShape scan;
    private final BufferedImage raster;
    private final Overlay overlay;
    private final Legend legend;
    private final ScaleBar scaleBar;
    private final int scale;
    private final int mapX;
    private final int mapY;
    private final int legendX;
    private final int width;
    private final int height;

    /**
     * @param subtitle second title line or null
     * @param raster one pixel per scan position (cols × rows)
     * @param overlay drawn over the raster, or null
     * @param scanStep distance between scan positions, or null if unknown (no scale bar)
     */
    public MapFigure(String title, String subtitle, ScanShape scan, BufferedImage raster, Overlay overlay,
            Legend legend, Quantity scanStep) {
        if (raster.getWidth() != scan.cols() || raster.getHeight() != scan.rows()) {
            throw new IllegalArgumentException("map raster " + raster.getWidth() + "x" + raster.getHeight()
                    + " does not match the scan " + scan);
        }
        this.title = title;
        this.subtitle = subtitle;
        this.scan = scan;
        this.raster = raster;
        this.overlay = overlay;
        this.legend = legend;
        this.scaleBar = ScaleBar.of(scanStep, scan.cols());
        this.scale = Math.max(1, Math.min(32, MAX_MAP / Math.max(scan.rows(), scan.cols())));
        double tickLabelW = Canvas.textWidth(Integer.toString(scan.rows() - 1), 11, false);
        this.mapX = (int) Math.ceil(MARGIN + 18 + tickLabelW + 10);
        this.mapY = MARGIN + 22 + (subtitle == null ? 0 : 18) + 10;
        int mapW = scan.cols() * scale;
        int mapH = scan.rows() * scale;
        this.legendX = mapX + mapW + 28;
        int below = 4 + 16 + 22 + (scaleBar == null ? 0 : 34);
        int w = (int) Math.ceil(legendX + legend.width() + MARGIN + 6);
        w = (int) Math.max(w, Math.ceil(FigureTitle.minWidth(title)));
        if (subtitle != null) {
            w = (int) Math.max(w, Math.ceil(MARGIN * 2 + Canvas.textWidth(subtitle, 11.5, false)));
        }
        this.width = w;
        this.height = (int) Math.ceil(Math.max(mapY + mapH + below, mapY + legend.height()) + MARGIN);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** Pixels per scan position. */
    public int pixelScale() {
        return scale;
    }

    /** Left edge of the map in the figure. */
    public int mapX() {
        return mapX;
    }

    /** Top edge of the map in the figure. */
    public int mapY() {
        return mapY;
    }

    /** Figure pixel at the centre of scan position (row, col). */
    public int[] pixelOf(int row, int col) {
        return new int[] {mapX + col * scale + scale / 2, mapY + row * scale + scale / 2};
    }

    public int legendX() {
        return legendX;
    }

    public int legendY() {
        return mapY;
    }

    public Legend legend() {
        return legend;
    }

    /** The scale bar, or null without a calibrated scan step. */
    public ScaleBar scaleBar() {
        return scaleBar;
    }

    @Override
    public void draw(Canvas c) {
        FigureTitle.draw(c, title);
        if (subtitle != null) {
            c.text(subtitle, MARGIN, MARGIN + 33, 11.5, false, Canvas.Align.LEFT, Color.DARK_GRAY);
        }
        int mapW = scan.cols() * scale;
        int mapH = scan.rows() * scale;
        c.image(raster, mapX, mapY, mapW, mapH);
        if (overlay != null) {
            overlay.draw(c, mapX, mapY, scale);
        }
        c.strokeRect(mapX - 0.5, mapY - 0.5, mapW + 1, mapH + 1, Color.BLACK, 1);
        axes(c, mapW, mapH);
        if (scaleBar != null) {
            drawScaleBar(c, mapW, mapH);
        }
        legend.draw(c, legendX, mapY);
    }

    private void axes(Canvas c, int mapW, int mapH) {
        List<Double> xt = NiceNumbers.ticks(0, scan.cols() - 1, Math.max(2, mapW / 80));
        for (double v : xt) {
            double x = mapX + (v + 0.5) * scale;
            c.line(x, mapY + mapH + 0.5, x, mapY + mapH + 4.5, Color.BLACK, 1);
            c.text(NiceNumbers.format(v), x, mapY + mapH + 17, 11, false, Canvas.Align.CENTER, Color.BLACK);
        }
        List<Double> yt = NiceNumbers.ticks(0, scan.rows() - 1, Math.max(2, mapH / 80));
        for (double v : yt) {
            double y = mapY + (v + 0.5) * scale;
            c.line(mapX - 4.5, y, mapX - 0.5, y, Color.BLACK, 1);
            c.text(NiceNumbers.format(v), mapX - 7, y + 4, 11, false, Canvas.Align.RIGHT, Color.BLACK);
        }
        c.text("scan column", mapX + mapW / 2.0, mapY + mapH + 36, 12, false, Canvas.Align.CENTER, Color.BLACK);
        c.verticalText("scan row", MARGIN + 10, mapY + mapH / 2.0, 12, Color.BLACK);
    }

    private void drawScaleBar(Canvas c, int mapW, int mapH) {
        double len = scaleBar.positions() * scale;
        double right = mapX + mapW;
        double y = mapY + mapH + 48;
        c.fillRect(right - len, y, len, 5, Color.BLACK);
        c.text(scaleBar.label(), right - len / 2, y + 20, 12, true, Canvas.Align.CENTER, Color.BLACK);
    }
}
