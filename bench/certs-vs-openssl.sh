#!/usr/bin/env bash
# Times the whole process of `kadm init phase certs all` against the same PKI made with the
# openssl command line (bench/openssl-pki.sh), for RSA-2048 and ECDSA-P256, with hyperfine; each
# run writes into a fresh directory on the real disk (under target/). Prints a markdown table.
#
# Usage: bench/certs-vs-openssl.sh [--with-openssl-backend] [--with-no-jitter] [--quick]
#   --with-openssl-backend  also build and time kadm with the `openssl-vendored` key backend
#                           (builds OpenSSL from source: several minutes on 2 cores)
#   --with-no-jitter        also time a build made with AWS_LC_SYS_NO_JITTER_ENTROPY=1 in its own
#                           target dir (the workspace default already sets it: .cargo/config.toml)
#   --quick                 fewer runs (a smoke test of the script, not figures to record)
# Results: target/bench-certs/results/*.json and table.md. Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

with_openssl=false
with_no_jitter=false
quick=false
for arg in "$@"; do
  case $arg in
    --with-openssl-backend) with_openssl=true ;;
    --with-no-jitter) with_no_jitter=true ;;
    --quick) quick=true ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "certs-vs-openssl.sh: unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v openssl >/dev/null || need+=(openssl)
command -v python3 >/dev/null || need+=(python3)
command -v vmstat >/dev/null || need+=(procps)
if [ "${#need[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

target=${CARGO_TARGET_DIR:-$repo/target}
work=$repo/target/bench-certs
bin=$work/bin
results=$work/results
rm -rf "$work"
mkdir -p "$bin" "$results"

# --- builds: each variant copied out, since they share target/release/kadm ------------------
variants=()
if $with_openssl; then
  echo "== building kadm with the openssl-vendored key backend" >&2
  cargo build --release -p kadm -p kadm-pki --features kadm-pki/openssl-vendored
  cp "$target/release/kadm" "$bin/kadm-openssl"
  variants+=("kadm-openssl")
fi
if $with_no_jitter; then
  echo "== building kadm with AWS_LC_SYS_NO_JITTER_ENTROPY=1 (target/bench-nojitter)" >&2
  AWS_LC_SYS_NO_JITTER_ENTROPY=1 CARGO_TARGET_DIR=$repo/target/bench-nojitter \
    cargo build --release -p kadm
  cp "$repo/target/bench-nojitter/release/kadm" "$bin/kadm-aws-lc-nojitter"
  variants+=("kadm-aws-lc-nojitter")
fi
echo "== building kadm (default backend: aws-lc)" >&2
cargo build --release -p kadm
cp "$target/release/kadm" "$bin/kadm-aws-lc"
variants=("kadm-aws-lc" "${variants[@]}")

kadm_cmd() { # BINARY ALG DIR: the command line, printed
  echo "$bin/$1 init phase certs all --rootfs $3 --node-name node-1 --apiserver-advertise-address 127.0.0.1 --encryption-algorithm $2"
}
openssl_cmd() { # ALG DIR: the command line, printed
  echo "bash $repo/bench/openssl-pki.sh $2 $1 node-1 127.0.0.1"
}

# --- honesty check: both outputs hold the same files and verify with openssl, once ----------
verify_pki() { # DIR
  local d=$1
  openssl verify -CAfile "$d/ca.crt" "$d/apiserver.crt" "$d/apiserver-kubelet-client.crt" >/dev/null
  openssl verify -CAfile "$d/front-proxy-ca.crt" "$d/front-proxy-client.crt" >/dev/null
  openssl verify -CAfile "$d/etcd/ca.crt" "$d/etcd/server.crt" "$d/etcd/peer.crt" \
    "$d/etcd/healthcheck-client.crt" "$d/apiserver-etcd-client.crt" >/dev/null
  openssl pkey -in "$d/sa.key" -pubout | cmp -s - "$d/sa.pub"
}
pki_files() { # DIR: the PKI files, without the openssl CLI's .csr/.ext/.srl by-products
  (cd "$1" && find . -type f ! -name '*.csr' ! -name '*.ext' ! -name '*.srl' | sort)
}
for alg in RSA-2048 ECDSA-P256; do
  o=$work/check/openssl-$alg
  k=$work/check/kadm-$alg
  $(openssl_cmd "$alg" "$o")
  $(kadm_cmd kadm-aws-lc "$alg" "$k") >/dev/null
  verify_pki "$o"
  verify_pki "$k/etc/kubernetes/pki"
  if ! diff <(pki_files "$o") <(pki_files "$k/etc/kubernetes/pki") >&2; then
    echo "certs-vs-openssl.sh: the openssl script and kadm made different file sets" >&2
    exit 1
  fi
  echo "== $alg: both PKIs hold the same $(pki_files "$o" | wc -l) files and verify with openssl" >&2
done

# --- timing --------------------------------------------------------------------------------
if $quick; then rsa_runs=4; ec_runs=6; else rsa_runs=20; ec_runs=60; fi

time_one() { # NAME ALG RUNS COMMAND-PRINTER ARGS...: the printer gets DIR as last argument
  local name=$1 alg=$2 runs=$3 dir=$work/out/$1-$2
  shift 3
  hyperfine -N --style basic --warmup 2 --runs "$runs" \
    --prepare "rm -rf $dir" \
    --export-json "$results/$alg--$name.json" \
    -n "$name $alg" "$("$@" "$dir")"
}

# Other work on the machine skews every figure: show how idle the CPUs are just before.
idle() { vmstat 3 2 | tail -1 | awk '{print $15 "% idle"}'; }
echo "== before timing: load $(cut -d' ' -f1-3 /proc/loadavg), CPUs $(idle) over 3 s" >&2
for alg in RSA-2048 ECDSA-P256; do
  if [ "$alg" = RSA-2048 ]; then runs=$rsa_runs; cli_runs=$((rsa_runs / 2)); else runs=$ec_runs; cli_runs=$((ec_runs / 2)); fi
  for v in "${variants[@]}"; do
    time_one "$v" "$alg" "$runs" kadm_cmd "$v" "$alg"
  done
  time_one openssl-cli "$alg" "$cli_runs" openssl_cmd "$alg"
done >&2
echo "== after timing: load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# --- table ---------------------------------------------------------------------------------
python3 - "$results" <<'EOF' | tee "$results/table.md"
import json, pathlib, sys

results = pathlib.Path(sys.argv[1])
rows = {}
for f in sorted(results.glob("*.json")):
    alg, name = f.stem.split("--", 1)
    r = json.loads(f.read_text())["results"][0]
    rows.setdefault(alg, {})[name] = r

print("| key type | command | runs | mean ± σ | median | min … max | user + sys CPU | vs openssl CLI (mean) |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for alg in ("RSA-2048", "ECDSA-P256"):
    by_name = rows.get(alg, {})
    base = by_name.get("openssl-cli")
    for name in sorted(by_name, key=lambda n: (n == "openssl-cli", n)):
        r = by_name[name]
        ms = lambda s: "–" if s is None else f"{s * 1000:.1f} ms"
        speed = f"{base['mean'] / r['mean']:.1f}x faster" if base and name != "openssl-cli" else "1.0x"
        print(
            f"| {alg} | {name} | {len(r['times'])} | {ms(r['mean'])} ± {ms(r['stddev'])} | {ms(r['median'])} "
            f"| {ms(r['min'])} … {ms(r['max'])} | {ms(r['user'] + r['system'])} | {speed} |"
        )
EOF
