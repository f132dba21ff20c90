# Shared by the bench scripts (sourced, never run): arguments, tools, the release build.
# A script sets `bench_name` (its results go to target/bench-$bench_name) before sourcing this.

# bench_args "$@": `--quick` (fewer runs) or `-h`/`--help` (the script's header comment); sets
# `quick`.
bench_args() {
  quick=false
  for arg in "$@"; do
    case $arg in
      --quick) quick=true ;;
      -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
      *) echo "$(basename "$0"): unknown argument $arg (see --help)" >&2; exit 2 ;;
    esac
  done
}

# bench_need PROGRAM...: installs the Debian packages of the programs that are missing.
bench_need() {
  local need=() program
  for program in "$@"; do
    command -v "$program" >/dev/null && continue
    case $program in
      vmstat) need+=(procps) ;;
      etcd) need+=(etcd-server) ;;
      etcdctl) need+=(etcd-client) ;;
      *) need+=("$program") ;;
    esac
  done
  if [ "${#need[@]}" -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
  fi
}

# bench_build: a fresh work directory (`work`, `results`), and the release kadm copied into it
# (`kadm`). Honours CARGO_TARGET_DIR.
bench_build() {
  local target=${CARGO_TARGET_DIR:-$repo/target}
  work=$repo/target/bench-$bench_name
  results=$work/results
  rm -rf "$work"
  mkdir -p "$results"
  echo "== building kadm (release)" >&2
  cargo build --release -p kadm
  kadm=$work/kadm
  cp "$target/release/kadm" "$kadm"
}
