//! What the app derives from the dataset and the view, and the one place it is refreshed.
//! Each item remembers the key of inputs it was made from (the data's version, the layout
//! request, the filters and time range); `refresh` compares those keys with the ones the
//! state asks for now and makes again exactly what differs. No call site says what changed,
//! so none can forget to.

use crate::filter::{Visible, VisibleKey};
use crate::jobs::Job;
use crate::layout::{Layout, LayoutKey};
use crate::legend;
use crate::model::{Dataset, Version};
use crate::panels;
use crate::view::{LayoutKind, ViewState};
use std::sync::Arc;

/// Force layouts of more actors than this are worked out off the UI thread.
pub const BACKGROUND_LAYOUT_ABOVE: usize = 2_000;

/// Everything the panels and the map read that is computed from the data and the view.
pub(super) struct Derived {
    /// The data version the legend and the filter counts were made for.
    data: Version,
    pub legend: Vec<legend::Entry>,
    /// The look and whether periods were compared, as the legend was made for them.
    legend_for: (crate::view::Look, bool),
    /// Counts for the filter panel.
    pub counts: panels::filters::Counts,
    /// How many ties cite no source yet (the status line says so).
    pub unsourced: usize,
    pub layout: Layout,
    pub layout_for: LayoutKey,
    /// What the filters and time range let through.
    pub visible: Visible,
    pub visible_for: VisibleKey,
    /// The timeline's summary of the data and visible set.
    pub timeline: panels::timeline::Summary,
    /// What the side panel lists when nothing is selected.
    pub overview: panels::side::Overview,
    /// A force layout being worked out on another thread, for its key.
    pub pending_layout: Option<(LayoutKey, Job<Layout>)>,
    /// The metrics of the visible set (`None` while a large map's are being worked out), the
    /// key they were made for, and those under way on another thread.
    pub metrics: Option<crate::analysis::Metrics>,
    pub metrics_for: Option<VisibleKey>,
    pub pending_metrics: Option<(VisibleKey, Job<crate::analysis::Metrics>)>,
    /// While two periods are compared: how each pair changed (made with the visible set).
    pub comparison: Option<crate::analysis::Comparison>,
}

/// Metrics of more actors than this are worked out off the UI thread (betweenness grows with
/// actors × ties).
pub(super) const BACKGROUND_METRICS_ABOVE: usize = 500;

impl Derived {
    /// Everything made at once for a dataset and view (the layout on this thread).
    pub(super) fn new(ds: &Dataset, view: &ViewState) -> Self {
        let layout_for = LayoutKey::new(ds, view.layout, view.pins());
        let visible_for = VisibleKey::new(ds, &view.filters, &view.time);
        let visible = visible_for.compute(ds);
        let comparing = view.time.compare.is_some();
        Self {
            data: ds.version(),
            legend: legend::entries(ds, view.look, comparing),
            legend_for: (view.look, comparing),
            comparison: view.time.compare.map(|p| crate::analysis::compare(ds, &visible, p)),
            counts: panels::filters::Counts::new(ds),
            unsourced: unsourced(ds),
            layout: layout_for.compute(ds),
            layout_for,
            timeline: panels::timeline::Summary::new(ds, &visible),
            overview: panels::side::Overview::new(ds, &visible),
            // Measured by `refresh` once an actor is selected, as everywhere else: not at start.
            metrics: None,
            metrics_for: None,
            visible,
            visible_for,
            pending_layout: None,
            pending_metrics: None,
        }
    }

    /// Bring everything up to date with `ds` and `view`, making again only what was made
    /// from other inputs. A large force layout is started on another thread (the current
    /// layout stays until it is done); returns whether one was started.
    pub(super) fn refresh(&mut self, ds: &Arc<Dataset>, view: &ViewState, wants_metrics: bool) -> bool {
        let legend_for = (view.look, view.time.compare.is_some());
        if self.data != ds.version() || self.legend_for != legend_for {
            self.legend = legend::entries(ds, view.look, legend_for.1);
            self.legend_for = legend_for;
        }
        if self.data != ds.version() {
            self.counts = panels::filters::Counts::new(ds);
            self.unsourced = unsourced(ds);
            self.data = ds.version();
        }
        let mut started = false;
        let (kind, pins) = (view.layout, view.pins());
        if self.layout_for.is_for(ds, kind, pins) {
            // A layout for an earlier request, still being worked out, is not wanted now.
            self.pending_layout = None;
        } else if self.pending_layout.as_ref().is_none_or(|(k, _)| !k.is_for(ds, kind, pins)) {
            let wanted = LayoutKey::new(ds, kind, pins);
            if wanted.kind == LayoutKind::Force && ds.actors.len() > BACKGROUND_LAYOUT_ABOVE {
                // A large force layout takes a moment: work it out on another thread and
                // keep showing the map meanwhile (`poll_layout` in `jobs.rs` picks the result up).
                let (owned, key) = (Arc::clone(ds), wanted.clone());
                let what = crate::i18n::tr_args("derived-laying-out-actors", &[("actors", (ds.actors.len()).into())]);
                self.pending_layout = Some((wanted, Job::spawn(what, move || key.compute(&owned))));
                started = true;
            } else {
                self.pending_layout = None;
                self.layout = wanted.compute(ds);
                self.layout_for = wanted;
            }
        }
        if !self.visible_for.is_for(ds, &view.filters, &view.time) {
            let wanted = VisibleKey::new(ds, &view.filters, &view.time);
            self.visible = wanted.compute(ds);
            self.timeline = panels::timeline::Summary::new(ds, &self.visible);
            self.overview = panels::side::Overview::new(ds, &self.visible);
            self.comparison = view.time.compare.map(|p| crate::analysis::compare(ds, &self.visible, p));
            self.visible_for = wanted;
        }
        // Metrics are worked out when something shows them: the side panel of a selected
        // actor, nodes sized or coloured by them, the table and charts.
        if wants_metrics || view.look.uses_metrics() || matches!(view.selection, Some(crate::view::Selection::Actor(_)))
        {
            self.refresh_metrics(ds);
        } else {
            self.pending_metrics = None;
        }
        started
    }

    /// Metrics for the visible set: at once for a small map; on another thread for a large
    /// one, one measurement at a time, the last figures shown meanwhile (`poll_metrics` picks
    /// the result up).
    fn refresh_metrics(&mut self, ds: &Arc<Dataset>) {
        if self.metrics_for.as_ref() == Some(&self.visible_for) {
            self.pending_metrics = None;
            return;
        }
        if self.pending_metrics.is_some() {
            // One measurement at a time: when it is done, one for the newest view follows.
            return;
        }
        if ds.actors.len() <= BACKGROUND_METRICS_ABOVE {
            self.metrics = Some(crate::analysis::compute(ds, &self.visible));
            self.metrics_for = Some(self.visible_for.clone());
            self.pending_metrics = None;
        } else {
            let (owned, visible) = (Arc::clone(ds), self.visible.clone());
            let what = crate::i18n::tr_args("derived-measuring-actors", &[("actors", (ds.actors.len()).into())]);
            let job = Job::spawn(what, move || crate::analysis::compute(&owned, &visible));
            self.pending_metrics = Some((self.visible_for.clone(), job));
        }
    }

    /// Take metrics worked out on another thread, if they are for the view shown.
    pub(super) fn poll_metrics(&mut self) -> bool {
        let Some((key, job)) = self.pending_metrics.take() else { return false };
        match job.poll() {
            crate::jobs::Poll::Done(m) => {
                // Shown even if the view moved on meanwhile (play): the next refresh measures
                // the newest view.
                self.metrics = Some(m);
                self.metrics_for = Some(key);
                true
            }
            crate::jobs::Poll::Running => {
                self.pending_metrics = Some((key, job));
                false
            }
            crate::jobs::Poll::Lost => false,
        }
    }

    /// Whether a layout is being worked out on another thread.
    pub(super) fn layout_pending(&self) -> bool {
        self.pending_layout.is_some()
    }
}

fn unsourced(ds: &Dataset) -> usize {
    ds.ties.iter().filter(|t| t.evidence.is_empty()).count()
}
