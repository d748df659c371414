//! Accessible SVG charts for vawdb's pages: the markup is written directly, with a title and a
//! description for screen readers, text as text, and no script, font file or inline style, so
//! that pages keep their content security policy and tests can read the numbers.
//!
//! ```
//! let chart = charts::StepChart {
//!     title: "Parties to UNTOC".into(),
//!     description: "From 0 in 2000 to 149 in 2009".into(),
//!     points: vec![(2002.5, 10.0), (2009.4, 149.0)],
//!     x_range: (2000.0, 2010.0),
//!     x_ticks: vec![(2000.0, "2000".into()), (2010.0, "2010".into())],
//! };
//! let svg = chart.to_svg();
//! assert!(svg.starts_with("<svg"));
//! assert!(svg.contains("<title id="));
//! ```

use std::fmt::Write;

pub mod stacked_bars;
pub mod world_map;

pub use stacked_bars::{Bar, StackedBars};
pub use world_map::{MapCount, MapValue, WorldMap, has_shape};

/// How a chart is laid out for the width it will be shown at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChartLayout {
    /// For desktop widths: a map's legend in the southern ocean, bars with their labels
    /// beside them, in small type.
    #[default]
    Wide,
    /// For a phone's width: a map's legend in a band below it, each bar's label above the bar,
    /// one legend entry a line, in type large enough to read once the chart is shrunk to fit.
    Narrow,
}

/// The fonts of every chart's text: the site's, so that a chart shown as an image does not
/// fall back to the browser's serif face, with Noto for Arabic, Chinese and Cyrillic.
const FONT_FAMILY: &str = "system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif";

/// The words a chart is drawn with, in the reader's language, and how it groups the digits
/// of a count. [`Wording::english`] is the default; pages pass their own language's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    /// Where a count is withheld: a bar's total, a map's legend ("withheld").
    pub withheld: String,
    /// A tooltip's reason: "withheld to protect the people counted". Never why in detail: a
    /// count may be withheld because it is small or so that a small one cannot be worked out.
    pub withheld_to_protect: String,
    /// The legend of the hatched part of a bar ("withheld cells").
    pub withheld_cells: String,
    /// After a count in a hatched part's tooltip ("in withheld cells").
    pub in_withheld_cells: String,
    /// The map's legend for countries without data ("no data").
    pub no_data: String,
    /// Put between groups of three digits ("," in English, a space in French).
    pub digit_group_separator: String,
    /// Whether four-digit counts are grouped too ("4 300" in UN Spanish, "4,300" in English).
    pub group_four_digits: bool,
}

impl Wording {
    pub fn english() -> Wording {
        Wording {
            withheld: "withheld".into(),
            withheld_to_protect: "withheld to protect the people counted".into(),
            withheld_cells: "withheld cells".into(),
            in_withheld_cells: "in withheld cells".into(),
            no_data: "no data".into(),
            digit_group_separator: ",".into(),
            group_four_digits: true,
        }
    }

    /// A count with its digits grouped in threes.
    pub fn count(&self, value: u64) -> String {
        let digits = value.to_string();
        if digits.len() <= 4 && !self.group_four_digits || digits.len() <= 3 {
            return digits;
        }
        let mut grouped = String::with_capacity(digits.len() * 2);
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                grouped.push_str(&self.digit_group_separator);
            }
            grouped.push(digit);
        }
        grouped
    }
}

impl Default for Wording {
    fn default() -> Wording {
        Wording::english()
    }
}

/// A count that changes in steps over time, such as the number of parties to a treaty.
#[derive(Debug, Clone, PartialEq)]
pub struct StepChart {
    pub title: String,
    /// What the chart shows, in words, for those who cannot see it.
    pub description: String,
    /// (x, value after x), in increasing x.
    pub points: Vec<(f64, f64)>,
    /// The x values at the chart's left and right edges.
    pub x_range: (f64, f64),
    /// Labelled marks on the x axis.
    pub x_ticks: Vec<(f64, String)>,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 32.0;

impl StepChart {
    /// The chart as an `<svg>` element that scales to its container's width.
    pub fn to_svg(&self) -> String {
        let id = format!("chart-{:x}", fingerprint(&self.title));
        let maximum = self.points.iter().map(|(_, value)| *value).fold(0.0_f64, f64::max);
        let top_value = nice_ceiling(maximum.max(1.0));
        let (left, right) = self.x_range;
        let span = if right > left { right - left } else { 1.0 };
        let x = |value: f64| LEFT + (value - left) / span * (WIDTH - LEFT - RIGHT);
        let y = |value: f64| HEIGHT - BOTTOM - value / top_value * (HEIGHT - TOP - BOTTOM);

        let mut svg = String::new();
        let _ = write!(
            svg,
            r#"<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="{FONT_FAMILY}" xmlns="http://www.w3.org/2000/svg">"#
        );
        let _ = write!(
            svg,
            r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
            world_map::escape_xml(&self.title),
            world_map::escape_xml(&self.description)
        );
        for step in 0..=4 {
            let value = top_value * f64::from(step) / 4.0;
            let _ = write!(
                svg,
                r##"<line x1="{LEFT}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#d0d7de" stroke-width="1"/><text x="{:.1}" y="{:.1}" font-size="11" text-anchor="end" fill="#555">{}</text>"##,
                WIDTH - RIGHT,
                y(value),
                y(value),
                LEFT - 6.0,
                y(value) + 4.0,
                format_count(value)
            );
        }
        for (value, label) in &self.x_ticks {
            let _ = write!(
                svg,
                r##"<text x="{:.1}" y="{:.1}" font-size="11" text-anchor="middle" fill="#555">{}</text>"##,
                x(*value),
                HEIGHT - BOTTOM + 18.0,
                world_map::escape_xml(label)
            );
        }
        let mut path = String::new();
        let _ = write!(path, "M{:.1},{:.1}", x(left), y(0.0));
        for (at, value) in &self.points {
            let _ = write!(path, " H{:.1} V{:.1}", x(*at), y(*value));
        }
        let _ = write!(path, " H{:.1}", x(right));
        let _ = write!(svg, r##"<path d="{path}" fill="none" stroke="#0b5394" stroke-width="2"/>"##);
        svg.push_str("</svg>");
        svg
    }
}

/// The smallest "round" number (1, 2 or 5 times a power of ten) at or above `value`.
fn nice_ceiling(value: f64) -> f64 {
    let magnitude = 10_f64.powf(value.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|factor| factor * magnitude)
        .find(|candidate| *candidate >= value)
        .unwrap_or(value)
}

fn format_count(value: f64) -> String {
    if (value - value.round()).abs() < 1e-9 { format!("{}", value.round() as i64) } else { format!("{value:.1}") }
}

/// A short stable number from a text, to give each chart's ids their own prefix.
pub(crate) fn fingerprint(text: &str) -> u32 {
    text.bytes().fold(2_166_136_261_u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(16_777_619))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> StepChart {
        StepChart {
            title: "Parties to <UNTOC>".into(),
            description: "Rises to 149".into(),
            points: vec![(2001.0, 2.0), (2003.0, 40.0), (2009.0, 149.0)],
            x_range: (2000.0, 2010.0),
            x_ticks: vec![(2000.0, "2000".into()), (2005.0, "2005".into()), (2010.0, "2010".into())],
        }
    }

    #[test]
    fn the_chart_is_labelled_for_screen_readers_and_escaped() {
        let svg = chart().to_svg();
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(">Parties to &lt;UNTOC&gt;</title>"));
        assert!(svg.contains("<desc id="));
        assert!(!svg.contains("style="), "no inline style, which the content security policy forbids");
    }

    #[test]
    fn the_axis_ends_at_a_round_number_above_the_largest_value() {
        let svg = chart().to_svg();
        assert!(svg.contains(">200</text>"), "149 rounds up to 200");
        assert!(svg.contains(">2005</text>"));
        assert_eq!(nice_ceiling(41.0), 50.0);
        assert_eq!(nice_ceiling(1.0), 1.0);
        assert_eq!(nice_ceiling(193.0), 200.0);
    }

    #[test]
    fn the_line_steps_up_at_each_point() {
        let svg = chart().to_svg();
        let path = svg.split(r#"<path d=""#).nth(1).unwrap().split('"').next().unwrap();
        assert_eq!(path.matches(" H").count(), 4, "one horizontal run per point and one to the right edge: {path}");
    }
}
