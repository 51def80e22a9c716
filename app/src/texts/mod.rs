//! Every text the user sees, one table per language. Danish is the product's language and the default.
//!
//! Plain texts are fields; sentences with figures in them are functions of the language, given figures
//! already formatted, so that word order and grammar belong to the language. The engine's own texts
//! (its error messages, preset labels, sources, the rounding note) are in its table, which this one
//! holds: choosing a language is choosing one `&Texts`. Each language is one more `static Texts`, and
//! the compiler refuses it until every field is filled. The tables are statics, so that each is
//! one object in a module however many functions refer to it.

pub mod export;
pub mod import;

use ddh_engine::text::Messages;

/// The app's texts in the language the module is built in.
pub fn current() -> &'static Texts {
    match crate::locale::LANGUAGE {
        crate::locale::Language::Danish => &DA,
        crate::locale::Language::English => &EN,
    }
}

/// The app's texts in one language.
pub struct Texts {
    /// What the engine says, in the same language.
    pub engine: &'static Messages,
    pub areas_label: &'static str,
    pub area_tender: &'static str,
    pub area_procurement: &'static str,
    pub area_hours: &'static str,
    pub area_keys: &'static str,
    pub area_years: &'static str,
    pub area_scenarios: &'static str,
    /// The product's name, before the area's title in the page's heading and after it in the
    /// window's title.
    pub product: &'static str,
    /// Each area's title, in [`crate::areas::AreaId`]'s order (tender, procurement, hours, keys,
    /// years, scenarios, the presentation): the page's heading and the window's title while it is
    /// shown.
    pub titles: [&'static str; 7],
    /// The question each area answers, in the same order, under the heading.
    pub questions: [&'static str; 7],
    /// The window's title while an area is shown: `page_title(area title, product)`.
    pub page_title: fn(&str, &str) -> String,
    pub members_heading: &'static str,
    pub members_default_note: &'static str,
    pub presets_label: &'static str,
    pub quarter_label: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub only_ticked: &'static str,
    pub selected_count: &'static str,
    pub column_member: &'static str,
    pub column_code: &'static str,
    pub column_name: &'static str,
    pub column_region: &'static str,
    pub column_population: &'static str,
    pub column_share: &'static str,
    pub column_bill: &'static str,
    pub overridden_mark: &'static str,
    pub reset_override: &'static str,
    pub budget_heading: &'static str,
    pub budget_note: &'static str,
    pub column_item: &'static str,
    pub column_amount: &'static str,
    pub column_kind: &'static str,
    pub kind_supplier: &'static str,
    pub kind_internal: &'static str,
    pub add_item: &'static str,
    pub new_item_name: &'static str,
    pub remove_item: &'static str,
    pub total: &'static str,
    pub supplier_total: &'static str,
    pub internal_total: &'static str,
    pub results_heading: &'static str,
    pub participating_population: &'static str,
    pub price_per_citizen: &'static str,
    pub largest_share: &'static str,
    pub bills_heading: &'static str,
    pub bills_sum: &'static str,
    pub cannot_compute: &'static str,
    pub not_current: &'static str,
    pub leaving_heading: &'static str,
    pub order_label: &'static str,
    pub order_largest: &'static str,
    pub order_smallest: &'static str,
    pub order_custom: &'static str,
    pub custom_order_heading: &'static str,
    pub custom_order_note: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub draws_label: &'static str,
    pub seed_label: &'static str,
    pub target_label: &'static str,
    pub target_hint: &'static str,
    pub chart_label: &'static str,
    pub chart_x: &'static str,
    pub chart_y: &'static str,
    pub chart_order_line: &'static str,
    pub chart_band: &'static str,
    pub chart_median: &'static str,
    pub chart_target: &'static str,
    pub chart_failed: &'static str,
    pub steps_heading: &'static str,
    pub column_members_left: &'static str,
    pub column_leaver: &'static str,
    pub column_leaver_population: &'static str,
    pub column_population_left: &'static str,
    pub reset: &'static str,
    pub print: &'static str,
    pub export: &'static str,
    /// Said when the choice of language cannot be kept (storage blocked), so nothing changes.
    pub language_not_kept: &'static str,
    /// Said when the language cannot be switched with no network (only one language is kept offline).
    pub language_offline: &'static str,
    /// Under a printed area: the scenario's name, before the day the browser writes ("Scenarie: Basis.
    /// Udskrevet fra Den Digitale Hotlines beregner 4. december 2026.").
    pub printed: fn(name: &str) -> String,
    pub undo: &'static str,
    pub redo: &'static str,
    pub undo_keys: &'static str,
    pub redo_keys: &'static str,
    pub reset_done: &'static str,
    pub saved_unreadable: &'static str,
    pub no_storage: &'static str,
    pub storage_full: &'static str,
    pub storage_refused: &'static str,
    pub empty_number: &'static str,
    pub unreadable_fields: &'static str,
    pub quarter_note: &'static str,
    pub skip_to: &'static str,
    pub summary_members: &'static str,
    pub summary_citizens: &'static str,
    pub rounding_heading: &'static str,
    pub data_source: &'static str,
    pub own_selection: &'static str,
    pub field_members: &'static str,
    pub field_budget: &'static str,
    pub field_custom_order: &'static str,
    /// The document's format version, and the scenario's name: named when a file is refused.
    pub field_version: &'static str,
    pub field_name: &'static str,
    pub field_overrides: &'static str,
    /// `"12a"` is not a number.
    pub not_a_number: fn(text: &str) -> String,
    /// A whole number between `min` and `max` is needed (both formatted).
    pub whole_between: fn(min: &str, max: &str) -> String,
    /// A whole number of at least `min` is needed.
    pub whole_from: fn(min: &str) -> String,
    /// The population field of one municipality.
    pub population_of: fn(name: &str) -> String,
    /// The amount field of one cost item, named by the item.
    pub amount_of: fn(item: &str) -> String,
    /// The name field of one cost item.
    pub name_of: fn(item: &str) -> String,
    /// The kind field of one cost item.
    pub kind_of: fn(item: &str) -> String,
    /// A member in the member list: its tick box.
    pub member_of: fn(name: &str) -> String,
    /// The position field of one member in the custom order.
    pub position_of: fn(name: &str) -> String,
    /// A member named in a refusal about the member set.
    pub member_field: fn(name: &str) -> String,
    /// A cost item when the refused field is the item as a whole.
    pub item_field: fn(item: &str) -> String,
    /// A cost item with no name, by its place.
    pub item_number: fn(position: usize) -> String,
    /// An unknown municipality, by code.
    pub code_field: fn(code: u16) -> String,
    /// The answer when the target can be met: target, fewest, of how many, the price then, the names
    /// still there, and the citizens needed.
    pub fewest_members: fn(&FewestAnswer) -> String,
    /// The answer when even all members are above the target: members, price (4 decimals), target,
    /// citizens needed.
    pub above_target: fn(members: usize, price: &str, target: &str, needed: &str) -> String,
    /// The chart's caption.
    pub chart_caption: fn(draws: &str, seed: u64) -> String,
    /// The label where a cut line leaves the chart, given the highest price.
    pub goes_up_to: fn(price: &str) -> String,
    /// The note under the chart when its y-axis is cut.
    pub chart_clipped: fn(price: &str) -> String,
    /// The label at the point where the chosen order meets the target.
    pub crossing_label: fn(fewest: usize) -> String,
    /// The key figures in the bar at the top: price, members, citizens, total.
    pub summary: fn(price: &str, members: usize, citizens: &str, total: &str) -> String,
    /// Said after a preset was applied.
    pub preset_applied: fn(label: &str) -> String,
    /// Said after a cost item was removed.
    pub item_removed: fn(item: &str) -> String,
    /// A refused field by its name on screen, and why.
    pub field_problem: fn(field: &str, message: &str) -> String,
    /// The refusal at the top of an area: field name and message.
    pub area_refused: fn(field: &str, message: &str) -> String,
}

/// The figures of the answer to "how few members can carry it", already formatted.
pub struct FewestAnswer<'a> {
    pub target: &'a str,
    pub fewest: usize,
    pub members: usize,
    pub price: &'a str,
    pub remaining: &'a str,
    pub needed: &'a str,
}

pub static DA: Texts = Texts {
    engine: &ddh_engine::text::DA,
    areas_label: "Områder",
    area_tender: "Udbud",
    area_procurement: "Indkøb",
    area_hours: "Åbningstid",
    area_keys: "Fordeling",
    area_years: "Budgetår",
    area_scenarios: "Scenarier",
    product: "Den Digitale Hotline",
    titles: ["Udbudsøkonomi", "Indkøb og tærskelværdi", "Åbningstid og bemanding", "Fordelingsnøgler", "Budgetår", "Scenarier", "Præsentation"],
    questions: [
        "Hvad koster det nye kontaktcentersystem pr. borger og pr. medlem, når kommuner kommer og går?",
        "Hvad er kontraktens værdi efter udbudsloven, ligger den over EU's tærskelværdi, og hvilken vej skal indkøbet gå?",
        "Hvad sparer en kortere åbningstid, og hvad betyder den for servicegraden?",
        "Hvem leverer vagttimerne og bærer udgiften under hver nøgle, og hvem betaler mere eller mindre end i dag?",
        "Hvad koster samarbejdet hvert medlem år for år, reguleret med nettoprisindekset, når kommuner træder ind og ud?",
        "Gem, sammenlign, del og præsentér scenarierne.",
        "Scenarierne på fuld skærm, et område ad gangen.",
    ],
    page_title: |area, product| format!("{area} · {product}"),
    members_heading: "Medlemmer",
    members_default_note: "Standard: de 13 kommuner, der er nævnt som medlemmer i styregruppereferatet 18.4.2024 og repræsentantskabsreferatet 15.5.2025. Der findes ingen offentlig medlemsliste, så ret selv til.",
    presets_label: "Forvalg",
    quarter_label: "Befolkningstal",
    search_label: "Søg kommune",
    search_placeholder: "fx Aarhus",
    only_ticked: "Vis kun valgte",
    selected_count: "valgt",
    column_member: "Medlem",
    column_code: "Kode",
    column_name: "Kommune",
    column_region: "Region",
    column_population: "Indbyggere",
    column_share: "Andel",
    column_bill: "Regning",
    overridden_mark: "rettet",
    reset_override: "Brug Danmarks Statistiks tal",
    budget_heading: "Udbudsbudget",
    budget_note: "Standard: \"Lille udbud\" fra præsentationen 2025. Beløb i kr. ekskl. moms.",
    column_item: "Post",
    column_amount: "Beløb (kr.)",
    column_kind: "Art",
    kind_supplier: "Leverandør",
    kind_internal: "Intern",
    add_item: "Tilføj post",
    new_item_name: "Ny post",
    remove_item: "Fjern",
    total: "I alt",
    supplier_total: "heraf til leverandør",
    internal_total: "heraf interne udgifter",
    results_heading: "Resultat",
    participating_population: "Deltagende borgere",
    price_per_citizen: "Pris pr. borger",
    largest_share: "Største medlems andel",
    bills_heading: "Regning pr. medlem",
    bills_sum: "Sum af regninger",
    cannot_compute: "Kan ikke regnes",
    not_current: "Tallene herunder er ikke aktuelle: de er de sidste, der kunne regnes.",
    leaving_heading: "Når medlemmer falder fra",
    order_label: "Rækkefølge",
    order_largest: "Største først",
    order_smallest: "Mindste først",
    order_custom: "Egen rækkefølge",
    custom_order_heading: "Egen rækkefølge (først til at gå øverst)",
    custom_order_note: "Flyt med pilene, eller skriv en plads og tryk Enter.",
    move_up: "Flyt op",
    move_down: "Flyt ned",
    draws_label: "Tilfældige udtræk",
    seed_label: "Startværdi (seed)",
    target_label: "Målpris pr. borger (kr.)",
    target_hint: "Hvor få medlemmer kan bære udgiften?",
    chart_label: "Pris pr. borger mod antal medlemmer",
    chart_x: "Antal medlemmer",
    chart_y: "Kr. pr. borger",
    chart_order_line: "Valgt rækkefølge",
    chart_band: "Tilfældig rækkefølge (min–maks)",
    chart_median: "Tilfældig rækkefølge (median)",
    chart_target: "Målpris",
    chart_failed: "Diagrammet kunne ikke tegnes i denne browser. Tallene står i tabellen \"Trin for trin\".",
    steps_heading: "Trin for trin",
    column_members_left: "Medlemmer tilbage",
    column_leaver: "Udtræder",
    column_leaver_population: "Udtræderens indbyggere",
    column_population_left: "Borgere tilbage",
    reset: "Nulstil",
    print: "Udskriv",
    export: "Eksportér",
    language_offline: "Der er ingen forbindelse til nettet, og kun det valgte sprog er gemt til brug uden net. Skift sprog, når der er forbindelse igen.",
    language_not_kept: "Browseren giver ikke adgang til lokal lagring, så sprogvalget kan ikke gemmes. Appen bliver på dansk.",
    printed: |name| format!("Scenarie: {name}. Udskrevet fra Den Digitale Hotlines beregner"),
    undo: "Fortryd",
    redo: "Gentag",
    undo_keys: "Fortryd (Ctrl+Z)",
    redo_keys: "Gentag (Ctrl+Shift+Z)",
    reset_done: "Scenariet er nulstillet til standard. Fortryd bringer det tilbage.",
    saved_unreadable: "Det gemte scenarie kunne ikke læses, så standarden er indlæst. Det gemte er lagt til side i browserens lager under \"ddh.scenario.unreadable\". Årsag:",
    no_storage: "Browseren giver ikke adgang til lokal lagring, så scenariet gemmes ikke. Du kan arbejde videre, men en genindlæsning starter forfra.",
    storage_full: "Browserens lager er fuldt, så den seneste ændring er ikke gemt. Du kan arbejde videre; frigør plads for at gemme igen.",
    storage_refused: "Browseren ville ikke gemme scenariet. Du kan arbejde videre, men en genindlæsning starter forfra.",
    empty_number: "skal udfyldes",
    unreadable_fields: "Disse felter indeholder en værdi, der ikke kan bruges, så resultatet bruger værdien fra før ændringen:",
    quarter_note: "Budgetreglen bruger FOLK1A for sidste kvartal i år Y−2 (budget 2027: 2025K4). Her findes 2025K1 og 2026K1; ret selv tallene til, hvis et andet kvartal skal bruges.",
    skip_to: "Gå til",
    summary_members: "medlemmer",
    summary_citizens: "borgere",
    rounding_heading: "Afrunding",
    data_source: "Kilde",
    own_selection: "Egen sammensætning",
    field_members: "Medlemmer",
    field_budget: "Udbudsbudget",
    field_custom_order: "Egen rækkefølge",
    field_version: "Formatets version",
    field_name: "Scenariets navn",
    field_overrides: "Rettede indbyggertal",
    not_a_number: |text| format!("\"{text}\" er ikke et tal"),
    whole_between: |min, max| format!("skal være et helt tal mellem {min} og {max}"),
    whole_from: |min| format!("skal være et helt tal fra {min}"),
    population_of: |name| format!("Indbyggertal for {name}"),
    amount_of: |item| format!("Beløb, {item}"),
    name_of: |item| format!("Navn, {item}"),
    kind_of: |item| format!("Art, {item}"),
    member_of: |name| format!("Medlem: {name}"),
    position_of: |name| format!("Plads for {name}"),
    member_field: |name| format!("Medlemmer: {name}"),
    item_field: |item| format!("Udbudsbudget, {item}"),
    item_number: |position| format!("post {position}"),
    code_field: |code| format!("kode {code}"),
    fewest_members: |a| {
        format!(
            "Ved en målpris på {} pr. borger skal mindst {} af {} medlemmer være med, når de falder fra i den valgte rækkefølge; prisen er da {} pr. borger. Tilbage er: {}. Udgiften kræver mindst {} borgere.",
            a.target, a.fewest, a.members, a.price, a.remaining, a.needed
        )
    },
    above_target: |members, price, target, needed| {
        format!(
            "Selv med alle {members} medlemmer er prisen {price} pr. borger (4 decimaler), over målprisen på {target}. Udgiften kræver mindst {needed} borgere."
        )
    },
    chart_caption: |draws, seed| {
        format!("Pris pr. borger mod antal medlemmer. {draws} tilfældige udtræk, startværdi {seed}.")
    },
    goes_up_to: |price| format!("↑ op til {price} kr."),
    chart_clipped: |price| format!("Y-aksen er skåret ved {price} kr."),
    crossing_label: |fewest| format!("mindst {fewest}"),
    summary: |price, members, citizens, total| {
        format!("Pris pr. borger {price} · {members} medlemmer · {citizens} borgere · i alt {total}")
    },
    preset_applied: |label| format!("Forvalget \"{label}\" er valgt. Fortryd bringer de tidligere medlemmer tilbage."),
    item_removed: |item| format!("Posten \"{item}\" er fjernet. Fortryd bringer den tilbage."),
    field_problem: |field, message| {
        if field.is_empty() {
            message.to_owned()
        } else {
            format!("{field}: {message}")
        }
    },
    area_refused: |field, message| format!("Kan ikke regnes: {field}: {message}"),
};

/// English, for the app's English build.
pub static EN: Texts = Texts {
    engine: &ddh_engine::text::EN,
    areas_label: "Areas",
    area_tender: "Tender",
    area_procurement: "Procurement",
    area_hours: "Opening hours",
    area_keys: "Allocation",
    area_years: "Budget years",
    area_scenarios: "Scenarios",
    product: "Den Digitale Hotline",
    titles: ["Tender economics", "Procurement and the EU threshold", "Opening hours and staffing", "Allocation keys", "Budget years", "Scenarios", "Presentation"],
    questions: [
        "What does the new contact-centre system cost per citizen and per member as municipalities join and leave?",
        "What is the contract worth under the Danish Public Procurement Act, is it above the EU threshold, and which route must the purchase take?",
        "What do shorter opening hours save, and what do they mean for the service level?",
        "Who supplies the shift hours and bears the cost under each key, and who pays more or less than today?",
        "What does the collaboration cost each member year by year, regulated by the net price index, as municipalities join and leave?",
        "Save, compare, share and present the scenarios.",
        "The scenarios full screen, one area at a time.",
    ],
    page_title: |area, product| format!("{area} · {product}"),
    members_heading: "Members",
    members_default_note: "Default: the 13 municipalities named as members in the steering group minutes of 18 April 2024 and the minutes of the board of representatives of 15 May 2025. There is no public list of members, so adjust the selection as needed.",
    presets_label: "Presets",
    quarter_label: "Population figures",
    search_label: "Search municipalities",
    search_placeholder: "e.g. Aarhus",
    only_ticked: "Show selected only",
    selected_count: "selected",
    column_member: "Member",
    column_code: "Code",
    column_name: "Municipality",
    column_region: "Region",
    column_population: "Population",
    column_share: "Share",
    column_bill: "Bill",
    overridden_mark: "edited",
    reset_override: "Use Statistics Denmark's figure",
    budget_heading: "Tender budget",
    budget_note: "Default: \"Small tender\" from the 2025 presentation. Amounts in DKK excl. VAT.",
    column_item: "Item",
    column_amount: "Amount (DKK)",
    column_kind: "Type",
    kind_supplier: "Supplier",
    kind_internal: "Internal",
    add_item: "Add item",
    new_item_name: "New item",
    remove_item: "Remove",
    total: "Total",
    supplier_total: "of which to the supplier",
    internal_total: "of which internal costs",
    results_heading: "Results",
    participating_population: "Participating citizens",
    price_per_citizen: "Price per citizen",
    largest_share: "Largest member's share",
    bills_heading: "Bill per member",
    bills_sum: "Sum of bills",
    cannot_compute: "Cannot be calculated",
    not_current: "The figures below are not current: they are the last ones that could be calculated.",
    leaving_heading: "When members drop out",
    order_label: "Order",
    order_largest: "Largest first",
    order_smallest: "Smallest first",
    order_custom: "Custom order",
    custom_order_heading: "Custom order (first to leave at the top)",
    custom_order_note: "Move members with the arrows, or type a position and press Enter.",
    move_up: "Move up",
    move_down: "Move down",
    draws_label: "Random draws",
    seed_label: "Seed",
    target_label: "Target price per citizen (DKK)",
    target_hint: "How few members can carry the cost?",
    chart_label: "Price per citizen against number of members",
    chart_x: "Number of members",
    chart_y: "DKK per citizen",
    chart_order_line: "Chosen order",
    chart_band: "Random order (min–max)",
    chart_median: "Random order (median)",
    chart_target: "Target price",
    chart_failed: "The chart could not be drawn in this browser. The figures are in the \"Step by step\" table.",
    steps_heading: "Step by step",
    column_members_left: "Members left",
    column_leaver: "Leaver",
    column_leaver_population: "Leaver's population",
    column_population_left: "Citizens left",
    reset: "Reset",
    print: "Print",
    export: "Export",
    language_offline: "There is no network connection, and only the chosen language is kept for use offline. Switch language when you are online again.",
    language_not_kept: "The browser gives no access to local storage, so the choice of language cannot be kept. The app stays in English.",
    printed: |name| format!("Scenario: {name}. Printed from Den Digitale Hotline's calculator on"),
    undo: "Undo",
    redo: "Redo",
    undo_keys: "Undo (Ctrl+Z)",
    redo_keys: "Redo (Ctrl+Shift+Z)",
    reset_done: "The scenario has been reset to the default. Undo brings it back.",
    saved_unreadable: "The saved scenario could not be read, so the default has been loaded. The saved one has been set aside in the browser's storage under \"ddh.scenario.unreadable\". Reason:",
    no_storage: "The browser does not allow local storage, so the scenario is not saved. You can carry on working, but reloading the page starts from scratch.",
    storage_full: "The browser's storage is full, so the latest change has not been saved. You can carry on working; free up space to save again.",
    storage_refused: "The browser would not save the scenario. You can carry on working, but reloading the page starts from scratch.",
    empty_number: "must be filled in",
    unreadable_fields: "These fields contain a value that cannot be used, so the result uses the value from before the change:",
    quarter_note: "The budget rule uses FOLK1A for the last quarter of year Y−2 (budget 2027: 2025K4). Only 2025K1 and 2026K1 are available here; edit the figures if another quarter is to be used.",
    skip_to: "Skip to",
    summary_members: "members",
    summary_citizens: "citizens",
    rounding_heading: "Rounding",
    data_source: "Source",
    own_selection: "Custom selection",
    field_members: "Members",
    field_budget: "Tender budget",
    field_custom_order: "Custom order",
    field_version: "Format version",
    field_name: "Scenario name",
    field_overrides: "Corrected populations",
    not_a_number: |text| format!("\"{text}\" is not a number"),
    whole_between: |min, max| format!("must be a whole number between {min} and {max}"),
    whole_from: |min| format!("must be a whole number of {min} or more"),
    population_of: |name| format!("Population of {name}"),
    amount_of: |item| format!("Amount, {item}"),
    name_of: |item| format!("Name, {item}"),
    kind_of: |item| format!("Type, {item}"),
    member_of: |name| format!("Member: {name}"),
    position_of: |name| format!("Position of {name}"),
    member_field: |name| format!("Members: {name}"),
    item_field: |item| format!("Tender budget, {item}"),
    item_number: |position| format!("item {position}"),
    code_field: |code| format!("code {code}"),
    fewest_members: |a| {
        format!(
            "At a target price of {} per citizen, at least {} of the {} members must remain as members drop out in the chosen order; the price is then {} per citizen. Remaining: {}. At the target price, the cost needs at least {} citizens.",
            a.target, a.fewest, a.members, a.price, a.remaining, a.needed
        )
    },
    above_target: |members, price, target, needed| {
        format!(
            "Even with all {members} members, the price is {price} per citizen (4 decimal places), above the target price of {target}. At the target price, the cost needs at least {needed} citizens."
        )
    },
    chart_caption: |draws, seed| {
        format!("Price per citizen against number of members. {draws} random draws, seed {seed}.")
    },
    goes_up_to: |price| format!("↑ up to DKK {price}"),
    chart_clipped: |price| format!("The y-axis is cut off at DKK {price}."),
    crossing_label: |fewest| format!("at least {fewest}"),
    summary: |price, members, citizens, total| {
        format!("Price per citizen {price} · {members} members · {citizens} citizens · total {total}")
    },
    preset_applied: |label| format!("The preset \"{label}\" has been applied. Undo brings back the previous members."),
    item_removed: |item| format!("The item \"{item}\" has been removed. Undo brings it back."),
    field_problem: |field, message| {
        if field.is_empty() {
            message.to_owned()
        } else {
            format!("{field}: {message}")
        }
    },
    area_refused: |field, message| format!("Cannot be calculated: {field}: {message}"),
};
