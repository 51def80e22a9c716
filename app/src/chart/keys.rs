//! The keys' charts: horizontal bars per member, one bar per key (each member's cost under every key)
//! or one (its change under a key against today's). Members top to bottom in the report's order.

use super::{DrawingFailed, Layout};
use crate::texts::Texts;
use ddh_engine::keys::report::KeysReport;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rust_decimal::prelude::ToPrimitive;

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

/// A value in kroner for an axis: `1,2 mio.` or `350.000`.
fn short(value: f64) -> String {
    if value.abs() >= 1e6 {
        format!(
            "{} mio.",
            ddh_engine::danish::number(&format!("{:.1}", value / 1e6))
        )
    } else {
        ddh_engine::danish::number(&format!("{value:.0}"))
    }
}

/// Horizontal bars: a row per member, a bar per series within it, a legend of the keys on top, a
/// scale in kroner below. Drawn on the drawing area in pixels (no chart builder: its axes and mesh
/// would add more to the download than the whole of this chart).
pub fn member_bars(bars: &Bars, texts: &Texts, width: u32) -> Result<String, DrawingFailed> {
    let t = crate::texts::keys::of(texts);
    let layout = Layout::for_width(width);
    let rows = bars.members.len().max(1) as i32;
    // A row holds its name (one line of text) and its bars.
    let per_row = (6 + 7 * bars.series.len() as i32).max(26);
    let legend = if bars.series.len() > 1 { 26 * 3 + 8 } else { 0 };
    let (left, right) = (layout.y_labels as i32 + 50, layout.width as i32 - 24);
    let (top, bottom) = (legend + 8, legend + 8 + rows * per_row);
    let height = u32::try_from(bottom + 40).unwrap_or(200);
    let values = bars.series.iter().flat_map(|(_, v)| v.iter().copied());
    let (low, high) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let span = (high - low).max(1.0);
    let x_of = |value: f64| left + ((value - low) / span * f64::from(right - left)).round() as i32;
    let small = (layout.text * 4 / 5).max(14);
    let font = |h: HPos, v: VPos| {
        (FontFamily::SansSerif, small)
            .into_font()
            .color(&BLACK)
            .pos(Pos::new(h, v))
    };
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (layout.width, height)).into_drawing_area();
        root.fill(&WHITE)?;
        if legend > 0 {
            for (i, name) in t.keys.iter().enumerate() {
                let (x, y) = (
                    12 + (i as i32 % 2) * (layout.width as i32 / 2),
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
                    font(HPos::Left, VPos::Center),
                ))?;
            }
        }
        // The scale: zero and the ends, with lines down the rows.
        let grey = RGBColor(0xbf, 0xbf, 0xbf);
        // The ends' numbers lie inside the drawing: the lowest starts at its line, the highest ends at it.
        let mut marks = vec![(low, HPos::Left), (0.0, HPos::Center), (high, HPos::Right)];
        marks.dedup_by(|a, b| a.0 == b.0);
        for (value, anchor) in marks {
            let x = x_of(value);
            root.draw(&PathElement::new(vec![(x, top), (x, bottom)], grey))?;
            root.draw(&Text::new(
                short(value),
                (x, bottom + 6),
                font(anchor, VPos::Top),
            ))?;
        }
        let count = bars.series.len().max(1) as i32;
        let zero = x_of(0.0);
        for (row, name) in bars.members.iter().enumerate() {
            let y = top + row as i32 * per_row;
            root.draw(&Text::new(
                name.clone(),
                (left - 8, y + per_row / 2),
                font(HPos::Right, VPos::Center),
            ))?;
            for (slot, (key, values)) in bars.series.iter().enumerate() {
                let value = values.get(row).copied().unwrap_or(0.0);
                let colour = COLOURS.get(*key).copied().unwrap_or(BLACK);
                let y0 = y + 3 + (per_row - 6) * slot as i32 / count;
                let y1 = y + 3 + (per_row - 6) * (slot as i32 + 1) / count;
                root.draw(&Rectangle::new(
                    [(zero, y0), (x_of(value), y1)],
                    colour.filled(),
                ))?;
            }
        }
        root.present()?;
    }
    Ok(svg)
}
