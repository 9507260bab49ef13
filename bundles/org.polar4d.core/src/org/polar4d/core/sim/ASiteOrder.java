package org.polar4d.core.sim;

/** How the A sites of a solid solution such as (K,Na)NbO3 are filled. */
public enum ASiteOrder {
    /**
     * Every A site carries the composition-weighted average scattering factor (virtual crystal).
     * The crystal stays periodic with one unit cell, which the PRISM mode exploits.
     */
    AVERAGED,
    /** Every A site holds one element drawn at random with the composition's probabilities (seeded). */
    RANDOM
}
