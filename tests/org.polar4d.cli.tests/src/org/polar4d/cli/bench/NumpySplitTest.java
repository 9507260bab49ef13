package org.polar4d.cli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class NumpySplitTest {

    /** Indices printed by scikit-learn 1.2 / NumPy 1.24: train_test_split(np.arange(n), test_size=0.1, random_state=seed). */
    @Test
    void reproducesScikitLearnsSplit() {
        NumpySplit.Split a = NumpySplit.trainTestSplit(20000, 0.1, 888);
        assertEquals(2000, a.test().length);
        assertEquals(18000, a.train().length);
        assertArrayEquals(new int[] {18628, 2844, 3642, 2960, 16987, 11253, 1379, 18336}, Arrays.copyOf(a.test(), 8));
        NumpySplit.Split b = NumpySplit.trainTestSplit(1001, 0.1, 5);
        assertEquals(101, b.test().length);
        assertArrayEquals(new int[] {544, 515, 193, 11, 279, 653, 643, 763}, Arrays.copyOf(b.test(), 8));
    }
}
