//! `vawdb restore FILE --data-dir NEW`: a new data folder from a backup, every byte checked
//! against the backup's manifest before the folder appears.

use std::{
    fs::File,
    io::{BufReader, Read},
    path::Path,
};

use store::{Location, Store};

use super::backup::{FORMAT, MANIFEST, Manifest, STORE_ENTRY, digest_of_file};
use crate::{
    cli::StoreArguments,
    failure::{EXIT_INVALID_INPUT, Failure},
    progress::Progress,
};

pub(crate) async fn run(arguments: &StoreArguments, file: &Path) -> Result<(), Failure> {
    if arguments.database_url.is_some() {
        return Err(Failure::new(
            EXIT_INVALID_INPUT,
            "vawdb restores into a new data folder (--data-dir); restore a PostgreSQL store with pg_restore (see the README)",
        ));
    }
    let target = arguments.data_dir.as_path();
    let is_empty_folder =
        target.is_dir() && std::fs::read_dir(target).map(|mut entries| entries.next().is_none()).unwrap_or(false);
    if target.exists() && !is_empty_folder {
        return Err(Failure::new(
            EXIT_INVALID_INPUT,
            format!("{} exists and is not empty; restore into a new folder", target.display()),
        ));
    }
    let invalid = |message: String| Failure::new(EXIT_INVALID_INPUT, format!("{}: {message}", file.display()));
    let reader = File::open(file).map_err(|error| invalid(format!("cannot read it: {error}")))?;
    let mut archive = zip::ZipArchive::new(BufReader::new(reader))
        .map_err(|error| invalid(format!("not a vawdb backup: {error}")))?;
    let manifest = read_manifest(&mut archive).map_err(invalid)?;

    let parent = target.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)
        .map_err(|error| Failure::general(format!("cannot create {}: {error}", parent.display())))?;
    // Everything is written into a folder beside the target and renamed into place at the
    // end, so that a refused or interrupted restore leaves no half store behind.
    let work = tempfile::Builder::new()
        .prefix(".vawdb-restore-")
        .tempdir_in(parent)
        .map_err(|error| Failure::general(format!("cannot write in {}: {error}", parent.display())))?;
    let store_file = work.path().join(STORE_ENTRY);
    extract(&mut archive, STORE_ENTRY, &store_file, &manifest.store.sha256, manifest.store.size_bytes)
        .map_err(invalid)?;
    let documents = work.path().join("documents");
    std::fs::create_dir_all(&documents).map_err(Failure::general)?;
    let progress = Progress::new("documents");
    for (done, document) in manifest.documents.iter().enumerate() {
        let name = format!("documents/{}", document.sha256);
        extract(&mut archive, &name, &documents.join(&document.sha256), &document.sha256, document.size_bytes)
            .map_err(invalid)?;
        progress.update(done as u64 + 1, manifest.documents.len() as u64);
    }
    progress.finish();

    // Opening the store checks its schema (and brings a store of an older vawdb up to date).
    let store = Store::open(&Location::SqliteFile(store_file)).await?;
    let accounts = store.accounts().await?.len();
    let changes = store.change_count().await?;
    store.close().await;
    if changes != manifest.change_log_entries {
        return Err(invalid(format!(
            "its store holds {changes} changes where its manifest says {}",
            manifest.change_log_entries
        )));
    }

    if is_empty_folder {
        std::fs::remove_dir(target).map_err(Failure::general)?;
    }
    let kept = work.keep();
    std::fs::rename(&kept, target)
        .map_err(|error| Failure::general(format!("cannot create {}: {error}", target.display())))?;
    eprintln!(
        "{}: restored from {} (taken {}): {accounts} accounts, {changes} changes logged, {} documents; the search index is built when vawdb next serves",
        target.display(),
        file.display(),
        manifest.created,
        manifest.documents.len()
    );
    Ok(())
}

fn read_manifest(archive: &mut zip::ZipArchive<BufReader<File>>) -> Result<Manifest, String> {
    let entry = archive.by_name(MANIFEST).map_err(|_| format!("not a vawdb backup: it holds no {MANIFEST}"))?;
    let mut json = Vec::new();
    entry.take(16 * 1024 * 1024).read_to_end(&mut json).map_err(|error| format!("{MANIFEST}: {error}"))?;
    let manifest: Manifest = serde_json::from_slice(&json).map_err(|error| format!("{MANIFEST}: {error}"))?;
    if manifest.format != FORMAT {
        return Err(format!(
            "{MANIFEST}: format '{}' is not one this vawdb reads (it reads {FORMAT})",
            manifest.format
        ));
    }
    let is_digest = |text: &str| text.len() == 64 && text.bytes().all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f'));
    if let Some(bad) = manifest.documents.iter().find(|document| !is_digest(&document.sha256)) {
        return Err(format!("{MANIFEST}: '{}' is not a SHA-256 digest", domain::text::shortened(&bad.sha256)));
    }
    Ok(manifest)
}

/// Writes entry `name` to `path` and checks it is the `size_bytes` bytes whose digest is
/// `sha256`.
fn extract(
    archive: &mut zip::ZipArchive<BufReader<File>>,
    name: &str,
    path: &Path,
    sha256: &str,
    size_bytes: u64,
) -> Result<(), String> {
    let mut entry = archive.by_name(name).map_err(|_| format!("it lacks {name}, which its manifest lists"))?;
    let mut output = File::create(path).map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    // Never more than the manifest promised, whatever the entry inflates to.
    std::io::copy(&mut (&mut entry).take(size_bytes + 1), &mut output).map_err(|error| format!("{name}: {error}"))?;
    output.sync_all().map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    let (found, length) = digest_of_file(path).map_err(|failure| failure.to_string())?;
    if found != sha256 || length != size_bytes {
        return Err(format!("{name} is damaged: it is not the {size_bytes} bytes the manifest lists"));
    }
    Ok(())
}
