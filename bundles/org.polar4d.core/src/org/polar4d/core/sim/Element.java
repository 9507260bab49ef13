package org.polar4d.core.sim;

/**
 * Chemical elements the simulator knows, with their electron scattering factors in Kirkland's
 * parametrization: three Lorentzians plus three Gaussians,
 *
 * <pre>f_e(q) = Σ a_i / (q² + b_i) + Σ c_i exp(−d_i q²)</pre>
 *
 * with q = 1/d in 1/Å and f_e in Å. The parameters are the fitted values of E. J. Kirkland,
 * <i>Advanced Computing in Electron Microscopy</i>, 2nd ed., Springer 2010, Appendix C (the table
 * distributed with his programs as {@code fparams.dat}), in the order a1 b1 a2 b2 a3 b3 c1 d1 c2 d2
 * c3 d3. The set covers the cations of the common oxide perovskites (KNN, BaTiO3, PbTiO3, PZT,
 * BiFeO3, SrTiO3, NBT, KTN, …) and oxygen.
 */
public enum Element {
    O(8, 3.39969204e-01, 3.81570280e-01, 3.07570172e-01, 3.81571436e-01, 1.30369072e-01, 1.91919745e+01,
            8.83326058e-02, 7.60635525e-01, 1.96586700e-01, 2.07401094e+00, 9.96220028e-04, 3.03266869e-02),
    Na(11, 1.36471662e-01, 4.99965301e-02, 7.70677865e-01, 8.81899664e-01, 1.56862014e-01, 1.61768579e+01,
            9.96821513e-01, 2.00132610e+01, 3.80304670e-02, 2.60516254e-01, 1.27685089e-01, 6.99559329e-01),
    Mg(12, 3.04384121e-01, 8.42014377e-02, 7.56270563e-01, 1.64065598e+00, 1.01164809e-01, 2.97142975e+01,
            3.45203403e-02, 2.16596094e-01, 9.71751327e-01, 1.21236852e+01, 1.20593012e-01, 5.60865838e-01),
    K(19, 6.92717865e-01, 7.10849990e+00, 9.65161085e-01, 3.57532901e-01, 1.48466588e-01, 3.93763275e-02,
            2.64645027e-02, 1.03591321e-01, 1.80883768e+00, 3.22845199e+01, 5.43900018e-01, 1.67791374e+00),
    Ca(20, 3.66902871e-01, 6.14274129e-02, 8.66378999e-01, 5.70881727e-01, 6.67203300e-01, 7.82965639e+00,
            4.87743636e-01, 1.32531318e+00, 1.82406314e+00, 2.10056032e+01, 2.20248453e-02, 9.11853450e-02),
    Ti(22, 3.62383267e-01, 7.54707114e-02, 9.84232966e-01, 4.97757309e-01, 7.41715642e-01, 8.17659391e+00,
            3.62555269e-01, 9.55524906e-01, 1.49159390e+00, 1.62221677e+01, 1.61659509e-02, 7.33140839e-02),
    Mn(25, 3.26697613e-01, 8.88813083e-02, 7.17297000e-01, 1.11300198e+01, 1.33212464e+00, 5.82141104e-01,
            2.80801702e-01, 6.71583145e-01, 1.15499241e+00, 1.26825395e+01, 1.11984488e-02, 5.32334467e-02),
    Fe(26, 3.13454847e-01, 8.99325756e-02, 6.89290016e-01, 1.30366038e+01, 1.47141531e+00, 6.33345291e-01,
            1.03298688e+00, 1.16783425e+01, 2.58280285e-01, 6.09116446e-01, 1.03460690e-02, 4.81610627e-02),
    Ni(28, 1.72254630e+00, 7.76606908e-01, 3.29543044e-01, 1.02262360e-01, 6.23007200e-01, 1.94156207e+01,
            9.43496513e-03, 3.98684596e-02, 8.54063515e-01, 1.04078166e+01, 2.21073515e-01, 5.10869330e-01),
    Sr(38, 1.37373086e-02, 1.87469061e-02, 1.97548672e+00, 6.36079230e+00, 1.59261029e+00, 2.21992482e-01,
            1.73263882e-01, 2.01624958e-01, 4.66280378e+00, 2.53027803e+01, 1.61265063e-03, 1.53610568e-02),
    Zr(40, 2.64365505e+00, 2.20202699e+00, 5.54225147e-01, 1.78260107e+02, 7.61376625e-01, 7.67218745e-02,
            6.02946891e-03, 1.55143296e-02, 9.91630530e-02, 1.76175995e-01, 9.56782020e-01, 1.54330682e+00),
    Nb(41, 6.59532875e-01, 8.66145490e-02, 1.84545854e+00, 5.94774398e+00, 1.25584405e+00, 6.40851475e-01,
            1.22253422e-01, 1.66646050e-01, 7.06638328e-01, 1.62853268e+00, 2.62381591e-03, 8.26257859e-03),
    Ba(56, 3.19434243e+00, 9.27352241e+00, 1.98289586e+00, 2.28741632e-01, 1.55121052e-01, 3.82000231e-02,
            6.73222354e-02, 7.30961745e-02, 4.48474211e+00, 2.95703565e+01, 5.42674414e-01, 4.08647015e-01),
    La(57, 2.05036425e+00, 2.20348417e-01, 1.42114311e-01, 3.96438056e-02, 3.23538151e+00, 9.56979169e+00,
            6.34683429e-02, 6.92443091e-02, 3.97960586e+00, 2.53178406e+01, 5.20116711e-01, 3.83614098e-01),
    Hf(72, 3.01166899e+00, 7.10401889e-01, 3.16284788e+00, 1.38262192e+01, 6.33421771e-01, 9.48486572e-02,
            3.41417198e-01, 2.14129678e-01, 1.53566013e+00, 1.55298698e+01, 2.40723773e-02, 3.67833690e-02),
    Ta(73, 3.20236821e+00, 1.38446369e+01, 8.30098413e-01, 1.18381581e-01, 2.86552297e+00, 7.66369118e-01,
            2.24813887e-02, 3.52934622e-02, 1.40165263e+00, 1.46148877e+01, 3.33740596e-01, 2.05704486e-01),
    Pb(82, 1.00795975e+00, 1.17268427e-01, 3.09796153e+00, 8.80453235e-01, 3.61296864e+00, 1.47325812e+01,
            2.62401476e-01, 1.43491014e-01, 4.05621995e-01, 1.04103506e+00, 1.31812509e-02, 2.39575415e-02),
    Bi(83, 1.59826875e+00, 1.56897471e-01, 4.38233925e+00, 2.47094692e+00, 2.06074719e+00, 5.72438972e+01,
            1.94426023e-01, 1.32979109e-01, 8.22704978e-01, 9.56532528e-01, 2.33226953e-02, 2.23038435e-02);

    /** Bohr radius in Å (CODATA 2018). */
    static final double BOHR_A = 0.529177210903;
    /** Elementary charge in Kirkland's units: e²/(4πε₀) = 14.3996 eV·Å, i.e. e = 14.3996 V·Å. */
    static final double CHARGE_VA = 14.3996454784;

    private final int z;
    private final double[] a = new double[3];
    private final double[] b = new double[3];
    private final double[] c = new double[3];
    private final double[] d = new double[3];

    Element(int z, double... p) {
        this.z = z;
        for (int i = 0; i < 3; i++) {
            a[i] = p[2 * i];
            b[i] = p[2 * i + 1];
            c[i] = p[6 + 2 * i];
            d[i] = p[7 + 2 * i];
        }
    }

    /** Atomic number. */
    public int atomicNumber() {
        return z;
    }

    /** Kirkland's Lorentzian amplitudes a1..a3 (Å⁻¹), for tests of the table. */
    double[] lorentzianAmplitudes() {
        return a.clone();
    }

    /** Electron scattering factor f_e(q) in Å at spatial frequency q = 1/d in 1/Å. */
    public double scatteringFactor(double q) {
        double q2 = q * q;
        double f = 0;
        for (int i = 0; i < 3; i++) {
            f += a[i] / (q2 + b[i]) + c[i] * Math.exp(-d[i] * q2);
        }
        return f;
    }

    /**
     * Fourier transform of the projected potential, ∫ v_z(r) exp(−2πi q·r) d²r = 2π a₀ e f_e(q), in
     * V·Å³.
     */
    public double projectedPotentialTransform(double q) {
        return 2 * Math.PI * BOHR_A * CHARGE_VA * scatteringFactor(q);
    }

    /**
     * Kirkland's closed form of the projected potential in V·Å at distance r (Å, r &gt; 0) from the
     * atom column: 4π²a₀e Σ a_i K₀(2πr√b_i) + 2π²a₀e Σ (c_i/d_i) exp(−π²r²/d_i).
     */
    public double projectedPotential(double r) {
        if (!(r > 0)) {
            throw new IllegalArgumentException("the projected potential diverges at r = 0; got r = " + r);
        }
        double ae = BOHR_A * CHARGE_VA;
        double v = 0;
        for (int i = 0; i < 3; i++) {
            v += 4 * Math.PI * Math.PI * ae * a[i] * BesselK0.of(2 * Math.PI * r * Math.sqrt(b[i]))
                    + 2 * Math.PI * Math.PI * ae * c[i] / d[i] * Math.exp(-Math.PI * Math.PI * r * r / d[i]);
        }
        return v;
    }

    /**
     * Kirkland's three-dimensional atomic potential in V at distance r (Å, r &gt; 0):
     * 2π²a₀e Σ (a_i/r) exp(−2πr√b_i) + 2π^{5/2}a₀e Σ c_i d_i^{−3/2} exp(−π²r²/d_i).
     */
    public double potential(double r) {
        if (!(r > 0)) {
            throw new IllegalArgumentException("the atomic potential diverges at r = 0; got r = " + r);
        }
        double ae = BOHR_A * CHARGE_VA;
        double v = 0;
        for (int i = 0; i < 3; i++) {
            v += 2 * Math.PI * Math.PI * ae * a[i] / r * Math.exp(-2 * Math.PI * r * Math.sqrt(b[i]))
                    + 2 * Math.pow(Math.PI, 2.5) * ae * c[i] * Math.pow(d[i], -1.5)
                            * Math.exp(-Math.PI * Math.PI * r * r / d[i]);
        }
        return v;
    }

    /** Parses a symbol (K, Na, Nb, …), case-insensitive. */
    public static Element parse(String symbol) {
        String s = symbol.trim();
        for (Element e : values()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Element e : values()) {
            known.append(' ').append(e.name());
        }
        throw new IllegalArgumentException("unknown element '" + symbol + "'; the simulator knows" + known
                + " (ask for more: the Kirkland table covers Z = 1..103)");
    }
}
