//! Bad templates: an error with line, column and expression, and limits on work and size.

use report::{CompileConfig, compile};

use crate::support::demo_data;

#[test]
fn a_syntax_error_names_line_and_column() {
    let error =
        compile("# Title\n\nText {{ states(cycle, type=\"training\" }}.", &demo_data(), &CompileConfig::default())
            .unwrap_err();
    assert_eq!(error.line, Some(3));
    assert!(error.to_string().starts_with("line 3"), "{error}");
    assert!(error.message.contains("syntax error"), "{error}");
}

#[test]
fn an_unknown_function_or_filter_names_the_expression() {
    let error = compile("Paragraph.\n\n{{ stats(cycle) }}", &demo_data(), &CompileConfig::default()).unwrap_err();
    assert_eq!(error.line, Some(3));
    assert!(error.message.contains("unknown function"), "{error}");
    assert!(error.expression.as_deref().unwrap_or("").contains("stats"), "{error:?}");
    let filter = compile("{{ respondents(cycle) | shout }}", &demo_data(), &CompileConfig::default()).unwrap_err();
    assert!(filter.message.contains("unknown filter"), "{filter}");
}

#[test]
fn an_unknown_vocabulary_code_or_instrument_is_an_error_naming_it() {
    let error = compile("({{ states(cycle, type=\"legislation.penall\") }})", &demo_data(), &CompileConfig::default())
        .unwrap_err();
    assert!(error.message.contains("unknown code 'legislation.penall' in vocabulary 'type'"), "{error}");
    let filter = compile("({{ states(cycle, colour=\"red\") }})", &demo_data(), &CompileConfig::default()).unwrap_err();
    assert!(filter.message.contains("unknown filter 'colour'"), "{filter}");
    let instrument =
        compile("{{ parties(\"cedaw-op2\") | count }}", &demo_data(), &CompileConfig::default()).unwrap_err();
    assert!(instrument.message.contains("unknown instrument 'cedaw-op2'"), "{instrument}");
}

#[test]
fn an_endless_loop_and_a_huge_output_are_stopped() {
    let endless = "{% for i in range(10000) %}{% for j in range(10000) %}{% for k in range(10000) %}x{% endfor %}{% endfor %}{% endfor %}";
    let error = compile(endless, &demo_data(), &CompileConfig::default()).unwrap_err();
    assert!(error.message.contains("too much work"), "{error}");
    let huge = compile(
        "{% for i in range(100000) %}{{ states(cycle, type=\"training\") }} {% endfor %}",
        &demo_data(),
        &CompileConfig { fuel: u64::MAX / 2, max_output_bytes: 100_000, ..CompileConfig::default() },
    )
    .unwrap_err();
    assert!(huge.message.contains("grows past 100000 bytes"), "{huge}");
}

#[test]
fn the_default_template_needs_a_small_part_of_the_default_work_limit() {
    let tight = CompileConfig { fuel: CompileConfig::default().fuel / 20, ..CompileConfig::default() };
    assert!(
        compile(report::DEFAULT_TEMPLATE, &demo_data(), &tight).is_ok(),
        "the default limit leaves room for templates twenty times as busy"
    );
}
