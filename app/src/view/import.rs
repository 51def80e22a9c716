//! Reading the file a user picks in a file input, for the CSV imports.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// The reader of a file being read; dropping it would cancel the read, so a view keeps it here.
pub type Reading = StoredValue<Option<gloo_file::callbacks::FileReader>, LocalStorage>;

/// Reads the file chosen in the input that sent `event` as text (UTF-8, or Windows-1252 as Danish Excel
/// saves CSV), then calls `done` with it, or with `None` when the browser cannot read it, and the
/// file's name (an import whose file carries its quarter in its name reads it there).
pub fn read_chosen(
    event: &leptos::ev::Event,
    reading: Reading,
    done: impl FnOnce(Option<String>, String) + 'static,
) {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    // Emptied, so that choosing the same file again (mended, or re-exported) is read again.
    input.set_value("");
    let file = gloo_file::File::from(file);
    let name = file.name();
    let reader = gloo_file::callbacks::read_as_bytes(&file, move |bytes| {
        done(
            bytes.ok().map(|bytes| ddh_engine::csv::decode(&bytes)),
            name,
        );
    });
    reading.set_value(Some(reader));
}
