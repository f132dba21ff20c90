//! The definition of one phase: its name, help, children, run function and rules.

use std::fmt;
use std::sync::Arc;

/// The error type a phase's run function (or run-if predicate) may return.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What a phase's run function returns.
pub type PhaseResult = Result<(), BoxError>;

/// A phase's run function over the shared run data `D`.
pub type RunFn<D> = Arc<dyn Fn(&mut D) -> PhaseResult + Send + Sync>;

/// A predicate deciding, from the run data, whether a selected phase runs.
pub type RunIfFn<D> = Arc<dyn Fn(&D) -> Result<bool, BoxError> + Send + Sync>;

/// The name of the synthetic child that every parent gets and that runs all its siblings.
pub const ALL: &str = "all";

/// What the runner needs to know of the run data: the type of the version a run targets, which
/// deprecations are compared with. The runner only orders and prints versions.
pub trait RunData {
    /// A version, ordered and printable (`v1.32.0`).
    type Version: Ord + Clone + fmt::Display + fmt::Debug;
}

/// A phase's deprecation: what replaces it, and from which versions (of type `V`) it is
/// deprecated and removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deprecation<V> {
    /// The name of the phase to use instead (a sibling's name).
    pub replacement: String,
    /// The target version from which the phase is deprecated (it warns).
    pub deprecated_in: V,
    /// The target version from which the phase is refused, if any.
    pub removed_in: Option<V>,
}

impl<V> Deprecation<V> {
    /// The help suffix kubeadm shows after a deprecated phase's short help.
    pub fn help_suffix(&self) -> String {
        format!("(DEPRECATED: use '{}' instead)", self.replacement)
    }
}

/// One phase of a workflow, built with the chained setters below.
pub struct Phase<D: RunData> {
    pub(crate) name: String,
    pub(crate) aliases: Vec<String>,
    pub(crate) short: String,
    pub(crate) long: Option<String>,
    pub(crate) example: Option<String>,
    pub(crate) hidden: bool,
    pub(crate) children: Vec<Phase<D>>,
    pub(crate) run: Option<RunFn<D>>,
    pub(crate) run_if: Option<RunIfFn<D>>,
    pub(crate) deprecation: Option<Deprecation<D::Version>>,
    pub(crate) exclusive_group: Option<String>,
    pub(crate) dependencies: Vec<String>,
    pub(crate) run_all_siblings: bool,
}

impl<D: RunData> Clone for Phase<D> {
    fn clone(&self) -> Self {
        Self {
            name: self.name.clone(),
            aliases: self.aliases.clone(),
            short: self.short.clone(),
            long: self.long.clone(),
            example: self.example.clone(),
            hidden: self.hidden,
            children: self.children.clone(),
            run: self.run.clone(),
            run_if: self.run_if.clone(),
            deprecation: self.deprecation.clone(),
            exclusive_group: self.exclusive_group.clone(),
            dependencies: self.dependencies.clone(),
            run_all_siblings: self.run_all_siblings,
        }
    }
}

impl<D: RunData> fmt::Debug for Phase<D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Phase")
            .field("name", &self.name)
            .field("aliases", &self.aliases)
            .field("hidden", &self.hidden)
            .field("children", &self.children)
            .field("has_run", &self.run.is_some())
            .field("deprecation", &self.deprecation)
            .field("exclusive_group", &self.exclusive_group)
            .field("dependencies", &self.dependencies)
            .finish()
    }
}

impl<D: RunData> Phase<D> {
    /// A new phase with the given name and nothing else.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            aliases: Vec::new(),
            short: String::new(),
            long: None,
            example: None,
            hidden: false,
            children: Vec::new(),
            run: None,
            run_if: None,
            deprecation: None,
            exclusive_group: None,
            dependencies: Vec::new(),
            run_all_siblings: false,
        }
    }

    /// The synthetic `all` child that runs all its siblings.
    pub(crate) fn all_siblings(parent: &str) -> Self {
        let mut p = Self::new(ALL);
        p.short = format!("Run all {parent} phases");
        p.run_all_siblings = true;
        p
    }

    /// Sets the one-line help.
    pub fn short(mut self, text: impl Into<String>) -> Self {
        self.short = text.into();
        self
    }

    /// Sets the long help.
    pub fn long(mut self, text: impl Into<String>) -> Self {
        self.long = Some(text.into());
        self
    }

    /// Sets the usage example.
    pub fn example(mut self, text: impl Into<String>) -> Self {
        self.example = Some(text.into());
        self
    }

    /// Adds a command alias (accepted on the command line, never listed).
    pub fn alias(mut self, alias: impl Into<String>) -> Self {
        self.aliases.push(alias.into());
        self
    }

    /// Hides the phase from help listings; it can still be named and still runs in the full workflow.
    pub fn hidden(mut self) -> Self {
        self.hidden = true;
        self
    }

    /// Appends a child phase.
    pub fn child(mut self, child: Phase<D>) -> Self {
        self.children.push(child);
        self
    }

    /// Appends several child phases.
    pub fn children(mut self, children: impl IntoIterator<Item = Phase<D>>) -> Self {
        self.children.extend(children);
        self
    }

    /// Sets the run function.
    pub fn run(mut self, f: impl Fn(&mut D) -> PhaseResult + Send + Sync + 'static) -> Self {
        self.run = Some(Arc::new(f));
        self
    }

    /// Sets the run function from a shared one (used by aliases that delegate).
    pub fn run_shared(mut self, f: RunFn<D>) -> Self {
        self.run = Some(f);
        self
    }

    /// Sets the run-if predicate: when it returns false the phase is skipped.
    pub fn run_if(
        mut self,
        f: impl Fn(&D) -> Result<bool, BoxError> + Send + Sync + 'static,
    ) -> Self {
        self.run_if = Some(Arc::new(f));
        self
    }

    /// Marks the phase deprecated.
    pub fn deprecated(mut self, deprecation: Deprecation<D::Version>) -> Self {
        self.deprecation = Some(deprecation);
        self
    }

    /// Puts the phase in an exclusive group: at most one member of a group runs in one run.
    pub fn exclusive_group(mut self, group: impl Into<String>) -> Self {
        self.exclusive_group = Some(group.into());
        self
    }

    /// Declares that the phase at `path` must be selected, and run earlier, whenever this one runs.
    pub fn depends_on(mut self, path: impl Into<String>) -> Self {
        self.dependencies.push(path.into());
        self
    }

    /// The phase's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The command aliases.
    pub fn aliases(&self) -> &[String] {
        &self.aliases
    }

    /// The one-line help as declared.
    pub fn short_help(&self) -> &str {
        &self.short
    }

    /// The one-line help as listed: with the deprecation notice appended when deprecated.
    pub fn listed_help(&self) -> String {
        match &self.deprecation {
            Some(d) if self.short.is_empty() => d.help_suffix(),
            Some(d) => format!("{} {}", self.short, d.help_suffix()),
            None => self.short.clone(),
        }
    }

    /// The long help, if any.
    pub fn long_help(&self) -> Option<&str> {
        self.long.as_deref()
    }

    /// The example, if any.
    pub fn example_text(&self) -> Option<&str> {
        self.example.as_deref()
    }

    /// Whether the phase is hidden from listings.
    pub fn is_hidden(&self) -> bool {
        self.hidden
    }

    /// The child phases (after [`crate::Workflow::new`], including the synthetic `all`).
    pub fn child_phases(&self) -> &[Phase<D>] {
        &self.children
    }

    /// Whether this is the synthetic `all` child.
    pub fn is_run_all_siblings(&self) -> bool {
        self.run_all_siblings
    }

    /// The deprecation, if any.
    pub fn deprecation(&self) -> Option<&Deprecation<D::Version>> {
        self.deprecation.as_ref()
    }

    /// The exclusive group, if any.
    pub fn group(&self) -> Option<&str> {
        self.exclusive_group.as_deref()
    }

    /// Whether the phase has a run function of its own.
    pub fn has_run(&self) -> bool {
        self.run.is_some()
    }
}
