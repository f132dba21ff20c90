#!/usr/bin/env bash
# Builds the real programs the live tests run, from the Go modules pinned beside this script:
#   kubernetes/  kube-apiserver, kube-controller-manager, kube-scheduler, kubelet, kubeadm, kubectl;
#                and fake-cri (kubernetes/fake-cri, the tests' own: upstream's fake container
#                runtime on a unix socket, for the kubelet), in a set of its own
#   etcd-3.6/    etcd, etcdctl 3.6 (the etcd of Kubernetes v1.35 and v1.36)
#   etcd-3.7/    etcd, etcdctl 3.7 (the etcd kubeadm v1.37 deploys)
# Each set lands in tests/peers/bin/<name>-<version>/ (or under $KADM_PEERS_DIR), stamped with its
# real version. A set already built for its pinned version is not built again. Prints what it built
# and how long each build took.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${KADM_PEERS_DIR:-$here/bin}"
mkdir -p "$out"
export CGO_ENABLED=0 GOFLAGS=-mod=readonly

# The version go.mod pins for MODULE, as the go command resolves it in DIR.
pinned() { (cd "$1" && go list -m -f '{{.Version}}' "$2"); }

# build DIR DEST PACKAGES... LDFLAGS: one go build of every package of DIR's module into DEST,
# through a temporary folder so an interrupted build leaves nothing that looks finished.
build() {
  local dir="$1" dest="$2" ldflags="$3"
  shift 3
  if [ -f "$dest/.complete" ]; then
    echo "peers: $(basename "$dest") cached in $dest"
    return
  fi
  local start tmp
  start=$(date +%s)
  tmp="$dest.partial"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  echo "peers: building $(basename "$dest") ($*) ..."
  (cd "$dir" && go build -trimpath -tags selinux,notest -ldflags "$ldflags" -o "$tmp/" "$@")
  # go names etcd's server after its module path (go.etcd.io/etcd/server/v3): "server".
  if [ -f "$tmp/server" ]; then mv "$tmp/server" "$tmp/etcd"; fi
  touch "$tmp/.complete"
  rm -rf "$dest"
  mv "$tmp" "$dest"
  echo "peers: built $(basename "$dest") in $(($(date +%s) - start)) s: $(cd "$dest" && echo *)"
}

k8s="$(pinned "$here/kubernetes" k8s.io/kubernetes)"
minor="${k8s#v1.}"
minor="${minor%%.*}"
stamp=""
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  stamp+=" -X $pkg.gitVersion=$k8s -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor"
  stamp+=" -X $pkg.gitTreeState=clean -X $pkg.buildDate=1970-01-01T00:00:00Z"
done
build "$here/kubernetes" "$out/kubernetes-$k8s" "-s -w$stamp" \
  k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
  k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubelet \
  k8s.io/kubernetes/cmd/kubeadm k8s.io/kubernetes/cmd/kubectl
# The kubelet's container runtime, from the same module (so the same cri-api as the kubelet), as a
# set of its own: a Kubernetes set built before it existed is not built again for it.
build "$here/kubernetes" "$out/fake-cri-$k8s" "-s -w" ./fake-cri

for dir in "$here"/etcd-*/; do
  etcd="$(pinned "$dir" go.etcd.io/etcd/server/v3)"
  build "$dir" "$out/etcd-$etcd" "-s -w" go.etcd.io/etcd/server/v3 go.etcd.io/etcd/etcdctl/v3
done
