//! The opening-hours area's charts: the week as a heat map of the positions needed, and today's
//! schedule beside the proposed one on four figures.

use super::{DrawingFailed, Layout};
use crate::texts::Texts;
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
/// needed; `grid` as the report gives it. Only the hours open in either schedule are drawn.
pub fn heat_chart(
    grid: &[Vec<Option<u32>>],
    hours: std::ops::Range<usize>,
    texts: &Texts,
    width: u32,
) -> Result<String, DrawingFailed> {
    let layout = Layout::for_width(width);
    let days = crate::texts::hours::of(texts).weekdays;
    let most = grid.iter().flatten().flatten().copied().max().unwrap_or(1);
    let (first, last) = (hours.start as f64, hours.end.max(hours.start + 1) as f64);
    let height = (layout.height * 3 / 4).max(240);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (layout.width, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(layout.x_labels - 12)
            .y_label_area_size(layout.y_labels)
            .build_cartesian_2d(first..last, -0.5..6.5)?;
        chart
            .configure_mesh()
            .disable_mesh()
            .x_labels((last - first) as usize + 1)
            .y_labels(7)
            .x_label_formatter(&|h| format!("{:02}", *h as u32))
            // Monday's row is at the top, at y = 6; each row is centred on its whole number.
            .y_label_formatter(&|y: &f64| {
                let row = 6.0 - y.round();
                days.get(row as usize)
                    .filter(|_| row >= 0.0 && (y - y.round()).abs() < 0.01)
                    .map(|name| name.chars().take(3).collect())
                    .unwrap_or_default()
            })
            .y_label_style((FontFamily::SansSerif, layout.text))
            .x_label_style((FontFamily::SansSerif, layout.text))
            .draw()?;
        let cell_width = f64::from(layout.width) / (last - first).max(1.0);
        let numbered = cell_width >= 28.0;
        for (day, row) in grid.iter().enumerate().take(7) {
            let middle = 6.0 - day as f64;
            for hour in hours.clone() {
                let cell = row.get(hour).copied().flatten();
                let x = hour as f64;
                let colour = cell.map_or(EMPTY, |value| shade(value, most));
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x + 0.04, middle + 0.44), (x + 0.96, middle - 0.44)],
                    colour.filled(),
                )))?;
                if let (Some(value), true) = (cell, numbered) {
                    let ink = if f64::from(value) > f64::from(most) * 0.55 {
                        WHITE
                    } else {
                        BLACK
                    };
                    let style = (FontFamily::SansSerif, layout.text)
                        .into_font()
                        .color(&ink)
                        .pos(Pos::new(HPos::Center, VPos::Center));
                    chart.draw_series(std::iter::once(Text::new(
                        value.to_string(),
                        (x + 0.5, middle),
                        style,
                    )))?;
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
pub fn before_after_chart(
    figures: &BeforeAfter,
    texts: &Texts,
    width: u32,
) -> Result<String, DrawingFailed> {
    let t = crate::texts::hours::of(texts);
    let layout = Layout::for_width(width);
    let number = |d: Decimal| d.to_f64().unwrap_or(0.0);
    let figures: [Figure; 4] = [
        (
            t.open_hours_week,
            f64::from(figures.weekly_minutes[0]) / 60.0,
            f64::from(figures.weekly_minutes[1]) / 60.0,
            |v| {
                ddh_engine::danish::number(&format!("{v:.2}"))
                    .trim_end_matches(",00")
                    .to_owned()
            },
        ),
        (
            t.cost,
            number(figures.cost[0].kroner()) / 1e6,
            number(figures.cost[1].kroner()) / 1e6,
            |v| format!("{} mio.", ddh_engine::danish::number(&format!("{v:.2}"))),
        ),
        (
            t.column_sl,
            number(figures.service_level[0]) * 100.0,
            number(figures.service_level[1]) * 100.0,
            |v| format!("{} %", ddh_engine::danish::number(&format!("{v:.1}"))),
        ),
        (
            t.column_answer,
            number(figures.answer_rate[0]) * 100.0,
            number(figures.answer_rate[1]) * 100.0,
            |v| format!("{} %", ddh_engine::danish::number(&format!("{v:.1}"))),
        ),
    ];
    let height = (layout.height * 3 / 4).max(240);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (layout.width, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let panels = root.split_evenly((1, figures.len()));
        let small = (layout.text * 4 / 5).max(14);
        for (panel, (title, today, proposed, shown)) in panels.iter().zip(figures) {
            let top = today.max(proposed).max(f64::MIN_POSITIVE) * 1.25;
            // The panel's name is a text at its top, not a caption: a caption is measured in the page
            // (a forced layout) on every redraw.
            let mut chart = ChartBuilder::on(panel)
                .margin(8)
                .build_cartesian_2d(0.0..2.0, -top * 0.12..top * 1.15)?;
            // The bars' names under them, their values over them.
            let label = |anchor| {
                (FontFamily::SansSerif, small)
                    .into_font()
                    .color(&BLACK)
                    .pos(Pos::new(HPos::Center, anchor))
            };
            for (x, value, colour, name) in [
                (0.0, today, TODAY, t.today),
                (1.0, proposed, PROPOSED, t.proposed),
            ] {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x + 0.15, 0.0), (x + 0.85, value)],
                    colour.filled(),
                )))?;
                chart.draw_series([
                    Text::new(
                        shown(value),
                        (x + 0.5, value + top * 0.02),
                        label(VPos::Bottom),
                    ),
                    Text::new(name.to_owned(), (x + 0.5, -top * 0.02), label(VPos::Top)),
                ])?;
            }
            chart.draw_series(std::iter::once(Text::new(
                title.to_owned(),
                (1.0, top * 1.15),
                label(VPos::Top),
            )))?;
        }
        root.present()?;
    }
    Ok(svg)
}
