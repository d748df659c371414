//! Tests of the world map as a page would use it: which shapes exist, how countries are shaded
//! and labelled, and that the markup is well-formed XML.

use charts::world_map::{MapCount, MapValue, WorldMap, has_shape};

fn value(m49: u16, name: &str, shown: MapCount) -> MapValue {
    MapValue { m49, name: name.into(), shown }
}

fn kenya_and_the_philippines() -> WorldMap {
    WorldMap {
        title: "Incidents by country".into(),
        value_label: "incidents".into(),
        values: vec![
            value(404, "Kenya", MapCount::Count(42)),
            value(608, "Philippines", MapCount::Suppressed),
            value(360, "Indonesia", MapCount::Count(3)),
            value(682, "Saudi Arabia", MapCount::Count(1_250)),
        ],
        ..WorldMap::default()
    }
}

/// The `<path …>` element drawn for a country, up to the end of its start tag.
fn path_for(svg: &str, m49: &str) -> String {
    let marker = format!(r#"<path data-m49="{m49}""#);
    let start = svg.find(&marker).unwrap_or_else(|| panic!("no path for {m49}"));
    let end = start + svg[start..].find('>').unwrap();
    svg[start..=end].to_owned()
}

fn attribute<'a>(tag: &'a str, name: &str) -> &'a str {
    let marker = format!(r#" {name}=""#);
    let start = tag.find(&marker).unwrap_or_else(|| panic!("no {name} in {tag}")) + marker.len();
    &tag[start..start + tag[start..].find('"').unwrap()]
}

/// The legend's swatch colours in order, lightest class first.
fn legend_fills(svg: &str) -> Vec<String> {
    let legend = &svg[svg.find(r#"<g class="legend""#).expect("a legend")..];
    legend.split("<rect ").skip(1).map(|rect| attribute(&format!(" {rect}"), "fill").to_owned()).collect()
}

#[test]
fn the_shapes_cover_the_countries_that_matter() {
    let coded = (0..=999).filter(|code| has_shape(*code)).count();
    assert!(coded >= 170, "only {coded} countries have a shape");
    for (code, name) in [(404, "Kenya"), (608, "Philippines"), (360, "Indonesia"), (682, "Saudi Arabia")] {
        assert!(has_shape(code), "{name} has no shape");
    }
    assert!(!has_shape(10), "Antarctica is cropped");
    assert!(!has_shape(999));
}

#[test]
fn a_counted_country_is_shaded_and_names_its_count() {
    let svg = kenya_and_the_philippines().to_svg();
    let kenya = path_for(&svg, "404");
    let fill = attribute(&kenya, "fill");
    assert!(fill.starts_with('#') && fill != "#e0e0e0", "Kenya's fill {fill} is not a data class");
    assert!(legend_fills(&svg).iter().any(|swatch| swatch == fill), "{fill} is not in the legend");
    assert!(svg.contains("<title>Kenya: 42 incidents</title>"));
    assert!(svg.contains("<title>Saudi Arabia: 1,250 incidents</title>"));
}

#[test]
fn a_withheld_country_is_hatched_not_grey() {
    let svg = kenya_and_the_philippines().to_svg();
    let philippines = path_for(&svg, "608");
    let fill = attribute(&philippines, "fill");
    let pattern = fill.strip_prefix("url(#").and_then(|rest| rest.strip_suffix(')')).expect("a pattern fill");
    assert!(svg.contains(&format!(r#"<pattern id="{pattern}""#)), "the pattern {pattern} is defined");
    assert!(svg.contains("<title>Philippines: withheld to protect the people counted</title>"));
    // The map must not say why a count is withheld: "below the threshold" would tell an
    // attacker an upper bound on a count withheld only to protect another.
    assert!(!svg.contains("threshold"), "the map says why a count is withheld");
    let kenya_fill = attribute(&path_for(&svg, "404"), "fill").to_owned();
    assert_ne!(fill, kenya_fill);
    let afghanistan = path_for(&svg, "004");
    assert_ne!(fill, attribute(&afghanistan, "fill"), "withheld differs from no data");
    assert!(afghanistan.ends_with("/>"), "a country without a value has no tooltip");
    assert!(svg.contains(">withheld</text>") && svg.contains(">no data</text>"));
}

#[test]
fn the_largest_count_is_darkest_and_the_smallest_lightest() {
    let map = WorldMap {
        title: "Spread".into(),
        value_label: "incidents".into(),
        values: [(404, 1), (608, 4), (360, 12), (682, 30), (76, 75), (356, 200), (840, 640), (156, 2_000)]
            .into_iter()
            .map(|(code, count)| value(code, "Somewhere", MapCount::Count(count)))
            .collect(),
        ..WorldMap::default()
    };
    let svg = map.to_svg();
    let classes = legend_fills(&svg);
    // The legend lists the classes, then "withheld" and "no data".
    let classes = &classes[..classes.len() - 2];
    assert_eq!(classes.len(), 5, "eight spread counts fill five classes: {classes:?}");
    assert_eq!(attribute(&path_for(&svg, "156"), "fill"), classes[4], "the largest is darkest");
    assert_eq!(attribute(&path_for(&svg, "404"), "fill"), classes[0], "the smallest is lightest");
    let shades: std::collections::BTreeSet<_> = classes.iter().collect();
    assert_eq!(shades.len(), 5, "each class has its own colour");
}

#[test]
fn zero_gets_the_lightest_colour_and_no_class_of_its_own_otherwise() {
    let with_zero = WorldMap {
        title: "Zero".into(),
        value_label: "incidents".into(),
        values: vec![value(404, "Kenya", MapCount::Count(0)), value(608, "Philippines", MapCount::Count(9))],
        ..WorldMap::default()
    };
    let svg = with_zero.to_svg();
    let fills = legend_fills(&svg);
    assert!(svg.contains(">0</text>"), "a zero row in the legend");
    assert_eq!(attribute(&path_for(&svg, "404"), "fill"), fills[0], "zero takes the first, lightest swatch");
    assert_ne!(attribute(&path_for(&svg, "608"), "fill"), fills[0]);
    let without_zero = WorldMap { values: vec![value(608, "Philippines", MapCount::Count(9))], ..with_zero };
    let svg = without_zero.to_svg();
    assert!(!svg.contains(">0</text>"), "no zero row when nothing is zero");
    assert!(!svg.contains(">0\u{2013}"), "classes start at 1");
}

#[test]
fn names_and_labels_are_escaped() {
    let map = WorldMap {
        title: "Cases <by> \"country\" & 'region'".into(),
        value_label: "cases & reports".into(),
        values: vec![value(404, "Kenya <&> \"'", MapCount::Count(5))],
        ..WorldMap::default()
    };
    let svg = map.to_svg();
    assert!(svg.contains("<title>Kenya &lt;&amp;&gt; &quot;&#39;: 5 cases &amp; reports</title>"));
    assert!(svg.contains("Cases &lt;by&gt; &quot;country&quot; &amp; &#39;region&#39;</title>"));
    assert!(!svg.contains("<&>"));
    check_well_formed(&svg).unwrap();
}

#[test]
fn the_svg_is_accessible_responsive_and_well_formed() {
    let svg = kenya_and_the_philippines().to_svg();
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains(r#"viewBox="0 0 960 500""#));
    assert!(svg.contains(r#"width="100%""#));
    assert!(!svg.contains("height=\"500\"") && !svg.contains("width=\"960\""), "no fixed pixel size");
    assert!(svg.contains(r#"role="img""#));
    let labelled_by = attribute(&svg[..svg.find('>').unwrap()], "aria-labelledby");
    let ids: Vec<&str> = labelled_by.split(' ').collect();
    assert_eq!(ids.len(), 2);
    assert!(svg.contains(&format!(r#"<title id="{}">Incidents by country</title>"#, ids[0])));
    assert!(svg.contains(&format!(r#"<desc id="{}">"#, ids[1])));
    assert!(svg.contains("the highest is Saudi Arabia with 1,250"));
    assert!(!svg.contains("style="), "no inline style, which the content security policy forbids");
    check_well_formed(&svg).unwrap();
}

#[test]
fn values_without_a_shape_are_not_drawn_and_output_is_stable() {
    let mut map = kenya_and_the_philippines();
    map.values.push(value(999, "Nowhere", MapCount::Count(1_000_000)));
    map.values.push(value(404, "Kenya again", MapCount::Count(7)));
    let svg = map.to_svg();
    assert!(!svg.contains("Nowhere"));
    assert!(!svg.contains("Kenya again"), "the first value for a code is drawn");
    assert!(!svg.contains("1,000,000"), "a value without a shape does not set the classes");
    assert_eq!(svg, map.to_svg());
    let coded = svg.matches("<path data-m49=").count();
    assert_eq!(coded, (0..=999).filter(|code| has_shape(*code)).count(), "every coded shape is drawn once");
    assert_eq!(svg.matches("<path ").count() - coded, 3, "land without a code is drawn too");
}

#[test]
fn the_well_formedness_check_catches_broken_markup() {
    assert!(check_well_formed("<a><b/></a>").is_ok());
    assert!(check_well_formed(r#"<a x="1 &amp; 2">t &lt; u</a>"#).is_ok());
    assert!(check_well_formed("<a><b></a>").is_err());
    assert!(check_well_formed("<a>x & y</a>").is_err());
    assert!(check_well_formed(r#"<a x="<">"#).is_err());
    assert!(check_well_formed(r#"<a x="1" x="2"/>"#).is_err());
    assert!(check_well_formed("<a/><b/>").is_err());
    assert!(check_well_formed("<a>1 < 2</a>").is_err());
}

/// Checks the subset of XML that the charts write: elements, double-quoted attributes, text and
/// character references, with no comments, declarations or CDATA. It is strict enough to catch an
/// unescaped name or an unclosed tag without a parser dependency.
fn check_well_formed(xml: &str) -> Result<(), String> {
    let mut open: Vec<&str> = Vec::new();
    let mut roots = 0;
    let mut rest = xml;
    while !rest.is_empty() {
        let Some(after) = rest.strip_prefix('<') else {
            let text_end = rest.find('<').unwrap_or(rest.len());
            let text = &rest[..text_end];
            if open.is_empty() && !text.trim().is_empty() {
                return Err(format!("text outside the root: {text:?}"));
            }
            check_text(text)?;
            rest = &rest[text_end..];
            continue;
        };
        let end = after.find('>').ok_or("a tag is not closed")?;
        let tag = &after[..end];
        rest = &after[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(expected) if expected == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            continue;
        }
        let (tag, empty) = match tag.strip_suffix('/') {
            Some(tag) => (tag, true),
            None => (tag, false),
        };
        let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
        let name = &tag[..name_end];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || "-_:.".contains(c)) {
            return Err(format!("bad element name in <{tag}>"));
        }
        check_attributes(&tag[name_end..])?;
        if open.is_empty() {
            roots += 1;
            if roots > 1 {
                return Err("more than one root element".into());
            }
        }
        if !empty {
            open.push(name);
        }
    }
    if let Some(name) = open.last() {
        return Err(format!("<{name}> is never closed"));
    }
    if roots == 1 { Ok(()) } else { Err("no root element".into()) }
}

fn check_attributes(mut attributes: &str) -> Result<(), String> {
    let mut seen: Vec<&str> = Vec::new();
    loop {
        let trimmed = attributes.trim_start();
        if trimmed.is_empty() {
            return Ok(());
        }
        if trimmed.len() == attributes.len() {
            return Err(format!("attributes not separated by space: {attributes:?}"));
        }
        let (name, after) = trimmed.split_once("=\"").ok_or_else(|| format!("bad attribute {trimmed:?}"))?;
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || "-_:.".contains(c)) {
            return Err(format!("bad attribute name {name:?}"));
        }
        if seen.contains(&name) {
            return Err(format!("attribute {name} given twice"));
        }
        seen.push(name);
        let (value, after) = after.split_once('"').ok_or_else(|| format!("{name} is not closed"))?;
        if value.contains('<') {
            return Err(format!("< in the value of {name}"));
        }
        check_text(value)?;
        attributes = after;
    }
}

/// Text may hold `&` only as the start of a known entity or a character reference.
fn check_text(text: &str) -> Result<(), String> {
    if text.contains('<') {
        return Err(format!("markup in text: {text:?}"));
    }
    for (index, _) in text.match_indices('&') {
        let reference = &text[index + 1..];
        let end = reference.find(';').ok_or_else(|| format!("& without ; in {text:?}"))?;
        let name = &reference[..end];
        let valid = matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
            || name.strip_prefix("#x").is_some_and(|hex| !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()))
            || name.strip_prefix('#').is_some_and(|dec| !dec.is_empty() && dec.chars().all(|c| c.is_ascii_digit()));
        if !valid {
            return Err(format!("unknown entity &{name}; in {text:?}"));
        }
    }
    Ok(())
}
