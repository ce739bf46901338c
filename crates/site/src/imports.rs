//! Short names for the wasm's imports. wasm-bindgen names each import for the web API it calls
//! and a hash of its signature (`__wbg_classList_97e966c261669b85`), from a module named for the
//! glue (`./hsi-infographic_bg.js`), and writes every name twice: in the wasm's import section and
//! as a key of the glue's imports object. Sixteen hex digits are incompressible, so the two files
//! carried 5,624 B of brotli for 216 names (measured). In a release build the names become `a`,
//! `b`, … and the module `m`, in both files at once. Only the wasm's import section changes
//! (`wasmparser` reads the sections, `wasm-encoder` writes the imports anew); every other
//! section's content is copied byte for byte (its size written in the shortest form, as wasm-opt
//! writes it). A name the glue does not hold exactly once as a whole word, or a wasm this step
//! cannot read, is an error, so a change in wasm-bindgen's output fails the build rather than the
//! page.
//!
//! Trunk names the two files by a hash of what it wrote, before this step; the step is a pure
//! function of those bytes, so equal names still mean equal files, unless the naming here
//! changes while the wasm does not (a browser holding one file of each would then wire the
//! imports wrongly): change the module name `m` along with any change to the scheme.

use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{ImportSection, Module, RawSection};
use wasmparser::{ImportSectionReader, Parser, Payload};

/// In the folder `dist`: the wasm and the glue that `page`'s start script loads, with the wasm's
/// imports renamed in both.
pub fn shorten_dist_imports(dist: &crate::Dist, page: &str) -> Result<(), String> {
    let (_, script) = crate::boot::start_script(page)?;
    let (glue_name, wasm_name) = crate::boot::boot_files(&script)?;
    let (wasm, glue) = shorten_imports(&dist.read(&wasm_name)?, &dist.read_text(&glue_name)?)
        .map_err(|e| format!("{wasm_name} and {glue_name}: {e}"))?;
    for (name, bytes) in [(wasm_name, wasm), (glue_name, glue.into_bytes())] {
        let path = dist.path(&name);
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// The wasm and the glue with the wasm's imports renamed, or why not.
pub fn shorten_imports(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    // A core module of the first version (a component, or anything else, is not).
    if !wasm.starts_with(b"\0asm\x01\0\0\0") {
        return Err("not a wasm module".into());
    }
    let mut out = Module::new();
    let (mut names, mut modules) = (Vec::new(), Vec::new());
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| format!("the wasm: {e}"))?;
        if let Payload::ImportSection(imports) = payload {
            out.section(&rename(imports, &mut names, &mut modules)?);
        } else if let Some((id, range)) = payload.as_section() {
            out.section(&RawSection {
                id,
                data: &wasm[range],
            });
        }
    }
    let mut glue = glue.to_owned();
    for (old, new) in &names {
        glue = replace_word(&glue, old, new)?;
    }
    for (old, new) in &modules {
        glue = replace_quoted(&glue, old, new)?;
    }
    Ok((out.finish(), glue))
}

/// The import section with each field and module named anew, in order of first use.
fn rename(
    imports: ImportSectionReader,
    names: &mut Vec<(String, String)>,
    modules: &mut Vec<(String, String)>,
) -> Result<ImportSection, String> {
    let mut section = ImportSection::new();
    for import in imports.into_imports() {
        let import = import.map_err(|e| format!("an import: {e}"))?;
        let module = short(modules, import.module, |i| {
            if i == 0 {
                "m".to_owned()
            } else {
                format!("m{i}")
            }
        });
        let field = short(names, import.name, letters);
        let ty = RoundtripReencoder
            .entity_type(import.ty)
            .map_err(|e| format!("the import {}: {e}", import.name))?;
        section.import(&module, &field, ty);
    }
    Ok(section)
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
    use wasm_encoder::{
        CustomSection, EntityType, FuncType, GlobalType, MemoryType, RefType, TableType,
        TypeSection, ValType,
    };
    use wasmparser::TypeRef;

    /// A module of one type, `() -> ()`, imported twice from one module and once from another,
    /// plus a global, a table and a shared memory, and `extra` more functions; a custom section
    /// after them.
    fn module_with(extra: usize) -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().func_type(&FuncType::new([], []));
        let global = GlobalType {
            val_type: ValType::I32,
            mutable: false,
            shared: false,
        };
        let table = TableType {
            element_type: RefType::EXTERNREF,
            table64: false,
            minimum: 2,
            maximum: Some(200),
            shared: false,
        };
        let memory = MemoryType {
            minimum: 1,
            maximum: Some(2),
            memory64: false,
            shared: true,
            page_size_log2: None,
        };
        let mut imports = ImportSection::new();
        imports
            .import(
                "./app_bg.js",
                "__wbg_log_0123456789abcdef",
                EntityType::Function(0),
            )
            .import(
                "./app_bg.js",
                "__wbg_now_fedcba9876543210",
                EntityType::Function(0),
            )
            .import(
                "./other.js",
                "__wbg_log_0123456789abcdef",
                EntityType::Function(0),
            )
            .import("./app_bg.js", "__wbindgen_flag", global)
            .import("./app_bg.js", "__wbindgen_table", table)
            .import("./app_bg.js", "__wbindgen_memory", memory);
        for i in 0..extra {
            imports.import(
                "./app_bg.js",
                &format!("__wbg_f{i}"),
                EntityType::Function(0),
            );
        }
        let mut module = Module::new();
        module
            .section(&types)
            .section(&imports)
            .section(&CustomSection {
                name: "note".into(),
                data: b"".into(),
            });
        module.finish()
    }

    fn module() -> Vec<u8> {
        module_with(0)
    }

    /// Each section of `wasm`: its id and its bytes.
    fn sections(wasm: &[u8]) -> Vec<(u8, Vec<u8>)> {
        Parser::new(0)
            .parse_all(wasm)
            .filter_map(|payload| payload.unwrap().as_section())
            .map(|(id, range)| (id, wasm[range].to_vec()))
            .collect()
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
        // Every section but the imports, byte for byte and in its place.
        let (before, after) = (sections(&module()), sections(&wasm));
        assert_eq!(
            before.iter().map(|(id, _)| id).collect::<Vec<_>>(),
            [&1, &2, &0]
        );
        for (old, new) in before.iter().zip(&after).filter(|(old, _)| old.0 != 2) {
            assert_eq!(old, new);
        }
        // The imports read back: the module `m` twice, then `m1` for the same field `a`, each of
        // the kind it was.
        let Payload::ImportSection(imports) = Parser::new(0)
            .parse_all(&wasm)
            .map(Result::unwrap)
            .find(|p| matches!(p, Payload::ImportSection(_)))
            .unwrap()
        else {
            unreachable!()
        };
        let seen: Vec<(String, TypeRef)> = imports
            .into_imports()
            .map(|i| {
                i.map(|i| (format!("{}.{}", i.module, i.name), i.ty))
                    .unwrap()
            })
            .collect();
        let names: Vec<&str> = seen.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["m.a", "m.b", "m1.a", "m.c", "m.d", "m.e"]);
        assert!(matches!(seen[4].1, TypeRef::Table(t) if t.initial == 2 && t.maximum == Some(200)));
        assert!(matches!(seen[5].1, TypeRef::Memory(m) if m.shared && m.maximum == Some(2)));
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
    }

    #[test]
    fn a_wasm_this_step_cannot_read_is_an_error() {
        let glue = glue_with(0);
        for header in [&b"\0asn\x01\0\0\0"[..], b"\0asm\x0d\0\x01\0"] {
            let mut other = module();
            other[..8].copy_from_slice(header);
            assert!(shorten_imports(&other, &glue).is_err_and(|e| e.contains("not a wasm module")));
        }
        let mut cut = module();
        cut.truncate(30);
        assert!(shorten_imports(&cut, &glue).is_err_and(|e| e.starts_with("the wasm: ")));
        // An import of a kind no wasm has (the global's kind byte, 3, made 9).
        let mut odd = module();
        let at = odd
            .windows(15)
            .position(|w| w == b"__wbindgen_flag")
            .unwrap()
            + 15;
        assert_eq!(odd[at], 3);
        odd[at] = 9;
        assert!(shorten_imports(&odd, &glue).is_err_and(|e| e.starts_with("an import: ")));
    }

    #[test]
    fn names_run_through_the_letters_then_grow() {
        assert_eq!(
            [0, 25, 26, 51, 52, 53].map(letters),
            ["a", "z", "A", "Z", "ba", "bb"]
        );
    }
}
