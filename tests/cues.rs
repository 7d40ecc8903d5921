//! Each cue family of the label guide, on the guide's own examples and
//! sentences of our own: `t!(name, lang, sentence, [labels])` asserts the
//! exact own labels of a one-sentence text.

mod common;

use common::{A, N, U};
use sourcelight::{analyze_sentences, Category};

#[track_caller]
fn check(lang: &str, text: &str, want: &[Category]) {
    common::check_last(lang, &[text], want, false);
}

macro_rules! t {
    ($name:ident, $lang:expr, $text:expr, [$($c:expr),*]) => {
        #[test]
        fn $name() {
            check($lang, $text, &[$($c),*]);
        }
    };
}

// Anonymous sources: unnamed individuals.
t!(en_senior_official, "en", "The troops will leave next month, a senior official said.", [A]);
t!(en_people_familiar, "en", "The talks stalled on Friday, according to people familiar with the matter.", [A]);
t!(en_one_person_briefed, "en", "One person briefed on the talks said the offer was rejected.", [A]);
t!(en_diplomat_unnamed, "en", "A diplomat who asked not to be named described the meeting as tense.", [A]);
t!(fr_source_proche, "fr", "Le contrat a été signé hier, selon une source proche du dossier.", [A]);
t!(fr_haut_responsable, "fr", "Un haut responsable a confirmé la réunion.", [A]);
t!(fr_nos_informations, "fr", "Selon nos informations, le ministre quittera ses fonctions.", [A]);
t!(fr_source_haut_placee, "fr", "L'attaque était coordonnée depuis Almaty, selon une source de renseignements très haut placée.", [A]);
t!(fr_inverted_unnamed, "fr", "« Rien n'est décidé », confie un conseiller.", [A]);
t!(fr_explique_t_on, "fr", "« Le calendrier sera tenu », explique-t-on à Matignon.", [A]);
// …with a participle clause between the subject and the verb: the subject
// speaks, not the nouns of the clause.
t!(en_official_speaking_anonymity, "en", "A U.S. defense official, speaking on the condition of anonymity to discuss sensitive operations, said the drone was shot down.", [A]);
t!(en_diplomat_briefed_incise, "en", "A senior European diplomat, briefed on the talks in Geneva last week, said the deal was close.", [A]);
t!(fr_diplomate_interroge_par_afp, "fr", "Un diplomate européen, interrogé par l'AFP, a affirmé que l'accord était proche.", [A]);
t!(fr_ministre_interroge_par_afp, "fr", "Le ministre, interrogé par l'AFP, a affirmé que l'accord était proche.", [N]);
t!(fr_subject_before_bare_description, "fr", "Place de la Bastille, un manifestant, gilet jaune sur le dos et crâne en sang, explique avoir été frappé.", [A]);
t!(en_subject_before_bare_description, "en", "Near the station, a protester, arms folded, said that he had been beaten.", [A]);
t!(en_name_after_quote_with_long_apposition, "en", "“We had some issues,” Mayer, the company’s chairman of direct-to-consumer and international, said Tuesday at a conference.", [N]);
t!(en_age_aside_before_apposition, "en", "One of the protesters, Hayley Walsh, 42, a lecturer from Nottingham, said the marches had changed nothing.", [N]);
t!(en_incise_with_subject_first_name, "en", "“I like to see it from the fans’ perspective,” Kelce shared.", [N]);
t!(en_incise_with_subject_first_pronoun, "en", "“She was furious,” he remembered with a laugh.", [N]);
t!(fr_adverb_between_aux_and_participle, "fr", "Nous sommes décidés à répondre aux attentes du public, a simplement ajouté l’entreprise.", [N]);
t!(fr_adverb_after_impersonal_passive, "fr", "L’accès à la plage est interdit et il est fortement déconseillé de se rendre en forêt.", []);
t!(fr_reflexive_incise_compound_tense, "fr", "« Bordeaux paierait-elle la rançon de sa réussite ? », s'était-il interrogé.", [N]);
t!(en_another_as_speaker, "en", "Another reportedly said the plan was doomed.", [A, U]);
t!(fr_un_autre_as_speaker, "fr", "Un autre raconte qu'il a dormi dehors.", [A]);
t!(fr_images_without_author, "fr", "Selon des images diffusées sur les réseaux sociaux, des insultes ont fusé.", [A]);
t!(it_feeling_is_no_report, "it", "La ministra si dice preoccupata per i conti delle regioni.", []);
t!(it_stance_is_a_report, "it", "La ministra si dice convinta che i conti torneranno in ordine.", [N]);
t!(fr_il_se_peut_que, "fr", "Il se peut que le pouvoir n’ait pas mesuré l’ampleur de la colère.", [U]);
t!(fr_une_chose_est_sure, "fr", "Une chose est sûre : la réforme ne passera pas en l'état.", [U]);
t!(en_one_thing_is_certain, "en", "One thing is certain: the deal is dead.", [U]);
t!(en_it_stands_to_reason, "en", "It stands to reason that the bank knew.", [U]);
t!(de_eines_ist_sicher, "de", "Eines ist sicher: Der Vertrag ist gescheitert.", [U]);
t!(es_una_cosa_es_segura, "es", "Una cosa es segura: el acuerdo ha muerto.", [U]);
t!(pt_uma_coisa_e_certa, "pt", "Uma coisa é certa: o acordo morreu.", [U]);
t!(it_una_cosa_e_certa, "it", "Una cosa è certa: l'accordo è morto.", [U]);
t!(fr_coordinated_subject_not_a_description, "fr", "Maxime Combes, membre d'Attac, et quatorze autres signataires, admettent que la taxe est injuste.", [N]);
t!(en_named_speaking_at_conference, "en", "Mr. Smith, speaking at a news conference in Washington on Tuesday, said the deal was close.", [N]);

// Anonymous sources: unnamed groups.
t!(en_officials_said, "en", "Officials said the plant was closed.", [A]);
t!(en_us_officials, "en", "U.S. officials said the strike hit a depot.", [A]);
t!(en_pentagon_officials, "en", "Pentagon officials said the review would take weeks.", [A]);
t!(en_intelligence_sources, "en", "Intelligence sources say the convoy left at dawn.", [A]);
t!(fr_services_secrets, "fr", "Les sources des services secrets kirghizes attribuent l'opération à des ONG.", [A]);
t!(fr_sources_securitaires, "fr", "Des sources sécuritaires évoquent une cinquantaine de morts.", [A]);
t!(en_media_reports, "en", "The plane was diverted, according to media reports.", [A]);
t!(fr_presse_locale, "fr", "Trois personnes ont été arrêtées, selon la presse locale.", [A]);
// A capital that only opens the sentence is no name.
t!(en_frustrated_parents, "en", "Frustrated parents complained that the school ignored them.", [A]);
t!(en_surname_first_is_named, "en", "Clark in October revealed plans to expand the fleet.", [N]);

// Anonymous sources: vague crowds and anonymity formulas.
t!(en_some_experts, "en", "Some experts say the vaccine was rushed.", [A]);
t!(en_critics_argue, "en", "Critics argue the law goes too far.", [A]);
t!(fr_beaucoup_estiment, "fr", "Beaucoup estiment que la réforme est morte.", [A]);
t!(fr_on_dit_que, "fr", "On dit que le président hésite encore.", [A]);
t!(en_anonymity_formula, "en", "The decision was final, said the aide, speaking on condition of anonymity.", [A]);
t!(fr_couvert_anonymat, "fr", "Le projet est abandonné, affirme un cadre sous couvert d'anonymat.", [A]);
t!(en_not_authorized, "en", "The deal is off, said a person who was not authorized to speak publicly.", [A]);

t!(en_has_learned, "en", "The Times has learned that the deal collapsed.", [A]);
t!(en_knowledge_of_plans, "en", "The decision was confirmed by two people with knowledge of the plans.", [A]);
t!(en_lawmakers_privately, "en", "Several lawmakers said they would oppose the bill.", [A]);
t!(fr_plusieurs_temoins, "fr", "Selon plusieurs témoins, le conducteur roulait à vive allure.", [A]);
t!(fr_source_policiere, "fr", "D'après une source policière, l'homme était armé.", [A]);

t!(en_bare_plural, "en", "The slowdown will deepen, economists say.", [A]);
t!(fr_des_plural, "fr", "Des diplomates européens affirment que l'accord est proche.", [A]);
t!(en_participle_object_not_speaker, "en", "Analysts covering the company said the results were weak.", [A]);
t!(en_both_sides_not_bare, "en", "The two leaders met in Geneva.", []);

// Named sources.
t!(en_putin_said, "en", "Putin said the troops would leave.", [N]);
t!(en_pentagon_statement, "en", "The Pentagon said in a statement that the strike was lawful.", [N]);
t!(en_spokeswoman_ministry, "en", "A spokeswoman for the ministry said the talks would resume.", [N]);
t!(en_police_said, "en", "Police said two men were arrested.", [N]);
t!(en_according_to_report, "en", "Costs doubled, according to the RAND report.", [N]);
t!(en_according_to_reuters, "en", "The deal was signed, according to Reuters.", [N]);
t!(en_inverted_named, "en", "“We will not back down,” said Prime Minister Scott Morrison.", [N]);
t!(en_apposition, "en", "Eswar Prasad, a trade professor at Cornell, said tariffs were rising.", [N]);
t!(fr_declare_tokaiev, "fr", "« La situation est sous contrôle », a déclaré Kassym-Jomart Tokaïev.", [N]);
t!(fr_selon_kulov, "fr", "Selon Kulov, Massimov a organisé les émeutes.", [N]);
t!(fr_parquet, "fr", "Le parquet a annoncé l'ouverture d'une enquête.", [N]);
t!(fr_police_indique, "fr", "La police a indiqué que deux hommes avaient été interpellés.", [N]);
t!(fr_a_t_il_ajoute, "fr", "« C'est fini », a-t-il ajouté.", [N]);
t!(fr_incise_in_quote, "fr", "« En une semaine, on a perdu trois mètres, pointe Philippe de Gonneville, le maire. Il faut agir.", [N]);
t!(fr_quote_opens_at_verb, "fr", "Le Conseil d'État a «constaté que l'usage du LBD avait provoqué des blessures».", [N]);
t!(fr_quoted_verb, "fr", "Le syndicat Alternative CFDT \"salue\" cette initiative.", [N]);
t!(fr_rapporte_le_monde, "fr", "La réunion a été annulée, a rapporté Le Monde.", [N]);
t!(en_he_said_after_name, "en", "He said the plan was sound.", [N]);

// A narrator's incise in a compound tense inside the quotation.
t!(fr_incise_passe_compose, "fr", "« Le club est en danger, a averti le président. Il faut agir vite. »", [N]);
t!(fr_incise_clitique_inverse, "fr", "« Le club est en danger, a-t-il averti. »", [N]);
t!(fr_incise_anonyme, "fr", "« Le club est en danger, a prévenu un dirigeant. »", [A]);

// A quotation after a colon is the words of the clause's subject.
t!(fr_colon_quote_named, "fr", "Le ministre a été clair : « Nous ne céderons pas. »", [N]);
t!(fr_colon_quote_unnamed, "fr", "Un policier a résumé la situation : « On est débordés. »", [A]);
t!(en_colon_quote_named, "en", "Smith was blunt: \"We will not back down.\"", [N]);
t!(fr_colon_quote_no_speaker, "fr", "Mais voici l’argument décisif : « Les pays ont montré qu’ils ne laisseront pas le chaos. »", []);

// A named body inside an unnamed crowd speaks too.
t!(en_rights_groups_including_hrw, "en", "Rights groups including Human Rights Watch said the trial was unfair.", [A, N]);
t!(en_including_numbers_no_speaker, "en", "The attack killed 19 people, including 17 foreigners.", []);

// Unverified: allegation and rumour markers.
t!(en_reportedly, "en", "Moscow reportedly targeted the depot.", [U]);
t!(en_allegedly, "en", "The minister allegedly took bribes.", [U]);
t!(en_is_said_to, "en", "The general is said to be furious.", [U]);
t!(fr_pretendument, "fr", "Le document prétendument volé a été retrouvé.", [U]);
t!(fr_presume, "fr", "Le présumé coupable a été libéré.", [U]);
t!(en_alleged_plot_named, "en", "Prosecutors said the alleged plot was foiled.", [N, U]);
t!(en_not_confirmed, "en", "The death toll could not be independently verified.", [U]);
// Unverified: the reportive conditional.
t!(fr_aurait_cible, "fr", "Moscou aurait ciblé les anciens dirigeants.", [U]);
t!(fr_serait_detenu, "fr", "L'ancien chef serait détenu dans une prison secrète.", [U]);
t!(fr_auraient_ete_formes, "fr", "Les attaquants auraient été formés en Turquie.", [U]);
t!(fr_cela_indiquerait, "fr", "Cela indiquerait donc un affrontement entre clans.", [U]);
t!(fr_il_y_aurait, "fr", "Il y aurait une trentaine de morts.", [U]);
t!(fr_s_agirait, "fr", "Il s'agirait d'un règlement de comptes.", [U]);
t!(fr_envisagerait, "fr", "Le gouvernement envisagerait de relever la TVA.", [U]);
t!(fr_pourrait_s_agir, "fr", "Il pourrait s'agir d'un acte criminel.", [U]);
// …and the grammatical conditional, left alone.
t!(fr_aurait_du, "fr", "Le ministre aurait dû démissionner depuis longtemps.", []);
t!(fr_si_hypothesis, "fr", "S'il pleuvait, le match serait annulé.", []);
t!(fr_politeness, "fr", "Je voudrais remercier les secouristes.", []);
t!(fr_future_in_past, "fr", "Le président a dit qu'il viendrait demain.", [N]);
t!(fr_forecast_devrait, "fr", "La croissance devrait ralentir l'an prochain.", []);
t!(fr_quote_of_named, "fr", "Poutine a déclaré : « les troupes partiraient bientôt ».", [N]);
t!(fr_imparfait_lookalike, "fr", "Il tirait sur la corde et ouvrait la porte.", []);
t!(en_if_hypothesis, "en", "If it rained, the match would be cancelled.", []);
// A hypothesis governs its own clause and the clause it conditions, not the
// whole sentence; a future time makes a modal a forecast.
t!(fr_meme_si_concession, "fr", "Le président aurait rencontré son homologue mardi, même si l'Élysée dément.", [U]);
t!(fr_si_other_clause, "fr", "Le suspect aurait pris la fuite ; si la police le retrouve, il sera jugé.", [U]);
t!(fr_si_incise, "fr", "Le texte, s'il était adopté, entrerait en vigueur en janvier.", []);
t!(fr_si_closing, "fr", "Il viendrait, s'il était invité.", []);
t!(fr_en_cas_de_inside, "fr", "Le club serait assuré du maintien en cas de victoire.", []);
t!(fr_devraient_avoir_ete_d_ici, "fr", "Les travaux devraient avoir été achevés d'ici la fin de l'année.", []);
t!(en_by_christmas_fronted, "en", "By Christmas, the club might have a new owner.", []);
t!(en_speculation_not_a_modal, "en", "There is speculation the company could be broken up within months.", [U]);

// "Chances are": a guess about a past fact, not a forecast.
t!(en_chances_are_past, "en", "Chances are the virus was circulating for weeks before it was detected.", [U]);
t!(en_chances_are_forecast, "en", "Chances are the bank will cut rates next month.", []);

// Unverified: speculation offered as a finding.
t!(en_may_have_been, "en", "The fire may have been set deliberately.", [U]);
t!(en_appears_to, "en", "The vessel appears to have changed course.", [U]);
t!(fr_pourraient_avoir, "fr", "Les services pourraient avoir préparé l'opération.", [U]);
t!(fr_il_semble, "fr", "Il semble que le cessez-le-feu ne tienne plus.", [U]);
t!(fr_ressemble, "fr", "Ce qui s'est passé ressemble de plus en plus à un coup d'État.", [U]);
t!(en_forecast_could, "en", "The deal could be signed next week.", []);
// Unverified: impersonal attribution and certainty instead of evidence.
t!(en_it_is_believed, "en", "It is believed the group has fled north.", [U]);
t!(en_is_thought_to, "en", "The leader is thought to be in hiding.", [U]);
t!(fr_on_sait_que, "fr", "On sait que les négociations ont échoué.", [U]);
t!(fr_il_est_admis, "fr", "Il est admis que la réforme a échoué.", [U]);
t!(fr_personne_au_courant, "fr", "Pratiquement personne n'est au courant, mais un coup d'État a été déjoué.", [U]);
t!(fr_pas_un_mystere, "fr", "Ce n'est donc pas un mystère que les forces russes étaient prêtes.", [U]);
t!(en_it_is_clear, "en", "It is clear that the strike was planned for months.", [U]);
t!(fr_sans_aucun_doute, "fr", "Sans aucun doute, l'attaque venait de l'étranger.", [U]);

t!(en_linked_with, "en", "The striker was previously linked with a move to Madrid.", [U]);
t!(en_hailed_as, "en", "The country has been hailed as a model of democratic transition.", [U]);
t!(en_speculation_that, "en", "The result fuelled speculation that the coach will leave.", [U]);
t!(fr_il_a_ete_observe, "fr", "Il a été observé que seules 20 % des trottinettes étaient bien garées.", [U]);
t!(fr_considere_comme, "fr", "Le ministre est considéré comme le successeur désigné.", [U]);
t!(fr_manifestement, "fr", "Manifestement, l'attaque avait été préparée de longue date.", [U]);

// Both at once.
t!(en_both, "en", "Moscow reportedly targeted the depot, officials said.", [A, U]);
t!(fr_both, "fr", "Moscou aurait ciblé les anciens dirigeants, selon une source proche du dossier.", [A, U]);

// Words that only look like reports: a noun after a preposition, a verb
// that opens the sentence, a participle with no inverted speaker, a
// passive participle, a modal contraction.
t!(en_noun_after_preposition, "en", "Meghan Markle has been criticised over comments about Britain.", []);
t!(en_imperative, "en", "Tell us what you think.", []);
t!(en_participle_no_inverted_speaker, "en", "The new chief will take the helm on Monday, vowing that rivals will have no idea what is about to hit them.", []);
t!(en_passive_found, "en", "Man arrested after seven trafficking victims found in car.", []);
t!(en_wont_tell, "en", "Subscribe to our newsletter to get stories the mainstream media won't tell you.", []);
t!(en_study_found, "en", "A study by the University of Oxford found that the drug cut deaths by a third.", [N]);

// A passive's agent speaks; a relative's subject is its antecedent, never
// an inverted object; a quantifier before things is no crowd.
t!(fr_agent_par_la_sncf, "fr", "Tempête : plusieurs dizaines d'incidents relevés par la SNCF.", [N]);
t!(fr_agent_par_des_manifestants, "fr", "Ces chiffres sont régulièrement contestés par des manifestants.", [A]);
t!(fr_par_telephone_no_agent, "fr", "Le ministre a indiqué par téléphone que la réunion était annulée.", [N]);
t!(en_agent_by_ministry, "en", "New figures announced by the ministry on Monday show a fall in crime.", [N]);
t!(en_concerned_by_no_agent, "en", "Security officials are particularly concerned by the collapse of Libya.", [A]);
t!(fr_relative_no_inversion, "fr", "Le Premier ministre a été la cible de la droite, qui condamne des couacs à répétition.", []);
// The guide: feelings are no source ("Demands, reactions and feelings are not sources").
t!(fr_des_parents_d_eleves, "fr", "Des parents d'élèves craignent une nouvelle fermeture de classe.", []);

// Transitions and proposals that only look like reports or conditionals.
t!(fr_cela_dit, "fr", "Cela dit, je partage l'avis du journaliste.", []);
t!(en_that_said, "en", "That said, the two companies made a good fit.", []);
t!(fr_serait_de_proposition, "fr", "Une solution serait de passer outre, au nom du principe de précaution.", []);
t!(fr_pour_d_autres_sans_virgule, "fr", "Le journal n'utilisera pas vos adresses pour d'autres communications.", []);

// "source" in other senses, credit lines and plain statements.
t!(en_sources_of_energy, "en", "Wind and sun are cheap sources of energy.", []);
t!(en_open_source, "en", "The company released its open-source model.", []);
t!(fr_source_du_nil, "fr", "La source du Nil a longtemps fasciné les explorateurs.", []);
t!(fr_credit_line, "fr", "source : https://thecradle.co", []);
t!(en_plain_fact, "en", "The museum reopened on Tuesday after a two-month closure.", []);
t!(fr_plain_fact, "fr", "Le musée a rouvert ses portes mardi après deux mois de travaux.", []);
t!(en_nouns_not_verbs, "en", "Vietnam rejects China's sweeping territorial claims of sovereignty.", []);

/// Own labels of each sentence of a small document (given sentences).
fn doc_labels(lang: &str, sentences: &[&str]) -> Vec<Vec<Category>> {
    analyze_sentences(sentences, lang).unwrap().sentences.iter().map(|s| s.labels.iter().collect()).collect()
}

#[test]
fn a_pronoun_after_a_named_person_is_not_the_earlier_unnamed_source() {
    let got = doc_labels(
        "en",
        &["Officials said the talks had stalled.", "President Donald Trump met the delegation on Friday.", "He said the deal was close."],
    );
    assert_eq!(got, vec![vec![A], vec![], vec![N]]);
}

#[test]
fn a_pronoun_right_after_an_unnamed_source_stays_unnamed() {
    let got = doc_labels("en", &["A senior official said the talks had stalled.", "He said the deal was dead."]);
    assert_eq!(got, vec![vec![A], vec![A]]);
}

#[test]
fn a_definite_description_points_back_at_the_last_speaker() {
    let got = doc_labels("en", &["Jane Smith, a climate expert, said the results were clear.", "The expert said more trials were needed."]);
    assert_eq!(got, vec![vec![N], vec![N]]);
    let got = doc_labels("en", &["A senior official said the talks had stalled.", "The official said the deal was dead."]);
    assert_eq!(got, vec![vec![A], vec![A]]);
    // With nobody before it, "the official" is an unnamed person.
    let got = doc_labels("en", &["The official said the deal was dead."]);
    assert_eq!(got, vec![vec![A]]);
}

#[test]
fn a_named_person_among_rare_people_is_named() {
    // Regression: "rares personnes qui soulignaient" once made the named
    // political scientist an anonymous source.
    let got = doc_labels("fr", &["Le politologue tadjik Parviz Mullojanov faisait partie des rares personnes qui soulignaient que 8 000 djihadistes étaient prêts."]);
    assert!(!got[0].contains(&A), "{got:?}");
}

#[test]
fn overlapping_cues_of_one_category_merge_into_one() {
    let text = "Les sources des services secrets kirghizes attribuent l'opération à des ONG.";
    let a = analyze_sentences(&[text], "fr").unwrap();
    let anon: Vec<_> = a.sentences[0].cues.iter().filter(|c| c.category == A).collect();
    assert_eq!(anon.len(), 1, "{anon:?}");
    assert!(anon[0].span.slice(text).starts_with("Les sources des services"), "{}", anon[0].span.slice(text));
    assert_eq!(anon[0].rule, "unnamed_sources");
}

#[test]
fn a_long_source_description_is_covered_whole() {
    let text = "Le centre se trouvait à Almaty, selon une source de renseignements très haut placée en Asie centrale.";
    let a = analyze_sentences(&[text], "fr").unwrap();
    let cue = a.sentences[0].cues.iter().find(|c| c.category == A).expect("an anonymous cue");
    assert!(cue.span.slice(text).ends_with("en Asie centrale"), "{}", cue.span.slice(text));
}

#[test]
fn a_pronoun_keeps_the_speaker_it_found_in_mind() {
    // "They insist" finds the villagers; two sentences and a heading later,
    // "they say" still means them, not someone named.
    let got = doc_labels("en", &[
        "Villagers argue that the mine is ruining their fields.",
        "They insist that the company should pay for the damage.",
        "Kickbacks for chiefs",
        "What frustrates the villagers most, they say, is that the chiefs take bribes.",
    ]);
    assert_eq!(got[3], vec![A], "{got:?}");
    // Without the chain, the same pronoun stands for a named person.
    let got = doc_labels("en", &["Kickbacks for chiefs", "What frustrates the villagers most, they say, is that the chiefs take bribes."]);
    assert!(!got[1].contains(&A), "{got:?}");
}

// A list of place names ends the phrase; the residents speak.
t!(en_residents_of_a_list_of_places, "en", "Residents of Ha Tuke, Mechaling, Ha Lephallo, Ha Pitso and Mokotane say they now live in fear.", [A]);
t!(fr_habitants_d_une_liste_de_villages, "fr", "Des habitants de Saint-Jean, Montreuil, Val Fleuri et Beaulieu affirment que l'eau est polluée.", [A]);
// A list of names alone stays named.
t!(en_a_list_of_names_is_named, "en", "Smith, Jones and Brown said the plan would fail.", [N]);

// An unnamed speaker inside what a named source says is part of it.
t!(en_unnamed_speaker_inside_a_named_report, "en", "He added that some leaders now deny that any agreements ever existed.", [N]);
t!(fr_anonyme_dans_le_propos_d_un_nomme, "fr", "Le maire a ajouté que certains élus nient désormais avoir signé l'accord.", [N]);
// After a comma and "but", it is a second assertion.
t!(en_unnamed_speaker_after_a_named_clause, "en", "The minister said the deal was done, but officials said talks were continuing.", [N, A]);

// A study no name, author, article or owner identifies is an unnamed source.
t!(en_unnamed_survey_reveals, "en", "The singer is less popular than her rival as survey reveals telling results.", [A]);
t!(en_unnamed_research_shows, "en", "And existing research into hibernation shows it gives radiation protection.", [A]);
t!(en_the_study_is_identified, "en", "The study found the spacecraft mass could be reduced by a third.", [N]);
t!(en_a_named_poll, "en", "A YouGov poll found that most voters back the plan.", [N]);
t!(fr_selon_une_etude_anonyme, "fr", "Selon une étude publiée mardi, le vaccin réduit de 80 % les formes graves.", [A]);
t!(fr_selon_une_etude_du_lancet, "fr", "Selon une étude publiée dans The Lancet, le vaccin réduit de 80 % les formes graves.", [N]);
// "shows" reports only with a study as subject.
t!(en_a_person_shows_no_report, "en", "Meghan Markle shows true colours with tragic blog post about her father.", []);
t!(fr_une_etude_montre, "fr", "Une étude récente montre que le télétravail réduit le stress.", [A]);

// A crowd's view given as the account.
t!(en_what_many_saw_as, "en", "The party came under fire for what many Tunisians saw as a failure to act.", [A]);
t!(en_many_see_him_as, "en", "Many see him as the favourite to win the leadership.", [A]);
t!(fr_ce_que_beaucoup_voient_comme, "fr", "Le parti a été critiqué pour ce que beaucoup voient comme un renoncement.", [A]);
t!(en_a_named_view_as, "en", "Smith sees the plan as a failure.", [N]);
t!(fr_il_a_cependant_ete_observe, "fr", "Il a cependant été observé que seulement 20 % des trottinettes étaient bien garées.", [U]);

// A conditional in a restrictive relative under a main clause of duty,
// possibility or request is a hypothesis; under a past fact it reports.
t!(fr_relative_hypothetique_pourra, "fr", "Aucune mesure de rétorsion ne pourra viser l'agent qui aurait dénoncé des actes illégaux.", []);
t!(fr_relative_hypothetique_doivent, "fr", "Les personnes qui auraient été en contact avec le malade doivent se faire tester.", []);
t!(fr_relative_rapportee_passee, "fr", "Le suspect qui aurait tiré sur les policiers a été arrêté mardi.", [U]);
t!(fr_relative_non_restrictive_rapporte, "fr", "Le suspect, qui aurait tiré sur les policiers, pourra être jugé dès lundi.", [U]);

// A collective before "of"/« de » lets the noun after it lead.
t!(en_a_team_of_researchers_said, "en", "A team of researchers said the samples were contaminated.", [A]);
t!(en_a_group_of_residents_said, "en", "A group of residents said the council had ignored their complaints.", [A]);
t!(en_the_team_said, "en", "The team said the deal was done.", [N]);
t!(fr_un_groupe_d_habitants, "fr", "Un groupe d'habitants affirme que l'eau est polluée.", [A]);
t!(fr_le_groupe_stellantis, "fr", "Le groupe Stellantis a annoncé la fermeture du site.", [N]);

// An unnamed crowd offering its account.
t!(en_experts_put_forward_explanations, "en", "Experts have put forward several explanations for the sudden drop.", [A]);
t!(fr_des_experts_avancent_des_hypotheses, "fr", "Des experts avancent plusieurs hypothèses pour expliquer la chute.", [A]);
t!(en_a_named_economist_offered_an_estimate, "en", "Jane Smith, an economist at the bank, offered a lower estimate.", []);

// A probability about a verb in the future is a forecast; about the past, a guess.
t!(fr_sans_doute_au_futur, "fr", "Le défenseur manquera sans doute le déplacement à Lens.", []);
t!(fr_sans_doute_au_passe, "fr", "Le défenseur a sans doute manqué son rendez-vous.", [U]);

// A relative clause that ends before the verb leaves the speech to its antecedent.
t!(en_relative_clause_before_the_verb, "en", "A former detective who worked on the original investigation said crucial evidence had been ignored.", [A]);

// An unnamed source set off by commas relays the main clause's named speaker.
t!(en_named_words_relayed_by_unnamed_people, "en", "The president privately told donors he was frustrated, according to two people briefed on the call.", [A]);
t!(en_named_outlet_citing_sources, "en", "Reuters reported on Thursday, citing three sources, that the deal was close.", [A, N]);

// What "if" supposes is not asserted; the writer's own guess is speculation.
t!(en_speculation_inside_an_if_clause, "en", "If it seemed like he had written the letter himself, it is because he had.", []);
t!(en_if_confirmed_stays_a_cue, "en", "The strike, if confirmed, would be the deepest yet.", [U]);
t!(en_the_writer_presumes, "en", "And I presume there were legal reasons for not using that structure.", [U]);
t!(fr_l_auteur_suppose, "fr", "Je suppose que la direction avait ses raisons.", [U]);
