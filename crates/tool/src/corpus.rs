//! Finding the `.pyc` files a command works over.

use std::path::{Path, PathBuf};

/// Every `*.cpython-311.pyc` under `roots`, sorted. Folders named `site-packages` below a root
/// are skipped (the standard-library corpus excludes third-party packages); pass a
/// `site-packages` folder itself as a root to include it.
pub fn collect(roots: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for root in roots {
        if root.is_file() {
            files.push(root.clone());
        } else {
            walk(root, &mut files).map_err(|e| format!("{}: {e}", root.display()))?;
        }
    }
    files.sort();
    Ok(files)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            if entry.file_name() != "site-packages" {
                walk(&path, files)?;
            }
        } else if kind.is_file()
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(".cpython-311.pyc"))
        {
            files.push(path);
        }
    }
    Ok(())
}

/// Reads every file into memory.
pub fn read_all(files: &[PathBuf]) -> Result<Vec<Vec<u8>>, String> {
    files
        .iter()
        .map(|f| std::fs::read(f).map_err(|e| format!("{}: {e}", f.display())))
        .collect()
}
