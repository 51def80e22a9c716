//! The keys' charts: horizontal bars per member, one bar per key (each member's cost under every key)
//! or one (its change under a key against today's). Members top to bottom in the report's order.

use crate::chart::{DrawingFailed, Layout};
use ddh_engine::keys::report::KeysReport;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rust_decimal::prelude::ToPrimitive;
use std::fmt::Write as _;

/// One colour per key, in the report's column order (colour-blind safe, distinct in grey).
const COLOURS: [RGBColor; 5] = [
    RGBColor(0x7f, 0x7f, 0x7f),
    RGBColor(0x1f, 0x4e, 0x79),
    RGBColor(0xe6, 0x9f, 0x00),
    RGBColor(0x00, 0x9e, 0x73),
    RGBColor(0xcc, 0x79, 0xa7),
];

/// What a chart draws: member names and, per series (key), a value in kroner per member. Compared, so
/// that a chart redraws only when what it shows changes.
#[derive(Clone, PartialEq)]
pub struct Bars {
    pub members: Vec<String>,
    /// Series by key position: (position in the keys' colour order, values per member).
    pub series: Vec<(usize, Vec<f64>)>,
}

fn kroner(money: ddh_engine::money::Money) -> f64 {
    money.kroner().to_f64().unwrap_or(0.0)
}

impl Bars {
    /// Each member's cost under every key.
    pub fn costs(report: &KeysReport) -> Bars {
        let series = (0..report.keys.len())
            .map(|k| {
                let values = report
                    .members
                    .iter()
                    .map(|m| m.keys.get(k).map_or(0.0, |p| kroner(p.cost)))
                    .collect();
                (k, values)
            })
            .collect();
        Bars {
            members: report.members.iter().map(|m| m.name.clone()).collect(),
            series,
        }
    }

    /// Each member's change in cost under the key at `column` against the population key.
    pub fn change(report: &KeysReport, column: usize) -> Bars {
        let values = report
            .members
            .iter()
            .map(|m| m.keys.get(column).map_or(0.0, |p| kroner(p.cost_change)))
            .collect();
        Bars {
            members: report.members.iter().map(|m| m.name.clone()).collect(),
            series: vec![(column, values)],
        }
    }
}

/// A value in kroner for an axis: `1,2 mio.` or `350.000` (English: `1.2m`, `350,000`).
fn short(value: f64) -> String {
    if value.abs() >= 1e6 {
        format!(
            "{}{}",
            crate::format::number_text(&format!("{:.1}", value / 1e6)),
            crate::format::MILLIONS
        )
    } else {
        crate::format::number_text(&format!("{value:.0}"))
    }
}

/// Where things go in a chart of `members` rows of `series` bars each, `width` wide: both layers
/// of a chart are drawn on it, so that they lie exactly on top of each other.
struct Geometry {
    width: u32,
    height: u32,
    per_row: i32,
    legend: i32,
    left: i32,
    right: i32,
    top: i32,
    bottom: i32,
    text: u32,
}

impl Geometry {
    fn new(width: u32, members: usize, series: usize) -> Geometry {
        let layout = Layout::for_width(width);
        let rows = members.max(1) as i32;
        // A row holds its name (one line of text) and its bars.
        let per_row = (6 + 7 * series as i32).max(26);
        let legend = if series > 1 { 26 * 3 + 8 } else { 0 };
        let (top, bottom) = (legend + 8, legend + 8 + rows * per_row);
        Geometry {
            width: layout.width,
            height: u32::try_from(bottom + 40).unwrap_or(200),
            per_row,
            legend,
            left: layout.y_labels as i32 + 50,
            right: layout.width as i32 - 24,
            top,
            bottom,
            text: (layout.text * 4 / 5).max(14),
        }
    }

    fn font(&self, h: HPos, v: VPos) -> TextStyle<'static> {
        (FontFamily::SansSerif, self.text)
            .into_font()
            .color(&BLACK)
            .pos(Pos::new(h, v))
    }
}

/// The lower layer of a members' bar chart: the white ground, the legend of the keys (with more than
/// one `series`) and the members' names. It changes only with the members, so that an edit, which
/// changes only the bars, leaves this layer (most of the chart's elements) as it is.
pub fn member_names(
    members: &[String],
    series: usize,
    width: u32,
) -> Result<String, DrawingFailed> {
    let t = crate::areas::keys::texts::current();
    let g = Geometry::new(width, members.len(), series);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (g.width, g.height)).into_drawing_area();
        root.fill(&WHITE)?;
        if g.legend > 0 {
            for (i, name) in t.keys.iter().enumerate() {
                let (x, y) = (
                    12 + (i as i32 % 2) * (g.width as i32 / 2),
                    8 + (i as i32 / 2) * 26,
                );
                let colour = COLOURS.get(i).copied().unwrap_or(BLACK);
                root.draw(&Rectangle::new(
                    [(x, y + 3), (x + 14, y + 17)],
                    colour.filled(),
                ))?;
                root.draw(&Text::new(
                    (*name).to_owned(),
                    (x + 20, y + 10),
                    g.font(HPos::Left, VPos::Center),
                ))?;
            }
        }
        for (row, name) in members.iter().enumerate() {
            let y = g.top + row as i32 * g.per_row;
            root.draw(&Text::new(
                name.clone(),
                (g.left - 8, y + g.per_row / 2),
                g.font(HPos::Right, VPos::Center),
            ))?;
        }
        root.present()?;
    }
    Ok(svg)
}

/// The upper layer of a members' bar chart, on a clear ground over [`member_names`]: a scale in
/// kroner (zero and the ends, with lines down the rows) and a bar per member and series. Drawn in
/// pixels (no chart builder: its axes and mesh would add more to the download than this chart).
pub fn member_bars(bars: &Bars, width: u32) -> Result<String, DrawingFailed> {
    let g = Geometry::new(width, bars.members.len(), bars.series.len());
    let values = bars.series.iter().flat_map(|(_, v)| v.iter().copied());
    let (low, high) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let span = (high - low).max(1.0);
    let x_of =
        |value: f64| g.left + ((value - low) / span * f64::from(g.right - g.left)).round() as i32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (g.width, g.height)).into_drawing_area();
        let grey = RGBColor(0xbf, 0xbf, 0xbf);
        // The ends' numbers lie inside the drawing: the lowest starts at its line, the highest ends at it.
        let mut marks = vec![(low, HPos::Left), (0.0, HPos::Center), (high, HPos::Right)];
        marks.dedup_by(|a, b| a.0 == b.0);
        for (value, anchor) in marks {
            let x = x_of(value);
            root.draw(&PathElement::new(vec![(x, g.top), (x, g.bottom)], grey))?;
            root.draw(&Text::new(
                short(value),
                (x, g.bottom + 6),
                g.font(anchor, VPos::Top),
            ))?;
        }
        root.present()?;
    }
    // The bars: one path per key rather than a rectangle element each (plotters writes one per
    // rectangle). With 98 members that is 5 elements instead of 490 for the browser to read on every
    // edit.
    let count = bars.series.len().max(1) as i32;
    let zero = x_of(0.0);
    let mut paths = String::new();
    for (slot, (key, values)) in bars.series.iter().enumerate() {
        let RGBColor(r, g_, b) = COLOURS.get(*key).copied().unwrap_or(BLACK);
        let _ = write!(paths, r##"<path fill="#{r:02X}{g_:02X}{b:02X}" d=""##);
        for (row, value) in values.iter().enumerate() {
            let y = g.top + row as i32 * g.per_row;
            let y0 = y + 3 + (g.per_row - 6) * slot as i32 / count;
            let y1 = y + 3 + (g.per_row - 6) * (slot as i32 + 1) / count;
            let (x0, x1) = (zero.min(x_of(*value)), zero.max(x_of(*value)));
            let _ = write!(paths, "M{x0} {y0}H{x1}V{y1}H{x0}Z");
        }
        paths.push_str("\"/>");
    }
    match svg.rfind("</svg>") {
        Some(end) => svg.insert_str(end, &paths),
        None => return Err(DrawingFailed),
    }
    Ok(svg)
}
