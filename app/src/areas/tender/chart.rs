//! The members-leaving chart: the price per citizen against the number of members, the chosen order as
//! a line, the random orders as a band with its median, and the target. Drawn in pixels on axes of our
//! own (`chart::axes`), as every chart of the app.

use crate::chart::axes::{Axes, Axis};
use crate::chart::{below_ceiling, DrawingFailed, Layout};
use crate::format::chart_price;
use crate::texts::Texts;
use ddh_engine::report::LeavingReport;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The y-axis stops at this multiple of the price with all members, so that the last one or two
/// members (whose price can be hundreds of kroner) do not flatten the rest of the curve.
const CEILING_FACTOR: f64 = 4.0;

/// The series drawn, in legend order.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Series {
    /// The chosen order of leaving.
    Order,
    /// Lowest to highest price over the random orders.
    Band,
    /// Median price over the random orders.
    Median,
    /// The target price.
    Target,
}

impl Series {
    pub const ALL: [Series; 4] = [Series::Order, Series::Band, Series::Median, Series::Target];

    fn colour(self) -> RGBColor {
        match self {
            Series::Order => RGBColor(0x1f, 0x4e, 0x79),
            Series::Band => RGBColor(0x9d, 0xc3, 0xe6),
            Series::Median => RGBColor(0xc5, 0x5a, 0x11),
            Series::Target => RGBColor(0xa5, 0x00, 0x1e),
        }
    }

    /// The colour as CSS, for the legend beside the chart.
    pub fn css_colour(self) -> String {
        let RGBColor(red, green, blue) = self.colour();
        format!("#{red:02x}{green:02x}{blue:02x}")
    }
}

/// A drawn chart and, when the y-axis was cut, the price it was cut at.
pub struct Chart {
    pub svg: String,
    pub clipped_at: Option<f64>,
}

/// Draws the price per citizen against the number of members: the chosen order as a line, the random
/// orders as a band with its median, and the target as a horizontal line.
pub fn leaving_chart(
    leaving: &LeavingReport,
    texts: &Texts,
    layout: Layout,
) -> Result<Chart, DrawingFailed> {
    let to_f64 = |value: Decimal| value.to_f64().unwrap_or(0.0);
    let order: Vec<(f64, f64)> = leaving
        .steps
        .iter()
        .map(|step| (step.members as f64, to_f64(step.price_per_citizen)))
        .collect();
    let band = &leaving.random_band.points;
    let target = leaving.target.as_ref().map(|t| to_f64(t.price_per_citizen));
    let members = order.first().map_or(1.0, |&(members, _)| members);
    let full_price = order.first().map_or(0.0, |&(_, price)| price);
    let highest = order
        .iter()
        .map(|&(_, price)| price)
        .chain(band.iter().map(|p| to_f64(p.max)))
        .fold(0.0_f64, f64::max);
    let wanted = (full_price * CEILING_FACTOR).max(target.unwrap_or(0.0) * 1.5);
    let ceiling = if highest > wanted {
        wanted
    } else {
        highest * 1.05
    }
    // A target set is always on the chart, even above every price.
    .max(target.map_or(0.0, |t| t * 1.05))
    .max(0.01);
    let clip = |price: f64| price.min(ceiling);

    let font = layout.text;
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (layout.width, layout.height)).into_drawing_area();
        let axes = Axes::draw(
            &root,
            &layout,
            0,
            Axis {
                title: texts.chart_x,
                values: 0.5..members + 0.5,
                ticks: layout.member_ticks(members),
                label: |x| format!("{x:.0}"),
            },
            Axis {
                title: texts.chart_y,
                values: 0.0..ceiling,
                ticks: 6,
                label: chart_price,
            },
        )?;
        let text = |colour: RGBColor, h: HPos, v: VPos| {
            (FontFamily::SansSerif, font)
                .into_font()
                .color(&colour)
                .pos(Pos::new(h, v))
        };

        let upper = band.iter().map(|p| (p.members as f64, clip(to_f64(p.max))));
        let lower = band
            .iter()
            .rev()
            .map(|p| (p.members as f64, clip(to_f64(p.min))));
        root.draw(&Polygon::new(
            upper
                .chain(lower)
                .map(|point| axes.at(point))
                .collect::<Vec<_>>(),
            Series::Band.colour().mix(0.55).filled(),
        ))?;
        let median: Vec<(f64, f64)> = band
            .iter()
            .map(|p| (p.members as f64, to_f64(p.median)))
            .collect();
        // One polyline per run, dashed by the browser (see `dashed`), rather than plotters' one element
        // per dash: far less SVG for the browser to parse on every edit.
        for run in below_ceiling(&median, ceiling) {
            root.draw(&PathElement::new(
                axes.points(&run),
                Series::Median.colour().stroke_width(MEDIAN_WIDTH),
            ))?;
        }
        let order_runs = below_ceiling(&order, ceiling);
        for run in &order_runs {
            root.draw(&PathElement::new(
                axes.points(run),
                Series::Order.colour().stroke_width(3),
            ))?;
        }
        // Where the chosen order leaves the chart, say how high it goes, so a cut is not read as a plateau.
        let top = order
            .iter()
            .map(|&(_, price)| price)
            .fold(0.0_f64, f64::max);
        if let Some(&(x, _)) = order_runs
            .first()
            .and_then(|run| run.last())
            .filter(|_| top > ceiling)
        {
            let label = (texts.goes_up_to)(&chart_price(top));
            root.draw(&Text::new(
                label,
                axes.at((x + 0.15, ceiling * 0.95)),
                text(Series::Order.colour(), HPos::Left, VPos::Top),
            ))?;
        }
        if let Some(target) = target.filter(|&t| t <= ceiling) {
            root.draw(&PathElement::new(
                axes.points(&[(0.5, target), (members + 0.5, target)]),
                Series::Target.colour().stroke_width(2),
            ))?;
            // Where the chosen order meets the target: the fewest members that carry it.
            let crossing = leaving.target.as_ref().and_then(|t| {
                Some((
                    t.fewest_members? as f64,
                    to_f64(t.price_at_fewest?),
                    t.fewest_members?,
                ))
            });
            if let Some((x, price, fewest)) = crossing {
                let colour = Series::Target.colour();
                root.draw(&PathElement::new(
                    axes.points(&[(x, 0.0), (x, target)]),
                    colour.stroke_width(CROSSING_WIDTH),
                ))?;
                root.draw(&Circle::new(axes.at((x, price)), 6, colour.filled()))?;
                // In the right half the label ends at the mark, so the chart's edge never cuts it.
                let (offset, side) = if x > (members + 1.0) / 2.0 {
                    (-0.15, HPos::Right)
                } else {
                    (0.15, HPos::Left)
                };
                root.draw(&Text::new(
                    (texts.crossing_label)(fewest),
                    axes.at((x + offset, target + ceiling * 0.03)),
                    text(colour, side, VPos::Bottom),
                ))?;
            }
        }
        root.present()?;
    }
    Ok(Chart {
        svg: dashed(
            &dashed(&svg, Series::Median.colour(), MEDIAN_WIDTH, "8 5"),
            Series::Target.colour(),
            CROSSING_WIDTH,
            "4 4",
        ),
        clipped_at: (highest > ceiling).then_some(ceiling),
    })
}

/// Stroke widths of the dashed lines; with its colour a width picks out a line's polylines in the SVG.
const MEDIAN_WIDTH: u32 = 3;
const CROSSING_WIDTH: u32 = 1;

/// The SVG with the lines of `colour` and `width` dashed by `stroke-dasharray` (`pattern`), which
/// plotters' SVG backend does not write: it draws a dashed line as one element per dash instead.
fn dashed(svg: &str, colour: RGBColor, width: u32, pattern: &str) -> String {
    let RGBColor(red, green, blue) = colour;
    let stroke = format!(r##"stroke="#{red:02X}{green:02X}{blue:02X}" stroke-width="{width}""##);
    svg.replace(
        &stroke,
        &format!(r#"{stroke} stroke-dasharray="{pattern}""#),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::texts::DA;
    use ddh_engine::{evaluate, Scenario};

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn chart_of(scenario: &Scenario, width: u32) -> Result<Chart, Box<dyn std::error::Error>> {
        let leaving = evaluate(scenario).leaving?;
        leaving_chart(&leaving, &DA, Layout::for_width(width)).map_err(|_| "not drawn".into())
    }

    #[test]
    // The Danish texts; the English build's are checked in the browser (tests/browser/english.test.mjs).
    #[cfg(not(feature = "english"))]
    fn default_scenario_draws_an_svg_with_its_axis_titles_and_a_cut_axis() -> TestResult {
        let chart = chart_of(&Scenario::default(), 760)?;
        assert!(chart.svg.starts_with("<svg"));
        assert!(chart.svg.contains("Antal medlemmer"));
        // The target line at 2,00 kr. is drawn in its colour.
        assert!(
            chart.svg.to_uppercase().contains("#A5001E"),
            "no target line"
        );
        // The last member alone pays far more than 4 × 1,47 kr.: the axis is cut at 4 × 1,47 = 5,88 kr.
        // Odder alone, the last to leave largest first: 1.550.000 / 24.083 = 64,36 kr.
        assert!(
            chart.svg.contains("op til 64,36"),
            "no label where the line leaves the chart"
        );
        // Where the chosen order meets the 2,00 kr. target (the engine says at how many members), it is marked.
        let fewest = evaluate(&Scenario::default())
            .leaving?
            .target
            .and_then(|t| t.fewest_members)
            .ok_or("no fewest")?;
        assert!(
            chart.svg.contains(&format!("mindst {fewest}")),
            "crossing not marked"
        );
        let cut = chart.clipped_at.ok_or("the axis was not cut")?;
        assert!((cut - 5.88).abs() < 1e-9, "{cut}");
        Ok(())
    }

    #[test]
    fn the_median_is_one_dashed_line_not_one_element_per_dash() -> TestResult {
        let mut scenario = Scenario::default();
        scenario.members.codes = ddh_engine::presets::PresetId::All.codes(scenario.members.quarter);
        let chart = chart_of(&scenario, 960)?;
        let median = chart.svg.matches(r##"stroke="#C55A11""##).count();
        let dashed = chart.svg.matches(r#"stroke-dasharray="8 5""#).count();
        // The median may be cut into a few runs by the ceiling, never into dozens of dashes.
        assert!((1..=3).contains(&median), "{median} median lines");
        assert_eq!(dashed, median, "every median line dashed");
        // Besides the axes' black ticks: the order line, the median, the target and the crossing.
        let lines = chart.svg.matches("<polyline").count();
        let ticks = chart
            .svg
            .matches(r##"<polyline fill="none" opacity="1" stroke="#000000""##)
            .count();
        assert!(lines - ticks <= 6, "{} data lines", lines - ticks);
        Ok(())
    }

    #[test]
    fn a_single_member_still_draws() -> TestResult {
        let mut scenario = Scenario::default();
        scenario.members.codes = vec![751];
        let chart = chart_of(&scenario, 760)?;
        assert!(chart.svg.contains("</svg>"));
        assert_eq!(chart.clipped_at, None);
        Ok(())
    }

    #[test]
    fn a_narrow_chart_is_drawn_narrow_with_readable_text() -> TestResult {
        let chart = chart_of(&Scenario::default(), 350)?;
        assert!(
            chart.svg.contains(r#"width="350""#),
            "drawn at the width shown"
        );
        let sizes: Vec<f64> = chart
            .svg
            .split(r#"font-size=""#)
            .skip(1)
            .filter_map(|rest| rest.split('"').next()?.parse().ok())
            .collect();
        assert!(!sizes.is_empty());
        assert!(
            sizes.iter().all(|&size| size >= 14.0),
            "text under 14 px: {sizes:?}"
        );
        let wide = chart_of(&Scenario::default(), 5_000)?;
        assert!(wide.svg.contains(r#"width="960""#), "no wider than 960");
        Ok(())
    }
}
