#!/usr/bin/env bash
# kubeadm's PKI made with the openssl command line, one openssl process per step, the way
# clusters built "the hard way" script it: a key (genrsa / ecparam -genkey), then a self-signed
# CA (req -x509) or a CSR (req -new) signed by its CA (x509 -req) with an extfile for
# basicConstraints, keyUsage, extendedKeyUsage and SANs; finally sa.key and sa.pub.
#
# Usage: bench/openssl-pki.sh OUT_DIR [RSA-2048|ECDSA-P256] [NODE_NAME] [ADVERTISE_ADDRESS]
# Writes OUT_DIR/{ca,apiserver,...}.{crt,key}, OUT_DIR/etcd/*, OUT_DIR/sa.{key,pub} (the same
# files as `kadm init phase certs all` under /etc/kubernetes/pki), plus the .csr, .ext and .srl
# files the openssl CLI needs along the way. No fsync: the openssl CLI does not sync its files.
set -euo pipefail

out=${1:?usage: openssl-pki.sh OUT_DIR [RSA-2048|ECDSA-P256] [NODE_NAME] [ADVERTISE_ADDRESS]}
alg=${2:-RSA-2048}
node=${3:-node-1}
addr=${4:-127.0.0.1}

mkdir -p "$out/etcd"
cd "$out"

# new_key FILE
new_key() {
  case $alg in
    RSA-2048) openssl genrsa -out "$1" 2048 2>/dev/null ;;
    ECDSA-P256) openssl ecparam -name prime256v1 -genkey -noout -out "$1" ;;
    *) echo "openssl-pki.sh: unsupported algorithm $alg (RSA-2048 or ECDSA-P256)" >&2; exit 2 ;;
  esac
  chmod 600 "$1"
}

# ca NAME CN: a self-signed CA, 10 years, with a DNS SAN equal to its CN (as kubeadm's).
ca() {
  new_key "$1.key"
  openssl req -x509 -new -sha256 -days 3650 -key "$1.key" -subj "/CN=$2" -out "$1.crt" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign" \
    -addext "subjectAltName=DNS:$2"
}

# leaf NAME CA SUBJECT EXT_KEY_USAGE [SANS]: a key, a CSR, and the certificate signed by CA, 1 year.
leaf() {
  new_key "$1.key"
  openssl req -new -key "$1.key" -subj "$3" -out "$1.csr"
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature,keyEncipherment"
    echo "extendedKeyUsage=$4"
    if [ -n "${5:-}" ]; then echo "subjectAltName=$5"; fi
  } >"$1.ext"
  openssl x509 -req -sha256 -days 365 -in "$1.csr" -CA "$2.crt" -CAkey "$2.key" -CAcreateserial \
    -extfile "$1.ext" -out "$1.crt" 2>/dev/null
}

etcd_sans="DNS:$node,DNS:localhost,IP:127.0.0.1,IP:::1"
if [ "$addr" != 127.0.0.1 ] && [ "$addr" != ::1 ]; then etcd_sans="$etcd_sans,IP:$addr"; fi

ca ca kubernetes
leaf apiserver ca "/CN=kube-apiserver" serverAuth \
  "DNS:$node,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,IP:10.96.0.1,IP:$addr"
leaf apiserver-kubelet-client ca "/O=kubeadm:cluster-admins/CN=kube-apiserver-kubelet-client" clientAuth
ca front-proxy-ca front-proxy-ca
leaf front-proxy-client front-proxy-ca "/CN=front-proxy-client" clientAuth
ca etcd/ca etcd-ca
leaf etcd/server etcd/ca "/CN=$node" serverAuth,clientAuth "$etcd_sans"
leaf etcd/peer etcd/ca "/CN=$node" serverAuth,clientAuth "$etcd_sans"
leaf etcd/healthcheck-client etcd/ca "/CN=kube-etcd-healthcheck-client" clientAuth
leaf apiserver-etcd-client etcd/ca "/CN=kube-apiserver-etcd-client" clientAuth
new_key sa.key
openssl pkey -in sa.key -pubout -out sa.pub
chmod 600 sa.pub
