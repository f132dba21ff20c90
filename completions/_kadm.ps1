
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kadm' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kadm'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kadm' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Set up this control-plane node: preflight, PKI, kubeconfigs, static Pods, kubelet files, cluster objects')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Prepare a worker node''s files to join a cluster (token discovery through the API server, or a discovery file)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove what kadm init wrote on this node, so it can be set up again')
            [CompletionResult]::new('apply-objects', 'apply-objects', [CompletionResultType]::ParameterValue, 'Apply the cluster objects kadm init wrote to the running API server')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Kubeconfig file utilities')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show kadm''s configuration')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Bootstrap tokens: the shared secrets `kubeadm join` authenticates with')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Commands related to handling Kubernetes certificates')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print kadm''s version')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--skip-phases', '--skip-phases', [CompletionResultType]::ParameterName, 'Phases to skip, by full path (e.g. certs/etcd-ca,kubeconfig)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('phase', 'phase', [CompletionResultType]::ParameterValue, 'Use this command to invoke a single phase of the init workflow')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('preflight', 'preflight', [CompletionResultType]::ParameterValue, 'Run pre-flight checks')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Certificate generation')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file')
            [CompletionResult]::new('etcd', 'etcd', [CompletionResultType]::ParameterValue, 'Generate static Pod manifest file for local etcd')
            [CompletionResult]::new('control-plane', 'control-plane', [CompletionResultType]::ParameterValue, 'Generate all static Pod manifest files necessary to establish the control plane')
            [CompletionResult]::new('kubelet-start', 'kubelet-start', [CompletionResultType]::ParameterValue, 'Write kubelet settings and (re)start the kubelet')
            [CompletionResult]::new('upload-config', 'upload-config', [CompletionResultType]::ParameterValue, 'Upload the kubeadm and kubelet configuration to a ConfigMap')
            [CompletionResult]::new('upload-certs', 'upload-certs', [CompletionResultType]::ParameterValue, 'Upload certificates to kubeadm-certs')
            [CompletionResult]::new('mark-control-plane', 'mark-control-plane', [CompletionResultType]::ParameterValue, 'Mark a node as a control-plane')
            [CompletionResult]::new('bootstrap-token', 'bootstrap-token', [CompletionResultType]::ParameterValue, 'Generates bootstrap tokens used to join a node to a cluster')
            [CompletionResult]::new('kubelet-finalize', 'kubelet-finalize', [CompletionResultType]::ParameterValue, 'Updates settings relevant to the kubelet after TLS bootstrap')
            [CompletionResult]::new('addon', 'addon', [CompletionResultType]::ParameterValue, 'Install required addons for passing conformance tests')
            [CompletionResult]::new('show-join-command', 'show-join-command', [CompletionResultType]::ParameterValue, 'Show the join command for control-plane and worker node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;preflight' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all certs phases')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components')
            [CompletionResult]::new('apiserver', 'apiserver', [CompletionResultType]::ParameterValue, 'Generate the certificate for serving the Kubernetes API')
            [CompletionResult]::new('apiserver-kubelet-client', 'apiserver-kubelet-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for the API server to connect to kubelet')
            [CompletionResult]::new('front-proxy-ca', 'front-proxy-ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed CA to provision identities for front proxy')
            [CompletionResult]::new('front-proxy-client', 'front-proxy-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for the front proxy client')
            [CompletionResult]::new('etcd-ca', 'etcd-ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed CA to provision identities for etcd')
            [CompletionResult]::new('etcd-server', 'etcd-server', [CompletionResultType]::ParameterValue, 'Generate the certificate for serving etcd')
            [CompletionResult]::new('etcd-peer', 'etcd-peer', [CompletionResultType]::ParameterValue, 'Generate the certificate for etcd nodes to communicate with each other')
            [CompletionResult]::new('etcd-healthcheck-client', 'etcd-healthcheck-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for liveness probes to healthcheck etcd')
            [CompletionResult]::new('apiserver-etcd-client', 'apiserver-etcd-client', [CompletionResultType]::ParameterValue, 'Generate the certificate the apiserver uses to access etcd')
            [CompletionResult]::new('sa', 'sa', [CompletionResultType]::ParameterValue, 'Generate a private key for signing service account tokens along with its public key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;certs;all' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;certs;ca' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;apiserver' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;apiserver-kubelet-client' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;front-proxy-ca' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;front-proxy-client' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;etcd-ca' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;etcd-server' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;etcd-peer' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;etcd-healthcheck-client' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;apiserver-etcd-client' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;sa' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;certs;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all certs phases')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components')
            [CompletionResult]::new('apiserver', 'apiserver', [CompletionResultType]::ParameterValue, 'Generate the certificate for serving the Kubernetes API')
            [CompletionResult]::new('apiserver-kubelet-client', 'apiserver-kubelet-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for the API server to connect to kubelet')
            [CompletionResult]::new('front-proxy-ca', 'front-proxy-ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed CA to provision identities for front proxy')
            [CompletionResult]::new('front-proxy-client', 'front-proxy-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for the front proxy client')
            [CompletionResult]::new('etcd-ca', 'etcd-ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed CA to provision identities for etcd')
            [CompletionResult]::new('etcd-server', 'etcd-server', [CompletionResultType]::ParameterValue, 'Generate the certificate for serving etcd')
            [CompletionResult]::new('etcd-peer', 'etcd-peer', [CompletionResultType]::ParameterValue, 'Generate the certificate for etcd nodes to communicate with each other')
            [CompletionResult]::new('etcd-healthcheck-client', 'etcd-healthcheck-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for liveness probes to healthcheck etcd')
            [CompletionResult]::new('apiserver-etcd-client', 'apiserver-etcd-client', [CompletionResultType]::ParameterValue, 'Generate the certificate the apiserver uses to access etcd')
            [CompletionResult]::new('sa', 'sa', [CompletionResultType]::ParameterValue, 'Generate a private key for signing service account tokens along with its public key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;certs;help;all' {
            break
        }
        'kadm;init;phase;certs;help;ca' {
            break
        }
        'kadm;init;phase;certs;help;apiserver' {
            break
        }
        'kadm;init;phase;certs;help;apiserver-kubelet-client' {
            break
        }
        'kadm;init;phase;certs;help;front-proxy-ca' {
            break
        }
        'kadm;init;phase;certs;help;front-proxy-client' {
            break
        }
        'kadm;init;phase;certs;help;etcd-ca' {
            break
        }
        'kadm;init;phase;certs;help;etcd-server' {
            break
        }
        'kadm;init;phase;certs;help;etcd-peer' {
            break
        }
        'kadm;init;phase;certs;help;etcd-healthcheck-client' {
            break
        }
        'kadm;init;phase;certs;help;apiserver-etcd-client' {
            break
        }
        'kadm;init;phase;certs;help;sa' {
            break
        }
        'kadm;init;phase;certs;help;help' {
            break
        }
        'kadm;init;phase;kubeconfig' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all kubeconfig phases')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the cluster administrator and for kadm itself')
            [CompletionResult]::new('super-admin', 'super-admin', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the break-glass super-admin (system:masters)')
            [CompletionResult]::new('kubelet', 'kubelet', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for this node''s kubelet, used to bootstrap the cluster')
            [CompletionResult]::new('controller-manager', 'controller-manager', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the controller manager')
            [CompletionResult]::new('scheduler', 'scheduler', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the scheduler')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;kubeconfig;all' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;kubeconfig;admin' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;kubeconfig;super-admin' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;kubeconfig;kubelet' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;kubeconfig;controller-manager' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;kubeconfig;scheduler' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;kubeconfig;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all kubeconfig phases')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the cluster administrator and for kadm itself')
            [CompletionResult]::new('super-admin', 'super-admin', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the break-glass super-admin (system:masters)')
            [CompletionResult]::new('kubelet', 'kubelet', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for this node''s kubelet, used to bootstrap the cluster')
            [CompletionResult]::new('controller-manager', 'controller-manager', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the controller manager')
            [CompletionResult]::new('scheduler', 'scheduler', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the scheduler')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;kubeconfig;help;all' {
            break
        }
        'kadm;init;phase;kubeconfig;help;admin' {
            break
        }
        'kadm;init;phase;kubeconfig;help;super-admin' {
            break
        }
        'kadm;init;phase;kubeconfig;help;kubelet' {
            break
        }
        'kadm;init;phase;kubeconfig;help;controller-manager' {
            break
        }
        'kadm;init;phase;kubeconfig;help;scheduler' {
            break
        }
        'kadm;init;phase;kubeconfig;help;help' {
            break
        }
        'kadm;init;phase;etcd' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all etcd phases')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'Generate the static Pod manifest file for a local, single-node local etcd instance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;etcd;all' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;etcd;local' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;etcd;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all etcd phases')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'Generate the static Pod manifest file for a local, single-node local etcd instance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;etcd;help;all' {
            break
        }
        'kadm;init;phase;etcd;help;local' {
            break
        }
        'kadm;init;phase;etcd;help;help' {
            break
        }
        'kadm;init;phase;control-plane' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane phases')
            [CompletionResult]::new('apiserver', 'apiserver', [CompletionResultType]::ParameterValue, 'Generates the kube-apiserver static Pod manifest')
            [CompletionResult]::new('controller-manager', 'controller-manager', [CompletionResultType]::ParameterValue, 'Generates the kube-controller-manager static Pod manifest')
            [CompletionResult]::new('scheduler', 'scheduler', [CompletionResultType]::ParameterValue, 'Generates the kube-scheduler static Pod manifest')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;control-plane;all' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;control-plane;apiserver' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;control-plane;controller-manager' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;control-plane;scheduler' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;control-plane;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane phases')
            [CompletionResult]::new('apiserver', 'apiserver', [CompletionResultType]::ParameterValue, 'Generates the kube-apiserver static Pod manifest')
            [CompletionResult]::new('controller-manager', 'controller-manager', [CompletionResultType]::ParameterValue, 'Generates the kube-controller-manager static Pod manifest')
            [CompletionResult]::new('scheduler', 'scheduler', [CompletionResultType]::ParameterValue, 'Generates the kube-scheduler static Pod manifest')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;control-plane;help;all' {
            break
        }
        'kadm;init;phase;control-plane;help;apiserver' {
            break
        }
        'kadm;init;phase;control-plane;help;controller-manager' {
            break
        }
        'kadm;init;phase;control-plane;help;scheduler' {
            break
        }
        'kadm;init;phase;control-plane;help;help' {
            break
        }
        'kadm;init;phase;kubelet-start' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;upload-config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all upload-config phases')
            [CompletionResult]::new('kubeadm', 'kubeadm', [CompletionResultType]::ParameterValue, 'Upload the kubeadm ClusterConfiguration to a ConfigMap')
            [CompletionResult]::new('kubelet', 'kubelet', [CompletionResultType]::ParameterValue, 'Upload the kubelet component config to a ConfigMap')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;upload-config;all' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;upload-config;kubeadm' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;upload-config;kubelet' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;upload-config;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all upload-config phases')
            [CompletionResult]::new('kubeadm', 'kubeadm', [CompletionResultType]::ParameterValue, 'Upload the kubeadm ClusterConfiguration to a ConfigMap')
            [CompletionResult]::new('kubelet', 'kubelet', [CompletionResultType]::ParameterValue, 'Upload the kubelet component config to a ConfigMap')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;upload-config;help;all' {
            break
        }
        'kadm;init;phase;upload-config;help;kubeadm' {
            break
        }
        'kadm;init;phase;upload-config;help;kubelet' {
            break
        }
        'kadm;init;phase;upload-config;help;help' {
            break
        }
        'kadm;init;phase;upload-certs' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;mark-control-plane' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;bootstrap-token' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;kubelet-finalize' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all kubelet-finalize phases')
            [CompletionResult]::new('cert-rotation', 'cert-rotation', [CompletionResultType]::ParameterValue, 'Enable kubelet client certificate rotation')
            [CompletionResult]::new('experimental-cert-rotation', 'experimental-cert-rotation', [CompletionResultType]::ParameterValue, 'Enable kubelet client certificate rotation (DEPRECATED: use ''cert-rotation'' instead)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;kubelet-finalize;all' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;kubelet-finalize;cert-rotation' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;kubelet-finalize;experimental-cert-rotation' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;kubelet-finalize;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all kubelet-finalize phases')
            [CompletionResult]::new('cert-rotation', 'cert-rotation', [CompletionResultType]::ParameterValue, 'Enable kubelet client certificate rotation')
            [CompletionResult]::new('experimental-cert-rotation', 'experimental-cert-rotation', [CompletionResultType]::ParameterValue, 'Enable kubelet client certificate rotation (DEPRECATED: use ''cert-rotation'' instead)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;kubelet-finalize;help;all' {
            break
        }
        'kadm;init;phase;kubelet-finalize;help;cert-rotation' {
            break
        }
        'kadm;init;phase;kubelet-finalize;help;experimental-cert-rotation' {
            break
        }
        'kadm;init;phase;kubelet-finalize;help;help' {
            break
        }
        'kadm;init;phase;addon' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all addon phases')
            [CompletionResult]::new('coredns', 'coredns', [CompletionResultType]::ParameterValue, 'Install the CoreDNS addon to a Kubernetes cluster')
            [CompletionResult]::new('kube-proxy', 'kube-proxy', [CompletionResultType]::ParameterValue, 'Install the kube-proxy addon to a Kubernetes cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;addon;all' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;addon;coredns' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;addon;kube-proxy' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;init;phase;addon;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all addon phases')
            [CompletionResult]::new('coredns', 'coredns', [CompletionResultType]::ParameterValue, 'Install the CoreDNS addon to a Kubernetes cluster')
            [CompletionResult]::new('kube-proxy', 'kube-proxy', [CompletionResultType]::ParameterValue, 'Install the kube-proxy addon to a Kubernetes cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;addon;help;all' {
            break
        }
        'kadm;init;phase;addon;help;coredns' {
            break
        }
        'kadm;init;phase;addon;help;kube-proxy' {
            break
        }
        'kadm;init;phase;addon;help;help' {
            break
        }
        'kadm;init;phase;show-join-command' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server: wait for the control plane, then apply the cluster''s objects and mark the Node [default: true on the node itself, false with --rootfs]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;init;phase;help' {
            [CompletionResult]::new('preflight', 'preflight', [CompletionResultType]::ParameterValue, 'Run pre-flight checks')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Certificate generation')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file')
            [CompletionResult]::new('etcd', 'etcd', [CompletionResultType]::ParameterValue, 'Generate static Pod manifest file for local etcd')
            [CompletionResult]::new('control-plane', 'control-plane', [CompletionResultType]::ParameterValue, 'Generate all static Pod manifest files necessary to establish the control plane')
            [CompletionResult]::new('kubelet-start', 'kubelet-start', [CompletionResultType]::ParameterValue, 'Write kubelet settings and (re)start the kubelet')
            [CompletionResult]::new('upload-config', 'upload-config', [CompletionResultType]::ParameterValue, 'Upload the kubeadm and kubelet configuration to a ConfigMap')
            [CompletionResult]::new('upload-certs', 'upload-certs', [CompletionResultType]::ParameterValue, 'Upload certificates to kubeadm-certs')
            [CompletionResult]::new('mark-control-plane', 'mark-control-plane', [CompletionResultType]::ParameterValue, 'Mark a node as a control-plane')
            [CompletionResult]::new('bootstrap-token', 'bootstrap-token', [CompletionResultType]::ParameterValue, 'Generates bootstrap tokens used to join a node to a cluster')
            [CompletionResult]::new('kubelet-finalize', 'kubelet-finalize', [CompletionResultType]::ParameterValue, 'Updates settings relevant to the kubelet after TLS bootstrap')
            [CompletionResult]::new('addon', 'addon', [CompletionResultType]::ParameterValue, 'Install required addons for passing conformance tests')
            [CompletionResult]::new('show-join-command', 'show-join-command', [CompletionResultType]::ParameterValue, 'Show the join command for control-plane and worker node')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;phase;help;preflight' {
            break
        }
        'kadm;init;phase;help;certs' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all certs phases')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components')
            [CompletionResult]::new('apiserver', 'apiserver', [CompletionResultType]::ParameterValue, 'Generate the certificate for serving the Kubernetes API')
            [CompletionResult]::new('apiserver-kubelet-client', 'apiserver-kubelet-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for the API server to connect to kubelet')
            [CompletionResult]::new('front-proxy-ca', 'front-proxy-ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed CA to provision identities for front proxy')
            [CompletionResult]::new('front-proxy-client', 'front-proxy-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for the front proxy client')
            [CompletionResult]::new('etcd-ca', 'etcd-ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed CA to provision identities for etcd')
            [CompletionResult]::new('etcd-server', 'etcd-server', [CompletionResultType]::ParameterValue, 'Generate the certificate for serving etcd')
            [CompletionResult]::new('etcd-peer', 'etcd-peer', [CompletionResultType]::ParameterValue, 'Generate the certificate for etcd nodes to communicate with each other')
            [CompletionResult]::new('etcd-healthcheck-client', 'etcd-healthcheck-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for liveness probes to healthcheck etcd')
            [CompletionResult]::new('apiserver-etcd-client', 'apiserver-etcd-client', [CompletionResultType]::ParameterValue, 'Generate the certificate the apiserver uses to access etcd')
            [CompletionResult]::new('sa', 'sa', [CompletionResultType]::ParameterValue, 'Generate a private key for signing service account tokens along with its public key')
            break
        }
        'kadm;init;phase;help;certs;all' {
            break
        }
        'kadm;init;phase;help;certs;ca' {
            break
        }
        'kadm;init;phase;help;certs;apiserver' {
            break
        }
        'kadm;init;phase;help;certs;apiserver-kubelet-client' {
            break
        }
        'kadm;init;phase;help;certs;front-proxy-ca' {
            break
        }
        'kadm;init;phase;help;certs;front-proxy-client' {
            break
        }
        'kadm;init;phase;help;certs;etcd-ca' {
            break
        }
        'kadm;init;phase;help;certs;etcd-server' {
            break
        }
        'kadm;init;phase;help;certs;etcd-peer' {
            break
        }
        'kadm;init;phase;help;certs;etcd-healthcheck-client' {
            break
        }
        'kadm;init;phase;help;certs;apiserver-etcd-client' {
            break
        }
        'kadm;init;phase;help;certs;sa' {
            break
        }
        'kadm;init;phase;help;kubeconfig' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all kubeconfig phases')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the cluster administrator and for kadm itself')
            [CompletionResult]::new('super-admin', 'super-admin', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the break-glass super-admin (system:masters)')
            [CompletionResult]::new('kubelet', 'kubelet', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for this node''s kubelet, used to bootstrap the cluster')
            [CompletionResult]::new('controller-manager', 'controller-manager', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the controller manager')
            [CompletionResult]::new('scheduler', 'scheduler', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the scheduler')
            break
        }
        'kadm;init;phase;help;kubeconfig;all' {
            break
        }
        'kadm;init;phase;help;kubeconfig;admin' {
            break
        }
        'kadm;init;phase;help;kubeconfig;super-admin' {
            break
        }
        'kadm;init;phase;help;kubeconfig;kubelet' {
            break
        }
        'kadm;init;phase;help;kubeconfig;controller-manager' {
            break
        }
        'kadm;init;phase;help;kubeconfig;scheduler' {
            break
        }
        'kadm;init;phase;help;etcd' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all etcd phases')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'Generate the static Pod manifest file for a local, single-node local etcd instance')
            break
        }
        'kadm;init;phase;help;etcd;all' {
            break
        }
        'kadm;init;phase;help;etcd;local' {
            break
        }
        'kadm;init;phase;help;control-plane' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane phases')
            [CompletionResult]::new('apiserver', 'apiserver', [CompletionResultType]::ParameterValue, 'Generates the kube-apiserver static Pod manifest')
            [CompletionResult]::new('controller-manager', 'controller-manager', [CompletionResultType]::ParameterValue, 'Generates the kube-controller-manager static Pod manifest')
            [CompletionResult]::new('scheduler', 'scheduler', [CompletionResultType]::ParameterValue, 'Generates the kube-scheduler static Pod manifest')
            break
        }
        'kadm;init;phase;help;control-plane;all' {
            break
        }
        'kadm;init;phase;help;control-plane;apiserver' {
            break
        }
        'kadm;init;phase;help;control-plane;controller-manager' {
            break
        }
        'kadm;init;phase;help;control-plane;scheduler' {
            break
        }
        'kadm;init;phase;help;kubelet-start' {
            break
        }
        'kadm;init;phase;help;upload-config' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all upload-config phases')
            [CompletionResult]::new('kubeadm', 'kubeadm', [CompletionResultType]::ParameterValue, 'Upload the kubeadm ClusterConfiguration to a ConfigMap')
            [CompletionResult]::new('kubelet', 'kubelet', [CompletionResultType]::ParameterValue, 'Upload the kubelet component config to a ConfigMap')
            break
        }
        'kadm;init;phase;help;upload-config;all' {
            break
        }
        'kadm;init;phase;help;upload-config;kubeadm' {
            break
        }
        'kadm;init;phase;help;upload-config;kubelet' {
            break
        }
        'kadm;init;phase;help;upload-certs' {
            break
        }
        'kadm;init;phase;help;mark-control-plane' {
            break
        }
        'kadm;init;phase;help;bootstrap-token' {
            break
        }
        'kadm;init;phase;help;kubelet-finalize' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all kubelet-finalize phases')
            [CompletionResult]::new('cert-rotation', 'cert-rotation', [CompletionResultType]::ParameterValue, 'Enable kubelet client certificate rotation')
            [CompletionResult]::new('experimental-cert-rotation', 'experimental-cert-rotation', [CompletionResultType]::ParameterValue, 'Enable kubelet client certificate rotation (DEPRECATED: use ''cert-rotation'' instead)')
            break
        }
        'kadm;init;phase;help;kubelet-finalize;all' {
            break
        }
        'kadm;init;phase;help;kubelet-finalize;cert-rotation' {
            break
        }
        'kadm;init;phase;help;kubelet-finalize;experimental-cert-rotation' {
            break
        }
        'kadm;init;phase;help;addon' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all addon phases')
            [CompletionResult]::new('coredns', 'coredns', [CompletionResultType]::ParameterValue, 'Install the CoreDNS addon to a Kubernetes cluster')
            [CompletionResult]::new('kube-proxy', 'kube-proxy', [CompletionResultType]::ParameterValue, 'Install the kube-proxy addon to a Kubernetes cluster')
            break
        }
        'kadm;init;phase;help;addon;all' {
            break
        }
        'kadm;init;phase;help;addon;coredns' {
            break
        }
        'kadm;init;phase;help;addon;kube-proxy' {
            break
        }
        'kadm;init;phase;help;show-join-command' {
            break
        }
        'kadm;init;phase;help;help' {
            break
        }
        'kadm;init;help' {
            [CompletionResult]::new('phase', 'phase', [CompletionResultType]::ParameterValue, 'Use this command to invoke a single phase of the init workflow')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;init;help;phase' {
            [CompletionResult]::new('preflight', 'preflight', [CompletionResultType]::ParameterValue, 'Run pre-flight checks')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Certificate generation')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file')
            [CompletionResult]::new('etcd', 'etcd', [CompletionResultType]::ParameterValue, 'Generate static Pod manifest file for local etcd')
            [CompletionResult]::new('control-plane', 'control-plane', [CompletionResultType]::ParameterValue, 'Generate all static Pod manifest files necessary to establish the control plane')
            [CompletionResult]::new('kubelet-start', 'kubelet-start', [CompletionResultType]::ParameterValue, 'Write kubelet settings and (re)start the kubelet')
            [CompletionResult]::new('upload-config', 'upload-config', [CompletionResultType]::ParameterValue, 'Upload the kubeadm and kubelet configuration to a ConfigMap')
            [CompletionResult]::new('upload-certs', 'upload-certs', [CompletionResultType]::ParameterValue, 'Upload certificates to kubeadm-certs')
            [CompletionResult]::new('mark-control-plane', 'mark-control-plane', [CompletionResultType]::ParameterValue, 'Mark a node as a control-plane')
            [CompletionResult]::new('bootstrap-token', 'bootstrap-token', [CompletionResultType]::ParameterValue, 'Generates bootstrap tokens used to join a node to a cluster')
            [CompletionResult]::new('kubelet-finalize', 'kubelet-finalize', [CompletionResultType]::ParameterValue, 'Updates settings relevant to the kubelet after TLS bootstrap')
            [CompletionResult]::new('addon', 'addon', [CompletionResultType]::ParameterValue, 'Install required addons for passing conformance tests')
            [CompletionResult]::new('show-join-command', 'show-join-command', [CompletionResultType]::ParameterValue, 'Show the join command for control-plane and worker node')
            break
        }
        'kadm;init;help;phase;preflight' {
            break
        }
        'kadm;init;help;phase;certs' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all certs phases')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components')
            [CompletionResult]::new('apiserver', 'apiserver', [CompletionResultType]::ParameterValue, 'Generate the certificate for serving the Kubernetes API')
            [CompletionResult]::new('apiserver-kubelet-client', 'apiserver-kubelet-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for the API server to connect to kubelet')
            [CompletionResult]::new('front-proxy-ca', 'front-proxy-ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed CA to provision identities for front proxy')
            [CompletionResult]::new('front-proxy-client', 'front-proxy-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for the front proxy client')
            [CompletionResult]::new('etcd-ca', 'etcd-ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed CA to provision identities for etcd')
            [CompletionResult]::new('etcd-server', 'etcd-server', [CompletionResultType]::ParameterValue, 'Generate the certificate for serving etcd')
            [CompletionResult]::new('etcd-peer', 'etcd-peer', [CompletionResultType]::ParameterValue, 'Generate the certificate for etcd nodes to communicate with each other')
            [CompletionResult]::new('etcd-healthcheck-client', 'etcd-healthcheck-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for liveness probes to healthcheck etcd')
            [CompletionResult]::new('apiserver-etcd-client', 'apiserver-etcd-client', [CompletionResultType]::ParameterValue, 'Generate the certificate the apiserver uses to access etcd')
            [CompletionResult]::new('sa', 'sa', [CompletionResultType]::ParameterValue, 'Generate a private key for signing service account tokens along with its public key')
            break
        }
        'kadm;init;help;phase;certs;all' {
            break
        }
        'kadm;init;help;phase;certs;ca' {
            break
        }
        'kadm;init;help;phase;certs;apiserver' {
            break
        }
        'kadm;init;help;phase;certs;apiserver-kubelet-client' {
            break
        }
        'kadm;init;help;phase;certs;front-proxy-ca' {
            break
        }
        'kadm;init;help;phase;certs;front-proxy-client' {
            break
        }
        'kadm;init;help;phase;certs;etcd-ca' {
            break
        }
        'kadm;init;help;phase;certs;etcd-server' {
            break
        }
        'kadm;init;help;phase;certs;etcd-peer' {
            break
        }
        'kadm;init;help;phase;certs;etcd-healthcheck-client' {
            break
        }
        'kadm;init;help;phase;certs;apiserver-etcd-client' {
            break
        }
        'kadm;init;help;phase;certs;sa' {
            break
        }
        'kadm;init;help;phase;kubeconfig' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all kubeconfig phases')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the cluster administrator and for kadm itself')
            [CompletionResult]::new('super-admin', 'super-admin', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the break-glass super-admin (system:masters)')
            [CompletionResult]::new('kubelet', 'kubelet', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for this node''s kubelet, used to bootstrap the cluster')
            [CompletionResult]::new('controller-manager', 'controller-manager', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the controller manager')
            [CompletionResult]::new('scheduler', 'scheduler', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the scheduler')
            break
        }
        'kadm;init;help;phase;kubeconfig;all' {
            break
        }
        'kadm;init;help;phase;kubeconfig;admin' {
            break
        }
        'kadm;init;help;phase;kubeconfig;super-admin' {
            break
        }
        'kadm;init;help;phase;kubeconfig;kubelet' {
            break
        }
        'kadm;init;help;phase;kubeconfig;controller-manager' {
            break
        }
        'kadm;init;help;phase;kubeconfig;scheduler' {
            break
        }
        'kadm;init;help;phase;etcd' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all etcd phases')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'Generate the static Pod manifest file for a local, single-node local etcd instance')
            break
        }
        'kadm;init;help;phase;etcd;all' {
            break
        }
        'kadm;init;help;phase;etcd;local' {
            break
        }
        'kadm;init;help;phase;control-plane' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane phases')
            [CompletionResult]::new('apiserver', 'apiserver', [CompletionResultType]::ParameterValue, 'Generates the kube-apiserver static Pod manifest')
            [CompletionResult]::new('controller-manager', 'controller-manager', [CompletionResultType]::ParameterValue, 'Generates the kube-controller-manager static Pod manifest')
            [CompletionResult]::new('scheduler', 'scheduler', [CompletionResultType]::ParameterValue, 'Generates the kube-scheduler static Pod manifest')
            break
        }
        'kadm;init;help;phase;control-plane;all' {
            break
        }
        'kadm;init;help;phase;control-plane;apiserver' {
            break
        }
        'kadm;init;help;phase;control-plane;controller-manager' {
            break
        }
        'kadm;init;help;phase;control-plane;scheduler' {
            break
        }
        'kadm;init;help;phase;kubelet-start' {
            break
        }
        'kadm;init;help;phase;upload-config' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all upload-config phases')
            [CompletionResult]::new('kubeadm', 'kubeadm', [CompletionResultType]::ParameterValue, 'Upload the kubeadm ClusterConfiguration to a ConfigMap')
            [CompletionResult]::new('kubelet', 'kubelet', [CompletionResultType]::ParameterValue, 'Upload the kubelet component config to a ConfigMap')
            break
        }
        'kadm;init;help;phase;upload-config;all' {
            break
        }
        'kadm;init;help;phase;upload-config;kubeadm' {
            break
        }
        'kadm;init;help;phase;upload-config;kubelet' {
            break
        }
        'kadm;init;help;phase;upload-certs' {
            break
        }
        'kadm;init;help;phase;mark-control-plane' {
            break
        }
        'kadm;init;help;phase;bootstrap-token' {
            break
        }
        'kadm;init;help;phase;kubelet-finalize' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all kubelet-finalize phases')
            [CompletionResult]::new('cert-rotation', 'cert-rotation', [CompletionResultType]::ParameterValue, 'Enable kubelet client certificate rotation')
            [CompletionResult]::new('experimental-cert-rotation', 'experimental-cert-rotation', [CompletionResultType]::ParameterValue, 'Enable kubelet client certificate rotation (DEPRECATED: use ''cert-rotation'' instead)')
            break
        }
        'kadm;init;help;phase;kubelet-finalize;all' {
            break
        }
        'kadm;init;help;phase;kubelet-finalize;cert-rotation' {
            break
        }
        'kadm;init;help;phase;kubelet-finalize;experimental-cert-rotation' {
            break
        }
        'kadm;init;help;phase;addon' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all addon phases')
            [CompletionResult]::new('coredns', 'coredns', [CompletionResultType]::ParameterValue, 'Install the CoreDNS addon to a Kubernetes cluster')
            [CompletionResult]::new('kube-proxy', 'kube-proxy', [CompletionResultType]::ParameterValue, 'Install the kube-proxy addon to a Kubernetes cluster')
            break
        }
        'kadm;init;help;phase;addon;all' {
            break
        }
        'kadm;init;help;phase;addon;coredns' {
            break
        }
        'kadm;init;help;phase;addon;kube-proxy' {
            break
        }
        'kadm;init;help;phase;show-join-command' {
            break
        }
        'kadm;init;help;help' {
            break
        }
        'kadm;join' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--skip-phases', '--skip-phases', [CompletionResultType]::ParameterName, 'Phases to skip, by full path (e.g. certs/etcd-ca,kubeconfig)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('phase', 'phase', [CompletionResultType]::ParameterValue, 'Use this command to invoke a single phase of the join workflow')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;join;phase' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('preflight', 'preflight', [CompletionResultType]::ParameterValue, 'Run join pre-flight checks')
            [CompletionResult]::new('control-plane-prepare', 'control-plane-prepare', [CompletionResultType]::ParameterValue, 'Prepare the machine for serving a control plane')
            [CompletionResult]::new('kubelet-start', 'kubelet-start', [CompletionResultType]::ParameterValue, 'Write kubelet settings, certificates and (re)start the kubelet')
            [CompletionResult]::new('control-plane-join', 'control-plane-join', [CompletionResultType]::ParameterValue, 'Join a machine as a control plane instance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;join;phase;preflight' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;join;phase;control-plane-prepare' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane-prepare phases')
            [CompletionResult]::new('download-certs', 'download-certs', [CompletionResultType]::ParameterValue, 'Download certificates shared among control-plane nodes from the kubeadm-certs Secret')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Generate the certificates for the new control plane components')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Generate the kubeconfig for the new control plane components')
            [CompletionResult]::new('control-plane', 'control-plane', [CompletionResultType]::ParameterValue, 'Generate the manifests for the new control plane components')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;join;phase;control-plane-prepare;all' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;join;phase;control-plane-prepare;download-certs' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;join;phase;control-plane-prepare;certs' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;join;phase;control-plane-prepare;kubeconfig' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;join;phase;control-plane-prepare;control-plane' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;join;phase;control-plane-prepare;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane-prepare phases')
            [CompletionResult]::new('download-certs', 'download-certs', [CompletionResultType]::ParameterValue, 'Download certificates shared among control-plane nodes from the kubeadm-certs Secret')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Generate the certificates for the new control plane components')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Generate the kubeconfig for the new control plane components')
            [CompletionResult]::new('control-plane', 'control-plane', [CompletionResultType]::ParameterValue, 'Generate the manifests for the new control plane components')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;join;phase;control-plane-prepare;help;all' {
            break
        }
        'kadm;join;phase;control-plane-prepare;help;download-certs' {
            break
        }
        'kadm;join;phase;control-plane-prepare;help;certs' {
            break
        }
        'kadm;join;phase;control-plane-prepare;help;kubeconfig' {
            break
        }
        'kadm;join;phase;control-plane-prepare;help;control-plane' {
            break
        }
        'kadm;join;phase;control-plane-prepare;help;help' {
            break
        }
        'kadm;join;phase;kubelet-start' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;join;phase;control-plane-join' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane-join phases')
            [CompletionResult]::new('etcd', 'etcd', [CompletionResultType]::ParameterValue, 'Add a new local etcd member')
            [CompletionResult]::new('mark-control-plane', 'mark-control-plane', [CompletionResultType]::ParameterValue, 'Mark a node as a control-plane')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;join;phase;control-plane-join;all' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;join;phase;control-plane-join;etcd' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;join;phase;control-plane-join;mark-control-plane' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--discovery-file', '--discovery-file', [CompletionResultType]::ParameterName, 'A kubeconfig file with the cluster''s CA and API server (admin.conf, or cluster-info''s)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token, for discovery and for the kubelet''s TLS bootstrap')
            [CompletionResult]::new('--tls-bootstrap-token', '--tls-bootstrap-token', [CompletionResultType]::ParameterName, 'The bootstrap token the kubelet authenticates with [default: --token]')
            [CompletionResult]::new('--discovery-token-ca-cert-hash', '--discovery-token-ca-cert-hash', [CompletionResultType]::ParameterName, 'Pin the cluster CA''s public key: sha256:<hex> (repeat for several)')
            [CompletionResult]::new('--discovery-token', '--discovery-token', [CompletionResultType]::ParameterName, 'The bootstrap token that verifies cluster-info in token discovery [default: --token]')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: nodeRegistration.name, else the hostname]')
            [CompletionResult]::new('--cri-socket', '--cri-socket', [CompletionResultType]::ParameterName, 'The container runtime''s socket [default: unix:///var/run/containerd/containerd.sock]')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings (names, or all)')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)')
            [CompletionResult]::new('--certs-from', '--certs-from', [CompletionResultType]::ParameterName, 'The first control plane''s cluster-objects directory, or its upload-certs.yaml (offline: no API server)')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of the cluster''s etcd members, comma-separated (offline: no API server)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address this control plane''s API server advertises [default: the default route''s address]')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port this control plane''s API server binds to [default: 6443]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--discovery-token-unsafe-skip-ca-verification', '--discovery-token-unsafe-skip-ca-verification', [CompletionResultType]::ParameterName, 'Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token''s signature alone')
            [CompletionResult]::new('--control-plane', '--control-plane', [CompletionResultType]::ParameterName, 'Join as a control-plane node: shared CAs from kubeadm-certs, this node''s own certificates, static Pods, an etcd member')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;join;phase;control-plane-join;help' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane-join phases')
            [CompletionResult]::new('etcd', 'etcd', [CompletionResultType]::ParameterValue, 'Add a new local etcd member')
            [CompletionResult]::new('mark-control-plane', 'mark-control-plane', [CompletionResultType]::ParameterValue, 'Mark a node as a control-plane')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;join;phase;control-plane-join;help;all' {
            break
        }
        'kadm;join;phase;control-plane-join;help;etcd' {
            break
        }
        'kadm;join;phase;control-plane-join;help;mark-control-plane' {
            break
        }
        'kadm;join;phase;control-plane-join;help;help' {
            break
        }
        'kadm;join;phase;help' {
            [CompletionResult]::new('preflight', 'preflight', [CompletionResultType]::ParameterValue, 'Run join pre-flight checks')
            [CompletionResult]::new('control-plane-prepare', 'control-plane-prepare', [CompletionResultType]::ParameterValue, 'Prepare the machine for serving a control plane')
            [CompletionResult]::new('kubelet-start', 'kubelet-start', [CompletionResultType]::ParameterValue, 'Write kubelet settings, certificates and (re)start the kubelet')
            [CompletionResult]::new('control-plane-join', 'control-plane-join', [CompletionResultType]::ParameterValue, 'Join a machine as a control plane instance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;join;phase;help;preflight' {
            break
        }
        'kadm;join;phase;help;control-plane-prepare' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane-prepare phases')
            [CompletionResult]::new('download-certs', 'download-certs', [CompletionResultType]::ParameterValue, 'Download certificates shared among control-plane nodes from the kubeadm-certs Secret')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Generate the certificates for the new control plane components')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Generate the kubeconfig for the new control plane components')
            [CompletionResult]::new('control-plane', 'control-plane', [CompletionResultType]::ParameterValue, 'Generate the manifests for the new control plane components')
            break
        }
        'kadm;join;phase;help;control-plane-prepare;all' {
            break
        }
        'kadm;join;phase;help;control-plane-prepare;download-certs' {
            break
        }
        'kadm;join;phase;help;control-plane-prepare;certs' {
            break
        }
        'kadm;join;phase;help;control-plane-prepare;kubeconfig' {
            break
        }
        'kadm;join;phase;help;control-plane-prepare;control-plane' {
            break
        }
        'kadm;join;phase;help;kubelet-start' {
            break
        }
        'kadm;join;phase;help;control-plane-join' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane-join phases')
            [CompletionResult]::new('etcd', 'etcd', [CompletionResultType]::ParameterValue, 'Add a new local etcd member')
            [CompletionResult]::new('mark-control-plane', 'mark-control-plane', [CompletionResultType]::ParameterValue, 'Mark a node as a control-plane')
            break
        }
        'kadm;join;phase;help;control-plane-join;all' {
            break
        }
        'kadm;join;phase;help;control-plane-join;etcd' {
            break
        }
        'kadm;join;phase;help;control-plane-join;mark-control-plane' {
            break
        }
        'kadm;join;phase;help;help' {
            break
        }
        'kadm;join;help' {
            [CompletionResult]::new('phase', 'phase', [CompletionResultType]::ParameterValue, 'Use this command to invoke a single phase of the join workflow')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;join;help;phase' {
            [CompletionResult]::new('preflight', 'preflight', [CompletionResultType]::ParameterValue, 'Run join pre-flight checks')
            [CompletionResult]::new('control-plane-prepare', 'control-plane-prepare', [CompletionResultType]::ParameterValue, 'Prepare the machine for serving a control plane')
            [CompletionResult]::new('kubelet-start', 'kubelet-start', [CompletionResultType]::ParameterValue, 'Write kubelet settings, certificates and (re)start the kubelet')
            [CompletionResult]::new('control-plane-join', 'control-plane-join', [CompletionResultType]::ParameterValue, 'Join a machine as a control plane instance')
            break
        }
        'kadm;join;help;phase;preflight' {
            break
        }
        'kadm;join;help;phase;control-plane-prepare' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane-prepare phases')
            [CompletionResult]::new('download-certs', 'download-certs', [CompletionResultType]::ParameterValue, 'Download certificates shared among control-plane nodes from the kubeadm-certs Secret')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Generate the certificates for the new control plane components')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Generate the kubeconfig for the new control plane components')
            [CompletionResult]::new('control-plane', 'control-plane', [CompletionResultType]::ParameterValue, 'Generate the manifests for the new control plane components')
            break
        }
        'kadm;join;help;phase;control-plane-prepare;all' {
            break
        }
        'kadm;join;help;phase;control-plane-prepare;download-certs' {
            break
        }
        'kadm;join;help;phase;control-plane-prepare;certs' {
            break
        }
        'kadm;join;help;phase;control-plane-prepare;kubeconfig' {
            break
        }
        'kadm;join;help;phase;control-plane-prepare;control-plane' {
            break
        }
        'kadm;join;help;phase;kubelet-start' {
            break
        }
        'kadm;join;help;phase;control-plane-join' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane-join phases')
            [CompletionResult]::new('etcd', 'etcd', [CompletionResultType]::ParameterValue, 'Add a new local etcd member')
            [CompletionResult]::new('mark-control-plane', 'mark-control-plane', [CompletionResultType]::ParameterValue, 'Mark a node as a control-plane')
            break
        }
        'kadm;join;help;phase;control-plane-join;all' {
            break
        }
        'kadm;join;help;phase;control-plane-join;etcd' {
            break
        }
        'kadm;join;help;phase;control-plane-join;mark-control-plane' {
            break
        }
        'kadm;join;help;help' {
            break
        }
        'kadm;reset' {
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'The certificate directory to clean')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where the kubeconfig files to remove are')
            [CompletionResult]::new('--etcd-endpoints', '--etcd-endpoints', [CompletionResultType]::ParameterName, 'Client URLs of etcd members to remove this node''s etcd member through [default: this node''s own client URL from etcd.yaml; none with --rootfs]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Remove without asking (needed when stdin is not a terminal, as in CI)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove without asking (needed when stdin is not a terminal, as in CI)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what reset would remove, and remove nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;apply-objects' {
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve the node''s paths (the kubeconfig files, cluster-objects/) under DIR')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Apply every file with this kubeconfig (a host path) [default: super-admin.conf for cluster-admins.yaml, then admin.conf for the others]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the API server and the applies together (e.g. 4m, 30s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Result format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;kubeconfig' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Print a kubeconfig for an extra user, signed by the cluster CA')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;kubeconfig;user' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm touches under DIR (runs without root)')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where kubeconfig files are written [default: /etc/kubernetes]')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where certificates are stored [default: /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubernetes-version', '--kubernetes-version', [CompletionResultType]::ParameterName, 'The Kubernetes version the cluster runs (e.g. v1.37.2)')
            [CompletionResult]::new('--apiserver-advertise-address', '--apiserver-advertise-address', [CompletionResultType]::ParameterName, 'The IP address the API server advertises')
            [CompletionResult]::new('--apiserver-bind-port', '--apiserver-bind-port', [CompletionResultType]::ParameterName, 'The port the API server binds to [default: 6443]')
            [CompletionResult]::new('--control-plane-endpoint', '--control-plane-endpoint', [CompletionResultType]::ParameterName, 'A stable address for the control plane (DNS name or IP, optional port)')
            [CompletionResult]::new('--service-cidr', '--service-cidr', [CompletionResultType]::ParameterName, 'Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]')
            [CompletionResult]::new('--service-dns-domain', '--service-dns-domain', [CompletionResultType]::ParameterName, 'The cluster''s DNS domain [default: cluster.local]')
            [CompletionResult]::new('--apiserver-cert-extra-sans', '--apiserver-cert-extra-sans', [CompletionResultType]::ParameterName, 'Extra names (IPs or DNS names) for the API server certificate, comma-separated')
            [CompletionResult]::new('--node-name', '--node-name', [CompletionResultType]::ParameterName, 'The node''s name [default: this host''s name]')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'Key type')
            [CompletionResult]::new('--ignore-preflight-errors', '--ignore-preflight-errors', [CompletionResultType]::ParameterName, 'Preflight checks whose errors become warnings, comma-separated (e.g. Swap,Port-6443), or ''all''')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The bootstrap token to create (`bootstrapTokens[0].token`); a secret')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'How long the bootstrap token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`)')
            [CompletionResult]::new('--client-name', '--client-name', [CompletionResultType]::ParameterName, 'The user name: the client certificate''s CN')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The user''s group: an O of the client certificate (repeat for several groups)')
            [CompletionResult]::new('--validity-period', '--validity-period', [CompletionResultType]::ParameterName, 'How long the certificate is valid (e.g. 24h) [default: certificateValidityPeriod]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, as `kubectl config view -o` prints a kubeconfig')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, as `kubectl config view -o` prints a kubeconfig')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Write the kubeconfig to FILE (a host path, mode 0600, replaced atomically) instead of stdout')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--upload-certs', '--upload-certs', [CompletionResultType]::ParameterName, 'Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins')
            [CompletionResult]::new('--skip-certificate-key-print', '--skip-certificate-key-print', [CompletionResultType]::ParameterName, 'Do not print the certificate key that upload-certs uses')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the FILE of --output-file when it exists')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;kubeconfig;help' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Print a kubeconfig for an extra user, signed by the cluster CA')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;kubeconfig;help;user' {
            break
        }
        'kadm;kubeconfig;help;help' {
            break
        }
        'kadm;config' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print configuration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;config;print' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('init-defaults', 'init-defaults', [CompletionResultType]::ParameterValue, 'Print the default v1beta4 configuration for `kadm init --config`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;config;print;init-defaults' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;config;print;help' {
            [CompletionResult]::new('init-defaults', 'init-defaults', [CompletionResultType]::ParameterValue, 'Print the default v1beta4 configuration for `kadm init --config`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;config;print;help;init-defaults' {
            break
        }
        'kadm;config;print;help;help' {
            break
        }
        'kadm;config;help' {
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print configuration')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;config;help;print' {
            [CompletionResult]::new('init-defaults', 'init-defaults', [CompletionResultType]::ParameterValue, 'Print the default v1beta4 configuration for `kadm init --config`')
            break
        }
        'kadm;config;help;print;init-defaults' {
            break
        }
        'kadm;config;help;help' {
            break
        }
        'kadm;token' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a new random bootstrap token (abcdef.0123456789abcdef); stores nothing')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a bootstrap token in the cluster and print it, or its join command')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cluster''s bootstrap tokens')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete bootstrap tokens from the cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;token;generate' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;token;create' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file (its first bootstrapTokens entry gives the defaults; its endpoint and certificatesDir serve --print-join-command)')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve the node''s paths (the CA for --print-join-command) under DIR')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the token lives, 0 for ever [default: 24h0m0s]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of the token, for humans')
            [CompletionResult]::new('--groups', '--groups', [CompletionResultType]::ParameterName, 'Extra groups the token authenticates as [default: system:bootstrappers:kubeadm:default-node-token]')
            [CompletionResult]::new('--usages', '--usages', [CompletionResultType]::ParameterName, 'What the token may be used for [default: signing,authentication]')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Write the token''s Secret to FILE (a host path, mode 0600, replaced atomically) instead of creating it in the cluster')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'The kubeconfig to reach the API server with (a host path) [default: admin.conf in the node''s /etc/kubernetes]')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Talk to the API server [default: true on the node itself when the kubeconfig is there, false with --rootfs]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--print-join-command', '--print-join-command', [CompletionResultType]::ParameterName, 'Print the worker''s join command on stdout instead of the token (offline, the Secret then goes to --output-file)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;token;list' {
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve the node''s paths (admin.conf) under DIR')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'The kubeconfig to reach the API server with (a host path) [default: admin.conf in the node''s /etc/kubernetes]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;token;delete' {
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve the node''s paths (admin.conf) under DIR')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'The kubeconfig to reach the API server with (a host path) [default: admin.conf in the node''s /etc/kubernetes]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;token;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a new random bootstrap token (abcdef.0123456789abcdef); stores nothing')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a bootstrap token in the cluster and print it, or its join command')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cluster''s bootstrap tokens')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete bootstrap tokens from the cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;token;help;generate' {
            break
        }
        'kadm;token;help;create' {
            break
        }
        'kadm;token;help;list' {
            break
        }
        'kadm;token;help;delete' {
            break
        }
        'kadm;token;help;help' {
            break
        }
        'kadm;certs' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('check-expiration', 'check-expiration', [CompletionResultType]::ParameterValue, 'Check when the node''s certificates, CAs and kubelet certificate expire')
            [CompletionResult]::new('rotate-ca', 'rotate-ca', [CompletionResultType]::ParameterValue, 'Replace the cluster''s CAs in stages: prepare, finalize (or rollback), status')
            [CompletionResult]::new('certificate-key', 'certificate-key', [CompletionResultType]::ParameterValue, 'Print a new random certificate key (64 hex digits) for `init --upload-certs`')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Renew a certificate, a kubeconfig''s client certificate, or all of them')
            [CompletionResult]::new('generate-csr', 'generate-csr', [CompletionResultType]::ParameterValue, 'Generate keys and certificate signing requests for an external CA')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;certs;check-expiration' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm uses under DIR (runs without root)')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where the kubeconfig files are [default: /etc/kubernetes]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fail-within', '--fail-within', [CompletionResultType]::ParameterName, 'Exit with code 2 when a certificate, CA or the kubelet''s certificate expires within DURATION (30d, 1d12h, 720h)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;certs;rotate-ca' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Make the new CA, trust old and new, re-issue every certificate under the new CA')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Drop the old CA once every certificate is under the new one')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Before finalize, go back to the old CA kept in the backup')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where each CA, certificate and kubeconfig of the node stands in a rotation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;certs;rotate-ca;prepare' {
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA to rotate: ca, front-proxy-ca, etcd-ca, or all (a CA whose file is absent, as etcd''s with an external etcd, is skipped)')
            [CompletionResult]::new('--bundle-file', '--bundle-file', [CompletionResultType]::ParameterName, 'Then write the rotation bundle for the other control planes to FILE (a host path, mode 0600): the new CAs and keys encrypted under --certificate-key')
            [CompletionResult]::new('--from-bundle', '--from-bundle', [CompletionResultType]::ParameterName, 'Take the new CAs from the rotation bundle FILE (a host path) another control plane''s prepare wrote, instead of making them; this node''s own certificates and SANs are kept')
            [CompletionResult]::new('--certificate-key', '--certificate-key', [CompletionResultType]::ParameterName, 'The key that encrypts the bundle: 64 hex digits, as `kadm certs certificate-key` prints')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm uses under DIR (runs without root)')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where the kubeconfig files are [default: /etc/kubernetes]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;certs;rotate-ca;finalize' {
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA to rotate: ca, front-proxy-ca, etcd-ca, or all (a CA whose file is absent, as etcd''s with an external etcd, is skipped)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm uses under DIR (runs without root)')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where the kubeconfig files are [default: /etc/kubernetes]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Finalize even when some certificates are not under the new CA yet: they are left as they are (and named), and stop verifying once the components reload the bundles')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;certs;rotate-ca;rollback' {
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA to rotate: ca, front-proxy-ca, etcd-ca, or all (a CA whose file is absent, as etcd''s with an external etcd, is skipped)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm uses under DIR (runs without root)')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where the kubeconfig files are [default: /etc/kubernetes]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;certs;rotate-ca;status' {
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA to rotate: ca, front-proxy-ca, etcd-ca, or all (a CA whose file is absent, as etcd''s with an external etcd, is skipped)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where the kubeconfig files are [default: /etc/kubernetes]')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path under DIR; give it once per node to compare nodes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;certs;rotate-ca;help' {
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Make the new CA, trust old and new, re-issue every certificate under the new CA')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Drop the old CA once every certificate is under the new one')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Before finalize, go back to the old CA kept in the backup')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where each CA, certificate and kubeconfig of the node stands in a rotation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;certs;rotate-ca;help;prepare' {
            break
        }
        'kadm;certs;rotate-ca;help;finalize' {
            break
        }
        'kadm;certs;rotate-ca;help;rollback' {
            break
        }
        'kadm;certs;rotate-ca;help;status' {
            break
        }
        'kadm;certs;rotate-ca;help;help' {
            break
        }
        'kadm;certs;certificate-key' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;certs;renew' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm uses under DIR (runs without root)')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where the kubeconfig files are [default: /etc/kubernetes]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;certs;generate-csr' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir, certificateValidityPeriod, etcd, the kubelet''s cert-dir)')
            [CompletionResult]::new('--rootfs', '--rootfs', [CompletionResultType]::ParameterName, 'Resolve every absolute path kadm uses under DIR (runs without root)')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'Where the certificates are [default: the config''s certificatesDir, else /etc/kubernetes/pki]')
            [CompletionResult]::new('--kubeconfig-dir', '--kubeconfig-dir', [CompletionResultType]::ParameterName, 'Where the kubeconfig files are [default: /etc/kubernetes]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Write nothing; print what would be written')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kadm;certs;help' {
            [CompletionResult]::new('check-expiration', 'check-expiration', [CompletionResultType]::ParameterValue, 'Check when the node''s certificates, CAs and kubelet certificate expire')
            [CompletionResult]::new('rotate-ca', 'rotate-ca', [CompletionResultType]::ParameterValue, 'Replace the cluster''s CAs in stages: prepare, finalize (or rollback), status')
            [CompletionResult]::new('certificate-key', 'certificate-key', [CompletionResultType]::ParameterValue, 'Print a new random certificate key (64 hex digits) for `init --upload-certs`')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Renew a certificate, a kubeconfig''s client certificate, or all of them')
            [CompletionResult]::new('generate-csr', 'generate-csr', [CompletionResultType]::ParameterValue, 'Generate keys and certificate signing requests for an external CA')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;certs;help;check-expiration' {
            break
        }
        'kadm;certs;help;rotate-ca' {
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Make the new CA, trust old and new, re-issue every certificate under the new CA')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Drop the old CA once every certificate is under the new one')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Before finalize, go back to the old CA kept in the backup')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where each CA, certificate and kubeconfig of the node stands in a rotation')
            break
        }
        'kadm;certs;help;rotate-ca;prepare' {
            break
        }
        'kadm;certs;help;rotate-ca;finalize' {
            break
        }
        'kadm;certs;help;rotate-ca;rollback' {
            break
        }
        'kadm;certs;help;rotate-ca;status' {
            break
        }
        'kadm;certs;help;certificate-key' {
            break
        }
        'kadm;certs;help;renew' {
            break
        }
        'kadm;certs;help;generate-csr' {
            break
        }
        'kadm;certs;help;help' {
            break
        }
        'kadm;completion' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;version' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--v', '--v', [CompletionResultType]::ParameterName, 'Log verbosity (0: kubeadm''s lines; 1: also each phase as it starts)')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'kadm;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Set up this control-plane node: preflight, PKI, kubeconfigs, static Pods, kubelet files, cluster objects')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Prepare a worker node''s files to join a cluster (token discovery through the API server, or a discovery file)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove what kadm init wrote on this node, so it can be set up again')
            [CompletionResult]::new('apply-objects', 'apply-objects', [CompletionResultType]::ParameterValue, 'Apply the cluster objects kadm init wrote to the running API server')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Kubeconfig file utilities')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show kadm''s configuration')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Bootstrap tokens: the shared secrets `kubeadm join` authenticates with')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Commands related to handling Kubernetes certificates')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print kadm''s version')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kadm;help;init' {
            [CompletionResult]::new('phase', 'phase', [CompletionResultType]::ParameterValue, 'Use this command to invoke a single phase of the init workflow')
            break
        }
        'kadm;help;init;phase' {
            [CompletionResult]::new('preflight', 'preflight', [CompletionResultType]::ParameterValue, 'Run pre-flight checks')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Certificate generation')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file')
            [CompletionResult]::new('etcd', 'etcd', [CompletionResultType]::ParameterValue, 'Generate static Pod manifest file for local etcd')
            [CompletionResult]::new('control-plane', 'control-plane', [CompletionResultType]::ParameterValue, 'Generate all static Pod manifest files necessary to establish the control plane')
            [CompletionResult]::new('kubelet-start', 'kubelet-start', [CompletionResultType]::ParameterValue, 'Write kubelet settings and (re)start the kubelet')
            [CompletionResult]::new('upload-config', 'upload-config', [CompletionResultType]::ParameterValue, 'Upload the kubeadm and kubelet configuration to a ConfigMap')
            [CompletionResult]::new('upload-certs', 'upload-certs', [CompletionResultType]::ParameterValue, 'Upload certificates to kubeadm-certs')
            [CompletionResult]::new('mark-control-plane', 'mark-control-plane', [CompletionResultType]::ParameterValue, 'Mark a node as a control-plane')
            [CompletionResult]::new('bootstrap-token', 'bootstrap-token', [CompletionResultType]::ParameterValue, 'Generates bootstrap tokens used to join a node to a cluster')
            [CompletionResult]::new('kubelet-finalize', 'kubelet-finalize', [CompletionResultType]::ParameterValue, 'Updates settings relevant to the kubelet after TLS bootstrap')
            [CompletionResult]::new('addon', 'addon', [CompletionResultType]::ParameterValue, 'Install required addons for passing conformance tests')
            [CompletionResult]::new('show-join-command', 'show-join-command', [CompletionResultType]::ParameterValue, 'Show the join command for control-plane and worker node')
            break
        }
        'kadm;help;init;phase;preflight' {
            break
        }
        'kadm;help;init;phase;certs' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all certs phases')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components')
            [CompletionResult]::new('apiserver', 'apiserver', [CompletionResultType]::ParameterValue, 'Generate the certificate for serving the Kubernetes API')
            [CompletionResult]::new('apiserver-kubelet-client', 'apiserver-kubelet-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for the API server to connect to kubelet')
            [CompletionResult]::new('front-proxy-ca', 'front-proxy-ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed CA to provision identities for front proxy')
            [CompletionResult]::new('front-proxy-client', 'front-proxy-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for the front proxy client')
            [CompletionResult]::new('etcd-ca', 'etcd-ca', [CompletionResultType]::ParameterValue, 'Generate the self-signed CA to provision identities for etcd')
            [CompletionResult]::new('etcd-server', 'etcd-server', [CompletionResultType]::ParameterValue, 'Generate the certificate for serving etcd')
            [CompletionResult]::new('etcd-peer', 'etcd-peer', [CompletionResultType]::ParameterValue, 'Generate the certificate for etcd nodes to communicate with each other')
            [CompletionResult]::new('etcd-healthcheck-client', 'etcd-healthcheck-client', [CompletionResultType]::ParameterValue, 'Generate the certificate for liveness probes to healthcheck etcd')
            [CompletionResult]::new('apiserver-etcd-client', 'apiserver-etcd-client', [CompletionResultType]::ParameterValue, 'Generate the certificate the apiserver uses to access etcd')
            [CompletionResult]::new('sa', 'sa', [CompletionResultType]::ParameterValue, 'Generate a private key for signing service account tokens along with its public key')
            break
        }
        'kadm;help;init;phase;certs;all' {
            break
        }
        'kadm;help;init;phase;certs;ca' {
            break
        }
        'kadm;help;init;phase;certs;apiserver' {
            break
        }
        'kadm;help;init;phase;certs;apiserver-kubelet-client' {
            break
        }
        'kadm;help;init;phase;certs;front-proxy-ca' {
            break
        }
        'kadm;help;init;phase;certs;front-proxy-client' {
            break
        }
        'kadm;help;init;phase;certs;etcd-ca' {
            break
        }
        'kadm;help;init;phase;certs;etcd-server' {
            break
        }
        'kadm;help;init;phase;certs;etcd-peer' {
            break
        }
        'kadm;help;init;phase;certs;etcd-healthcheck-client' {
            break
        }
        'kadm;help;init;phase;certs;apiserver-etcd-client' {
            break
        }
        'kadm;help;init;phase;certs;sa' {
            break
        }
        'kadm;help;init;phase;kubeconfig' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all kubeconfig phases')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the cluster administrator and for kadm itself')
            [CompletionResult]::new('super-admin', 'super-admin', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the break-glass super-admin (system:masters)')
            [CompletionResult]::new('kubelet', 'kubelet', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for this node''s kubelet, used to bootstrap the cluster')
            [CompletionResult]::new('controller-manager', 'controller-manager', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the controller manager')
            [CompletionResult]::new('scheduler', 'scheduler', [CompletionResultType]::ParameterValue, 'Generate a kubeconfig file for the scheduler')
            break
        }
        'kadm;help;init;phase;kubeconfig;all' {
            break
        }
        'kadm;help;init;phase;kubeconfig;admin' {
            break
        }
        'kadm;help;init;phase;kubeconfig;super-admin' {
            break
        }
        'kadm;help;init;phase;kubeconfig;kubelet' {
            break
        }
        'kadm;help;init;phase;kubeconfig;controller-manager' {
            break
        }
        'kadm;help;init;phase;kubeconfig;scheduler' {
            break
        }
        'kadm;help;init;phase;etcd' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all etcd phases')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'Generate the static Pod manifest file for a local, single-node local etcd instance')
            break
        }
        'kadm;help;init;phase;etcd;all' {
            break
        }
        'kadm;help;init;phase;etcd;local' {
            break
        }
        'kadm;help;init;phase;control-plane' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane phases')
            [CompletionResult]::new('apiserver', 'apiserver', [CompletionResultType]::ParameterValue, 'Generates the kube-apiserver static Pod manifest')
            [CompletionResult]::new('controller-manager', 'controller-manager', [CompletionResultType]::ParameterValue, 'Generates the kube-controller-manager static Pod manifest')
            [CompletionResult]::new('scheduler', 'scheduler', [CompletionResultType]::ParameterValue, 'Generates the kube-scheduler static Pod manifest')
            break
        }
        'kadm;help;init;phase;control-plane;all' {
            break
        }
        'kadm;help;init;phase;control-plane;apiserver' {
            break
        }
        'kadm;help;init;phase;control-plane;controller-manager' {
            break
        }
        'kadm;help;init;phase;control-plane;scheduler' {
            break
        }
        'kadm;help;init;phase;kubelet-start' {
            break
        }
        'kadm;help;init;phase;upload-config' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all upload-config phases')
            [CompletionResult]::new('kubeadm', 'kubeadm', [CompletionResultType]::ParameterValue, 'Upload the kubeadm ClusterConfiguration to a ConfigMap')
            [CompletionResult]::new('kubelet', 'kubelet', [CompletionResultType]::ParameterValue, 'Upload the kubelet component config to a ConfigMap')
            break
        }
        'kadm;help;init;phase;upload-config;all' {
            break
        }
        'kadm;help;init;phase;upload-config;kubeadm' {
            break
        }
        'kadm;help;init;phase;upload-config;kubelet' {
            break
        }
        'kadm;help;init;phase;upload-certs' {
            break
        }
        'kadm;help;init;phase;mark-control-plane' {
            break
        }
        'kadm;help;init;phase;bootstrap-token' {
            break
        }
        'kadm;help;init;phase;kubelet-finalize' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all kubelet-finalize phases')
            [CompletionResult]::new('cert-rotation', 'cert-rotation', [CompletionResultType]::ParameterValue, 'Enable kubelet client certificate rotation')
            [CompletionResult]::new('experimental-cert-rotation', 'experimental-cert-rotation', [CompletionResultType]::ParameterValue, 'Enable kubelet client certificate rotation (DEPRECATED: use ''cert-rotation'' instead)')
            break
        }
        'kadm;help;init;phase;kubelet-finalize;all' {
            break
        }
        'kadm;help;init;phase;kubelet-finalize;cert-rotation' {
            break
        }
        'kadm;help;init;phase;kubelet-finalize;experimental-cert-rotation' {
            break
        }
        'kadm;help;init;phase;addon' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all addon phases')
            [CompletionResult]::new('coredns', 'coredns', [CompletionResultType]::ParameterValue, 'Install the CoreDNS addon to a Kubernetes cluster')
            [CompletionResult]::new('kube-proxy', 'kube-proxy', [CompletionResultType]::ParameterValue, 'Install the kube-proxy addon to a Kubernetes cluster')
            break
        }
        'kadm;help;init;phase;addon;all' {
            break
        }
        'kadm;help;init;phase;addon;coredns' {
            break
        }
        'kadm;help;init;phase;addon;kube-proxy' {
            break
        }
        'kadm;help;init;phase;show-join-command' {
            break
        }
        'kadm;help;join' {
            [CompletionResult]::new('phase', 'phase', [CompletionResultType]::ParameterValue, 'Use this command to invoke a single phase of the join workflow')
            break
        }
        'kadm;help;join;phase' {
            [CompletionResult]::new('preflight', 'preflight', [CompletionResultType]::ParameterValue, 'Run join pre-flight checks')
            [CompletionResult]::new('control-plane-prepare', 'control-plane-prepare', [CompletionResultType]::ParameterValue, 'Prepare the machine for serving a control plane')
            [CompletionResult]::new('kubelet-start', 'kubelet-start', [CompletionResultType]::ParameterValue, 'Write kubelet settings, certificates and (re)start the kubelet')
            [CompletionResult]::new('control-plane-join', 'control-plane-join', [CompletionResultType]::ParameterValue, 'Join a machine as a control plane instance')
            break
        }
        'kadm;help;join;phase;preflight' {
            break
        }
        'kadm;help;join;phase;control-plane-prepare' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane-prepare phases')
            [CompletionResult]::new('download-certs', 'download-certs', [CompletionResultType]::ParameterValue, 'Download certificates shared among control-plane nodes from the kubeadm-certs Secret')
            [CompletionResult]::new('certs', 'certs', [CompletionResultType]::ParameterValue, 'Generate the certificates for the new control plane components')
            [CompletionResult]::new('kubeconfig', 'kubeconfig', [CompletionResultType]::ParameterValue, 'Generate the kubeconfig for the new control plane components')
            [CompletionResult]::new('control-plane', 'control-plane', [CompletionResultType]::ParameterValue, 'Generate the manifests for the new control plane components')
            break
        }
        'kadm;help;join;phase;control-plane-prepare;all' {
            break
        }
        'kadm;help;join;phase;control-plane-prepare;download-certs' {
            break
        }
        'kadm;help;join;phase;control-plane-prepare;certs' {
            break
        }
        'kadm;help;join;phase;control-plane-prepare;kubeconfig' {
            break
        }
        'kadm;help;join;phase;control-plane-prepare;control-plane' {
            break
        }
        'kadm;help;join;phase;kubelet-start' {
            break
        }
        'kadm;help;join;phase;control-plane-join' {
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Run all control-plane-join phases')
            [CompletionResult]::new('etcd', 'etcd', [CompletionResultType]::ParameterValue, 'Add a new local etcd member')
            [CompletionResult]::new('mark-control-plane', 'mark-control-plane', [CompletionResultType]::ParameterValue, 'Mark a node as a control-plane')
            break
        }
        'kadm;help;join;phase;control-plane-join;all' {
            break
        }
        'kadm;help;join;phase;control-plane-join;etcd' {
            break
        }
        'kadm;help;join;phase;control-plane-join;mark-control-plane' {
            break
        }
        'kadm;help;reset' {
            break
        }
        'kadm;help;apply-objects' {
            break
        }
        'kadm;help;kubeconfig' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Print a kubeconfig for an extra user, signed by the cluster CA')
            break
        }
        'kadm;help;kubeconfig;user' {
            break
        }
        'kadm;help;config' {
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print configuration')
            break
        }
        'kadm;help;config;print' {
            [CompletionResult]::new('init-defaults', 'init-defaults', [CompletionResultType]::ParameterValue, 'Print the default v1beta4 configuration for `kadm init --config`')
            break
        }
        'kadm;help;config;print;init-defaults' {
            break
        }
        'kadm;help;token' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a new random bootstrap token (abcdef.0123456789abcdef); stores nothing')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a bootstrap token in the cluster and print it, or its join command')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the cluster''s bootstrap tokens')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete bootstrap tokens from the cluster')
            break
        }
        'kadm;help;token;generate' {
            break
        }
        'kadm;help;token;create' {
            break
        }
        'kadm;help;token;list' {
            break
        }
        'kadm;help;token;delete' {
            break
        }
        'kadm;help;certs' {
            [CompletionResult]::new('check-expiration', 'check-expiration', [CompletionResultType]::ParameterValue, 'Check when the node''s certificates, CAs and kubelet certificate expire')
            [CompletionResult]::new('rotate-ca', 'rotate-ca', [CompletionResultType]::ParameterValue, 'Replace the cluster''s CAs in stages: prepare, finalize (or rollback), status')
            [CompletionResult]::new('certificate-key', 'certificate-key', [CompletionResultType]::ParameterValue, 'Print a new random certificate key (64 hex digits) for `init --upload-certs`')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Renew a certificate, a kubeconfig''s client certificate, or all of them')
            [CompletionResult]::new('generate-csr', 'generate-csr', [CompletionResultType]::ParameterValue, 'Generate keys and certificate signing requests for an external CA')
            break
        }
        'kadm;help;certs;check-expiration' {
            break
        }
        'kadm;help;certs;rotate-ca' {
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Make the new CA, trust old and new, re-issue every certificate under the new CA')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Drop the old CA once every certificate is under the new one')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Before finalize, go back to the old CA kept in the backup')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where each CA, certificate and kubeconfig of the node stands in a rotation')
            break
        }
        'kadm;help;certs;rotate-ca;prepare' {
            break
        }
        'kadm;help;certs;rotate-ca;finalize' {
            break
        }
        'kadm;help;certs;rotate-ca;rollback' {
            break
        }
        'kadm;help;certs;rotate-ca;status' {
            break
        }
        'kadm;help;certs;certificate-key' {
            break
        }
        'kadm;help;certs;renew' {
            break
        }
        'kadm;help;certs;generate-csr' {
            break
        }
        'kadm;help;completion' {
            break
        }
        'kadm;help;version' {
            break
        }
        'kadm;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
