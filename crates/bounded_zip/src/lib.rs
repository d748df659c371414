//! Opens a zip archive that came from outside (an uploaded XLSX workbook, a Word document) only
//! after every entry has been inflated, counted and thrown away within limits: how many entries,
//! how many bytes each one and all of them decompress to, and how long a run of XML text or a
//! tag may be. A one-megabyte file that inflates to a gigabyte is refused before a program that
//! reads it whole (calamine, a DOCX reader) allocates anything.
//!
//! ```
//! let workbook = {
//!     let mut workbook = rust_xlsxwriter::Workbook::new();
//!     workbook.add_worksheet().write(0, 0, "Country").unwrap();
//!     workbook.save_to_buffer().unwrap()
//! };
//! let mut archive = bounded_zip::BoundedArchive::open(&workbook, &bounded_zip::ZipLimits::WORKBOOK).unwrap();
//! assert!(archive.entry("xl/workbook.xml").unwrap().is_some());
//! ```
//!
//! The sizes written in an archive's directory are not trusted: a crafted archive can declare a
//! few bytes for an entry that inflates to gigabytes, so each entry is inflated through a reader
//! that stops one byte past its limit.

use std::io::{Cursor, Read};

/// How much an archive may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZipLimits {
    /// The most entries the archive may have.
    pub entries: usize,
    /// The most bytes any one entry may inflate to.
    pub entry_bytes: u64,
    /// The most bytes all entries together may inflate to.
    pub total_bytes: u64,
    /// The longest run of bytes an XML entry (`.xml`, `.rels`) may hold without a `<` or `>`:
    /// a text node or a tag. Binary entries (images) are bounded by their size only.
    pub markup_run_bytes: u64,
}

impl ZipLimits {
    /// Limits for a workbook of measures, treaty actions or incident records, meant for
    /// tables of up to some 100,000 measures. A cell holds at most 32,767 characters (the limit
    /// spreadsheet programs themselves keep), which XML writes in at most ten bytes each
    /// (`&#x10FFFF;`): 320 KiB.
    pub const WORKBOOK: ZipLimits =
        ZipLimits { entries: 10_000, entry_bytes: 128 * MIB, total_bytes: 256 * MIB, markup_run_bytes: 320 * 1024 };

    /// Limits for a Word document whose text is read back (a report edited in Word).
    pub const WORD_DOCUMENT: ZipLimits =
        ZipLimits { entries: 10_000, entry_bytes: 128 * MIB, total_bytes: 512 * MIB, markup_run_bytes: 8 * MIB };
}

/// Why an archive was not opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ZipLimitError {
    #[error("not a zip archive: {message}")]
    NotAnArchive { message: String },
    #[error("it holds {entries} parts, more than the {limit} allowed")]
    TooManyEntries { entries: usize, limit: usize },
    #[error("its part '{entry}' decompresses to more than {} (the most one part may hold)", shown_bytes(*.limit))]
    EntryTooLarge { entry: String, limit: u64 },
    #[error("its parts decompress to more than {} in all (the most a file may hold)", shown_bytes(*.limit))]
    TotalTooLarge { limit: u64 },
    #[error(
        "its part '{entry}' holds a text or tag of more than {} without a break (a cell holds at most 32,767 characters)",
        shown_bytes(*.limit)
    )]
    RunTooLong { entry: String, limit: u64 },
    #[error("its part '{entry}' cannot be read: {message}")]
    UnreadableEntry { entry: String, message: String },
}

/// An archive whose every entry inflated within its limits.
pub struct BoundedArchive<'a> {
    archive: zip::ZipArchive<Cursor<&'a [u8]>>,
    limits: ZipLimits,
}

impl<'a> BoundedArchive<'a> {
    /// Inflates every entry of `bytes`, keeping none of it, and opens the archive if all of
    /// them stay within `limits`.
    pub fn open(bytes: &'a [u8], limits: &ZipLimits) -> Result<BoundedArchive<'a>, ZipLimitError> {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|error| ZipLimitError::NotAnArchive { message: error.to_string() })?;
        if archive.len() > limits.entries {
            return Err(ZipLimitError::TooManyEntries { entries: archive.len(), limit: limits.entries });
        }
        let mut total = 0u64;
        let mut buffer = vec![0u8; 64 * 1024];
        for index in 0..archive.len() {
            let mut entry = archive.by_index(index).map_err(|error| ZipLimitError::UnreadableEntry {
                entry: format!("#{}", index + 1),
                message: error.to_string(),
            })?;
            let name = entry.name().map_or_else(|_| format!("#{}", index + 1), |name| name.into_owned());
            let is_markup = name.ends_with(".xml") || name.ends_with(".rels");
            let unreadable = |error: std::io::Error| ZipLimitError::UnreadableEntry {
                entry: name.clone(),
                message: error.to_string(),
            };
            let mut inflated = 0u64;
            let mut run = 0u64;
            loop {
                let read = entry.read(&mut buffer).map_err(unreadable)?;
                if read == 0 {
                    break;
                }
                inflated += read as u64;
                if inflated > limits.entry_bytes {
                    return Err(ZipLimitError::EntryTooLarge { entry: name, limit: limits.entry_bytes });
                }
                if total + inflated > limits.total_bytes {
                    return Err(ZipLimitError::TotalTooLarge { limit: limits.total_bytes });
                }
                if is_markup {
                    for byte in &buffer[..read] {
                        run = if matches!(byte, b'<' | b'>') { 0 } else { run + 1 };
                        if run > limits.markup_run_bytes {
                            return Err(ZipLimitError::RunTooLong { entry: name, limit: limits.markup_run_bytes });
                        }
                    }
                }
            }
            total += inflated;
        }
        Ok(BoundedArchive { archive, limits: *limits })
    }

    /// The inflated bytes of the entry named `name`, if there is one.
    pub fn entry(&mut self, name: &str) -> Result<Option<Vec<u8>>, ZipLimitError> {
        let mut entry = match self.archive.by_name(name) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(error) => {
                return Err(ZipLimitError::UnreadableEntry { entry: name.to_owned(), message: error.to_string() });
            }
        };
        let mut bytes = Vec::new();
        // The entry inflated within its limit when the archive was opened; the bound is kept
        // here too so that no reading of it can grow past the limit.
        (&mut entry)
            .take(self.limits.entry_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|error| ZipLimitError::UnreadableEntry { entry: name.to_owned(), message: error.to_string() })?;
        if bytes.len() as u64 > self.limits.entry_bytes {
            return Err(ZipLimitError::EntryTooLarge { entry: name.to_owned(), limit: self.limits.entry_bytes });
        }
        Ok(Some(bytes))
    }
}

const MIB: u64 = 1024 * 1024;

/// A limit as people read it: "128 MiB", "320 KiB" or "4,000 bytes".
fn shown_bytes(bytes: u64) -> String {
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= 10 * 1024 {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An archive with one entry of `size` bytes of `byte`, stored deflated: a few kilobytes
    /// on disk for megabytes inflated.
    fn archive_with(name: &str, size: usize, byte: u8) -> Vec<u8> {
        use std::io::Write;
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        writer.start_file(name, options).unwrap();
        let chunk = vec![byte; 1024 * 1024];
        let mut left = size;
        while left > 0 {
            let now = left.min(chunk.len());
            writer.write_all(&chunk[..now]).unwrap();
            left -= now;
        }
        writer.finish().unwrap().into_inner()
    }

    const SMALL: ZipLimits =
        ZipLimits { entries: 10, entry_bytes: 4 * MIB, total_bytes: 6 * MIB, markup_run_bytes: 1000 };

    #[test]
    fn an_entry_that_inflates_past_its_limit_is_refused_with_its_name() {
        let bomb = archive_with("xl/media/image1.png", 5 * 1024 * 1024, b'a');
        assert!(bomb.len() < 64 * 1024, "{} bytes", bomb.len());
        let error = BoundedArchive::open(&bomb, &SMALL).err().unwrap();
        assert_eq!(
            error.to_string(),
            "its part 'xl/media/image1.png' decompresses to more than 4 MiB (the most one part may hold)"
        );
    }

    #[test]
    fn a_long_text_in_an_xml_part_is_refused_but_not_in_a_binary_part() {
        let xml = archive_with("xl/sharedStrings.xml", 1001, b'a');
        let error = BoundedArchive::open(&xml, &SMALL).err().unwrap();
        assert_eq!(error, ZipLimitError::RunTooLong { entry: "xl/sharedStrings.xml".into(), limit: 1000 });
        let image = archive_with("xl/media/image1.png", 1001, b'a');
        assert!(BoundedArchive::open(&image, &SMALL).is_ok());
    }

    #[test]
    fn entries_are_counted_together_against_the_total() {
        use std::io::Write;
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for n in 0..3 {
            writer.start_file(format!("part{n}.bin"), options).unwrap();
            writer.write_all(&vec![0u8; 3 * 1024 * 1024]).unwrap();
        }
        let bytes = writer.finish().unwrap().into_inner();
        let error = BoundedArchive::open(&bytes, &SMALL).err().unwrap();
        assert_eq!(error, ZipLimitError::TotalTooLarge { limit: 6 * MIB });
        let too_many = ZipLimits { entries: 2, ..SMALL };
        assert_eq!(
            BoundedArchive::open(&bytes, &too_many).err().unwrap(),
            ZipLimitError::TooManyEntries { entries: 3, limit: 2 }
        );
    }

    #[test]
    fn text_that_is_not_an_archive_is_refused() {
        let error = BoundedArchive::open(b"Country,Date\n", &SMALL).err().unwrap();
        assert!(matches!(error, ZipLimitError::NotAnArchive { .. }), "{error}");
    }
}
