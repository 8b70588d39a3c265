#!/usr/bin/env bash
# Runs jgrad's benchmark and PyTorch's (shared/torch_workloads.py, 2 threads) one after the
# other on this machine and prints a table of ratios (jgrad / PyTorch; higher is better for jgrad).
# PyTorch comes from Debian's python3-torch, as the workloads file expects.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
workloads="${TORCH_WORKLOADS:-$root/../shared/torch_workloads.py}"
[ -f "$workloads" ] || { echo "bench: $workloads not found (set TORCH_WORKLOADS)" >&2; exit 2; }

mvn -B -ntp -q -pl bench -am package -DskipTests
cp=$(ls autograd/target/jgrad-autograd-*.jar | head -1):$(ls bench/target/jgrad-bench-*.jar | head -1)
out="$root/target/bench"
mkdir -p "$out"
# jdk.incubator.vector: the Vector API float32 matmul kernel (without it a scalar fallback runs).
flags=(-XX:+UseParallelGC -Xmx4g --add-modules jdk.incubator.vector)
java -version 2>&1 | head -1 | sed 's/^/jvm: /'
echo "jvm flags: ${flags[*]}"
uptime | sed 's/^ */load: /'
java "${flags[@]}" -cp "$cp" jgrad.bench.Bench 2> >(grep -v '^WARNING: Using incubator modules' >&2) | tee "$out/jgrad.txt"

if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  apt-get install -y -q python3-torch >/dev/null
fi
THREADS=2 /usr/bin/python3 "$workloads" | tee "$out/torch.txt"
/usr/bin/python3 "$root/scripts/bench_table.py" "$out/jgrad.txt" "$out/torch.txt"
