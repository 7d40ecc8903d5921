//! The `sourcelight` command line: see `sourcelight --help`.

mod cli;

fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}
