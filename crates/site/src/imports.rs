//! Short names for the wasm's imports. wasm-bindgen names each import for the web API it calls
//! and a hash of its signature (`__wbg_classList_97e966c261669b85`), from a module named for the
//! glue (`./hsi-infographic_bg.js`), and writes every name twice: in the wasm's import section and
//! as a key of the glue's imports object. Sixteen hex digits are incompressible, so the two files
//! carried 5,624 B of brotli for 216 names (measured). In a release build the names become `a`,
//! `b`, … and the module `m`, in both files at once. Only the wasm's import section changes;
//! every other section is copied byte for byte. A name the glue does not hold exactly once as a
//! whole word, or an import this step cannot read, is an error, so a change in wasm-bindgen's
//! output fails the build rather than the page.
//!
//! Trunk names the two files by a hash of what it wrote, before this step; the step is a pure
//! function of those bytes, so equal names still mean equal files, unless the naming here
//! changes while the wasm does not (a browser holding one file of each would then wire the
//! imports wrongly): change the module name `m` along with any change to the scheme.

/// In the folder `dist`: the wasm and the glue that `page`'s start script loads, with the wasm's
/// imports renamed in both.
pub fn shorten_dist_imports(dist: &crate::Dist, page: &str) -> Result<(), String> {
    let (_, script) = crate::boot::start_script(page)?;
    let (glue_name, wasm_name) = crate::boot::boot_files(&script)?;
    let (wasm, glue) = shorten_imports(&dist.read(&wasm_name)?, &dist.read_text(&glue_name)?)?;
    for (name, bytes) in [(wasm_name, wasm), (glue_name, glue.into_bytes())] {
        let path = dist.path(&name);
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// The wasm and the glue with the wasm's imports renamed, or why not.
pub fn shorten_imports(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    let header = wasm
        .get(..8)
        .filter(|h| *h == b"\0asm\x01\0\0\0")
        .ok_or("not a wasm module")?;
    let mut out = header.to_vec();
    let (mut glue, mut at) = (glue.to_owned(), 8);
    let (mut names, mut modules) = (
        Vec::<(String, String)>::new(),
        Vec::<(String, String)>::new(),
    );
    while at < wasm.len() {
        let id = wasm[at];
        let (body, end) = sized(wasm, at + 1, "a section")?;
        if id == IMPORT_SECTION {
            let section = rename(body, &mut names, &mut modules)?;
            out.push(IMPORT_SECTION);
            push_leb(&mut out, section.len() as u64);
            out.extend(section);
        } else {
            out.extend(&wasm[at..end]);
        }
        at = end;
    }
    for (old, new) in &names {
        glue = replace_word(&glue, old, new)?;
    }
    for (old, new) in &modules {
        glue = replace_quoted(&glue, old, new)?;
    }
    Ok((out, glue))
}

const IMPORT_SECTION: u8 = 2;

/// The import section with each field and module named anew, in order of first use.
fn rename(
    body: &[u8],
    names: &mut Vec<(String, String)>,
    modules: &mut Vec<(String, String)>,
) -> Result<Vec<u8>, String> {
    let (count, mut at) = leb(body, 0)?;
    let mut out = Vec::new();
    push_leb(&mut out, count);
    for _ in 0..count {
        let (module, next) = name(body, at)?;
        let (field, next) = name(body, next)?;
        let end = descriptor_end(body, next)?;
        let module = short(modules, module, |i| {
            if i == 0 {
                "m".to_owned()
            } else {
                format!("m{i}")
            }
        });
        let field = short(names, field, letters);
        for text in [module, field] {
            push_leb(&mut out, text.len() as u64);
            out.extend(text.as_bytes());
        }
        out.extend(&body[next..end]);
        at = end;
    }
    if at != body.len() {
        return Err("the import section has bytes after its imports".into());
    }
    Ok(out)
}

/// The short name `seen` gives `old`, adding one made by `make` from its index if it has none.
fn short(seen: &mut Vec<(String, String)>, old: &str, make: impl Fn(usize) -> String) -> String {
    if let Some((_, new)) = seen.iter().find(|(o, _)| o == old) {
        return new.clone();
    }
    let new = make(seen.len());
    seen.push((old.to_owned(), new.clone()));
    new
}

/// `a` … `z`, `A` … `Z`, then `ba`, `bb`, …: a name for each index.
fn letters(mut index: usize) -> String {
    const LETTERS: &[u8; 52] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[index % 52]);
        index /= 52;
        if index == 0 {
            break;
        }
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

/// The `what` at `at`, after its size in bytes: its bytes, and where what follows it starts.
fn sized<'a>(bytes: &'a [u8], at: usize, what: &str) -> Result<(&'a [u8], usize), String> {
    let (size, start) = leb(bytes, at)?;
    let end = start
        .checked_add(size as usize)
        .ok_or_else(|| format!("{what} too large"))?;
    let inside = bytes
        .get(start..end)
        .ok_or_else(|| format!("{what} runs past its end"))?;
    Ok((inside, end))
}

/// A name at `at`: its text, and where what follows it starts.
fn name(body: &[u8], at: usize) -> Result<(&str, usize), String> {
    let (bytes, end) = sized(body, at, "an import name")?;
    let text = std::str::from_utf8(bytes).map_err(|e| format!("an import name: {e}"))?;
    Ok((text, end))
}

/// Where an import's descriptor (what it imports: a function, table, memory or global) ends.
fn descriptor_end(body: &[u8], at: usize) -> Result<usize, String> {
    let byte = |i: usize| {
        body.get(i)
            .copied()
            .ok_or("an import runs past its section")
    };
    // A table's or memory's limits: flags (a maximum, shared, 64-bit), a minimum, any maximum.
    let limits = |i: usize| -> Result<usize, String> {
        let flags = byte(i)?;
        if flags > 0x07 {
            return Err(format!(
                "limits with flags {flags:#x}, which this step does not know"
            ));
        }
        let (_, i) = leb(body, i + 1)?;
        Ok(if flags & 1 == 1 { leb(body, i)?.1 } else { i })
    };
    // Number and reference types of one byte (i32 … v128, funcref, externref).
    let simple_type = |t: u8| matches!(t, 0x7f | 0x7e | 0x7d | 0x7c | 0x7b | 0x70 | 0x6f);
    match byte(at)? {
        0 => Ok(leb(body, at + 1)?.1),
        1 => match byte(at + 1)? {
            0x6f | 0x70 => limits(at + 2),
            t => Err(format!(
                "a table of type {t:#x}, which this step does not know"
            )),
        },
        2 => limits(at + 1),
        3 => match (byte(at + 1)?, byte(at + 2)?) {
            (t, 0 | 1) if simple_type(t) => Ok(at + 3),
            (t, m) => Err(format!(
                "a global of type {t:#x}, mutability {m}, which this step does not know"
            )),
        },
        kind => Err(format!(
            "an import of kind {kind:#x}, which this step does not know"
        )),
    }
}

/// An unsigned LEB128 number at `at`, and where what follows it starts.
fn leb(bytes: &[u8], mut at: usize) -> Result<(u64, usize), String> {
    let (mut value, mut shift) = (0u64, 0);
    loop {
        let byte = *bytes.get(at).ok_or("a number runs past the end")?;
        at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
        shift += 7;
        if shift > 63 {
            return Err("a number longer than 64 bits".into());
        }
    }
}

fn push_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// `text` with the one whole-word `old` (an identifier: letters, digits, `_` and `$`) as `new`.
fn replace_word(text: &str, old: &str, new: &str) -> Result<String, String> {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let found: Vec<usize> = text
        .match_indices(old)
        .map(|(i, _)| i)
        .filter(|&i| !text[..i].ends_with(is_word) && !text[i + old.len()..].starts_with(is_word))
        .collect();
    match found[..] {
        [i] => Ok(format!("{}{new}{}", &text[..i], &text[i + old.len()..])),
        _ => Err(format!(
            "the glue names the import {old} {} times, not once",
            found.len()
        )),
    }
}

/// `text` with the one quoted `old` (`"old"` or `'old'`) as `"new"`.
fn replace_quoted(text: &str, old: &str, new: &str) -> Result<String, String> {
    let quoted = [format!("\"{old}\""), format!("'{old}'")];
    let found: Vec<(usize, &String)> = quoted
        .iter()
        .flat_map(|q| text.match_indices(q.as_str()).map(move |(i, _)| (i, q)))
        .collect();
    match found[..] {
        [(i, q)] => Ok(format!("{}\"{new}\"{}", &text[..i], &text[i + q.len()..])),
        _ => Err(format!(
            "the glue names the module {old} {} times, not once",
            found.len()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module of one type, `() -> ()`, imported twice from one module and once from another,
    /// plus a global, a table and a shared memory, and `extra` more functions; a custom section
    /// after them.
    fn module_with(extra: usize) -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]);
        let mut entries: Vec<(String, String, Vec<u8>)> = [
            ("./app_bg.js", "__wbg_log_0123456789abcdef", vec![0u8, 0]),
            ("./app_bg.js", "__wbg_now_fedcba9876543210", vec![0, 0]),
            ("./other.js", "__wbg_log_0123456789abcdef", vec![0, 0]),
            ("./app_bg.js", "__wbindgen_flag", vec![3, 0x7f, 0]),
            (
                "./app_bg.js",
                "__wbindgen_table",
                vec![1, 0x6f, 1, 2, 200, 1],
            ),
            ("./app_bg.js", "__wbindgen_memory", vec![2, 3, 1, 2]),
        ]
        .into_iter()
        .map(|(m, f, d)| (m.to_owned(), f.to_owned(), d))
        .collect();
        entries.extend(
            (0..extra).map(|i| ("./app_bg.js".to_owned(), format!("__wbg_f{i}"), vec![0, 0])),
        );
        let mut imports = Vec::new();
        push_leb(&mut imports, entries.len() as u64);
        for (module, field, descriptor) in entries {
            for text in [module, field] {
                push_leb(&mut imports, text.len() as u64);
                imports.extend(text.as_bytes());
            }
            imports.extend(descriptor);
        }
        wasm.push(IMPORT_SECTION);
        push_leb(&mut wasm, imports.len() as u64);
        wasm.extend(imports);
        wasm.extend([0, 5, 4]);
        wasm.extend(b"note");
        wasm
    }

    fn module() -> Vec<u8> {
        module_with(0)
    }

    /// The glue for `module_with(extra)`.
    fn glue_with(extra: usize) -> String {
        let more: String = (0..extra).map(|i| format!("__wbg_f{i}:0,")).collect();
        GLUE.replace(
            "__wbindgen_flag:1}",
            &format!("__wbindgen_flag:1,__wbindgen_table:0,__wbindgen_memory:0,{more}}}"),
        )
    }

    const GLUE: &str = r#"const i={__proto__:null,__wbg_log_0123456789abcdef:function(n){console.log(n)},__wbg_now_fedcba9876543210(){return Date.now()},__wbindgen_flag:1};export const imports={"./app_bg.js":i,'./other.js':i};"#;

    #[test]
    fn both_files_name_each_import_anew_and_nothing_else_changes() {
        let (wasm, glue) = shorten_imports(&module(), &glue_with(0)).unwrap();
        assert_eq!(
            glue,
            r#"const i={__proto__:null,a:function(n){console.log(n)},b(){return Date.now()},c:1,d:0,e:0,};export const imports={"m":i,"m1":i};"#
        );
        let text = String::from_utf8_lossy(&wasm);
        assert!(
            !text.contains("__wbg") && !text.contains("app_bg"),
            "{text}"
        );
        assert!(
            wasm.ends_with(&[0, 5, 4, b'n', b'o', b't', b'e']),
            "the custom section as it was"
        );
        assert!(
            wasm.starts_with(&module()[..14]),
            "the header and the type section as they were"
        );
        // The section read back: the module `m` twice, then `m1` for the same field `a`.
        let (_, body_at) = leb(&wasm, 15).unwrap();
        let (mut seen, mut at) = (Vec::new(), body_at + 1);
        for _ in 0..6 {
            let (module, next) = name(&wasm, at).unwrap();
            let (field, next) = name(&wasm, next).unwrap();
            seen.push(format!("{module}.{field}"));
            at = descriptor_end(&wasm, next).unwrap();
        }
        assert_eq!(seen, ["m.a", "m.b", "m1.a", "m.c", "m.d", "m.e"]);
    }

    /// A wasm engine (Node's V8) reads the renamed module, and lists its imports by their new
    /// names.
    #[test]
    fn a_wasm_engine_reads_the_renamed_module() {
        // With 200 more: counts and sizes of more than one byte, and names of two letters.
        let (wasm, _) = shorten_imports(&module_with(200), &glue_with(200)).unwrap();
        let bytes: Vec<String> = wasm.iter().map(u8::to_string).collect();
        let script = format!(
            "const m = new WebAssembly.Module(new Uint8Array([{}])); \
             console.log(WebAssembly.Module.imports(m).slice(0, 7).map(i => i.module + '.' + i.name + ':' + i.kind).join(' '), \
               WebAssembly.Module.imports(m).length, WebAssembly.Module.imports(m).at(-1).name)",
            bytes.join(",")
        );
        let out = std::process::Command::new("node")
            .args(["-e", &script])
            .output()
            .expect("node is installed (the browser tests and make npm-tools need it too)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "m.a:function m.b:function m1.a:function m.c:global m.d:table m.e:memory m.f:function 206 dW"
        );
    }

    #[test]
    fn a_glue_that_does_not_name_an_import_exactly_once_is_an_error() {
        let glue = glue_with(0);
        let twice = glue.replace("console.log(n)", "__wbg_log_0123456789abcdef(n)");
        let missing = glue.replace("__wbindgen_flag:1", "x:1");
        for glue in [twice.as_str(), missing.as_str()] {
            assert!(shorten_imports(&module(), glue).is_err_and(|e| e.contains("not once")));
        }
        // A longer name that holds an import's name is not that name.
        let longer = glue.replace("console.log(n)", "__wbindgen_flag_2(n)");
        assert!(shorten_imports(&module(), &longer).is_ok());
        for header in [&b"\0asn\x01\0\0\0"[..], b"\0asm\x0d\0\x01\0"] {
            let mut other = module();
            other[..8].copy_from_slice(header);
            assert!(shorten_imports(&other, &glue).is_err_and(|e| e.contains("not a wasm module")));
        }
        let mut cut = module();
        cut.truncate(30);
        assert!(shorten_imports(&cut, &glue).is_err());
        // An import this step cannot read (a memory with page-size flags) is an error too.
        let mut odd = module();
        let at = odd.windows(4).position(|w| w == [2, 3, 1, 2]).unwrap();
        odd[at + 1] = 0x08;
        assert!(shorten_imports(&odd, &glue).is_err_and(|e| e.contains("flags 0x8")));
    }

    #[test]
    fn names_run_through_the_letters_then_grow() {
        assert_eq!(
            [0, 25, 26, 51, 52, 53].map(letters),
            ["a", "z", "A", "Z", "ba", "bb"]
        );
    }
}
