//! German, Spanish, Italian and Portuguese data: one table of sentences per
//! language (written for these tests, not taken from the corpora), covering
//! each cue family and the grammatical uses that must be left alone, plus
//! language detection on a sample text per language.

use sourcelight::{analyze, Category};

const A: Category = Category::AnonymousSource;
const U: Category = Category::Unverified;
const N: Category = Category::NamedSource;

/// Each sentence, analysed alone, has exactly these own labels.
fn check(lang: &str, table: &[(&str, &[Category])]) {
    let mut failures = Vec::new();
    for (text, want) in table {
        let a = analyze(text, lang).unwrap();
        assert_eq!(a.sentences.len(), 1, "{lang}: not one sentence: {text}");
        let got = a.sentences[0].labels;
        let ok = Category::ALL.iter().all(|c| got.contains(*c) == want.contains(c));
        if !ok {
            let cues: Vec<_> = a.sentences[0].cues.iter().map(|c| format!("{}:{}", c.rule, &text[c.span.start..c.span.end])).collect();
            failures.push(format!("  {text}\n    want {want:?}, got {:?} {cues:?}", Category::ALL.iter().filter(|c| got.contains(**c)).collect::<Vec<_>>()));
        }
    }
    assert!(failures.is_empty(), "{lang}: {} of {} wrong:\n{}", failures.len(), table.len(), failures.join("\n"));
}

#[test]
fn german() {
    check(
        "de",
        &[
            // Anonymity formulas and unnamed sources.
            ("Der Plan sei gescheitert, hieß es aus Regierungskreisen.", &[A]),
            ("Aus Sicherheitskreisen verlautete, der Anschlag sei vereitelt worden.", &[A]),
            ("Ein Diplomat bestätigte den Vorgang unter der Bedingung der Anonymität.", &[A]),
            ("Die Gespräche stocken, sagte ein hochrangiger Beamter.", &[A]),
            ("Laut Insidern steht der Verkauf kurz bevor.", &[A]),
            ("Mehrere Quellen bestätigten den Rücktritt.", &[A]),
            ("Nach unseren Informationen wird der Vertrag nicht verlängert.", &[A]),
            ("Wie Medien berichten, ist der Minister erkrankt.", &[A]),
            ("Medienberichten zufolge wurde der Hafen geschlossen.", &[A]),
            ("Kritiker bemängeln die hohen Kosten des Projekts.", &[A]),
            // Named sources: people, institutions, documents.
            ("Die Polizei teilte mit, der Täter sei gefasst worden.", &[N]),
            ("Die Lage sei ernst, sagte Innenministerin Faeser am Montag.", &[N]),
            ("Laut Staatsanwaltschaft wurde Anklage erhoben.", &[N]),
            ("Das sei ein schwerer Fehler, so der Sprecher.", &[N]),
            ("Dem Bericht zufolge stiegen die Preise um zehn Prozent.", &[N]),
            ("Das Ministerium erklärte, die Zahlen seien vorläufig.", &[N]),
            // Allegation, hearsay "soll … haben", speculation, impersonal, certainty.
            ("Der angebliche Drahtzieher wurde in Wien festgenommen.", &[U]),
            ("Der mutmaßliche Täter ist 35 Jahre alt.", &[U]),
            ("Der Mann soll das Opfer mit einem Messer verletzt haben.", &[U]),
            ("Die Gelder sollen über Briefkastenfirmen geflossen sein.", &[U]),
            ("Offenbar wurde das Geld veruntreut.", &[U]),
            ("Die Ursache dürfte ein technischer Defekt gewesen sein.", &[U]),
            ("Es heißt, der Vorstand trete geschlossen zurück.", &[U]),
            ("Der Konzern gilt als Übernahmekandidat.", &[U]),
            ("Bekanntlich ist die Opposition gespalten.", &[U]),
            ("Zweifellos hat die Regierung versagt.", &[U]),
            // Both: hearsay marker plus an anonymous source.
            ("Der Minister soll Geld angenommen haben, wie es aus Koalitionskreisen hieß.", &[A, U]),
            // Left alone: plans and obligations with "soll", forecasts, hypotheses, plain facts.
            ("Das Gesetz soll im Herbst in Kraft treten.", &[]),
            ("Die Inflation dürfte im kommenden Jahr sinken.", &[]),
            ("Wenn es regnet, wird das Spiel abgesagt.", &[]),
            ("Die Energiequellen des Landes sind begrenzt.", &[]),
            ("Quelle: Statistisches Bundesamt", &[]),
            ("Der Zug fuhr um acht Uhr ab.", &[]),
        ],
    );
}

#[test]
fn spanish() {
    check(
        "es",
        &[
            ("Según fuentes cercanas a la investigación, el detenido confesó.", &[A]),
            ("Fuentes consultadas por este diario confirmaron la dimisión.", &[A]),
            ("Un funcionario habló bajo condición de anonimato.", &[A]),
            ("El acuerdo está cerrado, dijo un alto funcionario.", &[A]),
            ("Según medios locales, hubo tres heridos.", &[A]),
            ("Algunos expertos advierten del riesgo de recesión.", &[A]),
            ("La policía informó de que el sospechoso fue detenido.", &[N]),
            ("El ministro afirmó que la reforma saldrá adelante.", &[N]),
            ("Según la Fiscalía, el acusado actuó solo.", &[N]),
            ("“No vamos a ceder”, aseguró la portavoz del Gobierno.", &[N]),
            ("La empresa lo anunció en un comunicado.", &[N]),
            ("El sospechoso supuestamente huyó a Francia.", &[U]),
            ("El presunto autor del crimen fue detenido ayer.", &[U]),
            ("El ejército habría bombardeado la ciudad durante la noche.", &[U]),
            ("Los rehenes estarían retenidos en un sótano.", &[U]),
            ("Al parecer, el incendio empezó en la cocina.", &[U]),
            ("Parece que el gobierno ha cambiado de opinión.", &[U]),
            ("Se cree que el barco se hundió por una avería.", &[U]),
            ("Se dice que el entrenador dejará el club.", &[U]),
            ("Sin duda, este es el peor año de la década.", &[U]),
            ("El ministro habría cobrado comisiones, según fuentes policiales.", &[A, U]),
            // Left alone: forecasts, politeness, hypotheses, future in the past.
            ("La economía podría crecer un dos por ciento el próximo año.", &[]),
            ("El Gobierno debería aprobar el presupuesto en marzo.", &[]),
            ("Me gustaría agradecer a todos su apoyo.", &[]),
            ("Si lloviera, el partido sería suspendido.", &[]),
            ("El presidente dijo que viajaría a Roma.", &[N]),
            ("María quería volver a casa.", &[]),
            ("Las fuentes de energía renovables crecen.", &[]),
        ],
    );
}

#[test]
fn italian() {
    check(
        "it",
        &[
            ("Secondo fonti vicine al governo, il decreto slitta.", &[A]),
            ("Un funzionario ha parlato in condizione di anonimato.", &[A]),
            ("Secondo indiscrezioni, l'accordo è vicino.", &[A]),
            ("Secondo alcuni media, il ministro si dimetterà.", &[A]),
            ("Molti esperti ritengono che la crisi durerà.", &[A]),
            ("La polizia ha detto che il sospettato è stato arrestato.", &[N]),
            ("Il ministro ha dichiarato che la riforma passerà.", &[N]),
            ("Secondo la procura, l'imputato ha agito da solo.", &[N]),
            ("«Non cederemo», ha spiegato il portavoce del governo.", &[N]),
            ("L'azienda lo ha annunciato in una nota.", &[N]),
            ("Il presunto killer è stato fermato ieri.", &[U]),
            ("Il denaro è stato presumibilmente trasferito all'estero.", &[U]),
            ("L'esercito avrebbe bombardato la città durante la notte.", &[U]),
            ("Gli ostaggi sarebbero detenuti in una cantina.", &[U]),
            ("A quanto pare, l'incendio è partito dalla cucina.", &[U]),
            ("Sembra che il governo abbia cambiato idea.", &[U]),
            ("Si dice che l'allenatore lascerà il club.", &[U]),
            ("Senza dubbio è l'anno peggiore del decennio.", &[U]),
            ("Il ministro avrebbe incassato tangenti, secondo fonti investigative.", &[A, U]),
            // Left alone.
            ("L'economia potrebbe crescere del due per cento il prossimo anno.", &[]),
            ("Il governo dovrebbe approvare il bilancio a marzo.", &[]),
            ("Vorrei ringraziare tutti per il sostegno.", &[]),
            ("Se piovesse, la partita sarebbe rinviata.", &[]),
            ("Le fonti rinnovabili coprono metà del fabbisogno.", &[]),
        ],
    );
}

#[test]
fn portuguese() {
    check(
        "pt",
        &[
            ("Segundo fontes próximas da investigação, o detido confessou.", &[A]),
            ("Um funcionário falou sob condição de anonimato.", &[A]),
            ("O acordo está fechado, disse um alto funcionário.", &[A]),
            ("Segundo a imprensa local, houve três feridos.", &[A]),
            ("Alguns especialistas alertam para o risco de recessão.", &[A]),
            ("A polícia disse que o suspeito foi detido.", &[N]),
            ("O ministro afirmou que a reforma vai avançar.", &[N]),
            ("De acordo com o Ministério Público, o arguido agiu sozinho.", &[N]),
            ("“Não vamos ceder”, declarou o porta-voz do governo.", &[N]),
            ("A empresa anunciou a decisão em comunicado.", &[N]),
            ("O suspeito alegadamente fugiu para Espanha.", &[U]),
            ("O suposto autor do crime foi detido ontem.", &[U]),
            ("O exército teria bombardeado a cidade durante a noite.", &[U]),
            ("Os reféns estariam detidos numa cave.", &[U]),
            ("Aparentemente, o incêndio começou na cozinha.", &[U]),
            ("Parece que o governo mudou de ideias.", &[U]),
            ("Diz-se que o treinador vai deixar o clube.", &[U]),
            ("Acredita-se que o navio afundou por uma avaria.", &[U]),
            ("Sem dúvida, este é o pior ano da década.", &[U]),
            ("O ministro teria recebido subornos, segundo fontes policiais.", &[A, U]),
            // Left alone.
            ("A economia poderia crescer dois por cento no próximo ano.", &[]),
            ("O governo deveria aprovar o orçamento em março.", &[]),
            ("Eu gostaria de agradecer a todos o apoio.", &[]),
            ("Se chovesse, o jogo seria adiado.", &[]),
            ("O presidente disse que viajaria a Roma.", &[N]),
            ("A maioria queria voltar para casa.", &[]),
            ("As fontes de energia renováveis crescem.", &[]),
        ],
    );
}

#[test]
fn detects_each_language() {
    let samples = [
        ("de", "Die Regierung hat am Montag angekündigt, dass die Steuern im nächsten Jahr nicht erhöht werden. Das sei eine gute Nachricht für die Wirtschaft, sagte der Minister."),
        ("es", "El Gobierno anunció el lunes que no subirá los impuestos el próximo año. Es una buena noticia para la economía, dijo el ministro."),
        ("it", "Il governo ha annunciato lunedì che non aumenterà le tasse il prossimo anno. È una buona notizia per l'economia, ha detto il ministro."),
        ("pt", "O governo anunciou na segunda-feira que não vai aumentar os impostos no próximo ano. É uma boa notícia para a economia, disse o ministro."),
        ("fr", "Le gouvernement a annoncé lundi qu'il n'augmentera pas les impôts l'an prochain. C'est une bonne nouvelle pour l'économie, a déclaré le ministre."),
        ("en", "The government announced on Monday that it will not raise taxes next year. It is good news for the economy, the minister said."),
    ];
    for (code, text) in samples {
        assert_eq!(analyze(text, "auto").unwrap().lang, Some(code), "{text}");
    }
}
