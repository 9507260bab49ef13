package org.polar4d.core.io.frames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.ScanShapeSource;

/**
 * The scan shape chosen for a dataset: the user's override if given, else the first of the file's
 * candidates that fits the frames available (after the sync offset). Notes explain rejected
 * candidates and dropped frames; they go to the provenance.
 *
 * @param shape chosen scan shape
 * @param source where it came from
 * @param origin what exactly
 * @param notes explanations (rejected candidates, unused trailing frames), may be empty
 */
public record ScanResolution(ScanShape shape, ScanShapeSource source, String origin, List<String> notes) {

    /**
     * @param file the file named in errors
     * @param frames frames in the file
     * @param syncOffset frames skipped (positive) or blank frames inserted (negative) at the start
     * @param user the user's scan shape, or null
     * @param candidates the file's proposals, best first
     * @throws FormatException if no shape fits
     */
    public static ScanResolution resolve(Path file, long frames, long syncOffset, ScanShape user,
            List<ScanCandidate> candidates) throws FormatException {
        long available = frames - syncOffset;
        if (available < 1) {
            throw new FormatException(file, "sync offset " + syncOffset,
                    "leaves no frames (the file holds " + frames + ")");
        }
        List<String> notes = new ArrayList<>();
        if (user != null) {
            if (user.positions() > available) {
                throw new FormatException(file, "scan shape " + user + " (user)", "needs " + user.positions()
                        + " frames but " + describe(frames, syncOffset) + " (" + available + " usable)");
            }
            if (user.positions() < available) {
                notes.add("ignored " + (available - user.positions()) + " trailing frames");
            }
            return new ScanResolution(user, ScanShapeSource.USER, "user", notes);
        }
        for (ScanCandidate c : candidates) {
            ScanShape s = c.shape();
            if (s.positions() == available) {
                return new ScanResolution(s, c.source(), c.origin(), notes);
            }
            if (c.completeLinesOnly() && s.positions() > available && available >= s.cols()) {
                ScanShape kept = new ScanShape((int) (available / s.cols()), s.cols());
                long dropped = available - kept.positions();
                notes.add(c.origin() + " says " + s + " but only " + available + " frames are present: kept "
                        + kept.rows() + " complete lines" + (dropped > 0 ? ", dropped " + dropped + " frames" : ""));
                return new ScanResolution(kept, c.source(), c.origin(), notes);
            }
            notes.add(c.origin() + " (" + s + ", " + s.positions() + " frames) does not match the " + available
                    + " frames available");
        }
        throw new FormatException(file, "scan shape", "cannot be determined: " + describe(frames, syncOffset)
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)) + "; give the scan shape explicitly");
    }

    private static String describe(long frames, long syncOffset) {
        return "the file holds " + frames + " frames" + (syncOffset != 0 ? " with sync offset " + syncOffset : "");
    }

    /** {@code n×n} if {@code frames} is a perfect square, else null. */
    public static ScanShape squareOf(long frames) {
        long r = Math.round(Math.sqrt((double) frames));
        return r * r == frames && r <= Integer.MAX_VALUE ? new ScanShape((int) r, (int) r) : null;
    }
}
