//! The procurement area's charts: the contract value month by month against the threshold, and each
//! offer's cost per member by member count with the changes of place marked. Drawn in pixels on axes of
//! our own (`chart::axes`), not with plotters' chart builder, whose generic code would cost more of
//! the module's download than the charts.

use crate::chart::axes::{Axes, Axis};
use crate::chart::{
    axis_kroner, below_ceiling, coordinate as kroner, DrawingFailed, Layout, PALETTE,
};
use ddh_engine::money::Money;
use ddh_engine::report::{OffersReport, ValueReport};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

const VALUE: RGBColor = RGBColor(0x1f, 0x4e, 0x79);
const THRESHOLD: RGBColor = RGBColor(0xa5, 0x00, 0x1e);
/// The y-axis of the offers chart stops at this multiple of the dearest cost per member with all
/// members, so that one or two members (who would carry a flat price alone) do not flatten the rest.
const CEILING_FACTOR: f64 = 4.0;

/// The value after each month, and the threshold as a horizontal line.
pub fn value_chart(
    value: &ValueReport,
    threshold: Money,
    layout: Layout,
) -> Result<String, DrawingFailed> {
    let t = crate::areas::procurement::texts::current();
    let points: Vec<(f64, f64)> = value
        .by_month
        .iter()
        .enumerate()
        .map(|(m, v)| (m as f64, kroner(*v)))
        .collect();
    let months = (value.months_counted.max(1)) as f64;
    let threshold = kroner(threshold);
    let top = points.iter().map(|&(_, v)| v).fold(threshold, f64::max) * 1.08;
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (layout.width, layout.height)).into_drawing_area();
        let axes = Axes::draw(
            &root,
            &layout,
            24,
            Axis {
                title: t.value_chart_x,
                values: 0.0..months,
                ticks: 7,
                label: axis_kroner,
            },
            Axis {
                title: t.value_chart_y,
                values: 0.0..top,
                ticks: 6,
                label: axis_kroner,
            },
        )?;
        root.draw(&PathElement::new(
            axes.points(&[(0.0, threshold), (months, threshold)]),
            THRESHOLD.stroke_width(2),
        ))?;
        let (x, y) = axes.at((months * 0.02, threshold));
        root.draw(&Text::new(
            t.chart_threshold,
            (x, y - 4),
            (FontFamily::SansSerif, layout.text)
                .into_font()
                .color(&THRESHOLD)
                .pos(Pos::new(HPos::Left, VPos::Bottom)),
        ))?;
        root.draw(&PathElement::new(
            axes.points(&points),
            VALUE.stroke_width(3),
        ))?;
        root.present()?;
    }
    Ok(svg)
}

/// A drawn offers chart and its legend (name, CSS colour), in the offers' order.
pub struct OffersChart {
    pub svg: String,
    pub legend: Vec<(String, String)>,
}

/// Cost per member against the number of members, a line per offer, a ring where two offers change place.
pub fn offers_chart(report: &OffersReport, width: u32) -> Result<OffersChart, DrawingFailed> {
    let t = crate::areas::procurement::texts::current();
    let layout = Layout::for_width(width);
    let members = report.member_count.max(1) as f64;
    let lines: Vec<Vec<(f64, f64)>> = (0..report.offers.len())
        .map(|i| {
            report
                .counts
                .iter()
                .filter_map(|row| {
                    row.costs
                        .get(i)
                        .map(|c| (row.members as f64, kroner(c.per_member)))
                })
                .collect()
        })
        .collect();
    let at_all = lines
        .iter()
        .filter_map(|line| line.last().map(|&(_, y)| y))
        .fold(0.0_f64, f64::max);
    let highest = lines
        .iter()
        .flatten()
        .map(|&(_, y)| y)
        .fold(0.0_f64, f64::max);
    let ceiling = if highest > at_all * CEILING_FACTOR {
        at_all * CEILING_FACTOR
    } else {
        highest * 1.05
    }
    .max(1.0);
    let colour = |i: usize| PALETTE.get(i % PALETTE.len()).copied().unwrap_or(VALUE);
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (layout.width, layout.height)).into_drawing_area();
        let axes = Axes::draw(
            &root,
            &layout,
            16,
            Axis {
                title: t.offers_chart_x,
                values: 0.5..members + 0.5,
                ticks: layout.member_ticks(members),
                label: axis_kroner,
            },
            Axis {
                title: t.offers_chart_y,
                values: 0.0..ceiling,
                ticks: 6,
                label: axis_kroner,
            },
        )?;
        for (i, line) in lines.iter().enumerate() {
            for run in below_ceiling(line, ceiling) {
                root.draw(&PathElement::new(
                    axes.points(&run),
                    colour(i).stroke_width(3),
                ))?;
            }
        }
        for change in &report.break_evens {
            let cost = |id: u32| {
                let row = report.counts.get(change.members.checked_sub(1)?)?;
                row.costs
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| kroner(c.per_member))
            };
            let Some(y) = cost(change.cheaper.unwrap_or(change.first)).filter(|&y| y <= ceiling)
            else {
                continue;
            };
            root.draw(&Circle::new(
                axes.at((change.members as f64, y)),
                7,
                BLACK.stroke_width(2),
            ))?;
        }
        root.present()?;
    }
    let legend = report
        .offers
        .iter()
        .enumerate()
        .map(|(i, offer)| {
            let RGBColor(red, green, blue) = colour(i);
            (
                offer.name.clone(),
                format!("#{red:02x}{green:02x}{blue:02x}"),
            )
        })
        .collect();
    Ok(OffersChart { svg, legend })
}
