//! A world choropleth map: each country shaded by a count, drawn as SVG from vendored Natural Earth shapes.
//!
//! The shapes come from `data/world-110m.tsv`, which `data/make_world_shapes.py` derives from the
//! `world-atlas` package; each line is a country's UN M49 code and its outline as an SVG path in a
//! 960 by 500 equirectangular view box. The map is built into the binary, so drawing one needs no
//! file, network or script, and the same values always give the same markup.
//!
//! ```
//! use charts::world_map::{MapCount, MapValue, WorldMap};
//!
//! let map = WorldMap {
//!     title: "Incidents by country".into(),
//!     value_label: "incidents".into(),
//!     values: vec![
//!         MapValue { m49: 404, name: "Kenya".into(), shown: MapCount::Count(42) },
//!         MapValue { m49: 608, name: "Philippines".into(), shown: MapCount::Suppressed },
//!     ],
//!     ..WorldMap::default()
//! };
//! let svg = map.to_svg();
//! assert!(svg.contains("<title>Kenya: 42 incidents</title>"));
//! assert!(charts::world_map::has_shape(404));
//! ```

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::OnceLock;

use crate::{ChartLayout, Wording};

/// A map of the world with countries shaded by a count.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorldMap {
    /// The map's name, read out by screen readers and shown as the image's title.
    pub title: String,
    /// What is counted, in the plural, such as "incidents": it follows each country's number.
    pub value_label: String,
    /// One entry per country; where a code appears twice, the first entry is drawn.
    pub values: Vec<MapValue>,
    pub wording: Wording,
    /// The map in words for those who cannot see it; `None` for the English sentence the map
    /// makes itself.
    pub description: Option<String>,
    pub layout: ChartLayout,
}

/// A country's count on the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapValue {
    /// The UN M49 code, which equals the ISO 3166-1 numeric code for countries.
    pub m49: u16,
    /// The name shown in the country's tooltip.
    pub name: String,
    /// The count, or the fact that it is withheld.
    pub shown: MapCount,
}

/// What a country's shading tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapCount {
    Count(u64),
    /// The count is withheld to protect the people counted. The map never says why: a count
    /// may be withheld because it is small or so that a small one cannot be worked out.
    Suppressed,
}

/// Whether the map has an outline for this M49 code; values for other codes are not drawn.
pub fn has_shape(m49: u16) -> bool {
    shapes().iter().any(|shape| shape.m49 == Some(m49))
}

const WIDTH: u32 = 960;
const HEIGHT: u32 = 500;

/// Light yellow to dark blue, ColorBrewer's YlGnBu in six steps, which readers with the common
/// kinds of colour blindness can still tell apart in order. The first step is kept for zero so
/// that a count of nothing never looks like a small count.
const ZERO_FILL: &str = "#ffffcc";
const CLASS_FILLS: [&str; 5] = ["#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"];
const NO_DATA_FILL: &str = "#e0e0e0";
const BORDER: &str = "#ffffff";

/// A country's outline from the vendored file; features without a code have `None`.
#[derive(Debug)]
struct Shape {
    m49: Option<u16>,
    path: &'static str,
}

fn shapes() -> &'static [Shape] {
    static SHAPES: OnceLock<Vec<Shape>> = OnceLock::new();
    SHAPES.get_or_init(|| parse_shapes(include_str!("../data/world-110m.tsv")))
}

/// Reads `code<TAB>path` lines, skipping the `#` header; a code of `-` or nothing marks land
/// without a country code, such as Kosovo or Somaliland.
fn parse_shapes(text: &'static str) -> Vec<Shape> {
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| {
            let (code, path) = line.split_once('\t')?;
            let m49 = match code {
                "" | "-" => None,
                code => Some(code.parse().ok()?),
            };
            Some(Shape { m49, path })
        })
        .collect()
}

impl WorldMap {
    /// The map as an `<svg>` element that scales to its container's width, with a legend at the
    /// bottom left where the southern ocean leaves room.
    pub fn to_svg(&self) -> String {
        let id = format!("map-{:x}", super::fingerprint(&format!("{}\u{1f}{}", self.title, self.value_label)));
        let mut by_code: BTreeMap<u16, &MapValue> = BTreeMap::new();
        for value in self.values.iter().filter(|value| has_shape(value.m49)) {
            by_code.entry(value.m49).or_insert(value);
        }
        let counts: Vec<u64> = by_code
            .values()
            .filter_map(|value| match value.shown {
                MapCount::Count(count) => Some(count),
                MapCount::Suppressed => None,
            })
            .collect();
        let uppers = class_uppers(&counts);
        let withheld = by_code.len() - counts.len();
        let hatch = format!("url(#{id}-withheld)");

        let legend_rows = legend_row_count(&uppers, counts.contains(&0));
        let height = match self.layout {
            ChartLayout::Wide => HEIGHT as usize,
            ChartLayout::Narrow => {
                HEIGHT as usize + NARROW_LEGEND_TOP_GAP + NARROW_ROW * (legend_rows + 1).div_ceil(2) + NARROW_ROW
            }
        };
        let mut svg = String::new();
        let _ = write!(
            svg,
            r#"<svg class="chart world-map" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc" font-family="{}" xmlns="http://www.w3.org/2000/svg">"#,
            crate::FONT_FAMILY
        );
        let _ = write!(
            svg,
            r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
            escape_xml(&self.title),
            escape_xml(&self.description(&by_code, &counts, withheld))
        );
        // Stripes at 45 degrees on white read as "something is here but not shown", unlike the
        // flat grey of no data, and stay visible to readers who cannot tell the colours apart.
        let _ = write!(
            svg,
            r##"<defs><pattern id="{id}-withheld" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#707070" stroke-width="2"/></pattern></defs>"##
        );
        // Even-odd filling keeps lakes and enclaves such as Lesotho as holes whichever way the
        // rings wind.
        let _ = write!(svg, r#"<g stroke="{BORDER}" stroke-width="0.5" stroke-linejoin="round" fill-rule="evenodd">"#);
        for shape in shapes() {
            let value = shape.m49.and_then(|code| by_code.get(&code));
            let fill = match value.map(|value| value.shown) {
                None => NO_DATA_FILL.to_owned(),
                Some(MapCount::Suppressed) => hatch.clone(),
                Some(MapCount::Count(count)) => fill_for(&uppers, count).to_owned(),
            };
            svg.push_str("<path");
            if let Some(code) = shape.m49 {
                let _ = write!(svg, r#" data-m49="{code:03}""#);
            }
            let _ = write!(svg, r#" d="{}" fill="{fill}""#, shape.path);
            match value {
                None => svg.push_str("/>"),
                Some(value) => {
                    let _ = write!(svg, "><title>{}</title></path>", escape_xml(&self.tooltip(value)));
                }
            }
        }
        svg.push_str("</g>");
        self.write_legend(&mut svg, &uppers, counts.contains(&0), &hatch);
        svg.push_str("</svg>");
        svg
    }

    fn tooltip(&self, value: &MapValue) -> String {
        match value.shown {
            MapCount::Count(count) => format!("{}: {} {}", value.name, self.wording.count(count), self.value_label),
            MapCount::Suppressed => format!("{}: {}", value.name, self.wording.withheld_to_protect),
        }
    }

    /// A sentence for those who cannot see the map, naming the largest count so that the most
    /// important fact does not depend on the colours.
    fn description(&self, by_code: &BTreeMap<u16, &MapValue>, counts: &[u64], withheld: usize) -> String {
        if let Some(description) = &self.description {
            return description.clone();
        }
        let mut text = format!("World map shading each country by its number of {}.", self.value_label);
        let highest = by_code
            .values()
            .filter_map(|value| match value.shown {
                MapCount::Count(count) => Some((count, value)),
                MapCount::Suppressed => None,
            })
            .fold(None::<(u64, &MapValue)>, |best, (count, value)| match best {
                Some((top, _)) if top >= count => best,
                _ => Some((count, value)),
            });
        match highest {
            None => text.push_str(" No country has a count."),
            Some((top, value)) => {
                let _ = write!(
                    text,
                    " {} {} a count; the highest is {} with {}.",
                    counts.len(),
                    if counts.len() == 1 { "country has" } else { "countries have" },
                    value.name,
                    self.wording.count(top)
                );
            }
        }
        if withheld > 0 {
            let _ = write!(
                text,
                " {withheld} {} withheld to protect the people counted.",
                if withheld == 1 { "country's count is" } else { "countries' counts are" }
            );
        }
        text.push_str(" Other countries have no data.");
        text
    }

    fn write_legend(&self, svg: &mut String, uppers: &[u64], has_zero: bool, hatch: &str) {
        let mut rows: Vec<(String, String)> = Vec::new();
        if has_zero {
            rows.push((ZERO_FILL.to_owned(), "0".to_owned()));
        }
        let mut lower = 1;
        for (index, upper) in uppers.iter().enumerate() {
            let label = if lower == *upper {
                self.wording.count(*upper)
            } else {
                format!("{}\u{2013}{}", self.wording.count(lower), self.wording.count(*upper))
            };
            rows.push((CLASS_FILLS[class_fill_index(index, uppers.len())].to_owned(), label));
            lower = upper.saturating_add(1);
        }
        rows.push((hatch.to_owned(), self.wording.withheld.clone()));
        rows.push((NO_DATA_FILL.to_owned(), self.wording.no_data.clone()));

        if self.layout == ChartLayout::Narrow {
            let top = HEIGHT as usize + NARROW_LEGEND_TOP_GAP;
            let _ = write!(
                svg,
                r##"<g class="legend" font-size="28" fill="#333333"><text x="12" y="{}" font-weight="bold">{}</text>"##,
                top + 28,
                escape_xml(&self.value_label)
            );
            for (row, (fill, label)) in rows.iter().enumerate() {
                let x = 12 + (row % 2) * (WIDTH as usize / 2);
                let baseline = top + 28 + NARROW_ROW * (row / 2 + 1);
                let _ = write!(
                    svg,
                    r##"<rect x="{x}" y="{}" width="40" height="28" fill="{fill}" stroke="#8c8c8c" stroke-width="1"/><text x="{}" y="{baseline}">{}</text>"##,
                    baseline - 25,
                    x + 52,
                    escape_xml(label)
                );
            }
            svg.push_str("</g>");
            return;
        }
        const LEFT: usize = 12;
        const ROW: usize = 16;
        const LAST_BASELINE: usize = 490;
        let heading_baseline = LAST_BASELINE - ROW * rows.len();
        let _ = write!(
            svg,
            r##"<g class="legend" font-size="11" fill="#333333"><text x="{LEFT}" y="{heading_baseline}" font-weight="bold">{}</text>"##,
            escape_xml(&self.value_label)
        );
        for (row, (fill, label)) in rows.iter().enumerate() {
            let baseline = heading_baseline + ROW * (row + 1);
            let _ = write!(
                svg,
                r##"<rect x="{LEFT}" y="{}" width="16" height="11" fill="{fill}" stroke="#8c8c8c" stroke-width="0.5"/><text x="{}" y="{baseline}">{}</text>"##,
                baseline - 10,
                LEFT + 22,
                escape_xml(label)
            );
        }
        svg.push_str("</g>");
    }
}

/// The room between the map and a narrow layout's legend, and the height of its rows.
const NARROW_LEGEND_TOP_GAP: usize = 16;
const NARROW_ROW: usize = 44;

/// How many rows the legend has: a zero class when a count is zero, one per class, withheld
/// and no data.
fn legend_row_count(uppers: &[u64], has_zero: bool) -> usize {
    usize::from(has_zero) + uppers.len() + 2
}

/// The inclusive upper bounds of the classes for the non-zero counts, rising strictly and ending
/// at the largest count. Bounds sit at the quintiles, since counts per country are usually
/// skewed so that equal steps would put nearly every country in the first class, and are then
/// rounded up to numbers a reader can take in at a glance. There are fewer than five classes
/// when the counts do not spread that far.
fn class_uppers(counts: &[u64]) -> Vec<u64> {
    let mut positive: Vec<u64> = counts.iter().copied().filter(|count| *count > 0).collect();
    positive.sort_unstable();
    let Some(&largest) = positive.last() else {
        return Vec::new();
    };
    let classes = CLASS_FILLS.len();
    let mut uppers: Vec<u64> = Vec::with_capacity(classes);
    for class in 1..classes {
        let quantile = positive[(class * positive.len()).div_ceil(classes) - 1];
        let upper = round_up_nicely(quantile);
        if upper < largest && uppers.last().is_none_or(|previous| upper > *previous) {
            uppers.push(upper);
        }
    }
    uppers.push(largest);
    uppers
}

/// The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten at or above `value`;
/// numbers below ten are kept as they are since a count has no fractions.
fn round_up_nicely(value: u64) -> u64 {
    if value < 10 {
        return value;
    }
    let tenth_of_magnitude = 10_u64.pow(value.ilog10() - 1);
    [10, 15, 20, 25, 30, 40, 50, 60, 80, 100]
        .into_iter()
        .map(|factor: u64| tenth_of_magnitude.saturating_mul(factor))
        .find(|candidate| *candidate >= value)
        .unwrap_or(value)
}

fn fill_for(uppers: &[u64], count: u64) -> &'static str {
    if count == 0 {
        return ZERO_FILL;
    }
    let class = uppers.iter().position(|upper| count <= *upper).unwrap_or(uppers.len().saturating_sub(1));
    CLASS_FILLS[class_fill_index(class, uppers.len())]
}

/// Spreads fewer than five classes over the whole scale, so that the largest count is always
/// the darkest and the smallest the lightest.
fn class_fill_index(class: usize, classes: usize) -> usize {
    let last = CLASS_FILLS.len() - 1;
    if classes <= 1 { last } else { (class * last + (classes - 1) / 2) / (classes - 1) }
}

/// Escapes text for XML content and quoted attributes, and drops the control characters that
/// XML does not allow at all, so that no name can break the markup.
pub(crate) fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            '\t' | '\n' | '\r' => escaped.push(character),
            character if u32::from(character) < 0x20 => {}
            '\u{fffe}' | '\u{ffff}' => {}
            character => escaped.push(character),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_vendored_file_becomes_a_shape() {
        let text = include_str!("../data/world-110m.tsv");
        let lines = text.lines().filter(|line| !line.starts_with('#')).count();
        assert_eq!(shapes().len(), lines, "a line whose code does not parse would be lost");
        assert!(shapes().iter().all(|shape| shape.path.starts_with('M') && shape.path.ends_with('z')));
        let uncoded = shapes().iter().filter(|shape| shape.m49.is_none()).count();
        assert_eq!(uncoded, 3, "N. Cyprus, Kosovo and Somaliland have no code");
        assert!(!has_shape(10), "Antarctica is left out");
    }

    #[test]
    fn class_bounds_rise_and_end_at_the_largest_count() {
        assert_eq!(class_uppers(&[]), Vec::<u64>::new());
        assert_eq!(class_uppers(&[0, 0]), Vec::<u64>::new());
        assert_eq!(class_uppers(&[7]), vec![7]);
        assert_eq!(class_uppers(&[1, 100]), vec![1, 100]);
        let skewed = [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597];
        let uppers = class_uppers(&skewed);
        assert_eq!(uppers, vec![3, 15, 100, 400, 1597]);
        for count in skewed {
            assert!(uppers.iter().any(|upper| count <= *upper));
        }
    }

    #[test]
    fn bounds_round_up_to_numbers_easy_to_read() {
        assert_eq!(round_up_nicely(7), 7);
        assert_eq!(round_up_nicely(10), 10);
        assert_eq!(round_up_nicely(11), 15);
        assert_eq!(round_up_nicely(37), 40);
        assert_eq!(round_up_nicely(81), 100);
        assert_eq!(round_up_nicely(1_201), 1_500);
        assert_eq!(round_up_nicely(u64::MAX), u64::MAX);
    }

    #[test]
    fn few_classes_still_span_the_scale() {
        assert_eq!(class_fill_index(0, 1), 4);
        assert_eq!((0..2).map(|class| class_fill_index(class, 2)).collect::<Vec<_>>(), vec![0, 4]);
        assert_eq!((0..3).map(|class| class_fill_index(class, 3)).collect::<Vec<_>>(), vec![0, 2, 4]);
        assert_eq!((0..5).map(|class| class_fill_index(class, 5)).collect::<Vec<_>>(), vec![0, 1, 2, 3, 4]);
        assert_eq!(fill_for(&[1, 100], 0), ZERO_FILL);
    }

    #[test]
    fn numbers_get_thousands_separators_and_text_gets_escaped() {
        let english = Wording::english();
        assert_eq!(english.count(0), "0");
        assert_eq!(english.count(999), "999");
        assert_eq!(english.count(1_000), "1,000");
        assert_eq!(english.count(1_234_567), "1,234,567");
        assert_eq!(escape_xml(r#"Tom & "Jerry's" <b>"#), "Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;");
        assert_eq!(escape_xml("a\u{1}b\tc"), "ab\tc");
    }
}
