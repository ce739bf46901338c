//! `single_file [DIST] [OUT]`: writes one self-contained HTML file (style sheets and script
//! inline, the wasm embedded) that opens from `file://` with no server.

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let dist = std::path::PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let out = args
        .next()
        .unwrap_or_else(|| "target/hsi-infographic.html".into());
    let read = |name: &str| {
        let path = dist.join(name.trim_start_matches("./"));
        std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let result = read("index.html")
        .and_then(|page| String::from_utf8(page).map_err(|e| e.to_string()))
        .and_then(|page| hsi_site::single_file(&page, read))
        .and_then(|html| {
            std::fs::write(&out, html).map_err(|e| format!("cannot write {out}: {e}"))
        });
    match result {
        Ok(()) => {
            println!("wrote {out}");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("single_file: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
