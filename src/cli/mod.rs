//! Command-line front end: `label` (the accuracy contract), `analyze` (a
//! page summary) and `eval` (scores against a labelled corpus).

mod analyze;
mod eval;
mod input;
mod label;

/// `println!` that ends the program quietly when the reader has gone
/// (`sourcelight eval … | head`): a closed pipe is no error.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cli::write_out(format_args!("{}\n", format_args!($($arg)*)))
    };
}
pub(crate) use outln;

/// Writes to stdout; a closed pipe ends the program with status 0, any
/// other write error with status 2.
pub(crate) fn write_out(args: std::fmt::Arguments) {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        match write_failed(e) {
            Ok(code) => std::process::exit(code),
            Err(msg) => {
                eprintln!("sourcelight: {msg}");
                std::process::exit(2);
            }
        }
    }
}

/// What a failed write to stdout means: a reader that stopped reading
/// (`sourcelight label | head`) ends the run quietly; any other error is one.
pub(crate) fn write_failed(e: std::io::Error) -> Result<i32, String> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(0)
    } else {
        Err(format!("cannot write the output: {e}"))
    }
}

const HELP: &str = "\
sourcelight — flags anonymous sources and unverified claims in news text

USAGE:
    sourcelight label [--lang CODE]          JSON Lines in (stdin), labels out (stdout)
    sourcelight analyze FILE [--lang CODE] [--json]
                                             summary of a text or HTML file ('-' = stdin)
    sourcelight eval FILE... [--min-f1 [GROUP:]CATEGORY=X]... [--max-false-flag [GROUP:]X]
                             [--errors N]    scores against labelled JSON Lines, per language
                                             and corpus part (tune / check); GROUP is LANG,
                                             LANG/PART or */PART; errors are listed from
                                             outside the check part only
    sourcelight languages                    the languages the data files define

label input, one sentence a line (consecutive lines with the same `article`
are one document, in order):
    {\"id\": \"...\", \"lang\": \"fr\"|\"en\"|\"auto\"|..., \"text\": \"...\", \"article\": \"...\"}
label output, one line per input line (byte offsets into that line's text):
    {\"id\": \"...\", \"labels\": [...], \"context\": [...],
     \"cues\": [{\"start\": n, \"end\": n, \"category\": \"...\", \"rule\": \"...\", \"text\": \"...\"}]}
A bad line gets {\"id\": ..., \"error\": \"line N: ...\"} on stdout and stderr;
the others are still processed and the exit status is 1.
";

/// Runs the CLI; returns the exit status.
pub fn run(args: Vec<String>) -> i32 {
    let Some(cmd) = args.first() else {
        eprint!("{HELP}");
        return 2;
    };
    let rest = &args[1..];
    let result = match cmd.as_str() {
        "label" => label::run(rest),
        "analyze" => analyze::run(rest),
        "eval" => eval::run(rest),
        "languages" => {
            for l in sourcelight::lexicon::languages() {
                outln!("{}\t{}", l.code, l.name);
            }
            Ok(0)
        }
        "-h" | "--help" | "help" => {
            write_out(format_args!("{HELP}"));
            Ok(0)
        }
        other => Err(format!("unknown command `{other}` (try --help)")),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("sourcelight: {msg}");
            2
        }
    }
}

/// The value after `--name`, if given; errors when the flag has no value.
fn flag_value<'a>(args: &'a [String], name: &str) -> Result<Option<&'a str>, String> {
    match args.iter().position(|a| a == name) {
        None => Ok(None),
        Some(i) => args.get(i + 1).map(|s| Some(s.as_str())).ok_or_else(|| format!("{name} needs a value")),
    }
}

/// Arguments that are neither flags nor flag values.
fn positional<'a>(args: &'a [String], flags_with_value: &[&str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if flags_with_value.contains(&a) {
            i += 2;
            continue;
        }
        if a.starts_with("--") {
            i += 1;
            continue;
        }
        out.push(a);
        i += 1;
    }
    out
}
