#!/usr/bin/env python3
# Test file of `polar4d bench read` (README, Performance): rewrites a (rows, cols, h, w) .npy scan as a
# single-chip Merlin .mib (12-bit counter depth, frames stored as big-endian U16 after 384-byte headers)
# with a .hdr that gives the frames per trigger. Usage: mib_from_npy.py IN.npy OUT.mib
import sys
import numpy as np
src, out = sys.argv[1], sys.argv[2]
a = np.load(src, mmap_mode='r')
rows, cols, h, w = a.shape
with open(out, 'wb') as f:
    for i in range(rows * cols):
        head = ('MQ1,%06d,00384,01,%04d,%04d,U16,   1x1,01,2021-04-15 15:04:00.746234,0.001000,0,0,0,'
                '2.000000E+0,5.110000E+2,0.000000E+0,0.000000E+0,0.000000E+0,0.000000E+0,0.000000E+0,'
                '0.000000E+0,3RX,011,511,000,000,000,000,000,000,175,010,200,125,100,100,093,100,099,030,'
                '128,004,255,140,128,191,179,511,511,MQ1A,2021-04-15T15:04:00.746234Z,1000000ns,12,'
                % (i + 1, w, h)).encode('ascii')
        f.write(head.ljust(384, b'\0'))
        f.write(np.clip(a[i // cols, i % cols], 0, 4095).astype('>u2').tobytes())
with open(out[:-4] + '.hdr', 'w') as f:
    f.write('HDR,\t\nAssembly Size (NX1, 2X2):\t   1x1\nCounter Depth (number):\t12\n'
            'Frames in Acquisition (Number):\t%d\nFrames per Trigger (Number):\t%d\nEnd\t\n' % (rows * cols, cols))
