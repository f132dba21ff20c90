#!/usr/bin/env bash
# Bounded fuzzing on the stable toolchain: runs each fuzz target for SECONDS (default 60), one
# after the other, then prints what each found. Usage: fuzz/run.sh [SECONDS] [TARGET...]
# Targets: config kubeconfig cert key (all by default). See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(config kubeconfig cert key)

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# `--sanitizer none`: AddressSanitizer needs nightly's -Z flags, and kadm's crates forbid unsafe
# code; the coverage instrumentation libFuzzer needs is stable. Debug assertions stay on.
cargo fuzz build --sanitizer none

status=0
for target in "${targets[@]}"; do
  # New inputs go to work/ (ignored by git); the committed seeds in corpus/ are only read.
  mkdir -p "work/$target" "artifacts/$target"
  echo "== $target: ${seconds}s"
  if ! cargo fuzz run --sanitizer none "$target" "work/$target" "corpus/$target" -- \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      2> "work/$target.log"; then
    status=1
  fi
  grep -E '^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::average_exec_per_sec|==[0-9]+== ERROR|SUMMARY)' \
    "work/$target.log" || true
  ls "artifacts/$target" | sed "s|^|  found: fuzz/artifacts/$target/|"
done
exit "$status"
