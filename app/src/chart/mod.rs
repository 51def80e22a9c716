//! What every chart shares: the drawing's size for the width it is shown at, the failure to draw, a
//! line cut at a ceiling, and the axes of a line chart (`axes`). Each area draws its own charts
//! (`areas/<area>/chart.rs`) on plotters' drawing area, in pixels, into an SVG string: crisp on a
//! projector, printable, and testable without a browser. A chart is drawn at the width it is shown, so
//! its text keeps its size on a phone as on a projector. Legends are HTML beside the chart, so that a
//! legend never hides a curve, stays in view with it, and screen readers read it.

pub(crate) mod axes;

use plotters::prelude::*;

/// One colour per series, in order; distinct for the common forms of colour blindness, and repeated
/// beyond six series (the legend names each).
pub(crate) const PALETTE: [RGBColor; 6] = [
    RGBColor(0x1f, 0x4e, 0x79),
    RGBColor(0xc5, 0x5a, 0x11),
    RGBColor(0x38, 0x76, 0x1d),
    RGBColor(0x7b, 0x3f, 0x9e),
    RGBColor(0x5f, 0x5f, 0x5f),
    RGBColor(0xa5, 0x00, 0x1e),
];

/// An amount as a chart's coordinate (a chart is drawn in pixels, not to the øre).
pub(crate) fn coordinate(money: ddh_engine::money::Money) -> f64 {
    use rust_decimal::prelude::ToPrimitive;
    money.kroner().to_f64().unwrap_or(0.0)
}

/// Whole kroner (or a whole count) for an axis: `1.611.360`.
pub(crate) fn axis_kroner(value: f64) -> String {
    crate::format::count(value.max(0.0).round() as u64)
}

/// Narrowest and widest drawing, in CSS pixels.
const MIN_WIDTH: u32 = 300;
const MAX_WIDTH: u32 = 960;

/// The drawing library could not draw the chart (it says why only in its own words, in English).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DrawingFailed;

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for DrawingFailed {
    fn from(_: DrawingAreaErrorKind<E>) -> DrawingFailed {
        DrawingFailed
    }
}

/// Pixel sizes of a drawing: its width and height, its text sizes and label areas. A chart is drawn
/// for a layout: the screen's, at the width it is shown, or a slide's, which Present scales into the
/// space under its figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub(crate) width: u32,
    pub(crate) height: u32,
    /// Plotters writes an SVG font size of text / 1.24: 18 gives 14,5 px, 21 gives 16,9 px.
    pub(crate) text: u32,
    /// The smaller text: bar names, scale marks.
    pub(crate) small: u32,
    pub(crate) x_labels: u32,
    pub(crate) y_labels: u32,
}

/// A slide's drawing: as wide as the widest on screen, a little taller.
const SLIDE_WIDTH: u32 = 960;
const SLIDE_HEIGHT: u32 = 440;

impl Layout {
    /// A drawing `width` wide on screen (clamped to what a page shows): its text keeps its size in
    /// pixels on a phone as on a wide screen.
    pub fn for_width(width: u32) -> Layout {
        let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
        let narrow = width < 560;
        let text = if narrow { 18 } else { 21 };
        Layout {
            width,
            height: (width * 11 / 20).clamp(260, 420),
            text,
            small: (text * 4 / 5).max(14),
            x_labels: if narrow { 48 } else { 56 },
            y_labels: if narrow { 66 } else { 80 },
        }
    }

    /// A slide's drawing (Present): the slide scales it to the space under its figure (on a 1280 × 720
    /// projector to about nine tenths), so its text is drawn at 29 px, smaller text at 24 px: no text
    /// under 18 px on the screen, readable from the back of a meeting room.
    pub fn for_slide() -> Layout {
        Layout {
            width: SLIDE_WIDTH,
            height: SLIDE_HEIGHT,
            text: 36,
            small: 30,
            x_labels: 84,
            y_labels: 120,
        }
    }
}

impl Layout {
    /// How many member counts the x-axis labels: fewer on a narrow drawing, never more than there are.
    pub(crate) fn member_ticks(&self, members: f64) -> usize {
        let most = if self.width < 560 { 6.0 } else { 12.0 };
        members.min(most) as usize
    }
}

/// The parts of a line that lie at or below `ceiling`, each ending (or starting) exactly where the line
/// crosses it, so that a cut line is not drawn as a flat plateau along the top.
pub(crate) fn below_ceiling(points: &[(f64, f64)], ceiling: f64) -> Vec<Vec<(f64, f64)>> {
    let crossing = |(x0, y0): (f64, f64), (x1, y1): (f64, f64)| {
        let t = (ceiling - y0) / (y1 - y0);
        (x0 + t * (x1 - x0), ceiling)
    };
    let mut runs = Vec::new();
    let mut run = Vec::new();
    let mut previous: Option<(f64, f64)> = None;
    for &point in points {
        let inside = point.1 <= ceiling;
        match previous {
            Some(before) if inside && before.1 > ceiling => run.push(crossing(before, point)),
            Some(before) if !inside && before.1 <= ceiling => {
                run.push(crossing(before, point));
                runs.push(std::mem::take(&mut run));
            }
            _ => {}
        }
        if inside {
            run.push(point);
        }
        previous = Some(point);
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_cut_where_it_crosses_the_ceiling() {
        // Prices rising as members leave: 1, 2, then 6 and 8 above a ceiling of 4.
        let runs = below_ceiling(&[(4.0, 1.0), (3.0, 2.0), (2.0, 6.0), (1.0, 8.0)], 4.0);
        assert_eq!(runs, vec![vec![(4.0, 1.0), (3.0, 2.0), (2.5, 4.0)]]);
        // Down again below the ceiling: a second run starts at the crossing.
        let runs = below_ceiling(&[(1.0, 2.0), (2.0, 6.0), (3.0, 2.0)], 4.0);
        assert_eq!(
            runs,
            vec![vec![(1.0, 2.0), (1.5, 4.0)], vec![(2.5, 4.0), (3.0, 2.0)]]
        );
    }
}
