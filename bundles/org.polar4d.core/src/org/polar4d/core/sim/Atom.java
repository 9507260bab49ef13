package org.polar4d.core.sim;

/**
 * One atom of the model: position in Å (x right, y up, z along the beam from the entrance surface)
 * and an index into the crystal's species list.
 */
record Atom(double x, double y, double z, int species) {
}
