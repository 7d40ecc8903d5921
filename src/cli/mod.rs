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

/// What `sourcelight --help` adds after the commands: the `label` contract.
const LABEL_CONTRACT: &str = "\
label input, one sentence a line (consecutive lines with the same `article`
are one document, in order):
    {\"id\": \"...\", \"lang\": \"fr\"|\"en\"|\"auto\"|..., \"text\": \"...\", \"article\": \"...\"}
label output, one line per input line (byte offsets into that line's text):
    {\"id\": \"...\", \"labels\": [...], \"context\": [...],
     \"cues\": [{\"start\": n, \"end\": n, \"category\": \"...\", \"rule\": \"...\", \"text\": \"...\"}]}
A bad line gets {\"id\": ..., \"error\": \"line N: ...\"} on stdout and stderr;
the others are still processed and the exit status is 1.";

/// sourcelight — flags anonymous sources and unverified claims in news text
#[derive(clap::Parser)]
#[command(name = "sourcelight", version, propagate_version = true, arg_required_else_help = true, after_help = LABEL_CONTRACT,
    help_template = "{about-with-newline}\nUSAGE:\n    {usage}\n\n{all-args}{after-help}")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// JSON Lines in (stdin), labels out (stdout): the accuracy contract
    #[command(after_help = LABEL_CONTRACT)]
    Label {
        /// Language of lines without `lang` (a code, or auto)
        #[arg(long, value_name = "CODE", default_value = "auto")]
        lang: String,
    },
    /// Summary of a text or HTML file: counts, who speaks, flagged sentences
    Analyze {
        /// A text or HTML file ('-' = stdin)
        file: String,
        /// Language of the text (a code, or auto)
        #[arg(long, value_name = "CODE", default_value = "auto")]
        lang: String,
        /// The same for machines: one JSON object (sentences, cues, speakers)
        #[arg(long)]
        json: bool,
    },
    /// Scores against labelled JSON Lines, per language and corpus part (tune / check)
    Eval {
        /// Labelled JSON Lines (gold `labels` and `context`, optional `part`)
        #[arg(required = true)]
        files: Vec<String>,
        /// Exit 1 when F1 is below X (GROUP: LANG, LANG/PART or */PART; repeatable)
        #[arg(long = "min-f1", value_name = "[GROUP:]CATEGORY=X")]
        min_f1: Vec<String>,
        /// Exit 1 when more than this share of unlabelled sentences is flagged (repeatable)
        #[arg(long = "max-false-flag", value_name = "[GROUP:]X")]
        max_false_flag: Vec<String>,
        /// How many errors to list (from outside the check part only)
        #[arg(long, value_name = "N", default_value_t = 12)]
        errors: usize,
    },
    /// The languages the data files define
    Languages,
}

/// Runs the CLI; returns the exit status: 0, 1 (bad input lines, a
/// threshold missed) or 2 (a usage error, shown with the usage).
pub fn run(args: Vec<String>) -> i32 {
    use clap::{CommandFactory, Parser};
    let cli = match Cli::try_parse_from(std::iter::once("sourcelight".to_string()).chain(args.iter().cloned())) {
        Ok(cli) => cli,
        // Help and version go to stdout (status 0).
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return e.exit_code();
        }
        Err(e) => {
            if e.kind() == clap::error::ErrorKind::InvalidSubcommand {
                if let Some(clap::error::ContextValue::String(cmd)) = e.get(clap::error::ContextKind::InvalidSubcommand) {
                    eprintln!("sourcelight: unknown command `{cmd}`");
                }
            }
            // Every usage error shows the usage of its command (clap's own
            // message has it for some errors only).
            let message = e.render().to_string();
            eprint!("{message}");
            if !message.contains("Usage:") {
                let mut cmd = Cli::command();
                cmd.build();
                let sub = args.iter().find_map(|a| cmd.find_subcommand(a).map(|c| c.get_name().to_string()));
                let usage = match sub.and_then(|name| cmd.find_subcommand_mut(&name).map(|c| c.render_usage())) {
                    Some(u) => u,
                    None => cmd.render_usage(),
                };
                eprintln!("\n{usage}");
            }
            return e.exit_code();
        }
    };
    let result = match cli.command {
        Command::Label { lang } => label::run(&lang),
        Command::Analyze { file, lang, json } => analyze::run(&file, &lang, json),
        Command::Eval { files, min_f1, max_false_flag, errors } => eval::run(&files, &min_f1, &max_false_flag, errors),
        Command::Languages => {
            for l in sourcelight::lexicon::languages() {
                outln!("{}\t{}", l.code, l.name);
            }
            Ok(0)
        }
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("sourcelight: {msg}");
            2
        }
    }
}
