//! The search folder: index directories side by side, and a `CURRENT` file naming the one in
//! use. A rebuild writes a new directory and then replaces `CURRENT` in one rename, so a
//! reader always finds a whole index.
//!
//! ```text
//! search/
//!   CURRENT                 "index-1764370000123-4242"
//!   index-1764370000123-4242/
//!   building-1764370500000-5151/   (a rebuild in progress)
//! ```

use std::{
    fs,
    io::{self, Write},
    path::{Path, PathBuf},
    time::{SystemTime, UNIX_EPOCH},
};

use tantivy::directory::{Directory, INDEX_WRITER_LOCK, MmapDirectory};

use crate::error::SearchError;

const CURRENT: &str = "CURRENT";
const INDEX_PREFIX: &str = "index-";
const BUILDING_PREFIX: &str = "building-";

/// The name of the index directory in use, if there is one.
pub(crate) fn current(folder: &Path) -> Result<Option<String>, SearchError> {
    match fs::read_to_string(folder.join(CURRENT)) {
        Ok(name) => {
            let name = name.trim();
            let valid = name.starts_with(INDEX_PREFIX)
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && folder.join(name).is_dir();
            Ok(valid.then(|| name.to_owned()))
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(SearchError::io(folder.join(CURRENT), error)),
    }
}

/// Makes `name` the index in use, atomically.
pub(crate) fn set_current(folder: &Path, name: &str) -> Result<(), SearchError> {
    let temporary = folder.join(format!("{CURRENT}.tmp"));
    let write = || -> io::Result<()> {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(name.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temporary, folder.join(CURRENT))?;
        // The rename itself is made durable by syncing the folder.
        fs::File::open(folder)?.sync_all()
    };
    write().map_err(|error| SearchError::io(folder.join(CURRENT), error))
}

/// A new directory to build an index in, and the name it will have once built.
pub(crate) fn new_build(folder: &Path) -> Result<(PathBuf, String), SearchError> {
    let millis = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis());
    let stamp = format!("{millis}-{}", std::process::id());
    let path = folder.join(format!("{BUILDING_PREFIX}{stamp}"));
    fs::create_dir_all(&path).map_err(|error| SearchError::io(&path, error))?;
    Ok((path, format!("{INDEX_PREFIX}{stamp}")))
}

/// Gives a finished build its index name.
pub(crate) fn finish_build(folder: &Path, building: &Path, name: &str) -> Result<(), SearchError> {
    fs::rename(building, folder.join(name)).map_err(|error| SearchError::io(building, error))
}

/// Removes the index and build directories other than `keep` that nobody is writing to (a
/// live server keeps its index's writer lock; a rebuild in progress keeps its own).
pub(crate) fn remove_unused(folder: &Path, keep: &str) -> Vec<PathBuf> {
    let mut removed = Vec::new();
    let Ok(entries) = fs::read_dir(folder) else { return removed };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.starts_with(INDEX_PREFIX) || name.starts_with(BUILDING_PREFIX);
        if !ours || name == keep || !entry.path().is_dir() {
            continue;
        }
        let path = entry.path();
        let in_use = MmapDirectory::open(&path)
            .ok()
            .map(|directory| directory.acquire_lock(&INDEX_WRITER_LOCK).is_err())
            .unwrap_or(false);
        if !in_use && fs::remove_dir_all(&path).is_ok() {
            removed.push(path);
        }
    }
    removed
}
