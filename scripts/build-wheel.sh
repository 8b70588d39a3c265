#!/usr/bin/env bash
# Builds the pip-installable kernel (python/ plus kernel/target/jgrad-kernel.jar) into target/wheel/.
# Builds no Java: run `mvn -pl kernel -am package` first. Uses PyPA's `build` (pinned in
# requirements-test.txt), which fetches the pinned setuptools from PyPI into an isolated environment.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/kernel/target/jgrad-kernel.jar"
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -pl kernel -am package' first" >&2; exit 1; }
python3 -c "import build" 2>/dev/null || python3 -m pip install -q --disable-pip-version-check \
  "$(grep -E '^build==' "$root/requirements-test.txt")"

# The Maven project's version, as PEP 440 spells it: 0.1.0-SNAPSHOT -> 0.1.0.dev0.
maven_version="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -1)"
version="${maven_version/-SNAPSHOT/.dev0}"

# Built from a staged copy, so the checkout gets neither the jar nor build leftovers.
stage="$root/target/wheel-src"
rm -rf "$stage" "$root/target/wheel"
mkdir -p "$stage"
cp -r "$root/python/." "$stage/"
find "$stage" -name __pycache__ -prune -exec rm -rf {} +
mkdir -p "$stage/jgrad_kernel/jars"
cp "$jar" "$stage/jgrad_kernel/jars/jgrad-kernel.jar"
cp "$root/kernel/jvm.options" "$stage/jgrad_kernel/jars/jvm.options"
echo "$version" > "$stage/VERSION"
python3 -m build --wheel --outdir "$root/target/wheel" "$stage" >"$root/target/wheel-build.log" 2>&1 ||
  { cat "$root/target/wheel-build.log" >&2; exit 1; }
ls "$root"/target/wheel/*.whl
