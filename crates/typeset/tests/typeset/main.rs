//! The PDF of the 2009 report in the UN languages, read back from the file.

mod pdf;
mod support;
