package org.polar4d.core.preprocess;

/**
 * A dataset's global centre of mass (PAPER §4 step 1): the mean over all frames of each frame's
 * percentile-mask centroid, in (conditioned) frame pixels, row 0 at the top.
 *
 * @param row mean centroid row c̄_y
 * @param col mean centroid column c̄_x
 * @param frames number of frames averaged
 */
public record CentreOfMass(double row, double col, long frames) {
}
