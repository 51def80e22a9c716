//! The keys' charts: horizontal bars per member, one bar per key (each member's cost under every key)
//! or one (its change under a key against today's). Members top to bottom in the report's order, or
//! in the order the caller picks them (Present's largest changes).

use crate::chart::{coordinate as kroner, DrawingFailed, Layout};
use ddh_engine::keys::report::KeysReport;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::fmt::Write as _;

/// One colour per key, in the report's column order (colour-blind safe, distinct in grey).
const COLOURS: [RGBColor; 5] = [
    RGBColor(0x7f, 0x7f, 0x7f),
    RGBColor(0x1f, 0x4e, 0x79),
    RGBColor(0xe6, 0x9f, 0x00),
    RGBColor(0x00, 0x9e, 0x73),
    RGBColor(0xcc, 0x79, 0xa7),
];

/// A change chart's colours: a rise (a member paying more than today) and a saving (Okabe–Ito's
/// vermillion and blue: told apart by colour-blind eyes and in grey).
pub const RISE: RGBColor = RGBColor(0xd5, 0x5e, 0x00);
pub const SAVING: RGBColor = RGBColor(0x00, 0x72, 0xb2);

/// What a chart draws: member names and, per series (key), a value in kroner per member. Compared, so
/// that a chart redraws only when what it shows changes.
#[derive(Clone, PartialEq)]
pub struct Bars {
    pub members: Vec<String>,
    /// Series by key position: (position in the keys' colour order, values per member).
    pub series: Vec<(usize, Vec<f64>)>,
    /// A change against today's: each bar in the colour of its sign ([`RISE`], [`SAVING`]) and its
    /// amount written with its sign at the row's end, so that the chart reads without its colours.
    pub signed: bool,
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
            signed: false,
        }
    }

    /// The change in cost under the key at `column` against the population key of the members at
    /// `positions` (in the report's list), in that order.
    pub fn change(report: &KeysReport, column: usize, positions: &[usize]) -> Bars {
        let members = positions.iter().filter_map(|&i| report.members.get(i));
        Bars {
            members: members.clone().map(|m| m.name.clone()).collect(),
            series: vec![(
                column,
                members
                    .map(|m| m.keys.get(column).map_or(0.0, |p| kroner(p.cost_change)))
                    .collect(),
            )],
            signed: true,
        }
    }
}

/// Which values a path of bars draws (a change chart draws rises and savings in paths of their own).
type Drawn = fn(f64) -> bool;

/// A signed amount at a change chart's row end: `+350.000`, `−1,2 mio.` (a minus sign, not a hyphen).
fn signed(value: f64) -> String {
    let amount = short(value.abs());
    if value > 0.0 {
        format!("+{amount}")
    } else if value < 0.0 {
        format!("\u{2212}{amount}")
    } else {
        amount
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

/// Where things go in a chart of `members` rows of `series` bars each, for a layout: both layers
/// of a chart are drawn on it, so that they lie exactly on top of each other.
struct Geometry {
    width: u32,
    height: u32,
    per_row: i32,
    left: i32,
    right: i32,
    top: i32,
    bottom: i32,
    text: u32,
}

impl Geometry {
    /// `names` is the longest member name's length in letters; a `signed` chart keeps room at the
    /// right for the amounts and has a legend of its two colours, a chart of several series one of
    /// their colours.
    fn new(layout: Layout, members: usize, series: usize, names: usize, signed: bool) -> Geometry {
        let rows = members.max(1) as i32;
        let text = layout.small as i32;
        // About how wide a letter is: plotters' font size is text / 1.24, a letter about 0,55 of it.
        let letters = |count: i32| count * text * 11 / 25;
        // A row holds its name (one line of text) and its bars.
        let line = text * 5 / 4;
        let per_row = (6 + 7 * series as i32).max(line + 6);
        let legend_rows = if signed {
            1
        } else if series > 1 {
            (series as i32 + 1) / 2
        } else {
            0
        };
        let legend = if legend_rows > 0 {
            line * legend_rows + 8
        } else {
            0
        };
        let (top, bottom) = (legend + 8, legend + 8 + rows * per_row);
        let names = i32::try_from(names).unwrap_or(20).min(24);
        Geometry {
            width: layout.width,
            height: u32::try_from(bottom + 8 + line).unwrap_or(200),
            per_row,
            left: (layout.y_labels as i32 + 50).max(letters(names) + 16),
            right: layout.width as i32 - if signed { letters(10) + 16 } else { 24 },
            top,
            bottom,
            text: layout.small,
        }
    }

    fn font(&self, h: HPos, v: VPos) -> TextStyle<'static> {
        (FontFamily::SansSerif, self.text)
            .into_font()
            .color(&BLACK)
            .pos(Pos::new(h, v))
    }
}

/// The geometry both layers of `bars` are drawn on.
fn geometry(bars: &Bars, layout: Layout) -> Geometry {
    let names = bars
        .members
        .iter()
        // Bytes, not letters: counting letters links a routine of its own, and an æ, ø or å
        // counted twice only leaves a little more room.
        .map(String::len)
        .max()
        .unwrap_or(0);
    Geometry::new(
        layout,
        bars.members.len(),
        bars.series.len(),
        names,
        bars.signed,
    )
}

/// The lower layer of a members' bar chart: the white ground, the legend (the keys' colours with more
/// than one series, a rise's and a saving's in a change chart) and the members' names. It changes only with the members, so that an edit, which
/// changes only the bars, leaves this layer (most of the chart's elements) as it is.
pub fn member_names(bars: &Bars, layout: Layout) -> Result<String, DrawingFailed> {
    let t = crate::areas::keys::texts::current();
    let members = &bars.members;
    let g = geometry(bars, layout);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (g.width, g.height)).into_drawing_area();
        root.fill(&WHITE)?;
        // The legend, two entries a line: a change chart's two colours, or the keys'.
        let entries: Vec<(RGBColor, &str)> = if bars.signed {
            vec![(RISE, t.legend_rise), (SAVING, t.legend_saving)]
        } else if bars.series.len() > 1 {
            COLOURS
                .iter()
                .copied()
                .zip(t.keys.iter().copied())
                .collect()
        } else {
            Vec::new()
        };
        let line = g.text as i32 * 5 / 4;
        for (i, (colour, name)) in entries.into_iter().enumerate() {
            let (x, y) = (
                12 + (i as i32 % 2) * (g.width as i32 / 2),
                8 + (i as i32 / 2) * line,
            );
            let side = line * 3 / 5;
            root.draw(&Rectangle::new(
                [
                    (x, y + line / 2 - side / 2),
                    (x + side, y + line / 2 + side / 2),
                ],
                colour.filled(),
            ))?;
            root.draw(&Text::new(
                name.to_owned(),
                (x + side + 6, y + line / 2),
                g.font(HPos::Left, VPos::Center),
            ))?;
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
pub fn member_bars(bars: &Bars, layout: Layout) -> Result<String, DrawingFailed> {
    let g = geometry(bars, layout);
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
    // A change chart has two paths, rises and savings, each in its colour.
    let count = bars.series.len().max(1) as i32;
    let zero = x_of(0.0);
    let mut paths = String::new();
    for (slot, (key, values)) in bars.series.iter().enumerate() {
        let colours: &[(RGBColor, Drawn)] = if bars.signed {
            &[(RISE, |v| v > 0.0), (SAVING, |v| v < 0.0)]
        } else {
            &[(BLACK, |_| true)]
        };
        for &(colour, drawn) in colours {
            let RGBColor(r, g_, b) = if bars.signed {
                colour
            } else {
                COLOURS.get(*key).copied().unwrap_or(BLACK)
            };
            let _ = write!(paths, r##"<path fill="#{r:02X}{g_:02X}{b:02X}" d=""##);
            for (row, value) in values.iter().enumerate().filter(|(_, v)| drawn(**v)) {
                let y = g.top + row as i32 * g.per_row;
                let y0 = y + 3 + (g.per_row - 6) * slot as i32 / count;
                let y1 = y + 3 + (g.per_row - 6) * (slot as i32 + 1) / count;
                let (x0, x1) = (zero.min(x_of(*value)), zero.max(x_of(*value)));
                let _ = write!(paths, "M{x0} {y0}H{x1}V{y1}H{x0}Z");
            }
            paths.push_str("\"/>");
        }
        // The amounts with their signs, right-aligned at the drawing's right edge.
        if bars.signed {
            let size = f64::from(g.text) / 1.24;
            let _ = write!(
                paths,
                r##"<g font-family="sans-serif" font-size="{size:.1}" text-anchor="end" fill="#000000">"##
            );
            for (row, value) in values.iter().enumerate() {
                let y = g.top + row as i32 * g.per_row + g.per_row / 2;
                let _ = write!(
                    paths,
                    r#"<text x="{}" y="{y}" dy="0.35em">{}</text>"#,
                    g.width as i32 - 8,
                    signed(*value)
                );
            }
            paths.push_str("</g>");
        }
    }
    match svg.rfind("</svg>") {
        Some(end) => svg.insert_str(end, &paths),
        None => return Err(DrawingFailed),
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ddh_engine::money::Money;
    use ddh_engine::{evaluate, Scenario};

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    /// The keys' figures for all 98 members.
    fn all_members() -> Result<KeysReport, Box<dyn std::error::Error>> {
        let mut scenario = Scenario::default();
        scenario.members.codes = ddh_engine::presets::PresetId::All.codes(scenario.members.quarter);
        Ok(evaluate(&scenario).keys?)
    }

    #[test]
    fn a_signed_amount_carries_its_sign_and_a_minus_is_a_minus() {
        assert_eq!(signed(350_000.0), format!("+{}", short(350_000.0)));
        assert_eq!(
            signed(-1_200_000.0),
            format!("\u{2212}{}", short(1_200_000.0))
        );
        assert_eq!(signed(0.0), short(0.0));
    }

    #[test]
    fn a_change_chart_draws_rises_and_savings_in_their_colours_with_a_signed_amount_each(
    ) -> TestResult {
        let report = all_members()?;
        let column = 2;
        let everyone: Vec<usize> = (0..report.members.len()).collect();
        let bars = Bars::change(&report, column, &everyone);
        let svg = member_bars(&bars, Layout::for_width(960)).map_err(|_| "not drawn")?;
        let changes: Vec<Money> = report
            .members
            .iter()
            .filter_map(|m| m.keys.get(column).map(|p| p.cost_change))
            .collect();
        let rises = changes.iter().filter(|c| **c > Money::ZERO).count();
        let savings = changes.iter().filter(|c| **c < Money::ZERO).count();
        assert!(rises > 0 && savings > 0);
        // One path per sign, a closed rectangle per member in it.
        let path = |colour: &str| -> Result<usize, Box<dyn std::error::Error>> {
            let start = svg
                .find(&format!(r##"<path fill="{colour}" d=""##))
                .ok_or("no path")?;
            let rest = svg.get(start..).ok_or("cut")?;
            let end = rest.find("\"/>").ok_or("open path")?;
            Ok(rest.get(..end).ok_or("cut")?.matches('Z').count())
        };
        assert_eq!(path("#D55E00")?, rises);
        assert_eq!(path("#0072B2")?, savings);
        // The amounts at the rows' ends: as many with a plus as rise, with a minus as save.
        assert_eq!(svg.matches(">+").count(), rises);
        assert_eq!(svg.matches(">\u{2212}").count(), savings);
        Ok(())
    }

    #[test]
    fn the_names_have_room_whatever_the_text_size() -> TestResult {
        let report = all_members()?;
        let bars = Bars::change(&report, 2, &[0, 1, 2]);
        let longest = bars
            .members
            .iter()
            .map(|m| m.chars().count())
            .max()
            .unwrap_or(0);
        for layout in [
            Layout::for_width(390),
            Layout::for_width(960),
            Layout::for_slide(),
        ] {
            let g = geometry(&bars, layout);
            // A letter about 0,55 of plotters' font size (text / 1.24): the names fit left of the bars.
            let needed = longest as f64 * f64::from(g.text) / 1.24 * 0.55;
            assert!(
                f64::from(g.left - 8) >= needed,
                "{} px for {needed:.0}",
                g.left - 8
            );
            assert!(g.right > g.left + 100, "room for the bars");
        }
        Ok(())
    }
}
