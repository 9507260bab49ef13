#!/usr/bin/env python3
# Test file of `polar4d bench preprocess` (README, Performance): a synthetic 4D-STEM scan
# (rows, cols, 256, 256) float32 .npy: a bright central disk that
# wanders by a few pixels, weak diffraction spots, Poisson noise. Usage: synthetic_scan_npy.py OUT ROWS COLS (e.g. /tmp/bench16384.npy 128 128)
import sys
import numpy as np
out, rows, cols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
h = w = 256
rng = np.random.default_rng(0)
yy, xx = np.mgrid[0:h, 0:w]
arr = np.lib.format.open_memmap(out, mode='w+', dtype='<f4', shape=(rows, cols, h, w))
for r in range(rows):
    for c in range(cols):
        cy = 128 + 3 * np.sin(r / 7) + rng.normal(0, 0.5)
        cx = 127 + 3 * np.cos(c / 5) + rng.normal(0, 0.5)
        d = np.hypot(yy - cy, xx - cx)
        lam = 40 / (1 + np.exp((d - 20) / 1.5)) + 0.5
        for k in range(6):
            sy, sx = cy + 60 * np.sin(k * np.pi / 3), cx + 60 * np.cos(k * np.pi / 3)
            lam += 5 * np.exp(-((yy - sy) ** 2 + (xx - sx) ** 2) / 50)
        arr[r, c] = rng.poisson(lam).astype('<f4')
    if r % 8 == 0:
        print(r, flush=True)
arr.flush()
