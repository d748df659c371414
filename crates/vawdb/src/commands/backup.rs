//! `vawdb backup FILE`: one file that holds the whole store, taken while it serves.
//!
//! The file is a zip archive: `vawdb.sqlite` (a consistent snapshot by SQLite's `VACUUM
//! INTO`), `documents/<sha256>` for every reply document the snapshot refers to, and
//! `vawdb-backup.json`, the manifest `vawdb restore` checks every byte against.

use std::{
    fs::File,
    io::{BufWriter, Write},
    path::Path,
};

use serde::{Deserialize, Serialize};
use store::{Location, Store};

use crate::{
    cli::StoreArguments,
    failure::{EXIT_INVALID_INPUT, Failure},
    progress::Progress,
};

/// What `vawdb restore` reads first.
pub(crate) const MANIFEST: &str = "vawdb-backup.json";
pub(crate) const STORE_ENTRY: &str = "vawdb.sqlite";
pub(crate) const FORMAT: &str = "vawdb-backup/1";

/// The manifest of a backup.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Manifest {
    pub(crate) format: String,
    pub(crate) vawdb_version: String,
    pub(crate) created: String,
    pub(crate) schema_version: i64,
    pub(crate) change_log_entries: i64,
    pub(crate) store: ManifestFile,
    pub(crate) documents: Vec<ManifestFile>,
}

/// One file of a backup, with what its bytes must be.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ManifestFile {
    pub(crate) sha256: String,
    pub(crate) size_bytes: u64,
}

pub(crate) async fn run(arguments: &StoreArguments, file: &Path) -> Result<(), Failure> {
    if arguments.database_url.is_some() {
        return Err(Failure::new(
            EXIT_INVALID_INPUT,
            "vawdb backs up an SQLite store; back up a PostgreSQL store with pg_dump --format=custom and copy the data folder's documents folder (see the README)",
        ));
    }
    let store_file = arguments.data_dir.join(STORE_ENTRY);
    if !store_file.is_file() {
        return Err(Failure::new(EXIT_INVALID_INPUT, format!("there is no store at {}", store_file.display())));
    }
    if file.exists() {
        return Err(Failure::new(
            EXIT_INVALID_INPUT,
            format!("{} exists already; give the backup a new name", file.display()),
        ));
    }
    let folder = file.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let work = tempfile::Builder::new()
        .prefix(".vawdb-backup-")
        .tempdir_in(folder)
        .map_err(|error| Failure::general(format!("cannot write in {}: {error}", folder.display())))?;

    let store = super::open_store(arguments).await?;
    let snapshot = work.path().join(STORE_ENTRY);
    store.snapshot_into(&snapshot).await?;
    store.close().await;

    // What the backup holds is what the snapshot refers to, read from the snapshot itself:
    // documents are written before the reply that refers to them commits, so every one of
    // them is in the documents folder by now.
    let copy = Store::open(&Location::SqliteFile(snapshot.clone())).await?;
    let digests = copy.reply_document_digests().await?;
    let schema_version = copy.schema_version().await?;
    let change_log_entries = copy.change_count().await?;
    copy.close().await;

    let partial = work.path().join("backup.zip");
    let manifest = write_archive(
        &partial,
        &snapshot,
        &arguments.documents_folder(),
        &digests,
        schema_version,
        change_log_entries,
    )?;
    std::fs::rename(&partial, file)
        .map_err(|error| Failure::general(format!("cannot write {}: {error}", file.display())))?;
    eprintln!(
        "{}: the store ({} bytes, schema version {}, {} changes logged) and {} documents",
        file.display(),
        manifest.store.size_bytes,
        manifest.schema_version,
        manifest.change_log_entries,
        manifest.documents.len()
    );
    Ok(())
}

fn write_archive(
    path: &Path,
    snapshot: &Path,
    documents_folder: &Path,
    digests: &[String],
    schema_version: i64,
    change_log_entries: i64,
) -> Result<Manifest, Failure> {
    let failure = |error: &dyn std::fmt::Display| Failure::general(format!("cannot write the backup: {error}"));
    let output = File::create(path).map_err(|error| failure(&error))?;
    let mut archive = zip::ZipWriter::new(BufWriter::new(output));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);

    let (sha256, size_bytes) = digest_of_file(snapshot)?;
    archive.start_file(STORE_ENTRY, options).map_err(|error| failure(&error))?;
    let mut source = File::open(snapshot).map_err(|error| failure(&error))?;
    std::io::copy(&mut source, &mut archive).map_err(|error| failure(&error))?;
    let store = ManifestFile { sha256, size_bytes };

    let progress = Progress::new("documents");
    let mut documents = Vec::new();
    for (done, digest) in digests.iter().enumerate() {
        let document = documents_folder.join(digest);
        let (sha256, size_bytes) = digest_of_file(&document).map_err(|_| {
            Failure::general(format!(
                "the store refers to document {digest}, which is not in {}: the backup would lack it",
                documents_folder.display()
            ))
        })?;
        if &sha256 != digest {
            return Err(Failure::general(format!(
                "{} does not hold what the store recorded (its SHA-256 is {sha256}): the backup would not be true",
                document.display()
            )));
        }
        archive.start_file(format!("documents/{digest}"), options).map_err(|error| failure(&error))?;
        let mut source = File::open(&document).map_err(|error| failure(&error))?;
        std::io::copy(&mut source, &mut archive).map_err(|error| failure(&error))?;
        documents.push(ManifestFile { sha256, size_bytes });
        progress.update(done as u64 + 1, digests.len() as u64);
    }
    progress.finish();

    let manifest = Manifest {
        format: FORMAT.to_owned(),
        vawdb_version: env!("CARGO_PKG_VERSION").to_owned(),
        created: time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .map_err(|error| failure(&error))?,
        schema_version,
        change_log_entries,
        store,
        documents,
    };
    archive.start_file(MANIFEST, options).map_err(|error| failure(&error))?;
    let json = serde_json::to_vec_pretty(&manifest).map_err(|error| failure(&error))?;
    archive.write_all(&json).map_err(|error| failure(&error))?;
    let mut output = archive.finish().map_err(|error| failure(&error))?;
    output.flush().map_err(|error| failure(&error))?;
    output.get_ref().sync_all().map_err(|error| failure(&error))?;
    Ok(manifest)
}

/// The SHA-256 and length of a file, read a block at a time.
pub(crate) fn digest_of_file(path: &Path) -> Result<(String, u64), Failure> {
    let file =
        File::open(path).map_err(|error| Failure::general(format!("cannot read {}: {error}", path.display())))?;
    credentials::content_digest_of(std::io::BufReader::new(file))
        .map_err(|error| Failure::general(format!("cannot read {}: {error}", path.display())))
}
