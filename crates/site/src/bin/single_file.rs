//! `single_file [DIST] [OUT]`: writes one self-contained HTML file (style sheets and script
//! inline, the wasm embedded) that opens from `file://` with no server.

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let folder = std::path::PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let dist = hsi_site::Dist(&folder);
    let out = args
        .next()
        .unwrap_or_else(|| "target/hsi-infographic.html".into());
    let result = dist
        .read_text("index.html")
        .and_then(|page| hsi_site::single_file(&page, |name| dist.read(name)))
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
