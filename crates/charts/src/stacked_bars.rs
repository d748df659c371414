//! Horizontal bars, one per row of a table, split into a segment per column: the chart that
//! sits beside a pivot table. Withheld counts are never drawn to scale; where a row's total
//! is shown, the part its withheld cells hold is one hatched segment, and a row whose total
//! is withheld gets no bar at all, only the word.

use std::fmt::Write;

use crate::{ChartLayout, Wording, world_map::escape_xml};

/// A bar chart of a table's rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackedBars {
    pub title: String,
    /// The columns' names, in the order of each bar's segments; one name for plain bars.
    pub series: Vec<String>,
    pub bars: Vec<Bar>,
    pub wording: Wording,
    pub layout: ChartLayout,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    /// The row's total, `None` when withheld.
    pub total: Option<u64>,
    /// Each column's count, `None` when withheld.
    pub segments: Vec<Option<u64>>,
}

/// Colour-blind-safe colours (Okabe and Ito), in series order. Series past the eighth take
/// the same colours striped with white, so that no two series look alike.
const PALETTE: [&str; 8] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

const TOP: f64 = 8.0;

/// The measures of one layout, in the units of the chart's `viewBox`.
struct Geometry {
    width: f64,
    /// Room for labels on the left of the bars; 0 where labels go above them.
    label_width: f64,
    /// Height of a label line above its bar; 0 where labels go beside them.
    label_line: f64,
    bar_height: f64,
    gap: f64,
    font_size: f64,
    legend_columns: usize,
    legend_row: f64,
    /// Characters of a label kept before "…".
    label_chars: usize,
}

impl Geometry {
    fn of(layout: ChartLayout) -> Geometry {
        match layout {
            ChartLayout::Wide => Geometry {
                width: 720.0,
                label_width: 220.0,
                label_line: 0.0,
                bar_height: 18.0,
                gap: 8.0,
                font_size: 12.0,
                legend_columns: 3,
                legend_row: 20.0,
                label_chars: 34,
            },
            // Shown about 360 px wide on a phone, so that its units are nearly pixels and its
            // text about 14 px high.
            ChartLayout::Narrow => Geometry {
                width: 360.0,
                label_width: 0.0,
                label_line: 18.0,
                bar_height: 16.0,
                gap: 10.0,
                font_size: 14.0,
                legend_columns: 1,
                legend_row: 22.0,
                label_chars: 50,
            },
        }
    }

    fn row_height(&self) -> f64 {
        self.label_line + self.bar_height + self.gap
    }
}

impl StackedBars {
    /// The chart as an `<svg>` that scales to its container, with a legend below the bars.
    pub fn to_svg(&self) -> String {
        let geometry = Geometry::of(self.layout);
        let Geometry { width: chart_width, label_width, label_line, bar_height, font_size, .. } = geometry;
        let id = format!("bars-{:x}", crate::fingerprint(&self.title));
        let largest = self.bars.iter().filter_map(|bar| bar.total).max().unwrap_or(0).max(1) as f64;
        let plot = chart_width - label_width - 70.0;
        let legend_entries = if self.series.len() > 1 { self.series.len() + 1 } else { 1 };
        let legend_rows = legend_entries.div_ceil(geometry.legend_columns);
        let height =
            TOP + self.bars.len() as f64 * geometry.row_height() + legend_rows as f64 * geometry.legend_row + 12.0;
        let mut svg = String::new();
        let described = self
            .bars
            .iter()
            .map(|bar| {
                let total = bar.total.map_or_else(|| self.wording.withheld.clone(), |total| self.wording.count(total));
                format!("{}: {total}", bar.label)
            })
            .collect::<Vec<_>>()
            .join("; ");
        let _ = write!(
            svg,
            r#"<svg class="chart stacked-bars" viewBox="0 0 {chart_width} {height}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc" font-family="{}" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
            crate::FONT_FAMILY,
            escape_xml(&self.title),
            escape_xml(&described)
        );
        let _ = write!(
            svg,
            r##"<defs><pattern id="{id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#555555" stroke-width="2"/></pattern>{}</defs>"##,
            stripe_patterns(&id, self.series.len())
        );
        for (position, bar) in self.bars.iter().enumerate() {
            let row_top = TOP + position as f64 * geometry.row_height();
            let y = row_top + label_line;
            let label = escape_xml(&shortened(&bar.label, geometry.label_chars));
            if label_line > 0.0 {
                let _ =
                    write!(svg, r#"<text x="0" y="{}" font-size="{font_size}">{label}</text>"#, row_top + font_size);
            } else {
                let _ = write!(
                    svg,
                    r#"<text x="{}" y="{}" text-anchor="end" font-size="{font_size}">{label}</text>"#,
                    label_width - 6.0,
                    y + bar_height - 5.0,
                );
            }
            let Some(total) = bar.total else {
                let _ = write!(
                    svg,
                    r#"<text x="{label_width}" y="{}" font-size="{font_size}" font-style="italic">{}</text>"#,
                    y + bar_height - 4.0,
                    escape_xml(&self.wording.withheld)
                );
                continue;
            };
            let mut x = label_width;
            let mut shown = 0;
            for (series, segment) in bar.segments.iter().enumerate() {
                let Some(count) = segment else { continue };
                if *count == 0 {
                    continue;
                }
                shown += count;
                let width = *count as f64 / largest * plot;
                let _ = write!(
                    svg,
                    r#"<rect x="{x:.1}" y="{y:.1}" width="{width:.1}" height="{bar_height}" fill="{}"><title>{}: {}: {}</title></rect>"#,
                    series_fill(&id, series),
                    escape_xml(&bar.label),
                    escape_xml(self.series.get(series).map_or("", String::as_str)),
                    self.wording.count(*count)
                );
                x += width;
            }
            if total > shown {
                let width = (total - shown) as f64 / largest * plot;
                let _ = write!(
                    svg,
                    r##"<rect x="{x:.1}" y="{y:.1}" width="{width:.1}" height="{bar_height}" fill="url(#{id}-hatch)" stroke="#555555" stroke-width="0.5"><title>{}: {} {}</title></rect>"##,
                    escape_xml(&bar.label),
                    self.wording.count(total - shown),
                    escape_xml(&self.wording.in_withheld_cells)
                );
                x += width;
            }
            let _ = write!(
                svg,
                r#"<text x="{:.1}" y="{}" font-size="{font_size}">{}</text>"#,
                x + 4.0,
                y + bar_height - 4.0,
                self.wording.count(total)
            );
        }
        let legend_top = TOP + self.bars.len() as f64 * geometry.row_height() + 8.0;
        let mut entries: Vec<(String, String)> = if self.series.len() > 1 {
            self.series.iter().enumerate().map(|(p, name)| (series_fill(&id, p), name.clone())).collect()
        } else {
            Vec::new()
        };
        entries.push((format!("url(#{id}-hatch)"), self.wording.withheld_cells.clone()));
        let column_width = (chart_width - 8.0) / geometry.legend_columns as f64;
        for (position, (fill, name)) in entries.iter().enumerate() {
            let x = 8.0 + (position % geometry.legend_columns) as f64 * column_width;
            let y = legend_top + (position / geometry.legend_columns) as f64 * geometry.legend_row;
            let _ = write!(
                svg,
                r##"<rect x="{x}" y="{y}" width="{font_size}" height="{font_size}" fill="{fill}" stroke="#555555" stroke-width="0.5"/><text x="{}" y="{}" font-size="{font_size}">{}</text>"##,
                x + font_size + 4.0,
                y + font_size - 2.0,
                escape_xml(&shortened(name, geometry.label_chars))
            );
        }
        svg.push_str("</svg>");
        svg
    }
}

/// The fill of series `series`: a plain colour for the first eight, the same colours striped
/// for the next eight, and so on with wider stripes.
fn series_fill(id: &str, series: usize) -> String {
    if series < PALETTE.len() { PALETTE[series].to_owned() } else { format!("url(#{id}-stripes-{series})") }
}

/// The striped patterns of the series past the eighth.
fn stripe_patterns(id: &str, series: usize) -> String {
    let mut defs = String::new();
    for position in PALETTE.len()..series {
        let colour = PALETTE[position % PALETTE.len()];
        let stripe = 1.5 * (position / PALETTE.len()) as f64;
        let _ = write!(
            defs,
            r##"<pattern id="{id}-stripes-{position}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="6" height="6" fill="{colour}"/><rect width="{stripe}" height="6" fill="#ffffff"/></pattern>"##
        );
    }
    defs
}

fn shortened(label: &str, chars: usize) -> String {
    if label.chars().count() > chars {
        format!("{}…", label.chars().take(chars - 1).collect::<String>())
    } else {
        label.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_of_nine_series_share_a_fill_and_the_text_is_in_the_sites_fonts() {
        let series: Vec<String> = (1..=9).map(|n| format!("Perpetrator {n}")).collect();
        let chart = StackedBars {
            title: "Incidents by perpetrator".into(),
            series: series.clone(),
            bars: vec![Bar { label: "Rape".into(), total: Some(90), segments: vec![Some(10); 9] }],
            wording: Wording::english(),
            layout: ChartLayout::Wide,
        };
        let svg = chart.to_svg();
        let fills: Vec<&str> = series
            .iter()
            .map(|name| {
                let title = format!("<title>Rape: {name}: 10</title>");
                let before = &svg[..svg.find(&title).unwrap_or_else(|| panic!("{title} in {svg}"))];
                let fill = &before[before.rfind("fill=\"").unwrap() + 6..];
                &fill[..fill.find('"').unwrap()]
            })
            .collect();
        let distinct: std::collections::BTreeSet<&&str> = fills.iter().collect();
        assert_eq!(distinct.len(), 9, "{fills:?}");
        assert!(svg.contains(r#"<pattern id=""#) && svg.contains("-stripes-8"), "{svg}");
        assert!(svg.contains("font-family=\"system-ui, 'Noto Sans'"), "{svg}");
    }

    #[test]
    fn the_chart_speaks_the_language_of_its_wording() {
        let wording = Wording {
            withheld: "non communiqué".into(),
            withheld_to_protect: "non communiqué pour protéger les personnes recensées".into(),
            withheld_cells: "cellules non communiquées".into(),
            in_withheld_cells: "dans des cellules non communiquées".into(),
            no_data: "pas de données".into(),
            digit_group_separator: "\u{202f}".into(),
            group_four_digits: true,
        };
        let chart = StackedBars {
            title: "Incidents".into(),
            series: vec!["Employeur".into(), "Recruteur".into()],
            bars: vec![
                Bar { label: "Viol".into(), total: Some(14_040), segments: vec![Some(14_000), None] },
                Bar { label: "Mariage forcé".into(), total: None, segments: vec![None, None] },
            ],
            wording,
            layout: ChartLayout::Wide,
        };
        let svg = chart.to_svg();
        assert!(svg.contains(">14\u{202f}040</text>"), "{svg}");
        assert!(svg.contains("Viol: 40 dans des cellules non communiquées"), "{svg}");
        assert!(svg.contains(">cellules non communiquées</text>"));
        assert!(svg.contains(">non communiqué</text>"));
        assert!(!svg.contains("withheld"), "{svg}");
    }

    #[test]
    fn withheld_counts_are_hatched_or_named_never_drawn_to_scale() {
        let chart = StackedBars {
            title: "Incidents by form & perpetrator".into(),
            series: vec!["Employer".into(), "Recruiter".into()],
            bars: vec![
                Bar { label: "Rape".into(), total: Some(40), segments: vec![Some(30), None] },
                Bar { label: "Forced marriage".into(), total: None, segments: vec![None, None] },
            ],
            wording: Wording::english(),
            layout: ChartLayout::Wide,
        };
        let svg = chart.to_svg();
        assert!(svg.contains("Rape: 10 in withheld cells"), "{svg}");
        assert!(svg.contains("Rape: Employer: 30"));
        assert!(svg.contains(">withheld</text>"));
        assert!(svg.contains("form &amp; perpetrator"));
        assert!(!svg.contains("Forced marriage: Employer"));
    }

    #[test]
    fn the_narrow_layout_puts_labels_above_the_bars_in_type_readable_on_a_phone() {
        let chart = |layout| StackedBars {
            title: "Incidents by form of violence".into(),
            series: vec!["Women".into(), "Men".into()],
            bars: vec![
                Bar {
                    label: "Trafficking in persons for labour exploitation".into(),
                    total: Some(40),
                    segments: vec![Some(30), Some(10)],
                },
                Bar { label: "Rape".into(), total: None, segments: vec![None, None] },
            ],
            wording: Wording::english(),
            layout,
        };
        let narrow = chart(ChartLayout::Narrow).to_svg();
        assert!(narrow.contains(r#"viewBox="0 0 360 "#), "{narrow}");
        assert!(!narrow.contains("text-anchor=\"end\""), "no label squeezed on the left of its bar");
        assert!(
            narrow
                .contains(r#"<text x="0" y="22" font-size="14">Trafficking in persons for labour exploitation</text>"#),
            "{narrow}"
        );
        assert!(!narrow.contains("font-size=\"12\""), "all text is 14 units high, about 14 px at 360 px wide");
        let wide = chart(ChartLayout::Wide).to_svg();
        assert!(wide.contains(r#"viewBox="0 0 720 "#));
        assert!(wide.contains("Trafficking in persons for labour…"), "wide labels are cut to fit beside the bars");
    }
}
