//! A line chart's axes drawn in pixels on the drawing area: ticks at round numbers with their labels,
//! the axis titles clear of the labels, and the mapping from values to pixels. Plotters' chart builder
//! draws the same with its mesh, but its generic code costs more of the download than the charts drawn
//! with it (DESIGN.md, "Where the bytes go": 11,7 KB gzip for the keys' bars, 16 KB for the hours').

use crate::chart::{DrawingFailed, Layout};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// Space around the chart, in pixels.
const MARGIN: i32 = 12;
/// Length of a tick mark, and the gap between it and its label.
const TICK: i32 = 5;

/// One axis: its title, about how many labelled ticks, and how a value is written.
pub(crate) struct Axis<'a> {
    pub(crate) title: &'a str,
    pub(crate) values: Range<f64>,
    pub(crate) ticks: usize,
    pub(crate) label: fn(f64) -> String,
}

/// The plotting area in pixels and the values it spans, once its axes are drawn.
pub(crate) struct Axes {
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
    x: Range<f64>,
    y: Range<f64>,
}

impl Axes {
    /// Fills `root` white and draws the axes of a chart on `x` × `y`: the y labels `wider` than the
    /// layout's, for long amounts, and the y title turned upright at the left edge, beside them.
    pub(crate) fn draw(
        root: &DrawingArea<SVGBackend<'_>, Shift>,
        layout: &Layout,
        wider: u32,
        x: Axis<'_>,
        y: Axis<'_>,
    ) -> Result<Axes, DrawingFailed> {
        root.fill(&WHITE)?;
        let text = i32::try_from(layout.text).unwrap_or(18);
        let pixels = |n: u32| i32::try_from(n).unwrap_or(0);
        // Room for the widest y label at about a digit's width a letter (plotters' font size is
        // text / 1.24, a digit about 0,64 of that), so that the turned title beside it never touches
        // it, whatever the text size (a slide's is larger than a page's).
        let widest = ticks(&y.values, y.ticks)
            .into_iter()
            .map(|value| (y.label)(value).chars().count())
            .max()
            .unwrap_or(0);
        let labels = i32::try_from(widest).unwrap_or(0) * text * 13 / 25 + 2 * TICK;
        let axes = Axes {
            left: MARGIN + text + labels.max(pixels(layout.y_labels + wider)),
            top: MARGIN,
            right: pixels(layout.width) - MARGIN,
            bottom: pixels(layout.height) - MARGIN - pixels(layout.x_labels),
            x: x.values.clone(),
            y: y.values.clone(),
        };
        let font = |h: HPos, v: VPos| {
            (FontFamily::SansSerif, layout.text)
                .into_font()
                .color(&BLACK)
                .pos(Pos::new(h, v))
        };
        let line = BLACK.stroke_width(1);
        root.draw(&PathElement::new(
            vec![
                (axes.left, axes.top),
                (axes.left, axes.bottom),
                (axes.right, axes.bottom),
            ],
            line,
        ))?;
        for value in ticks(&x.values, x.ticks) {
            let (at, _) = axes.at((value, axes.y.start));
            root.draw(&PathElement::new(
                vec![(at, axes.bottom), (at, axes.bottom + TICK)],
                line,
            ))?;
            root.draw(&Text::new(
                (x.label)(value),
                (at, axes.bottom + 2 * TICK),
                font(HPos::Center, VPos::Top),
            ))?;
        }
        for value in ticks(&y.values, y.ticks) {
            let (_, at) = axes.at((axes.x.start, value));
            root.draw(&PathElement::new(
                vec![(axes.left - TICK, at), (axes.left, at)],
                line,
            ))?;
            root.draw(&Text::new(
                (y.label)(value),
                (axes.left - 2 * TICK, at),
                font(HPos::Right, VPos::Center),
            ))?;
        }
        root.draw(&Text::new(
            x.title.to_owned(),
            ((axes.left + axes.right) / 2, pixels(layout.height) - MARGIN),
            font(HPos::Center, VPos::Bottom),
        ))?;
        root.draw(&Text::new(
            y.title.to_owned(),
            (MARGIN, (axes.top + axes.bottom) / 2),
            font(HPos::Center, VPos::Top).transform(FontTransform::Rotate270),
        ))?;
        Ok(axes)
    }

    /// The pixel of the value `(x, y)`.
    pub(crate) fn at(&self, (x, y): (f64, f64)) -> (i32, i32) {
        let share = |value: f64, range: &Range<f64>| {
            let span = range.end - range.start;
            if span > 0.0 {
                (value - range.start) / span
            } else {
                0.0
            }
        };
        let across = f64::from(self.right - self.left) * share(x, &self.x);
        let up = f64::from(self.bottom - self.top) * share(y, &self.y);
        (
            self.left + across.round() as i32,
            self.bottom - up.round() as i32,
        )
    }

    /// The values' points as pixels, for a line.
    pub(crate) fn points(&self, values: &[(f64, f64)]) -> Vec<(i32, i32)> {
        values.iter().map(|&point| self.at(point)).collect()
    }
}

/// The round values (1, 2 or 5 times a power of ten apart) in `range`, at most `most` steps apart from
/// the first to the last (so `most + 1` values where both ends are round); none for an empty range.
pub(crate) fn ticks(range: &Range<f64>, most: usize) -> Vec<f64> {
    let span = range.end - range.start;
    if most == 0 || !span.is_finite() || span <= 0.0 {
        return Vec::new();
    }
    let power = 10f64.powf((span / most as f64).log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| span / step <= most as f64)
        .unwrap_or(10.0 * power);
    let first = (range.start / step).ceil();
    // A hair of slack at the end, so that a tick on the last value is not lost to rounding.
    (0..=most)
        .map(|i| (first + i as f64) * step)
        .take_while(|value| *value <= range.end + step * 1e-9)
        .collect()
}

#[cfg(test)]
mod tests {
    // A test indexes pairs that `windows(2)` guarantees.
    #![allow(clippy::indexing_slicing)]

    use super::*;

    #[test]
    fn ticks_fall_on_round_values_within_the_range() {
        // 98 members, at most 12 labels: every 10th.
        assert_eq!(
            ticks(&(0.5..98.5), 12),
            [10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0]
        );
        // 13 members: every 2nd.
        assert_eq!(ticks(&(0.5..13.5), 12), [2.0, 4.0, 6.0, 8.0, 10.0, 12.0]);
        // One member: its own count.
        assert_eq!(ticks(&(0.5..1.5), 1), [1.0]);
        // Amounts up to 1,74 mio. with 6 labels: every 500.000, from 0.
        assert_eq!(
            ticks(&(0.0..1_740_000.0), 6),
            [0.0, 500_000.0, 1_000_000.0, 1_500_000.0]
        );
        // The end itself where it is round.
        assert_eq!(ticks(&(0.0..48.0), 7), [0.0, 10.0, 20.0, 30.0, 40.0]);
        assert_eq!(ticks(&(0.0..40.0), 4), [0.0, 10.0, 20.0, 30.0, 40.0]);
    }

    #[test]
    fn no_ticks_on_an_empty_or_broken_range() {
        assert!(ticks(&(1.0..1.0), 5).is_empty());
        assert!(ticks(&(2.0..1.0), 5).is_empty());
        assert!(ticks(&(0.0..f64::INFINITY), 5).is_empty());
        assert!(ticks(&(0.0..f64::NAN), 5).is_empty());
        assert!(ticks(&(0.0..10.0), 0).is_empty());
    }

    /// Every tick is a whole multiple of its step, and within the range: checked over many ranges.
    #[test]
    fn ticks_are_in_range_and_evenly_spaced() {
        for end in [0.7, 3.0, 17.0, 99.0, 1234.5, 5e6, 2.9e9] {
            for most in 1..=12 {
                let found = ticks(&(0.0..end), most);
                assert!(
                    !found.is_empty() && found.len() <= most + 1,
                    "{end} {most}: {found:?}"
                );
                assert!(found.iter().all(|v| (0.0..=end * (1.0 + 1e-9)).contains(v)));
                let steps: Vec<f64> = found.windows(2).map(|w| w[1] - w[0]).collect();
                assert!(steps.windows(2).all(|s| (s[0] - s[1]).abs() <= s[0] * 1e-9));
            }
        }
    }
}
