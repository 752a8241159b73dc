# Bridges: the interface in English. Keys are used by the code (`tr("key")`);
# tests/i18n.rs checks every language has exactly these.

charts-no-dated-ties-in-the-view = No dated ties in the view.
cmd-add-actor = Add actor
cmd-add-tie = Add tie
cmd-browse = Browse…
cmd-cancel = Cancel
cmd-change-the-map = Change the map
cmd-clear-recent-files = Clear recent files
cmd-clear-selection = Clear selection
cmd-close = Close
cmd-compare = Compare
cmd-delete = Delete
cmd-discard = Discard
cmd-edit-map = Edit map
cmd-export = Export
cmd-export-options = Export options
cmd-export-view = Export view…
cmd-fit-map = Fit map
cmd-go-back = Go back
cmd-leave-the-presentation = Leave the presentation
cmd-legend = Legend
cmd-move = Move
cmd-move-the-map = Move the map
cmd-narrow-focus = Narrow focus
cmd-new-map = New map
cmd-next-step = Next step
cmd-ok = OK
cmd-only = Only
cmd-open = Open…
cmd-open-2 = Open
cmd-open-built-in-map = Open built-in map
cmd-open-csv-folder = Open CSV folder…
cmd-pin = Pin
cmd-place = Place
cmd-play-pause = Play / pause
cmd-play-settings = Play settings
cmd-present = Present
cmd-previous-step = Previous step
cmd-quit = Quit
cmd-read-file = Read file
cmd-read-from-file = Read from file…
cmd-redo = Redo
cmd-reset-filters = Reset filters
cmd-restore = Restore
cmd-save = Save
cmd-save-as = Save as…
cmd-save-view = Save view
cmd-saved-views = Saved views…
cmd-search = Search…
cmd-select = Select
cmd-set-time-range = Set time range
cmd-show = Show
cmd-show-or-hide = Show or hide
cmd-show-view = Show view
cmd-side-panel = Side panel
cmd-size-and-colour = Size and colour
cmd-stop = Stop
cmd-stop-comparing = Stop comparing
cmd-stories = Stories…
cmd-system-language = System language
cmd-undo = Undo
cmd-unpin-all = Unpin all
cmd-widen-focus = Widen focus
cmd-zoom-in = Zoom in
cmd-zoom-out = Zoom out
colour-community = Community
colour-kind = Kind
confirm-edit-undo-brings-everything-back = Edit ▸ Undo brings everything back.
confirm-without-saving-they-are-lost = Without saving, they are lost.
credit-made-with = made with Bridges
credit-more = { $count } more
credit-more-publishers = { $count } more publishers
credit-source = Source: { $sources }
credit-sources = { $count } sources:
edit-selected-apply-changes = Apply changes
edit-selected-change-it-on-the-map-one = Change it on the map (one step; Undo puts it back)
edit-selected-delete-source = Delete source
edit-selected-delete-this-source-its-quotes-and = Delete this source, its quotes and the evidence cut from it (after a question)
edit-selected-revert = Revert
edit-selected-take-it-off-the-list = Take it off the list
edit-selected-take-this-passage-off-the-tie = Take this passage off the tie's evidence
editor-add-actor = Add actor
editor-add-the-tie-cite-its-source = Add the tie; cite its source from the source's text (Undo takes it away)
editor-add-tie = Add tie
editor-delete-quote = Delete quote
editor-delete-this-quote-after-a-question = Delete this quote (after a question; Undo brings it back)
editor-evidence-and-quotes = Evidence and quotes
editor-kind = Kind
editor-new-actor = New actor
editor-new-source = New source
editor-new-tie = New tie
editor-no-capital-known-for-this-name = No capital known for this name: click the map where it goes.
evidence-add-source = Add source
evidence-add-the-selected-passage-to-the = Add the selected passage to the selected tie's evidence, exactly as it stands
evidence-cite-as-evidence = Cite as evidence
evidence-keep-the-source-and-its-text = Keep the source and its text with the map; passages are then cited from it
evidence-quote = Quote
evidence-read = Read
evidence-select-a-passage-to-cite-it = Select a passage to cite it or quote it.
evidence-source-text = Source text
evidence-speaker = Speaker
evidence-store-the-selected-passage-as-words = Store the selected passage as words the speaker said, about the selection
evidence-text-paste-it = Text (paste it)
export-dialog-a-width-in-pixels-the-height = A width in pixels; the height follows
export-dialog-animation = Animation:
export-dialog-background = Background:
export-dialog-browse = Browse…
export-dialog-choose-the-file-in-a-save = Choose the file in a save dialog
export-dialog-close = Close
export-dialog-cumulative = Cumulative
export-dialog-each-frame-keeps-the-ties-of = Each frame keeps the ties of the periods before it
export-dialog-export = Export:
export-dialog-export-2 = Export
export-dialog-file = File:
export-dialog-frames-a-second = Frames a second
export-dialog-include = Include:
export-dialog-leave-out-the-base-map-sea = Leave out the base map (sea and land): only ties, actors, legend and text
export-dialog-legend = Legend
export-dialog-one-frame-per = one frame per
export-dialog-over-the-time-range-shown-or = Over the time range shown (or every dated tie), with the period as a caption
export-dialog-px = px
export-dialog-size = Size:
export-dialog-source-footer = Source footer
export-dialog-story = Story “{ $name }”
export-dialog-story-tip = PDF: a page per step; GIF/APNG: each step held, moves eased; PNG/SVG: a picture per step
export-dialog-the-view-on-screen = The view on screen
export-dialog-title = Title
export-dialog-transparent = Transparent
export-dialog-width = Width:
export-dialog-write-the-image = Write the image
filters-layout = Layout
filters-show = Show
kind-context = Context actor
kind-forum = Forum / dialogue format
kind-organisation = Organisation
kind-person = Person
kind-region = Region
kind-state = State
layout-circular = Circular
layout-force-directed = Force-directed
layout-geographic = Geographic
legend-agreement = Agreement signed or adopted
legend-cancelled = Cancelled: dotted, faded, crossed
legend-community = Colour: community in view (Louvain)
legend-dialogue = Dialogue (undirected, via its forum)
legend-held = Held: solid
legend-launch = Launch of a Central Asia + X format
legend-metric-half = half the highest
legend-metric-highest = { $metric }: highest
legend-metric-lowest = { $metric }: lowest in view
legend-planned = Planned: dashed
legend-ring-made = Ring: visits made
legend-ring-received = Ring: visits received
legend-size-metric = Node size: { $metric } in view
legend-size-ties = Node size: number of ties
legend-summit = Summit (leaders, via their forum)
legend-visit = Visit (arrow: from → to)
legend-width-many = { $count } ties (each way for visits)
legend-width-one = Line width: 1 tie between a pair
look-colour-by = Colour by
look-compare-periods = Compare periods
look-focus-depth = Focus depth
look-pairs-with-ties-in-b-only = Pairs with ties in B only are new, in both continued, in A only lapsed.
look-size-by = Size by
look-to = to
menu-click-a-state-or-tab-arrow = Click a state, or Tab / arrow keys then Enter, to read its ties.
menu-click-a-tie-on-the-map = Click a tie on the map or in the list to read its evidence.
menu-drag-the-map-to-pan-scroll = Drag the map to pan; scroll or pinch to zoom.
menu-edit = Edit
menu-esc-or-a-click-on-empty = Esc or a click on empty map clears the selection.
menu-file = File
menu-file-open-or-drop-a-file = File ▸ Open… (or drop a file on the window): Bridges JSON, CSV lists, GEXF, GraphML.
menu-help = Help
menu-history = History
menu-label-language = Label language
menu-language = Language
menu-no-recent-files = No recent files
menu-open-recent = Open recent
menu-the-map-as-opened = The map as opened
menu-undo-every-change = Undo every change
menu-view = View
metric-betweenness = Betweenness
metric-eigenvector-centrality = Eigenvector centrality
metric-partners = Partners
metric-ties-in-view = Ties in view
problems-copy-all = Copy all
problems-copy-every-problem-as-text-one = Copy every problem as text, one per line
problems-ok = OK
save-dialog-an-existing-file-is-replaced-only = An existing file is replaced only once the new one is completely written
save-dialog-browse = Browse…
save-dialog-close = Close
save-dialog-format = Format:
save-dialog-save = Save
search-actors-ties-people-quotes-ctrl-f = actors, ties, people, quotes (Ctrl+F)
search-no-match = No match
search-search = Search:
side-click-a-state-on-the-map = Click a state on the map (or press Tab to move between them) to read its ties and quotes:
side-evidence = Evidence
status-origin-builtin = built-in dataset (assets/japan-central-asia.json)
status-origin-new = new map
status-ties-that-cite-no-source-yet = Ties that cite no source yet
stories-add-step = Add step
stories-add-the-view-on-screen-as = Add the view on screen as the story's next step
stories-bold-italics-a-link-https = {"**bold**, *italics*, [a link](https://…)"}
stories-delete-this-view-undo-brings-it = Delete this view (Undo brings it back)
stories-down = Down
stories-keep-the-layout-filters-time-range = Keep the layout, filters, time range, selection and the region in view under this name
stories-make-a-story-then-add-the = Make a story, then add the view on screen as its first step.
stories-name = Name
stories-new-story = New story
stories-no-saved-views-yet = No saved views yet.
stories-ok = OK
stories-present = Present
stories-present-from-this-step = Present from this step
stories-save-view = Save view
stories-saved-with-the-map-in-bridges = Saved with the map in Bridges JSON.
stories-show-the-story-full-window-f5 = Show the story full-window (F5)
stories-story = Story
stories-take-this-step-out-undo-puts = Take this step out (Undo puts it back)
stories-the-quotes-this-step-shows-under = The quotes this step shows under its caption
stories-up = Up
story-back = ← Back
story-leave-esc = Leave (Esc)
story-next = Next →
tab-charts = Charts
tab-map = Map
tab-table = Table
table-copy-as-csv = Copy as CSV
table-copy-these-rows-in-this-order = Copy these rows, in this order, with the header
table-measuring-the-view = Measuring the view…
table-select-it-on-the-map = Select it on the map
table-the-actors-of-the-view-and = The actors of the view and their metrics
table-the-ties-of-the-view = The ties of the view
timeline-all-time = All time
timeline-comparing = Comparing A { $a } with B { $b }
timeline-cumulative = Cumulative
timeline-drag-or-type-a-date-2025 = Drag, or type a date (2025, 2025-08 or 2025-08-24)
timeline-every-tie-up-to-the-end = Every tie up to the end
timeline-from = From
timeline-loop = Loop
timeline-only-ties-within-the-range = Only ties within the range
timeline-pause = Pause
timeline-play = Play
timeline-play-speed = Play speed
timeline-show-ties-of-every-date = Show ties of every date
timeline-the-map-shows-the-ties-of = The map shows the ties of both periods, each pair coloured by how it changed
timeline-to = To
timeline-undated = { $count ->
    [one] { $count } undated tie not on the timeline
   *[other] { $count } undated ties not on the timeline
}
timeline-window = Window
tip-actors-and-ties-of-the-view = Actors and ties of the view in a table, sortable by any column; a click selects
tip-add-change-or-remove-an-actor = Add, change or remove an actor, tie, quote or source
tip-back-to-the-map-and-its = Back to the map and its panels
tip-back-to-the-time-range-of = Back to the time range of the timeline
tip-bring-forward-one-more-step-of = Bring forward one more step of partners around the selected actor (+)
tip-bring-forward-one-step-fewer-around = Bring forward one step fewer around the selected actor (−)
tip-choose-the-file-in-a-save = Choose the file in a save dialog
tip-choose-where-to-save-in-a = Choose where to save in a dialog
tip-click-the-map-where-the-new = Click the map where the new actor goes
tip-close-bridges-the-view-is-remembered = Close Bridges (the view is remembered)
tip-close-the-export-window = Close the export window
tip-close-the-save-window = Close the save window
tip-close-this-list-the-map-keeps = Close this list; the map keeps what it had
tip-colour-each-pair-new-continued-or = Colour each pair new, continued or lapsed between period A and period B
tip-delete-it-after-listing-what-goes = Delete it, after listing what goes with it
tip-delete-it-and-what-goes-with = Delete it and what goes with it (Undo brings them back)
tip-delete-the-selected-actor-or-tie = Delete the selected actor or tie, after listing what goes with it
tip-deselect-and-show-every-tie-at = Deselect, and show every tie at full strength
tip-do-not-add-the-actor = Do not add the actor
tip-forget-the-list-of-recently-opened = Forget the list of recently opened files
tip-give-the-changes-up-and-go = Give the changes up and go on (they cannot be undone after that)
tip-go-back-to-the-map-as = Go back to the map as it was after this change
tip-how-fast-play-moves-through-time = How fast play moves through time, and whether it starts again at the end
tip-keep-everything-as-it-is = Keep everything as it is
tip-keep-the-layout-filters-time-range = Keep the layout, filters, time range, selection and region in view
tip-keep-this-actor-where-it-was = Keep this actor where it was dropped
tip-let-every-dragged-actor-go-back = Let every dragged actor go back to its place in the layout
tip-make-a-story-of-saved-views = Make a story of saved views with captions, and present it
tip-move-the-actor-here-undo-moves = Move the actor here (Undo moves it back)
tip-move-the-map-to-this-view = Move the map to this view
tip-name-actors-in-this-language-on = Name actors in this language on the map, in the side panel and in exports (English where a name is missing)
tip-open-a-dataset-bridges-json-a = Open a dataset: Bridges JSON, a CSV edge list (with nodes.csv beside it), GEXF or GraphML
tip-open-a-folder-holding-nodes-csv = Open a folder holding nodes.csv and edges.csv
tip-open-the-map-with-the-changes = Open the map with the changes that were not saved
tip-open-this-dataset = Open this dataset
tip-pan-and-zoom-the-map = Pan and zoom the map
tip-place-the-actors-this-way = Place the actors this way
tip-put-the-new-actor-here = Put the new actor here
tip-redo-the-last-change-undone = Redo the last change undone
tip-remove-the-copy-the-changes-are = Remove the copy; the changes are lost
tip-save-the-changes-then-go-on = Save the changes, then go on
tip-save-the-dataset-as-bridges-json = Save the dataset as Bridges JSON, a CSV pair, GEXF or GraphML
tip-save-the-map-as-it-is = Save the map as it is shown, as a PNG or SVG image
tip-save-the-map-to-its-file = Save the map to its file, in its format (the built-in map asks where)
tip-save-the-view-under-a-name = Save the view under a name; restore, rename or delete saved views
tip-search-actors-ties-people-and-quotes = Search actors, ties, people and quotes
tip-select-it-and-centre-the-map = Select it and centre the map on it
tip-set-language = The language of menus, panels, messages and exports; actors are named in it too
tip-show-every-kind-and-status-again = Show every kind and status again
tip-show-only-the-ties-this-source = Show only the ties this source backs
tip-show-or-hide-the-legend-of = Show or hide the legend of node and tie styles
tip-show-or-hide-the-side-panel = Show or hide the side panel of ties and quotes
tip-show-or-hide-the-ties-this = Show or hide the ties this source backs (a tie stays while another shown source backs it)
tip-show-or-hide-these-on-the = Show or hide these on the map
tip-show-the-built-in-map-of = Show the built-in map of Japan and Central Asia again
tip-show-the-forms-that-add-actors = Show the forms that add actors and ties and change the selected actor
tip-show-the-story-full-window-or = Show the story full-window: → or Space next, ← back, Esc leaves
tip-show-the-ties-of-this-time = Show the ties of this time range
tip-show-this-in-the-side-panel = Show this in the side panel
tip-size-and-colour-nodes-by-a = Size and colour nodes by a metric of the view (filters and time window)
tip-start-an-empty-map-of-your = Start an empty map of your own (the current one is kept if you cancel)
tip-stay-with-this-map-and-its = Stay with this map and its changes
tip-step-through-time-and-watch-the = Step through time and watch the ties appear
tip-stop-drawing-the-animation-nothing-is = Stop drawing the animation; nothing is written
tip-stop-opening-this-file-the-map = Stop opening this file; the map keeps what it had
tip-take-the-source-s-text-from = Take the source's text from this file
tip-take-the-source-s-text-from-2 = Take the source's text from a .txt, .md or .html file (HTML is reduced to its text)
tip-the-map = The map
tip-the-size-background-and-overlay-of = The size, background and overlay of exported images
tip-the-story-s-next-step = The story's next step
tip-the-story-s-previous-step = The story's previous step
tip-tie-these-two-actors-fill-in = Tie these two actors; fill in the tie in the side panel
tip-ties-per-year-by-kind-and = Ties per year by kind, and partners per actor over time
tip-undo-the-last-change-to-the = Undo the last change to the map (its name says which)
tip-write-the-dataset-to-a-temporary = Write the dataset (to a temporary file first, then renamed into place)
tip-write-the-image = Write the image
tip-zoom-and-pan-so-the-whole = Zoom and pan so the whole map fits the window
tip-zoom-in-on-the-centre-of = Zoom in on the centre of the map
tip-zoom-out-from-the-centre-of = Zoom out from the centre of the map
windows-export-view = Export view
windows-restore-unsaved-changes = Restore unsaved changes?
windows-save-as = Save as
windows-saved-views = Saved views
windows-stories = Stories
windows-unsaved-changes = Unsaved changes
date-inferred = { $date } (inferred)
date-undated = undated
date-until = until { $date }
status-cancelled = cancelled
status-held = held
status-planned = planned
tie-agreement = Agreement
tie-dialogue = Dialogue
tie-launch = Launch
tie-summit = Summit
tie-visit = Visit
charts-hover-a-bar-or-line-for = Hover a bar or line for its figures; the charts follow the filters and time window.
charts-partners-per-actor-by-year = Partners per actor, by year
charts-ties-per-year-by-kind = Ties per year, by kind
edit-selected-actor-name = Actor name
edit-selected-said-on = Said on
edit-selected-source-date = Source date
edit-selected-source-publisher = Source publisher
edit-selected-source-title = Source title
edit-selected-tie-date = Tie date
edit-selected-tie-summary = Tie summary
edit-selected-tie-until = Tie until
editor-date = Date
editor-edit-map = Edit map
editor-name = Name
editor-place = Place
editor-summary = Summary
evidence-published = Published
evidence-publisher = Publisher
evidence-title = Title
evidence-url = URL
filters-actors = Actors
filters-status = Status
filters-ties = Ties
parts-date-partly-inferred-open-the-tie = Date partly inferred: open the tie for how
parts-forum = Forum:
parts-in-this-view = In this view
parts-louvain-communities-of-the-view-actors = Louvain communities of the view: actors more tied among themselves than to the rest
parts-not-stated-by-the-source-in = Not stated by the source in these words: derived as described.
parts-people = People:
parts-place = Place:
parts-show-this-tie-and-its-evidence = Show this tie and its evidence
parts-unsourced = unsourced
side-actors = Actors:
side-between = Between:
side-capital = Capital:
side-date = Date:
side-forum = Forum:
side-from = From:
side-kind = Kind:
side-members = Members:
side-no-ties-of-its-own-in = No ties of its own in this dataset.
side-people = People:
side-place = Place:
side-role = Role:
side-status = Status:
status-drag-to-pan-scroll-to-zoom = Drag to pan · scroll to zoom · F fits · Esc clears
structure-compared = Compared
structure-focus = Focus:
structure-no-ties-in-either-period = No ties in either period.
structure-select-it = Select it
side-all-ties = All ties
side-more-actors = … and { $count } more: search for them (Ctrl+F) or click them on the map.
side-ties-shown = Ties shown ({ $shown }), { $filtered } filtered out
ties-agreements = Agreements
ties-dialogues = Dialogues
ties-launches = Launches of formats
ties-summits = Summits
ties-visits = Visits
credit-base-map = Base map: Natural Earth (public domain)
filters-size-note = { $size }. Visits point from the visitor; dialogues join a forum to its members.
filters-sources = Sources ({ $count })
filters-sources-shown = Sources ({ $shown } of { $count } shown)
status-counts = { $actors } actors · { $ties } ties · { $quotes } quotes
status-opened = Opened { $path }: { $actors } actors, { $ties } ties, { $quotes } quotes
timeline-years-per-second = years/s
commands-fact-s-still-to-trace-to = ; { $untraced } fact(s) still to trace to a source (bridges check lists them)
commands-not-saved-problem-s-to-fix = Not saved: { $n } problem(s) to fix first (listed)
commands-read-give-the-source-s-publisher = Read { $display }: give the source's publisher, date and URL, then Add source
commands-save-failed = Save failed: { $e }
commands-saved = Saved { $arg }{ $todo }{ $lost }
commands-stopped-the-map-keeps-what-it = { $what } stopped; the map keeps what it had
confirm-and-more = … and { $arg } more
confirm-bridges-ended-with-unsaved-changes-to = Bridges ended with unsaved changes to { $origin }.
confirm-save-the-changes-to-first = Save the changes to { $name } first?
confirm-the-copy-holds-actors-and-ties = The copy holds { $actors } actors and { $ties } ties.
confirm-will-be-deleted = { $what } will be deleted.
confirm-will-be-deleted-and-with-it = { $what } will be deleted, and with it { $goes } more:
derived-laying-out-actors = Laying out { $actors } actors
derived-measuring-actors = Measuring { $actors } actors
edit-selected-cited-by-tie-s-quote-s = Cited by { $cited } tie(s); { $quoted } quote(s) from it.
edit-selected-no-actor-on-the-map-choose = No actor { $arg } on the map: choose another.
editing-click-the-map-where-goes-esc = Click the map where { $name } goes (Esc: do not add it)
editing-could-not-change-the-map = Could not change the map: { $e }
editing-move = move { $arg }
editing-the-recovery-copy-has-problem-s = The recovery copy has { $problems } problem(s); it is kept for you to look at
editing-was-not-added = { $name } was not added
editor-change = Change { $name }
editor-change-a-quote = Change a quote ({ $about })
editor-change-source = Change source “{ $title }”
editor-is-no-longer-on-the-map = { $arg } is no longer on the map: choose another.
editor-placed-at-its-capital = Placed at its capital, { $capital }.
evidence-selected-characters = Selected: { $picked } characters
export-dialog-the-format-follows-the-extension-or = The format follows the extension: { $extensions-text }, or .gif / .apng for an animation of the timeline
export-dialog-times-the-map-s-size-on = { $s } times the map's size on screen
filters-only = Only { $short }
filters-unpin-dragged = Unpin { $pins } dragged
history-add = add { $arg }
history-and-what-goes-with-it = { $arg } and what goes with it
history-change = change { $arg }
history-delete = delete { $arg }
history-its-evidence-for = its evidence for { $arg }
history-quote = quote { $id }
history-source = source “{ $title }”
history-the-quote = the quote “{ $arg }…”
jobs-could-not-open-problem-s-the = Could not open { $shown }: { $problems } problem(s); the map keeps what it had
jobs-export-failed = Export failed: { $e }
jobs-exported = Exported { $display }{ $size }
jobs-exporting = Exporting { $name }{ $size }
jobs-exporting-frames = Exporting { $name } ({ $total } frames)
jobs-exporting-the-story = Exporting the story { $name }
jobs-frames = {" "}({ $total } frames)
jobs-is-still-under-way-export-again = { $what } is still under way; export again when it is done
jobs-opening = Opening { $name }
jobs-steps = {" "}({ $n } steps)
jobs-stopped-unexpectedly-nothing-was-changed = { $what } stopped unexpectedly; nothing was changed
look-first-year = { $name }: first year
look-last-year = { $name }: last year
look-node-size-over-what-the-view = Node size: { $label } over what the view shows (filters, time window)
look-steps = { $depth ->
    [one] { $depth } step
   *[other] { $depth } steps
}
map-view-ties = { $ties ->
    [one] { $ties } tie
   *[other] { $ties } ties
}
map-view-drag-hint = Drag to move; Shift+drag to another actor to tie them
map-view-click-to-read-evidence = Click to read its evidence
map-view-drawing-the-map = Drawing the map
parts-areas-of-cooperation = Areas of cooperation ({ $topics })
parts-attributes = Attributes ({ $attributes })
parts-cites = Cites { $arg }
parts-community = Community { $arg }: { $with }
parts-from = from { $arg }
parts-inferred = Inferred: { $note }
parts-with = with { $arg }
problems-fix = Fix: { $fix }
problems-problem-found-nothing-was-changed-the = { $n ->
    [one] { $n } problem found. Nothing was changed: the map keeps the dataset it had.
   *[other] { $n } problems found. Nothing was changed: the map keeps the dataset it had.
}
side-evidence-count = Evidence ({ $evidence })
side-people-and-parts = People and parts ({ $parts })
side-quotes-about = Quotes about { $arg }
side-text = Text: { $f }
side-ties-with-the-region = Ties with the region ({ $arg })
status-frame-of = {" "}· frame { $arg } of { $total }
status-unsourced = { $unsourced } unsourced
stories-caption = Caption { $arg }
stories-layout = { $layout } layout
stories-quotes = Quotes ({ $cited })
stories-show-this-view = Show this view: { $arg }
story-has-no-steps-to-present = “{ $name }” has no steps to present
story-save-view = save view { $name }
story-saved-the-view = Saved the view “{ $name }”
story-step-of = { $name } · step { $arg } of { $steps }
structure-a-against-b = A { $arg } against B { $arg2 }
structure-from-a-to-b = From A { $arg } to B { $arg2 }
structure-pairs-new-continued-lapsed = { $new } pairs new · { $continued } continued · { $lapsed } lapsed
structure-steps-out = { $depth ->
    [one] { $depth } step out
   *[other] { $depth } steps out
}
table-rows-following-the-filters-and-time = { $rows } rows · following the filters and time window
table-sort-by-click-again-to-reverse = Sort by { $to-lowercase }; click again to reverse
timeline-space = { $tooltip } (Space)
windows-could-not-open = Could not open { $file }
windows-delete = Delete { $what }?
change-continued = Continued
change-lapsed = Lapsed after A
change-new = New in B
flow-title = { $count ->
    [one] 1 tie
   *[other] { $count } ties
}: { $between }{ $span }{ $changed }
legend-pair-change = Pair { $change }
date-error-format = "{ $text }" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2025-08-24)
date-error-month = "{ $text }": month must be 01 to 12
date-error-day = "{ $text }": day { $day } does not exist in that month
edit-error-duplicate = { $kind ->
    [tie] another tie already has the id "{ $id }": choose another id
    [quote] another quote already has the id "{ $id }": choose another id
    [source] another source already has the id "{ $id }": choose another id
   *[actor] another actor already has the id "{ $id }": choose another id
}
edit-error-not-found = { $kind ->
    [tie] no tie has the id "{ $id }"
    [quote] no quote has the id "{ $id }"
    [source] no source has the id "{ $id }"
   *[actor] no actor has the id "{ $id }"
}
edit-error-out-of-range = { $kind ->
    [tie] position { $at } is past the end of the tie list ({ $len ->
        [one] { $len } record
       *[other] { $len } records
    })
    [quote] position { $at } is past the end of the quote list ({ $len ->
        [one] { $len } record
       *[other] { $len } records
    })
    [source] position { $at } is past the end of the source list ({ $len ->
        [one] { $len } record
       *[other] { $len } records
    })
   *[actor] position { $at } is past the end of the actor list ({ $len ->
        [one] { $len } record
       *[other] { $len } records
    })
}
formats-json = Bridges JSON (.json)
formats-csv-pair = Spreadsheet CSV pair (folder with nodes.csv, edges.csv)
formats-gexf = Gephi GEXF (.gexf)
formats-graphml = GraphML for yEd, Cytoscape (.graphml)
csv-file-empty = the file is empty
csv-file-empty-fix = write a header line (such as id,name,kind,lat,lon or source,target,kind,date) and one row per record.
csv-header = header
csv-header-column = header, column { $column }
csv-row = row { $row }
csv-cannot-read-header = cannot read the header: { $error }
csv-column-no-name = the column has no name
csv-column-no-name-fix = name every column in the header line (or delete the empty column).
csv-column-twice = the column "{ $name }" appears twice (also column { $other })
csv-column-twice-fix = rename or delete one of them.
csv-edges-need-ends = an edge list needs a source and a target column; the header has: { $columns }
csv-edges-need-ends-fix = name the columns source (or from) and target (or to).
csv-nodes-need-id = a node list needs an id or a name column; the header has: { $columns }
csv-nodes-need-id-fix = name the column id (or name, label).
csv-cannot-read-row = cannot read the row: { $error }
csv-cannot-read-row-fix = correct the quoting.
csv-ragged-row = the row has { $cells } cells; the header has { $columns } columns
csv-ragged-row-fix = give every row one cell per column (quote cells that contain the separator).
csv-more-problems = and { $extra } more problem(s) like these
row-column = , column "{ $column }"
xml-edge-no-end = { $end ->
    [target] this edge has no target
   *[source] this edge has no source
}
xml-edge-no-end-fix = Give the <edge> a { $end }="…" attribute naming the id of a node.
xml-too-many-values = the file has more than { $limit } attribute values (counting defaults), more than Bridges reads
xml-too-many-values-fix = Split the graph into smaller files, or drop attributes and defaults it does not need.
xml-file-empty = the file is empty
xml-file-empty-fix = Choose a { $format } file that has a graph in it.
xml-wrong-root = the root element is <{ $name }>, not <{ $root }>, so this is not a { $format } file
xml-wrong-root-fix = Choose a { $format } file, or open this file as the format it really is.
xml-dtd = the file has a document type declaration (<!DOCTYPE …>); Bridges does not read DTDs or entity definitions, which can be used to attack the reader
xml-dtd-fix = Remove the <!DOCTYPE …> part; { $format } files do not need it.
xml-too-many-nodes = the file has more than { $limit } XML nodes, more than Bridges reads
xml-too-many-nodes-fix = Split the graph into smaller files.
xml-ends-early = the XML ends too early ({ $error }): the file is cut off or not XML
xml-ends-early-fix = Save or export the file again in full.
xml-not-well-formed = the file is not well-formed XML: { $detail }
xml-not-well-formed-fix = Check that this is a { $format } file; if it is, repair the XML at this line and column or export it again.
xml-too-deep = elements are nested more than { $limit } levels deep, more than Bridges reads
xml-too-deep-fix = Flatten the nested graphs or groups; a real graph file is never this deep.
xml-no-graph = the file has no <graph> element, so there are no nodes or edges to read
graphml-no-graph-fix = Export the graph again as GraphML.
gexf-no-graph-fix = Export the graph from Gephi again as GEXF.
xml-node-number = node { $n }
xml-node-id = node "{ $id }"
xml-edge-number = edge { $n }
xml-edge-id = edge "{ $id }"
xml-node-no-id = this node has no id
xml-node-no-id-fix = Give every <node> an id attribute, e.g. id="kz".
to-dataset-evidence-no-source = the evidence names no source
to-dataset-evidence-no-source-fix = add a source_url (or source_title) column for the document it comes from.
to-dataset-source-date-fix = write the date as 2025, 2025-08 or 2025-08-24.
to-dataset-node-no-id = the node has neither an id nor a name
to-dataset-node-no-id-fix = give it an id.
to-dataset-duplicate-node = duplicate id "{ $id }": { $earlier } has it too
to-dataset-duplicate-node-fix = give every node its own id.
to-dataset-unknown-kind = unknown kind "{ $kind }"
to-dataset-unknown-kind-fix = use state (or country), forum (or format, dialogue), region, organisation, person or context.
to-dataset-coordinate-outside = { $what ->
    [longitude] longitude "{ $text }" is outside -{ $limit }..{ $limit }
   *[latitude] latitude "{ $text }" is outside -{ $limit }..{ $limit }
}
to-dataset-coordinate-outside-fix = use decimal degrees (north and east positive).
to-dataset-coordinate-not-number = { $what ->
    [longitude] longitude "{ $text }" is not a number
   *[latitude] latitude "{ $text }" is not a number
}
to-dataset-coordinate-not-number-fix = write decimal degrees such as 51.17, or leave the cell empty.
to-dataset-one-coordinate = only one of latitude and longitude is given
to-dataset-one-coordinate-fix = give both, or leave both empty to place the node by its ties.
to-dataset-not-a-date = "{ $text }" is not a date: { $error }
to-dataset-not-a-date-fix = write YYYY, YYYY-MM or YYYY-MM-DD (2025, 2025-08, 2025-08-24), or leave it empty if unknown.
to-dataset-not-a-node = "{ $name }" is not a node: no row of the node list has that id or name
to-dataset-not-a-node-fix = add the actor to the node list, or correct the name.
to-dataset-edge-no-source = the edge has no source
to-dataset-edge-no-source-fix = name the actor it starts at.
to-dataset-edge-no-target = the edge has no target
to-dataset-edge-no-target-fix = name the actor it goes to.
to-dataset-unknown-status = unknown status "{ $status }"
to-dataset-unknown-status-fix = use held, planned or cancelled (empty means held).
to-dataset-duplicate-edge = duplicate id "{ $id }": an earlier edge already has it
to-dataset-duplicate-edge-fix = give every edge its own id, or leave the id column empty.
to-dataset-quote-needs-speaker = column "{ $column }" needs both a quote and its speaker
to-dataset-quote-needs-speaker-fix = fill in both cells, or neither.
to-dataset-empty = there are no nodes and no edges
to-dataset-empty-fix = add rows below the header: one per actor (nodes) or per tie (edges).
sources-not-built-in = it is not among the built-in sources
sources-tried = tried { $paths }
sources-not-text = { $file }: not a .txt, .md or .html file; save the source's text as one of those
sources-cannot-read = { $file }: cannot read it ({ $error })
sources-too-large = { $file }: { $mb } MB is too large for a source; keep the part you cite
sources-not-html = { $file }: cannot read it as HTML ({ $error })
sources-page-no-text = { $file }: the page has no text
sources-not-utf8 = { $file }: byte { $byte } is not UTF-8; save the file as UTF-8 text
sources-file-empty = { $file }: the file is empty
save-error-io = could not write { $file }: { $error }
save-error-csv = could not write the CSV: { $error }
save-error-json = could not write the JSON: { $error }
save-error-not-a-folder = { $file } is a file: the CSV pair is saved into a folder; choose a folder name
open-no-csv-in-folder = the folder holds neither nodes.csv nor edges.csv
open-no-csv-in-folder-fix = open a folder with an edge list named edges.csv (and, if you have one, nodes.csv), or open a dataset file.
open-no-rows = the file has a header but no rows
open-no-rows-fix = add one row per actor or per tie below the header.
open-imported-map = Imported map
load-summary = { $origin }: OK: { $actors } actors, { $ties } ties, { $quotes } quotes, { $topics } topics, { $sources } sources; { $checked } evidence passages and { $verbatim } quotes found verbatim in { $texts } source text(s)
load-summary-views = ; { $views } saved view(s), { $stories } stor(ies) of { $steps } step(s)
load-summary-uncited = ; { $uncited } tie(s) cite no source
load-cannot-open = cannot open the file: { $error }
load-cannot-open-fix = check the path and that you may read it.
load-folder = this is a folder, not a dataset file
load-folder-fix = choose a dataset file.
load-too-large = the file is { $mb } MB; Bridges reads files up to { $limit } MB
load-too-large-fix = split the dataset into smaller files.
load-cannot-read = cannot read the file: { $error }
load-cannot-read-fix = check that you may read it.
load-not-utf8 = the file is not UTF-8 text (is it a binary file?)
load-not-utf8-fix = save it as UTF-8 text.
load-file-empty = the file is empty
load-file-empty-fix = open a Bridges dataset (see docs/data-format.md).
load-json-syntax-fix = correct the JSON syntax at that line and column.
load-json-value-fix = correct the value (see docs/data-format.md for every field).
load-source-file = cannot read the source file ({ $why })
load-source-file-fix = put the source text at that path, relative to the dataset file.
validate-tie-uncited = the tie cites no source
validate-tie-uncited-fix = cite a passage of a source as its evidence (in the app: Edit map, then Cite as evidence).
validate-source-lacks = { $field ->
    [publisher] the source has no publisher
    [date] the source has no date
   *[url] the source has no url
}
validate-source-lacks-fix = { $field ->
    [publisher] give who published it.
    [date] give when it was published, at the precision it gives (2025, 2025-08 or 2025-08-24).
   *[url] give the URL where it was read.
}
validate-format = expected "bridges", found "{ $found }"
validate-format-fix = set "format": "bridges" at the top of the file.
validate-format-version = this file is format version { $version }; this build of Bridges reads version { $reads }
validate-format-version-fix = open it with a matching version of Bridges, or convert it (see docs/data-format.md).
validate-id-empty = the id is empty
validate-id-empty-fix = give every record a unique, non-empty id.
validate-duplicate-id = duplicate id "{ $id }": already used by { $other }
validate-duplicate-id-fix = rename one of the two records so that every id is unique.
validate-no-actor = refers to actor "{ $id }", which is not in "actors"
validate-no-actor-fix = add an actor with that id, or correct the reference.
validate-no-source = refers to source "{ $id }", which is not in "sources"
validate-no-source-fix = add the source, or correct the reference.
validate-title-empty = the title is empty
validate-title-empty-fix = give the source its title.
validate-source-untraceable = the source has neither a file nor a url, so nothing can be traced to it
validate-source-untraceable-fix = add "file" (a path relative to the dataset) or "url".
validate-latitude = latitude { $lat } is outside -90..90
validate-latitude-fix = use decimal degrees, north positive.
validate-longitude = longitude { $lon } is outside -180..180
validate-longitude-fix = use decimal degrees, east positive.
validate-name-empty = the name is empty
validate-name-empty-fix = give the actor a name.
validate-part-of-itself = an actor cannot be part of itself
validate-part-of-itself-fix = remove part_of or name another actor.
validate-start-after-end = the start { $start } is after the end { $end }
validate-start-after-end-fix = swap the two dates or correct one of them.
validate-tie-to-nobody = the tie goes to no actor
validate-tie-to-nobody-fix = list at least one actor id in "to".
validate-tie-to-itself = the tie joins "{ $actor }" to itself
validate-tie-to-itself-fix = name two different actors.
validate-via-not-forum = { $kind ->
    [state] "{ $via }" is a state, not a forum
    [region] "{ $via }" is a region, not a forum
    [person] "{ $via }" is a person, not a forum
    [organisation] "{ $via }" is a organisation, not a forum
   *[context] "{ $via }" is a context actor, not a forum
}
validate-via-not-forum-fix = "via" names the forum a dialogue takes place in.
validate-status-outdated = the tie is "{ $status }" but its latest source ("{ $source }") says "{ $said }"
validate-status-outdated-fix = set the tie's status to what its latest source says, or cite the source that says otherwise.
validate-no-tie = refers to tie "{ $id }", which is not in "ties"
validate-no-tie-fix = correct the tie id.
validate-no-tie-id-fix = correct the id.
validate-unknown-layout = unknown layout "{ $layout }"
validate-unknown-layout-fix = use geo, force or circular.
validate-view-not-a-date = "{ $text }" is not a date
validate-view-not-a-date-fix = write it as 2004-01-01.
validate-bounds = the bounds are not numbers
validate-bounds-fix = give west, south, east, north.
validate-no-quote = refers to quote "{ $id }", which is not in "quotes"
validate-no-quote-fix = cite a quote of the dataset by its id.
validate-text-empty = { $what ->
    [quote] the quote is empty
   *[evidence] the evidence is empty
}
validate-text-empty-fix = copy the passage from the source.
validate-not-verbatim-start = { $what ->
    [quote] quote not found verbatim in source "{ $source }": not even its first character matches
   *[evidence] evidence not found verbatim in source "{ $source }": not even its first character matches
}
validate-not-verbatim = { $what ->
    [quote] quote not found verbatim in source "{ $source }": it differs from the closest passage at character { $ch }: the source reads "{ $want }…", the dataset reads "{ $got }…"
   *[evidence] evidence not found verbatim in source "{ $source }": it differs from the closest passage at character { $ch }: the source reads "{ $want }…", the dataset reads "{ $got }…"
}
validate-not-verbatim-fix = copy the sentence from the source exactly, character for character.
compare-not-two-periods = "{ $text }" is not two periods: write two periods as FROM..TO,FROM..TO, for example 2004..2014,2015..2025
compare-no-dots = "{ $period }" has no "..": write two periods as FROM..TO,FROM..TO, for example 2004..2014,2015..2025
compare-bad-date = "{ $date }" in "{ $period }": { $error }; write two periods as FROM..TO,FROM..TO, for example 2004..2014,2015..2025
compare-ends-before-start = "{ $period }" ends before it starts: write two periods as FROM..TO,FROM..TO, for example 2004..2014,2015..2025
rank-ordinal = { $category ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
}
rank-group = { $kind ->
    [state] { $of ->
        [one] { $of } state
       *[other] { $of } states
    }
    [forum] { $of ->
        [one] { $of } forum
       *[other] { $of } forums
    }
    [region] { $of ->
        [one] { $of } region
       *[other] { $of } regions
    }
    [person] { $of ->
        [one] { $of } person
       *[other] { $of } people
    }
    [organisation] { $of ->
        [one] { $of } organisation
       *[other] { $of } organisations
    }
    [context] { $of ->
        [one] { $of } context actor
       *[other] { $of } context actors
    }
   *[actor] { $of ->
        [one] { $of } actor
       *[other] { $of } actors
    }
}
rank-all = 0 for all { $group }
rank-joint = joint { $ordinal } of { $group } (with { $shared ->
    [one] { $shared } other
   *[other] { $shared } others
})
rank-plain = { $ordinal } of { $group }
parts-metric-ties = Ties
parts-metric-eigenvector = Eigenvector
parts-rank-by = { $metric ->
    [partners] { $rank } by partners
    [betweenness] { $rank } by betweenness
    [eigenvector] { $rank } by eigenvector
   *[ties] { $rank } by ties
}
parts-community-alone = Community { $arg }: alone
parts-date-as-given = Date as given by the source
look-size-all-ties = Ties (all time)
look-size-all-ties-tip = Node size: all the ties an actor has in the data
look-colour-kind-tip = Node colour: state, forum, region, … as the legend lists them
look-colour-metric-tip = Node colour: light for the lowest value in view, dark for the highest
look-colour-community-tip = Node colour: its community in the view (Louvain, the same every run)
look-focus-depth-tip = How far out from a selected actor stays in focus (+ and − with an actor selected)
look-period-a = Period A
look-period-b = Period B
look-period-ends-before-start = Each period must end in or after the year it starts.
editing-undid = Undid { $name }
editing-redid = Redid { $name }
editing-could-not-undo = Could not undo { $name }: { $e }
editing-could-not-redo = Could not redo { $name }: { $e }
confirm-save-the-changes-to-this-map-first = Save the changes to this map first?
edit-selected-date-hint = 2025, 2025-08 or 2025-08-24
edit-selected-actor-needs-a-name = An actor needs a name.
edit-selected-another-actor-has-this-name = Another actor has this name.
edit-selected-name-ja = Name (日本語)
edit-selected-name-ru = Name (русский)
edit-selected-actor-kind = Actor kind
edit-selected-actor-role = Actor role
edit-selected-actor-role-hint = Foreign Minister
edit-selected-about-the-actor = About the actor
edit-selected-about-the-actor-hint = One or two sentences
edit-selected-members = Members
edit-selected-part-of = Part of
edit-selected-add = add…
edit-selected-tie-from = Tie from
edit-selected-tie-to = Tie to
edit-selected-also-to = Also to
edit-selected-people = People
edit-selected-forum = Forum
edit-selected-forum-must-be-a-forum = A meeting's forum must be an actor of kind Forum.
edit-selected-two-different-actors = A tie joins two different actors.
edit-selected-kind-of-tie = Kind of tie
edit-selected-tie-status = Tie status
edit-selected-ends-before-it-starts = It ends before it starts.
edit-selected-tie-place = Tie place
edit-selected-place-hint = Astana
edit-selected-summary-hint = What happened
edit-selected-unsourced = Unsourced: cite a passage from the source reader.
edit-selected-remove = Remove
edit-selected-quote-speaker = Quote speaker
edit-selected-choose-who-said-it = Choose who said it.
edit-selected-about-actors = About actors
edit-selected-source-url = Source URL
edit-selected-source-needs-a-title = A source needs a title.
edit-selected-give-the-publisher = Give the publisher (bridges check asks for it).
edit-selected-give-the-date = Give the date it was published (bridges check asks for it).
edit-selected-give-the-url = Give its URL (bridges check asks for it).
editor-name-hint = Mongolia
editor-name-taken = An actor has this name already.
editor-add-then-click-tip = Add it, then click the map where it goes (Undo takes it away)
editor-add-at-capital-tip = Add it to the map at its capital (Undo takes it away)
editor-choose = choose…
editor-from = From
editor-to = To
editor-tie-kind = Tie kind
editor-status = Status
editor-change-the-tie = Change the tie
commands-no-file-chosen-export = No file chosen. If no dialog appeared, type the path in the File field.
commands-no-file-chosen-open = No file chosen. If no dialog appeared, give the path on the command line: bridges PATH, or drop the file on the window.
commands-no-file-chosen-save = No file chosen. If no dialog appeared, type the path in the field.
commands-no-file-chosen-source = No file chosen. If no dialog appeared, drop the file on the window instead.
commands-opened-the-built-in-map = Opened the built-in map
commands-new-map-title = New map
commands-a-new-empty-map = A new, empty map: add actors, sources and ties in the side panel
commands-filter-source-text = Text, Markdown or HTML
commands-two-files = { $a } and { $b }
commands-views-kept-only-in-json = ; the saved views and stories are kept only in Bridges JSON (save as .json to keep them)
commands-open-csv-folder-title = Open CSV folder
commands-open-dataset-title = Open dataset
commands-filter-datasets = Datasets
commands-filter-csv = CSV edge or node list
commands-filter-gif = Animated GIF (the timeline)
commands-filter-apng = Animated PNG (the timeline)
history-source-id = source { $id }
history-change-the-saved-views = change the saved views
history-change-the-stories = change the stories
history-nothing = nothing
jobs-laid-out = { $actors ->
    [one] Laid out { $actors } actor in { $seconds } s
   *[other] Laid out { $actors } actors in { $seconds } s
}
jobs-no-dated-ties = no tie has a date: there is no timeline to animate
jobs-stopped-nothing-written = stopped; nothing was written
windows-drop-to-open = Drop to open: Bridges JSON, CSV, GEXF or GraphML (or .txt, .md, .html as a new source)
editing-added-a-tie = Added a tie: give its kind, date and evidence in the side panel
editing-restored-the-unsaved-changes = Restored the unsaved changes; save them to keep them
story-no-story-to-present = No story to present: make one in View ▸ Stories
side-ties = Ties
side-ties-in-time = Ties in the time range
side-ties-at-other-times = Ties at other times
side-no-ties-in-time = None of its ties falls in the time range.
side-quotes = Quotes
side-affiliation = Affiliation:
side-part-of = Part of:
side-to = To:
side-with = With:
side-unsourced = Unsourced: no source is cited yet. In Edit map, select a passage in a source and choose Cite as evidence.
parts-no-source-given = no source given
parts-to = to { $arg }
parts-undated = Undated
parts-first-listed = … the first { $listed } by date are listed; the other { $other ->
    [one] { $other } is on the map and the timeline.
   *[other] { $other } are on the map and the timeline.
}
stories-view = View
stories-a-view-has-this-name = A view has this name.
stories-rename = Rename
stories-from-to = { $from } to { $to }
stories-from-to-cumulative = { $from } to { $to } (cumulative)
stories-some-ties-hidden = some ties hidden
stories-none-yet = none yet
stories-delete-story = Delete story
charts-bar = { $kind }: { $n } in { $year }
charts-partners-that-year = partners that year
export-dialog-pixels = { $width } × { $height } pixels
export-dialog-source-footer-tip = The source, the base map and "made with Bridges"
export-dialog-file-hint = { $images }, ties.gif or ties.apng
filters-click-to-hide = Click to hide these
filters-click-to-show = Click to show these
timeline-time-range = Time range
save-dialog-json-keeps-everything = Keeps everything: sources, evidence, quotes, topics.
save-dialog-csv-pair = A folder with nodes.csv and edges.csv, for spreadsheets. Topics are not kept.
save-dialog-graph = Actors, ties, dates, quotes and evidence as attributes. Topics are not kept.
save-dialog-folder = Folder:
save-dialog-file = File:
evidence-choose-a-source = choose a source…
density-bar = { $kind }, { $period }: { $shown } shown of { $all }{ $detail }
density-held = { $n } held
density-planned = { $n } planned
density-cancelled = { $n } cancelled
table-actors = Actors
table-ties = Ties
table-column-name = Name
table-column-kind = Kind
table-column-ties = Ties
table-column-partners = Partners
table-column-betweenness = Betweenness
table-column-eigenvector = Eigenvector
table-column-community = Community
table-column-date = Date
table-column-from = From
table-column-to = To
table-column-status = Status
table-column-place = Place
search-context = Context
search-quote = Quote
problem-fix = {" "}Fix: { $fix }
problem-count-in-file = { $count ->
    [one] { $count } problem in { $file }
   *[other] { $count } problems in { $file }
}
cli-could-not-open-window = bridges: could not open the window: { $error }
cli-check-untraceable = { $origin }: it opens, but { $count ->
    [one] { $count } fact cannot be traced
   *[other] { $count } facts cannot be traced
}: every tie must cite a source, every source give its URL, publisher and date
cli-check-problems-found = { $file }: { $count } problem(s) found
cli-convert-nothing-written = { $error }; nothing was written
cli-convert-unknown-format = cannot tell the format of { $path }: name it FILE.json, FILE.gexf or FILE.graphml, or give a folder name for the CSV pair
cli-convert-views-not-written = note: { $views ->
    [one] { $views } saved view
   *[other] { $views } saved views
} and { $stories ->
    [one] { $stories } story
   *[other] { $stories } stories
} are not written: only Bridges JSON keeps them
cli-unknown-kind = --kinds: no tie is of kind "{ $kind }"; kinds in this dataset: { $kinds }
cli-unknown-source = --source: no source has the id "{ $id }"; sources in this dataset: { $ids }
cli-unknown-layout = --layout: "{ $layout }" is not a layout; use geo, force or circular
cli-unknown-metric = --size-by: "{ $metric }" is not a metric; use ties, partners, betweenness or eigenvector
cli-unknown-colour = --colour-by: "{ $colour }" is not known; use kind, community, ties, partners, betweenness or eigenvector
cli-depth-out-of-range = --depth: { $depth } is out of range; use 1, 2 or 3
cli-no-such-selection = no actor or tie is called "{ $name }"; actors on the map: { $actors }
cli-unknown-lang = --lang { $tag }: not a language of Bridges; use en, ja or ru
cli-view-too-small = the view must be at least 1×1 pixels, not { $width }×{ $height }
cli-fps-out-of-range = --fps { $fps }: give 0.01 to 100 frames a second
cli-no-dated-tie = --{ $flag }: the dataset has no dated tie; give the date
cli-metrics-unknown-format = --format { $format }: use csv or json
export-format-png = PNG image
export-format-svg = SVG image
export-format-pdf = PDF document
export-extensions-list = { $rest } or { $last }
export-unknown-format = unknown image format "{ $ext }": name the file { $formats }
export-bad-scale = invalid size { $size }: the scale must be a positive number, the width a positive number of pixels
export-svg-unreadable = the SVG could not be read back: { $error }
export-cannot-allocate = cannot make a { $width }×{ $height } image: at most 65535 pixels a side, and memory for it
export-png-encoding-failed = PNG encoding failed: { $error }
export-too-large = an image of { $width }×{ $height } pixels is not possible: each side must be 1 to { $max } pixels
export-no-folder = the folder { $path } does not exist: choose an existing folder
export-is-folder = { $path } is a folder: give a file name ending in { $formats }
export-could-not-write = could not write { $path }: { $error }
export-could-not-render = could not render the image: { $error }
export-step-year = year
export-step-month = month
export-step-day = day
export-not-a-step = --step: "{ $step }" is not a step; use year, month or day
export-from-after-to = --from { $from } is after --to { $to }
export-too-many-frames = more than { $max } frames from { $from } to { $to }: choose a longer step or a shorter period
export-no-frames = no frames to animate
export-gif-failed = GIF encoding failed: { $error }
export-apng-failed = APNG encoding failed: { $error }
export-frames-too-many = too many frames
export-not-an-animation = an animation is written as .gif, .apng or .png, not ".{ $ext }"
export-pdf-page-too-large = a page of { $width }×{ $height } points is not possible
export-pdf-not-written = the PDF could not be written: { $error }
export-pdf-sources = Sources ({ $count })
export-pdf-sources-continued = Sources (continued)
export-none-in-dataset = { $what ->
    [story] the dataset has no stories
   *[view] the dataset has no saved views
}
export-none-called = { $what ->
    [story] no story is called "{ $name }"; stories: { $names }
   *[view] no saved view is called "{ $name }"; saved views: { $names }
}
export-story-no-steps = the story "{ $name }" has no steps
