//! Compiles the LALRPOP grammar in the top-level `grammar/` folder into `$OUT_DIR`, then points
//! the generated parser at minnow's own LR driver (`parser::lr`, which does automatic semicolon
//! insertion in time linear in the input) instead of LALRPOP's.

/// The call LALRPOP generates to run its tables, and the one minnow wants (the generated
/// `parse` function has the grammar's `asi` parameter in scope).
const LALRPOP_DRIVER: &str = "__state_machine::Parser::drive(";
const MINNOW_DRIVER: &str = "crate::syntax::parser::lr::drive(asi, ";

fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/minnow.lalrpop failed to compile");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let path = std::path::Path::new(&out_dir).join("minnow.rs");
    let generated = std::fs::read_to_string(&path).expect("the generated parser is readable");
    // LALRPOP leaves an up-to-date file alone, so it may already use minnow's driver.
    let calls = generated.matches(LALRPOP_DRIVER).count();
    let ours = generated.matches(MINNOW_DRIVER).count();
    assert!(
        calls + ours == 1,
        "expected one driver call in the generated parser, found {calls} of LALRPOP's and {ours} of minnow's"
    );
    if calls == 1 {
        let patched = generated.replace(LALRPOP_DRIVER, MINNOW_DRIVER);
        std::fs::write(&path, patched).expect("the generated parser is writable");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
