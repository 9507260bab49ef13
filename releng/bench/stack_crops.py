#!/usr/bin/env python3
# Input of `polar4d bench pcaknn` and sklearn_pcaknn.py (README, Performance): stacks per-class crop
# files (N_i, 64, 64) into X.npy (N, 4096) float32 and y.npy (N,) int64 class indices.
# Usage: stack_crops.py OUTDIR CROPS_RM.npy CROPS_RU.npy … (in class-index order)
import sys
import numpy as np
out, files = sys.argv[1], sys.argv[2:]
parts = [np.load(f).reshape(-1, 64 * 64).astype('<f4') for f in files]
np.save(out + '/X.npy', np.concatenate(parts))
np.save(out + '/y.npy', np.concatenate([np.full(len(p), i, dtype='<i8') for i, p in enumerate(parts)]))
