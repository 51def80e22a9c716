//! The procurement area's texts, one table per language, found by [`current`] in the language the module is built in.

use ddh_engine::money::Money;
use ddh_engine::procurement::section::{
    Basis, CapComponent, CapConsequence, Category, LineRole, Timing,
};
use ddh_engine::report::{Route, RouteReason, TermRule, ValueStepKind};

/// How an amount is written, given to sentences that hold amounts.
pub type MoneyText = fn(Money) -> String;

/// This table in the language the module is built in ([`crate::locale::LANGUAGE`]); only that language's
/// table is linked into the module.
pub fn current() -> &'static ProcurementTexts {
    match crate::locale::LANGUAGE {
        crate::locale::Language::Danish => &DA,
        crate::locale::Language::English => &EN,
    }
}

/// The procurement area's texts in one language.
pub struct ProcurementTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub purchase_heading: &'static str,
    pub category_label: &'static str,
    pub launch_date_label: &'static str,
    pub launch_date_hint: &'static str,
    pub launch_date_missing: &'static str,
    pub indefinite_label: &'static str,
    pub term_months_label: &'static str,
    pub extension_label: &'static str,
    pub include_tender_items: &'static str,
    /// Under the switch, what it does now: `tender_items_counted(amount)` when on.
    pub tender_items_counted: fn(amount: &str) -> String,
    pub tender_items_not_counted: &'static str,
    pub internal_not_counted: &'static str,
    pub lines_heading: &'static str,
    pub column_name: &'static str,
    pub column_role: &'static str,
    pub column_timing: &'static str,
    pub column_basis: &'static str,
    pub column_amount: &'static str,
    pub add_line: &'static str,
    pub new_line_name: &'static str,
    pub remove: &'static str,
    pub no_lines: &'static str,
    pub value_heading: &'static str,
    pub column_step: &'static str,
    pub column_paragraph: &'static str,
    pub threshold_heading: &'static str,
    pub threshold_label: &'static str,
    pub headroom_label: &'static str,
    pub excess_label: &'static str,
    pub route_heading: &'static str,
    pub cross_border_label: &'static str,
    pub cross_border_criteria: &'static str,
    pub criteria: [&'static str; 5],
    pub working_rules_note: &'static str,
    pub announce_above_label: &'static str,
    pub market_terms_above_label: &'static str,
    pub cap_heading: &'static str,
    pub cap_note: &'static str,
    pub cap_component_label: &'static str,
    pub margin_label: &'static str,
    pub consequence_label: &'static str,
    pub ceiling_label: &'static str,
    pub cap_label: &'static str,
    pub value_at_cap_label: &'static str,
    pub no_cap: &'static str,
    pub offers_heading: &'static str,
    pub offers_note: &'static str,
    pub offer_years_label: &'static str,
    pub column_offer: &'static str,
    pub column_setup: &'static str,
    pub column_yearly: &'static str,
    pub column_yearly_high: &'static str,
    pub column_value_48: &'static str,
    pub add_offer: &'static str,
    pub new_offer_name: &'static str,
    pub offers_table_heading: &'static str,
    pub column_members: &'static str,
    pub column_cheapest: &'static str,
    pub break_evens_heading: &'static str,
    pub no_break_evens: &'static str,
    pub value_chart_label: &'static str,
    pub value_chart_x: &'static str,
    pub value_chart_y: &'static str,
    pub offers_chart_label: &'static str,
    pub offers_chart_x: &'static str,
    pub offers_chart_y: &'static str,
    pub chart_threshold: &'static str,
    pub below: &'static str,
    pub at_or_above: &'static str,
    pub category: fn(Category) -> &'static str,
    pub role: fn(LineRole) -> &'static str,
    pub timing: fn(Timing) -> &'static str,
    pub basis: fn(Basis) -> &'static str,
    pub cap_component: fn(CapComponent) -> &'static str,
    pub consequence: fn(CapConsequence) -> &'static str,
    pub route: fn(Route) -> &'static str,
    pub route_explained: fn(Route) -> &'static str,
    pub step: fn(ValueStepKind) -> &'static str,
    /// The months counted and the rule, e.g. "60 måneder er over 48: månedsværdien × 48".
    pub term_rule: fn(rule: TermRule, months_counted: u32) -> String,
    /// The threshold row: amount, euro, period and source, all formatted.
    pub threshold_row: fn(amount: &str, euro: &str, from: &str, to: &str) -> String,
    /// The value as a share of the threshold.
    pub share_of_threshold: fn(percent: &str) -> String,
    /// One reason for the route, its figures formatted.
    pub reason: fn(&RouteReason, fmt: MoneyText) -> String,
    /// A field of a price line, by the line's name.
    pub line_field: fn(field: &str, line: &str) -> String,
    /// A field of an offer, by the offer's name.
    pub offer_field: fn(field: &str, offer: &str) -> String,
    /// "Fra 23 medlemmer er B billigere end A."
    pub break_even: fn(members: usize, cheaper: Option<&str>, first: &str, second: &str) -> String,
    /// The chart's caption.
    pub offers_caption: fn(years: u32) -> String,
    /// An offer's 48-month value against the threshold, with a range.
    pub value_48: fn(low: &str, high: Option<&str>) -> String,
}

pub static DA: ProcurementTexts = ProcurementTexts {
    heading: "Indkøb",
    intro: "Hvilke udbudsregler gælder, og hvad koster tilbuddene, når antallet af medlemmer ændrer sig? \
            Kontraktværdien følger udbudsloven; tærskelværdien er den, der gælder på den dag, indkøbet \
            sættes i gang.",
    purchase_heading: "Købet",
    category_label: "Ordregiver og kontrakttype",
    launch_date_label: "Dato for udbuddets start (annoncering)",
    launch_date_hint: "Tærskelværdien er den, der gælder denne dag.",
    launch_date_missing: "Vælg en dato; indtil da regnes med den tidligere.",
    indefinite_label: "Uden fast udløb (tidsubestemt)",
    term_months_label: "Løbetid, måneder",
    extension_label: "Forlængelse (option), måneder",
    include_tender_items: "Tæl udbudsbudgettets leverandørposter (anskaffelse, implementering) med i kontraktværdien som engangsbetalinger",
    tender_items_counted: |amount| format!("Kontraktværdien medregner {amount} i udbudsbudgettets leverandørposter."),
    tender_items_not_counted: "Kontraktværdien medregner ikke udbudsbudgettets leverandørposter.",
    internal_not_counted: "Budgettets interne omkostninger (konsulent, jura, IT) betales ikke til leverandøren og tæller ikke med i kontraktværdien.",
    lines_heading: "Priser",
    column_name: "Pris",
    column_role: "Art",
    column_timing: "Betales",
    column_basis: "Pr.",
    column_amount: "Beløb, kr. ekskl. moms",
    add_line: "Tilføj pris",
    new_line_name: "Ny pris",
    remove: "Fjern",
    no_lines: "Ingen priser ud over udbudsbudgettets leverandørposter.",
    value_heading: "Kontraktværdi",
    column_step: "Trin",
    column_paragraph: "Hjemmel",
    threshold_heading: "Tærskelværdi",
    threshold_label: "Tærskelværdi",
    headroom_label: "Luft til tærskelværdien",
    excess_label: "Over tærskelværdien med",
    route_heading: "Udbudsform",
    cross_border_label: "Kontrakten har klar grænseoverskridende interesse",
    cross_border_criteria: "Vurderes ud fra bl.a.:",
    criteria: [
        "kontraktens genstand",
        "den anslåede værdi",
        "varigheden",
        "forholdene i branchen",
        "stedet, hvor kontrakten skal udføres",
    ],
    working_rules_note: "Grænserne under tærskelværdien er samarbejdets arbejdsregler fra slides 2025, ikke lovens; de kan ændres.",
    announce_above_label: "Annoncering på udbud.dk over, kr.",
    market_terms_above_label: "Markedsmæssige vilkår over, kr.",
    cap_heading: "Udbud med beløbsgrænse",
    cap_note: "Den højeste pris, der holder kontraktværdien under tærskelværdien med den valgte margin.",
    cap_component_label: "Beløbsgrænse for",
    margin_label: "Margin under tærskelværdien, %",
    consequence_label: "Tilbud over beløbsgrænsen",
    ceiling_label: "Højeste kontraktværdi",
    cap_label: "Beløbsgrænse",
    value_at_cap_label: "Kontraktværdi ved beløbsgrænsen",
    no_cap: "Ingen: de øvrige betalinger alene når over grænsen.",
    offers_heading: "Tilbud efter antal medlemmer",
    offers_note: "Medlemmerne falder fra i rækkefølgen fra udbudsområdet. Kontraktværdien er oprettelse plus 4 års drift for alle medlemmer (48 måneder, § 38).",
    offer_years_label: "Sammenlign over, år",
    column_offer: "Tilbud",
    column_setup: "Oprettelse, kr.",
    column_yearly: "Pr. år, kr.",
    column_yearly_high: "Pr. år højst, kr. (interval)",
    column_value_48: "Kontraktværdi 48 mdr.",
    add_offer: "Tilføj tilbud",
    new_offer_name: "Nyt tilbud",
    offers_table_heading: "Pris pr. medlem for hvert antal medlemmer",
    column_members: "Medlemmer",
    column_cheapest: "Billigst",
    break_evens_heading: "Hvor tilbuddene skifter plads",
    no_break_evens: "Ingen: rækkefølgen er den samme for alle antal medlemmer.",
    value_chart_label: "Kontraktværdien måned for måned mod tærskelværdien",
    value_chart_x: "Måneder",
    value_chart_y: "Kontraktværdi, kr.",
    offers_chart_label: "Pris pr. medlem mod antal medlemmer for hvert tilbud",
    offers_chart_x: "Antal medlemmer",
    offers_chart_y: "Kr. pr. medlem",
    chart_threshold: "Tærskelværdi",
    below: "under tærskelværdien",
    at_or_above: "når tærskelværdien",
    category: |category| match category {
        Category::MunicipalSuppliesServices => "Kommuner og regioner: varer og tjenesteydelser (herunder IT)",
        Category::CentralSuppliesServices => "Staten: varer og tjenesteydelser",
        Category::Works => "Bygge- og anlægsarbejder",
        Category::SocialServices => "Sociale og andre specifikke tjenesteydelser (light-regimet)",
    },
    role: |role| match role {
        LineRole::Base => "Grundydelse",
        LineRole::Option => "Option",
        LineRole::Extension => "Forlængelse",
        LineRole::AddOn => "Tilkøbsydelse",
    },
    timing: |timing| match timing {
        Timing::OneOff => "Én gang",
        Timing::Monthly => "Pr. måned",
        Timing::Yearly => "Pr. år",
    },
    basis: |basis| match basis {
        Basis::Flat => "Samlet",
        Basis::PerMunicipality => "Pr. kommune",
        Basis::PerCitizen => "Pr. borger",
    },
    cap_component: |component| match component {
        CapComponent::OneOff => "anskaffelsesprisen (engangsbetalinger)",
        CapComponent::Monthly => "månedsprisen (løbende betalinger)",
    },
    consequence: |consequence| match consequence {
        CapConsequence::ZeroPricePoints => "får 0 point på pris",
        CapConsequence::NonCompliant => "er ukonditionsmæssigt",
        CapConsequence::Cancellation => "udbuddet aflyses, hvis der kun kommer tilbud over grænsen",
    },
    route: |route| match route {
        Route::EuTender => "EU-udbud",
        Route::AnnounceOnUdbudDk => "Annoncering på udbud.dk",
        Route::MarketTerms => "Markedsmæssige vilkår",
        Route::DirectAward => "Direkte tildeling",
    },
    route_explained: |route| match route {
        Route::EuTender => "Kontrakten skal i udbud efter udbudsloven.",
        Route::AnnounceOnUdbudDk => "Annoncér på udbud.dk, opstil tildelingskriterier, og underret tilbudsgiverne om udfaldet.",
        Route::MarketTerms => "Indgå kontrakten på markedsmæssige vilkår, fx ved at indhente to tilbud eller annoncere på DDH's hjemmeside.",
        Route::DirectAward => "Kontrakten kan tildeles direkte under iagttagelse af de forvaltningsretlige regler.",
    },
    step: |kind| match kind {
        ValueStepKind::TenderSupplierItems => "Heraf udbudsbudgettets leverandørposter",
        ValueStepKind::OneOff => "Engangsbetalinger",
        ValueStepKind::Monthly => "Løbende betalinger pr. måned",
        ValueStepKind::Recurring => "Løbende betalinger over de måneder, der tælles",
        ValueStepKind::NotBase => "Heraf optioner, forlængelser og tilkøb",
        ValueStepKind::Total => "Kontraktværdi",
    },
    term_rule: |rule, months| match rule {
        TermRule::FixedWithin48 => format!("Fast løbetid på højst 48 måneder: hele løbetiden tælles, {months} måneder."),
        TermRule::LongerThan48 => format!("Fast løbetid over 48 måneder: månedsværdien × {months}."),
        TermRule::Indefinite => format!("Tidsubestemt: månedsværdien × {months}."),
    },
    threshold_row: |amount, euro, from, to| {
        format!("{amount} ekskl. moms ({euro} euro), gældende {from}–{to}")
    },
    share_of_threshold: |percent| format!("Kontraktværdien er {percent} % af tærskelværdien."),
    reason: |reason, fmt| {
        use RouteReason as R;
        match reason {
            R::AtOrAboveThreshold { value, threshold } => {
                // A Danish amount ends with "kr.", which ends the sentence too.
                format!("Kontraktværdien {} når tærskelværdien {}", fmt(*value), fmt(*threshold))
            }
            R::BelowThreshold { value, threshold } => {
                format!("Kontraktværdien {} er under tærskelværdien {}", fmt(*value), fmt(*threshold))
            }
            R::CrossBorderInterest => "Der er klar grænseoverskridende interesse (jeres vurdering).".into(),
            R::NoCrossBorderInterest => "Der er ikke klar grænseoverskridende interesse (jeres vurdering).".into(),
            R::AboveAnnouncementLimit { limit } => format!("Værdien er over {} (arbejdsregel).", fmt(*limit)),
            R::NotAboveAnnouncementLimit { limit } => format!("Værdien er ikke over {} (arbejdsregel).", fmt(*limit)),
            R::AboveMarketTermsLimit { limit } => format!("Værdien er over {} (arbejdsregel).", fmt(*limit)),
            R::NotAboveMarketTermsLimit { limit } => format!("Værdien er ikke over {} (arbejdsregel).", fmt(*limit)),
        }
    },
    line_field: |field, line| format!("{field}, {line}"),
    offer_field: |field, offer| format!("{field}, {offer}"),
    break_even: |members, cheaper, first, second| match cheaper {
        Some(cheaper) => {
            let other = if cheaper == first { second } else { first };
            format!("Fra {members} medlemmer er \"{cheaper}\" billigere end \"{other}\".")
        }
        None => format!("Ved {members} medlemmer koster \"{first}\" og \"{second}\" det samme."),
    },
    offers_caption: |years| format!("Pris pr. medlem over {years} år mod antal medlemmer; skifte markeret med ring."),
    value_48: |low, high| match high {
        Some(high) => format!("{low}–{high}"),
        None => low.to_owned(),
    },
};

/// English, for the app's English build.
pub static EN: ProcurementTexts = ProcurementTexts {
    heading: "Procurement",
    intro: "Which procurement rules apply, and what do the offers cost as the number of members changes? \
            The contract value follows the Public Procurement Act (udbudsloven); the EU threshold is the one in force \
            on the day the procurement is launched.",
    purchase_heading: "The purchase",
    category_label: "Contracting authority and contract type",
    launch_date_label: "Launch date of the procurement (announcement)",
    launch_date_hint: "The EU threshold is the one in force on this day.",
    launch_date_missing: "Choose a date; until then the previous one is used.",
    indefinite_label: "No fixed end date (indefinite term)",
    term_months_label: "Term, months",
    extension_label: "Extension (option), months",
    include_tender_items: "Count the tender budget's supplier items (acquisition, implementation) in the contract value as one-off payments",
    tender_items_counted: |amount| format!("The contract value counts {amount} in the tender budget's supplier items."),
    tender_items_not_counted: "The contract value does not count the tender budget's supplier items.",
    internal_not_counted: "The budget's internal costs (consultant, legal, IT) are not paid to the supplier and do not count towards the contract value.",
    lines_heading: "Prices",
    column_name: "Price",
    column_role: "Type",
    column_timing: "Paid",
    column_basis: "Per",
    column_amount: "Amount, DKK excl. VAT",
    add_line: "Add price",
    new_line_name: "New price",
    remove: "Remove",
    no_lines: "No prices beyond the tender budget's supplier items.",
    value_heading: "Contract value",
    column_step: "Step",
    column_paragraph: "Legal basis",
    threshold_heading: "EU threshold",
    threshold_label: "EU threshold",
    headroom_label: "Headroom below the threshold",
    excess_label: "Above the threshold by",
    route_heading: "Procurement route",
    cross_border_label: "The contract has a clear cross-border interest",
    cross_border_criteria: "Assessed on the basis of, among other things:",
    criteria: [
        "the subject matter of the contract",
        "the estimated value",
        "the duration",
        "the conditions in the sector",
        "the place where the contract is to be performed",
    ],
    working_rules_note: "The limits below the threshold are the collaboration's working rules from the 2025 slides, not the law's; they can be changed.",
    announce_above_label: "Announcement on udbud.dk above (DKK)",
    market_terms_above_label: "Market terms above (DKK)",
    cap_heading: "Tender with a price cap",
    cap_note: "The highest price that keeps the contract value below the threshold by the chosen margin.",
    cap_component_label: "Price cap on",
    margin_label: "Margin below the threshold (%)",
    consequence_label: "An offer above the price cap",
    ceiling_label: "Highest contract value",
    cap_label: "Price cap",
    value_at_cap_label: "Contract value at the price cap",
    no_cap: "None: the other payments alone exceed the limit.",
    offers_heading: "Offers by number of members",
    offers_note: "Members drop out in the order set in the Tender area. The contract value is setup plus 4 years' operation for all members (48 months, § 38).",
    offer_years_label: "Compare over (years)",
    column_offer: "Offer",
    column_setup: "Setup (DKK)",
    column_yearly: "Per year (DKK)",
    column_yearly_high: "Per year, at most (DKK, range)",
    column_value_48: "Contract value, 48 months",
    add_offer: "Add offer",
    new_offer_name: "New offer",
    offers_table_heading: "Price per member for each number of members",
    column_members: "Members",
    column_cheapest: "Cheapest",
    break_evens_heading: "Where the offers change places",
    no_break_evens: "None: the order is the same for every number of members.",
    value_chart_label: "The contract value month by month against the EU threshold",
    value_chart_x: "Months",
    value_chart_y: "Contract value (DKK)",
    offers_chart_label: "Price per member against the number of members for each offer",
    offers_chart_x: "Number of members",
    offers_chart_y: "DKK per member",
    chart_threshold: "EU threshold",
    below: "below the threshold",
    at_or_above: "reaches the threshold",
    category: |category| match category {
        Category::MunicipalSuppliesServices => "Municipalities and regions: supplies and services (including IT)",
        Category::CentralSuppliesServices => "Central government: supplies and services",
        Category::Works => "Works",
        Category::SocialServices => "Social and other specific services (light regime)",
    },
    role: |role| match role {
        LineRole::Base => "Base service",
        LineRole::Option => "Option",
        LineRole::Extension => "Extension",
        LineRole::AddOn => "Add-on service",
    },
    timing: |timing| match timing {
        Timing::OneOff => "Once",
        Timing::Monthly => "Per month",
        Timing::Yearly => "Per year",
    },
    basis: |basis| match basis {
        Basis::Flat => "Total",
        Basis::PerMunicipality => "Per municipality",
        Basis::PerCitizen => "Per citizen",
    },
    cap_component: |component| match component {
        CapComponent::OneOff => "the acquisition price (one-off payments)",
        CapComponent::Monthly => "the monthly price (recurring payments)",
    },
    consequence: |consequence| match consequence {
        CapConsequence::ZeroPricePoints => "gets 0 points on price",
        CapConsequence::NonCompliant => "is non-compliant",
        CapConsequence::Cancellation => "the tender is cancelled if only offers above the cap are received",
    },
    route: |route| match route {
        Route::EuTender => "EU tender",
        Route::AnnounceOnUdbudDk => "Announcement on udbud.dk",
        Route::MarketTerms => "Market terms",
        Route::DirectAward => "Direct award",
    },
    route_explained: |route| match route {
        Route::EuTender => "The contract must be put out to tender under the Public Procurement Act (udbudsloven).",
        Route::AnnounceOnUdbudDk => "Announce on udbud.dk, set award criteria, and notify the bidders of the outcome.",
        Route::MarketTerms => "Enter into the contract on market terms, e.g. by obtaining two offers or announcing it on DDH's website.",
        Route::DirectAward => "The contract may be awarded directly, in compliance with the rules of administrative law.",
    },
    step: |kind| match kind {
        ValueStepKind::TenderSupplierItems => "Of which the tender budget's supplier items",
        ValueStepKind::OneOff => "One-off payments",
        ValueStepKind::Monthly => "Recurring payments per month",
        ValueStepKind::Recurring => "Recurring payments over the months counted",
        ValueStepKind::NotBase => "Of which options, extensions and add-ons",
        ValueStepKind::Total => "Contract value",
    },
    term_rule: |rule, months| match rule {
        TermRule::FixedWithin48 => format!("Fixed term of at most 48 months: the whole term counts, {months} months."),
        TermRule::LongerThan48 => format!("Fixed term of more than 48 months: the monthly value × {months}."),
        TermRule::Indefinite => format!("Indefinite term: the monthly value × {months}."),
    },
    threshold_row: |amount, euro, from, to| {
        format!("{amount} excl. VAT (EUR {euro}), in force {from} – {to}")
    },
    share_of_threshold: |percent| format!("The contract value is {percent}% of the EU threshold."),
    reason: |reason, fmt| {
        use RouteReason as R;
        match reason {
            R::AtOrAboveThreshold { value, threshold } => {
                format!("The contract value of {} reaches the EU threshold of {}.", fmt(*value), fmt(*threshold))
            }
            R::BelowThreshold { value, threshold } => {
                format!("The contract value of {} is below the EU threshold of {}.", fmt(*value), fmt(*threshold))
            }
            R::CrossBorderInterest => "There is a clear cross-border interest (your assessment).".into(),
            R::NoCrossBorderInterest => "There is no clear cross-border interest (your assessment).".into(),
            R::AboveAnnouncementLimit { limit } => format!("The value is above {} (working rule).", fmt(*limit)),
            R::NotAboveAnnouncementLimit { limit } => format!("The value is not above {} (working rule).", fmt(*limit)),
            R::AboveMarketTermsLimit { limit } => format!("The value is above {} (working rule).", fmt(*limit)),
            R::NotAboveMarketTermsLimit { limit } => format!("The value is not above {} (working rule).", fmt(*limit)),
        }
    },
    line_field: |field, line| format!("{field}, {line}"),
    offer_field: |field, offer| format!("{field}, {offer}"),
    break_even: |members, cheaper, first, second| {
        let noun = if members == 1 { "member" } else { "members" };
        match cheaper {
            Some(cheaper) => {
                let other = if cheaper == first { second } else { first };
                format!("From {members} {noun}, \"{cheaper}\" is cheaper than \"{other}\".")
            }
            None => format!("At {members} {noun}, \"{first}\" and \"{second}\" cost the same."),
        }
    },
    offers_caption: |years| {
        let noun = if years == 1 { "year" } else { "years" };
        format!("Price per member over {years} {noun} against the number of members; changes of place marked with a ring.")
    },
    value_48: |low, high| match high {
        Some(high) => format!("{low}–{high}"),
        None => low.to_owned(),
    },
};
