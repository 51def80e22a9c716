//! The scenarios area's texts (named scenarios, compare, share, export and import), one table per
//! language, found by [`current`] in the language the module is built in.

use ddh_engine::compare::Headline;
use ddh_engine::library::{IndexError, NameProblem};
use ddh_engine::share::LinkError;

/// This table in the language the module is built in ([`crate::locale::LANGUAGE`]); only that language's
/// table is linked into the module.
pub fn current() -> &'static ScenariosTexts {
    match crate::locale::LANGUAGE {
        crate::locale::Language::Danish => &DA,
        crate::locale::Language::English => &EN,
    }
}

/// The scenarios area's texts in one language.
pub struct ScenariosTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub column_name: &'static str,
    pub column_price: &'static str,
    pub column_members: &'static str,
    pub column_compare: &'static str,
    pub column_actions: &'static str,
    pub active_mark: &'static str,
    /// The area's headline: the active scenario's name (or `unnamed`), and its price per citizen.
    pub active_label: &'static str,
    pub unnamed: &'static str,
    pub open: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub create: &'static str,
    pub undo_delete: &'static str,
    pub unreadable_entry: &'static str,
    pub missing_entry: &'static str,
    pub list_full: &'static str,
    pub compare_heading: &'static str,
    pub compare_hint: &'static str,
    pub compare_figure: &'static str,
    pub compare_members_heading: &'static str,
    pub compare_member: &'static str,
    pub not_member: &'static str,
    pub share_heading: &'static str,
    pub share_intro: &'static str,
    pub make_link: &'static str,
    pub link_label: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub export_json: &'static str,
    pub import_json: &'static str,
    pub import_hint: &'static str,
    pub import_unreadable_file: &'static str,
    pub shared_heading: &'static str,
    pub shared_intro: &'static str,
    pub keep_and_open: &'static str,
    pub keep: &'static str,
    pub dismiss: &'static str,
    pub link_refused: &'static str,
    pub storage_none: &'static str,
    pub storage_full: &'static str,
    pub storage_refused: &'static str,
    pub index_unreadable: &'static str,
    pub present: &'static str,
    pub present_label: &'static str,
    /// How the keys move through a presentation, shown at its foot.
    pub present_keys: &'static str,
    /// The keys' slide: its chart's caption (`shown` of `all` members, under `key`).
    pub present_keys_caption: fn(key: &str, shown: usize, all: usize) -> String,
    pub previous: &'static str,
    pub next: &'static str,
    pub end_presenting: &'static str,
    /// Where a presentation is: scenario `scenario` of `scenarios`, area `area` of `areas`.
    pub present_position:
        fn(scenario: usize, scenarios: usize, area: usize, areas: usize) -> String,
    /// Under the keys' slide chart: how many of the members it shows.
    /// A headline figure's label in the comparison.
    pub headline: fn(Headline) -> &'static str,
    /// The label of one scenario's name field.
    pub name_of: fn(position: usize) -> String,
    /// The tick box that puts a scenario into the comparison.
    pub compare_of: fn(name: &str) -> String,
    /// A button's accessible name, with the scenario it acts on.
    pub action_on: fn(action: &str, name: &str) -> String,
    /// The name of a copy: "Basis (kopi)", "Basis (kopi 2)".
    pub copy_name: fn(name: &str, n: u32) -> String,
    /// The column of differences of one scenario from the first.
    pub difference_of: fn(name: &str) -> String,
    pub name_problem: fn(&NameProblem) -> String,
    /// Why the stored list could not be used.
    pub index_reason: fn(&IndexError) -> String,
    pub link_problem: fn(&LinkError, engine: &'static ddh_engine::text::Messages) -> String,
    pub created: fn(name: &str) -> String,
    pub created_copy: fn(name: &str) -> String,
    pub opened: fn(name: &str) -> String,
    pub deleted: fn(name: &str) -> String,
    pub restored: fn(name: &str) -> String,
    pub imported: fn(name: &str) -> String,
    pub kept: fn(name: &str) -> String,
    pub import_refused: fn(message: &str) -> String,
    pub file_name: fn(name: &str) -> String,
}

pub static DA: ScenariosTexts = ScenariosTexts {
    heading: "Scenarier",
    intro: "Scenarierne gemmes i denne browser og forlader den kun, hvis du deler eller eksporterer dem. Det aktive scenarie er det, appens andre dele viser og ændrer.",
    column_name: "Navn",
    column_price: "Pris pr. borger",
    column_members: "Medlemmer",
    column_compare: "Sammenlign",
    column_actions: "Handlinger",
    active_mark: "aktivt",
    active_label: "Aktivt scenarie",
    unnamed: "Uden navn",
    open: "Åbn",
    duplicate: "Kopiér",
    delete: "Slet",
    create: "Gem som nyt scenarie",
    undo_delete: "Fortryd sletning",
    unreadable_entry: "Dette scenarie kan ikke læses; det ligger urørt i browserens lager, til du sletter det. Årsag:",
    missing_entry: "Dette scenarie findes ikke længere i browserens lager.",
    list_full: "Der kan højst gemmes 100 scenarier. Slet et for at gemme et nyt.",
    compare_heading: "Sammenlign",
    compare_hint: "Sæt flueben ved to eller tre scenarier i listen for at se dem side om side. Forskellene er i forhold til det første.",
    compare_figure: "Nøgletal",
    compare_members_heading: "Regning pr. medlem",
    compare_member: "Kommune",
    not_member: "ikke medlem",
    share_heading: "Del og eksportér",
    share_intro: "Linket indeholder hele det aktive scenarie; intet gemmes andre steder. Den, der åbner det, ser scenariet uden at miste sit eget.",
    make_link: "Lav delingslink",
    link_label: "Delingslink",
    copy_link: "Kopiér link",
    link_copied: "Linket er kopieret.",
    export_json: "Eksportér som JSON",
    import_json: "Importér JSON-fil",
    import_hint: "Samme format som kommandolinjen (ddh). Det importerede scenarie lægges i listen; dit aktive scenarie ændres ikke.",
    import_unreadable_file: "Filen kunne ikke læses.",
    shared_heading: "Delt scenarie",
    shared_intro: "Du har åbnet et link med et scenarie. Dine egne scenarier er ikke ændret. Her er det side om side med dit aktive scenarie:",
    keep_and_open: "Gem og åbn",
    keep: "Gem i listen",
    dismiss: "Luk",
    link_refused: "Linket kan ikke åbnes:",
    storage_none: "Browseren giver ikke adgang til lokal lagring, så scenarier kan ikke gemmes her.",
    storage_full: "Browserens lager er fuldt, så det blev ikke gemt, og intet er ændret. Slet et scenarie for at frigøre plads.",
    storage_refused: "Browseren ville ikke gemme, så intet er ændret.",
    index_unreadable: "Listen over scenarier kunne ikke læses, så den er bygget igen af de scenarier, der ligger i browseren. Den gamle liste er lagt til side under \"ddh.library.unreadable\". Årsag:",
    present: "Præsentér",
    present_label: "Præsentation",
    present_keys: "← → område · ↑ ↓ scenarie · Esc afslutter",
    present_keys_caption: |key, shown, all| {
        format!("De {shown} største ændringer af {all} medlemmer under {key} mod dagens nøgle (kr.)")
    },
    previous: "Forrige",
    next: "Næste",
    end_presenting: "Afslut",
    present_position: |scenario, scenarios, area, areas| {
        format!("Scenarie {scenario} af {scenarios} · område {area} af {areas}")
    },
    headline: |headline| match headline {
        Headline::PricePerCitizen => "Udbud: pris pr. borger",
        Headline::TenderTotal => "Udbud: budget i alt",
        Headline::Members => "Udbud: medlemmer",
        Headline::Population => "Udbud: borgere",
        Headline::ContractValue => "Indkøb: kontraktværdi",
        Headline::Threshold => "Indkøb: tærskelværdi",
        Headline::Route => "Indkøb: udbudsform",
        Headline::WeeklyOpenMinutes => "Åbningstid: åbent pr. uge (forslag)",
        Headline::YearlyOpenMinutes => "Åbningstid: åbent pr. år (forslag)",
        Headline::StaffingCost => "Åbningstid: bemanding pr. år (forslag)",
        Headline::SharedCost => "Fordeling: omkostning der fordeles",
    },
    name_of: |position| format!("Navn på scenarie {position}"),
    compare_of: |name| format!("Sammenlign {name}"),
    action_on: |action, name| format!("{action}: {name}"),
    copy_name: |name, n| {
        if n <= 1 {
            format!("{name} (kopi)")
        } else {
            format!("{name} (kopi {n})")
        }
    },
    difference_of: |name| format!("Forskel, {name}"),
    name_problem: |problem| match problem {
        NameProblem::Empty => "Navnet skal udfyldes.".to_owned(),
        NameProblem::TooLong { max } => format!("Navnet må højst være {max} tegn."),
        NameProblem::Taken => "Et andet scenarie har allerede det navn.".to_owned(),
    },
    index_reason: |problem| match problem {
        IndexError::Unreadable(detail) => format!("den er ikke gyldig ({detail})."),
        IndexError::Newer { .. } => "den er gemt af en nyere version af appen.".to_owned(),
        IndexError::Inconsistent => "den hænger ikke sammen (et scenarie er nævnt to gange, eller det aktive mangler).".to_owned(),
    },
    link_problem: |problem, engine| match problem {
        LinkError::NotALink => "Det er ikke et delingslink.".to_owned(),
        LinkError::Newer { .. } => "Linket er lavet af en nyere version af appen. Genindlæs siden for at hente den nyeste version, og prøv igen.".to_owned(),
        LinkError::Damaged => "Linket er beskadiget eller ufuldstændigt. Bed afsenderen om et nyt, og kopiér det hele.".to_owned(),
        LinkError::Scenario(error) => {
            let problem = (engine.words.problem)(&error.problem);
            if error.field.is_empty() {
                format!("Scenariet i linket kan ikke bruges: {problem}")
            } else {
                format!("Scenariet i linket kan ikke bruges: {}: {problem}", error.field)
            }
        }
    },
    created: |name| format!("\"{name}\" er gemt som nyt scenarie og er nu det aktive."),
    created_copy: |name| format!("Kopien \"{name}\" er lagt i listen."),
    opened: |name| format!("\"{name}\" er nu det aktive scenarie."),
    deleted: |name| format!("\"{name}\" er slettet."),
    restored: |name| format!("\"{name}\" er tilbage."),
    imported: |name| format!("\"{name}\" er importeret og lagt i listen."),
    kept: |name| format!("\"{name}\" er gemt i listen."),
    import_refused: |message| format!("Filen kunne ikke importeres: {message}"),
    file_name: json_file_name,
};

/// English, for the app's English build.
pub static EN: ScenariosTexts = ScenariosTexts {
    heading: "Scenarios",
    intro: "The scenarios are stored in this browser and leave it only if you share or export them. The active scenario is the one the other parts of the app show and change.",
    column_name: "Name",
    column_price: "Price per citizen",
    column_members: "Members",
    column_compare: "Compare",
    column_actions: "Actions",
    active_mark: "active",
    active_label: "Active scenario",
    unnamed: "Unnamed",
    open: "Open",
    duplicate: "Duplicate",
    delete: "Delete",
    create: "Save as new scenario",
    undo_delete: "Undo delete",
    unreadable_entry: "This scenario cannot be read; it is left untouched in the browser's storage until you delete it. Reason:",
    missing_entry: "This scenario is no longer in the browser's storage.",
    list_full: "At most 100 scenarios can be saved. Delete one to save a new one.",
    compare_heading: "Compare",
    compare_hint: "Tick two or three scenarios in the list to see them side by side. The differences are relative to the first.",
    compare_figure: "Key figures",
    compare_members_heading: "Bill per member",
    compare_member: "Municipality",
    not_member: "not a member",
    share_heading: "Share and export",
    share_intro: "The link contains the whole active scenario; nothing is stored anywhere else. Whoever opens it sees the scenario without losing their own.",
    make_link: "Create share link",
    link_label: "Share link",
    copy_link: "Copy link",
    link_copied: "The link has been copied.",
    export_json: "Export as JSON",
    import_json: "Import JSON file",
    import_hint: "The same format as the command line (ddh). The imported scenario is added to the list; your active scenario is not changed.",
    import_unreadable_file: "The file could not be read.",
    shared_heading: "Shared scenario",
    shared_intro: "You have opened a link with a scenario. Your own scenarios have not been changed. Here it is side by side with your active scenario:",
    keep_and_open: "Save and open",
    keep: "Save to the list",
    dismiss: "Close",
    link_refused: "The link cannot be opened:",
    storage_none: "The browser does not allow local storage, so scenarios cannot be saved here.",
    storage_full: "The browser's storage is full, so it was not saved, and nothing has changed. Delete a scenario to free up space.",
    storage_refused: "The browser would not save, so nothing has changed.",
    index_unreadable: "The list of scenarios could not be read, so it has been rebuilt from the scenarios stored in the browser. The old list has been set aside under \"ddh.library.unreadable\". Reason:",
    present: "Present",
    present_label: "Presentation",
    present_keys: "← → area · ↑ ↓ scenario · Esc ends",
    present_keys_caption: |key, shown, all| {
        format!("The {shown} largest changes of {all} members under {key} against today's key (DKK)")
    },
    previous: "Previous",
    next: "Next",
    end_presenting: "End",
    present_position: |scenario, scenarios, area, areas| {
        format!("Scenario {scenario} of {scenarios} · area {area} of {areas}")
    },
    headline: |headline| match headline {
        Headline::PricePerCitizen => "Tender: price per citizen",
        Headline::TenderTotal => "Tender: total budget",
        Headline::Members => "Tender: members",
        Headline::Population => "Tender: citizens",
        Headline::ContractValue => "Procurement: contract value",
        Headline::Threshold => "Procurement: threshold",
        Headline::Route => "Procurement: procurement route",
        Headline::WeeklyOpenMinutes => "Opening hours: open per week (proposal)",
        Headline::YearlyOpenMinutes => "Opening hours: open per year (proposal)",
        Headline::StaffingCost => "Opening hours: staffing per year (proposal)",
        Headline::SharedCost => "Allocation: cost to be allocated",
    },
    name_of: |position| format!("Name of scenario {position}"),
    compare_of: |name| format!("Compare {name}"),
    action_on: |action, name| format!("{action}: {name}"),
    copy_name: |name, n| {
        if n <= 1 {
            format!("{name} (copy)")
        } else {
            format!("{name} (copy {n})")
        }
    },
    difference_of: |name| format!("Difference, {name}"),
    name_problem: |problem| match problem {
        NameProblem::Empty => "The name must be filled in.".to_owned(),
        NameProblem::TooLong { max } => format!("The name can be at most {max} characters."),
        NameProblem::Taken => "Another scenario already has that name.".to_owned(),
    },
    index_reason: |problem| match problem {
        IndexError::Unreadable(detail) => format!("it is not valid ({detail})."),
        IndexError::Newer { .. } => "it was saved by a newer version of the app.".to_owned(),
        IndexError::Inconsistent => "it is not consistent (a scenario is listed twice, or the active one is missing).".to_owned(),
    },
    link_problem: |problem, engine| match problem {
        LinkError::NotALink => "It is not a share link.".to_owned(),
        LinkError::Newer { .. } => "The link was made by a newer version of the app. Reload the page to get the latest version, and try again.".to_owned(),
        LinkError::Damaged => "The link is damaged or incomplete. Ask the sender for a new one, and copy all of it.".to_owned(),
        LinkError::Scenario(error) => {
            let problem = (engine.words.problem)(&error.problem);
            if error.field.is_empty() {
                format!("The scenario in the link cannot be used: {problem}")
            } else {
                format!("The scenario in the link cannot be used: {}: {problem}", error.field)
            }
        }
    },
    created: |name| format!("\"{name}\" has been saved as a new scenario and is now the active one."),
    created_copy: |name| format!("The copy \"{name}\" has been added to the list."),
    opened: |name| format!("\"{name}\" is now the active scenario."),
    deleted: |name| format!("\"{name}\" has been deleted."),
    restored: |name| format!("\"{name}\" is back."),
    imported: |name| format!("\"{name}\" has been imported and added to the list."),
    kept: |name| format!("\"{name}\" has been saved to the list."),
    import_refused: |message| format!("The file could not be imported: {message}"),
    file_name: json_file_name,
};

/// A scenario's JSON file, named by the scenario in any language: `ddh-Basis.json`.
fn json_file_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "æøåÆØÅ-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("ddh-{safe}.json")
}
