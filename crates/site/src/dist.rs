//! Files in Trunk's output folder, by the names its pages use for them.

use std::path::{Path, PathBuf};

/// The folder `dist`'s files, named as the page names them: Trunk writes names relative to
/// `public_url` ("./" here), and a leading "/" is read from the folder too.
pub struct Dist<'a>(pub &'a Path);

impl Dist<'_> {
    pub fn path(&self, name: &str) -> PathBuf {
        self.0
            .join(name.trim_start_matches("./").trim_start_matches('/'))
    }

    pub fn read(&self, name: &str) -> Result<Vec<u8>, String> {
        let path = self.path(name);
        std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    }

    pub fn read_text(&self, name: &str) -> Result<String, String> {
        String::from_utf8(self.read(name)?).map_err(|e| format!("{name}: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::Dist;
    use std::path::Path;

    #[test]
    fn names_are_read_relative_to_the_folder() {
        let dist = Dist(Path::new("dist"));
        for name in ["./a.css", "/a.css", "a.css"] {
            assert_eq!(dist.path(name), Path::new("dist/a.css"), "{name}");
        }
        assert!(
            dist.read("no-such-file")
                .is_err_and(|e| e.contains("cannot read dist/no-such-file"))
        );
    }
}
