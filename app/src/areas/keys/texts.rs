//! The allocation keys' texts (Fordeling), one table per language, found by [`current`].

/// This table in the language the module is built in ([`crate::locale::LANGUAGE`]); only that language's
/// table is linked into the module.
pub fn current() -> &'static KeysTexts {
    match crate::locale::LANGUAGE {
        crate::locale::Language::Danish => &DA,
        crate::locale::Language::English => &EN,
    }
}

/// The keys area's texts in one language.
pub struct KeysTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// The area's headline: the member whose cost rises most under the chosen key against today's
    /// (`rise(key)` the label; `member_change(name, kroner)` the figure), and the one whose falls most.
    pub rise: fn(key: &str) -> String,
    pub fall: &'static str,
    pub member_change: fn(name: &str, kroner: &str) -> String,
    pub nobody_more: &'static str,
    pub nobody_less: &'static str,
    pub chosen_label: &'static str,
    /// The headline in the key bar: the key, the largest rise and the largest fall.
    pub bar: fn(key: &str, rise: &str, fall: &str) -> String,
    pub basis_heading: &'static str,
    pub source_label: &'static str,
    pub sources: [&'static str; 3],
    pub typed_hours: &'static str,
    pub typed_cost: &'static str,
    pub jumpseat_apply: &'static str,
    pub jumpseat_hours: &'static str,
    pub shared: fn(hours: &str, kroner: &str) -> String,
    pub jumpseat_cut: fn(hours: &str, kroner: &str) -> String,
    pub calls_heading: &'static str,
    pub calls_illustrative: &'static str,
    pub calls_own: &'static str,
    pub use_illustrative: &'static str,
    pub import_label: &'static str,
    pub import_format: &'static str,
    pub paste_label: &'static str,
    pub paste_apply: &'static str,
    pub import_done: &'static str,
    pub missing_calls: fn(names: &str) -> String,
    pub member: &'static str,
    pub population: &'static str,
    pub population_share: &'static str,
    pub calls: &'static str,
    pub call_share: &'static str,
    pub bid: &'static str,
    pub calls_of: fn(name: &str) -> String,
    pub bid_of: fn(name: &str) -> String,
    pub bid_note: &'static str,
    pub edit_members: &'static str,
    pub params_heading: &'static str,
    pub population_weight: &'static str,
    pub calls_weight: &'static str,
    pub floor: &'static str,
    pub cap: &'static str,
    pub base: &'static str,
    pub fill_label: &'static str,
    pub fills: [&'static str; 2],
    pub compensation: &'static str,
    /// The keys in the report's column order.
    pub keys: [&'static str; 5],
    pub side_heading: &'static str,
    /// The side-by-side table's orders, as `tables::Order` lists them.
    pub order_label: &'static str,
    pub orders: [&'static str; 3],
    pub sort_note: &'static str,
    pub hours_of: fn(key: &str) -> String,
    pub kroner_of: fn(key: &str) -> String,
    pub change_of: fn(key: &str) -> String,
    pub total: &'static str,
    pub sums_equal: fn(hours: &str, kroner: &str) -> String,
    pub sums_differ: &'static str,
    pub differ: fn(names: &str) -> String,
    pub differ_none: &'static str,
    pub example_floor: fn(share: &str) -> String,
    pub example_cap: fn(share: &str) -> String,
    pub detail_heading: &'static str,
    pub hours: &'static str,
    pub kroner: &'static str,
    pub change: &'static str,
    pub fee: &'static str,
    pub credit: &'static str,
    pub net: &'static str,
    pub economic_note: &'static str,
    pub bounded_share: &'static str,
    pub bound: &'static str,
    pub rescaled: &'static str,
    pub exact: &'static str,
    pub exact_bound: &'static str,
    pub bounds: [&'static str; 3],
    pub bounded_note: &'static str,
    pub market_columns: [&'static str; 7],
    pub market_summary: fn(base: &str, supply: &str, demand: &str, compensation: &str) -> String,
    pub oversubscribed: &'static str,
    pub undersubscribed: &'static str,
    pub market_note: &'static str,
    pub seats_heading: &'static str,
    pub seats_count: &'static str,
    pub seats_method: &'static str,
    pub seats_methods: [&'static str; 2],
    pub seats_aarhus: &'static str,
    pub seats_aarhus_options: [&'static str; 2],
    pub region: &'static str,
    pub members: &'static str,
    pub seats: &'static str,
    pub fixed_seat: &'static str,
    pub seats_note: &'static str,
    pub seats_given: fn(seats: u32) -> String,
    pub chart_heading: &'static str,
    pub bars_alt: &'static str,
    pub change_alt: fn(key: &str) -> String,
    pub bars_caption: &'static str,
    pub change_caption: fn(key: &str) -> String,
    /// The change chart's legend.
    pub legend_rise: &'static str,
    pub legend_saving: &'static str,
}

pub static DA: KeysTexts = KeysTexts {
    heading: "Fordeling af vagter og udgifter",
    intro: "Hvem leverer hvor mange agenttimer, og hvem bærer hvilken udgift? Fem fordelingsnøgler for de samme \
            timer og den samme udgift, side om side: dagens befolkningsnøgle, samarbejdsaftalens økonomimodel, \
            Skanderborgs forslag med loft og bund (2024) som regnearket regnede og eksakt, og basis + markedsplads \
            (2025). Timer deles i hele minutter og kroner i hele øre efter største brøkdel, så alt går op.",
    rise: |key| format!("Største stigning med {key} mod i dag"),
    fall: "Største fald",
    member_change: |name, kroner| format!("{name}: {kroner}"),
    nobody_more: "Ingen betaler mere",
    nobody_less: "Ingen betaler mindre",
    chosen_label: "Nøglen der vejes mod i dag",
    bar: |key, rise, fall| format!("{key} mod i dag: {rise} · {fall}"),
    basis_heading: "Hvad fordeles",
    source_label: "Timer og udgift fra",
    sources: ["Åbningstid, i dag", "Åbningstid, forslag", "Indtastet her"],
    typed_hours: "Agenttimer om året",
    typed_cost: "Udgift om året (kr.)",
    jumpseat_apply: "Træk jumpseat-timer fra, før der fordeles",
    jumpseat_hours: "Jumpseat-timer om året (tomt: estimatet fra Åbningstid)",
    // `kroner` ends in "kr.", which ends the sentence too.
    shared: |hours, kroner| format!("Der fordeles {hours} og {kroner}"),
    jumpseat_cut: |hours, kroner| format!("Jumpseat trækker {hours} og {kroner} fra."),
    calls_heading: "Opkald pr. medlem (sidste år)",
    calls_illustrative: "Illustrative opkald: Åbningstids opkald om året fordelt efter befolkning, med Skanderborg og \
                         Odsherred sat som i forslagets eksempler (1,05 % af opkaldene mod 3,33 % af befolkningen; \
                         1.300 timer efter opkald mod 741 ved loftet). Skriv eller indlæs jeres egne tal.",
    calls_own: "Opkaldene er jeres egne (indtastet eller indlæst).",
    use_illustrative: "Brug de illustrative opkald",
    import_label: "Indlæs opkald fra en CSV-fil",
    import_format: "Én linje pr. medlem: kommunens kode eller navn og antal opkald, adskilt af semikolon, som dansk \
                    Excel gemmer »CSV (semikolonsepareret)«. En første linje med overskrifter springes over. \
                    UTF-8 eller Windows-1252.",
    paste_label: "Eller indsæt fra Excel: kommune og opkald på hver linje",
    paste_apply: "Brug de indsatte tal",
    import_done: "Opkaldene er indlæst.",
    missing_calls: |names| format!("Ingen opkald for: {names}. De regnes som 0."),
    member: "Medlem",
    population: "Indbyggere",
    population_share: "Befolkningsandel",
    calls: "Opkald",
    call_share: "Opkaldsandel",
    bid: "Bud (timer)",
    calls_of: |name| format!("Opkald, {name}"),
    bid_of: |name| format!("Bud, {name}"),
    bid_note: "Bud på markedspladsen i timer om året: positivt for flere timer end basis, negativt for basistimer, \
               der lægges på markedspladsen.",
    edit_members: "Ret opkald og bud medlem for medlem",
    params_heading: "Nøglernes parametre",
    population_weight: "Økonomimodel: vægt på befolkningsandel (%)",
    calls_weight: "Økonomimodel: vægt på opkaldsandel (%)",
    floor: "Loft og bund: bund (% af befolkningsandelen)",
    cap: "Loft og bund: loft (% af befolkningsandelen)",
    base: "Markedsplads: basisbemanding (% af timerne)",
    fill_label: "Markedsplads: timer uden bud går til",
    fills: ["medlemmerne efter befolkning", "budgiverne efter bud"],
    compensation: "Markedsplads: kompensation pr. flyttet time (kr.)",
    keys: [
        "Befolkning (i dag)",
        "Økonomimodel",
        "Loft og bund (regneark)",
        "Loft og bund (eksakt)",
        "Basis + markedsplads",
    ],
    side_heading: "Side om side",
    order_label: "Rækkefølge",
    orders: [
        "Størst besparelse først",
        "Størst stigning først",
        "Flest indbyggere først",
    ],
    sort_note: "Ændringen er den valgte nøgles mod dagens befolkningsnøgle (en besparelse: lavere udgift \
                end i dag); den valgte nøgle vises også i detaljer og i diagrammet over ændringer.",
    hours_of: |key| format!("{key}: timer"),
    kroner_of: |key| format!("{key}: kr."),
    change_of: |key| format!("{key}: ændring"),
    total: "I alt",
    sums_equal: |hours, kroner| format!("Alle fem nøgler fordeler i alt {hours} og {kroner}"),
    sums_differ: "Nøglernes summer er ikke ens.",
    differ: |names| {
        format!(
            "Efter regnearkets omskalering ligger {names} uden for grænserne. Den eksakte variant holder dem på \
             grænsen, og de øvrige medlemmers timer ændres tilsvarende."
        )
    },
    differ_none: "Efter regnearkets omskalering ligger alle andele inden for grænserne.",
    example_floor: |share| {
        format!("Forslagets eksempel: Skanderborg løftes til sin bund, {share} af timerne før omskalering.")
    },
    example_cap: |share| {
        format!("Forslagets eksempel: Odsherred holdes på sit loft, {share} af timerne før omskalering.")
    },
    detail_heading: "Én nøgle i detaljer",
    hours: "Timer",
    kroner: "Kr.",
    change: "Ændring",
    fee: "Driftsvederlag",
    credit: "Modregning for timer",
    net: "Netto",
    economic_note: "Driftsvederlaget fordeler udgiften efter de vægtede andele; timerne leveres efter befolkning og \
                    modregnes til timetaksten. Netto er vederlag minus modregning: positiv betaler, negativ får.",
    bounded_share: "Begrænset andel (kolonne H)",
    bound: "Grænse",
    rescaled: "Omskaleret (kolonne I)",
    exact: "Eksakt andel",
    exact_bound: "Grænse (eksakt)",
    bounds: ["", "bund", "loft"],
    bounded_note: "Regnearket begrænser opkaldsandelen til [bund, loft] af befolkningsandelen og omskalerer til 100 %, \
                   hvorefter en andel kan ende uden for grænserne. Den eksakte variant holder de begrænsede medlemmer \
                   på grænsen og omskalerer resten, indtil ingen er udenfor.",
    market_columns: ["Basis", "Givet tilbage", "Bud", "Vundet", "Fyldt op", "Flyttet", "Kompensation"],
    market_summary: |base, supply, demand, compensation| {
        format!(
            "Basis {base}; på markedspladsen {supply}; bud {demand}. Kompensation i alt {compensation}"
        )
    },
    oversubscribed: "Der er budt på flere timer, end der er: buddene skæres ned forholdsmæssigt.",
    undersubscribed: "Buddene tager ikke alle timerne på markedspladsen: resten fordeles efter den valgte regel.",
    market_note: "Kompensationen afgør, hvor mange kroner markedspladsen flytter: er den lig med timetaksten, \
                  flytter den timer, men næsten ingen kroner (kun øre-afrunding).",
    seats_heading: "Styregruppens pladser",
    seats_count: "Pladser i alt",
    seats_method: "Metode",
    seats_methods: ["Største brøkdel", "D'Hondt"],
    seats_aarhus: "Aarhus' faste plads",
    seats_aarhus_options: ["tæller som en af Region Midtjyllands", "kommer oven i de andre"],
    region: "Region",
    members: "Medlemmer",
    seats: "Pladser",
    fixed_seat: "heraf Aarhus' faste plads",
    seats_note: "Vedtægterne: op til 13 kommuner, Aarhus har fast plads, og pladserne fordeles på regionerne efter \
                 befolkningen. En region får højst én plads pr. medlem; står to regioner lige, går pladsen til den \
                 første i rækken.",
    seats_given: |seats| match seats {
        1 => "1 plads fordelt.".to_owned(),
        n => format!("{n} pladser fordelt."),
    },
    chart_heading: "Diagrammer",
    bars_alt: "Søjler: hvert medlems udgift under hver nøgle.",
    change_alt: |key| format!("Søjler: hvert medlems ændring i udgift under {key} mod dagens nøgle."),
    bars_caption: "Hvert medlems udgift under hver nøgle (kr.)",
    change_caption: |key| format!("Ændring i udgift under {key} mod dagens nøgle (kr.)"),
    legend_rise: "Betaler mere end i dag (+)",
    legend_saving: "Betaler mindre end i dag (\u{2212})",
};

/// English, for the app's English build.
pub static EN: KeysTexts = KeysTexts {
    heading: "Allocation of shifts and costs",
    intro: "Who supplies how many agent hours, and who bears which cost? Five allocation keys for the same hours \
            and the same cost, side by side: today's population key, the cooperation agreement's economic model, \
            Skanderborg's call-share proposal with floor and ceiling (2024), as the spreadsheet calculated it and \
            exactly, and base + marketplace (2025). Hours are divided in whole minutes and amounts in whole øre by \
            largest remainder, so that everything adds up.",
    rise: |key| format!("Largest rise under {key} against today"),
    fall: "Largest fall",
    member_change: |name, kroner| format!("{name}: {kroner}"),
    nobody_more: "Nobody pays more",
    nobody_less: "Nobody pays less",
    chosen_label: "The key weighed against today's",
    bar: |key, rise, fall| format!("{key} against today: {rise} · {fall}"),
    basis_heading: "What is allocated",
    source_label: "Hours and cost from",
    sources: ["Opening hours, today", "Opening hours, proposal", "Entered here"],
    typed_hours: "Agent hours per year",
    typed_cost: "Cost per year (DKK)",
    jumpseat_apply: "Deduct jumpseat hours before allocating",
    jumpseat_hours: "Jumpseat hours per year (blank: the estimate from Opening hours)",
    // `kroner` ends in a figure ("DKK 1,550,000.00"), so the sentence has its own full stop.
    shared: |hours, kroner| format!("To allocate: {hours} and {kroner}."),
    jumpseat_cut: |hours, kroner| format!("Jumpseat deducts {hours} and {kroner}."),
    calls_heading: "Calls per member (last year)",
    calls_illustrative: "Illustrative calls: the calls per year from Opening hours, distributed by population, with \
                         Skanderborg and Odsherred set as in the proposal's examples (1.05% of the calls against \
                         3.33% of the population; 1,300 hours by calls against 741 at the ceiling). Enter or import \
                         your own figures.",
    calls_own: "The calls are your own (entered or imported).",
    use_illustrative: "Use the illustrative calls",
    import_label: "Import calls from a CSV file",
    import_format: "One line per member: the municipality's code or name and its number of calls, separated by a \
                    comma as English Excel saves ‘CSV (Comma delimited)’, or by a semicolon as Danish Excel does. \
                    A first line of headings is skipped; a column headed “Calls” holds the calls. UTF-8 or \
                    Windows-1252.",
    paste_label: "Or paste from Excel: municipality and calls on each line",
    paste_apply: "Use the pasted figures",
    import_done: "The calls have been imported.",
    missing_calls: |names| format!("No calls for: {names}. They count as 0."),
    member: "Member",
    population: "Population",
    population_share: "Population share",
    calls: "Calls",
    call_share: "Call share",
    bid: "Bid (hours)",
    calls_of: |name| format!("Calls, {name}"),
    bid_of: |name| format!("Bid, {name}"),
    bid_note: "Bids on the marketplace in hours per year: positive for more hours than the base, negative for base \
               hours put on the marketplace.",
    edit_members: "Edit calls and bids member by member",
    params_heading: "Key parameters",
    population_weight: "Economic model: weight on population share (%)",
    calls_weight: "Economic model: weight on call share (%)",
    floor: "Floor and ceiling: floor (% of the population share)",
    cap: "Floor and ceiling: ceiling (% of the population share)",
    base: "Marketplace: base staffing (% of the hours)",
    fill_label: "Marketplace: hours without bids go to",
    fills: ["the members by population", "the bidders by bid"],
    compensation: "Marketplace: compensation per hour moved (DKK)",
    keys: [
        "Population (today)",
        "Economic model",
        "Floor and ceiling (spreadsheet)",
        "Floor and ceiling (exact)",
        "Base + marketplace",
    ],
    side_heading: "Side by side",
    order_label: "Order",
    orders: [
        "Largest saving first",
        "Largest rise first",
        "Most citizens first",
    ],
    sort_note: "The change is the chosen key's against today's population key (a saving: a lower cost than \
                today); the chosen key is also the one shown in detail and in the chart of changes.",
    hours_of: |key| format!("{key}: hours"),
    kroner_of: |key| format!("{key}: DKK"),
    change_of: |key| format!("{key}: change"),
    total: "Total",
    sums_equal: |hours, kroner| format!("All five keys allocate {hours} and {kroner} in total."),
    sums_differ: "The keys' totals are not the same.",
    differ: |names| {
        format!(
            "After the spreadsheet's rescaling, these members are outside the bounds: {names}. The exact variant \
             holds them at their bound, and the other members' hours change accordingly."
        )
    },
    differ_none: "After the spreadsheet's rescaling, all shares are within the bounds.",
    example_floor: |share| {
        format!(
            "The proposal's example: Skanderborg is raised to its floor, {share} of the hours before rescaling."
        )
    },
    example_cap: |share| {
        format!("The proposal's example: Odsherred is held at its ceiling, {share} of the hours before rescaling.")
    },
    detail_heading: "One key in detail",
    hours: "Hours",
    kroner: "DKK",
    change: "Change",
    fee: "Operating fee",
    credit: "Credit for hours",
    net: "Net",
    economic_note: "The operating fee divides the cost by the weighted shares; the hours are supplied by population \
                    and credited at the hourly rate. Net is the fee minus the credit: a positive net is paid, a \
                    negative net is received.",
    bounded_share: "Bounded share (column H)",
    bound: "Bound",
    rescaled: "Rescaled (column I)",
    exact: "Exact share",
    exact_bound: "Bound (exact)",
    bounds: ["", "floor", "ceiling"],
    bounded_note: "The spreadsheet bounds the call share to [floor, ceiling] of the population share and rescales \
                   to 100%, after which a share can end up outside the bounds. The exact variant holds the bounded \
                   members at their bound and rescales the rest until none is outside.",
    market_columns: ["Base", "Given back", "Bid", "Won", "Filled", "Moved", "Compensation"],
    market_summary: |base, supply, demand, compensation| {
        format!(
            "Base {base}; on the marketplace {supply}; bids {demand}. Total compensation {compensation}."
        )
    },
    oversubscribed: "More hours have been bid for than there are: the bids are scaled down proportionally.",
    undersubscribed: "The bids do not take all the hours on the marketplace: the rest is allocated by the chosen \
                      rule.",
    market_note: "The compensation decides how much money the marketplace moves: if it equals the hourly rate, the \
                  marketplace moves hours but almost no money (only øre rounding).",
    seats_heading: "Steering group seats",
    seats_count: "Seats in total",
    seats_method: "Method",
    seats_methods: ["Largest remainder", "D'Hondt"],
    seats_aarhus: "Aarhus' fixed seat",
    seats_aarhus_options: ["counts as one of Region Midtjylland's", "comes on top of the others"],
    region: "Region",
    members: "Members",
    seats: "Seats",
    fixed_seat: "of which Aarhus' fixed seat:",
    seats_note: "The by-laws: up to 13 municipalities, Aarhus has a fixed seat, and the seats are distributed over \
                 the regions by population. A region gets at most one seat per member; if two regions are tied, \
                 the seat goes to the one listed first.",
    seats_given: |seats| match seats {
        1 => "1 seat allocated.".to_owned(),
        n => format!("{n} seats allocated."),
    },
    chart_heading: "Charts",
    bars_alt: "Bars: each member's cost under each key.",
    change_alt: |key| format!("Bars: each member's change in cost under {key} against today's key."),
    bars_caption: "Each member's cost under each key (DKK)",
    change_caption: |key| format!("Change in cost under {key} against today's key (DKK)"),
    legend_rise: "Pays more than today (+)",
    legend_saving: "Pays less than today (\u{2212})",
};
