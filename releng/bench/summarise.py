#!/usr/bin/env python3
# Medians per tag of compare.sh's log and the ratios the README's Performance section reports.
# Usage: summarise.py DIR/bench.log
import json, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    rec = json.loads(line)
    runs.setdefault(rec['tag'], []).append(rec['result'])

def med(tag, key):
    values = [r[key] for r in runs.get(tag, []) if isinstance(r.get(key), (int, float))]
    return statistics.median(values) if values else float('nan')

rows = [
    ('read MIB GB/s (vs cat)', med('read.polar4d.mib', 'gb_per_s'), med('read.cat.mib', 'gb_per_s')),
    ('read MIB first pass GB/s (vs cat)', med('read.polar4d.mib', 'first_pass_gb_per_s'), med('read.cat.mib', 'gb_per_s')),
    ('read NPY GB/s (vs cat)', med('read.polar4d.npy', 'gb_per_s'), med('read.cat.npy', 'gb_per_s')),
    ('read NPY first pass GB/s (vs cat)', med('read.polar4d.npy', 'first_pass_gb_per_s'),
     med('read.cat.npy', 'gb_per_s')),
    ('read NPY GB/s (vs numpy)', med('read.polar4d.npy', 'gb_per_s'), med('read.numpy.npy', 'gb_per_s')),
    ('preprocess patterns/s', med('preprocess.polar4d', 'patterns_per_s'), med('preprocess.numpy', 'patterns_per_s')),
    ('CNN train patterns/s', med('train.polar4d', 'train_patterns_per_s'), med('cnn.torch', 'train_patterns_per_s')),
    ('CNN infer patterns/s', med('infer.polar4d', 'infer_patterns_per_s'), med('cnn.torch', 'infer_patterns_per_s')),
    ('PCA-kNN 1/total_s', 1 / med('pcaknn.polar4d', 'total_s'), 1 / med('pcaknn.sklearn', 'total_s')),
]
print('| measure | polar4d | peer | ratio |')
print('|---|---|---|---|')
for name, ours, peer in rows:
    print('| %s | %.3g | %.3g | %.2f× |' % (name, ours, peer, ours / peer))
print('PCA-kNN accuracy: polar4d %.4f, scikit-learn %.4f' % (med('pcaknn.polar4d', 'accuracy'),
                                                          med('pcaknn.sklearn', 'accuracy')))
for model in ('pca', 'cnn'):
    tag = 'predict.%s.polar4d' % model
    print('predict %s: total %.2f s, read alone %.2f s, ratio %.2f, %.0f patterns/s' % (
        model, med(tag, 'total_s'), med(tag, 'read_s'), med(tag, 'ratio'), med(tag, 'patterns_per_s')))
print(json.dumps({tag: len(v) for tag, v in runs.items()}))
