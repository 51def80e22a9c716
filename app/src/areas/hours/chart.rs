//! The opening-hours area's charts: the week as a heat map of the positions needed, and today's
//! schedule beside the proposed one on four figures.

use crate::chart::{DrawingFailed, Layout};
use ddh_engine::money::Money;
use ddh_engine::report::HoursReport;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

const EMPTY: RGBColor = RGBColor(0xf2, 0xf2, 0xf2);
const TODAY: RGBColor = RGBColor(0x7f, 0x7f, 0x7f);
const PROPOSED: RGBColor = RGBColor(0x1f, 0x4e, 0x79);

/// A cell's colour: from pale to dark blue as `value` goes from 0 to `most`.
fn shade(value: u32, most: u32) -> RGBColor {
    let t = f64::from(value) / f64::from(most.max(1));
    let mix =
        |from: u8, to: u8| (f64::from(from) + (f64::from(to) - f64::from(from)) * t).round() as u8;
    RGBColor(mix(0xde, 0x08), mix(0xeb, 0x30), mix(0xf7, 0x6b))
}

/// The week (rows Monday to Sunday) by hour, each open hour coloured and numbered by the positions
/// needed; `grid` as the report gives it. Only the hours open in either schedule are drawn. Drawn on
/// the drawing area in pixels: a chart builder's axes and mesh would add more to the download than the
/// whole chart.
pub fn heat_chart(
    grid: &[Vec<Option<u32>>],
    hours: std::ops::Range<usize>,
    width: u32,
) -> Result<String, DrawingFailed> {
    let layout = Layout::for_width(width);
    let days = crate::areas::hours::texts::fields().weekdays;
    let most = grid.iter().flatten().flatten().copied().max().unwrap_or(1);
    let columns = hours.len().max(1) as i32;
    let height = (layout.height * 3 / 4).max(240);
    let (left, top) = (layout.y_labels as i32 - 16, 12);
    let (right, bottom) = (
        layout.width as i32 - 12,
        height as i32 - (layout.x_labels as i32 - 12),
    );
    let cell_width = (right - left) / columns;
    let cell_height = (bottom - top) / 7;
    let numbered = cell_width >= 28;
    let font = |ink: &RGBColor, h: HPos| {
        (FontFamily::SansSerif, layout.text)
            .into_font()
            .color(ink)
            .pos(Pos::new(h, VPos::Center))
    };
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (layout.width, height)).into_drawing_area();
        root.fill(&WHITE)?;
        for (day, name) in days.iter().enumerate() {
            let y = top + day as i32 * cell_height + cell_height / 2;
            let short: String = name.chars().take(3).collect();
            root.draw(&Text::new(short, (left - 8, y), font(&BLACK, HPos::Right)))?;
        }
        for (column, hour) in hours.clone().enumerate() {
            let x = left + column as i32 * cell_width;
            let label = (FontFamily::SansSerif, layout.text)
                .into_font()
                .color(&BLACK)
                .pos(Pos::new(HPos::Center, VPos::Top));
            root.draw(&Text::new(format!("{hour:02}"), (x, bottom + 6), label))?;
        }
        for (day, row) in grid.iter().enumerate().take(7) {
            let y = top + day as i32 * cell_height;
            for (column, hour) in hours.clone().enumerate() {
                let cell = row.get(hour).copied().flatten();
                let x = left + column as i32 * cell_width;
                let colour = cell.map_or(EMPTY, |value| shade(value, most));
                root.draw(&Rectangle::new(
                    [(x + 2, y + 2), (x + cell_width - 2, y + cell_height - 2)],
                    colour.filled(),
                ))?;
                if let (Some(value), true) = (cell, numbered) {
                    let ink = if f64::from(value) > f64::from(most) * 0.55 {
                        WHITE
                    } else {
                        BLACK
                    };
                    root.draw(&Text::new(
                        value.to_string(),
                        (x + cell_width / 2, y + cell_height / 2),
                        font(&ink, HPos::Center),
                    ))?;
                }
            }
        }
        root.present()?;
    }
    Ok(svg)
}

/// What the bars show, today's first: kept apart from the report so that the chart is drawn again only
/// when one of them changes.
#[derive(Clone, Copy, PartialEq)]
pub struct BeforeAfter {
    pub weekly_minutes: [u32; 2],
    pub cost: [Money; 2],
    pub service_level: [Decimal; 2],
    pub answer_rate: [Decimal; 2],
}

impl BeforeAfter {
    pub fn of(report: &HoursReport) -> BeforeAfter {
        let (a, b) = (&report.today, &report.proposed);
        BeforeAfter {
            weekly_minutes: [a.weekly_minutes, b.weekly_minutes],
            cost: [a.staffed.cost, b.staffed.cost],
            service_level: [a.staffed.service_level, b.staffed.service_level],
            answer_rate: [a.staffed.answer_rate, b.staffed.answer_rate],
        }
    }
}

/// A figure's name, today's and the proposed value, and how a value is written.
type Figure<'a> = (&'a str, f64, f64, fn(f64) -> String);

/// Four figures, today's bar beside the proposed: open hours a week, the staffing plan's cost a year
/// (mio. kr.), its service level and its answer rate (%).
pub fn before_after_chart(figures: &BeforeAfter, layout: Layout) -> Result<String, DrawingFailed> {
    let t = crate::areas::hours::texts::current();
    let number = |d: Decimal| d.to_f64().unwrap_or(0.0);
    let figures: [Figure; 4] = [
        (
            t.open_hours_week,
            f64::from(figures.weekly_minutes[0]) / 60.0,
            f64::from(figures.weekly_minutes[1]) / 60.0,
            |v| {
                let text = format!("{v:.2}");
                crate::format::number_text(text.strip_suffix(".00").unwrap_or(&text))
            },
        ),
        (
            t.cost,
            number(figures.cost[0].kroner()) / 1e6,
            number(figures.cost[1].kroner()) / 1e6,
            |v| {
                format!(
                    "{}{}",
                    crate::format::number_text(&format!("{v:.2}")),
                    crate::format::MILLIONS
                )
            },
        ),
        (
            t.column_sl,
            number(figures.service_level[0]) * 100.0,
            number(figures.service_level[1]) * 100.0,
            |v| {
                format!(
                    "{}{}",
                    crate::format::number_text(&format!("{v:.1}")),
                    crate::format::PERCENT
                )
            },
        ),
        (
            t.column_answer,
            number(figures.answer_rate[0]) * 100.0,
            number(figures.answer_rate[1]) * 100.0,
            |v| {
                format!(
                    "{}{}",
                    crate::format::number_text(&format!("{v:.1}")),
                    crate::format::PERCENT
                )
            },
        ),
    ];
    let height = (layout.height * 3 / 4).max(240);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (layout.width, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let small = layout.small;
        let label = |v: VPos| {
            (FontFamily::SansSerif, small)
                .into_font()
                .color(&BLACK)
                .pos(Pos::new(HPos::Center, v))
        };
        // Four panels side by side, each: its name at the top, two bars on a common base line, each
        // bar's value over it and its schedule's name under the base line.
        let panel_width = layout.width as i32 / figures.len() as i32;
        let (title_y, base_y) = (8, height as i32 - 34);
        let tallest = base_y - title_y - 2 * i32::try_from(small).unwrap_or(14) - 16;
        for (index, (title, today, proposed, shown)) in figures.into_iter().enumerate() {
            let left = index as i32 * panel_width;
            let top = today.max(proposed).max(f64::MIN_POSITIVE);
            root.draw(&Text::new(
                title.to_owned(),
                (left + panel_width / 2, title_y),
                label(VPos::Top),
            ))?;
            for (slot, value, colour, name) in [
                (0, today, TODAY, t.today),
                (1, proposed, PROPOSED, t.proposed),
            ] {
                let bar = (value / top * f64::from(tallest)).round() as i32;
                let x0 = left + panel_width * (1 + 4 * slot) / 10;
                let x1 = left + panel_width * (4 + 4 * slot) / 10;
                root.draw(&Rectangle::new(
                    [(x0, base_y - bar), (x1, base_y)],
                    colour.filled(),
                ))?;
                let middle = (x0 + x1) / 2;
                root.draw(&Text::new(
                    shown(value),
                    (middle, base_y - bar - 4),
                    label(VPos::Bottom),
                ))?;
                root.draw(&Text::new(
                    name.to_owned(),
                    (middle, base_y + 6),
                    label(VPos::Top),
                ))?;
            }
        }
        root.present()?;
    }
    Ok(svg)
}
