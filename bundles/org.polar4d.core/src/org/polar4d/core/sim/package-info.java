/**
 * Multislice simulation of labelled 4D-STEM scans of polar perovskites (synthetic training data).
 *
 * <p>Entry points: {@link org.polar4d.core.sim.SimulationSettings#builder()} (crystal
 * {@link org.polar4d.core.sim.PerovskiteModel}, optics, scan, detector frame, mode, dose, seed),
 * {@link org.polar4d.core.sim.SimulatedScan#of} (a lazily simulated, labelled
 * {@link org.polar4d.core.data.Dataset4D}; {@code materialize} for small scans) and
 * {@link org.polar4d.core.sim.Simulator} (single patterns at any probe position).
 *
 * <p>Orientation: x right, y up, angles counter-clockwise; polarization class k points at 45°·k;
 * detector frames show kx to the right and ky up (row 0 at the top), k = 0 on pixel (F/2, F/2).
 */
package org.polar4d.core.sim;
