//! Export (tables as CSV or on the clipboard, charts as SVG or PNG) as a module of its own, loaded the
//! first time an area's Eksportér button is pressed; the library holds the code.

fn main() {
    ddh_app::export::listen();
}
