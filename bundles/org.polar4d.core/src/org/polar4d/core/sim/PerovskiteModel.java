package org.polar4d.core.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.polar4d.core.label.PolarizationClass;

/**
 * A polar ABO3 perovskite viewed along [001]: a square supercell of {@code cells × cells} cubic
 * unit cells (lattice parameter {@code latticeA}) and {@code thicknessA} along the beam.
 *
 * <p>Atoms per cell (fractions of a): A at (0,0), the apical O at (½,½) in the AO plane; B at
 * (½,½), O at (½,0) and (0,½) in the BO2 plane. The polarization points along the unit vector
 * u = (cos ε cos θ, cos ε sin θ, sin ε) with θ the in-plane angle (x right, y up, counter-clockwise;
 * class k of {@link PolarizationClass} ↔ θ = 45°·k) and ε the elevation out of the plane (towards
 * the beam's exit side). B cations move by +{@code bShiftA}·u, all O by −{@code oShiftA}·u; A
 * cations stay at the cell corners (the reference frame).
 *
 * @param latticeA cubic lattice parameter in Å
 * @param cells unit cells per side of the square supercell (≥ 1)
 * @param thicknessA specimen thickness in Å, rounded to whole unit cells (at least one)
 * @param aSite A-site composition: element → fraction (fractions sum to 1); kept in order of
 *        descending atomic number, which fixes the formula and the random occupancy draw
 * @param aSiteOrder averaged (virtual crystal) or random occupancy
 * @param bSite B-site element
 * @param anion anion element (normally O)
 * @param polarizationDeg in-plane polarization angle θ in degrees
 * @param elevationDeg out-of-plane elevation ε of the polarization in degrees (0 = in plane)
 * @param bShiftA B displacement along the polarization, Å
 * @param oShiftA O displacement against the polarization, Å
 * @param phononConfigs frozen-phonon configurations averaged per pattern (0 = static lattice)
 * @param phononRmsA RMS thermal displacement per Cartesian axis, Å (used when phononConfigs &gt; 0)
 */
public record PerovskiteModel(double latticeA, int cells, double thicknessA, Map<Element, Double> aSite,
        ASiteOrder aSiteOrder, Element bSite, Element anion, double polarizationDeg, double elevationDeg,
        double bShiftA, double oShiftA, int phononConfigs, double phononRmsA) {

    /** Lattice parameter of the default model, Å (pseudocubic KNN). */
    public static final double KNN_LATTICE_A = 3.95;

    public PerovskiteModel {
        check(latticeA > 1 && latticeA < 20, "lattice parameter must be in (1, 20) Å, got " + latticeA);
        check(cells >= 1 && cells <= 64, "cells must be in 1..64, got " + cells);
        check(thicknessA > 0 && thicknessA <= 5000, "thickness must be in (0, 500] nm, got " + thicknessA / 10 + " nm");
        check(aSite != null && !aSite.isEmpty(), "the A-site composition is empty");
        double sum = 0;
        for (Map.Entry<Element, Double> e : aSite.entrySet()) {
            check(e.getValue() != null && e.getValue() >= 0, "A-site fraction of " + e.getKey() + " must be ≥ 0");
            sum += e.getValue();
        }
        check(Math.abs(sum - 1) < 1e-6, "A-site fractions must sum to 1, got " + sum);
        aSite = Collections.unmodifiableMap(byDescendingAtomicNumber(aSite));
        check(aSiteOrder != null && bSite != null && anion != null, "A-site order, B site and anion are required");
        check(Double.isFinite(polarizationDeg), "polarization angle must be finite");
        check(Math.abs(elevationDeg) <= 90, "elevation must be in [-90, 90]°, got " + elevationDeg);
        check(Math.abs(bShiftA) < latticeA / 4 && Math.abs(oShiftA) < latticeA / 4,
                "B and O displacements must be smaller than a/4");
        check(phononConfigs >= 0 && phononConfigs <= 1000, "frozen-phonon configurations must be in 0..1000");
        check(phononRmsA >= 0 && phononRmsA < latticeA / 4, "phonon RMS displacement must be in [0, a/4)");
        check(phononConfigs == 0 || phononRmsA > 0, "frozen phonons need an RMS displacement > 0");
    }

    /**
     * KNN, (K0.5Na0.5)NbO3 with averaged A sites, a = 3.95 Å, δ_B = 0.10 Å, δ_O = 0.05 Å, in-plane
     * polarization of the given class.
     */
    public static PerovskiteModel knn(PolarizationClass polarization, int cells, double thicknessA) {
        Map<Element, Double> a = new LinkedHashMap<>();
        a.put(Element.K, 0.5);
        a.put(Element.Na, 0.5);
        return new PerovskiteModel(KNN_LATTICE_A, cells, thicknessA, a, ASiteOrder.AVERAGED, Element.Nb, Element.O,
                polarization.angleDegrees(), 0, 0.10, 0.05, 0, 0);
    }

    /** The class whose angular bin holds θ (the dataset label). */
    public PolarizationClass polarizationClass() {
        return PolarizationClass.fromAngleDegrees(polarizationDeg);
    }

    /** Unit cells along the beam. */
    public int cellsAlongBeam() {
        return Math.max(1, (int) Math.round(thicknessA / latticeA));
    }

    /** Thickness actually simulated (whole unit cells), Å. */
    public double simulatedThicknessA() {
        return cellsAlongBeam() * latticeA;
    }

    /** Supercell edge, Å. */
    public double extentA() {
        return cells * latticeA;
    }

    /** Whether every unit cell is identical, so the potential repeats with one cell laterally. */
    public boolean isCellPeriodic() {
        boolean pureASite = aSite.values().stream().filter(f -> f > 0).count() == 1;
        return phononConfigs == 0 && (aSiteOrder == ASiteOrder.AVERAGED || pureASite);
    }

    /** Copy with another in-plane polarization angle. */
    public PerovskiteModel withPolarizationDeg(double theta) {
        return new PerovskiteModel(latticeA, cells, thicknessA, aSite, aSiteOrder, bSite, anion, theta, elevationDeg,
                bShiftA, oShiftA, phononConfigs, phononRmsA);
    }

    /** Copy with other displacements (δ_B along, δ_O against the polarization). */
    public PerovskiteModel withShifts(double bShift, double oShift) {
        return new PerovskiteModel(latticeA, cells, thicknessA, aSite, aSiteOrder, bSite, anion, polarizationDeg,
                elevationDeg, bShift, oShift, phononConfigs, phononRmsA);
    }

    /** Copy with another thickness in Å. */
    public PerovskiteModel withThicknessA(double t) {
        return new PerovskiteModel(latticeA, cells, t, aSite, aSiteOrder, bSite, anion, polarizationDeg, elevationDeg,
                bShiftA, oShiftA, phononConfigs, phononRmsA);
    }

    /** Copy with frozen phonons (0 configurations = static lattice). */
    public PerovskiteModel withPhonons(int configs, double rmsA) {
        return new PerovskiteModel(latticeA, cells, thicknessA, aSite, aSiteOrder, bSite, anion, polarizationDeg,
                elevationDeg, bShiftA, oShiftA, configs, rmsA);
    }

    /** Copy with another A-site composition and order. */
    public PerovskiteModel withASite(Map<Element, Double> composition, ASiteOrder order) {
        return new PerovskiteModel(latticeA, cells, thicknessA, composition, order, bSite, anion, polarizationDeg,
                elevationDeg, bShiftA, oShiftA, phononConfigs, phononRmsA);
    }

    /** Readable formula, e.g. {@code (K0.5Na0.5)NbO3}. */
    public String formula() {
        StringBuilder s = new StringBuilder();
        if (aSite.size() == 1) {
            s.append(aSite.keySet().iterator().next().name());
        } else {
            s.append('(');
            aSite.forEach((e, f) -> s.append(e.name()).append(trim(f)));
            s.append(')');
        }
        return s.append(bSite.name()).append(anion.name()).append('3').toString();
    }

    private static Map<Element, Double> byDescendingAtomicNumber(Map<Element, Double> composition) {
        Map<Element, Double> sorted = new LinkedHashMap<>();
        composition.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getKey().atomicNumber(), x.getKey().atomicNumber()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String trim(double f) {
        String t = String.format(java.util.Locale.ROOT, "%.4f", f);
        return t.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
