#!/usr/bin/env bash
# Warm round-trip latency and kernel CPU per trivial cell ('1 + 1'), jgrad against JJava.
# Not part of CI. Builds the kernel jar if it is missing, installs its kernelspec privately under
# target/latency/, and runs scripts/latency.py (its options pass through, see --help).
#   scripts/latency.sh                                  # jgrad only
#   JJAVA_KERNELSPEC=/path/to/jjava/kernelspec scripts/latency.sh   # and JJava (a dir with kernel.json)
#   scripts/latency.sh --rounds 10 --cells 300 --kernel old=/path/to/other/kernelspec
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ ! -f kernel/target/jgrad-kernel.jar ]; then
  mvn -B -ntp -q -pl kernel -am package -DskipTests
fi
data="$root/target/latency/jupyter-data"
scripts/install-kernel.sh --data-dir "$data" >/dev/null
mkdir -p target/latency
python3 scripts/latency.py --jgrad "$data/kernels/jgrad" --log target/latency/kernels.log "$@" | tee target/latency/report.txt
echo "(report in target/latency/report.txt, kernel logs in target/latency/kernels.log)"
