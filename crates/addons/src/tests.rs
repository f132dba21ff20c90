//! The addon objects' facts, the phases on a temporary root, and the schema check.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use kadm_config::{Config, ValidConfig};
use kadm_init_context::{InitContext, MemoryOutput, Paths, Root, Stream};
use kadm_kube_version::Version;
use kadm_phase_runner::{Request, Workflow};
use kadm_test_support::fixtures;
use serde_json::Value;

use super::*;

/// kubeadm's defaults for the test host with `edit` applied, validated.
fn valid(edit: impl FnOnce(&mut Config)) -> ValidConfig {
    let mut config = fixtures::config();
    edit(&mut config);
    config.validate().unwrap()
}

fn version(text: &str) -> impl FnOnce(&mut Config) {
    let text = text.to_string();
    move |c| c.cluster.kubernetes_version = text
}

/// The manifest's documents as JSON trees.
fn documents(manifest: &Manifest) -> Vec<Value> {
    manifest
        .to_text()
        .split("---\n")
        .map(|doc| serde_saphyr::from_str(doc).unwrap())
        .collect()
}

/// The one document of `kind` named `name`.
fn object<'a>(docs: &'a [Value], kind: &str, name: &str) -> &'a Value {
    docs.iter()
        .find(|d| d["kind"] == kind && d["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name} in {docs:#?}"))
}

#[test]
fn dns_service_ip_is_the_tenth_address_of_the_first_service_subnet() {
    let ip = |subnets: &str| {
        let config = valid(|c| c.cluster.networking.service_subnet = subnets.into());
        dns_service_ip(&config).map(|ip| ip.to_string())
    };
    assert_eq!(ip("10.96.0.0/12").unwrap(), "10.96.0.10");
    assert_eq!(ip("10.96.7.9/16").unwrap(), "10.96.0.10");
    assert_eq!(ip("fd00:10:96::/112").unwrap(), "fd00:10:96::a");
    assert_eq!(ip("10.96.0.0/16,fd00::/112").unwrap(), "10.96.0.10");
    assert_eq!(ip("fd00::/112,10.96.0.0/16").unwrap(), "fd00::a");
    assert_eq!(ip("10.96.0.0/28").unwrap(), "10.96.0.10");
    let err = ip("10.96.0.0/29").unwrap_err().to_string();
    assert_eq!(
        err,
        "ClusterConfiguration.networking.serviceSubnet 10.96.0.0/29: the DNS Service takes the \
         tenth address of the service subnet and 10.96.0.0/29 has fewer addresses: use a prefix \
         of /28 or shorter"
    );
    let err = ip("fd00::/125").unwrap_err().to_string();
    assert!(err.ends_with("use a prefix of /124 or shorter"), "{err}");
}

#[test]
fn the_service_carries_the_dns_ip_and_kubeadms_ports() {
    let config = valid(|c| c.cluster.networking.service_subnet = "fd00:10:96::/112".into());
    let docs = documents(&coredns_manifest(&config).unwrap());
    let service = object(&docs, "Service", "kube-dns");
    assert_eq!(service["metadata"]["namespace"], "kube-system");
    assert_eq!(service["spec"]["clusterIP"], "fd00:10:96::a");
    let ports: Vec<(i64, &str, &str)> = service["spec"]["ports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["port"].as_i64().unwrap(),
                p["protocol"].as_str().unwrap(),
                p["name"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        ports,
        [
            (53, "UDP", "dns"),
            (53, "TCP", "dns-tcp"),
            (9153, "TCP", "metrics")
        ]
    );
    assert_eq!(service["spec"]["selector"]["k8s-app"], "kube-dns");
}

#[test]
fn the_corefile_serves_the_cluster_domain() {
    let config = valid(|c| c.cluster.networking.dns_domain = "corp.example".into());
    let docs = documents(&coredns_manifest(&config).unwrap());
    let corefile = object(&docs, "ConfigMap", "coredns")["data"]["Corefile"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(corefile.starts_with(".:53 {\n    errors\n"), "{corefile}");
    assert!(
        corefile.contains("\n    kubernetes corp.example in-addr.arpa ip6.arpa {\n"),
        "{corefile}"
    );
    assert!(
        corefile.contains("disable success corp.example\n       disable denial corp.example\n"),
        "{corefile}"
    );
    assert!(!corefile.contains("cluster.local"), "{corefile}");
    assert!(corefile.ends_with("    loadbalance\n}\n"), "{corefile}");
    // Before v1.32 kubeadm cached the cluster domain too.
    let old = corefile_for("v1.31.4");
    assert!(old.contains("\n    cache 30\n    loop\n"), "{old}");
    assert!(!old.contains("disable"), "{old}");
}

fn corefile_for(v: &str) -> String {
    corefile("cluster.local", v.parse::<Version>().unwrap())
}

#[test]
fn images_follow_the_target_version_and_the_repositories() {
    let images = |edit: &dyn Fn(&mut Config)| {
        let config = valid(|c| edit(c));
        (coredns_image(&config), kube_proxy_image(&config))
    };
    for (v, coredns, proxy) in [
        ("v1.31.0", "v1.11.1", "v1.31.0"),
        ("v1.31.2", "v1.11.3", "v1.31.2"),
        ("v1.32.0", "v1.11.3", "v1.32.0"),
        ("v1.33.1", "v1.12.0", "v1.33.1"),
        ("1.34.0", "v1.12.1", "v1.34.0"),
        ("v1.34.0-rc.1+abc", "v1.12.1", "v1.34.0-rc.1_abc"),
        ("v1.35.4", "v1.13.1", "v1.35.4"),
        ("v1.36.0", "v1.14.2", "v1.36.0"),
        ("v1.37.2", "v1.14.6", "v1.37.2"),
    ] {
        let (dns, kube_proxy) = images(&|c| c.cluster.kubernetes_version = v.into());
        assert_eq!(
            dns,
            format!("registry.k8s.io/coredns/coredns:{coredns}"),
            "{v}"
        );
        assert_eq!(
            kube_proxy,
            format!("registry.k8s.io/kube-proxy:{proxy}"),
            "{v}"
        );
    }
    // A mirror is used as it is: no extra `coredns/` path.
    let (dns, kube_proxy) = images(&|c| c.cluster.image_repository = "mirror.example/k8s".into());
    assert_eq!(dns, "mirror.example/k8s/coredns:v1.14.6");
    assert_eq!(kube_proxy, "mirror.example/k8s/kube-proxy:v1.37.2");
    // dns.imageRepository and dns.imageTag override, for CoreDNS only.
    let (dns, kube_proxy) = images(&|c| {
        c.cluster.dns.image_repository = "dns.example/coredns".into();
        c.cluster.dns.image_tag = "v1.99.0".into();
    });
    assert_eq!(dns, "dns.example/coredns/coredns:v1.99.0");
    assert_eq!(kube_proxy, "registry.k8s.io/kube-proxy:v1.37.2");
    // The Deployment and the DaemonSet carry them.
    let config = valid(version("v1.34.1"));
    let dns_docs = documents(&coredns_manifest(&config).unwrap());
    let deployment = object(&dns_docs, "Deployment", "coredns");
    assert_eq!(
        deployment["spec"]["template"]["spec"]["containers"][0]["image"],
        "registry.k8s.io/coredns/coredns:v1.12.1"
    );
    assert_eq!(deployment["spec"]["replicas"], 2);
    let proxy_docs = documents(&kube_proxy_manifest(&config).unwrap());
    assert_eq!(
        object(&proxy_docs, "DaemonSet", "kube-proxy")["spec"]["template"]["spec"]["containers"][0]
            ["image"],
        "registry.k8s.io/kube-proxy:v1.34.1"
    );
}

#[test]
fn probes_use_port_numbers_before_v1_34_and_names_from_it() {
    let probe_ports = |v: &str| {
        let docs = documents(&coredns_manifest(&valid(version(v))).unwrap());
        let c =
            &object(&docs, "Deployment", "coredns")["spec"]["template"]["spec"]["containers"][0];
        (
            c["livenessProbe"]["httpGet"]["port"].clone(),
            c["readinessProbe"]["httpGet"]["port"].clone(),
            c["ports"].as_array().unwrap().len(),
        )
    };
    assert_eq!(
        probe_ports("v1.33.0"),
        (Value::from(8080), Value::from(8181), 3)
    );
    assert_eq!(
        probe_ports("v1.34.0"),
        (
            Value::from("liveness-probe"),
            Value::from("readiness-probe"),
            5
        )
    );
}

/// kube-proxy's component config, parsed back from the ConfigMap.
fn proxy_config(config: &ValidConfig) -> (Value, String) {
    let docs = documents(&kube_proxy_manifest(config).unwrap());
    let cm = object(&docs, "ConfigMap", "kube-proxy");
    let component = serde_saphyr::from_str(cm["data"]["config.conf"].as_str().unwrap()).unwrap();
    (
        component,
        cm["data"]["kubeconfig.conf"].as_str().unwrap().into(),
    )
}

#[test]
fn cluster_cidr_comes_from_the_pod_subnet() {
    let (component, _) = proxy_config(&valid(|_| {}));
    assert_eq!(component["clusterCIDR"], "");
    assert_eq!(component["kind"], "KubeProxyConfiguration");
    assert_eq!(component["apiVersion"], "kubeproxy.config.k8s.io/v1alpha1");
    assert_eq!(component["bindAddress"], "0.0.0.0");
    assert_eq!(
        component["clientConnection"]["kubeconfig"],
        "/var/lib/kube-proxy/kubeconfig.conf"
    );
    let (component, _) = proxy_config(&valid(|c| {
        c.cluster.networking.pod_subnet = "10.244.0.0/16,fd00:244::/56".into()
    }));
    assert_eq!(component["clusterCIDR"], "10.244.0.0/16,fd00:244::/56");
    let (component, _) = proxy_config(&valid(|c| {
        c.init.local_api_endpoint.advertise_address = "fd00::5".into()
    }));
    assert_eq!(component["bindAddress"], "::");
}

#[test]
fn the_in_cluster_kubeconfig_points_at_the_control_plane_endpoint() {
    let (_, kubeconfig) = proxy_config(&valid(|_| {}));
    let parsed =
        kadm_kubeconfig_model::KubeConfig::from_yaml(&kubeconfig, Path::new("kubeconfig.conf"))
            .unwrap();
    let cluster = &parsed.clusters[0].cluster;
    assert_eq!(cluster.server, "https://127.0.0.1:6443");
    assert_eq!(
        cluster.certificate_authority.as_deref(),
        Some("/var/run/secrets/kubernetes.io/serviceaccount/ca.crt")
    );
    assert_eq!(
        parsed.users[0].user.token_file.as_deref(),
        Some("/var/run/secrets/kubernetes.io/serviceaccount/token")
    );
    assert_eq!(parsed.current_context, "default");
    assert_eq!(
        parsed.contexts[0].context.namespace.as_deref(),
        Some("default")
    );
    for (endpoint, server) in [
        ("cp.example.com", "https://cp.example.com:6443"),
        ("cp.example.com:9443", "https://cp.example.com:9443"),
        ("[fd00::1]:8443", "https://[fd00::1]:8443"),
    ] {
        let (_, kubeconfig) = proxy_config(&valid(|c| {
            c.cluster.control_plane_endpoint = endpoint.into()
        }));
        assert!(
            kubeconfig.contains(&format!("    server: {server}\n")),
            "{endpoint}: {kubeconfig}"
        );
    }
}

#[test]
fn the_proxy_config_map_is_signed_with_kubeadms_checksum() {
    let docs = documents(&kube_proxy_manifest(&valid(|_| {})).unwrap());
    let cm = object(&docs, "ConfigMap", "kube-proxy");
    let data = cm["data"].as_object().unwrap();
    let mut all = Vec::new();
    for key in ["config.conf", "kubeconfig.conf"] {
        let value = data[key].as_str().unwrap();
        assert!(!value.ends_with('\n'), "{key} is a |- block in kubeadm");
        all.extend_from_slice(value.as_bytes());
    }
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &all);
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        cm["metadata"]["annotations"]["kubeadm.kubernetes.io/component-config.hash"],
        format!("sha256:{hex}")
    );
}

#[test]
fn rbac_grants_what_kubeadm_grants() {
    let config = valid(|_| {});
    let dns = documents(&coredns_manifest(&config).unwrap());
    let role = object(&dns, "ClusterRole", "system:coredns");
    assert_eq!(
        role["rules"][0]["resources"],
        serde_json::json!(["endpoints", "services", "pods", "namespaces"])
    );
    assert_eq!(
        role["rules"][1]["apiGroups"],
        serde_json::json!(["discovery.k8s.io"])
    );
    assert_eq!(
        role["rules"][1]["verbs"],
        serde_json::json!(["list", "watch"])
    );
    let binding = object(&dns, "ClusterRoleBinding", "system:coredns");
    assert_eq!(binding["subjects"][0]["name"], "coredns");
    assert_eq!(binding["subjects"][0]["namespace"], "kube-system");

    let proxy = documents(&kube_proxy_manifest(&config).unwrap());
    let binding = object(&proxy, "ClusterRoleBinding", "kubeadm:node-proxier");
    assert_eq!(binding["roleRef"]["name"], "system:node-proxier");
    assert_eq!(binding["subjects"][0]["name"], "kube-proxy");
    let role = object(&proxy, "Role", "kube-proxy");
    assert_eq!(
        role["rules"][0]["resourceNames"],
        serde_json::json!(["kube-proxy"])
    );
    assert_eq!(role["rules"][0]["verbs"], serde_json::json!(["get"]));
    let binding = object(&proxy, "RoleBinding", "kube-proxy");
    assert_eq!(
        binding["subjects"][0]["name"],
        "system:bootstrappers:kubeadm:default-node-token"
    );
    let ds = &object(&proxy, "DaemonSet", "kube-proxy")["spec"]["template"]["spec"];
    assert_eq!(ds["priorityClassName"], "system-node-critical");
    assert_eq!(ds["hostNetwork"], true);
    assert_eq!(ds["containers"][0]["securityContext"]["privileged"], true);
    assert_eq!(
        ds["tolerations"],
        serde_json::json!([{"operator": "Exists"}])
    );
    assert_eq!(
        ds["containers"][0]["command"],
        serde_json::json!([
            "/usr/local/bin/kube-proxy",
            "--config=/var/lib/kube-proxy/config.conf",
            "--hostname-override=$(NODE_NAME)"
        ])
    );
}

/// A context over a fresh root with `edit`ed defaults, and its output.
fn context(dir: &Path, edit: impl FnOnce(&mut Config)) -> (InitContext, Arc<MemoryOutput>) {
    let out = Arc::new(MemoryOutput::default());
    let paths = Paths::defaults_under(Root::at(dir));
    (InitContext::new(valid(edit), paths, out.clone()), out)
}

fn run(ctx: &mut InitContext, target: &str) {
    let workflow = Workflow::new("init", vec![phase()]).unwrap();
    let request = Request {
        targets: vec![target.to_string()],
        ..Request::default()
    };
    ctx.run(&workflow, &request, |_| {}).unwrap();
}

fn files(dir: &Path) -> Vec<(PathBuf, u32, Vec<u8>)> {
    let objects = dir.join("etc/kubernetes/cluster-objects");
    let Ok(entries) = std::fs::read_dir(&objects) else {
        return Vec::new();
    };
    let mut out: Vec<_> = entries
        .map(|e| {
            let path = e.unwrap().path();
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o7777;
            let bytes = std::fs::read(&path).unwrap();
            (path, mode, bytes)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_phases_write_one_public_file_each_and_a_rerun_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ctx, out) = context(dir.path(), |_| {});
    run(&mut ctx, "addon");
    let first = files(dir.path());
    let names: Vec<_> = first
        .iter()
        .map(|(p, mode, _)| (p.file_name().unwrap().to_str().unwrap().to_string(), *mode))
        .collect();
    assert_eq!(
        names,
        [
            ("addon-coredns.yaml".to_string(), 0o644),
            ("addon-kube-proxy.yaml".to_string(), 0o644)
        ]
    );
    let info = out.of(Stream::Info).join("\n");
    assert!(
        info.contains("[addons] Wrote the CoreDNS addon's 6 objects to"),
        "{info}"
    );
    assert!(
        info.contains("[addons] Wrote the kube-proxy addon's 6 objects to"),
        "{info}"
    );
    let (mut again, out) = context(dir.path(), |_| {});
    run(&mut again, "addon/all");
    assert_eq!(files(dir.path()), first, "a second run changes no byte");
    let info = out.of(Stream::Info).join("\n");
    assert!(
        info.contains("[addons] Using existing CoreDNS addon file")
            && info.contains("[addons] Using existing kube-proxy addon file"),
        "{info}"
    );
    // A changed configuration, or a file whose mode was changed, is written again.
    let coredns = dir
        .path()
        .join("etc/kubernetes/cluster-objects/addon-coredns.yaml");
    std::fs::set_permissions(&coredns, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (mut changed, out) = context(dir.path(), |c| {
        c.cluster.networking.dns_domain = "corp.example".into()
    });
    run(&mut changed, "addon");
    let info = out.of(Stream::Info).join("\n");
    assert!(info.contains("Wrote the CoreDNS addon's"), "{info}");
    assert!(
        info.contains("Using existing kube-proxy addon file"),
        "{info}"
    );
    let now = files(dir.path());
    assert_eq!(now[0].1, 0o644);
    assert!(String::from_utf8_lossy(&now[0].2).contains("kubernetes corp.example in-addr.arpa"));
    assert_eq!(now[1], first[1]);
}

#[test]
fn dry_run_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ctx, out) = context(dir.path(), |_| {});
    ctx.dry_run = true;
    run(&mut ctx, "addon/coredns");
    assert!(files(dir.path()).is_empty());
    let info = out.of(Stream::Info).join("\n");
    assert!(info.contains("[dryrun] Would write file"), "{info}");
    assert!(info.contains("addon-coredns.yaml"), "{info}");
}

#[test]
fn disabled_addons_are_skipped_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ctx, out) = context(dir.path(), |c| {
        c.cluster.dns.disabled = true;
        c.cluster.proxy.disabled = true;
    });
    run(&mut ctx, "addon");
    assert!(files(dir.path()).is_empty());
    let info = out.of(Stream::Info);
    assert_eq!(
        info,
        [
            "[addons] Not writing the CoreDNS addon: dns.disabled is true in the \
             ClusterConfiguration",
            "[addons] Not writing the kube-proxy addon: proxy.disabled is true in the \
             ClusterConfiguration"
        ]
    );
    // One disabled, the other written.
    let (mut ctx, _) = context(dir.path(), |c| c.cluster.proxy.disabled = true);
    run(&mut ctx, "addon");
    let written: Vec<_> = files(dir.path())
        .into_iter()
        .map(|(p, _, _)| p.file_name().unwrap().to_owned())
        .collect();
    assert_eq!(written, ["addon-coredns.yaml"]);
    // Disabling an addon whose file an earlier run wrote warns that the file is still there.
    let (mut ctx, out) = context(dir.path(), |c| c.cluster.dns.disabled = true);
    run(&mut ctx, "addon/coredns");
    let warnings = out.of(Stream::Warn).join("\n");
    assert!(
        warnings.contains("addon-coredns.yaml\" from an earlier run is still there: remove it"),
        "{warnings}"
    );
}

#[test]
fn a_too_small_service_subnet_fails_the_phase_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ctx, _) = context(dir.path(), |c| {
        c.cluster.networking.service_subnet = "10.96.0.0/29".into()
    });
    let workflow = Workflow::new("init", vec![phase()]).unwrap();
    let request = Request {
        targets: vec!["addon/coredns".into()],
        ..Request::default()
    };
    let err = ctx.run(&workflow, &request, |_| {}).unwrap_err();
    let text = kadm_init_context::Causes(&err).to_string();
    assert!(
        text.contains("ClusterConfiguration.networking.serviceSubnet 10.96.0.0/29"),
        "{text}"
    );
    assert!(files(dir.path()).is_empty());
}

#[test]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn every_manifest_passes_the_schemas_of_every_supported_release() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (i, v) in [
        "v1.31.0", "v1.32.3", "v1.33.0", "v1.34.0", "v1.35.4", "v1.36.0", "v1.37.2",
    ]
    .iter()
    .enumerate()
    {
        let config = valid(|c| {
            c.cluster.kubernetes_version = v.to_string();
            if i % 2 == 1 {
                c.cluster.networking.service_subnet = "10.96.0.0/16,fd00:10:96::/112".into();
                c.cluster.networking.pod_subnet = "10.244.0.0/16,fd00:244::/56".into();
                c.cluster.control_plane_endpoint = "cp.example.com:9443".into();
            }
        });
        for (name, manifest) in [
            ("coredns", coredns_manifest(&config).unwrap()),
            ("kube-proxy", kube_proxy_manifest(&config).unwrap()),
        ] {
            let path = dir.path().join(format!("{name}-{v}.yaml"));
            std::fs::write(&path, manifest.into_bytes()).unwrap();
            paths.push(path);
        }
    }
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    kadm_test_support::schemas::assert_valid(&refs);
}
