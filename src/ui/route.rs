//! The closed set of pages, the one parser of the URL fragment, and the one builder of links.
//! Routes live in the fragment (`#/exploration`) so that any static host and sub-path serves the app,
//! and reload, back and forward work without a server.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Start,
    Exploration,
    Deeper,
    Networking,
    Applying,
    Closing,
    Plan,
    /// D3 and S2: a program written as a coach, and the one accepted from a coach.
    Coach,
    Data,
    /// A printable summary (D6) of the whole workbook, or of the stage [`print_scope`] names.
    Print,
    /// D4: the review space, where a snapshot someone shared is read, apart from this workbook.
    Review,
    NotFound,
}

/// The program's stages in the order a person works through them: the one table that numbers them
/// ("Stage 2 of 5"). Start, the plan and the data page sit beside the stages, not among them.
pub const STAGES: [Route; 5] = [
    Route::Exploration,
    Route::Deeper,
    Route::Networking,
    Route::Applying,
    Route::Closing,
];

impl Route {
    /// The stage's number, counted from 1, when this route is one of the program's stages.
    pub fn stage_number(self) -> Option<usize> {
        STAGES
            .iter()
            .position(|stage| *stage == self)
            .map(|at| at + 1)
    }

    /// The pages in the navigation, in the order of the program.
    pub const NAV: [Route; 9] = [
        Route::Start,
        Route::Exploration,
        Route::Deeper,
        Route::Networking,
        Route::Applying,
        Route::Closing,
        Route::Plan,
        Route::Coach,
        Route::Data,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Route::Start => "start",
            Route::Exploration => "exploration",
            Route::Deeper => "deeper",
            Route::Networking => "networking",
            Route::Applying => "applying",
            Route::Closing => "closing",
            Route::Plan => "plan",
            Route::Coach => "coach",
            Route::Data => "data",
            Route::Print => "print",
            Route::Review => "review",
            Route::NotFound => "not-found",
        }
    }

    /// Reads `location.hash`. An empty fragment is the start page; anything unknown is `NotFound`.
    pub fn parse(hash: &str) -> Route {
        let path = path_of(hash);
        if path.is_empty() {
            return Route::Start;
        }
        if path == "print" || print_scope(hash).is_some() {
            return Route::Print;
        }
        if path == Route::Review.slug() {
            return Route::Review;
        }
        Route::NAV
            .into_iter()
            .find(|route| route.slug() == path)
            .unwrap_or(Route::NotFound)
    }

    /// The link to the printable summary of this page's stage (`#/print/closing`), or of the whole
    /// workbook for a page that is not a stage's.
    pub fn print_href(self) -> String {
        match self {
            Route::Exploration
            | Route::Deeper
            | Route::Networking
            | Route::Applying
            | Route::Closing
            | Route::Plan => {
                format!("#/print/{}", self.slug())
            }
            _ => "#/print".to_string(),
        }
    }

    /// The page for `hash` as the app opens it: the bare address is home, which is the start page
    /// until the program is under way (`Workbook::program_under_way`) and the Plan, with its overview
    /// of what is due, from then on. `#/start` is always the start page.
    pub fn parse_home(hash: &str, under_way: bool) -> Route {
        match Route::parse(hash) {
            Route::Start if under_way && path_of(hash).is_empty() => Route::Plan,
            route => route,
        }
    }

    /// The link to this page, relative to the document: `#/exploration`.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    /// Whether the page's code is a part of its own that the browser fetches when the page is first
    /// opened (`ui::parts`). Start and the short pages come with the app itself.
    pub fn loads_lazily(self) -> bool {
        matches!(
            self,
            Route::Exploration
                | Route::Deeper
                | Route::Networking
                | Route::Applying
                | Route::Closing
                | Route::Plan
                | Route::Coach
                | Route::Data
                | Route::Print
                | Route::Review
        )
    }

    /// The page after this one in the navigation whose part loads lazily: the one worth fetching
    /// ahead, while a person is still on this page.
    pub fn next_lazy(self) -> Option<Route> {
        Route::NAV
            .into_iter()
            .skip_while(|route| *route != self)
            .skip(1)
            .find(|route| route.loads_lazily())
    }

    /// The page's name in the navigation and the window title.
    pub fn title(self) -> &'static str {
        match self {
            Route::Start => "Start",
            Route::Exploration => "Exploration",
            Route::Deeper => "Diving deeper",
            Route::Networking => "Networking",
            Route::Applying => "Applying",
            Route::Closing => "Closing",
            Route::Plan => "Plan",
            Route::Coach => "Coaching",
            Route::Data => "Data",
            Route::Print => "Print",
            Route::Review => "Review",
            Route::NotFound => "Page not found",
        }
    }
}

/// The stage a print address names (`#/print/closing` is Closing); `None` for the whole workbook
/// (`#/print`) and for any other address.
pub fn print_scope(hash: &str) -> Option<Route> {
    let stage = path_of(hash).strip_prefix("print/")?;
    [
        Route::Exploration,
        Route::Deeper,
        Route::Networking,
        Route::Applying,
        Route::Closing,
        Route::Plan,
    ]
    .into_iter()
    .find(|r| r.slug() == stage)
}

/// The page of each stage a snapshot can share (D4).
pub fn shared_page(stage: crate::model::share::SharedStage) -> Route {
    use crate::model::share::SharedStage;
    match stage {
        SharedStage::Exploration => Route::Exploration,
        SharedStage::Deeper => Route::Deeper,
        SharedStage::Networking => Route::Networking,
        SharedStage::Applying => Route::Applying,
        SharedStage::Closing => Route::Closing,
        SharedStage::Plan => Route::Plan,
        SharedStage::Coaching => Route::Coach,
    }
}

/// The route's part of a fragment: `#/plan/?x=1` is `plan`.
fn path_of(hash: &str) -> &str {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    path.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_is_the_plan_once_the_program_is_under_way() {
        for bare in ["", "#", "#/"] {
            assert_eq!(Route::parse_home(bare, false), Route::Start);
            assert_eq!(Route::parse_home(bare, true), Route::Plan);
        }
        assert_eq!(
            Route::parse_home("#/start", true),
            Route::Start,
            "the start page is still there"
        );
        assert_eq!(Route::parse_home("#/data", true), Route::Data);
    }

    #[test]
    fn stages_are_numbered_in_program_order() {
        assert_eq!(Route::Exploration.stage_number(), Some(1));
        assert_eq!(Route::Closing.stage_number(), Some(STAGES.len()));
        assert_eq!(Route::Plan.stage_number(), None);
        let in_nav: Vec<Route> = Route::NAV
            .into_iter()
            .filter(|r| r.stage_number().is_some())
            .collect();
        assert_eq!(
            in_nav, STAGES,
            "the navigation lists the stages in their order"
        );
    }

    #[test]
    fn every_page_round_trips_through_its_link() {
        for route in Route::NAV {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn empty_and_odd_fragments() {
        assert_eq!(Route::parse(""), Route::Start);
        assert_eq!(Route::parse("#"), Route::Start);
        assert_eq!(Route::parse("#/"), Route::Start);
        assert_eq!(Route::parse("#/plan/"), Route::Plan);
        assert_eq!(Route::parse("#/data?x=1"), Route::Data);
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound);
        assert_eq!(Route::parse("#/DATA"), Route::NotFound);
        assert_eq!(Route::parse(&Route::Review.href()), Route::Review);
    }

    #[test]
    fn the_part_fetched_ahead_is_the_next_lazy_page_of_the_program() {
        assert_eq!(Route::Start.next_lazy(), Some(Route::Exploration));
        assert_eq!(Route::Exploration.next_lazy(), Some(Route::Deeper));
        assert_eq!(Route::Deeper.next_lazy(), Some(Route::Networking));
        assert_eq!(Route::Networking.next_lazy(), Some(Route::Applying));
        assert_eq!(Route::Applying.next_lazy(), Some(Route::Closing));
        assert_eq!(Route::Closing.next_lazy(), Some(Route::Plan));
        assert_eq!(Route::Data.next_lazy(), None);
        assert_eq!(Route::NotFound.next_lazy(), None);
        assert!(Route::NAV
            .iter()
            .filter_map(|route| route.next_lazy())
            .all(Route::loads_lazily));
    }

    #[test]
    fn print_addresses_name_the_whole_workbook_or_one_stage() {
        assert_eq!(Route::parse("#/print"), Route::Print);
        assert_eq!(print_scope("#/print"), None);
        assert_eq!(Route::parse("#/print/closing"), Route::Print);
        assert_eq!(print_scope("#/print/closing"), Some(Route::Closing));
        assert_eq!(Route::Plan.print_href(), "#/print/plan");
        assert_eq!(Route::Data.print_href(), "#/print");
        assert_eq!(Route::parse("#/print/nowhere"), Route::NotFound);
        assert_eq!(print_scope("#/print/data"), None);
        for route in Route::NAV {
            let href = route.print_href();
            assert_eq!(Route::parse(&href), Route::Print);
            assert_eq!(
                print_scope(&href).map(Route::print_href),
                print_scope(&href).map(|_| href.clone())
            );
        }
    }

    #[test]
    fn links_are_relative_fragments() {
        assert_eq!(Route::Deeper.href(), "#/deeper");
        assert!(Route::NAV
            .iter()
            .all(|route| route.href().starts_with("#/")));
    }
}
