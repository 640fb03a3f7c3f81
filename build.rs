//! Compiles the LALRPOP grammar in the top-level `grammar/` folder into `$OUT_DIR`.
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/minnow.lalrpop failed to compile");
}
