package org.polar4d.core.sim;

import java.util.Locale;

/** Refuses allocations that would not fit in the heap, with a message that says what to change. */
final class Memory {

    private Memory() {
    }

    static void require(long bytes, String what, String advice) {
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > 0.8 * available) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the simulation needs %.2f GB for %s but only %.2f GB of heap are free; %s, or give Java more"
                            + " memory (e.g. POLAR4D_JAVA_OPTS=-Xmx16g)", bytes / 1e9, what, available / 1e9, advice));
        }
    }
}
