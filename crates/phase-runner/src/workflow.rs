//! A workflow: the validated phase tree, planning a run from a request, and running the plan.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::{DefinitionError, PlanError, RunError};
use crate::phase::{ALL, Phase, RunData};

/// A validated tree of phases under one command (for kadm: `init`).
pub struct Workflow<D: RunData> {
    command: String,
    roots: Vec<Phase<D>>,
}

impl<D: RunData> std::fmt::Debug for Workflow<D> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workflow")
            .field("command", &self.command)
            .field("roots", &self.roots)
            .finish()
    }
}

/// One phase of the flattened tree, with its full path.
pub struct Node<'a, D: RunData> {
    /// The names from the root, joined with `/` (`certs/apiserver`).
    pub path: String,
    /// 0 for a root phase.
    pub depth: usize,
    /// The phase itself.
    pub phase: &'a Phase<D>,
    /// Index of the parent node in the flattened list.
    pub parent: Option<usize>,
}

/// What the caller asks a workflow to run; `V` is the run data's [`RunData::Version`].
#[derive(Debug, Clone)]
pub struct Request<V> {
    /// Paths of the phases to run (`certs`, `certs/all`, `kubelet-finalize/cert-rotation`); empty
    /// runs the whole workflow. Each segment may be a name or an alias.
    pub targets: Vec<String>,
    /// Paths to skip, with their descendants.
    pub skip: Vec<String>,
    /// The version the run targets, used to refuse phases past their removal.
    pub target_version: Option<V>,
}

impl<V> Default for Request<V> {
    fn default() -> Self {
        Self {
            targets: Vec::new(),
            skip: Vec::new(),
            target_version: None,
        }
    }
}

/// A planned phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The phase's full path.
    pub path: String,
    /// A deprecation warning to show before the phase runs.
    pub warning: Option<String>,
    node: usize,
}

/// The ordered list of phases a request runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The phases that run, in order.
    pub steps: Vec<Step>,
    /// The phases the request's skip list left out that would otherwise have run, in order.
    pub skipped: Vec<String>,
}

impl Plan {
    /// The paths of the steps, in order.
    pub fn paths(&self) -> Vec<&str> {
        self.steps.iter().map(|s| s.path.as_str()).collect()
    }
}

/// What the runner reports while it runs a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event<'a> {
    /// A warning (deprecation) to show on stderr.
    Warning(&'a str),
    /// A phase is about to run.
    Started(&'a str),
    /// A phase was skipped because its run-if returned false.
    SkippedByCondition(&'a str),
}

impl<D: RunData> Workflow<D> {
    /// Validates the tree and adds the `all` child to every phase with children.
    pub fn new(command: impl Into<String>, roots: Vec<Phase<D>>) -> Result<Self, DefinitionError> {
        fn check<D: RunData>(parent: &str, phases: &[Phase<D>]) -> Result<(), DefinitionError> {
            let mut seen = BTreeSet::new();
            for p in phases {
                if p.name.is_empty() || p.name.contains(['/', ',', ' ']) {
                    return Err(DefinitionError::InvalidName(p.name.clone()));
                }
                if p.name == ALL {
                    return Err(DefinitionError::ReservedName(parent.to_string()));
                }
                for n in std::iter::once(&p.name).chain(&p.aliases) {
                    if !seen.insert(n.clone()) {
                        return Err(DefinitionError::Duplicate {
                            parent: parent.to_string(),
                            name: n.clone(),
                        });
                    }
                }
                if let Some(d) = &p.deprecation
                    && !phases.iter().any(|s| s.name == d.replacement)
                {
                    return Err(DefinitionError::UnknownReplacement {
                        phase: p.name.clone(),
                        replacement: d.replacement.clone(),
                    });
                }
                check(&p.name, &p.children)?;
            }
            Ok(())
        }
        fn add_all<D: RunData>(phases: &mut [Phase<D>]) {
            for p in phases {
                if !p.children.is_empty() {
                    add_all(&mut p.children);
                    let all = Phase::all_siblings(&p.name);
                    p.children.insert(0, all);
                }
            }
        }
        let command = command.into();
        check(&command, &roots)?;
        let mut roots = roots;
        add_all(&mut roots);
        let wf = Self { command, roots };
        let nodes = wf.nodes();
        for n in &nodes {
            for dep in &n.phase.dependencies {
                if !nodes.iter().any(|m| &m.path == dep) {
                    return Err(DefinitionError::UnknownDependency {
                        phase: n.path.clone(),
                        dependency: dep.clone(),
                    });
                }
            }
        }
        Ok(wf)
    }

    /// The command the workflow belongs to.
    pub fn command(&self) -> &str {
        &self.command
    }

    /// The root phases, with the synthetic `all` children in place.
    pub fn roots(&self) -> &[Phase<D>] {
        &self.roots
    }

    /// The tree flattened depth first, parent before children, in declaration order.
    pub fn nodes(&self) -> Vec<Node<'_, D>> {
        fn walk<'a, D: RunData>(
            out: &mut Vec<Node<'a, D>>,
            phases: &'a [Phase<D>],
            prefix: &str,
            depth: usize,
            parent: Option<usize>,
        ) {
            for p in phases {
                let path = if prefix.is_empty() {
                    p.name.clone()
                } else {
                    format!("{prefix}/{}", p.name)
                };
                let idx = out.len();
                out.push(Node {
                    path: path.clone(),
                    depth,
                    phase: p,
                    parent,
                });
                walk(out, &p.children, &path, depth + 1, Some(idx));
            }
        }
        let mut out = Vec::new();
        walk(&mut out, &self.roots, "", 0, None);
        out
    }

    /// Every path that can be named in `--skip-phases` or selected (the `all` children excluded).
    pub fn valid_paths(&self) -> Vec<String> {
        self.nodes()
            .into_iter()
            .filter(|n| !n.phase.run_all_siblings)
            .map(|n| n.path)
            .collect()
    }

    /// Resolves a path whose segments may be names or aliases; `x/all` resolves to `x`.
    fn resolve(&self, nodes: &[Node<'_, D>], path: &str) -> Option<usize> {
        let mut segments: Vec<&str> = path.split('/').collect();
        if segments.len() > 1 && segments.last() == Some(&ALL) {
            segments.pop();
        }
        let mut level: &[Phase<D>] = &self.roots;
        let mut canonical: Vec<&str> = Vec::new();
        for seg in segments {
            let p = level.iter().find(|p| {
                !p.run_all_siblings && (p.name == seg || p.aliases.iter().any(|a| a == seg))
            })?;
            canonical.push(&p.name);
            level = &p.children;
        }
        let canonical = canonical.join("/");
        nodes.iter().position(|n| n.path == canonical)
    }

    fn descendants_of(nodes: &[Node<'_, D>], idx: usize) -> Vec<usize> {
        let prefix = format!("{}/", nodes[idx].path);
        let mut out = vec![idx];
        out.extend(
            nodes
                .iter()
                .enumerate()
                .filter(|(_, n)| n.path.starts_with(&prefix))
                .map(|(i, _)| i),
        );
        out
    }

    fn unknown(&self, name: &str) -> PlanError {
        let valid = self.valid_paths();
        PlanError::UnknownPhase {
            name: name.to_string(),
            suggestion: kadm_did_you_mean::nearest(name, valid.iter().map(String::as_str))
                .map(str::to_string),
            valid,
        }
    }

    /// Decides which phases a request runs, in which order, applying every rule of the runner.
    pub fn plan(&self, request: &Request<D::Version>) -> Result<Plan, PlanError> {
        let nodes = self.nodes();
        let skipped = self.skipped(&nodes, &request.skip)?;
        let (explicit, mut selected) = self.selected(&nodes, &request.targets)?;
        Self::keep_one_per_exclusive_group(&nodes, &explicit, &mut selected)?;
        let runnable = |i: &usize| {
            selected.contains(i)
                && !nodes[*i].phase.run_all_siblings
                && (nodes[*i].phase.deprecation.is_none() || explicit.contains(i))
        };
        let kept: Vec<usize> = (0..nodes.len())
            .filter(runnable)
            .filter(|i| !skipped.contains(i))
            .collect();
        let left_out = (0..nodes.len())
            .filter(runnable)
            .filter(|i| skipped.contains(i) && nodes[*i].phase.run.is_some())
            .map(|i| nodes[i].path.clone())
            .collect();
        let mut steps = Vec::new();
        for &i in &kept {
            let warning = Self::deprecation_warning(&nodes[i], request.target_version.as_ref())?;
            if nodes[i].phase.run.is_some() {
                steps.push(Step {
                    path: nodes[i].path.clone(),
                    warning,
                    node: i,
                });
            }
        }
        Self::check_dependencies(&nodes, &kept)?;
        Ok(Plan {
            steps,
            skipped: left_out,
        })
    }

    /// The phases `--skip-phases` leaves out: each path and its descendants; a member of an
    /// exclusive group takes its whole group.
    fn skipped(
        &self,
        nodes: &[Node<'_, D>],
        skip: &[String],
    ) -> Result<BTreeSet<usize>, PlanError> {
        let mut skipped = BTreeSet::new();
        for raw in skip.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
            let idx = self.resolve(nodes, raw).ok_or_else(|| self.unknown(raw))?;
            let mut roots = vec![idx];
            if let Some(g) = &nodes[idx].phase.exclusive_group {
                roots.extend(Self::group_members(nodes, g));
            }
            for r in roots {
                skipped.extend(Self::descendants_of(nodes, r));
            }
        }
        Ok(skipped)
    }

    /// The phases named as targets (explicit) and everything selected: the targets and their
    /// descendants, or every phase when there is no target.
    fn selected(
        &self,
        nodes: &[Node<'_, D>],
        targets: &[String],
    ) -> Result<(BTreeSet<usize>, BTreeSet<usize>), PlanError> {
        let mut explicit = BTreeSet::new();
        let mut selected = BTreeSet::new();
        if targets.is_empty() {
            selected.extend(0..nodes.len());
        }
        for raw in targets {
            let idx = self.resolve(nodes, raw).ok_or_else(|| self.unknown(raw))?;
            explicit.insert(idx);
            selected.extend(Self::descendants_of(nodes, idx));
        }
        Ok((explicit, selected))
    }

    /// Exclusive groups: two explicit members is an error; otherwise one member stays selected,
    /// the named one, else the first that is neither deprecated nor hidden.
    fn keep_one_per_exclusive_group(
        nodes: &[Node<'_, D>],
        explicit: &BTreeSet<usize>,
        selected: &mut BTreeSet<usize>,
    ) -> Result<(), PlanError> {
        let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, n) in nodes.iter().enumerate() {
            if let Some(g) = &n.phase.exclusive_group {
                groups.entry(g.as_str()).or_default().push(i);
            }
        }
        for (group, members) in &groups {
            let named: Vec<usize> = members
                .iter()
                .copied()
                .filter(|m| explicit.contains(m))
                .collect();
            if named.len() > 1 {
                return Err(PlanError::MutuallyExclusive {
                    group: group.to_string(),
                    first: nodes[named[0]].path.clone(),
                    second: nodes[named[1]].path.clone(),
                });
            }
            let keep = match named.first() {
                Some(&m) => Some(m),
                None => members
                    .iter()
                    .copied()
                    .find(|&m| nodes[m].phase.deprecation.is_none() && !nodes[m].phase.hidden),
            };
            for &m in members.iter().filter(|&&m| Some(m) != keep) {
                for d in Self::descendants_of(nodes, m) {
                    selected.remove(&d);
                }
            }
        }
        Ok(())
    }

    /// The warning a deprecated phase prints before it runs; an error when the run targets a
    /// version where the phase is removed.
    fn deprecation_warning(
        node: &Node<'_, D>,
        target: Option<&D::Version>,
    ) -> Result<Option<String>, PlanError> {
        let Some(dep) = &node.phase.deprecation else {
            return Ok(None);
        };
        if let (Some(target), Some(removed)) = (target, dep.removed_in.as_ref())
            && target >= removed
        {
            return Err(PlanError::Removed {
                path: node.path.clone(),
                replacement: dep.replacement.clone(),
                removed_in: removed.to_string(),
                target: target.to_string(),
            });
        }
        let removal = match &dep.removed_in {
            Some(v) => format!("will be removed in {v}"),
            None => "will be removed in a future release".to_string(),
        };
        Ok(Some(format!(
            "The phase '{}' is deprecated since {} and {removal}. Use '{}' instead",
            node.phase.name, dep.deprecated_in, dep.replacement
        )))
    }

    /// Each kept phase's dependencies are kept too, and earlier.
    fn check_dependencies(nodes: &[Node<'_, D>], kept: &[usize]) -> Result<(), PlanError> {
        let mut missing = Vec::new();
        for (pos, &i) in kept.iter().enumerate() {
            let absent: Vec<String> = nodes[i]
                .phase
                .dependencies
                .iter()
                .filter(|d| !kept[..pos].iter().any(|&k| &nodes[k].path == *d))
                .cloned()
                .collect();
            if !absent.is_empty() {
                missing.push((nodes[i].path.clone(), absent));
            }
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(PlanError::UnresolvedDependencies(missing))
        }
    }

    fn group_members(nodes: &[Node<'_, D>], group: &str) -> Vec<usize> {
        nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.phase.exclusive_group.as_deref() == Some(group))
            .map(|(i, _)| i)
            .collect()
    }

    /// Runs a plan made by [`Workflow::plan`] against the shared run data.
    pub fn execute(
        &self,
        plan: &Plan,
        data: &mut D,
        mut observe: impl FnMut(Event<'_>),
    ) -> Result<(), RunError> {
        let nodes = self.nodes();
        for step in &plan.steps {
            let phase = nodes[step.node].phase;
            if let Some(w) = &step.warning {
                observe(Event::Warning(w));
            }
            if let Some(cond) = &phase.run_if {
                let go = cond(data).map_err(|source| RunError::Condition {
                    path: step.path.clone(),
                    source,
                })?;
                if !go {
                    observe(Event::SkippedByCondition(&step.path));
                    continue;
                }
            }
            observe(Event::Started(&step.path));
            if let Some(run) = &phase.run {
                run(data).map_err(|source| RunError::Phase {
                    path: step.path.clone(),
                    source,
                })?;
            }
        }
        Ok(())
    }

    /// Plans and runs a request.
    pub fn run(
        &self,
        request: &Request<D::Version>,
        data: &mut D,
        observe: impl FnMut(Event<'_>),
    ) -> Result<(), RunError> {
        let plan = self.plan(request)?;
        self.execute(&plan, data, observe)
    }

    /// The phase list kubeadm appends to `init --help`: names indented by depth (`/child`), short
    /// help aligned, deprecated phases marked; hidden phases (and their children) and `all` left out.
    pub fn phase_list(&self) -> String {
        let nodes: Vec<Node<'_, D>> = self
            .nodes()
            .into_iter()
            .filter(|n| !n.phase.run_all_siblings && !self.hidden_in_listing(n))
            .collect();
        let label = |n: &Node<'_, D>| {
            if n.depth == 0 {
                n.phase.name.clone()
            } else {
                format!("/{}", n.phase.name)
            }
        };
        let width = nodes.iter().map(|n| label(n).len()).max().unwrap_or(0);
        let mut out = format!(
            "The {:?} command executes the following phases:\n```\n",
            self.command
        );
        for n in &nodes {
            let l = label(n);
            let line = format!(
                "{}{}{}{}",
                " ".repeat(2 * n.depth),
                l,
                " ".repeat(width - l.len() + 2),
                n.phase.listed_help()
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out.push_str("```\n");
        out
    }

    /// A node is left out of listings when it or one of its ancestors is hidden.
    fn hidden_in_listing(&self, n: &Node<'_, D>) -> bool {
        let nodes = self.nodes();
        let mut cur = nodes.iter().find(|m| m.path == n.path);
        while let Some(c) = cur {
            if c.phase.hidden {
                return true;
            }
            cur = c.parent.map(|p| &nodes[p]);
        }
        false
    }
}
