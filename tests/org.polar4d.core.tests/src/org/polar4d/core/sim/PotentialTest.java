package org.polar4d.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Kirkland parametrization, its closed forms and the Fourier-space projected potential. */
class PotentialTest {

    @Test
    void besselK0MatchesTabulatedValues() {
        // Abramowitz & Stegun, table 9.8
        assertEquals(2.4270690247, BesselK0.of(0.1), 1e-7);
        assertEquals(0.9244190712, BesselK0.of(0.5), 1e-7);
        assertEquals(0.4210244382, BesselK0.of(1.0), 1e-7);
        assertEquals(0.1138938727, BesselK0.of(2.0), 1e-7);
        assertEquals(0.0036910983, BesselK0.of(5.0), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> BesselK0.of(0));
    }

    @Test
    void wavelengthAndInteractionConstantAreRelativistic() {
        assertEquals(0.025079, ElectronBeam.wavelengthA(200), 1e-6);
        assertEquals(0.019687, ElectronBeam.wavelengthA(300), 1e-6);
        assertEquals(0.037014, ElectronBeam.wavelengthA(100), 1e-6);
        // Kirkland (2010), table 5.1: sigma = 0.00072884 1/(V.A) at 200 kV
        assertEquals(7.2884e-4, ElectronBeam.interactionConstant(200), 2e-8);
        assertThrows(IllegalArgumentException.class, () -> ElectronBeam.wavelengthA(0));
    }

    /** Large-angle (Rutherford) limit of the fit: Σ a_i = Z / (2π² a₀); catches swapped table rows. */
    @Test
    void everyTableRowHasTheRutherfordTailOfItsElement() {
        for (Element e : Element.values()) {
            double sum = 0;
            for (double a : e.lorentzianAmplitudes()) {
                sum += a;
            }
            double expected = e.atomicNumber() / (2 * Math.PI * Math.PI * Element.BOHR_A);
            assertEquals(expected, sum, 0.05 * expected, e.name());
        }
    }

    @Test
    void scatteringFactorsHaveTheirKnownForwardValues() {
        // f_e(0) from Kirkland's fit: O 1.98 Å; heavier atoms scatter more
        assertEquals(1.98, Element.O.scatteringFactor(0), 0.02);
        assertTrue(Element.Nb.scatteringFactor(0) > Element.K.scatteringFactor(0));
        assertTrue(Element.Nb.scatteringFactor(0.5) < Element.Nb.scatteringFactor(0));
        assertEquals(Element.Nb, Element.parse("nb"));
        assertThrows(IllegalArgumentException.class, () -> Element.parse("Xx"));
    }

    /** The closed form of v_z equals the numerical projection of Kirkland's 3D potential along z. */
    @Test
    void closedFormProjectedPotentialIsTheIntegralOfThe3dPotential() {
        for (Element e : List.of(Element.O, Element.Na, Element.K, Element.Nb)) {
            for (double r : new double[] {0.05, 0.1, 0.3, 0.7, 1.5}) {
                double integral = 0;
                double dz = 0.0005;
                for (double z = dz / 2; z < 40; z += dz) {
                    integral += 2 * e.potential(Math.hypot(r, z)) * dz;
                }
                assertEquals(e.projectedPotential(r), integral, 2e-4 * integral, e + " at r = " + r);
            }
        }
    }

    /**
     * The Fourier-space potential of one atom is the closed form band-limited at Nyquist: it converges
     * to it as the grid is refined (error ∝ truncated scattering tail) and integrates to 2π a₀ e f_e(0).
     */
    @Test
    void singleAtomPotentialOnTheGridMatchesTheClosedForm() {
        double extent = 16;
        for (Element e : List.of(Element.O, Element.Nb)) {
            double previous = Double.MAX_VALUE;
            for (int n : new int[] {640, 1280}) {
                float[] v = new ProjectedPotential(List.of(Species.of(e)), n, extent)
                        .of(List.of(new Atom(extent / 2, extent / 2, 0, 0)));
                double dx = extent / n;
                double worst = 0;
                for (double r : new double[] {0.2, 0.3, 0.5, 0.8}) {
                    int steps = (int) Math.round(r / dx);
                    double onGrid = v[(n / 2) * n + n / 2 + steps];
                    double closed = e.projectedPotential(steps * dx);
                    worst = Math.max(worst, Math.abs(onGrid - closed) / closed);
                    // the same value one quarter turn away: the grid potential is isotropic
                    assertEquals(onGrid, v[(n / 2 + steps) * n + n / 2], 1e-4 * onGrid);
                }
                assertTrue(worst < previous / 2, e + ": error must shrink with the sampling, " + worst);
                previous = worst;
                double sum = 0;
                for (float p : v) {
                    sum += p * dx * dx;
                }
                assertEquals(e.projectedPotentialTransform(0), sum, 1e-4 * sum, e + " integral");
            }
            assertTrue(previous < 0.01, e + ": relative error at 0.0125 Å sampling " + previous);
        }
    }

    @Test
    void closedFormsRejectTheSingularity() {
        assertThrows(IllegalArgumentException.class, () -> Element.O.projectedPotential(0));
        assertThrows(IllegalArgumentException.class, () -> Element.O.potential(0));
    }
}
