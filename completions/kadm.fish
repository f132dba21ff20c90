# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kadm_global_optspecs
    string join \n v/v= progress= h/help V/version
end

function __fish_kadm_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kadm_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kadm_using_subcommand
    set -l cmd (__fish_kadm_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kadm -n "__fish_kadm_needs_command" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_needs_command" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_needs_command" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_needs_command" -s V -l version -d 'Print version'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "init" -d 'Set up this control-plane node: preflight, PKI, kubeconfigs, static Pods, kubelet files, cluster objects'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "join" -d 'Prepare a worker node\'s files to join a cluster (token discovery through the API server, or a discovery file)'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "reset" -d 'Remove what kadm init wrote on this node, so it can be set up again'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "apply-objects" -d 'Apply the cluster objects kadm init wrote to the running API server'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "kubeconfig" -d 'Kubeconfig file utilities'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "config" -d 'Show kadm\'s configuration'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "token" -d 'Bootstrap tokens: the shared secrets `kubeadm join` authenticates with'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "certs" -d 'Commands related to handling Kubernetes certificates'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "version" -d 'Print kadm\'s version'
complete -c kadm -n "__fish_kadm_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l config -d 'Path to a kubeadm.k8s.io/v1beta4 configuration file' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l rootfs -d 'Resolve every absolute path kadm touches under DIR (runs without root)' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l kubeconfig-dir -d 'Where kubeconfig files are written [default: /etc/kubernetes]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l cert-dir -d 'Where certificates are stored [default: /etc/kubernetes/pki]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l kubernetes-version -d 'The Kubernetes version the cluster runs (e.g. v1.37.2)' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l apiserver-advertise-address -d 'The IP address the API server advertises' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l apiserver-bind-port -d 'The port the API server binds to [default: 6443]' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l control-plane-endpoint -d 'A stable address for the control plane (DNS name or IP, optional port)' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l service-cidr -d 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l service-dns-domain -d 'The cluster\'s DNS domain [default: cluster.local]' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l apiserver-cert-extra-sans -d 'Extra names (IPs or DNS names) for the API server certificate, comma-separated' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l node-name -d 'The node\'s name [default: this host\'s name]' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l encryption-algorithm -d 'Key type' -r -f -a "RSA-2048\t''
RSA-3072\t''
RSA-4096\t''
ECDSA-P256\t''
ECDSA-P384\t''"
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l ignore-preflight-errors -d 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or \'all\'' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l token -d 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l token-ttl -d 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l certificate-key -d 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l apply -d 'Talk to the API server: wait for the control plane, then apply the cluster\'s objects and mark the Node [default: true on the node itself, false with --rootfs]' -r -f -a "true\t''
false\t''"
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -s o -l output -d 'Result format' -r -f -a "text\t''
json\t''"
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l skip-phases -d 'Phases to skip, by full path (e.g. certs/etcd-ca,kubeconfig)' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l upload-certs -d 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l skip-certificate-key-print -d 'Do not print the certificate key that upload-certs uses'
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l dry-run -d 'Write nothing; print what would be written'
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -f -a "phase" -d 'Use this command to invoke a single phase of the init workflow'
complete -c kadm -n "__fish_kadm_using_subcommand init; and not __fish_seen_subcommand_from phase help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l config -d 'Path to a kubeadm.k8s.io/v1beta4 configuration file' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l rootfs -d 'Resolve every absolute path kadm touches under DIR (runs without root)' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l kubeconfig-dir -d 'Where kubeconfig files are written [default: /etc/kubernetes]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l cert-dir -d 'Where certificates are stored [default: /etc/kubernetes/pki]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l kubernetes-version -d 'The Kubernetes version the cluster runs (e.g. v1.37.2)' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l apiserver-advertise-address -d 'The IP address the API server advertises' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l apiserver-bind-port -d 'The port the API server binds to [default: 6443]' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l control-plane-endpoint -d 'A stable address for the control plane (DNS name or IP, optional port)' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l service-cidr -d 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l service-dns-domain -d 'The cluster\'s DNS domain [default: cluster.local]' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l apiserver-cert-extra-sans -d 'Extra names (IPs or DNS names) for the API server certificate, comma-separated' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l node-name -d 'The node\'s name [default: this host\'s name]' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l encryption-algorithm -d 'Key type' -r -f -a "RSA-2048\t''
RSA-3072\t''
RSA-4096\t''
ECDSA-P256\t''
ECDSA-P384\t''"
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l ignore-preflight-errors -d 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or \'all\'' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l token -d 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l token-ttl -d 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l certificate-key -d 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l apply -d 'Talk to the API server: wait for the control plane, then apply the cluster\'s objects and mark the Node [default: true on the node itself, false with --rootfs]' -r -f -a "true\t''
false\t''"
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -s o -l output -d 'Result format' -r -f -a "text\t''
json\t''"
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l upload-certs -d 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l skip-certificate-key-print -d 'Do not print the certificate key that upload-certs uses'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -l dry-run -d 'Write nothing; print what would be written'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "preflight" -d 'Run pre-flight checks'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "certs" -d 'Certificate generation'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "kubeconfig" -d 'Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "etcd" -d 'Generate static Pod manifest file for local etcd'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "control-plane" -d 'Generate all static Pod manifest files necessary to establish the control plane'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "kubelet-start" -d 'Write kubelet settings and (re)start the kubelet'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "upload-config" -d 'Upload the kubeadm and kubelet configuration to a ConfigMap'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "upload-certs" -d 'Upload certificates to kubeadm-certs'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "mark-control-plane" -d 'Mark a node as a control-plane'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "bootstrap-token" -d 'Generates bootstrap tokens used to join a node to a cluster'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "kubelet-finalize" -d 'Updates settings relevant to the kubelet after TLS bootstrap'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "addon" -d 'Install required addons for passing conformance tests'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "show-join-command" -d 'Show the join command for control-plane and worker node'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from help" -f -a "phase" -d 'Use this command to invoke a single phase of the init workflow'
complete -c kadm -n "__fish_kadm_using_subcommand init; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l config -d 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l rootfs -d 'Resolve every absolute path kadm touches under DIR (runs without root)' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l discovery-file -d 'A kubeconfig file with the cluster\'s CA and API server (admin.conf, or cluster-info\'s)' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l token -d 'The bootstrap token, for discovery and for the kubelet\'s TLS bootstrap' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l tls-bootstrap-token -d 'The bootstrap token the kubelet authenticates with [default: --token]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l discovery-token-ca-cert-hash -d 'Pin the cluster CA\'s public key: sha256:<hex> (repeat for several)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l discovery-token -d 'The bootstrap token that verifies cluster-info in token discovery [default: --token]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l node-name -d 'The node\'s name [default: nodeRegistration.name, else the hostname]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l cri-socket -d 'The container runtime\'s socket [default: unix:///var/run/containerd/containerd.sock]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l ignore-preflight-errors -d 'Preflight checks whose errors become warnings (names, or all)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l certificate-key -d 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l certs-from -d 'The first control plane\'s cluster-objects directory, or its upload-certs.yaml (offline: no API server)' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l etcd-endpoints -d 'Client URLs of the cluster\'s etcd members, comma-separated (offline: no API server)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l apiserver-advertise-address -d 'The IP address this control plane\'s API server advertises [default: the default route\'s address]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l apiserver-bind-port -d 'The port this control plane\'s API server binds to [default: 6443]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -s o -l output -d 'Result format' -r -f -a "text\t''
json\t''"
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l skip-phases -d 'Phases to skip, by full path (e.g. certs/etcd-ca,kubeconfig)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l discovery-token-unsafe-skip-ca-verification -d 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token\'s signature alone'
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l control-plane -d 'Join as a control-plane node: shared CAs from kubeadm-certs, this node\'s own certificates, static Pods, an etcd member'
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l dry-run -d 'Write nothing; print what would be written'
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -a "phase" -d 'Use this command to invoke a single phase of the join workflow'
complete -c kadm -n "__fish_kadm_using_subcommand join; and not __fish_seen_subcommand_from phase help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l config -d 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l rootfs -d 'Resolve every absolute path kadm touches under DIR (runs without root)' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l discovery-file -d 'A kubeconfig file with the cluster\'s CA and API server (admin.conf, or cluster-info\'s)' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l token -d 'The bootstrap token, for discovery and for the kubelet\'s TLS bootstrap' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l tls-bootstrap-token -d 'The bootstrap token the kubelet authenticates with [default: --token]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l discovery-token-ca-cert-hash -d 'Pin the cluster CA\'s public key: sha256:<hex> (repeat for several)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l discovery-token -d 'The bootstrap token that verifies cluster-info in token discovery [default: --token]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l node-name -d 'The node\'s name [default: nodeRegistration.name, else the hostname]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l cri-socket -d 'The container runtime\'s socket [default: unix:///var/run/containerd/containerd.sock]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l ignore-preflight-errors -d 'Preflight checks whose errors become warnings (names, or all)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l certificate-key -d 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l certs-from -d 'The first control plane\'s cluster-objects directory, or its upload-certs.yaml (offline: no API server)' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l etcd-endpoints -d 'Client URLs of the cluster\'s etcd members, comma-separated (offline: no API server)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l apiserver-advertise-address -d 'The IP address this control plane\'s API server advertises [default: the default route\'s address]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l apiserver-bind-port -d 'The port this control plane\'s API server binds to [default: 6443]' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -s o -l output -d 'Result format' -r -f -a "text\t''
json\t''"
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l discovery-token-unsafe-skip-ca-verification -d 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token\'s signature alone'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l control-plane -d 'Join as a control-plane node: shared CAs from kubeadm-certs, this node\'s own certificates, static Pods, an etcd member'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -l dry-run -d 'Write nothing; print what would be written'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -f -a "preflight" -d 'Run join pre-flight checks'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -f -a "control-plane-prepare" -d 'Prepare the machine for serving a control plane'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -f -a "kubelet-start" -d 'Write kubelet settings, certificates and (re)start the kubelet'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -f -a "control-plane-join" -d 'Join a machine as a control plane instance'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from phase" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from help" -f -a "phase" -d 'Use this command to invoke a single phase of the join workflow'
complete -c kadm -n "__fish_kadm_using_subcommand join; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand reset" -l rootfs -d 'Resolve every absolute path kadm touches under DIR (runs without root)' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand reset" -l cert-dir -d 'The certificate directory to clean' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand reset" -l kubeconfig-dir -d 'Where the kubeconfig files to remove are' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand reset" -l etcd-endpoints -d 'Client URLs of etcd members to remove this node\'s etcd member through [default: this node\'s own client URL from etcd.yaml; none with --rootfs]' -r
complete -c kadm -n "__fish_kadm_using_subcommand reset" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand reset" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand reset" -s f -l force -d 'Remove without asking (needed when stdin is not a terminal, as in CI)'
complete -c kadm -n "__fish_kadm_using_subcommand reset" -l dry-run -d 'List what reset would remove, and remove nothing'
complete -c kadm -n "__fish_kadm_using_subcommand reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand apply-objects" -l rootfs -d 'Resolve the node\'s paths (the kubeconfig files, cluster-objects/) under DIR' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand apply-objects" -l kubeconfig -d 'Apply every file with this kubeconfig (a host path) [default: super-admin.conf for cluster-admins.yaml, then admin.conf for the others]' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand apply-objects" -l timeout -d 'How long to wait for the API server and the applies together (e.g. 4m, 30s)' -r
complete -c kadm -n "__fish_kadm_using_subcommand apply-objects" -s o -l output -d 'Result format' -r -f -a "text\t''
json\t''"
complete -c kadm -n "__fish_kadm_using_subcommand apply-objects" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand apply-objects" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand apply-objects" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and not __fish_seen_subcommand_from user help" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and not __fish_seen_subcommand_from user help" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and not __fish_seen_subcommand_from user help" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and not __fish_seen_subcommand_from user help" -f -a "user" -d 'Print a kubeconfig for an extra user, signed by the cluster CA'
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and not __fish_seen_subcommand_from user help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l config -d 'Path to a kubeadm.k8s.io/v1beta4 configuration file' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l rootfs -d 'Resolve every absolute path kadm touches under DIR (runs without root)' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l kubeconfig-dir -d 'Where kubeconfig files are written [default: /etc/kubernetes]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l cert-dir -d 'Where certificates are stored [default: /etc/kubernetes/pki]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l kubernetes-version -d 'The Kubernetes version the cluster runs (e.g. v1.37.2)' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l apiserver-advertise-address -d 'The IP address the API server advertises' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l apiserver-bind-port -d 'The port the API server binds to [default: 6443]' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l control-plane-endpoint -d 'A stable address for the control plane (DNS name or IP, optional port)' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l service-cidr -d 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l service-dns-domain -d 'The cluster\'s DNS domain [default: cluster.local]' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l apiserver-cert-extra-sans -d 'Extra names (IPs or DNS names) for the API server certificate, comma-separated' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l node-name -d 'The node\'s name [default: this host\'s name]' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l encryption-algorithm -d 'Key type' -r -f -a "RSA-2048\t''
RSA-3072\t''
RSA-4096\t''
ECDSA-P256\t''
ECDSA-P384\t''"
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l ignore-preflight-errors -d 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or \'all\'' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l token -d 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l token-ttl -d 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l certificate-key -d 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l client-name -d 'The user name: the client certificate\'s CN' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l org -d 'The user\'s group: an O of the client certificate (repeat for several groups)' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l validity-period -d 'How long the certificate is valid (e.g. 24h) [default: certificateValidityPeriod]' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -s o -l output -d 'Output format, as `kubectl config view -o` prints a kubeconfig' -r -f -a "yaml\t'YAML, as kubeadm writes kubeconfig files'
json\t'JSON, as `kubectl config view -o json` prints them'"
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l output-file -d 'Write the kubeconfig to FILE (a host path, mode 0600, replaced atomically) instead of stdout' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l upload-certs -d 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins'
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l skip-certificate-key-print -d 'Do not print the certificate key that upload-certs uses'
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -l force -d 'Replace the FILE of --output-file when it exists'
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from help" -f -a "user" -d 'Print a kubeconfig for an extra user, signed by the cluster CA'
complete -c kadm -n "__fish_kadm_using_subcommand kubeconfig; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand config; and not __fish_seen_subcommand_from print help" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand config; and not __fish_seen_subcommand_from print help" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand config; and not __fish_seen_subcommand_from print help" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand config; and not __fish_seen_subcommand_from print help" -f -a "print" -d 'Print configuration'
complete -c kadm -n "__fish_kadm_using_subcommand config; and not __fish_seen_subcommand_from print help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand config; and __fish_seen_subcommand_from print" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand config; and __fish_seen_subcommand_from print" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand config; and __fish_seen_subcommand_from print" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand config; and __fish_seen_subcommand_from print" -f -a "init-defaults" -d 'Print the default v1beta4 configuration for `kadm init --config`'
complete -c kadm -n "__fish_kadm_using_subcommand config; and __fish_seen_subcommand_from print" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "print" -d 'Print configuration'
complete -c kadm -n "__fish_kadm_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -f -a "generate" -d 'Print a new random bootstrap token (abcdef.0123456789abcdef); stores nothing'
complete -c kadm -n "__fish_kadm_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -f -a "create" -d 'Create a bootstrap token in the cluster and print it, or its join command'
complete -c kadm -n "__fish_kadm_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -f -a "list" -d 'List the cluster\'s bootstrap tokens'
complete -c kadm -n "__fish_kadm_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -f -a "delete" -d 'Delete bootstrap tokens from the cluster'
complete -c kadm -n "__fish_kadm_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from generate" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from generate" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l config -d 'Path to a kubeadm.k8s.io/v1beta4 configuration file (its first bootstrapTokens entry gives the defaults; its endpoint and certificatesDir serve --print-join-command)' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l rootfs -d 'Resolve the node\'s paths (the CA for --print-join-command) under DIR' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l ttl -d 'How long the token lives, 0 for ever [default: 24h0m0s]' -r
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l description -d 'A description of the token, for humans' -r
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l groups -d 'Extra groups the token authenticates as [default: system:bootstrappers:kubeadm:default-node-token]' -r
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l usages -d 'What the token may be used for [default: signing,authentication]' -r
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l output-file -d 'Write the token\'s Secret to FILE (a host path, mode 0600, replaced atomically) instead of creating it in the cluster' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l kubeconfig -d 'The kubeconfig to reach the API server with (a host path) [default: admin.conf in the node\'s /etc/kubernetes]' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l apply -d 'Talk to the API server [default: true on the node itself when the kubeconfig is there, false with --rootfs]' -r -f -a "true\t''
false\t''"
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -l print-join-command -d 'Print the worker\'s join command on stdout instead of the token (offline, the Secret then goes to --output-file)'
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from list" -l rootfs -d 'Resolve the node\'s paths (admin.conf) under DIR' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from list" -l kubeconfig -d 'The kubeconfig to reach the API server with (a host path) [default: admin.conf in the node\'s /etc/kubernetes]' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from list" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from list" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from delete" -l rootfs -d 'Resolve the node\'s paths (admin.conf) under DIR' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from delete" -l kubeconfig -d 'The kubeconfig to reach the API server with (a host path) [default: admin.conf in the node\'s /etc/kubernetes]' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from delete" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from delete" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print a new random bootstrap token (abcdef.0123456789abcdef); stores nothing'
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a bootstrap token in the cluster and print it, or its join command'
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the cluster\'s bootstrap tokens'
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete bootstrap tokens from the cluster'
complete -c kadm -n "__fish_kadm_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration rotate-ca certificate-key renew generate-csr help" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration rotate-ca certificate-key renew generate-csr help" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration rotate-ca certificate-key renew generate-csr help" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration rotate-ca certificate-key renew generate-csr help" -f -a "check-expiration" -d 'Check when the node\'s certificates, CAs and kubelet certificate expire'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration rotate-ca certificate-key renew generate-csr help" -f -a "rotate-ca" -d 'Replace the cluster\'s CAs in stages: prepare, finalize (or rollback), status'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration rotate-ca certificate-key renew generate-csr help" -f -a "certificate-key" -d 'Print a new random certificate key (64 hex digits) for `init --upload-certs`'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration rotate-ca certificate-key renew generate-csr help" -f -a "renew" -d 'Renew a certificate, a kubeconfig\'s client certificate, or all of them'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration rotate-ca certificate-key renew generate-csr help" -f -a "generate-csr" -d 'Generate keys and certificate signing requests for an external CA'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration rotate-ca certificate-key renew generate-csr help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -l config -d 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet\'s cert-dir)' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -l rootfs -d 'Resolve every absolute path kadm uses under DIR (runs without root)' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -l cert-dir -d 'Where the certificates are [default: the config\'s certificatesDir, else /etc/kubernetes/pki]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -l kubeconfig-dir -d 'Where the kubeconfig files are [default: /etc/kubernetes]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -s o -l output -d 'Output format' -r -f -a "text\t'kubeadm\'s two tables, then the kubelet\'s and the notes'
json\t'The same facts as JSON'
yaml\t'The same facts as YAML'
prometheus\t'Prometheus text exposition format (node_exporter\'s textfile collector)'"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -l fail-within -d 'Exit with code 2 when a certificate, CA or the kubelet\'s certificate expires within DURATION (30d, 1d12h, 720h)' -r
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -f -a "prepare" -d 'Make the new CA, trust old and new, re-issue every certificate under the new CA'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -f -a "finalize" -d 'Drop the old CA once every certificate is under the new one'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -f -a "rollback" -d 'Before finalize, go back to the old CA kept in the backup'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -f -a "status" -d 'Show where each CA, certificate and kubeconfig of the node stands in a rotation'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from certificate-key" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from certificate-key" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from certificate-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from renew" -l config -d 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet\'s cert-dir)' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from renew" -l rootfs -d 'Resolve every absolute path kadm uses under DIR (runs without root)' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from renew" -l cert-dir -d 'Where the certificates are [default: the config\'s certificatesDir, else /etc/kubernetes/pki]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from renew" -l kubeconfig-dir -d 'Where the kubeconfig files are [default: /etc/kubernetes]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from renew" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from renew" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from renew" -l dry-run -d 'Write nothing; print what would be written'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from renew" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l config -d 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet\'s cert-dir)' -r -F
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l rootfs -d 'Resolve every absolute path kadm uses under DIR (runs without root)' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l cert-dir -d 'Where the certificates are [default: the config\'s certificatesDir, else /etc/kubernetes/pki]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l kubeconfig-dir -d 'Where the kubeconfig files are [default: /etc/kubernetes]' -r -f -a "(__fish_complete_directories)"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l dry-run -d 'Write nothing; print what would be written'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "check-expiration" -d 'Check when the node\'s certificates, CAs and kubelet certificate expire'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "rotate-ca" -d 'Replace the cluster\'s CAs in stages: prepare, finalize (or rollback), status'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "certificate-key" -d 'Print a new random certificate key (64 hex digits) for `init --upload-certs`'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "renew" -d 'Renew a certificate, a kubeconfig\'s client certificate, or all of them'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "generate-csr" -d 'Generate keys and certificate signing requests for an external CA'
complete -c kadm -n "__fish_kadm_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand completion" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand completion" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand completion" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand version" -s o -l output -d 'Output format' -r -f -a "text\t''
short\t''
json\t''"
complete -c kadm -n "__fish_kadm_using_subcommand version" -s v -l v -d 'Log verbosity (0: kubeadm\'s lines; 1: also each phase as it starts)' -r
complete -c kadm -n "__fish_kadm_using_subcommand version" -l progress -d 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c kadm -n "__fish_kadm_using_subcommand version" -s h -l help -d 'Print help'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "init" -d 'Set up this control-plane node: preflight, PKI, kubeconfigs, static Pods, kubelet files, cluster objects'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "join" -d 'Prepare a worker node\'s files to join a cluster (token discovery through the API server, or a discovery file)'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "reset" -d 'Remove what kadm init wrote on this node, so it can be set up again'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "apply-objects" -d 'Apply the cluster objects kadm init wrote to the running API server'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "kubeconfig" -d 'Kubeconfig file utilities'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "config" -d 'Show kadm\'s configuration'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "token" -d 'Bootstrap tokens: the shared secrets `kubeadm join` authenticates with'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "certs" -d 'Commands related to handling Kubernetes certificates'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "completion" -d 'Print a shell completion script'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "version" -d 'Print kadm\'s version'
complete -c kadm -n "__fish_kadm_using_subcommand help; and not __fish_seen_subcommand_from init join reset apply-objects kubeconfig config token certs completion version help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from init" -f -a "phase" -d 'Use this command to invoke a single phase of the init workflow'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from join" -f -a "phase" -d 'Use this command to invoke a single phase of the join workflow'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from kubeconfig" -f -a "user" -d 'Print a kubeconfig for an extra user, signed by the cluster CA'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "print" -d 'Print configuration'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "generate" -d 'Print a new random bootstrap token (abcdef.0123456789abcdef); stores nothing'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create a bootstrap token in the cluster and print it, or its join command'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "list" -d 'List the cluster\'s bootstrap tokens'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "delete" -d 'Delete bootstrap tokens from the cluster'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from certs" -f -a "check-expiration" -d 'Check when the node\'s certificates, CAs and kubelet certificate expire'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from certs" -f -a "rotate-ca" -d 'Replace the cluster\'s CAs in stages: prepare, finalize (or rollback), status'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from certs" -f -a "certificate-key" -d 'Print a new random certificate key (64 hex digits) for `init --upload-certs`'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from certs" -f -a "renew" -d 'Renew a certificate, a kubeconfig\'s client certificate, or all of them'
complete -c kadm -n "__fish_kadm_using_subcommand help; and __fish_seen_subcommand_from certs" -f -a "generate-csr" -d 'Generate keys and certificate signing requests for an external CA'
