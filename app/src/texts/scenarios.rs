//! The scenarios area's texts (named scenarios, compare, share, export and import), one table per
//! language, found by [`of`] from the language of [`super::Texts`].

use ddh_engine::compare::Headline;
use ddh_engine::library::{IndexError, NameProblem};
use ddh_engine::share::LinkError;

/// The scenarios area's table in the language of `texts`.
pub fn of(texts: &super::Texts) -> &'static ScenariosTexts {
    match texts.language {
        super::Language::Danish => &DA,
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
    pub previous: &'static str,
    pub next: &'static str,
    pub end_presenting: &'static str,
    /// Where a presentation is: scenario `scenario` of `scenarios`, area `area` of `areas`.
    pub present_position:
        fn(scenario: usize, scenarios: usize, area: usize, areas: usize) -> String,
    /// Under the keys' slide chart: how many of the members it shows.
    pub present_keys_caption: fn(shown: usize, all: usize) -> String,
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

pub const DA: ScenariosTexts = ScenariosTexts {
    heading: "Scenarier",
    intro: "Scenarierne gemmes i denne browser og forlader den kun, hvis du deler eller eksporterer dem. Det aktive scenarie er det, appens andre dele viser og ændrer.",
    column_name: "Navn",
    column_price: "Pris pr. borger",
    column_members: "Medlemmer",
    column_compare: "Sammenlign",
    column_actions: "Handlinger",
    active_mark: "aktivt",
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
    previous: "Forrige",
    next: "Næste",
    end_presenting: "Afslut",
    present_position: |scenario, scenarios, area, areas| {
        format!("Scenarie {scenario} af {scenarios} · område {area} af {areas}")
    },
    present_keys_caption: |shown, all| {
        if shown < all {
            format!("Hvert medlems udgift under hver nøgle: de {shown} største af {all} medlemmer.")
        } else {
            "Hvert medlems udgift under hver nøgle.".to_owned()
        }
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
            let problem = (engine.problem)(&error.problem);
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
    file_name: |name| {
        let safe: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || "æøåÆØÅ-".contains(c) { c } else { '_' })
            .collect();
        format!("ddh-{safe}.json")
    },
};
