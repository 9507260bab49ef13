package org.polar4d.core.io.frames;

import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.ScanShapeSource;

/**
 * A scan shape proposed by a file or its companions.
 *
 * @param shape the proposed shape
 * @param source where it comes from
 * @param origin what exactly, e.g. {@code "hdr ScanX/ScanY"}
 * @param completeLinesOnly accept fewer frames than the shape needs by keeping the complete scan
 *        lines (an interrupted acquisition)
 */
public record ScanCandidate(ScanShape shape, ScanShapeSource source, String origin, boolean completeLinesOnly) {

    public static ScanCandidate exact(ScanShape shape, ScanShapeSource source, String origin) {
        return new ScanCandidate(shape, source, origin, false);
    }

    /** A candidate that accepts an interrupted acquisition (incomplete last lines are dropped). */
    public static ScanCandidate lines(ScanShape shape, ScanShapeSource source, String origin) {
        return new ScanCandidate(shape, source, origin, true);
    }
}
