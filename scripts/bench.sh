#!/usr/bin/env bash
# Benchmarks jgrad against PyTorch from PyPI (oneMKL + oneDNN, the build `pip install torch` gives) on
# the workloads of ../shared/torch_workloads.py: interleaved rounds, best and median per side, ratio of
# bests. See scripts/bench.py for the settings (BENCH_ROUNDS, BENCH_WARMUP, BENCH_THREADS).
# Report and raw outputs: target/bench/. Not part of CI: the torch venv takes about 5.5 GB.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
workloads="${TORCH_WORKLOADS:-$root/../shared/torch_workloads.py}"
[ -f "$workloads" ] || { echo "bench: $workloads not found (set TORCH_WORKLOADS)" >&2; exit 2; }

torch_python="$("$root/scripts/ensure-bench-torch.sh")"
mvn -B -ntp -q -pl bench -am package -DskipTests
# the library jars themselves, not their -sources / -javadoc companions
jar_of() { ls "$1"/target/"$2"-*.jar | grep -v -e '-sources\.jar$' -e '-javadoc\.jar$' | head -1; }
cp="$(jar_of core jgrad-core):$(jar_of bench jgrad-bench)"
exec python3 "$root/scripts/bench.py" --classpath "$cp" --torch-python "$torch_python" \
  --workloads "$workloads" --out "$root/target/bench"
