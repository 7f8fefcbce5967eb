//! Expands the paths a user gives into the files to read: directories are walked
//! recursively in sorted order, hidden entries and unsupported files inside them are skipped
//! silently, and symlink loops are not followed.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::{SourceError, is_supported};

/// A file to read, or a path that could not be listed.
pub(crate) enum Entry {
    File(PathBuf),
    Failed(PathBuf, SourceError),
}

/// Files under `paths`, in the order given, each directory's content sorted by name.
pub(crate) fn expand(paths: &[PathBuf]) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut visited = HashSet::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk_dir(path, &mut visited, &mut entries),
            // A file named explicitly is always read, so an unsupported type gets reported.
            Ok(_) => entries.push(Entry::File(path.clone())),
            Err(e) => entries.push(Entry::Failed(path.clone(), e.into())),
        }
    }
    entries
}

/// Depth-first with an explicit stack (no recursion limit from deep trees).
fn walk_dir(root: &Path, visited: &mut HashSet<PathBuf>, entries: &mut Vec<Entry>) {
    // Each path with its file type when the listing gave one that needs no further look-up.
    let mut stack: Vec<(PathBuf, Option<bool>)> = vec![(root.to_path_buf(), Some(true))];
    while let Some((path, known_is_dir)) = stack.pop() {
        let is_dir = match known_is_dir {
            Some(is_dir) => is_dir,
            // Symbolic links: follow them to see what they point to.
            None => match fs::metadata(&path) {
                Ok(meta) => meta.is_dir(),
                Err(e) => {
                    // A dangling link to something we would not read anyway is not worth a message.
                    if is_supported(&path) {
                        entries.push(Entry::Failed(path, e.into()));
                    }
                    continue;
                }
            },
        };
        if !is_dir {
            if is_supported(&path) {
                entries.push(Entry::File(path));
            }
            continue;
        }
        // The canonical path identifies a directory however it was reached: a link back to
        // an ancestor is seen twice and skipped the second time.
        match fs::canonicalize(&path) {
            Ok(canonical) => {
                if !visited.insert(canonical) {
                    continue;
                }
            }
            Err(e) => {
                entries.push(Entry::Failed(path, e.into()));
                continue;
            }
        }
        let listing = match fs::read_dir(&path) {
            Ok(listing) => listing,
            Err(e) => {
                entries.push(Entry::Failed(path, e.into()));
                continue;
            }
        };
        let mut children = Vec::new();
        for child in listing {
            match child {
                Ok(child) if is_hidden(&child.file_name()) => {}
                Ok(child) => {
                    let is_dir = child
                        .file_type()
                        .ok()
                        .filter(|t| !t.is_symlink())
                        .map(|t| t.is_dir());
                    children.push((child.path(), is_dir));
                }
                Err(e) => entries.push(Entry::Failed(path.clone(), e.into())),
            }
        }
        children.sort_by(|a, b| a.0.cmp(&b.0));
        // Reversed so the smallest name is popped first.
        stack.extend(children.into_iter().rev());
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}
