package org.polar4d.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.pass.ScanPass;
import org.polar4d.core.progress.Progress;

class GlobalCenterOfMassTest {

    @Test
    void isTheMeanOfThePerFrameCentresForAnyThreadCount() throws Exception {
        InMemoryDataset d = TestData.disks(9, 7, 40, 48, 17.3, 26.1, 4, 21, null);
        double sr = 0;
        double sc = 0;
        int pixels = 40 * 48;
        for (int f = 0; f < 63; f++) {
            double[] c = TestData.centreBySorting(d.data(), f * pixels, 40, 48, 95);
            sr += c[0];
            sc += c[1];
        }
        CentreOfMass one = new ScanPass(d, 1).run(new GlobalCenterOfMass(40, 48, 95), Progress.NONE).result();
        CentreOfMass two = new ScanPass(d, 2).run(new GlobalCenterOfMass(40, 48, 95), Progress.NONE).result();
        assertEquals(sr / 63, one.row(), 1e-12);
        assertEquals(sc / 63, one.col(), 1e-12);
        assertEquals(63, one.frames());
        assertEquals(one, two);
        assertEquals(17.3, one.row(), 1.0); // near the disks' mean position
        assertEquals(26.1, one.col(), 1.0);
    }
}
