//! The RBAC objects kubeadm creates, built from k8s-openapi's types. The shapes are shared with
//! `upload-certs`, whose Role and RoleBinding follow the same pattern.

use kadm_kube_objects::k8s_openapi::api::rbac::v1::{
    ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, RoleRef, Subject,
};
use kadm_kube_objects::meta;

/// The API group of RBAC objects and of User and Group subjects.
pub const RBAC_GROUP: &str = "rbac.authorization.k8s.io";

/// A `Group` subject (the API server defaults its `apiGroup` to the RBAC group; it is written
/// out so the applied object equals the stored one).
pub fn group(name: &str) -> Subject {
    subject("Group", name)
}

/// A `User` subject.
pub fn user(name: &str) -> Subject {
    subject("User", name)
}

fn subject(kind: &str, name: &str) -> Subject {
    Subject {
        api_group: Some(RBAC_GROUP.to_string()),
        kind: kind.to_string(),
        name: name.to_string(),
        namespace: None,
    }
}

fn role_ref(kind: &str, name: &str) -> RoleRef {
    RoleRef {
        api_group: RBAC_GROUP.to_string(),
        kind: kind.to_string(),
        name: name.to_string(),
    }
}

/// A rule allowing `verbs` on core-group `resources`, limited to `names` when given.
pub fn core_rule(verbs: &[&str], resources: &[&str], names: &[&str]) -> PolicyRule {
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    PolicyRule {
        api_groups: Some(vec![String::new()]),
        resources: Some(strings(resources)),
        resource_names: (!names.is_empty()).then(|| strings(names)),
        verbs: strings(verbs),
        non_resource_urls: None,
    }
}

/// A ClusterRole named `name` with `rules`.
pub fn cluster_role(name: &str, rules: Vec<PolicyRule>) -> ClusterRole {
    ClusterRole {
        metadata: meta(name, None, &[]),
        rules: Some(rules),
        aggregation_rule: None,
    }
}

/// A ClusterRoleBinding `name` granting the ClusterRole `role` to `subject`.
pub fn cluster_role_binding(name: &str, role: &str, subject: Subject) -> ClusterRoleBinding {
    ClusterRoleBinding {
        metadata: meta(name, None, &[]),
        role_ref: role_ref("ClusterRole", role),
        subjects: Some(vec![subject]),
    }
}

/// A Role `name` in `namespace` with `rules`.
pub fn role(name: &str, namespace: &str, rules: Vec<PolicyRule>) -> Role {
    Role {
        metadata: meta(name, Some(namespace), &[]),
        rules: Some(rules),
    }
}

/// A RoleBinding `name` in `namespace` granting the Role of the same name to `subject`, the
/// pattern kubeadm uses for its namespaced grants.
pub fn role_binding(name: &str, namespace: &str, subject: Subject) -> RoleBinding {
    RoleBinding {
        metadata: meta(name, Some(namespace), &[]),
        role_ref: role_ref("Role", name),
        subjects: Some(vec![subject]),
    }
}
