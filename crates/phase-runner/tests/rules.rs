//! One test (or more) per rule of the phase runner, with phases defined here.

use std::collections::BTreeMap;

use kadm_phase_runner::{
    DefinitionError, Deprecation, Event, Phase, PlanError, RunData, RunError, Workflow,
};

/// The tests' own version type: the runner only orders and prints versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Version(u32, u32, u32);

impl Version {
    const fn new(major: u32, minor: u32, patch: u32) -> Self {
        Self(major, minor, patch)
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "v{}.{}.{}", self.0, self.1, self.2)
    }
}

type Request = kadm_phase_runner::Request<Version>;

/// Run data for the tests: what ran, in order, and values phases hand to each other.
#[derive(Default)]
struct Data {
    ran: Vec<String>,
    dry_run: bool,
    seen_dry_run: Vec<(String, bool)>,
    products: BTreeMap<String, String>,
}

impl RunData for Data {
    type Version = Version;
}

/// A phase that records its name when it runs.
fn rec(name: &str) -> Phase<Data> {
    let tag = name.to_string();
    Phase::new(name)
        .short(format!("Run {name}"))
        .run(move |d: &mut Data| {
            d.ran.push(tag.clone());
            Ok(())
        })
}

/// A phase with children and no run of its own.
fn group(name: &str, children: Vec<Phase<Data>>) -> Phase<Data> {
    Phase::new(name)
        .short(format!("{name} group"))
        .children(children)
}

fn rotation_group() -> Phase<Data> {
    let dep = Deprecation {
        replacement: "cert-rotation".into(),
        deprecated_in: Version::new(1, 31, 0),
        removed_in: Some(Version::new(1, 32, 0)),
    };
    group(
        "finalize",
        vec![
            rec("cert-rotation").exclusive_group("rotation"),
            rec("enable-rotation").exclusive_group("rotation").hidden(),
            rec("old-rotation")
                .exclusive_group("rotation")
                .deprecated(dep),
        ],
    )
}

fn workflow() -> Workflow<Data> {
    Workflow::new(
        "init",
        vec![
            rec("preflight"),
            group("certs", vec![rec("ca"), rec("apiserver"), rec("sa")]),
            rec("kubeconfig").alias("kc"),
            rec("secret").hidden(),
            rotation_group(),
        ],
    )
    .unwrap()
}

fn plan(wf: &Workflow<Data>, targets: &[&str], skip: &[&str]) -> Result<Vec<String>, PlanError> {
    let req = Request {
        targets: targets.iter().map(|s| s.to_string()).collect(),
        skip: skip.iter().map(|s| s.to_string()).collect(),
        target_version: None,
    };
    wf.plan(&req)
        .map(|p| p.paths().into_iter().map(String::from).collect())
}

fn run(wf: &Workflow<Data>, req: &Request) -> (Data, Result<(), RunError>, Vec<String>) {
    let mut data = Data::default();
    let mut warnings = Vec::new();
    let res = wf.run(req, &mut data, |e| {
        if let Event::Warning(w) = e {
            warnings.push(w.to_string())
        }
    });
    (data, res, warnings)
}

// Rule 1: order, selection, `all`, dependencies.

#[test]
fn rule1_full_run_is_depth_first_in_declaration_order() {
    let wf = workflow();
    assert_eq!(
        plan(&wf, &[], &[]).unwrap(),
        [
            "preflight",
            "certs/ca",
            "certs/apiserver",
            "certs/sa",
            "kubeconfig",
            "secret",
            "finalize/cert-rotation"
        ]
    );
}

#[test]
fn rule1_parent_runs_before_children_and_ancestors_do_not_run_for_a_child() {
    let parent = Phase::new("p")
        .run(|d: &mut Data| {
            d.ran.push("p".into());
            Ok(())
        })
        .children(vec![rec("a"), rec("b")]);
    let wf = Workflow::new("init", vec![parent]).unwrap();
    assert_eq!(plan(&wf, &["p"], &[]).unwrap(), ["p", "p/a", "p/b"]);
    assert_eq!(plan(&wf, &["p/all"], &[]).unwrap(), ["p", "p/a", "p/b"]);
    assert_eq!(plan(&wf, &["p/b"], &[]).unwrap(), ["p/b"]);
}

#[test]
fn rule1_every_parent_gets_an_all_child_first() {
    let wf = workflow();
    let certs = &wf.roots()[1];
    let names: Vec<&str> = certs.child_phases().iter().map(|p| p.name()).collect();
    assert_eq!(names, ["all", "ca", "apiserver", "sa"]);
    assert!(certs.child_phases()[0].is_run_all_siblings());
    assert!(
        wf.roots()[0].child_phases().is_empty(),
        "leaves get no `all`"
    );
}

#[test]
fn rule1_aliases_select_the_phase() {
    let wf = workflow();
    assert_eq!(plan(&wf, &["kc"], &[]).unwrap(), ["kubeconfig"]);
}

#[test]
fn rule1_missing_dependency_is_an_error_naming_it() {
    let wf = Workflow::new(
        "init",
        vec![
            rec("token"),
            rec("upload"),
            rec("join").depends_on("token").depends_on("upload"),
        ],
    )
    .unwrap();
    assert_eq!(plan(&wf, &[], &[]).unwrap(), ["token", "upload", "join"]);
    let err = plan(&wf, &["join"], &[]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unresolved dependencies:\n\tmissing [token upload] phase(s) needed by \"join\" phase"
    );
    let err = plan(&wf, &[], &["upload"]).unwrap_err().to_string();
    assert!(err.contains("missing [upload]"), "{err}");
}

#[test]
fn rule1_definition_errors_are_caught() {
    let dup = Workflow::new("init", vec![rec("a"), rec("a")]).unwrap_err();
    assert!(matches!(dup, DefinitionError::Duplicate { .. }));
    let all = Workflow::new("init", vec![group("g", vec![rec("all")])]).unwrap_err();
    assert!(matches!(all, DefinitionError::ReservedName(_)));
    let dep = Workflow::new("init", vec![rec("a").depends_on("nope")]).unwrap_err();
    assert!(matches!(dep, DefinitionError::UnknownDependency { .. }));
}

// Rule 2: skipping.

#[test]
fn rule2_skip_by_full_path_and_parent_skips_children() {
    let wf = workflow();
    assert_eq!(
        plan(&wf, &[], &["certs/apiserver", "preflight"]).unwrap(),
        [
            "certs/ca",
            "certs/sa",
            "kubeconfig",
            "secret",
            "finalize/cert-rotation"
        ]
    );
    assert_eq!(
        plan(&wf, &[], &["certs"]).unwrap(),
        [
            "preflight",
            "kubeconfig",
            "secret",
            "finalize/cert-rotation"
        ]
    );
}

/// The plan names what the skip list left out (phases that run something), so a report can say
/// they were skipped rather than stay silent about them.
#[test]
fn rule2_the_plan_lists_what_the_skip_list_left_out() {
    let wf = workflow();
    let req = |targets: &[&str], skip: &[&str]| Request {
        targets: targets.iter().map(|s| s.to_string()).collect(),
        skip: skip.iter().map(|s| s.to_string()).collect(),
        target_version: None,
    };
    let skipped = |targets: &[&str], skip: &[&str]| wf.plan(&req(targets, skip)).unwrap().skipped;
    assert_eq!(
        skipped(&[], &["certs", "preflight"]),
        ["preflight", "certs/ca", "certs/apiserver", "certs/sa"]
    );
    assert_eq!(
        skipped(&[], &["finalize/cert-rotation"]),
        ["finalize/cert-rotation"]
    );
    assert!(skipped(&[], &[]).is_empty());
    // Only what the targets select counts.
    assert_eq!(skipped(&["certs"], &["certs/sa"]), ["certs/sa"]);
}

#[test]
fn rule2_unknown_skip_name_lists_valid_names() {
    let wf = workflow();
    let err = plan(&wf, &[], &["apiserver"]).unwrap_err().to_string();
    assert!(err.starts_with("invalid phase name: apiserver"), "{err}");
    assert!(err.contains("\n  certs/apiserver\n"), "{err}");
    assert!(
        !err.contains("certs/all"),
        "`all` is not a phase to skip: {err}"
    );
}

// Rule 3: exclusive groups.

#[test]
fn rule3_only_the_preferred_member_runs_under_all() {
    let wf = workflow();
    assert_eq!(
        plan(&wf, &["finalize"], &[]).unwrap(),
        ["finalize/cert-rotation"]
    );
    assert_eq!(
        plan(&wf, &["finalize/all"], &[]).unwrap(),
        ["finalize/cert-rotation"]
    );
}

#[test]
fn rule3_skipping_the_preferred_member_skips_the_group() {
    let wf = workflow();
    assert_eq!(
        plan(&wf, &["finalize"], &["finalize/cert-rotation"]).unwrap(),
        Vec::<String>::new()
    );
    let full = plan(&wf, &[], &["finalize/cert-rotation"]).unwrap();
    assert!(!full.iter().any(|p| p.starts_with("finalize/")), "{full:?}");
}

#[test]
fn rule3_naming_one_member_runs_only_it() {
    let wf = workflow();
    assert_eq!(
        plan(&wf, &["finalize/enable-rotation"], &[]).unwrap(),
        ["finalize/enable-rotation"]
    );
}

#[test]
fn rule3_two_members_in_one_run_is_an_error_naming_both() {
    let wf = workflow();
    let err = plan(
        &wf,
        &["finalize/cert-rotation", "finalize/old-rotation"],
        &[],
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("\"finalize/cert-rotation\""), "{err}");
    assert!(err.contains("\"finalize/old-rotation\""), "{err}");
    assert!(err.contains("mutually exclusive"), "{err}");
}

// Rule 4: deprecation.

#[test]
fn rule4_deprecated_phase_never_runs_under_all_or_init() {
    let wf = workflow();
    for targets in [&[][..], &["finalize"][..]] {
        let got = plan(&wf, targets, &[]).unwrap();
        assert!(!got.iter().any(|p| p.ends_with("old-rotation")), "{got:?}");
    }
}

#[test]
fn rule4_deprecated_phase_run_explicitly_warns_and_runs() {
    let wf = workflow();
    let req = Request {
        targets: vec!["finalize/old-rotation".into()],
        target_version: Some(Version::new(1, 31, 4)),
        ..Request::default()
    };
    let (data, res, warnings) = run(&wf, &req);
    res.unwrap();
    assert_eq!(data.ran, ["old-rotation"]);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("'old-rotation' is deprecated"),
        "{warnings:?}"
    );
    assert!(
        warnings[0].contains("Use 'cert-rotation' instead"),
        "{warnings:?}"
    );
}

#[test]
fn rule4_deprecated_phase_is_refused_at_or_past_its_removal_version() {
    let wf = workflow();
    for v in [Version::new(1, 32, 0), Version::new(1, 40, 1)] {
        let req = Request {
            targets: vec!["finalize/old-rotation".into()],
            target_version: Some(v),
            ..Request::default()
        };
        let (data, res, _) = run(&wf, &req);
        let err = res.unwrap_err().to_string();
        assert!(err.contains("use 'cert-rotation' instead"), "{err}");
        assert!(err.contains("v1.32.0"), "{err}");
        assert!(data.ran.is_empty(), "nothing runs when the plan is refused");
    }
}

#[test]
fn rule4_help_marks_deprecated_and_omits_hidden_all_and_aliases() {
    let wf = workflow();
    let list = wf.phase_list();
    assert!(list.contains("/old-rotation"), "{list}");
    assert!(
        list.contains("Run old-rotation (DEPRECATED: use 'cert-rotation' instead)"),
        "{list}"
    );
    assert!(
        !list.contains("enable-rotation"),
        "hidden phase listed: {list}"
    );
    assert!(!list.contains("secret"), "hidden phase listed: {list}");
    assert!(!list.contains("/all"), "`all` listed: {list}");
    assert!(!list.contains("kc"), "alias listed: {list}");
}

// Rule 5: dry run reaches every phase.

#[test]
fn rule5_dry_run_reaches_every_phase() {
    let seen = |name: &str| {
        let tag = name.to_string();
        Phase::new(name).run(move |d: &mut Data| {
            let dry = d.dry_run;
            d.seen_dry_run.push((tag.clone(), dry));
            Ok(())
        })
    };
    let wf = Workflow::new(
        "init",
        vec![seen("a"), group("g", vec![seen("b"), seen("c")])],
    )
    .unwrap();
    let mut data = Data {
        dry_run: true,
        ..Data::default()
    };
    wf.run(&Request::default(), &mut data, |_| {}).unwrap();
    assert_eq!(
        data.seen_dry_run,
        [
            ("a".to_string(), true),
            ("b".to_string(), true),
            ("c".to_string(), true)
        ]
    );
}

// Rule 6: a failing phase stops the run.

#[test]
fn rule6_failure_stops_the_run_with_the_phase_path() {
    let failing = Phase::new("apiserver").run(|_: &mut Data| Err("disk on fire".into()));
    let wf = Workflow::new(
        "init",
        vec![
            group("certs", vec![rec("ca"), failing, rec("sa")]),
            rec("kubeconfig"),
        ],
    )
    .unwrap();
    let (data, res, _) = run(&wf, &Request::default());
    let err = res.unwrap_err();
    assert_eq!(err.to_string(), "error execution phase certs/apiserver");
    let cause = std::error::Error::source(&err).map(ToString::to_string);
    assert_eq!(
        cause.as_deref(),
        Some("disk on fire"),
        "the cause is the source"
    );
    assert_eq!(data.ran, ["ca"], "earlier phases ran, later ones did not");
}

#[test]
fn rule6_run_if_false_skips_only_that_phase_and_its_error_is_reported() {
    let wf = Workflow::new("init", vec![rec("a").run_if(|_| Ok(false)), rec("b")]).unwrap();
    let (data, res, _) = run(&wf, &Request::default());
    res.unwrap();
    assert_eq!(data.ran, ["b"]);

    let wf = Workflow::new("init", vec![rec("a").run_if(|_| Err("no config".into()))]).unwrap();
    let (_, res, _) = run(&wf, &Request::default());
    let err = res.unwrap_err();
    assert_eq!(err.to_string(), "error execution run condition for phase a");
    let cause = std::error::Error::source(&err).map(ToString::to_string);
    assert_eq!(cause.as_deref(), Some("no config"));
}

// Rule 7: run data is shared.

#[test]
fn rule7_phases_read_what_earlier_phases_produced() {
    let producer = Phase::new("ca").run(|d: &mut Data| {
        d.products.insert("ca".into(), "CA-123".into());
        Ok(())
    });
    let consumer = Phase::new("leaf").run(|d: &mut Data| {
        let ca = d.products.get("ca").cloned().ok_or("no CA produced")?;
        d.ran.push(format!("leaf signed by {ca}"));
        Ok(())
    });
    let wf = Workflow::new("init", vec![producer, consumer]).unwrap();
    let (data, res, _) = run(&wf, &Request::default());
    res.unwrap();
    assert_eq!(data.ran, ["leaf signed by CA-123"]);
}

// Rule 8: the phase list in `init --help`.

#[test]
fn rule8_phase_list_is_indented_and_aligned_like_kubeadm() {
    let wf = Workflow::new(
        "init",
        vec![
            rec("preflight"),
            group("certs", vec![rec("ca"), rec("apiserver-kubelet-client")]),
        ],
    )
    .unwrap();
    let expected = concat!(
        "The \"init\" command executes the following phases:\n",
        "```\n",
        "preflight                  Run preflight\n",
        "certs                      certs group\n",
        "  /ca                        Run ca\n",
        "  /apiserver-kubelet-client  Run apiserver-kubelet-client\n",
        "```\n",
    );
    assert_eq!(wf.phase_list(), expected);
}
