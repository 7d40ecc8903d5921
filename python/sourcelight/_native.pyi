"""Type stubs of the native part of ``sourcelight`` (re-exported by the package)."""

from typing import Any, Iterable, List, Mapping, Optional, TypedDict, Union

class Cue(TypedDict):
    start: int
    """Python string index where the cue begins."""
    end: int
    """Python string index just past the cue."""
    category: str
    """``anonymous_source``, ``unverified`` or ``named_source``."""
    rule: str
    """The rule that found it (the key of its explanation)."""
    text: str
    """The cue's words (``text[start:end]``)."""

class ExplainedCue(Cue):
    explanation: str
    """One line, in the text's language (English when none was found)."""

class Sentence(TypedDict):
    start: int
    end: int
    text: str
    labels: List[str]
    """What the sentence's own words show."""
    context: List[str]
    """What it inherits from its neighbours."""
    cues: List[ExplainedCue]

class Summary(TypedDict):
    sentences: int
    named_source: int
    anonymous_source: int
    unverified: int
    flagged: int
    share_named: float
    share_anonymous: float
    share_unverified: float

class Mention(TypedDict):
    sentence: int
    """Index in ``sentences``."""
    start: int
    end: int
    text: str
    """The speaker's words there (``"Prasad"``, ``"he"``)."""

class Speaker(TypedDict):
    text: str
    """Its words as first written."""
    kind: str
    """``named_person``, ``named_institution``, ``unnamed`` or ``impersonal``."""
    sentences: int
    """How many sentences it speaks in (one mention each)."""
    mentions: List[Mention]

class Analysis(TypedDict):
    lang: Optional[str]
    """The language analysed; None when ``auto`` found no supported one."""
    summary: Summary
    sentences: List[Sentence]
    speakers: List[Speaker]
    """Who speaks, in order of first appearance."""

class Labelled(TypedDict):
    id: Any
    labels: List[str]
    context: List[str]
    cues: List[Cue]

class LabelError(TypedDict):
    id: Any
    error: str
    """``record N: ...``, the command line's message with ``record`` for ``line``."""

class SourcelightError(ValueError):
    """An error of the core, with the command line's message (e.g. an unknown language)."""

def analyze(text: str, lang: str = "auto") -> Analysis:
    """Analyses a text; raises SourcelightError for an unknown language code."""

def label(records: Iterable[Mapping[str, Any]], lang: str = "auto") -> List[Union[Labelled, LabelError]]:
    """The ``sourcelight label`` contract: one result per record, a bad record giving ``{"id", "error"}``."""

def languages() -> List[str]:
    """The language codes the core knows (``auto`` is accepted too)."""

def language_of(text: str, lang: str = "auto") -> Optional[str]:
    """The language code ``analyze``/``label`` use for ``text`` given ``lang``; None when ``auto`` finds none."""

def visible_text(html: str) -> str:
    """The main text of an HTML page (its article, furniture left out), as ``sourcelight analyze`` reads an HTML file."""
