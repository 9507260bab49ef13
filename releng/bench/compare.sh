#!/usr/bin/env bash
# Runs every `polar4d bench` next to its peer (../shared/bench) on the same inputs, alternating, ROUNDS
# times (default 3), and prints the medians (summarise.py). Inputs are generated once into DIR
# (default /tmp/polar4d-bench, ~11 GB; delete it afterwards). Peers need
#   apt-get install -y python3-numpy python3-scipy python3-sklearn python3-torch
# Usage: releng/bench/compare.sh [DIR] [ROUNDS]      Log: DIR/bench.log (one JSON line per run).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
peers=${POLAR4D_PEERS:-$root/../shared/bench}
dir=${1:-/tmp/polar4d-bench}
rounds=${2:-3}
py=/usr/bin/python3
p4d="$root/polar4d"
mkdir -p "$dir"
log="$dir/bench.log"

inputs() {
    [ -f "$dir/scan.npy" ] || "$py" "$here/synthetic_scan_npy.py" "$dir/scan.npy" 128 128 >/dev/null
    [ -f "$dir/scan.mib" ] || "$py" "$here/mib_from_npy.py" "$dir/scan.npy" "$dir/scan.mib"
    if [ ! -f "$dir/X.npy" ]; then
        "$p4d" simulate --class all --scan 40x40 --mode prism --seed 7 --out "$dir/sim"
        crops=()
        for c in RM RU MU LU LM LD MD RD; do
            "$p4d" bench preprocess "$dir/sim/$c.npy" --out "$dir/sim/$c.crops.npy" >/dev/null
            crops+=("$dir/sim/$c.crops.npy")
        done
        "$py" "$here/stack_crops.py" "$dir" "${crops[@]}"
    fi
    if [ ! -f "$dir/pca.zip" ]; then
        labels=(); files=()
        for c in RM RU MU LU LM LD MD RD; do files+=("$dir/sim/$c.npy"); labels+=(--label "$c"); done
        "$p4d" preprocess "${files[@]}" "${labels[@]}" --out "$dir/train.p4ps"
        "$p4d" train --data "$dir/train.p4ps" --model pcaknn --seeds 888 --out "$dir/pca.zip"
        "$p4d" train --data "$dir/train.p4ps" --model cnn --head proto --seeds 888 --epochs 2 --out "$dir/cnn.zip"
    fi
}

# One run: the command's last stdout line, tagged, appended to the log.
record() {
    local tag=$1; shift
    local line
    line=$("$@" 2>/dev/null | tail -n 1)
    echo "{\"tag\":\"$tag\",\"result\":$line}" | tee -a "$log"
}

cat_gbps() {
    local f=$1 bytes start end
    bytes=$(stat -c %s "$f")
    start=$(date +%s.%N); cat "$f" > /dev/null; end=$(date +%s.%N)
    "$py" -c "import json;print(json.dumps({'bytes':$bytes,'seconds':$end-$start,'gb_per_s':$bytes/1e9/($end-$start)}))"
}

inputs
cat "$dir/scan.npy" "$dir/scan.mib" > /dev/null   # warm page cache
"$p4d" selftest > /dev/null                       # build and warm the launcher once
: > "$log"
for r in $(seq "$rounds"); do
    echo "round $r of $rounds (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    record read.cat.mib cat_gbps "$dir/scan.mib"
    record read.polar4d.mib "$p4d" bench read "$dir/scan.mib"
    record read.cat.npy cat_gbps "$dir/scan.npy"
    record read.numpy.npy "$py" "$peers/numpy_read.py" "$dir/scan.npy"
    record read.polar4d.npy "$p4d" bench read "$dir/scan.npy"
    record preprocess.numpy "$py" "$peers/numpy_preprocess.py" "$dir/scan.npy"
    record preprocess.polar4d "$p4d" bench preprocess "$dir/scan.npy" --threads 2
    record cnn.torch "$py" "$peers/torch_cnn.py" --threads 2 --batch 128
    record train.polar4d "$p4d" bench train --threads 2 --batch 128
    record infer.polar4d "$p4d" bench infer --threads 2 --batch 128
    record pcaknn.sklearn "$py" "$peers/sklearn_pcaknn.py" --patterns "$dir/X.npy" --labels "$dir/y.npy"
    record pcaknn.polar4d "$p4d" bench pcaknn --patterns "$dir/X.npy" --labels "$dir/y.npy" --fit-all
    record predict.pca.polar4d "$p4d" bench predict "$dir/scan.npy" --model "$dir/pca.zip" --runs 3
    record predict.cnn.polar4d "$p4d" bench predict "$dir/scan.npy" --model "$dir/cnn.zip" --runs 3
done
"$py" "$here/summarise.py" "$log"
