//! Red-team of the French engine, fourth round: press sentences written for
//! this test (AFP dispatches, national and regional dailies, editorials and
//! op-eds, interviews, portraits, sport, economy, justice, international),
//! never taken from a corpus. Focus: the recall of `named_source` (every form
//! of on-the-record attribution: varied reporting verbs in every tense,
//! inversions with complements, colon quotations, narrative infinitives,
//! witnesses introduced by a first name and an age, agencies, institutions,
//! named documents, social networks, « pour X », « aux yeux de X ») and the
//! `context` labels over several sentences (a quotation continuing a named
//! speaker, the account after an unnamed source, and where inheritance must
//! stop), against the traps: the writer's own « nous » / « je », names that
//! act rather than speak, titles of works, place names. Gold labels follow
//! /work/shared/LABELS.md; a `//` note justifies the borderline ones.
//!
//! Decisions taken from the guide, kept from the earlier rounds:
//! - a witness given by a first name and an age (« Kevin, 27 ans, raconte »)
//!   is a named person: `named_source` (the reader is given who speaks; a
//!   pseudonym flagged as such, « dont le prénom a été modifié », is anonymous);
//! - « à en croire X », « aux yeux de X », « pour X , » with a named or
//!   official X is `named_source`;
//! - « ont constaté des journalistes de l'AFP » is the named agency reporting
//!   on the record: `named_source`;
//! - a named person's action (« Emmanuel Macron a inauguré ») is no
//!   attribution: unlabelled.
//!
//! `t!(name, text, [labels])` asserts the exact own labels of a one-sentence
//! text; `mc!(name, [sentences], [labels])` the context labels of the last
//! sentence; `doc!(name, [sentences], [[own]…], [[context]…])` checks a few
//! together.

#[macro_use]
mod common;

use common::{A, N, U};
use sourcelight::Category;

const LANG: &str = "fr";

#[track_caller]
fn check(texts: &[&str], want: &[Category], context: bool) {
    common::check_last(LANG, texts, want, context);
}

// ───────────── Verbes de parole variés : passé composé, sujet en tête ─────────────
t!(pc_a_martele_ministre, "Le ministre de l'Intérieur a martelé que l'ordre républicain serait rétabli.", [N]);
t!(pc_a_fait_valoir_depute, "Le député Jérôme Guedj a fait valoir que la mesure coûterait deux milliards.", [N]);
t!(pc_a_fait_savoir_club, "L'Olympique lyonnais a fait savoir que son gardien serait absent un mois.", [N]);
t!(pc_a_denonce_syndicat, "Le syndicat Sud-Rail a dénoncé une « provocation » de la direction.", [N]);
t!(pc_a_reclame_maire, "Le maire de Grenoble a réclamé l'intervention de l'État.", [N]);
t!(pc_s_est_insurge_senateur, "Le sénateur Bruno Belin s'est insurgé contre la fermeture de la maternité.", [N]);
t!(pc_s_est_felicitee_presidente, "La présidente de la région s'est félicitée de l'arrivée de l'usine.", [N]);
t!(pc_a_tacle_entraineur, "L'entraîneur marseillais a taclé l'arbitrage après la défaite.", [N]);
t!(pc_a_tempete_eleveur_nomme, "L'éleveur Jean-Paul Castan a tempêté contre les normes européennes.", [N]);
t!(pc_a_assure_pdg, "Le PDG d'Airbus, Guillaume Faury, a assuré que les cadences seraient tenues.", [N]);
t!(pc_a_confirme_ministere, "Le ministère des Armées a confirmé la mort d'un soldat français au Mali.", [N]);
t!(pc_a_reconnu_bayrou, "François Bayrou a reconnu que la situation budgétaire était « préoccupante ».", [N]);
t!(pc_a_rappele_secretaire_general, "Le secrétaire général de l'ONU a rappelé que les civils devaient être protégés.", [N]);
t!(pc_a_alerte_medecin_nomme, "Le professeur Gilles Pialoux a alerté sur la reprise de l'épidémie.", [N]);
t!(pc_a_plaide_avocat, "Son avocat, Me Emmanuel Daoud, a plaidé l'acquittement.", [N]);
t!(pc_a_regrette_capitaine, "Le capitaine des Bleus a regretté le manque de réalisme de son équipe.", [N]);
t!(pc_a_critique_ecologiste, "La députée écologiste Sandrine Rousseau a critiqué un budget « injuste ».", [N]);
t!(pc_a_salue_president, "Le président de la République a salué le courage des sauveteurs.", [N]);
t!(pc_a_estime_gouverneur, "Le gouverneur de la Banque de France a estimé que l'inflation était maîtrisée.", [N]);
t!(pc_a_exhorte_pape, "Le pape François a exhorté les belligérants à déposer les armes.", [N]);
t!(pc_a_qualifie_ministre, "La ministre a qualifié ces propos d'« inadmissibles ».", [N]);
t!(pc_a_justifie_prefet, "Le préfet de police a justifié l'interdiction par des risques de troubles.", [N]);
t!(pc_a_affirme_kremlin, "Le Kremlin a affirmé que les négociations étaient « au point mort ».", [N]);
t!(pc_a_conteste_groupe, "Le groupe Casino a contesté les chiffres avancés par les syndicats.", [N]);
t!(pc_a_revele_canard, "Le Canard enchaîné a révélé que le préfet avait été discrètement muté.", [N]);
t!(pc_a_evoque_premier_ministre, "Le Premier ministre a évoqué une « faute collective ».", [N]);
t!(pc_a_fustige_opposition_nommee, "Marine Le Pen a fustigé un « budget de matraquage fiscal ».", [N]);
t!(pc_a_promis_maire_nomme, "Benoît Payan a promis que les écoles seraient rénovées d'ici 2030.", [N]);
t!(pc_a_temoigne_mere, "La mère de la victime, Nadia Belkacem, a témoigné à la barre.", [N]);
t!(pc_a_precise_sdis, "Le Sdis de l'Hérault a précisé qu'aucun blessé n'était à déplorer.", [N]);

// ───────────── Présent de narration ─────────────
t!(pres_juge_economiste_nomme, "L'économiste Philippe Aghion juge la réforme « indispensable ».", [N]);
t!(pres_reclame_cgt, "La CGT réclame l'ouverture immédiate de négociations salariales.", [N]);
t!(pres_denonce_ligue, "La Ligue des droits de l'homme dénonce des contrôles au faciès.", [N]);
t!(pres_s_insurge_maire, "Le maire de Calais s'insurge contre le démantèlement du camp.", [N]);
t!(pres_se_felicite_ministre, "Le ministre de l'Agriculture se félicite d'une récolte record.", [N]);
t!(pres_tacle_nom, "Jean-Luc Mélenchon tacle le gouvernement sur la réforme des retraites.", [N]);
t!(pres_tempete_presidente, "La présidente de la FNSEA tempête contre l'accord avec le Mercosur.", [N]);
t!(pres_martele_nom, "Gérald Darmanin martèle que la fermeté paiera.", [N]);
t!(pres_fait_valoir_patronat, "Le Medef fait valoir que les entreprises ne peuvent plus absorber de hausses.", [N]);
t!(pres_previent_banque_centrale, "La Banque centrale européenne prévient qu'elle ne baissera pas ses taux.", [N]);
t!(pres_deplore_entraineur_nomme, "Christophe Galtier déplore le manque d'engagement de ses joueurs.", [N]);
t!(pres_assure_club, "Le Stade rennais assure que le transfert n'est pas à l'ordre du jour.", [N]);
t!(pres_affirme_ong, "Médecins sans frontières affirme avoir soigné plus de 300 blessés en une nuit.", [N]);
t!(pres_souligne_insee, "L'Insee souligne que le pouvoir d'achat a progressé de 0,8 % en un an.", [N]);
t!(pres_explique_chercheuse, "La chercheuse Valérie Masson-Delmotte explique que le réchauffement s'accélère.", [N]);
t!(pres_reconnait_directrice, "La directrice de l'hôpital reconnaît des « dysfonctionnements ».", [N]);
t!(pres_s_inquiete_unicef, "L'Unicef s'inquiète du sort de milliers d'enfants non accompagnés.", [N]);
t!(pres_nie_accuse_nomme, "Jean-Marc Duval nie toute implication dans l'escroquerie.", [N]);
t!(pres_accuse_ong, "Human Rights Watch accuse l'armée d'avoir bombardé des écoles.", [N]);
t!(pres_confie_actrice, "L'actrice Isabelle Huppert confie avoir hésité à accepter le rôle.", [N]);

// ───────────── Passé simple, plus-que-parfait, imparfait ─────────────
t!(ps_declara_de_gaulle, "« Je vous ai compris », déclara le général de Gaulle.", [N]);
t!(ps_affirma_president, "Le président du Conseil affirma que la France ne céderait pas.", [N]);
t!(ps_repondit_elle, "« Jamais », répondit-elle sans hésiter.", [N]);
t!(ps_expliqua_maire_nomme, "Le maire, Henri Lemoine, expliqua que le pont serait reconstruit.", [N]);
t!(pqp_avait_previent_ministre, "La ministre avait prévenu que les sanctions tomberaient.", [N]);
t!(pqp_avait_annonce_nom, "Olivier Véran avait annoncé la fin du masque obligatoire en avril.", [N]);
t!(pqp_avait_assure_club, "Le club avait assuré que le stade serait prêt pour la reprise.", [N]);
t!(pqp_avait_reconnu_directeur, "Le directeur de la prison avait reconnu un manque criant d'effectifs.", [N]);
t!(pqp_avait_dementi_elysee, "L'Élysée avait démenti toute rencontre entre les deux hommes.", [N]);
t!(imp_disait_nom, "Albert Camus disait que mal nommer les choses ajoute au malheur du monde.", [N]);
t!(imp_affirmait_parquet, "Le parquet affirmait alors que l'enquête serait bouclée avant l'été.", [N]);
t!(imp_expliquait_il, "« Je ne me représenterai pas », expliquait-il en janvier.", [N]);
t!(imp_confiait_elle_au_monde, "« J'ai douté de tout », confiait-elle au Monde en 2019.", [N]);
t!(fut_dira_ministre, "Le ministre s'exprimera devant les députés mardi.", []);

// ───────────── Inversions et incises avec compléments ─────────────
t!(inv_a_indique_jeudi_a_l_afp_maire, "Le tramway sera gratuit le week-end, a indiqué jeudi à l'AFP le maire de Lyon, Grégory Doucet.", [N]);
t!(inv_a_declare_mardi_soir_ministre, "Les frontières resteront ouvertes, a déclaré mardi soir le ministre de l'Intérieur.", [N]);
t!(inv_a_annonce_lundi_prefecture, "Trois communes ont été placées en vigilance rouge, a annoncé lundi la préfecture.", [N]);
t!(inv_a_precise_a_l_afp_parquet, "Deux personnes ont été placées en garde à vue, a précisé à l'AFP le parquet de Bobigny.", [N]);
t!(inv_a_affirme_sur_franceinfo, "Le gouvernement ne reculera pas, a affirmé sur franceinfo la porte-parole Maud Bregeon.", [N]);
t!(inv_a_rappele_dans_communique, "Le port du casque est obligatoire, a rappelé dans un communiqué la fédération.", [N]);
t!(inv_ont_indique_pompiers, "L'incendie est désormais fixé, ont indiqué dimanche les pompiers.", [N]);
t!(inv_selon_puis_incise, "« Nous avons perdu une bataille, pas la guerre », a lancé samedi soir Marine Tondelier devant ses militants.", [N]);
t!(inv_citation_a_t_il_declare_ajoutant, "« Le pays est prêt », a-t-il déclaré, ajoutant que les élections auraient lieu en mars.", [N]);
t!(inv_explique_a_ouest_france, "« La mer monte plus vite que prévu », explique à Ouest-France le géographe Alain Hénaff.", [N]);
t!(inv_estime_aupres_de_l_afp, "« C'est un tournant », estime auprès de l'AFP l'historien Benjamin Stora.", [N]);
t!(inv_a_raconte_au_parisien_nom, "« J'ai couru sans me retourner », a raconté au Parisien Mehdi, 19 ans.", [N]);
t!(inv_a_souligne_lors_conference, "La menace reste élevée, a souligné lors d'une conférence de presse le procureur antiterroriste.", [N]);
t!(inv_selon_le_ministre_nomme_fin, "L'usine rouvrira en septembre, selon le ministre de l'Industrie, Marc Ferracci.", [N]);
t!(inv_a_t_il_martele, "« Il n'y aura pas de hausse d'impôts », a-t-il martelé.", [N]);
t!(inv_a_t_elle_tempete, "« C'est une honte absolue ! », a-t-elle tempêté.", [N]);
t!(inv_s_est_felicite_nom, "« Nous avons tenu nos promesses », s'est félicité Gabriel Attal.", [N]);
t!(inv_tacle_nom, "« Il ferait mieux de s'occuper de son club », tacle Jean-Michel Aulas.", [N]);
t!(inv_s_insurge_elue, "« On marche sur la tête », s'insurge la maire de Poitiers, Léonore Moncond'huy.", [N]);
t!(inv_fait_valoir_avocat, "« Mon client a toujours coopéré », fait valoir Me Hervé Temime.", [N]);
t!(inv_juge_le_politologue, "« La gauche a perdu les classes populaires », juge le politologue Jérôme Fourquet.", [N]);
t!(inv_avait_previent_nom, "« Ce sera long et difficile », avait prévenu Emmanuel Macron.", [N]);
t!(inv_a_fait_savoir_elysee, "Le chef de l'État ne se rendra pas à Davos, a fait savoir l'Élysée.", [N]);
t!(inv_reclame_federation, "« Il faut des sanctions exemplaires », réclame la Fédération française de rugby.", [N]);
t!(inv_denonce_greenpeace, "« C'est un permis de polluer », dénonce Greenpeace.", [N]);
t!(inv_se_rejouit_nom, "« Enfin une bonne nouvelle pour le territoire », se réjouit Carole Delga.", [N]);
t!(inv_ironise_nom, "« Il a découvert l'eau tiède », ironise François Ruffin.", [N]);
t!(inv_s_agace_entraineur_nomme, "« On ne peut pas jouer tous les trois jours », s'agace Pep Guardiola.", [N]);
t!(inv_conclut_juge, "« La loi est la même pour tous », conclut la présidente du tribunal.", [N]);
t!(inv_poursuit_l_ancien_ministre_nomme, "« J'ai toujours servi l'État », poursuit l'ancien ministre Jean-Pierre Chevènement.", [N]);

// ───────────── Deux-points, infinitif de narration ─────────────
t!(colon_le_maire_a_ete_clair, "Le maire de Nice a été clair : « Il n'y aura pas de second chantier. »", [N]);
t!(colon_nom_est_formel, "Didier Deschamps est formel : « Kylian sera titulaire. »", [N]);
t!(colon_la_ministre_resume, "La ministre résume : « On ne peut pas tout faire en même temps. »", [N]);
t!(colon_le_parquet_previent, "Le parquet prévient : « Aucune violence ne restera impunie. »", [N]);
t!(colon_nom_ne_decolere_pas, "Sophie Binet ne décolère pas : « C'est un mépris total des salariés. »", [N]);
t!(colon_son_avocat_tranche, "Son avocat, Me Julien Dreyfus, tranche : « Ce dossier est vide. »", [N]);
t!(#[ignore = "needs engine: un sujet à complément du nom (« Le message du ministre ») avant « : « … » » n'est pas lu comme locuteur"]
    colon_message_du_ministre, "Le message du ministre est limpide : « La récréation est terminée. »", [N]);
t!(colon_un_proche_anonyme, "Un proche du dossier est catégorique : « Le contrat est signé. »", [A]);
t!(inf_et_d_ajouter_apres_nom, "Et d'ajouter : « Nous irons jusqu'au bout. »", [N]);
t!(#[ignore = "needs engine: l'infinitif de narration est un cadre au passé ; le conditionnel qui suit « que » est un futur dans le passé"]
    inf_et_de_conclure_sans_citation, "Et de conclure que rien ne serait décidé avant l'automne.", [N]);
t!(inf_et_de_rappeler, "Et de rappeler : « La loi s'applique à tous. »", [N]);
t!(#[ignore = "needs engine: l'infinitif de narration suivi d'une incise avant les deux-points (« Et de lancer, un brin amer : « … » »)"]
    inf_et_de_lancer, "Et de lancer, un brin amer : « On se reverra. »", [N]);
doc!(inf_et_d_ajouter_apres_anonyme,
    ["Un cadre du parti s'agace de la stratégie.", "Et d'ajouter : « On va dans le mur. »"],
    [[A], [A]], [[], []]);

// ───────────── Témoins présentés par un prénom et un âge ─────────────
// Prénom + âge : la personne est présentée au lecteur, source nommée (décision des
// tours précédents : `named_prenom_age`, `named_raconte_prenom_age`).
t!(wit_kevin_27_ans_agriculteur, "Kevin, 27 ans, agriculteur dans la Marne, raconte avoir tout perdu dans la grêle.", [N]);
t!(wit_fatima_citation_fin, "« On n'a plus rien à manger à la fin du mois », soupire Fatima, 52 ans.", [N]);
t!(wit_jean_louis_retraite, "Jean-Louis, retraité de 68 ans, s'inquiète pour sa pension.", [N]);
t!(wit_lucie_etudiante_temoigne, "Lucie, étudiante en médecine, témoigne de journées de douze heures.", [N]);
t!(wit_prenom_age_citation_debut, "Thomas, 34 ans, se souvient : « Le bruit était assourdissant. »", [N]);
t!(wit_prenom_modifie_anonyme, "Inès, dont le prénom a été changé, décrit des années de harcèlement.", [A]);
t!(wit_prenom_nom_age, "Marc Lefèvre, 45 ans, ouvrier chez Stellantis, dénonce « une trahison ».", [N]);
t!(wit_une_mere_de_famille, "Une mère de famille raconte avoir attendu six heures aux urgences.", [A]);

// ───────────── Agences, médias, journalistes nommés ─────────────
// Les journalistes d'une agence nommée : l'agence rapporte ce qu'elle a vu.
t!(agency_ont_constate_journalistes_afp, "Des colonnes de fumée s'élevaient au-dessus de la ville, ont constaté des journalistes de l'AFP.", [N]);
t!(agency_a_constate_journaliste_afp, "Un journaliste de l'AFP a constaté la présence de blindés dans le centre.", [N]);
t!(agency_selon_un_decompte_reuters, "Selon un décompte de Reuters, au moins 70 personnes ont été tuées.", [N]);
t!(agency_rapporte_bfmtv, "Le joueur a quitté le rassemblement, rapporte BFMTV.", [N]);
t!(agency_a_revele_le_journal_du_dimanche, "Le Journal du dimanche a révélé l'existence d'un second contrat.", [N]);
t!(agency_selon_l_equipe, "Selon L'Équipe, le Brésilien a signé pour quatre saisons.", [N]);
t!(agency_d_apres_le_figaro, "D'après Le Figaro, le remaniement pourrait intervenir dès lundi.", [N]);
t!(agency_le_monde_a_pu_consulter, "Le Monde a pu consulter le rapport d'autopsie.", [N]);
t!(agency_indique_la_voix_du_nord, "La route a été coupée toute la matinée, indique La Voix du Nord.", [N]);
t!(agency_selon_le_new_york_times, "Selon le New York Times, la Maison Blanche prépare de nouvelles sanctions.", [N]);

// ───────────── Institutions ─────────────
t!(inst_selon_la_prefecture, "Selon la préfecture, 3 500 foyers sont toujours privés d'électricité.", [N]);
t!(inst_matignon_a_confirme, "Matignon a confirmé la tenue d'une réunion avec les partenaires sociaux.", [N]);
t!(inst_bercy_table, "Bercy table sur un déficit de 5,4 % du PIB cette année.", [N]);
t!(inst_on_indique_a_bercy_anonyme, "On indique à Bercy que le chiffre sera revu.", [A]);
// The guide: a call with no words of its own quoted is a demand, no source.
t!(inst_quai_d_orsay_appelle, "Le Quai d'Orsay appelle les ressortissants français à quitter le pays.", []);
t!(inst_selon_l_insee_chiffres, "D'après l'Insee, les prix ont augmenté de 2,3 % sur un an.", [N]);
t!(inst_la_place_beauvau_a_annonce, "La place Beauvau a annoncé le déploiement de 3 000 policiers supplémentaires.", [N]);
t!(inst_selon_le_ministere_de_la_sante, "Selon le ministère de la Santé, 12 cas ont été recensés dans le département.", [N]);
t!(inst_la_commission_europeenne_estime, "La Commission européenne estime que la France ne respecte pas ses engagements.", [N]);
t!(inst_la_maison_blanche_a_dementi, "La Maison Blanche a démenti toute négociation secrète avec Téhéran.", [N]);
t!(inst_le_pentagone_precise, "Le Pentagone précise que les frappes visaient des dépôts d'armes.", [N]);
t!(inst_l_armee_israelienne_affirme, "L'armée israélienne affirme avoir éliminé un commandant du Hamas.", [N]);
// The guide: a call with no words of its own quoted is a demand, no source.
t!(inst_la_gendarmerie_lance_appel, "La gendarmerie de la Savoie appelle les randonneurs à la prudence.", []);
t!(inst_le_conseil_constitutionnel_a_censure, "Le Conseil constitutionnel a censuré une vingtaine d'articles de la loi.", [N]);
t!(inst_la_cour_de_cassation_a_juge, "La Cour de cassation a jugé que le licenciement était abusif.", [N]);
t!(inst_meteo_france_prevoit, "Météo-France prévoit des orages violents sur le Sud-Ouest.", [N]);
t!(inst_la_sncf_a_fait_savoir, "La SNCF a fait savoir que le trafic serait très perturbé jeudi.", [N]);
t!(inst_l_oms_a_alerte, "L'OMS a alerté sur la recrudescence des cas de rougeole en Europe.", [N]);
t!(inst_le_fmi_juge, "Le FMI juge la dette française « préoccupante ».", [N]);
t!(inst_le_hamas_a_revendique, "Le Hamas a revendiqué le tir de roquettes dans un communiqué.", [N]);

// ───────────── Documents nommés ─────────────
t!(doc_rapport_cour_des_comptes_souligne, "Le rapport de la Cour des comptes souligne un dérapage de 800 millions d'euros.", [N]);
t!(doc_selon_le_rapport_du_giec, "Selon le dernier rapport du Giec, le seuil de 1,5 °C sera franchi avant 2035.", [N]);
t!(doc_communique_du_parquet, "Un communiqué du parquet de Paris précise que l'enquête a été confiée à la DGSI.", [N]);
t!(doc_journal_officiel_publie, "Selon le décret paru au Journal officiel, la mesure entre en vigueur lundi.", [N]);
t!(doc_l_arret_de_la_cour, "L'arrêt de la cour d'appel estime que la société a manqué à son obligation de sécurité.", [N]);
t!(doc_l_ordonnance_du_juge, "L'ordonnance du juge d'instruction relève des « incohérences » dans le récit du suspect.", [N]);
t!(doc_le_proces_verbal_mentionne, "Le procès-verbal d'audition mentionne une dispute la veille du drame.", [N]);
t!(doc_la_lettre_du_ministre, "Dans une lettre adressée aux préfets, le ministre demande une application stricte de la loi.", [N]);
t!(doc_l_etude_de_la_drees, "L'étude de la Drees montre que le renoncement aux soins progresse.", [N]);
t!(doc_selon_le_bilan_ans, "Selon le bilan de l'Agence nationale de sécurité du médicament, 40 effets graves ont été signalés.", [N]);
t!(doc_le_rapport_d_amnesty, "Le rapport d'Amnesty International documente des centaines d'arrestations arbitraires.", [N]);
t!(#[ignore = "needs engine: a projection in the conditional (a plan, a cost) after a named « selon » reads as the reportive mood; a forecast is no hearsay"] doc_la_note_de_bercy, "Selon une note de Bercy, le coût de la mesure atteindrait 4 milliards d'euros.", [N]);
t!(doc_selon_l_acte_d_accusation, "Selon l'acte d'accusation, l'ancien sénateur a perçu des pots-de-vin pendant dix ans.", [N]);
t!(doc_le_sondage_elabe, "Selon un sondage Elabe pour BFMTV, 58 % des Français soutiennent la grève.", [N]);

// ───────────── Réseaux sociaux ─────────────
t!(social_a_ecrit_sur_x, "Le président ukrainien a écrit sur X que l'attaque avait fait douze morts.", [N]);
t!(social_dans_un_message_facebook, "Dans un message publié sur Facebook, la mairie a annoncé la fermeture du parc.", [N]);
t!(social_a_reagi_sur_instagram, "Kylian Mbappé a réagi sur Instagram en remerciant ses supporters.", [N]);
t!(social_a_tweete, "« Honte à ceux qui ont voté ce texte », a tweeté le député Louis Boyard.", [N]);
t!(social_sur_son_compte_x, "Sur son compte X, Elon Musk affirme que la plateforme ne censurera personne.", [N]);
t!(social_dans_une_video_tiktok, "Dans une vidéo publiée sur TikTok, l'influenceur reconnaît avoir menti.", [N]);
t!(social_a_publie_sur_linkedin, "Le PDG a annoncé sur LinkedIn son départ à la fin de l'année.", [N]);
t!(social_des_internautes_denoncent, "Sur les réseaux sociaux, des internautes dénoncent une décision absurde.", [A]);

// ───────────── « pour X », « aux yeux de X », « de l'avis de », « à en croire », interrogé par ─────────────
t!(prep_pour_le_maire_nomme, "Pour le maire de Bordeaux, Pierre Hurmic, la ville doit se désintoxiquer de la voiture.", [N]);
t!(prep_pour_nom_seul, "Pour Laurent Berger, le dialogue social est « en lambeaux ».", [N]);
t!(#[ignore = "needs engine: « pour » + organisation nommée par un article et un sigle (« Pour la CGT, ») ; un motif de données prend aussi « Pour la France, »"]
    prep_pour_la_cgt, "Pour la CGT, la réforme est « une régression sociale ».", [N]);
t!(prep_pour_l_historienne_nommee, "Pour l'historienne Mona Ozouf, l'école républicaine a perdu son cap.", [N]);
t!(prep_aux_yeux_de_nom, "Aux yeux de Nicolas Sarkozy, la droite doit s'allier au centre.", [N]);
t!(prep_aux_yeux_du_selectionneur, "Aux yeux du sélectionneur, le groupe a franchi un cap.", [N]);
t!(prep_de_l_avis_de_nom, "De l'avis de Thomas Pesquet, la mission est un succès total.", [N]);
t!(prep_a_en_croire_nom, "À en croire Rachida Dati, le projet sera bouclé avant les municipales.", [N]);
t!(prep_a_en_croire_le_ministre, "À en croire le ministre des Transports, les trains circuleront normalement dès lundi.", [N]);
t!(prep_interroge_par_le_monde_estime, "Le sociologue François Dubet, interrogé par Le Monde, estime que l'école reproduit les inégalités.", [N]);
t!(prep_interrogee_par_liberation, "Interrogée par Libération, la ministre dément toute pression sur les juges.", [N]);
t!(prep_contacte_par_nos_soins, "Contacté par nos soins, le maire de Saint-Brieuc assure n'avoir jamais été informé.", [N]);
t!(prep_joint_par_telephone, "Joint par téléphone, l'avocat de la famille affirme que la plainte sera maintenue.", [N]);
t!(prep_selon_son_entourage_anonyme, "Selon son entourage, le ministre envisage de démissionner.", [A]);
t!(prep_pour_certains_economistes, "Pour certains économistes, la hausse des taux est une erreur.", [A]);
t!(prep_selon_le_temoignage_nomme, "Selon le témoignage de Sophie Marchand, l'homme portait un couteau.", [N]);
t!(prep_d_apres_son_avocat_nomme, "D'après son avocat, Me François Saint-Pierre, le détenu est en grève de la faim.", [N]);
t!(prep_comme_l_a_explique, "Comme l'a expliqué la procureure de Lille, les faits sont d'une rare gravité.", [N]);
t!(prep_ainsi_que_le_rappelle_nom, "Ainsi que le rappelle Jean-Claude Trichet, la stabilité des prix reste la priorité.", [N]);

// ───────────── Interviews, portraits, sport, économie : tournures variées ─────────────
t!(itw_se_dit_pret, "L'ancien Premier ministre se dit prêt à « prendre ses responsabilités ».", [N]);
t!(itw_ne_cache_pas, "Zinedine Zidane ne cache pas son envie d'entraîner l'équipe de France.", [N]);
t!(itw_reconnait_avoir, "La navigatrice Clarisse Crémer reconnaît avoir eu peur dans le Pacifique.", [N]);
t!(itw_a_confie_lors_d_un_entretien, "Dans un entretien au Figaro, le ministre a confié son « malaise ».", [N]);
t!(itw_a_livre_son_analyse, "L'économiste Esther Duflo a livré son analyse sur France Culture.", [N]);
t!(itw_assure_ne_pas_regretter, "Le coureur Romain Bardet assure ne rien regretter de sa carrière.", [N]);
t!(itw_avoue_nom, "Teddy Riner avoue avoir songé à la retraite après Tokyo.", [N]);
t!(itw_a_laisse_entendre, "Le président de la Fédération a laissé entendre que le sélectionneur serait prolongé.", [N]);
t!(sport_a_reconnu_coach_apres_match, "« On n'a pas été à la hauteur », a reconnu Luis Enrique après la défaite à Munich.", [N]);
t!(sport_explique_le_meneur, "« On a manqué d'adresse », explique le meneur de l'ASVEL, Nando De Colo.", [N]);
t!(sport_a_annonce_club_site, "Le RC Lens a annoncé sur son site officiel le départ de son directeur sportif.", [N]);
t!(sport_la_ligue_a_sanctionne, "La commission de discipline de la LFP a suspendu l'entraîneur pour trois matchs.", []);
t!(eco_le_patron_de_lvmh_a_prevenu, "Le patron de LVMH, Bernard Arnault, a prévenu qu'une surtaxe ferait fuir les investisseurs.", [N]);
t!(eco_selon_les_chiffres_douanes, "Selon les chiffres des Douanes, le déficit commercial s'est creusé en mars.", [N]);
t!(eco_la_direction_de_michelin_justifie, "La direction de Michelin justifie la fermeture par la concurrence asiatique.", [N]);
t!(eco_le_groupe_indique_dans_un_communique, "Le groupe indique dans un communiqué que son chiffre d'affaires a reculé de 4 %.", [N]);
t!(justice_a_requis_avocat_general, "L'avocat général a requis vingt ans de réclusion contre l'accusé.", [N]);
t!(justice_selon_l_accusation, "Selon l'accusation, le prévenu a détourné 2 millions d'euros.", [N]);
// Une condamnation est la décision d'une juridiction qui s'exprime officiellement
// (« the court ruled ») : source nommée.
t!(justice_a_dit_le_tribunal, "Le tribunal correctionnel a condamné l'ancien élu à deux ans de prison avec sursis.", [N]);
t!(justice_la_defense_plaide, "La défense plaide la légitime défense.", [N]);
t!(intl_a_declare_le_porte_parole_kremlin, "Moscou n'a aucune intention d'attaquer, a déclaré le porte-parole du Kremlin, Dmitri Peskov.", [N]);
t!(intl_selon_l_agence_officielle, "Selon l'agence officielle iranienne Irna, le président a atterri à Pékin.", [N]);
t!(intl_teheran_a_nie, "Téhéran a nié toute implication dans l'attaque.", [N]);
t!(intl_washington_a_averti, "Washington a averti Pékin de « conséquences » en cas de livraison d'armes.", [N]);
t!(intl_le_ministre_russe_cite_par_tass, "Le ministre russe des Affaires étrangères, cité par l'agence Tass, a dénoncé une « provocation ».", [N]);

// ───────────── Mixtes ─────────────
t!(mix_presume_et_procureur, "Le procureur a détaillé le parcours du tueur présumé.", [N, U]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(mix_selon_nom_aurait, "Selon Mediapart, l'ancien ministre aurait perçu 300 000 euros.", [N, U]);
t!(mix_source_anonyme_et_nommee, "Le ministre a démenti l'information, mais un proche du dossier maintient qu'un accord existe.", [A, N]);
t!(mix_anonyme_confirme_nom_dement, "L'Élysée dément, mais plusieurs sources concordantes confirment la rencontre.", [A, N]);

// ───────────── Contexte : citation sans locuteur qui continue un locuteur nommé ─────────────
mc!(ctx_citation_apres_nom_declare,
    ["« Nous avons été trahis », a déclaré Martine Aubry.", "« Personne ne nous a consultés. »"],
    [N]);
mc!(ctx_citation_apres_colon_nom,
    ["La ministre a été claire : « Le texte passera. »", "« Il n'y a pas d'alternative. »"],
    [N]);
mc!(ctx_citation_apres_institution,
    ["« La situation est sous contrôle », a assuré la préfecture.", "« Les habitants peuvent regagner leur domicile. »"],
    [N]);
mc!(ctx_deux_citations_en_chaine,
    ["« Je ne lâcherai rien », a promis Fabien Roussel.", "« Pas un centime ne manquera. »", "« Nous serons là jusqu'au bout. »"],
    [N]);
mc!(ctx_citation_apres_temoin_prenom_age,
    ["« Tout a brûlé en vingt minutes », raconte Pauline, 41 ans.", "« On est partis avec nos papiers et le chien. »"],
    [N]);
mc!(ctx_citation_apres_recit_neutre,
    ["Le maire de Marseille a longuement répondu aux questions des habitants.", "Il a ensuite visité le chantier.", "« On tiendra les délais. »"],
    [N]);
mc!(ctx_citation_apres_anonyme,
    ["« On n'a plus de matériel », confie une infirmière.", "« Et personne ne nous écoute. »"],
    [A]);
mc!(ctx_citation_apres_question_auteur_interview,
    ["L'ancien président de l'OM, Pape Diouf, se souvient de cette saison.", "« C'était une équipe de copains, rien de plus. »"],
    [N]);
// Une citation ouverte dans une phrase continue dans la suivante : la suite hérite.
mc!(ctx_suite_citation_multi_phrases,
    ["« Le club est en danger, a averti le président Jean-Pierre Rivère.", "Sans repreneur, nous ne passerons pas l'hiver. »"],
    [N]);
// Une citation dont la suite porte son propre locuteur : étiquette propre, pas de contexte.
mc!(ctx_citation_avec_locuteur_propre,
    ["« Je démissionne », a annoncé le maire.", "« C'est une fuite », a réagi son adversaire, Paul Michel."],
    []);
// Une citation qui précède son locuteur, en deux phrases : la première est la parole
// du même locuteur nommé.
doc!(ctx_citation_avant_locuteur,
    ["« Nous ne céderons pas.", "La réforme ira à son terme », a martelé le Premier ministre."],
    [[], [N]], [[N], []]);

// ───────────── Contexte : récit qui suit une source anonyme ─────────────
doc!(ctx_recit_apres_selon_source_fin,
    ["Le joueur a été écarté du groupe, selon une source proche du club.", "Il aurait insulté son entraîneur à la mi-temps."],
    [[A], [U]], [[], [A]]);
doc!(ctx_recit_apres_source_de_source_policiere_fin,
    ["Le suspect a été interpellé dans la nuit, de source policière.", "Il circulait dans une voiture volée."],
    [[A], []], [[], [A]]);
doc!(ctx_recit_apres_selon_nos_informations_fin,
    ["Le PDG va quitter ses fonctions, selon nos informations.", "Son successeur serait déjà choisi."],
    [[A], [U]], [[], [A]]);
// « Selon une source… » en tête : la phrase suivante au conditionnel continue le même récit.
doc!(ctx_recit_apres_selon_source_en_tete,
    ["Selon une source proche de l'enquête, le suspect connaissait la victime.", "Il l'aurait croisée plusieurs fois dans la semaine."],
    [[A], [U]], [[], [A]]);
// L'héritage ne dure qu'une phrase : la troisième est le récit de l'auteur.
doc!(ctx_recit_s_arrete_apres_une_phrase,
    ["Le ministre envisage de démissionner, selon son entourage.", "Il a annulé ses déplacements.", "Le conseil des ministres se tiendra mercredi."],
    [[A], [], []], [[], [A], []]);
// Une source nommée dans la phrase suivante : elle a son étiquette propre, pas d'héritage.
doc!(ctx_recit_nouveau_locuteur_nomme,
    ["Une fusion est en préparation, selon des sources syndicales.", "La direction a démenti toute négociation."],
    [[A], [N]], [[], []]);

// ───────────── Contexte : où l'héritage s'arrête ─────────────
// Nouveau locuteur anonyme après un nommé : la citation suivante est la sienne.
mc!(ctx_nouveau_locuteur_anonyme,
    ["« Le projet est solide », a déclaré le maire, Jean Dumas.", "« C'est du vent », rétorque un élu d'opposition.", "« Les chiffres ne tiennent pas. »"],
    [A]);
// Nouveau locuteur nommé après un anonyme.
mc!(ctx_nouveau_locuteur_nomme_apres_anonyme,
    ["« On nous cache tout », glisse un salarié.", "« Rien n'a été caché », répond la directrice, Anne Morel.", "« Tous les documents sont publics. »"],
    [N]);
// Une phrase de récit de l'auteur, sans guillemets, n'hérite de rien.
mc!(ctx_phrase_auteur_sans_citation,
    ["« Nous rouvrirons en mai », a promis le gérant, Luc Bertin.", "Le restaurant avait été ravagé par un incendie en décembre."],
    []);
// L'éditorialiste qui dit « nous » après une citation d'un ministre parle en son nom.
mc!(ctx_editorial_nous_apres_ministre,
    ["Le ministre a annoncé une nouvelle loi sur l'immigration.", "Nous pensons qu'il fait fausse route."],
    []);
mc!(ctx_editorial_vous_apres_ministre,
    ["La ministre a promis une baisse des factures.", "Vous n'y croyez pas ? Vous avez raison."],
    []);
// « Je » hors guillemets, après un témoin nommé : la suite de son témoignage.
mc!(ctx_je_hors_guillemets_apres_temoin,
    ["« On a tout perdu », raconte Nadia, 45 ans.", "Je ne sais pas où nous dormirons ce soir."],
    [N]);
// Un pronom sujet d'un verbe de parole renvoie au locuteur nommé.
doc!(ctx_pronom_apres_nom,
    ["La procureure de Lyon, Catherine Dupré, a tenu une conférence de presse.", "Elle a indiqué que l'autopsie aurait lieu lundi."],
    [[], [N]], [[], []]);
doc!(ctx_pronom_apres_nom_parole,
    ["Le sélectionneur Fabien Galthié a dévoilé sa liste mardi.", "Il a expliqué avoir privilégié l'expérience."],
    [[N], [N]], [[], []]);
// « L'intéressé » après un nom : la même personne, nommée.
doc!(ctx_l_interesse_apres_nom,
    ["Le maire de Béziers, Robert Ménard, a été entendu par les enquêteurs.", "« Je n'ai rien à me reprocher », assure l'intéressé."],
    [[], [N]], [[], []]);
doc!(ctx_ce_dernier_apres_nom,
    ["L'avocat de la famille, Me Yassine Bouzrou, a saisi la justice.", "« Les policiers ont menti », affirme ce dernier."],
    [[], [N]], [[], []]);
doc!(ctx_intertitre_puis_nouveau_locuteur,
    ["Un budget en baisse", "La maire de Rennes, Nathalie Appéré, regrette les coupes de l'État."],
    [[], [N]], [[], []]);
// Un intertitre (sans ponctuation finale) ouvre une nouvelle partie : la citation qui
// suit n'est plus celle du locuteur d'avant.
mc!(ctx_intertitre_coupe_heritage,
    ["« Nous tiendrons nos engagements », a promis le maire, Luc Durand.", "Des caisses vides", "« On ne sait pas comment payer les salaires. »"],
    []);

// ───────────── Pièges : noms propres qui agissent, lieux, œuvres ─────────────
t!(trap_macron_inaugure, "Emmanuel Macron a inauguré jeudi le nouveau terminal de l'aéroport de Nice.", []);
t!(trap_ministre_visite, "La ministre de la Culture a visité le chantier de Notre-Dame.", []);
t!(trap_nom_a_marque, "Antoine Griezmann a marqué le but de la victoire à la 89e minute.", []);
t!(trap_nom_a_signe_contrat, "Le milieu de terrain a signé un contrat de trois ans avec la Juventus.", []);
t!(trap_nom_arrive_a_l_elysee, "Volodymyr Zelensky est arrivé à l'Élysée en fin de matinée.", []);
t!(trap_nom_rencontre, "Le président chinois a rencontré son homologue brésilien à Brasilia.", []);
t!(trap_nom_a_ete_elu, "Jean Dupuis a été élu maire de Quimper avec 54 % des voix.", []);
t!(trap_nom_demissionne, "Le directeur général de Renault a démissionné mardi.", []);
t!(trap_nom_condamne, "L'ancien ministre a été condamné à deux ans de prison avec sursis.", []);
t!(trap_nom_entendu_par_juges, "Le maire de Perpignan a été entendu par les juges d'instruction.", []);
t!(trap_nom_mort, "Le chanteur Marc Aubrac est décédé à l'âge de 51 ans.", []);
t!(trap_lieu_rue_general, "La rue du Général-Leclerc sera fermée à la circulation tout l'été.", []);
t!(trap_lieu_place_jean_jaures, "Les manifestants se sont rassemblés place Jean-Jaurès.", []);
t!(trap_lieu_saint_denis, "Le Stade de France, à Saint-Denis, accueillera la finale.", []);
t!(trap_lieu_lycee_nom, "Le lycée Victor-Hugo de Besançon a été évacué après une alerte à la bombe.", []);
t!(trap_lieu_aeroport_nom, "Un vol a été dérouté vers l'aéroport Charles-de-Gaulle.", []);
t!(trap_oeuvre_livre_titre, "Son dernier roman, « Ce que dit la nuit », paraît jeudi chez Gallimard.", []);
t!(trap_oeuvre_film, "Le film « Les Misérables » de Ladj Ly a été projeté devant les élèves.", []);
t!(trap_oeuvre_chanson, "La chanson « Je dis aime » a été reprise par une chorale d'enfants.", []);
t!(trap_oeuvre_emission, "L'émission « Complément d'enquête » consacre son numéro au nucléaire.", []);
t!(trap_oeuvre_tableau, "« La Liberté guidant le peuple » de Delacroix quitte le Louvre pour trois mois.", []);
t!(trap_oeuvre_exposition, "L'exposition « Matisse, le laboratoire intérieur » a attiré 200 000 visiteurs.", []);
t!(trap_prix_nom_de_personne, "Le prix Albert-Londres a été décerné à une reporter de Radio France.", []);
t!(trap_loi_nom, "La loi Evin encadre la publicité pour l'alcool depuis 1991.", []);
t!(trap_avenue_du_president, "L'avenue du Président-Wilson restera fermée jusqu'à dimanche.", []);
t!(trap_nom_portrait_action, "Née à Tunis en 1962, Leïla Slimani a grandi entre deux langues.", []);
t!(trap_nom_portrait_carriere, "Avant d'entrer en politique, Pierre Moscovici a enseigné à Sciences Po.", []);
t!(trap_club_a_battu, "Le PSG a battu Manchester City trois buts à un.", []);
t!(trap_entreprise_a_recrute, "Airbus a recruté 13 000 personnes l'an dernier.", []);
t!(trap_ministere_a_lance, "Le ministère de l'Éducation a lancé un plan de recrutement de 4 000 enseignants.", []);
t!(trap_il_a_dit_au_revoir, "Le capitaine a dit adieu au public du Vélodrome.", []);
t!(trap_declare_forfait, "La Française a déclaré forfait avant son quart de finale.", []);
t!(trap_declare_la_guerre, "La Russie a déclaré l'état d'urgence dans trois régions frontalières.", []);

// ───────────── Pièges : éditorial et tribune, l'auteur parle ─────────────
t!(trap_edito_nous_pensons, "Nous pensons que ce gouvernement a perdu le sens de l'État.", []);
t!(trap_edito_je_crois, "Je crois, pour ma part, que l'Europe joue sa survie.", []);
t!(trap_edito_disons_le, "Disons-le clairement : cette réforme est un échec.", []);
t!(trap_edito_avouons, "Avouons-le, personne n'avait vu venir la crise.", []);
t!(trap_edito_question, "Faut-il vraiment sacrifier la forêt pour une autoroute ?", []);
t!(trap_edito_il_faut, "Il faut en finir avec cette hypocrisie.", []);
t!(trap_edito_notre_journal, "Notre journal a toujours défendu la liberté de la presse.", []);
t!(trap_edito_on_ne_peut, "On ne peut pas gouverner contre le peuple.", []);
t!(trap_tribune_signataires, "Nous, médecins et soignants, refusons de trier les patients.", []);
t!(trap_edito_j_ai_appris, "J'ai appris le métier dans une rédaction de province.", []);

// ───────────── Pièges : verbes de parole dans un autre sens, faux cadres ─────────────
t!(trap_note_de_frais, "Sa note de frais s'élevait à 12 000 euros.", []);
t!(trap_le_rapport_entre, "Le rapport entre les deux clubs s'est tendu.", []);
t!(trap_juge_en_comparution, "Le prévenu sera jugé en comparution immédiate lundi.", []);
// The guide: a passive of estimate with no source is unverified ("is estimated at").
t!(trap_estime_a, "Le montant des dégâts est estimé à 3 millions d'euros.", [U]);
t!(trap_annonce_immobiliere, "L'annonce immobilière promettait une vue sur la mer.", []);
t!(trap_assure_par_la_ville, "Le transport scolaire est assuré par la ville.", []);
t!(trap_confirme_en_appel, "La peine a été confirmée en appel.", []);
t!(trap_critique_gastronomique, "Le critique gastronomique a passé la soirée en cuisine.", []);
t!(trap_releve_de_compte, "Le relevé de compte fait apparaître des virements suspects.", []);
t!(trap_avance_de_trois_points, "La gauche avance de trois points dans les intentions de vote.", []);

// ───────────── Deuxième série : tournures fréquentes de la presse quotidienne ─────────────
t!(s2_a_indique_a_la_presse, "Le directeur de la centrale a indiqué à la presse que la fuite était colmatée.", [N]);
t!(s2_a_averti_l_onu, "L'ONU a averti que la famine menaçait un million de personnes.", [N]);
t!(s2_a_tenu_a_preciser, "Le club a tenu à préciser que le joueur n'était pas blessé.", [N]);
t!(s2_a_reaffirme, "La ministre a réaffirmé son opposition au projet.", [N]);
t!(s2_a_reitere, "Le président turc a réitéré ses menaces contre la Grèce.", [N]);
t!(s2_a_assure_a_ses_troupes, "Le chef de l'État a assuré que la France resterait aux côtés de Kiev.", [N]);
t!(s2_s_est_dit_choque, "Le maire s'est dit « choqué » par les images.", [N]);
t!(s2_s_est_exprime_devant, "Le procureur s'est exprimé devant la presse en fin de journée.", [N]);
t!(s2_a_lache_nom, "« C'est fini », a lâché Richard Gasquet en conférence de presse.", [N]);
t!(s2_a_souffle_nom, "« J'ai besoin de repos », a soufflé la skieuse Tessa Worley.", [N]);
t!(s2_a_glisse_ministre, "« On verra après l'été », a glissé le ministre du Travail.", [N]);
t!(s2_a_raille_nom, "« Le roi est nu », a raillé Jordan Bardella.", [N]);
t!(s2_a_admis_club, "Le FC Nantes a admis des « erreurs » dans son recrutement.", [N]);
t!(s2_a_concede_entraineur, "L'entraîneur a concédé que son équipe avait été dominée.", [N]);
t!(s2_a_fait_part_famille, "La famille du jeune homme a fait part de sa colère.", [N]);
t!(s2_a_demande_avocat, "L'avocate de la victime, Me Isabelle Steyer, demande une requalification des faits.", [N]);
t!(s2_a_interpelle_le_gouvernement, "Le maire de Mayotte a interpellé le gouvernement sur la pénurie d'eau.", [N]);
t!(s2_a_mis_en_garde, "La Banque mondiale a mis en garde contre un ralentissement brutal.", [N]);
t!(s2_a_precise_l_entourage_nomme, "Le cabinet de la ministre a précisé qu'aucune décision n'avait été prise.", [N]);
t!(s2_a_signale_le_centre, "Le Centre national des ouragans a signalé des vents à 200 km/h.", [N]);
t!(s2_a_recense, "L'Observatoire syrien des droits de l'homme a recensé 45 morts.", [N]);
t!(s2_a_chiffre, "Le syndicat patronal a chiffré les pertes à 300 millions d'euros.", [N]);
t!(s2_avance_le_ministre_pour_expliquer, "« Le pays n'a pas le choix », avance le ministre pour justifier les coupes.", [N]);
t!(s2_annonce_fin, "Le salon de l'agriculture ouvrira ses portes samedi, annonce l'organisateur, Comexposium.", [N]);
t!(s2_a_communique_le_bilan, "La préfecture maritime a communiqué un bilan de quatre disparus.", [N]);
t!(s2_a_ecrit_le_president_dans_une_lettre, "« Je compte sur vous », a écrit le président dans une lettre aux Français.", [N]);
t!(s2_comme_l_a_dit_nom, "Comme l'a dit Jacques Chirac, « notre maison brûle ».", [N]);
t!(s2_citant_le_ministere, "Citant le ministère de la Défense, l'agence affirme que trois drones ont été abattus.", [N]);
t!(s2_sous_la_plume_de, "Sous la plume de Laurent Joffrin, Libération dénonce un « naufrage démocratique ».", [N]);
t!(s2_lors_de_ses_voeux, "Lors de ses vœux, la maire de Paris a promis 100 000 arbres supplémentaires.", [N]);

// ───────────── Troisième série : cadres médiatiques, appositions, clivées ─────────────
t!(s3_au_micro_de_rtl, "Au micro de RTL, le ministre de l'Économie a défendu la hausse de la TVA.", [N]);
t!(s3_invite_de_france_inter, "Invitée de France Inter, la présidente de l'Assemblée a appelé au calme.", [N]);
t!(s3_sur_le_plateau_de_tf1, "Sur le plateau de TF1, l'ancien président a reconnu des erreurs.", [N]);
t!(s3_dans_les_colonnes_du_parisien, "Dans les colonnes du Parisien, le préfet assure que la sécurité sera renforcée.", [N]);
t!(s3_en_marge_du_sommet, "En marge du sommet de l'Otan, le président américain a affirmé que l'Alliance était « plus forte que jamais ».", [N]);
t!(s3_devant_les_deputes, "Devant les députés, la ministre a défendu son projet de loi.", [N]);
t!(s3_apposition_avant_verbe, "Jean Castex, l'ancien Premier ministre, a estimé que la RATP devait se réformer.", [N]);
t!(s3_qui_s_exprimait, "Le procureur, qui s'exprimait devant la presse, a souligné la violence des faits.", [N]);
t!(s3_parti_entre_parentheses, "Le député Olivier Marleix (LR) a dénoncé un « déni de démocratie ».", [N]);
t!(s3_un_porte_parole_de_l_armee, "Deux soldats ont été blessés, a indiqué un porte-parole de l'armée.", [N]);
t!(s3_selon_une_porte_parole, "Selon une porte-parole de l'ONU, les convois humanitaires sont bloqués.", [N]);
t!(s3_c_est_ce_qu_a_affirme, "C'est ce qu'a affirmé jeudi le ministre de la Justice.", [N]);
t!(s3_c_est_ce_qu_indique_rapport, "C'est ce qu'indique le rapport de l'Inspection générale.", [N]);
t!(s3_l_a_repete, "Le président de la République l'a répété mardi : la réforme ira à son terme.", [N]);
t!(s3_l_assure, "Le patron du club l'assure : aucun joueur ne sera vendu.", [N]);
t!(s3_le_reconnait, "Le sélectionneur le reconnaît volontiers : son équipe a eu de la chance.", [N]);
t!(#[ignore = "needs engine: une description définie à tête commune (« Le chauffeur dit ») n'est pas lue comme une personne déjà présentée (pronom)"]
    s3_dit_avoir, "Le chauffeur dit avoir été aveuglé par le soleil.", [N]);
t!(s3_dit_etre, "La ministre dit être « pleinement mobilisée ».", [N]);
t!(s3_selon_ses_propres_termes, "Selon ses propres termes, le ministre a « sauvé la filière ».", [N]);
t!(s3_dixit, "« Le pays est ingouvernable », dixit un ancien président de l'Assemblée.", [A]);
t!(s3_dit_il, "« Je ne suis pas candidat », dit-il.", [N]);
t!(s3_estime_que_citation, "Le maire estime que « la coupe est pleine ».", [N]);
t!(s3_n_a_pas_mache_ses_mots, "Le président de la fédération n'a pas mâché ses mots contre l'arbitrage.", [N]);
t!(s3_pas_question_pour, "Pas question, pour la ministre, de revenir sur la réforme.", [N]);
t!(s3_donnees_sante_publique_france, "D'après les données de Santé publique France, l'épidémie de grippe a atteint son pic.", [N]);
t!(s3_chiffres_publies_par_insee, "Les chiffres publiés jeudi par l'Insee montrent un recul du chômage.", [N]);
t!(s3_etude_publiee_the_lancet, "Selon une étude publiée dans The Lancet, le vaccin réduit de 80 % les formes graves.", [N]);
t!(s3_selon_une_enquete_du_monde, "Selon une enquête du Monde, l'entreprise a dissimulé plusieurs accidents.", [N]);
t!(s3_candidat_apposition_promet, "Le candidat du RN, Jordan Bardella, promet une baisse de la TVA sur l'énergie.", [N]);
t!(s3_le_gouvernement_assure, "Le gouvernement assure que les pensions seront revalorisées en janvier.", [N]);
t!(s3_l_executif_table, "L'exécutif table sur une croissance de 1 % l'an prochain.", [N]);
t!(s3_le_parquet_general_a_fait_appel, "Le parquet général a fait appel de la relaxe.", []);
t!(s3_a_declare_a_la_barre, "« Je regrette profondément », a déclaré l'accusé à la barre.", [N]);
t!(s3_a_admis_devant_la_cour, "Le prévenu a admis devant la cour avoir frappé la victime.", [N]);
t!(s3_a_raconte_le_survivant_nomme, "« J'ai nagé pendant des heures », a raconté le survivant, Amadou Diallo.", [N]);
t!(s3_selon_la_victime_nommee, "Selon la plaignante, Julie M., les faits se sont répétés pendant deux ans.", [N]);
t!(s3_l_ong_denonce, "L'ONG Oxfam dénonce l'enrichissement record des milliardaires.", [N]);
t!(s3_la_bce_a_releve, "La BCE a relevé ses taux directeurs d'un quart de point.", []);
t!(s3_le_cio_a_tranche, "Le CIO a tranché : les athlètes russes concourront sous bannière neutre.", [N]);

// ───────────── Troisième série : contexte ─────────────
mc!(ctx_citation_apres_selon_lui,
    ["Le maire de Sevran, Stéphane Gatignon, a écrit au Premier ministre.", "Selon lui, l'État a abandonné la ville.", "« Nous sommes seuls. »"],
    [N]);
mc!(ctx_citation_apres_phrase_de_fait,
    ["« La saison sera longue », a prévenu l'entraîneur, Franck Haise.", "Lens est quatorzième au classement.", "« Il faudra serrer les dents. »"],
    [N]);
mc!(ctx_premiere_personne_sans_guillemets,
    ["Amina, 38 ans, aide-soignante, a perdu son logement en mars.", "« J'ai dormi trois semaines dans ma voiture », raconte-t-elle.", "Je n'avais nulle part où aller."],
    [N]);
mc!(ctx_citation_apres_source_de_source_syndicale,
    ["« Les négociations sont au point mort », indique une source syndicale.", "« La direction ne bouge pas d'un pouce. »"],
    [A]);
doc!(ctx_recit_apres_affirment_des_proches,
    ["Le chanteur a été hospitalisé en urgence, affirment des proches.", "Il souffrirait d'une grave infection pulmonaire."],
    [[A], [U]], [[], [A]]);
doc!(ctx_nomme_puis_recit_sans_heritage,
    ["Le joueur a été écarté pour raisons disciplinaires, a annoncé le club.", "Il avait manqué deux entraînements."],
    [[N], []], [[], []]);

// ───────────── Quatrième série : appositions en tête, incises à clitique, postures ─────────────
t!(s4_apposition_titre_en_tete, "Directeur de recherche au CNRS, Jean Viard estime que les vacances sont devenues un marqueur social.", [N]);
t!(s4_specialiste_en_tete_nom, "Spécialiste des questions de défense, Élie Tenenbaum juge la menace « sérieuse ».", [N]);
// LABELS.md : une revendication (« plaide pour ») n'est pas une source.
t!(s4_ancien_ministre_en_tete, "Ancien ministre de l'Intérieur, Bernard Cazeneuve plaide pour une union de la gauche.", []);
t!(s4_selon_nom_apposition, "Selon Julie Lemaire, chercheuse à l'Inserm, les écrans perturbent le sommeil des enfants.", [N]);
t!(s4_pour_nom_apposition, "Pour Marie Dosé, avocate au barreau de Paris, la procédure est entachée d'irrégularités.", [N]);
t!(s4_inversion_nom_apposition_fin, "« Les dons ont chuté de moitié », explique Paul Ravel, directeur de la banque alimentaire de l'Aude.", [N]);
t!(s4_inversion_nom_apposition_media, "« Le marché va se retourner », prévient Pierre Gattaz, président de Business Europe, dans un entretien aux Échos.", [N]);
t!(s4_a_t_il_encore_dit, "« Nous irons devant la Cour européenne », a-t-il encore dit.", [N]);
t!(s4_a_t_elle_conclu, "« Le combat continue », a-t-elle conclu sous les applaudissements.", [N]);
t!(s4_ajoute_t_il, "« Personne ne peut dire le contraire », ajoute-t-il.", [N]);
t!(s4_souligne_t_elle_encore, "« C'est une question de dignité », souligne-t-elle encore.", [N]);
t!(s4_a_t_il_detaille, "Trois sites seront fermés, a-t-il détaillé.", [N]);
t!(s4_juge_t_elle, "« Le gouvernement joue avec le feu », juge-t-elle.", [N]);
t!(s4_assure_t_on_a_l_elysee, "« Rien n'est décidé », assure-t-on à l'Élysée.", [A]);
t!(s4_se_veut_rassurant, "Le ministre de la Santé se veut rassurant : « Il n'y a pas de pénurie. »", [N]);
t!(s4_se_veut_rassurante_sans_citation, "La préfète se veut rassurante sur la qualité de l'eau.", [N]);
t!(s4_se_montre_prudent, "Le gouverneur de la Banque de France se montre prudent sur la baisse des taux.", [N]);
t!(s4_n_exclut_pas, "Le président du Sénat n'exclut pas une motion de censure.", [N]);
t!(s4_assume, "Le maire assume : « Je préfère être impopulaire qu'irresponsable. »", [N]);
t!(s4_menace_de, "Le syndicat menace de bloquer les raffineries dès lundi.", [N]);
t!(s4_a_declare_a_reuters, "Le ministre israélien de la Défense a déclaré à Reuters que l'opération durerait des mois.", [N]);
t!(s4_a_explique_au_jdd, "Le patron de la SNCF a expliqué au JDD que les prix allaient baisser.", [N]);
t!(s4_estime_dans_une_interview, "L'ancien Premier ministre estime dans une interview au Figaro que la droite doit se rassembler.", [N]);
// The guide: a call with no words of its own quoted is a demand, no source.
t!(s4_prend_la_parole_nom, "Prenant la parole devant la foule, le maire a appelé à l'unité.", []);
t!(s4_a_repondu_a_la_question, "Interrogé sur son avenir, Kylian Mbappé a répondu qu'il était « heureux à Madrid ».", [N]);
t!(s4_a_averti_le_ministre_nom, "Le ministre des Armées, Sébastien Lecornu, a averti que la guerre serait longue.", [N]);
t!(#[ignore = "needs engine: un sujet à complément du nom (« Le constat du rapport ») avant « : » n'est pas lu comme locuteur"]
    s4_apres_deux_points_recit, "Le constat du rapport est sévère : les délais ont doublé en dix ans.", [N]);
t!(s4_recit_deux_points_auteur, "Le bilan est lourd : trois morts et une dizaine de blessés.", []);

// ───────────── Quatrième série : pièges ─────────────
t!(s4_trap_menace_incendie, "Le feu menace désormais plusieurs habitations.", []);
t!(s4_specialiste_sans_nom, "Spécialiste des questions de défense, un chercheur de l'Ifri juge la menace « sérieuse ».", [A]);
t!(s4_estime_un_economiste_banque, "« La récession est inévitable », estime un économiste de la Société générale.", [A]);
t!(s4_selon_une_historienne, "Selon une historienne de la Sorbonne, le texte est un faux grossier.", [A]);
t!(s4_trap_n_exclut_rien_auteur, "Rien n'exclut une nouvelle crue dans les prochains jours.", []);
t!(s4_trap_assume_role, "Le vice-président assume l'intérim depuis mardi.", []);
t!(s4_trap_defendu_but, "Le gardien a défendu ses buts avec brio.", []);

// ───────────── Quatrième série : contexte ─────────────
mc!(ctx_citation_apres_se_veut_rassurant,
    ["Le ministre de la Santé se veut rassurant.", "« Nous avons des stocks pour six mois. »"],
    [N]);
mc!(ctx_citation_apres_apposition_en_tete,
    ["Ancienne juge d'instruction, Eva Joly dénonce une justice à deux vitesses.", "« Les puissants s'en sortent toujours. »"],
    [N]);
doc!(ctx_source_anonyme_puis_nomme_puis_citation,
    ["Le projet serait abandonné, selon une source gouvernementale.", "Le ministre, Roland Lescure, dément.", "« Rien n'est tranché. »"],
    [[A, U], [N], []], [[], [], [N]]);
