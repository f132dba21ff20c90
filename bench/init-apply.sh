#!/usr/bin/env bash
# Times what talking to the API server adds to `kadm init` once the control plane runs: a re-run
# of `kadm init --apply` (every object of upload-config, upload-certs, bootstrap-token and the
# addons read and applied again, found unchanged; the kubeadm-certs owner kept) against the same
# re-run writing files only, side by side with hyperfine, inside the node's network namespace.
# The control plane is the live suite's (real etcd, kube-apiserver, controller-manager and
# scheduler started from the node's manifests by tests/peers' programs: run tests/peers/build.sh
# first; needs root). hyperfine's warm-up run is the first --apply, which creates the objects.
# wait-control-plane and mark-control-plane are left out: no kubelet runs here. Issue 20 asks the
# API phases to add under 1 s of kadm's own time; the script prints the difference of the medians
# and fails above it.
#
# Usage: bench/init-apply.sh [--quick]
#   --quick  fewer runs (a smoke test of the script, not figures to record)
# Results: target/bench-init-apply/results/*.json and table.md. Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

bench_name=init-apply
# shellcheck source=bench/lib.sh
. "$repo/bench/lib.sh"
bench_args "$@"
bench_need hyperfine python3
bench_build
echo "== building the live harness's live-node" >&2
cargo build -p kadm-test-support --bin live-node
live_node=${CARGO_TARGET_DIR:-$repo/target}/debug/live-node

version=$(cd tests/peers/kubernetes && go list -m -f '{{.Version}}' k8s.io/kubernetes)
root=$work/node
cat >"$work/init.yaml" <<EOF2
apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
bootstrapTokens:
- token: abcdef.0123456789abcdef
localAPIEndpoint:
  advertiseAddress: 192.0.2.10
  bindPort: 6443
nodeRegistration:
  name: live-cp-1
timeouts:
  kubernetesAPICall: 4m
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: $version
encryptionAlgorithm: ECDSA-P256
EOF2
"$kadm" init --rootfs "$root" --config "$work/init.yaml" --upload-certs >/dev/null 2>&1

runs=20
$quick && runs=3
base="$kadm init --rootfs $root --config $work/init.yaml --upload-certs"
"$live_node" "$root" "$work/live" -- hyperfine --warmup 1 --runs "$runs" --style basic \
  --export-json "$results/init-apply.json" --export-markdown "$results/table.md" \
  -n "kadm init --apply (re-run)" "$base --apply --skip-phases wait-control-plane,mark-control-plane" \
  -n "kadm init (re-run, files only)" "$base --skip-phases mark-control-plane"
cat "$results/table.md"
python3 - "$results/init-apply.json" <<'PY'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
apply = runs["kadm init --apply (re-run)"]["median"]
files = runs["kadm init (re-run, files only)"]["median"]
added = apply - files
print(f"the API phases add {added * 1000:.1f} ms (median {apply * 1000:.1f} ms against {files * 1000:.1f} ms)")
sys.exit(0 if added < 1.0 else 1)
PY
