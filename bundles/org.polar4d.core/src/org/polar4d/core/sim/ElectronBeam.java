package org.polar4d.core.sim;

/** Relativistic electron wavelength and interaction constant for an accelerating voltage. */
public final class ElectronBeam {

    /** Electron rest energy m₀c², keV (CODATA 2018). */
    static final double REST_ENERGY_KEV = 510.99895;
    /** h·c in keV·Å. */
    static final double HC_KEV_A = 12.398419843;

    private ElectronBeam() {
    }

    /** Relativistic wavelength λ = hc / √(E(2m₀c² + E)) in Å for a beam energy E in keV. */
    public static double wavelengthA(double energyKeV) {
        checkEnergy(energyKeV);
        return HC_KEV_A / Math.sqrt(energyKeV * (2 * REST_ENERGY_KEV + energyKeV));
    }

    /**
     * Interaction constant σ = 2π m e λ / h² = (2π / (λ V)) · (m₀c² + eV) / (2m₀c² + eV) in 1/(V·Å),
     * so that a slice of projected potential v_z (V·Å) shifts the phase by σ·v_z.
     */
    public static double interactionConstant(double energyKeV) {
        checkEnergy(energyKeV);
        double volts = energyKeV * 1000;
        return 2 * Math.PI / (wavelengthA(energyKeV) * volts) * (REST_ENERGY_KEV + energyKeV)
                / (2 * REST_ENERGY_KEV + energyKeV);
    }

    private static void checkEnergy(double energyKeV) {
        if (!(energyKeV >= 1 && energyKeV <= 3000)) {
            throw new IllegalArgumentException("beam energy must be in 1..3000 keV, got " + energyKeV);
        }
    }
}
