
use builtin;
use str;

set edit:completion:arg-completer[kadm] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kadm'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kadm'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Set up this control-plane node: preflight, PKI, kubeconfigs, static Pods, kubelet files, cluster objects'
            cand join 'Prepare a worker node''s files to join a cluster (token discovery through the API server, or a discovery file)'
            cand reset 'Remove what kadm init wrote on this node, so it can be set up again'
            cand apply-objects 'Apply the cluster objects kadm init wrote to the running API server'
            cand kubeconfig 'Kubeconfig file utilities'
            cand config 'Show kadm''s configuration'
            cand token 'Bootstrap tokens: the shared secrets `kubeadm join` authenticates with'
            cand certs 'Commands related to handling Kubernetes certificates'
            cand completion 'Print a shell completion script'
            cand version 'Print kadm''s version'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand --skip-phases 'Phases to skip, by full path (e.g. certs/etcd-ca,kubeconfig)'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
            cand phase 'Use this command to invoke a single phase of the init workflow'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
            cand preflight 'Run pre-flight checks'
            cand certs 'Certificate generation'
            cand kubeconfig 'Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file'
            cand etcd 'Generate static Pod manifest file for local etcd'
            cand control-plane 'Generate all static Pod manifest files necessary to establish the control plane'
            cand kubelet-start 'Write kubelet settings and (re)start the kubelet'
            cand upload-config 'Upload the kubeadm and kubelet configuration to a ConfigMap'
            cand upload-certs 'Upload certificates to kubeadm-certs'
            cand mark-control-plane 'Mark a node as a control-plane'
            cand bootstrap-token 'Generates bootstrap tokens used to join a node to a cluster'
            cand kubelet-finalize 'Updates settings relevant to the kubelet after TLS bootstrap'
            cand addon 'Install required addons for passing conformance tests'
            cand show-join-command 'Show the join command for control-plane and worker node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;preflight'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand all 'Run all certs phases'
            cand ca 'Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components'
            cand apiserver 'Generate the certificate for serving the Kubernetes API'
            cand apiserver-kubelet-client 'Generate the certificate for the API server to connect to kubelet'
            cand front-proxy-ca 'Generate the self-signed CA to provision identities for front proxy'
            cand front-proxy-client 'Generate the certificate for the front proxy client'
            cand etcd-ca 'Generate the self-signed CA to provision identities for etcd'
            cand etcd-server 'Generate the certificate for serving etcd'
            cand etcd-peer 'Generate the certificate for etcd nodes to communicate with each other'
            cand etcd-healthcheck-client 'Generate the certificate for liveness probes to healthcheck etcd'
            cand apiserver-etcd-client 'Generate the certificate the apiserver uses to access etcd'
            cand sa 'Generate a private key for signing service account tokens along with its public key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;certs;all'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;certs;ca'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;apiserver'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;apiserver-kubelet-client'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;front-proxy-ca'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;front-proxy-client'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;etcd-ca'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;etcd-server'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;etcd-peer'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;etcd-healthcheck-client'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;apiserver-etcd-client'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;sa'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;certs;help'= {
            cand all 'Run all certs phases'
            cand ca 'Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components'
            cand apiserver 'Generate the certificate for serving the Kubernetes API'
            cand apiserver-kubelet-client 'Generate the certificate for the API server to connect to kubelet'
            cand front-proxy-ca 'Generate the self-signed CA to provision identities for front proxy'
            cand front-proxy-client 'Generate the certificate for the front proxy client'
            cand etcd-ca 'Generate the self-signed CA to provision identities for etcd'
            cand etcd-server 'Generate the certificate for serving etcd'
            cand etcd-peer 'Generate the certificate for etcd nodes to communicate with each other'
            cand etcd-healthcheck-client 'Generate the certificate for liveness probes to healthcheck etcd'
            cand apiserver-etcd-client 'Generate the certificate the apiserver uses to access etcd'
            cand sa 'Generate a private key for signing service account tokens along with its public key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;certs;help;all'= {
        }
        &'kadm;init;phase;certs;help;ca'= {
        }
        &'kadm;init;phase;certs;help;apiserver'= {
        }
        &'kadm;init;phase;certs;help;apiserver-kubelet-client'= {
        }
        &'kadm;init;phase;certs;help;front-proxy-ca'= {
        }
        &'kadm;init;phase;certs;help;front-proxy-client'= {
        }
        &'kadm;init;phase;certs;help;etcd-ca'= {
        }
        &'kadm;init;phase;certs;help;etcd-server'= {
        }
        &'kadm;init;phase;certs;help;etcd-peer'= {
        }
        &'kadm;init;phase;certs;help;etcd-healthcheck-client'= {
        }
        &'kadm;init;phase;certs;help;apiserver-etcd-client'= {
        }
        &'kadm;init;phase;certs;help;sa'= {
        }
        &'kadm;init;phase;certs;help;help'= {
        }
        &'kadm;init;phase;kubeconfig'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand all 'Run all kubeconfig phases'
            cand admin 'Generate a kubeconfig file for the cluster administrator and for kadm itself'
            cand super-admin 'Generate a kubeconfig file for the break-glass super-admin (system:masters)'
            cand kubelet 'Generate a kubeconfig file for this node''s kubelet, used to bootstrap the cluster'
            cand controller-manager 'Generate a kubeconfig file for the controller manager'
            cand scheduler 'Generate a kubeconfig file for the scheduler'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;kubeconfig;all'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;kubeconfig;admin'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;kubeconfig;super-admin'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;kubeconfig;kubelet'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;kubeconfig;controller-manager'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;kubeconfig;scheduler'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;kubeconfig;help'= {
            cand all 'Run all kubeconfig phases'
            cand admin 'Generate a kubeconfig file for the cluster administrator and for kadm itself'
            cand super-admin 'Generate a kubeconfig file for the break-glass super-admin (system:masters)'
            cand kubelet 'Generate a kubeconfig file for this node''s kubelet, used to bootstrap the cluster'
            cand controller-manager 'Generate a kubeconfig file for the controller manager'
            cand scheduler 'Generate a kubeconfig file for the scheduler'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;kubeconfig;help;all'= {
        }
        &'kadm;init;phase;kubeconfig;help;admin'= {
        }
        &'kadm;init;phase;kubeconfig;help;super-admin'= {
        }
        &'kadm;init;phase;kubeconfig;help;kubelet'= {
        }
        &'kadm;init;phase;kubeconfig;help;controller-manager'= {
        }
        &'kadm;init;phase;kubeconfig;help;scheduler'= {
        }
        &'kadm;init;phase;kubeconfig;help;help'= {
        }
        &'kadm;init;phase;etcd'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
            cand all 'Run all etcd phases'
            cand local 'Generate the static Pod manifest file for a local, single-node local etcd instance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;etcd;all'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;etcd;local'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;etcd;help'= {
            cand all 'Run all etcd phases'
            cand local 'Generate the static Pod manifest file for a local, single-node local etcd instance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;etcd;help;all'= {
        }
        &'kadm;init;phase;etcd;help;local'= {
        }
        &'kadm;init;phase;etcd;help;help'= {
        }
        &'kadm;init;phase;control-plane'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand all 'Run all control-plane phases'
            cand apiserver 'Generates the kube-apiserver static Pod manifest'
            cand controller-manager 'Generates the kube-controller-manager static Pod manifest'
            cand scheduler 'Generates the kube-scheduler static Pod manifest'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;control-plane;all'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;control-plane;apiserver'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;control-plane;controller-manager'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;control-plane;scheduler'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;control-plane;help'= {
            cand all 'Run all control-plane phases'
            cand apiserver 'Generates the kube-apiserver static Pod manifest'
            cand controller-manager 'Generates the kube-controller-manager static Pod manifest'
            cand scheduler 'Generates the kube-scheduler static Pod manifest'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;control-plane;help;all'= {
        }
        &'kadm;init;phase;control-plane;help;apiserver'= {
        }
        &'kadm;init;phase;control-plane;help;controller-manager'= {
        }
        &'kadm;init;phase;control-plane;help;scheduler'= {
        }
        &'kadm;init;phase;control-plane;help;help'= {
        }
        &'kadm;init;phase;kubelet-start'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;upload-config'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand all 'Run all upload-config phases'
            cand kubeadm 'Upload the kubeadm ClusterConfiguration to a ConfigMap'
            cand kubelet 'Upload the kubelet component config to a ConfigMap'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;upload-config;all'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;upload-config;kubeadm'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;upload-config;kubelet'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;upload-config;help'= {
            cand all 'Run all upload-config phases'
            cand kubeadm 'Upload the kubeadm ClusterConfiguration to a ConfigMap'
            cand kubelet 'Upload the kubelet component config to a ConfigMap'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;upload-config;help;all'= {
        }
        &'kadm;init;phase;upload-config;help;kubeadm'= {
        }
        &'kadm;init;phase;upload-config;help;kubelet'= {
        }
        &'kadm;init;phase;upload-config;help;help'= {
        }
        &'kadm;init;phase;upload-certs'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;mark-control-plane'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;bootstrap-token'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;kubelet-finalize'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
            cand all 'Run all kubelet-finalize phases'
            cand cert-rotation 'Enable kubelet client certificate rotation'
            cand experimental-cert-rotation 'Enable kubelet client certificate rotation (DEPRECATED: use ''cert-rotation'' instead)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;kubelet-finalize;all'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;kubelet-finalize;cert-rotation'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;kubelet-finalize;experimental-cert-rotation'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;kubelet-finalize;help'= {
            cand all 'Run all kubelet-finalize phases'
            cand cert-rotation 'Enable kubelet client certificate rotation'
            cand experimental-cert-rotation 'Enable kubelet client certificate rotation (DEPRECATED: use ''cert-rotation'' instead)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;kubelet-finalize;help;all'= {
        }
        &'kadm;init;phase;kubelet-finalize;help;cert-rotation'= {
        }
        &'kadm;init;phase;kubelet-finalize;help;experimental-cert-rotation'= {
        }
        &'kadm;init;phase;kubelet-finalize;help;help'= {
        }
        &'kadm;init;phase;addon'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand all 'Run all addon phases'
            cand coredns 'Install the CoreDNS addon to a Kubernetes cluster'
            cand kube-proxy 'Install the kube-proxy addon to a Kubernetes cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;addon;all'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;addon;coredns'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;addon;kube-proxy'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;init;phase;addon;help'= {
            cand all 'Run all addon phases'
            cand coredns 'Install the CoreDNS addon to a Kubernetes cluster'
            cand kube-proxy 'Install the kube-proxy addon to a Kubernetes cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;addon;help;all'= {
        }
        &'kadm;init;phase;addon;help;coredns'= {
        }
        &'kadm;init;phase;addon;help;kube-proxy'= {
        }
        &'kadm;init;phase;addon;help;help'= {
        }
        &'kadm;init;phase;show-join-command'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --apply 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;init;phase;help'= {
            cand preflight 'Run pre-flight checks'
            cand certs 'Certificate generation'
            cand kubeconfig 'Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file'
            cand etcd 'Generate static Pod manifest file for local etcd'
            cand control-plane 'Generate all static Pod manifest files necessary to establish the control plane'
            cand kubelet-start 'Write kubelet settings and (re)start the kubelet'
            cand upload-config 'Upload the kubeadm and kubelet configuration to a ConfigMap'
            cand upload-certs 'Upload certificates to kubeadm-certs'
            cand mark-control-plane 'Mark a node as a control-plane'
            cand bootstrap-token 'Generates bootstrap tokens used to join a node to a cluster'
            cand kubelet-finalize 'Updates settings relevant to the kubelet after TLS bootstrap'
            cand addon 'Install required addons for passing conformance tests'
            cand show-join-command 'Show the join command for control-plane and worker node'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;phase;help;preflight'= {
        }
        &'kadm;init;phase;help;certs'= {
            cand all 'Run all certs phases'
            cand ca 'Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components'
            cand apiserver 'Generate the certificate for serving the Kubernetes API'
            cand apiserver-kubelet-client 'Generate the certificate for the API server to connect to kubelet'
            cand front-proxy-ca 'Generate the self-signed CA to provision identities for front proxy'
            cand front-proxy-client 'Generate the certificate for the front proxy client'
            cand etcd-ca 'Generate the self-signed CA to provision identities for etcd'
            cand etcd-server 'Generate the certificate for serving etcd'
            cand etcd-peer 'Generate the certificate for etcd nodes to communicate with each other'
            cand etcd-healthcheck-client 'Generate the certificate for liveness probes to healthcheck etcd'
            cand apiserver-etcd-client 'Generate the certificate the apiserver uses to access etcd'
            cand sa 'Generate a private key for signing service account tokens along with its public key'
        }
        &'kadm;init;phase;help;certs;all'= {
        }
        &'kadm;init;phase;help;certs;ca'= {
        }
        &'kadm;init;phase;help;certs;apiserver'= {
        }
        &'kadm;init;phase;help;certs;apiserver-kubelet-client'= {
        }
        &'kadm;init;phase;help;certs;front-proxy-ca'= {
        }
        &'kadm;init;phase;help;certs;front-proxy-client'= {
        }
        &'kadm;init;phase;help;certs;etcd-ca'= {
        }
        &'kadm;init;phase;help;certs;etcd-server'= {
        }
        &'kadm;init;phase;help;certs;etcd-peer'= {
        }
        &'kadm;init;phase;help;certs;etcd-healthcheck-client'= {
        }
        &'kadm;init;phase;help;certs;apiserver-etcd-client'= {
        }
        &'kadm;init;phase;help;certs;sa'= {
        }
        &'kadm;init;phase;help;kubeconfig'= {
            cand all 'Run all kubeconfig phases'
            cand admin 'Generate a kubeconfig file for the cluster administrator and for kadm itself'
            cand super-admin 'Generate a kubeconfig file for the break-glass super-admin (system:masters)'
            cand kubelet 'Generate a kubeconfig file for this node''s kubelet, used to bootstrap the cluster'
            cand controller-manager 'Generate a kubeconfig file for the controller manager'
            cand scheduler 'Generate a kubeconfig file for the scheduler'
        }
        &'kadm;init;phase;help;kubeconfig;all'= {
        }
        &'kadm;init;phase;help;kubeconfig;admin'= {
        }
        &'kadm;init;phase;help;kubeconfig;super-admin'= {
        }
        &'kadm;init;phase;help;kubeconfig;kubelet'= {
        }
        &'kadm;init;phase;help;kubeconfig;controller-manager'= {
        }
        &'kadm;init;phase;help;kubeconfig;scheduler'= {
        }
        &'kadm;init;phase;help;etcd'= {
            cand all 'Run all etcd phases'
            cand local 'Generate the static Pod manifest file for a local, single-node local etcd instance'
        }
        &'kadm;init;phase;help;etcd;all'= {
        }
        &'kadm;init;phase;help;etcd;local'= {
        }
        &'kadm;init;phase;help;control-plane'= {
            cand all 'Run all control-plane phases'
            cand apiserver 'Generates the kube-apiserver static Pod manifest'
            cand controller-manager 'Generates the kube-controller-manager static Pod manifest'
            cand scheduler 'Generates the kube-scheduler static Pod manifest'
        }
        &'kadm;init;phase;help;control-plane;all'= {
        }
        &'kadm;init;phase;help;control-plane;apiserver'= {
        }
        &'kadm;init;phase;help;control-plane;controller-manager'= {
        }
        &'kadm;init;phase;help;control-plane;scheduler'= {
        }
        &'kadm;init;phase;help;kubelet-start'= {
        }
        &'kadm;init;phase;help;upload-config'= {
            cand all 'Run all upload-config phases'
            cand kubeadm 'Upload the kubeadm ClusterConfiguration to a ConfigMap'
            cand kubelet 'Upload the kubelet component config to a ConfigMap'
        }
        &'kadm;init;phase;help;upload-config;all'= {
        }
        &'kadm;init;phase;help;upload-config;kubeadm'= {
        }
        &'kadm;init;phase;help;upload-config;kubelet'= {
        }
        &'kadm;init;phase;help;upload-certs'= {
        }
        &'kadm;init;phase;help;mark-control-plane'= {
        }
        &'kadm;init;phase;help;bootstrap-token'= {
        }
        &'kadm;init;phase;help;kubelet-finalize'= {
            cand all 'Run all kubelet-finalize phases'
            cand cert-rotation 'Enable kubelet client certificate rotation'
            cand experimental-cert-rotation 'Enable kubelet client certificate rotation (DEPRECATED: use ''cert-rotation'' instead)'
        }
        &'kadm;init;phase;help;kubelet-finalize;all'= {
        }
        &'kadm;init;phase;help;kubelet-finalize;cert-rotation'= {
        }
        &'kadm;init;phase;help;kubelet-finalize;experimental-cert-rotation'= {
        }
        &'kadm;init;phase;help;addon'= {
            cand all 'Run all addon phases'
            cand coredns 'Install the CoreDNS addon to a Kubernetes cluster'
            cand kube-proxy 'Install the kube-proxy addon to a Kubernetes cluster'
        }
        &'kadm;init;phase;help;addon;all'= {
        }
        &'kadm;init;phase;help;addon;coredns'= {
        }
        &'kadm;init;phase;help;addon;kube-proxy'= {
        }
        &'kadm;init;phase;help;show-join-command'= {
        }
        &'kadm;init;phase;help;help'= {
        }
        &'kadm;init;help'= {
            cand phase 'Use this command to invoke a single phase of the init workflow'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;init;help;phase'= {
            cand preflight 'Run pre-flight checks'
            cand certs 'Certificate generation'
            cand kubeconfig 'Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file'
            cand etcd 'Generate static Pod manifest file for local etcd'
            cand control-plane 'Generate all static Pod manifest files necessary to establish the control plane'
            cand kubelet-start 'Write kubelet settings and (re)start the kubelet'
            cand upload-config 'Upload the kubeadm and kubelet configuration to a ConfigMap'
            cand upload-certs 'Upload certificates to kubeadm-certs'
            cand mark-control-plane 'Mark a node as a control-plane'
            cand bootstrap-token 'Generates bootstrap tokens used to join a node to a cluster'
            cand kubelet-finalize 'Updates settings relevant to the kubelet after TLS bootstrap'
            cand addon 'Install required addons for passing conformance tests'
            cand show-join-command 'Show the join command for control-plane and worker node'
        }
        &'kadm;init;help;phase;preflight'= {
        }
        &'kadm;init;help;phase;certs'= {
            cand all 'Run all certs phases'
            cand ca 'Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components'
            cand apiserver 'Generate the certificate for serving the Kubernetes API'
            cand apiserver-kubelet-client 'Generate the certificate for the API server to connect to kubelet'
            cand front-proxy-ca 'Generate the self-signed CA to provision identities for front proxy'
            cand front-proxy-client 'Generate the certificate for the front proxy client'
            cand etcd-ca 'Generate the self-signed CA to provision identities for etcd'
            cand etcd-server 'Generate the certificate for serving etcd'
            cand etcd-peer 'Generate the certificate for etcd nodes to communicate with each other'
            cand etcd-healthcheck-client 'Generate the certificate for liveness probes to healthcheck etcd'
            cand apiserver-etcd-client 'Generate the certificate the apiserver uses to access etcd'
            cand sa 'Generate a private key for signing service account tokens along with its public key'
        }
        &'kadm;init;help;phase;certs;all'= {
        }
        &'kadm;init;help;phase;certs;ca'= {
        }
        &'kadm;init;help;phase;certs;apiserver'= {
        }
        &'kadm;init;help;phase;certs;apiserver-kubelet-client'= {
        }
        &'kadm;init;help;phase;certs;front-proxy-ca'= {
        }
        &'kadm;init;help;phase;certs;front-proxy-client'= {
        }
        &'kadm;init;help;phase;certs;etcd-ca'= {
        }
        &'kadm;init;help;phase;certs;etcd-server'= {
        }
        &'kadm;init;help;phase;certs;etcd-peer'= {
        }
        &'kadm;init;help;phase;certs;etcd-healthcheck-client'= {
        }
        &'kadm;init;help;phase;certs;apiserver-etcd-client'= {
        }
        &'kadm;init;help;phase;certs;sa'= {
        }
        &'kadm;init;help;phase;kubeconfig'= {
            cand all 'Run all kubeconfig phases'
            cand admin 'Generate a kubeconfig file for the cluster administrator and for kadm itself'
            cand super-admin 'Generate a kubeconfig file for the break-glass super-admin (system:masters)'
            cand kubelet 'Generate a kubeconfig file for this node''s kubelet, used to bootstrap the cluster'
            cand controller-manager 'Generate a kubeconfig file for the controller manager'
            cand scheduler 'Generate a kubeconfig file for the scheduler'
        }
        &'kadm;init;help;phase;kubeconfig;all'= {
        }
        &'kadm;init;help;phase;kubeconfig;admin'= {
        }
        &'kadm;init;help;phase;kubeconfig;super-admin'= {
        }
        &'kadm;init;help;phase;kubeconfig;kubelet'= {
        }
        &'kadm;init;help;phase;kubeconfig;controller-manager'= {
        }
        &'kadm;init;help;phase;kubeconfig;scheduler'= {
        }
        &'kadm;init;help;phase;etcd'= {
            cand all 'Run all etcd phases'
            cand local 'Generate the static Pod manifest file for a local, single-node local etcd instance'
        }
        &'kadm;init;help;phase;etcd;all'= {
        }
        &'kadm;init;help;phase;etcd;local'= {
        }
        &'kadm;init;help;phase;control-plane'= {
            cand all 'Run all control-plane phases'
            cand apiserver 'Generates the kube-apiserver static Pod manifest'
            cand controller-manager 'Generates the kube-controller-manager static Pod manifest'
            cand scheduler 'Generates the kube-scheduler static Pod manifest'
        }
        &'kadm;init;help;phase;control-plane;all'= {
        }
        &'kadm;init;help;phase;control-plane;apiserver'= {
        }
        &'kadm;init;help;phase;control-plane;controller-manager'= {
        }
        &'kadm;init;help;phase;control-plane;scheduler'= {
        }
        &'kadm;init;help;phase;kubelet-start'= {
        }
        &'kadm;init;help;phase;upload-config'= {
            cand all 'Run all upload-config phases'
            cand kubeadm 'Upload the kubeadm ClusterConfiguration to a ConfigMap'
            cand kubelet 'Upload the kubelet component config to a ConfigMap'
        }
        &'kadm;init;help;phase;upload-config;all'= {
        }
        &'kadm;init;help;phase;upload-config;kubeadm'= {
        }
        &'kadm;init;help;phase;upload-config;kubelet'= {
        }
        &'kadm;init;help;phase;upload-certs'= {
        }
        &'kadm;init;help;phase;mark-control-plane'= {
        }
        &'kadm;init;help;phase;bootstrap-token'= {
        }
        &'kadm;init;help;phase;kubelet-finalize'= {
            cand all 'Run all kubelet-finalize phases'
            cand cert-rotation 'Enable kubelet client certificate rotation'
            cand experimental-cert-rotation 'Enable kubelet client certificate rotation (DEPRECATED: use ''cert-rotation'' instead)'
        }
        &'kadm;init;help;phase;kubelet-finalize;all'= {
        }
        &'kadm;init;help;phase;kubelet-finalize;cert-rotation'= {
        }
        &'kadm;init;help;phase;kubelet-finalize;experimental-cert-rotation'= {
        }
        &'kadm;init;help;phase;addon'= {
            cand all 'Run all addon phases'
            cand coredns 'Install the CoreDNS addon to a Kubernetes cluster'
            cand kube-proxy 'Install the kube-proxy addon to a Kubernetes cluster'
        }
        &'kadm;init;help;phase;addon;all'= {
        }
        &'kadm;init;help;phase;addon;coredns'= {
        }
        &'kadm;init;help;phase;addon;kube-proxy'= {
        }
        &'kadm;init;help;phase;show-join-command'= {
        }
        &'kadm;init;help;help'= {
        }
        &'kadm;join'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand --skip-phases 'Phases to skip, by full path (e.g. certs/etcd-ca,kubeconfig)'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
            cand phase 'Use this command to invoke a single phase of the join workflow'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;join;phase'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
            cand preflight 'Run join pre-flight checks'
            cand control-plane-prepare 'Prepare the machine for serving a control plane'
            cand kubelet-start 'Write kubelet settings, certificates and (re)start the kubelet'
            cand control-plane-join 'Join a machine as a control plane instance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;join;phase;preflight'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;join;phase;control-plane-prepare'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
            cand all 'Run all control-plane-prepare phases'
            cand download-certs 'Download certificates shared among control-plane nodes from the kubeadm-certs Secret'
            cand certs 'Generate the certificates for the new control plane components'
            cand kubeconfig 'Generate the kubeconfig for the new control plane components'
            cand control-plane 'Generate the manifests for the new control plane components'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;join;phase;control-plane-prepare;all'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;join;phase;control-plane-prepare;download-certs'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;join;phase;control-plane-prepare;certs'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;join;phase;control-plane-prepare;kubeconfig'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;join;phase;control-plane-prepare;control-plane'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;join;phase;control-plane-prepare;help'= {
            cand all 'Run all control-plane-prepare phases'
            cand download-certs 'Download certificates shared among control-plane nodes from the kubeadm-certs Secret'
            cand certs 'Generate the certificates for the new control plane components'
            cand kubeconfig 'Generate the kubeconfig for the new control plane components'
            cand control-plane 'Generate the manifests for the new control plane components'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;join;phase;control-plane-prepare;help;all'= {
        }
        &'kadm;join;phase;control-plane-prepare;help;download-certs'= {
        }
        &'kadm;join;phase;control-plane-prepare;help;certs'= {
        }
        &'kadm;join;phase;control-plane-prepare;help;kubeconfig'= {
        }
        &'kadm;join;phase;control-plane-prepare;help;control-plane'= {
        }
        &'kadm;join;phase;control-plane-prepare;help;help'= {
        }
        &'kadm;join;phase;kubelet-start'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;join;phase;control-plane-join'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
            cand all 'Run all control-plane-join phases'
            cand etcd 'Add a new local etcd member'
            cand mark-control-plane 'Mark a node as a control-plane'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;join;phase;control-plane-join;all'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;join;phase;control-plane-join;etcd'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;join;phase;control-plane-join;mark-control-plane'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --discovery-file 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)'
            cand --token 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap'
            cand --tls-bootstrap-token 'The bootstrap token the kubelet authenticates with [default: --token]'
            cand --discovery-token-ca-cert-hash 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)'
            cand --discovery-token 'The bootstrap token that verifies cluster-info in token discovery [default: --token]'
            cand --node-name 'The node''s name [default: nodeRegistration.name, else the hostname]'
            cand --cri-socket 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings (names, or all)'
            cand --certificate-key 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)'
            cand --certs-from 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)'
            cand --etcd-endpoints 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)'
            cand --apiserver-advertise-address 'The IP address this control plane''s API server advertises [default: the default route''s address]'
            cand --apiserver-bind-port 'The port this control plane''s API server binds to [default: 6443]'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --discovery-token-unsafe-skip-ca-verification 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone'
            cand --control-plane 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;join;phase;control-plane-join;help'= {
            cand all 'Run all control-plane-join phases'
            cand etcd 'Add a new local etcd member'
            cand mark-control-plane 'Mark a node as a control-plane'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;join;phase;control-plane-join;help;all'= {
        }
        &'kadm;join;phase;control-plane-join;help;etcd'= {
        }
        &'kadm;join;phase;control-plane-join;help;mark-control-plane'= {
        }
        &'kadm;join;phase;control-plane-join;help;help'= {
        }
        &'kadm;join;phase;help'= {
            cand preflight 'Run join pre-flight checks'
            cand control-plane-prepare 'Prepare the machine for serving a control plane'
            cand kubelet-start 'Write kubelet settings, certificates and (re)start the kubelet'
            cand control-plane-join 'Join a machine as a control plane instance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;join;phase;help;preflight'= {
        }
        &'kadm;join;phase;help;control-plane-prepare'= {
            cand all 'Run all control-plane-prepare phases'
            cand download-certs 'Download certificates shared among control-plane nodes from the kubeadm-certs Secret'
            cand certs 'Generate the certificates for the new control plane components'
            cand kubeconfig 'Generate the kubeconfig for the new control plane components'
            cand control-plane 'Generate the manifests for the new control plane components'
        }
        &'kadm;join;phase;help;control-plane-prepare;all'= {
        }
        &'kadm;join;phase;help;control-plane-prepare;download-certs'= {
        }
        &'kadm;join;phase;help;control-plane-prepare;certs'= {
        }
        &'kadm;join;phase;help;control-plane-prepare;kubeconfig'= {
        }
        &'kadm;join;phase;help;control-plane-prepare;control-plane'= {
        }
        &'kadm;join;phase;help;kubelet-start'= {
        }
        &'kadm;join;phase;help;control-plane-join'= {
            cand all 'Run all control-plane-join phases'
            cand etcd 'Add a new local etcd member'
            cand mark-control-plane 'Mark a node as a control-plane'
        }
        &'kadm;join;phase;help;control-plane-join;all'= {
        }
        &'kadm;join;phase;help;control-plane-join;etcd'= {
        }
        &'kadm;join;phase;help;control-plane-join;mark-control-plane'= {
        }
        &'kadm;join;phase;help;help'= {
        }
        &'kadm;join;help'= {
            cand phase 'Use this command to invoke a single phase of the join workflow'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;join;help;phase'= {
            cand preflight 'Run join pre-flight checks'
            cand control-plane-prepare 'Prepare the machine for serving a control plane'
            cand kubelet-start 'Write kubelet settings, certificates and (re)start the kubelet'
            cand control-plane-join 'Join a machine as a control plane instance'
        }
        &'kadm;join;help;phase;preflight'= {
        }
        &'kadm;join;help;phase;control-plane-prepare'= {
            cand all 'Run all control-plane-prepare phases'
            cand download-certs 'Download certificates shared among control-plane nodes from the kubeadm-certs Secret'
            cand certs 'Generate the certificates for the new control plane components'
            cand kubeconfig 'Generate the kubeconfig for the new control plane components'
            cand control-plane 'Generate the manifests for the new control plane components'
        }
        &'kadm;join;help;phase;control-plane-prepare;all'= {
        }
        &'kadm;join;help;phase;control-plane-prepare;download-certs'= {
        }
        &'kadm;join;help;phase;control-plane-prepare;certs'= {
        }
        &'kadm;join;help;phase;control-plane-prepare;kubeconfig'= {
        }
        &'kadm;join;help;phase;control-plane-prepare;control-plane'= {
        }
        &'kadm;join;help;phase;kubelet-start'= {
        }
        &'kadm;join;help;phase;control-plane-join'= {
            cand all 'Run all control-plane-join phases'
            cand etcd 'Add a new local etcd member'
            cand mark-control-plane 'Mark a node as a control-plane'
        }
        &'kadm;join;help;phase;control-plane-join;all'= {
        }
        &'kadm;join;help;phase;control-plane-join;etcd'= {
        }
        &'kadm;join;help;phase;control-plane-join;mark-control-plane'= {
        }
        &'kadm;join;help;help'= {
        }
        &'kadm;reset'= {
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --cert-dir 'The certificate directory to clean'
            cand --kubeconfig-dir 'Where the kubeconfig files to remove are'
            cand --etcd-endpoints 'Client URLs of etcd members to remove this node''s etcd member through [default: this node''s own client URL from etcd.yaml; none with --rootfs]'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -f 'Remove without asking (needed when stdin is not a terminal, as in CI)'
            cand --force 'Remove without asking (needed when stdin is not a terminal, as in CI)'
            cand --dry-run 'List what reset would remove, and remove nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;apply-objects'= {
            cand --rootfs 'Resolve the node''s paths (the kubeconfig files, cluster-objects/) under DIR'
            cand --kubeconfig 'Apply every file with this kubeconfig (a host path) [default: super-admin.conf for cluster-admins.yaml, then admin.conf for the others]'
            cand --timeout 'How long to wait for the API server and the applies together (e.g. 4m, 30s)'
            cand -o 'Result format'
            cand --output 'Result format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;kubeconfig'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help'
            cand --help 'Print help'
            cand user 'Print a kubeconfig for an extra user, signed by the cluster CA'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;kubeconfig;user'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file'
            cand --rootfs 'Resolve every absolute path kadm touches under DIR (runs without root)'
            cand --kubeconfig-dir 'Where kubeconfig files are written [default: /etc/kubernetes]'
            cand --cert-dir 'Where certificates are stored [default: /etc/kubernetes/pki]'
            cand --kubernetes-version 'The Kubernetes version the cluster runs (e.g. v1.37.2)'
            cand --apiserver-advertise-address 'The IP address the API server advertises'
            cand --apiserver-bind-port 'The port the API server binds to [default: 6443]'
            cand --control-plane-endpoint 'A stable address for the control plane (DNS name or IP, optional port)'
            cand --service-cidr 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]'
            cand --service-dns-domain 'The cluster''s DNS domain [default: cluster.local]'
            cand --apiserver-cert-extra-sans 'Extra names (IPs or DNS names) for the API server certificate, comma-separated'
            cand --node-name 'The node''s name [default: this host''s name]'
            cand --encryption-algorithm 'Key type'
            cand --ignore-preflight-errors 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all'''
            cand --token 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret'
            cand --token-ttl 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]'
            cand --certificate-key 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)'
            cand --client-name 'The user name: the client certificate''s CN'
            cand --org 'The user''s group: an O of the client certificate (repeat for several groups)'
            cand --validity-period 'How long the certificate is valid (e.g. 24h) [default: certificateValidityPeriod]'
            cand -o 'Output format, as `kubectl config view -o` prints a kubeconfig'
            cand --output 'Output format, as `kubectl config view -o` prints a kubeconfig'
            cand --output-file 'Write the kubeconfig to FILE (a host path, mode 0600, replaced atomically) instead of stdout'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --upload-certs 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
            cand --skip-certificate-key-print 'Do not print the certificate key that upload-certs uses'
            cand --force 'Replace the FILE of --output-file when it exists'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;kubeconfig;help'= {
            cand user 'Print a kubeconfig for an extra user, signed by the cluster CA'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;kubeconfig;help;user'= {
        }
        &'kadm;kubeconfig;help;help'= {
        }
        &'kadm;config'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help'
            cand --help 'Print help'
            cand print 'Print configuration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;config;print'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help'
            cand --help 'Print help'
            cand init-defaults 'Print the default v1beta4 configuration for `kadm init --config`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;config;print;init-defaults'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;config;print;help'= {
            cand init-defaults 'Print the default v1beta4 configuration for `kadm init --config`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;config;print;help;init-defaults'= {
        }
        &'kadm;config;print;help;help'= {
        }
        &'kadm;config;help'= {
            cand print 'Print configuration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;config;help;print'= {
            cand init-defaults 'Print the default v1beta4 configuration for `kadm init --config`'
        }
        &'kadm;config;help;print;init-defaults'= {
        }
        &'kadm;config;help;help'= {
        }
        &'kadm;token'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help'
            cand --help 'Print help'
            cand generate 'Print a new random bootstrap token (abcdef.0123456789abcdef); stores nothing'
            cand create 'Create a bootstrap token in the cluster and print it, or its join command'
            cand list 'List the cluster''s bootstrap tokens'
            cand delete 'Delete bootstrap tokens from the cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;token;generate'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;token;create'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file (its first bootstrapTokens entry gives the defaults; its endpoint and certificatesDir serve --print-join-command)'
            cand --rootfs 'Resolve the node''s paths (the CA for --print-join-command) under DIR'
            cand --ttl 'How long the token lives, 0 for ever [default: 24h0m0s]'
            cand --description 'A description of the token, for humans'
            cand --groups 'Extra groups the token authenticates as [default: system:bootstrappers:kubeadm:default-node-token]'
            cand --usages 'What the token may be used for [default: signing,authentication]'
            cand --output-file 'Write the token''s Secret to FILE (a host path, mode 0600, replaced atomically) instead of creating it in the cluster'
            cand --kubeconfig 'The kubeconfig to reach the API server with (a host path) [default: admin.conf in the node''s /etc/kubernetes]'
            cand --apply 'Talk to the API server [default: true on the node itself when the kubeconfig is there, false with --rootfs]'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --print-join-command 'Print the worker''s join command on stdout instead of the token (offline, the Secret then goes to --output-file)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;token;list'= {
            cand --rootfs 'Resolve the node''s paths (admin.conf) under DIR'
            cand --kubeconfig 'The kubeconfig to reach the API server with (a host path) [default: admin.conf in the node''s /etc/kubernetes]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;token;delete'= {
            cand --rootfs 'Resolve the node''s paths (admin.conf) under DIR'
            cand --kubeconfig 'The kubeconfig to reach the API server with (a host path) [default: admin.conf in the node''s /etc/kubernetes]'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;token;help'= {
            cand generate 'Print a new random bootstrap token (abcdef.0123456789abcdef); stores nothing'
            cand create 'Create a bootstrap token in the cluster and print it, or its join command'
            cand list 'List the cluster''s bootstrap tokens'
            cand delete 'Delete bootstrap tokens from the cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;token;help;generate'= {
        }
        &'kadm;token;help;create'= {
        }
        &'kadm;token;help;list'= {
        }
        &'kadm;token;help;delete'= {
        }
        &'kadm;token;help;help'= {
        }
        &'kadm;certs'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help'
            cand --help 'Print help'
            cand check-expiration 'Check when the node''s certificates, CAs and kubelet certificate expire'
            cand rotate-ca 'Replace the cluster''s CAs in stages: prepare, finalize (or rollback), status'
            cand certificate-key 'Print a new random certificate key (64 hex digits) for `init --upload-certs`'
            cand renew 'Renew a certificate, a kubeconfig''s client certificate, or all of them'
            cand generate-csr 'Generate keys and certificate signing requests for an external CA'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;certs;check-expiration'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)'
            cand --rootfs 'Resolve every absolute path kadm uses under DIR (runs without root)'
            cand --cert-dir 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]'
            cand --kubeconfig-dir 'Where the kubeconfig files are [default: /etc/kubernetes]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --fail-within 'Exit with code 2 when a certificate, CA or the kubelet''s certificate expires within DURATION (30d, 1d12h, 720h)'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;certs;rotate-ca'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand prepare 'Make the new CA, trust old and new, re-issue every certificate under the new CA'
            cand finalize 'Drop the old CA once every certificate is under the new one'
            cand rollback 'Before finalize, go back to the old CA kept in the backup'
            cand status 'Show where each CA, certificate and kubeconfig of the node stands in a rotation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;certs;rotate-ca;prepare'= {
            cand --ca 'The CA to rotate: ca, front-proxy-ca, etcd-ca, or all (a CA whose file is absent, as etcd''s with an external etcd, is skipped)'
            cand --bundle-file 'Then write the rotation bundle for the other control planes to FILE (a host path, mode 0600): the new CAs and keys encrypted under --certificate-key'
            cand --from-bundle 'Take the new CAs from the rotation bundle FILE (a host path) another control plane''s prepare wrote, instead of making them; this node''s own certificates and SANs are kept'
            cand --certificate-key 'The key that encrypts the bundle: 64 hex digits, as `kadm certs certificate-key` prints'
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)'
            cand --rootfs 'Resolve every absolute path kadm uses under DIR (runs without root)'
            cand --cert-dir 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]'
            cand --kubeconfig-dir 'Where the kubeconfig files are [default: /etc/kubernetes]'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;certs;rotate-ca;finalize'= {
            cand --ca 'The CA to rotate: ca, front-proxy-ca, etcd-ca, or all (a CA whose file is absent, as etcd''s with an external etcd, is skipped)'
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)'
            cand --rootfs 'Resolve every absolute path kadm uses under DIR (runs without root)'
            cand --cert-dir 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]'
            cand --kubeconfig-dir 'Where the kubeconfig files are [default: /etc/kubernetes]'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --force 'Finalize even when some certificates are not under the new CA yet: they are left as they are (and named), and stop verifying once the components reload the bundles'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;certs;rotate-ca;rollback'= {
            cand --ca 'The CA to rotate: ca, front-proxy-ca, etcd-ca, or all (a CA whose file is absent, as etcd''s with an external etcd, is skipped)'
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)'
            cand --rootfs 'Resolve every absolute path kadm uses under DIR (runs without root)'
            cand --cert-dir 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]'
            cand --kubeconfig-dir 'Where the kubeconfig files are [default: /etc/kubernetes]'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;certs;rotate-ca;status'= {
            cand --ca 'The CA to rotate: ca, front-proxy-ca, etcd-ca, or all (a CA whose file is absent, as etcd''s with an external etcd, is skipped)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)'
            cand --cert-dir 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]'
            cand --kubeconfig-dir 'Where the kubeconfig files are [default: /etc/kubernetes]'
            cand --rootfs 'Resolve every absolute path under DIR; give it once per node to compare nodes'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;certs;rotate-ca;help'= {
            cand prepare 'Make the new CA, trust old and new, re-issue every certificate under the new CA'
            cand finalize 'Drop the old CA once every certificate is under the new one'
            cand rollback 'Before finalize, go back to the old CA kept in the backup'
            cand status 'Show where each CA, certificate and kubeconfig of the node stands in a rotation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;certs;rotate-ca;help;prepare'= {
        }
        &'kadm;certs;rotate-ca;help;finalize'= {
        }
        &'kadm;certs;rotate-ca;help;rollback'= {
        }
        &'kadm;certs;rotate-ca;help;status'= {
        }
        &'kadm;certs;rotate-ca;help;help'= {
        }
        &'kadm;certs;certificate-key'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;certs;renew'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)'
            cand --rootfs 'Resolve every absolute path kadm uses under DIR (runs without root)'
            cand --cert-dir 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]'
            cand --kubeconfig-dir 'Where the kubeconfig files are [default: /etc/kubernetes]'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;certs;generate-csr'= {
            cand --config 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)'
            cand --rootfs 'Resolve every absolute path kadm uses under DIR (runs without root)'
            cand --cert-dir 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]'
            cand --kubeconfig-dir 'Where the kubeconfig files are [default: /etc/kubernetes]'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand --dry-run 'Write nothing; print what would be written'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kadm;certs;help'= {
            cand check-expiration 'Check when the node''s certificates, CAs and kubelet certificate expire'
            cand rotate-ca 'Replace the cluster''s CAs in stages: prepare, finalize (or rollback), status'
            cand certificate-key 'Print a new random certificate key (64 hex digits) for `init --upload-certs`'
            cand renew 'Renew a certificate, a kubeconfig''s client certificate, or all of them'
            cand generate-csr 'Generate keys and certificate signing requests for an external CA'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;certs;help;check-expiration'= {
        }
        &'kadm;certs;help;rotate-ca'= {
            cand prepare 'Make the new CA, trust old and new, re-issue every certificate under the new CA'
            cand finalize 'Drop the old CA once every certificate is under the new one'
            cand rollback 'Before finalize, go back to the old CA kept in the backup'
            cand status 'Show where each CA, certificate and kubeconfig of the node stands in a rotation'
        }
        &'kadm;certs;help;rotate-ca;prepare'= {
        }
        &'kadm;certs;help;rotate-ca;finalize'= {
        }
        &'kadm;certs;help;rotate-ca;rollback'= {
        }
        &'kadm;certs;help;rotate-ca;status'= {
        }
        &'kadm;certs;help;certificate-key'= {
        }
        &'kadm;certs;help;renew'= {
        }
        &'kadm;certs;help;generate-csr'= {
        }
        &'kadm;certs;help;help'= {
        }
        &'kadm;completion'= {
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;version'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand -v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --v 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)'
            cand --progress 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'kadm;help'= {
            cand init 'Set up this control-plane node: preflight, PKI, kubeconfigs, static Pods, kubelet files, cluster objects'
            cand join 'Prepare a worker node''s files to join a cluster (token discovery through the API server, or a discovery file)'
            cand reset 'Remove what kadm init wrote on this node, so it can be set up again'
            cand apply-objects 'Apply the cluster objects kadm init wrote to the running API server'
            cand kubeconfig 'Kubeconfig file utilities'
            cand config 'Show kadm''s configuration'
            cand token 'Bootstrap tokens: the shared secrets `kubeadm join` authenticates with'
            cand certs 'Commands related to handling Kubernetes certificates'
            cand completion 'Print a shell completion script'
            cand version 'Print kadm''s version'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kadm;help;init'= {
            cand phase 'Use this command to invoke a single phase of the init workflow'
        }
        &'kadm;help;init;phase'= {
            cand preflight 'Run pre-flight checks'
            cand certs 'Certificate generation'
            cand kubeconfig 'Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file'
            cand etcd 'Generate static Pod manifest file for local etcd'
            cand control-plane 'Generate all static Pod manifest files necessary to establish the control plane'
            cand kubelet-start 'Write kubelet settings and (re)start the kubelet'
            cand upload-config 'Upload the kubeadm and kubelet configuration to a ConfigMap'
            cand upload-certs 'Upload certificates to kubeadm-certs'
            cand mark-control-plane 'Mark a node as a control-plane'
            cand bootstrap-token 'Generates bootstrap tokens used to join a node to a cluster'
            cand kubelet-finalize 'Updates settings relevant to the kubelet after TLS bootstrap'
            cand addon 'Install required addons for passing conformance tests'
            cand show-join-command 'Show the join command for control-plane and worker node'
        }
        &'kadm;help;init;phase;preflight'= {
        }
        &'kadm;help;init;phase;certs'= {
            cand all 'Run all certs phases'
            cand ca 'Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components'
            cand apiserver 'Generate the certificate for serving the Kubernetes API'
            cand apiserver-kubelet-client 'Generate the certificate for the API server to connect to kubelet'
            cand front-proxy-ca 'Generate the self-signed CA to provision identities for front proxy'
            cand front-proxy-client 'Generate the certificate for the front proxy client'
            cand etcd-ca 'Generate the self-signed CA to provision identities for etcd'
            cand etcd-server 'Generate the certificate for serving etcd'
            cand etcd-peer 'Generate the certificate for etcd nodes to communicate with each other'
            cand etcd-healthcheck-client 'Generate the certificate for liveness probes to healthcheck etcd'
            cand apiserver-etcd-client 'Generate the certificate the apiserver uses to access etcd'
            cand sa 'Generate a private key for signing service account tokens along with its public key'
        }
        &'kadm;help;init;phase;certs;all'= {
        }
        &'kadm;help;init;phase;certs;ca'= {
        }
        &'kadm;help;init;phase;certs;apiserver'= {
        }
        &'kadm;help;init;phase;certs;apiserver-kubelet-client'= {
        }
        &'kadm;help;init;phase;certs;front-proxy-ca'= {
        }
        &'kadm;help;init;phase;certs;front-proxy-client'= {
        }
        &'kadm;help;init;phase;certs;etcd-ca'= {
        }
        &'kadm;help;init;phase;certs;etcd-server'= {
        }
        &'kadm;help;init;phase;certs;etcd-peer'= {
        }
        &'kadm;help;init;phase;certs;etcd-healthcheck-client'= {
        }
        &'kadm;help;init;phase;certs;apiserver-etcd-client'= {
        }
        &'kadm;help;init;phase;certs;sa'= {
        }
        &'kadm;help;init;phase;kubeconfig'= {
            cand all 'Run all kubeconfig phases'
            cand admin 'Generate a kubeconfig file for the cluster administrator and for kadm itself'
            cand super-admin 'Generate a kubeconfig file for the break-glass super-admin (system:masters)'
            cand kubelet 'Generate a kubeconfig file for this node''s kubelet, used to bootstrap the cluster'
            cand controller-manager 'Generate a kubeconfig file for the controller manager'
            cand scheduler 'Generate a kubeconfig file for the scheduler'
        }
        &'kadm;help;init;phase;kubeconfig;all'= {
        }
        &'kadm;help;init;phase;kubeconfig;admin'= {
        }
        &'kadm;help;init;phase;kubeconfig;super-admin'= {
        }
        &'kadm;help;init;phase;kubeconfig;kubelet'= {
        }
        &'kadm;help;init;phase;kubeconfig;controller-manager'= {
        }
        &'kadm;help;init;phase;kubeconfig;scheduler'= {
        }
        &'kadm;help;init;phase;etcd'= {
            cand all 'Run all etcd phases'
            cand local 'Generate the static Pod manifest file for a local, single-node local etcd instance'
        }
        &'kadm;help;init;phase;etcd;all'= {
        }
        &'kadm;help;init;phase;etcd;local'= {
        }
        &'kadm;help;init;phase;control-plane'= {
            cand all 'Run all control-plane phases'
            cand apiserver 'Generates the kube-apiserver static Pod manifest'
            cand controller-manager 'Generates the kube-controller-manager static Pod manifest'
            cand scheduler 'Generates the kube-scheduler static Pod manifest'
        }
        &'kadm;help;init;phase;control-plane;all'= {
        }
        &'kadm;help;init;phase;control-plane;apiserver'= {
        }
        &'kadm;help;init;phase;control-plane;controller-manager'= {
        }
        &'kadm;help;init;phase;control-plane;scheduler'= {
        }
        &'kadm;help;init;phase;kubelet-start'= {
        }
        &'kadm;help;init;phase;upload-config'= {
            cand all 'Run all upload-config phases'
            cand kubeadm 'Upload the kubeadm ClusterConfiguration to a ConfigMap'
            cand kubelet 'Upload the kubelet component config to a ConfigMap'
        }
        &'kadm;help;init;phase;upload-config;all'= {
        }
        &'kadm;help;init;phase;upload-config;kubeadm'= {
        }
        &'kadm;help;init;phase;upload-config;kubelet'= {
        }
        &'kadm;help;init;phase;upload-certs'= {
        }
        &'kadm;help;init;phase;mark-control-plane'= {
        }
        &'kadm;help;init;phase;bootstrap-token'= {
        }
        &'kadm;help;init;phase;kubelet-finalize'= {
            cand all 'Run all kubelet-finalize phases'
            cand cert-rotation 'Enable kubelet client certificate rotation'
            cand experimental-cert-rotation 'Enable kubelet client certificate rotation (DEPRECATED: use ''cert-rotation'' instead)'
        }
        &'kadm;help;init;phase;kubelet-finalize;all'= {
        }
        &'kadm;help;init;phase;kubelet-finalize;cert-rotation'= {
        }
        &'kadm;help;init;phase;kubelet-finalize;experimental-cert-rotation'= {
        }
        &'kadm;help;init;phase;addon'= {
            cand all 'Run all addon phases'
            cand coredns 'Install the CoreDNS addon to a Kubernetes cluster'
            cand kube-proxy 'Install the kube-proxy addon to a Kubernetes cluster'
        }
        &'kadm;help;init;phase;addon;all'= {
        }
        &'kadm;help;init;phase;addon;coredns'= {
        }
        &'kadm;help;init;phase;addon;kube-proxy'= {
        }
        &'kadm;help;init;phase;show-join-command'= {
        }
        &'kadm;help;join'= {
            cand phase 'Use this command to invoke a single phase of the join workflow'
        }
        &'kadm;help;join;phase'= {
            cand preflight 'Run join pre-flight checks'
            cand control-plane-prepare 'Prepare the machine for serving a control plane'
            cand kubelet-start 'Write kubelet settings, certificates and (re)start the kubelet'
            cand control-plane-join 'Join a machine as a control plane instance'
        }
        &'kadm;help;join;phase;preflight'= {
        }
        &'kadm;help;join;phase;control-plane-prepare'= {
            cand all 'Run all control-plane-prepare phases'
            cand download-certs 'Download certificates shared among control-plane nodes from the kubeadm-certs Secret'
            cand certs 'Generate the certificates for the new control plane components'
            cand kubeconfig 'Generate the kubeconfig for the new control plane components'
            cand control-plane 'Generate the manifests for the new control plane components'
        }
        &'kadm;help;join;phase;control-plane-prepare;all'= {
        }
        &'kadm;help;join;phase;control-plane-prepare;download-certs'= {
        }
        &'kadm;help;join;phase;control-plane-prepare;certs'= {
        }
        &'kadm;help;join;phase;control-plane-prepare;kubeconfig'= {
        }
        &'kadm;help;join;phase;control-plane-prepare;control-plane'= {
        }
        &'kadm;help;join;phase;kubelet-start'= {
        }
        &'kadm;help;join;phase;control-plane-join'= {
            cand all 'Run all control-plane-join phases'
            cand etcd 'Add a new local etcd member'
            cand mark-control-plane 'Mark a node as a control-plane'
        }
        &'kadm;help;join;phase;control-plane-join;all'= {
        }
        &'kadm;help;join;phase;control-plane-join;etcd'= {
        }
        &'kadm;help;join;phase;control-plane-join;mark-control-plane'= {
        }
        &'kadm;help;reset'= {
        }
        &'kadm;help;apply-objects'= {
        }
        &'kadm;help;kubeconfig'= {
            cand user 'Print a kubeconfig for an extra user, signed by the cluster CA'
        }
        &'kadm;help;kubeconfig;user'= {
        }
        &'kadm;help;config'= {
            cand print 'Print configuration'
        }
        &'kadm;help;config;print'= {
            cand init-defaults 'Print the default v1beta4 configuration for `kadm init --config`'
        }
        &'kadm;help;config;print;init-defaults'= {
        }
        &'kadm;help;token'= {
            cand generate 'Print a new random bootstrap token (abcdef.0123456789abcdef); stores nothing'
            cand create 'Create a bootstrap token in the cluster and print it, or its join command'
            cand list 'List the cluster''s bootstrap tokens'
            cand delete 'Delete bootstrap tokens from the cluster'
        }
        &'kadm;help;token;generate'= {
        }
        &'kadm;help;token;create'= {
        }
        &'kadm;help;token;list'= {
        }
        &'kadm;help;token;delete'= {
        }
        &'kadm;help;certs'= {
            cand check-expiration 'Check when the node''s certificates, CAs and kubelet certificate expire'
            cand rotate-ca 'Replace the cluster''s CAs in stages: prepare, finalize (or rollback), status'
            cand certificate-key 'Print a new random certificate key (64 hex digits) for `init --upload-certs`'
            cand renew 'Renew a certificate, a kubeconfig''s client certificate, or all of them'
            cand generate-csr 'Generate keys and certificate signing requests for an external CA'
        }
        &'kadm;help;certs;check-expiration'= {
        }
        &'kadm;help;certs;rotate-ca'= {
            cand prepare 'Make the new CA, trust old and new, re-issue every certificate under the new CA'
            cand finalize 'Drop the old CA once every certificate is under the new one'
            cand rollback 'Before finalize, go back to the old CA kept in the backup'
            cand status 'Show where each CA, certificate and kubeconfig of the node stands in a rotation'
        }
        &'kadm;help;certs;rotate-ca;prepare'= {
        }
        &'kadm;help;certs;rotate-ca;finalize'= {
        }
        &'kadm;help;certs;rotate-ca;rollback'= {
        }
        &'kadm;help;certs;rotate-ca;status'= {
        }
        &'kadm;help;certs;certificate-key'= {
        }
        &'kadm;help;certs;renew'= {
        }
        &'kadm;help;certs;generate-csr'= {
        }
        &'kadm;help;completion'= {
        }
        &'kadm;help;version'= {
        }
        &'kadm;help;help'= {
        }
    ]
    $completions[$command]
}
