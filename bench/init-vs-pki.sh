#!/usr/bin/env bash
# Times a full `kadm init` (every phase: preflight, PKI, kubeconfigs, static Pods, kubelet files,
# cluster objects, join command) against the PKI-only run it grew from (`init phase certs all`
# then `init phase kubeconfig all`), both with ECDSA-P256, as whole processes with hyperfine. Each
# run writes into a fresh directory on the real disk (under target/). Issue 11 asks the full init
# to stay within 2x of the PKI-only time; the script prints the ratio and fails above it.
#
# Usage: bench/init-vs-pki.sh [--quick]
#   --quick  fewer runs (a smoke test of the script, not figures to record)
# Results: target/bench-init/results/*.json and table.md. Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

bench_name=init
# shellcheck source=bench/lib.sh
. "$repo/bench/lib.sh"
bench_args "$@"
bench_need hyperfine python3
bench_build

node=(--node-name node-1 --apiserver-advertise-address 127.0.0.1 --encryption-algorithm ECDSA-P256)
pki_cmd() { # DIR
  echo "sh -c '$kadm init phase certs all --rootfs $1 ${node[*]} >/dev/null && $kadm init phase kubeconfig all --rootfs $1 ${node[*]} >/dev/null'"
}
init_cmd() { # DIR
  echo "$kadm init --rootfs $1 ${node[*]}"
}

# Honesty check, once: the full init writes more than the PKI-only run, and succeeds.
$(init_cmd "$work/check-init") >/dev/null
eval "$(pki_cmd "$work/check-pki")"
full=$(find "$work/check-init" -type f | wc -l)
pki=$(find "$work/check-pki" -type f | wc -l)
echo "== full init wrote $full files; certs + kubeconfig wrote $pki" >&2
[ "$full" -gt "$pki" ] || { echo "init-vs-pki.sh: the full init wrote no more than the PKI" >&2; exit 1; }

if $quick; then runs=6; else runs=40; fi
time_one() { # NAME PRINTER
  local dir=$work/out/$1
  hyperfine --style basic --warmup 2 --runs "$runs" \
    --prepare "rm -rf $dir" \
    --export-json "$results/$1.json" \
    -n "$1" "$("$2" "$dir")"
}
echo "== before timing: load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
time_one pki-only pki_cmd >&2
time_one full-init init_cmd >&2

python3 - "$results" <<'PY' | tee "$results/table.md"
import json, pathlib, sys

results = pathlib.Path(sys.argv[1])
r = {f.stem: json.loads(f.read_text())["results"][0] for f in results.glob("*.json")}
ms = lambda s: f"{s * 1000:.1f} ms"
print("| command | runs | mean ± σ | median | min … max |")
print("|---|---:|---:|---:|---:|")
for name in ("pki-only", "full-init"):
    x = r[name]
    print(f"| {name} | {len(x['times'])} | {ms(x['mean'])} ± {ms(x['stddev'])} | {ms(x['median'])} | {ms(x['min'])} … {ms(x['max'])} |")
ratio = r["full-init"]["median"] / r["pki-only"]["median"]
print(f"\nfull init / PKI only (medians): {ratio:.2f}x (limit 2x)")
sys.exit(0 if ratio <= 2.0 else 1)
PY
