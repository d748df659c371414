//! The report compiler's test suite: the default template on the 2009 demo cycle against the
//! seed report, the UN style rules, the outputs and the template errors.

mod support;

mod docx_form;
mod errors;
mod languages;
mod outputs;
mod seed;
mod stale_lists;
