#!/usr/bin/env bash
# Times `kadm join --control-plane` (ECDSA-P256): preflight, the shared certificates from the
# kubeadm-certs manifest, this node's own certificates and kubeconfigs, the static Pods, the
# kubelet's files, the etcd `member add` through a real etcd, and etcd.yaml. The etcd of the first
# node (Debian's etcd, started from its etcd.yaml with ports moved) runs for the whole bench; before
# each timed run, hyperfine's --prepare step (not timed) puts that etcd back to one member from a
# saved copy of its data directory, so every run adds the same member to the same cluster. Issue 13
# asks the join to take under 200 ms of kadm's own time; the script prints the median and fails
# above it.
#
# Usage: bench/join-control-plane.sh [--quick]
#   --quick  fewer runs (a smoke test of the script, not figures to record)
# Results: target/bench-join/results/*.json and table.md. Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

bench_name=join
# shellcheck source=bench/lib.sh
. "$repo/bench/lib.sh"
bench_args "$@"
bench_need hyperfine python3 etcd etcdctl
bench_build

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
client=$(free_port)
peer=$(free_port)
metrics=$(free_port)

cat >"$work/init.yaml" <<EOF
apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: 127.0.0.1
nodeRegistration:
  name: cp1
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
controlPlaneEndpoint: cp.test:6443
kubernetesVersion: v1.33.0
encryptionAlgorithm: ECDSA-P256
EOF
n1=$work/n1
"$kadm" init --rootfs "$n1" --config "$work/init.yaml" --upload-certs >/dev/null
key=$(cat "$n1/etc/kubernetes/pki/upload-certs.certificate-key")
token=$(sed -n 's/^ *token-id: *//p' "$n1/etc/kubernetes/cluster-objects/bootstrap-token.yaml" | head -1)
secret=$(sed -n 's/^ *token-secret: *//p' "$n1/etc/kubernetes/cluster-objects/bootstrap-token.yaml" | head -1)
token=$(printf '%s' "$token" | base64 -d).$(printf '%s' "$secret" | base64 -d)

# etcd's command from n1's etcd.yaml: node paths under n1, ports moved to free ones.
python3 - "$n1" "$client" "$peer" "$metrics" >"$work/etcd.args" <<'PY'
import sys, yaml
root, client, peer, metrics = sys.argv[1:]
pod = yaml.safe_load(open(f"{root}/etc/kubernetes/manifests/etcd.yaml"))
for arg in pod["spec"]["containers"][0]["command"][1:]:
    name, value = arg.split("=", 1)
    if value.startswith("/"):
        value = root + value
    value = value.replace(":2379", f":{client}").replace(":2380", f":{peer}").replace(":2381", f":{metrics}")
    print(f"{name}={value}")
PY
data=$n1/var/lib/etcd
pki=$n1/etc/kubernetes/pki
cat >"$work/etcd-reset.sh" <<EOF
#!/usr/bin/env bash
# Stops the bench's etcd, puts back its one-member data directory, starts it, waits until healthy.
set -euo pipefail
if [ -f "$work/etcd.pid" ]; then kill "\$(cat "$work/etcd.pid")" 2>/dev/null || true; fi
while [ -f "$work/etcd.pid" ] && kill -0 "\$(cat "$work/etcd.pid")" 2>/dev/null; do sleep 0.05; done
if [ -d "$work/etcd-saved" ]; then rm -rf "$data" && cp -a "$work/etcd-saved" "$data"; fi
setsid etcd \$(cat "$work/etcd.args") >"$work/etcd.log" 2>&1 </dev/null &
echo \$! >"$work/etcd.pid"
for _ in \$(seq 200); do
  if etcdctl --endpoints https://127.0.0.1:$client --cacert "$pki/etcd/ca.crt" \
     --cert "$pki/apiserver-etcd-client.crt" --key "$pki/apiserver-etcd-client.key" \
     endpoint health >/dev/null 2>&1; then exit 0; fi
  sleep 0.05
done
echo "etcd did not become healthy; see $work/etcd.log" >&2
exit 1
EOF
chmod +x "$work/etcd-reset.sh"
trap 'kill "$(cat "$work/etcd.pid" 2>/dev/null)" 2>/dev/null || true' EXIT
"$work/etcd-reset.sh"
kill "$(cat "$work/etcd.pid")" && while kill -0 "$(cat "$work/etcd.pid")" 2>/dev/null; do sleep 0.05; done
cp -a "$data" "$work/etcd-saved"
"$work/etcd-reset.sh"

n2=$work/n2
join_cmd="$kadm join cp.test:6443 --control-plane --certificate-key $key --token $token \
--certs-from $n1/etc/kubernetes/cluster-objects --discovery-file $n1/etc/kubernetes/admin.conf \
--etcd-endpoints https://127.0.0.1:$client --node-name cp2 --apiserver-advertise-address 127.0.0.2 \
--rootfs $n2"

# Honesty check, once: the join adds a member and writes etcd.yaml with the existing cluster.
$join_cmd >/dev/null
grep -q -- '--initial-cluster-state=existing' "$n2/etc/kubernetes/manifests/etcd.yaml"
members=$(etcdctl --endpoints "https://127.0.0.1:$client" --cacert "$pki/etcd/ca.crt" \
  --cert "$pki/apiserver-etcd-client.crt" --key "$pki/apiserver-etcd-client.key" member list | wc -l)
echo "== after one join the cluster lists $members members" >&2
[ "$members" -eq 2 ] || { echo "join-control-plane.sh: the join did not add a member" >&2; exit 1; }

if $quick; then runs=5; else runs=30; fi
echo "== before timing: load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
hyperfine --style basic --warmup 1 --runs "$runs" \
  --prepare "rm -rf $n2 && $work/etcd-reset.sh" \
  --export-json "$results/join-control-plane.json" \
  -n join-control-plane "$join_cmd" >&2

python3 - "$results" <<'PY' | tee "$results/table.md"
import json, pathlib, sys

results = pathlib.Path(sys.argv[1])
x = json.loads((results / "join-control-plane.json").read_text())["results"][0]
ms = lambda s: f"{s * 1000:.1f} ms"
print("| command | runs | mean ± σ | median | min … max |")
print("|---|---:|---:|---:|---:|")
print(f"| join --control-plane | {len(x['times'])} | {ms(x['mean'])} ± {ms(x['stddev'])} | {ms(x['median'])} | {ms(x['min'])} … {ms(x['max'])} |")
limit = 0.200
print()
print(f"median {ms(x['median'])} against the {ms(limit)} limit")
sys.exit(0 if x["median"] < limit else 1)
PY
