//! Throughput of the native core, for `./build.sh bench` (tests/bench/).
//!
//! ```text
//! sourcelight-bench [--repeat 1,10,100] [--min-secs 1.0] [--passes N] [--lang CODE] FILE...
//! ```
//!
//! Reads the files (plain text), and for each repeat factor K builds each
//! file's text repeated K times (joined by a blank line) and calls
//! `sourcelight::analyze` on every such document, in passes over all files:
//! one warm-up pass, then passes until at least `--min-secs` have passed (and
//! at least 3), or exactly `--passes N` more (e.g. `--passes 1` under callgrind). The language
//! is taken from the file name's `xx-` prefix when it names a known language,
//! `auto` otherwise; `--lang` forces one.
//!
//! Prints one JSON object: `{"runs": [{"repeat", "files", "bytes",
//! "sentences", "passes", "median_pass_seconds", "best_pass_seconds",
//! "best_cpu_seconds", "mb_per_s", "sentences_per_s", "best_mb_per_s",
//! "best_sentences_per_s", "cpu_mb_per_s", "cpu_sentences_per_s"}]}`: rates of
//! the median pass and of the fastest one (wall clock), and of the pass that
//! took the least CPU time of this thread (MB = 10^6 bytes of UTF-8 input).

use std::hint::black_box;
use std::time::{Duration, Instant};

struct Doc {
    text: String,
    lang: String,
}

fn usage() -> ! {
    eprintln!("usage: sourcelight-bench [--repeat 1,10,100] [--min-secs S] [--passes N] [--lang CODE] FILE...");
    std::process::exit(2);
}

fn main() {
    let mut repeats = vec![1usize, 10, 100];
    let mut min_secs = 1.0f64;
    let mut passes: Option<usize> = None;
    let mut force_lang: Option<String> = None;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => {
                let v = args.next().unwrap_or_else(|| usage());
                repeats = v.split(',').map(|k| k.trim().parse().unwrap_or_else(|_| usage())).collect();
            }
            "--min-secs" => min_secs = args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage()),
            "--passes" => passes = Some(args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage())),
            "--lang" => force_lang = Some(args.next().unwrap_or_else(|| usage())),
            "-h" | "--help" => usage(),
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        usage();
    }
    let known: Vec<String> = sourcelight::lexicon::languages().iter().map(|l| l.code.to_string()).collect();
    let base: Vec<Doc> = files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
                eprintln!("sourcelight-bench: {path}: {e}");
                std::process::exit(1);
            });
            let name = std::path::Path::new(path).file_name().and_then(|n| n.to_str()).unwrap_or("");
            let prefix = name.split('-').next().unwrap_or("");
            let lang = force_lang
                .clone()
                .unwrap_or_else(|| if known.iter().any(|k| k == prefix) { prefix.to_string() } else { "auto".into() });
            Doc { text, lang }
        })
        .collect();

    let mut runs = Vec::new();
    for &k in &repeats {
        let docs: Vec<Doc> = base
            .iter()
            .map(|d| Doc { text: vec![d.text.as_str(); k.max(1)].join("\n\n"), lang: d.lang.clone() })
            .collect();
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        let pass = || -> usize {
            let mut sentences = 0;
            for d in &docs {
                let a = sourcelight::analyze(black_box(&d.text), &d.lang).expect("known language");
                sentences += a.sentences.len();
                black_box(a);
            }
            sentences
        };
        // Per-pass wall-clock and thread CPU times (the CPU time leaves out what
        // other processes take on a shared machine).
        let (mut times, mut cpu) = (Vec::new(), Vec::new());
        let sentences = pass(); // warm-up, and the sentence count
        let budget = Duration::from_secs_f64(min_secs);
        let mut total = Duration::ZERO;
        while match passes { Some(n) => times.len() < n.max(1), None => total < budget || times.len() < 3 } {
            let (t, c) = (Instant::now(), thread_cpu_seconds());
            black_box(pass());
            let el = t.elapsed();
            cpu.push(thread_cpu_seconds() - c);
            total += el;
            times.push(el.as_secs_f64());
        }
        times.sort_by(f64::total_cmp);
        cpu.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        runs.push(format!(
            "{{\"repeat\":{k},\"files\":{},\"bytes\":{bytes},\"sentences\":{sentences},\"passes\":{},\"median_pass_seconds\":{median:.6},\"best_pass_seconds\":{:.6},\"best_cpu_seconds\":{:.6},\"mb_per_s\":{:.4},\"sentences_per_s\":{:.1},\"best_mb_per_s\":{:.4},\"best_sentences_per_s\":{:.1},\"cpu_mb_per_s\":{:.4},\"cpu_sentences_per_s\":{:.1}}}",
            docs.len(),
            times.len(),
            times[0],
            cpu[0],
            bytes as f64 / median / 1e6,
            sentences as f64 / median,
            bytes as f64 / times[0] / 1e6,
            sentences as f64 / times[0],
            bytes as f64 / cpu[0] / 1e6,
            sentences as f64 / cpu[0],
        ));
    }
    println!("{{\"runs\":[{}]}}", runs.join(","));
}

/// CPU time of this thread, in seconds (Linux: `CLOCK_THREAD_CPUTIME_ID`,
/// through the C library std already links; elsewhere wall-clock time).
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_seconds() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `t` is a valid, writable timespec; the call only writes it.
    unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.sec as f64 + t.nsec as f64 * 1e-9
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_seconds() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}
