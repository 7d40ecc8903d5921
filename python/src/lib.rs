//! The Python edge of Sourcelight: the only code that knows Python.
//!
//! It reads Python arguments, releases the GIL while the core works, converts
//! the core's UTF-8 byte offsets to Python string indices (code points) once,
//! and builds plain dicts and lists. The Python package `sourcelight` re-exports
//! these functions; `sourcelight.batch` runs them on Dask.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use sourcelight::{explain, Analysis, Labels, Summary};

create_exception!(
    sourcelight,
    SourcelightError,
    PyValueError,
    "An error of the Sourcelight core; the message is the command line's (for example an unknown language)."
);

/// Byte offsets into a text → Python string indices (code points).
/// ASCII text needs no table; otherwise one entry per byte, built once.
struct CharMap(Option<Vec<u32>>);

impl CharMap {
    fn new(text: &str) -> CharMap {
        if text.is_ascii() {
            return CharMap(None);
        }
        let mut table = vec![0u32; text.len() + 1];
        let mut chars = 0u32;
        let mut last = 0;
        for (b, _) in text.char_indices() {
            for slot in &mut table[last..=b] {
                *slot = chars;
            }
            chars += 1;
            last = b + 1;
        }
        for slot in &mut table[last..] {
            *slot = chars;
        }
        CharMap(Some(table))
    }

    fn get(&self, byte: usize) -> usize {
        match &self.0 {
            None => byte,
            Some(t) => t[byte.min(t.len() - 1)] as usize,
        }
    }
}

/// A cue, converted, ready for Python.
struct CueOut {
    start: usize,
    end: usize,
    category: &'static str,
    rule: &'static str,
    text: String,
    explanation: &'static str,
}

/// A sentence, converted, ready for Python.
struct SentenceOut {
    start: usize,
    end: usize,
    text: Option<String>,
    labels: Labels,
    context: Labels,
    cues: Vec<CueOut>,
}

/// Converts one analysis of `text` (or, for `label`, sentence `k` of it);
/// `with_text` adds each sentence's text, `explain_lang` each cue's explanation.
fn convert_sentence(s: &sourcelight::Sentence, text: &str, map: &CharMap, with_text: bool, explain_lang: Option<&str>) -> SentenceOut {
    SentenceOut {
        start: map.get(s.span.start),
        end: map.get(s.span.end),
        text: with_text.then(|| s.span.slice(text).to_string()),
        labels: s.labels,
        context: s.context,
        cues: s
            .cues
            .iter()
            .map(|c| CueOut {
                start: map.get(c.span.start),
                end: map.get(c.span.end),
                category: c.category.as_str(),
                rule: c.rule,
                text: c.span.slice(text).to_string(),
                explanation: explain_lang.map_or("", |l| explain(c.rule, l)),
            })
            .collect(),
    }
}

fn cues_to_py<'py>(py: Python<'py>, cues: &[CueOut], with_explanation: bool) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for c in cues {
        let d = PyDict::new(py);
        d.set_item("start", c.start)?;
        d.set_item("end", c.end)?;
        d.set_item("category", c.category)?;
        d.set_item("rule", c.rule)?;
        d.set_item("text", &c.text)?;
        if with_explanation {
            d.set_item("explanation", c.explanation)?;
        }
        list.append(d)?;
    }
    Ok(list)
}

fn summary_to_py<'py>(py: Python<'py>, s: &Summary) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("sentences", s.sentences)?;
    d.set_item("named_source", s.named_source)?;
    d.set_item("anonymous_source", s.anonymous_source)?;
    d.set_item("unverified", s.unverified)?;
    d.set_item("flagged", s.flagged)?;
    d.set_item("share_named", s.share_named)?;
    d.set_item("share_anonymous", s.share_anonymous)?;
    d.set_item("share_unverified", s.share_unverified)?;
    Ok(d)
}

/// Analyses a text: the object `sourcelight analyze - --json` prints, less
/// `file`. Offsets (`start`, `end`) are Python string indices into `text`
/// (the CLI's are UTF-8 bytes), so `text[c["start"]:c["end"]] == c["text"]`.
///
/// Returns `{"lang", "summary", "sentences", "speakers"}`; `lang` is None (and there are
/// no sentences) when `auto` finds no supported language. Raises
/// SourcelightError for an unknown language code. The GIL is released while
/// the core works.
#[pyfunction]
#[pyo3(signature = (text, lang = String::from("auto")), text_signature = "(text, lang='auto')")]
fn analyze<'py>(py: Python<'py>, text: String, lang: String) -> PyResult<Bound<'py, PyDict>> {
    let (a, sentences, map): (Analysis, Vec<SentenceOut>, CharMap) = py
        .detach(|| {
            let a = sourcelight::analyze(&text, &lang)?;
            let map = CharMap::new(&text);
            let explain_lang = a.lang.unwrap_or("en");
            let sentences = a.sentences.iter().map(|s| convert_sentence(s, &text, &map, true, Some(explain_lang))).collect();
            Ok::<_, sourcelight::UnknownLanguage>((a, sentences, map))
        })
        .map_err(|e| SourcelightError::new_err(e.to_string()))?;
    let out = PyDict::new(py);
    out.set_item("lang", a.lang)?;
    out.set_item("summary", summary_to_py(py, &a.summary)?)?;
    let list = PyList::empty(py);
    for s in &sentences {
        let d = PyDict::new(py);
        d.set_item("start", s.start)?;
        d.set_item("end", s.end)?;
        d.set_item("text", s.text.as_deref())?;
        d.set_item("labels", s.labels.names())?;
        d.set_item("context", s.context.names())?;
        d.set_item("cues", cues_to_py(py, &s.cues, true)?)?;
        list.append(d)?;
    }
    out.set_item("sentences", list)?;
    out.set_item("speakers", speakers_to_py(py, &a.speakers, &text, &map)?)?;
    Ok(out)
}

/// The ledger as `sourcelight analyze --json` prints it, with string indices.
fn speakers_to_py<'py>(py: Python<'py>, speakers: &[sourcelight::speakers::Speaker], text: &str, map: &CharMap) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for sp in speakers {
        let mentions = PyList::empty(py);
        for m in &sp.mentions {
            let d = PyDict::new(py);
            d.set_item("sentence", m.sentence)?;
            d.set_item("start", map.get(m.span.start))?;
            d.set_item("end", map.get(m.span.end))?;
            d.set_item("text", m.span.slice(text))?;
            mentions.append(d)?;
        }
        let d = PyDict::new(py);
        d.set_item("text", sp.first().span.slice(text))?;
        d.set_item("kind", sp.kind.as_str())?;
        d.set_item("sentences", sp.mentions.len())?;
        d.set_item("mentions", mentions)?;
        list.append(d)?;
    }
    Ok(list)
}

/// One record as read: its id (echoed back) and fields, or what is wrong.
struct Record {
    text: String,
    lang: Option<String>,
    article: Option<String>,
}

/// Reads record `n` (1-based); errors carry the CLI's wording with
/// "record N" for "line N".
fn read_record(n: usize, obj: &Bound<'_, PyAny>) -> Result<Record, String> {
    let Ok(d) = obj.cast::<PyDict>() else {
        return Err(format!("record {n}: expected a dict"));
    };
    let field = |name: &str| d.get_item(name).ok().flatten();
    for name in ["id", "text"] {
        if field(name).is_none() {
            return Err(format!("record {n}: missing field `{name}`"));
        }
    }
    let text = field("text").unwrap();
    let Ok(text) = text.cast::<PyString>() else {
        return Err(format!("record {n}: `text` must be a string"));
    };
    let text = text.extract::<String>().map_err(|_| format!("record {n}: `text` is not valid Unicode"))?;
    let opt = |name: &str| -> Result<Option<String>, String> {
        match field(name) {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(v) => match v.cast::<PyString>() {
                Ok(s) => s.extract::<String>().map(Some).map_err(|_| format!("record {n}: `{name}` is not valid Unicode")),
                Err(_) => Err(format!("record {n}: `{name}` must be a string")),
            },
        }
    };
    Ok(Record { text, lang: opt("lang")?, article: opt("article")? })
}

/// The `sourcelight label` contract, record by record. Each record is a dict
/// `{"id", "text", "lang"?, "article"?}` holding one sentence; consecutive
/// records with the same `article` (and `lang`) are one document, in order.
/// Returns one dict per record, in order:
/// `{"id", "labels", "context", "cues": [{"start", "end", "category", "rule", "text"}]}`
/// with offsets as Python string indices into that record's text. A bad
/// record (not a dict, a missing field, a non-string text, an unknown
/// language) gives `{"id", "error": "record N: ..."}` and the others are
/// still labelled. `lang` applies to records without one. The GIL is
/// released while the core works.
#[pyfunction]
#[pyo3(signature = (records, lang = String::from("auto")), text_signature = "(records, lang='auto')")]
fn label<'py>(py: Python<'py>, records: &Bound<'py, PyAny>, lang: String) -> PyResult<Bound<'py, PyList>> {
    let mut ids: Vec<Bound<'py, PyAny>> = Vec::new();
    let mut recs: Vec<Result<Record, String>> = Vec::new();
    for (k, obj) in records.try_iter()?.enumerate() {
        let obj = obj?;
        let id = obj.cast::<PyDict>().ok().and_then(|d| d.get_item("id").ok().flatten()).unwrap_or_else(|| py.None().into_bound(py));
        ids.push(id);
        recs.push(read_record(k + 1, &obj));
    }
    // Documents: runs of consecutive good records with the same article and
    // language; a record without `article` stands alone; bad records break no run.
    let mut docs: Vec<Vec<usize>> = Vec::new();
    let mut key: Option<(&str, &str)> = None;
    for (k, r) in recs.iter().enumerate() {
        let Ok(r) = r else { continue };
        let this = r.article.as_deref().map(|a| (a, r.lang.as_deref().unwrap_or("")));
        match (&this, &key, docs.last_mut()) {
            (Some(t), Some(prev), Some(doc)) if t == prev => doc.push(k),
            _ => docs.push(vec![k]),
        }
        key = this;
    }
    let results: Vec<Result<Vec<SentenceOut>, String>> = py.detach(|| {
        docs.iter()
            .map(|doc| {
                let rec = |k: usize| recs[k].as_ref().expect("documents hold good records");
                let texts: Vec<&str> = doc.iter().map(|&k| rec(k).text.as_str()).collect();
                let doc_lang = rec(doc[0]).lang.as_deref().unwrap_or(&lang);
                let a = sourcelight::analyze_sentences(&texts, doc_lang).map_err(|e| e.to_string())?;
                let empty = sourcelight::Sentence { span: sourcelight::Span::new(0, 0), labels: Labels::default(), context: Labels::default(), cues: vec![] };
                Ok(doc
                    .iter()
                    .enumerate()
                    .map(|(i, &k)| {
                        let text = &rec(k).text;
                        convert_sentence(a.sentences.get(i).unwrap_or(&empty), text, &CharMap::new(text), false, None)
                    })
                    .collect())
            })
            .collect()
    });
    let mut out: Vec<Option<Bound<'py, PyDict>>> = vec![None; recs.len()];
    let error = |k: usize, msg: String| -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("id", &ids[k])?;
        d.set_item("error", msg)?;
        Ok(d)
    };
    for (doc, result) in docs.iter().zip(results) {
        match result {
            Ok(sentences) => {
                for (&k, s) in doc.iter().zip(sentences) {
                    let d = PyDict::new(py);
                    d.set_item("id", &ids[k])?;
                    d.set_item("labels", s.labels.names())?;
                    d.set_item("context", s.context.names())?;
                    d.set_item("cues", cues_to_py(py, &s.cues, false)?)?;
                    out[k] = Some(d);
                }
            }
            Err(msg) => {
                for &k in doc {
                    out[k] = Some(error(k, format!("record {}: {msg}", k + 1))?);
                }
            }
        }
    }
    let list = PyList::empty(py);
    for (k, slot) in out.into_iter().enumerate() {
        let d = match (slot, &recs[k]) {
            (Some(d), _) => d,
            (None, Err(msg)) => error(k, msg.clone())?,
            (None, Ok(_)) => unreachable!("every good record belongs to a document"),
        };
        list.append(d)?;
    }
    Ok(list)
}

/// The language codes the data files define, in order (what `sourcelight
/// languages` lists). `auto` is accepted too wherever a language is asked for.
#[pyfunction]
fn languages() -> Vec<&'static str> {
    sourcelight::lexicon::languages().iter().map(|l| l.code.as_str()).collect()
}

/// The language `analyze` and `label` use for `text` given `lang`: the code
/// detected (`auto`) or asked for ("fr-FR" gives "fr"), None when `auto`
/// finds no supported language. Raises SourcelightError for an unknown code.
#[pyfunction]
#[pyo3(signature = (text, lang = String::from("auto")), text_signature = "(text, lang='auto')")]
fn language_of(py: Python<'_>, text: String, lang: String) -> PyResult<Option<&'static str>> {
    py.detach(|| sourcelight::resolve_language(&lang, &text).map(|l| l.map(|l| l.code.as_str())))
        .map_err(|e| SourcelightError::new_err(e.to_string()))
}

/// The main text of an HTML page, as the CLI's `analyze` reads an HTML
/// file and the extension reads the page (the article found by Readability,
/// furniture left out, block elements as line breaks).
#[pyfunction]
fn visible_text(py: Python<'_>, html: String) -> String {
    py.detach(|| sourcelight::page::main_text(&html))
}

/// The native part of the `sourcelight` package (import `sourcelight`).
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(label, m)?)?;
    m.add_function(wrap_pyfunction!(languages, m)?)?;
    m.add_function(wrap_pyfunction!(language_of, m)?)?;
    m.add_function(wrap_pyfunction!(visible_text, m)?)?;
    m.add("SourcelightError", m.py().get_type::<SourcelightError>())?;
    Ok(())
}
