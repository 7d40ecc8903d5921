//! Red-team of the French engine: press sentences written for this test
//! (AFP dispatches, national and regional dailies, economy, crime, politics,
//! sport), never taken from a corpus. Gold labels follow /work/shared/LABELS.md;
//! a `//` note justifies the borderline ones.
//!
//! `t!(name, text, [labels])` asserts the exact own labels of a one-sentence
//! text; `doc!(name, [sentences], [[own labels]…], [[context labels]…])`
//! checks a few sentences together.

#[macro_use]
mod common;

use common::{A, N, U};
use sourcelight::Category;

#[track_caller]
fn check(texts: &[&str], want: &[Category], context: bool) {
    common::check_last("fr", texts, want, context);
}

/// Own and inherited labels of each sentence of a small document.
#[track_caller]
fn check_doc(texts: &[&str], own: &[&[Category]], context: Option<&[&[Category]]>) {
    common::check_doc("fr", texts, own, context);
}

// ───────────── Sources non nommées : individus ─────────────
t!(anon_source_proche_dossier, "Le club a proposé un nouveau contrat au défenseur, selon une source proche du dossier.", [A]);
t!(anon_de_source_policiere, "De source policière, le suspect était connu des services pour des faits de violences.", [A]);
t!(anon_haut_fonctionnaire, "Un haut fonctionnaire de Bercy a reconnu que les prévisions étaient trop optimistes.", [A]);
t!(anon_entourage_ministre, "Dans l'entourage du ministre, on assure que la réforme sera présentée avant l'été.", [A]);
t!(anon_nos_informations, "Selon nos informations, l'enquête a été confiée à la brigade criminelle.", [A]);
t!(anon_appris_source_judiciaire, "Les deux hommes ont été mis en examen pour meurtre, a-t-on appris de source judiciaire.", [A]);
t!(anon_confie_conseiller, "« On avance, mais rien n'est signé », confie un conseiller de l'exécutif.", [A]);
t!(anon_glisse_proche, "« Il n'a jamais digéré cette défaite », glisse un proche de l'ancien président.", [A]);
// « devrait » : une prévision, pas un conditionnel de l'information non confirmée.
t!(anon_sources_concordantes, "Le directeur général devrait quitter ses fonctions d'ici la fin du mois, selon des sources concordantes.", [A]);
t!(anon_requis_anonymat, "Un responsable qui a requis l'anonymat a affirmé que les négociations étaient suspendues.", [A]);
t!(anon_diplomates_europeens, "Des diplomates européens jugent le calendrier irréaliste.", [A]);
t!(anon_souffle_t_on_bercy, "« Le dossier est sur le bureau du Premier ministre », souffle-t-on à Bercy.", [A]);
t!(anon_un_enqueteur, "Un enquêteur confie que la piste criminelle n'est pas écartée.", [A]);
t!(anon_source_syndicale, "Selon une source syndicale, près de 300 postes sont menacés sur le site.", [A]);
// « serait examiné » après « a indiqué que » : futur dans le passé.
t!(anon_source_gouvernementale, "Une source gouvernementale a indiqué que le texte serait examiné en juin.", [A]);
// Un ministre que le texte ne nomme pas : source anonyme, bien que « ministre » soit un titre.
t!(anon_confie_un_ministre, "« Ce n'est pas le moment de changer de cap », confie un ministre.", [A]);
t!(anon_un_depute_majorite, "Un député de la majorité estime que le gouvernement a perdu la main.", [A]);
t!(anon_cadre_parti, "Un cadre du parti reconnaît que la campagne a mal démarré.", [A]);
t!(anon_ses_proches, "Selon ses proches, l'ancien footballeur traverse une période difficile.", [A]);
t!(anon_un_proche_famille, "D'après un proche de la famille, la victime avait reçu des menaces.", [A]);
t!(anon_source_interne, "Une source interne évoque un climat délétère au sein de la rédaction.", [A]);
t!(anon_policier_sur_place, "Un policier présent sur les lieux raconte que la foule a forcé le cordon.", [A]);
t!(anon_plusieurs_temoins, "Plusieurs témoins ont décrit un homme vêtu de noir prenant la fuite.", [A]);
t!(anon_riverain_sans_nom, "Un riverain, qui n'a pas souhaité donner son nom, affirme avoir entendu trois détonations.", [A]);
// « à l'AFP » est le destinataire, pas la source.
t!(anon_securitaire_a_l_afp, "Une source sécuritaire a indiqué à l'AFP que l'assaillant avait été abattu.", [A]);
t!(anon_dirigeant_couvert, "« Tout le monde savait », lâche un dirigeant du club sous couvert d'anonymat.", [A]);
t!(anon_bon_connaisseur, "Selon un bon connaisseur du dossier, l'offre de rachat sera relevée.", [A]);
t!(anon_diplomate_decrit, "Un diplomate occidental en poste à Kiev décrit une situation « extrêmement tendue ».", [A]);
t!(anon_fonctionnaires_ministere, "Des fonctionnaires du ministère dénoncent une surcharge de travail.", [A]);
t!(anon_responsables_americains, "Des responsables américains ont confirmé la frappe.", [A]);
t!(anon_haut_grade, "Un haut gradé de l'armée ukrainienne admet que la contre-offensive piétine.", [A]);
t!(anon_magistrat, "Un magistrat ayant eu accès au dossier évoque des « failles béantes » dans la procédure.", [A]);
t!(anon_membre_gouvernement_couvert, "Un membre du gouvernement, sous le couvert de l'anonymat, reconnaît un « raté ».", [A]);
t!(anon_source_europeenne, "L'accord a été conclu dans la nuit, selon une source européenne.", [A]);
t!(anon_de_sources_diplomatiques, "De sources diplomatiques, on indique que l'ambassadeur a été rappelé.", [A]);
t!(anon_sources_proches_enquete, "Le suspect a été interpellé mardi à son domicile, a-t-on appris de sources proches de l'enquête.", [A]);
t!(anon_pilier_majorite, "« Il faut arrêter de se raconter des histoires », tranche un pilier de la majorité.", [A]);
t!(anon_ancien_collaborateur, "Un ancien collaborateur du maire décrit un homme « colérique et imprévisible ».", [A]);
// Les enquêteurs : des membres non nommés d'une institution (cf. « officials said »).
t!(anon_selon_les_enqueteurs, "Selon les enquêteurs, la victime connaissait son agresseur.", [A]);
t!(anon_sceau_anonymat, "Un gendarme, sous le sceau de l'anonymat, évoque des consignes de discrétion.", [A]);
t!(anon_pas_souhaite_etre_cite, "Un salarié, qui n'a pas souhaité être cité, décrit un management « par la peur ».", [A]);
t!(anon_en_off, "En off, un conseiller ministériel reconnaît que le calendrier ne tiendra pas.", [A]);
t!(anon_s_indigne_habitante, "« C'est un scandale », s'indigne une habitante du quartier.", [A]);
t!(anon_assure_t_on_chez, "« Aucune usine ne fermera », assure-t-on chez le constructeur.", [A]);
t!(anon_entourage_joueur_appris, "Le milieu de terrain souffre d'une déchirure, a-t-on appris auprès de son entourage.", [A]);
t!(anon_responsable_policier, "Selon un responsable policier, une vingtaine de personnes ont été interpellées.", [A]);
t!(anon_officier_police, "Un officier de police judiciaire décrit une scène « d'une rare violence ».", [A]);
t!(anon_au_sein_majorite, "Selon une source au sein de la majorité, le texte sera réécrit.", [A]);
t!(anon_temoin_raconte, "Un témoin raconte avoir vu le véhicule foncer sur la terrasse.", [A]);
t!(anon_source_aeroportuaire, "Le vol a été dérouté vers Lyon, selon une source aéroportuaire.", [A]);

// ───────────── Foules vagues ─────────────
t!(crowd_certains_observateurs, "Certains observateurs y voient un tournant dans la campagne.", [A]);
t!(crowd_beaucoup_estiment, "Dans la majorité, beaucoup estiment que le Premier ministre a commis une erreur.", [A]);
t!(crowd_on_dit_que, "On dit que l'entraîneur ne passera pas l'hiver.", [A]);
t!(crowd_d_aucuns, "D'aucuns y voient une manœuvre pour gagner du temps.", [A]);
t!(crowd_nombreux_economistes, "De nombreux économistes jugent l'objectif de déficit hors d'atteinte.", [A]);
t!(crowd_il_se_murmure, "Il se murmure dans les couloirs de l'Assemblée que la dissolution est imminente.", [A]);
// Le conditionnel « coûterait » marque l'information non établie : les deux.
t!(crowd_selon_certains_cond, "Selon certains, le projet coûterait deux fois plus cher que prévu.", [A, U]);
t!(crowd_les_critiques, "Les critiques dénoncent une réforme taillée pour les plus aisés.", [A]);
t!(crowd_nombreux_sont_ceux, "Nombreux sont ceux qui doutent de la sincérité du budget.", [A]);
t!(crowd_raconte_t_on_cond, "Le joueur aurait refusé de serrer la main de l'arbitre, raconte-t-on dans le vestiaire.", [A, U]);
t!(crowd_des_voix, "Des voix s'élèvent au sein du parti pour réclamer un congrès anticipé.", [A]);
t!(crowd_certains_y_voient, "Certains y voient un signal adressé aux marchés.", [A]);
t!(crowd_a_en_croire_detracteurs, "À en croire ses détracteurs, le maire gère la ville comme une entreprise.", [A]);
t!(crowd_nombreux_observateurs, "De nombreux observateurs estiment que la coalition ne passera pas l'hiver.", [A]);
// The guide: feelings are no source ("Demands, reactions and feelings are not sources").
t!(crowd_certains_elus, "Certains élus redoutent une flambée des impôts locaux.", []);

// ───────────── Médias non nommés / nommés ─────────────
t!(media_presse_locale_cond, "Le maire aurait été placé en garde à vue, selon la presse locale.", [A, U]);
t!(media_plusieurs_medias, "Plusieurs médias font état d'un accord imminent entre les deux clubs.", [A]);
t!(media_medias_espagnols, "L'attaquant s'est blessé à l'entraînement, selon des médias espagnols.", [A]);
t!(media_medias_locaux, "D'après des médias locaux, le bilan s'élève à douze morts.", [A]);
t!(media_presse_britannique, "La presse britannique affirme que le Premier ministre envisage un remaniement.", [A]);
t!(media_croit_savoir_presse, "Le sélectionneur serait sur le départ, croit savoir la presse italienne.", [A, U]);
t!(media_un_media_local, "Selon un média local, les affrontements ont fait trois blessés.", [A]);
t!(media_rapporte_le_parisien, "La réunion a été reportée, a rapporté Le Parisien.", [N]);
t!(media_selon_le_figaro, "Selon Le Figaro, le gouvernement prépare un nouveau plan d'économies.", [N]);
t!(media_informations_du_monde, "Selon les informations du Monde, le ministre a été entendu par les enquêteurs.", [N]);
t!(media_nos_confreres, "Selon nos confrères de Ouest-France, la digue a cédé vers 4 heures.", [N]);

// ───────────── Sources nommées ─────────────
t!(named_titre_nom, "Le ministre de l'Économie, Bruno Le Maire, a annoncé un gel des dépenses.", [N]);
t!(named_parquet_annonce, "Le parquet de Lyon a annoncé l'ouverture d'une information judiciaire pour homicide involontaire.", [N]);
t!(named_prefecture_indique, "La préfecture a indiqué que l'incendie était maîtrisé en fin de soirée.", [N]);
t!(named_selon_ministere, "Selon le ministère des Armées, deux drones ont été abattus dans la nuit.", [N]);
t!(named_declare_a_l_afp, "« Nous ne lâcherons rien », a déclaré Sophie Binet à l'AFP.", [N]);
t!(named_age_raconte, "Karim Benali, 45 ans, raconte avoir vu les flammes depuis son balcon.", [N]);
t!(named_explique_l_elu, "« On nous a menti », explique l'élu.", [N]);
t!(named_selon_lui, "Selon lui, la décision de la fédération est « incompréhensible ».", [N]);
t!(named_communique_club, "Dans un communiqué, le club a annoncé le départ de son entraîneur.", [N]);
t!(named_a_t_il_ajoute, "« Nous ferons appel de cette décision », a-t-il ajouté.", [N]);
t!(named_precise_gendarmerie, "Le conducteur a été contrôlé positif à l'alcool, précise la gendarmerie.", [N]);
t!(named_elysee_fait_savoir, "L'Élysée a fait savoir que le chef de l'État ne se rendrait pas au sommet.", [N]);
t!(named_matignon_dementi, "Matignon a démenti toute intervention dans le dossier.", [N]);
t!(named_selon_insee, "Selon l'Insee, le chômage a reculé de 0,2 point au troisième trimestre.", [N]);
t!(named_porte_parole_nom, "La porte-parole du gouvernement, Prisca Thevenot, a assuré que la loi serait appliquée.", [N]);
t!(named_avocat_me, "Son avocat, Me Thibault de Montbrial, dénonce « un acharnement judiciaire ».", [N]);
t!(named_procureur_detaille, "Le procureur de la République a détaillé le déroulé des faits lors d'une conférence de presse.", [N]);
t!(named_tribunal_estime, "Le tribunal administratif a estimé que l'arrêté portait une atteinte grave à la liberté de manifester.", [N]);
t!(named_cgt_denonce, "La CGT dénonce un « passage en force » du gouvernement.", [N]);
t!(named_selon_le_maire, "D'après le maire de la commune, une cinquantaine de maisons ont été inondées.", [N]);
t!(named_declare_au_parisien, "Le président de la région, Renaud Muselier, a déclaré au Parisien qu'il ne briguerait pas un nouveau mandat.", [N]);
t!(named_reconnu_entraineur, "« On a manqué de tout ce soir », a reconnu l'entraîneur lyonnais après la rencontre.", [N]);
t!(named_a_t_elle_precise, "La victime a été transportée au CHU, a-t-elle précisé.", [N]);
t!(named_rapport_cour_comptes, "Selon le rapport de la Cour des comptes, le coût du chantier a triplé.", [N]);
t!(named_sondage_ifop, "Selon un sondage Ifop publié dimanche, 62 % des Français désapprouvent la réforme.", [N]);
t!(named_psg_fait_savoir, "Le PSG a fait savoir que son capitaine serait absent trois semaines.", [N]);
t!(named_mairie_confirme_afp, "La mairie a confirmé à l'AFP la fermeture de l'école.", [N]);
t!(named_regrette_hidalgo, "« C'est un immense gâchis », regrette Anne Hidalgo.", [N]);
t!(named_pour_le_sociologue, "Pour le sociologue Michel Wieviorka, ce mouvement traduit une crise de confiance.", [N]);
t!(named_amnesty_accuse, "Amnesty International accuse les forces de sécurité d'avoir fait usage d'une force excessive.", [N]);
// Conditionnel sous une source nommée : l'assertion de la phrase est que le ministère l'a dit.
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(named_ministere_cond, "Selon le ministère de la Santé, le virus aurait déjà touché 3 000 personnes.", [N, U]);
t!(named_indique_porte_parole_sncf, "Le trafic reprendra jeudi, a indiqué à l'AFP un porte-parole de la SNCF.", [N]);
t!(named_selon_kremlin, "Selon le Kremlin, les discussions se poursuivront la semaine prochaine.", [N]);
t!(named_autorites_locales, "Selon les autorités locales, le séisme a fait au moins 40 morts.", [N]);
t!(named_deschamps_conf, "« On a été mauvais », a reconnu Didier Deschamps en conférence de presse.", [N]);
t!(named_interroge_sur_rtl, "Interrogé sur RTL, le ministre de la Santé a estimé que l'épidémie reculait.", [N]);
t!(named_prenom_age, "Marie, 34 ans, infirmière à Lille, témoigne de l'épuisement des équipes.", [N]);
t!(named_selon_la_federation, "Selon la fédération, le nombre de licenciés a progressé de 8 % cette saison.", [N]);
t!(named_selon_les_pompiers, "Selon les pompiers, l'incendie a détruit près de 200 hectares de garrigue.", [N]);
t!(named_patron_renault, "Le patron de Renault, Luca de Meo, a estimé que le marché restait fragile.", [N]);
t!(named_mediapart_cond, "Mediapart affirme que le ministre aurait bénéficié d'un prêt à taux zéro.", [N]);
t!(named_chiffres_officiels, "Selon les chiffres officiels, 1 200 migrants ont traversé la Manche en une semaine.", [N]);
t!(named_s_inquiete_syndicat, "Le syndicat Force ouvrière s'inquiète de la fermeture annoncée du site.", [N]);

// ───────────── Non vérifié ─────────────
t!(unv_aurait_pris_fuite, "Le suspect aurait pris la fuite à bord d'une voiture volée.", [U]);
t!(unv_serait_hospitalise, "Le chanteur serait hospitalisé depuis dimanche à Marseille.", [U]);
t!(unv_auraient_ete_detruits, "Plusieurs documents auraient été détruits avant la perquisition.", [U]);
t!(unv_se_serait_emporte, "Le ministre se serait emporté lors du Conseil des ministres.", [U]);
t!(unv_il_y_aurait, "Il y aurait plus de 2 000 personnes bloquées dans l'aéroport.", [U]);
t!(unv_envisagerait, "Le groupe envisagerait de fermer deux usines en Lorraine.", [U]);
t!(unv_disposerait, "L'organisation disposerait de plusieurs caches d'armes dans la région.", [U]);
t!(unv_souffrirait, "Le demi de mêlée souffrirait d'une entorse de la cheville.", [U]);
t!(unv_avoisinerait, "Le montant du transfert avoisinerait les 80 millions d'euros.", [U]);
t!(unv_tiendrait_la_corde, "La piste d'un règlement de comptes tiendrait la corde.", [U]);
t!(unv_auteur_presume, "L'auteur présumé de l'agression a été interpellé dimanche.", [U]);
// « présumé » qualifie l'assertion même : non vérifié, même sous une source nommée.
t!(unv_presume_avec_parquet, "Le parquet a annoncé la mise en examen du meurtrier présumé.", [N, U]);
t!(unv_pretendument, "Les fonds prétendument destinés à une association ont fini sur un compte à l'étranger.", [U]);
t!(unv_suppose_cerveau, "Le supposé cerveau de l'escroquerie a été extradé vers la France.", [U]);
t!(unv_selon_la_rumeur, "Selon la rumeur, le club s'apprête à changer de propriétaire.", [U]);
t!(unv_il_semblerait, "Il semblerait que le conducteur ait perdu le contrôle de son véhicule.", [U]);
t!(unv_semble_avoir, "Le gouvernement semble avoir renoncé à la taxe sur les superprofits.", [U]);
t!(unv_apparemment, "L'incendie est apparemment parti d'un court-circuit.", [U]);
t!(unv_pourrait_avoir_cause, "Un défaut de maintenance pourrait avoir causé l'accident.", [U]);
t!(unv_il_est_admis, "Il est admis que la réforme de 2010 a échoué à réduire les inégalités.", [U]);
t!(unv_on_sait_aujourd_hui, "On sait aujourd'hui que le virus circulait dès l'automne.", [U]);
t!(unv_mystere_pour_personne, "Ce n'est un mystère pour personne que le président lorgne sur la mairie de Paris.", [U]);
t!(unv_il_est_evident, "Il est évident que la sécurité du stade n'était pas assurée.", [U]);
t!(unv_sans_doute_deplace, "Le corps a sans doute été déplacé après le crime.", [U]);
t!(unv_vraisemblablement, "L'explosion est vraisemblablement due à une fuite de gaz.", [U]);
// Modal sur un fait présent (« could be behind the attack ») : non vérifié.
t!(unv_pourrait_etre_derriere, "La mafia locale pourrait être derrière cet incendie.", [U]);
t!(unv_tout_porte_a_croire, "Tout porte à croire que l'incendie est d'origine criminelle.", [U]);
// « Selon toute vraisemblance » : une spéculation, pas une foule de sources.
t!(unv_selon_toute_vraisemblance, "Selon toute vraisemblance, le tireur a agi seul.", [U]);
t!(unv_aurait_ete_tue, "Le chef du groupe armé aurait été tué lors d'une frappe de drone.", [U]);
t!(unv_soupconnes, "Les deux élus sont soupçonnés d'avoir détourné des fonds publics.", [U]);
t!(unv_il_parait, "Il paraît que le nouveau stade ne sera pas prêt à temps.", [U]);
t!(unv_laisse_penser, "Cela laisse penser que les pirates disposaient de complicités internes.", [U]);
t!(unv_se_serait_produit, "L'accident se serait produit vers 3 heures du matin.", [U]);
t!(unv_tout_le_monde_sait, "Tout le monde sait que le président du club veut vendre.", [U]);
t!(unv_aucun_doute, "Il ne fait aucun doute que le scrutin a été truqué.", [U]);
t!(unv_il_est_probable, "Il est probable que le virus ait circulé bien avant le premier cas détecté.", [U]);
t!(unv_aurait_signe, "Le joueur aurait signé un contrat de quatre ans avec le club saoudien.", [U]);
t!(unv_victime_presumee, "La victime présumée a porté plainte en 2019.", [U]);
// Conditionnel journalistique dans une relative : « qui aurait agi » rapporte un fait non établi.
t!(unv_relative_qui_aurait, "L'homme, qui aurait agi par vengeance, a été placé en garde à vue.", [U]);
t!(unv_porterait_signature, "L'attaque porterait la signature de l'État islamique.", [U]);
t!(unv_de_toute_evidence, "De toute évidence, les secours sont arrivés trop tard.", [U]);
t!(unv_bruit_court, "Le bruit court que le sélectionneur pourrait démissionner.", [U]);

// ───────────── Conditionnel grammatical : rien à signaler ─────────────
t!(gram_si_adopte, "Si le texte était adopté, il entrerait en vigueur dès janvier.", []);
t!(gram_je_voudrais, "Je voudrais d'abord saluer le travail des pompiers.", []);
t!(gram_nous_aimerions, "Nous aimerions que l'État tienne ses engagements.", []);
t!(gram_futur_dans_le_passe, "Le maire a annoncé qu'il se représenterait en 2026.", [N]);
t!(gram_devrait_s_achever, "Le chantier devrait s'achever à la fin de l'année.", []);
t!(gram_pourrait_etre_adopte, "Le texte pourrait être adopté dès la semaine prochaine.", []);
t!(gram_citation_nommee, "« Si on perd ce match, on serait relégués », a expliqué le capitaine Antoine Dupont.", [N]);
t!(gram_aurait_du_reagir, "Le club aurait dû réagir bien plus tôt.", []);
t!(gram_aurait_pu_etre_evite, "L'accident aurait pu être évité.", []);
t!(gram_il_faudrait, "Il faudrait doubler les effectifs pour tenir les délais.", []);
t!(gram_en_cas_de, "En cas de victoire dimanche, le club serait assuré du maintien.", []);
t!(gram_sans_les_secours, "S'il n'y avait pas eu les secours, le bilan serait bien plus lourd.", []);
t!(gram_pourraient_augmenter, "Les prix de l'énergie pourraient encore augmenter cet hiver.", []);
t!(gram_previsions_meteo, "Selon Météo-France, les orages pourraient toucher la Bretagne dès mardi.", [N]);
t!(gram_ministre_assure_serait, "Le ministre a assuré que le budget serait présenté en septembre.", [N]);
t!(gram_question_hypothetique, "Que se passerait-il en cas de défaut de paiement ?", []);
t!(gram_au_cas_ou, "Au cas où la grève serait reconduite, les trains seraient remplacés par des cars.", []);

// ───────────── À la fois anonyme et non vérifié ─────────────
t!(both_proche_club_malaise, "Le joueur aurait été victime d'un malaise à l'entraînement, selon une source proche du club.", [A, U]);
t!(both_entourage_serait_sorti, "Selon son entourage, le chanteur serait sorti de l'hôpital.", [A, U]);
// Verbe introducteur au présent : « aurait livré » ne peut être un futur dans le passé.
t!(both_diplomates_affirment_aurait, "Des diplomates européens affirment que Moscou aurait livré des missiles à la région.", [A, U]);
t!(both_presume_source_policiere, "L'auteur présumé des tirs a été interpellé, a-t-on appris de source policière.", [A, U]);
t!(both_observateurs_semble, "Selon plusieurs observateurs, le régime semble avoir perdu le contrôle du nord du pays.", [A, U]);
t!(both_confie_ministre_serait, "Le président serait prêt à dissoudre, confie un ministre.", [A, U]);
t!(both_temoins_il_y_aurait, "Il y aurait au moins dix blessés, selon des témoins.", [A, U]);
t!(both_presse_italienne_aurait, "À en croire la presse italienne, le joueur aurait déjà signé.", [A, U]);

// ───────────── Faits simples et faux amis ─────────────
t!(fact_rugby, "Le Stade toulousain s'est imposé 28 à 17 face au Racing 92 samedi soir.", []);
t!(fact_incendie, "Un incendie a ravagé un entrepôt de la zone industrielle dans la nuit de mardi à mercredi.", []);
t!(fact_cac40, "Le CAC 40 a clôturé en hausse de 1,2 % vendredi.", []);
t!(fact_assemblee_adopte, "L'Assemblée nationale a adopté le projet de loi en première lecture par 312 voix contre 201.", []);
t!(fact_source_electricite, "Le nucléaire reste une source d'électricité bon marché.", []);
t!(fact_sources_de_la_loire, "Les sources de la Loire se trouvent au pied du mont Gerbier-de-Jonc.", []);
t!(fact_open_source, "Le logiciel, publié en open source, est téléchargeable gratuitement.", []);
t!(fact_opinion, "Cette décision est une faute politique majeure.", []);
t!(fact_question_rhetorique, "Faut-il vraiment s'en étonner ?", []);
t!(fact_imparfait_lookalikes, "Les pompiers ouvraient les portes une à une et tiraient les blessés hors des décombres.", []);
t!(fact_demarrait, "Le bus démarrait quand le conducteur a été pris d'un malaise.", []);
t!(fact_a_la_source, "Le prélèvement à la source a été instauré en 2019.", []);
t!(fact_source_de_revenus, "Le tourisme est devenu la principale source de revenus de l'île.", []);
t!(fact_ministre_limoge, "Un ministre a été limogé après la publication des photos.", []);
t!(fact_habitant_nomme, "Un habitant du quartier, Jean Martin, raconte avoir entendu des cris.", [N]);
// « est supposé + infinitif » : une attente (« is supposed to »), pas une allégation.
t!(fact_est_suppose_arriver, "Le train est supposé arriver à 18 heures.", []);
t!(unv_chauffeur_aurait_menace, "Le chauffeur aurait menacé les passagers avant de s'enfuir.", [U]);
// « en cas de » (ajouté aux hypothèses pour « En cas de victoire, le club serait… ») ne
// conditionne ici que « tuer » : « aurait menacé » reste un conditionnel de l'information.
t!(#[ignore = "needs engine: mood::find neutralises every conditional of a sentence that holds a hypothesis marker; the hypothesis should scope to the clause it conditions (here only the infinitive)"]
   unv_menace_en_cas_d_intervention, "Le suspect aurait menacé de tuer les otages en cas d'intervention.", [U]);
t!(fact_temoins_mariage, "Les témoins du mariage ont signé le registre à la mairie.", []);

// ───────────── Contexte (plusieurs phrases) ─────────────
#[test]
fn ctx_pronom_apres_personne_nommee() {
    check_doc(
        &["La maire de Nantes, Johanna Rolland, a réagi lundi soir.", "Elle a dénoncé des « violences inacceptables »."],
        &[&[N], &[N]],
        None,
    );
}

#[test]
fn ctx_il_a_ajoute_apres_source_anonyme() {
    check_doc(&["Un haut responsable de la police a confirmé l'interpellation.", "Il a ajouté que l'homme était armé."], &[&[A], &[A]], None);
}

#[test]
#[ignore = "needs engine: «explique l'élu» after a named person is that person (definite description = anaphora), see named_explique_l_elu"]
fn ctx_explique_l_elu_apres_nom() {
    check_doc(&["Jean Dupont, maire de Saint-Malo, a pris la parole devant la mairie.", "« Nous sommes sous le choc », explique l'élu."], &[&[N], &[N]], None);
}

#[test]
fn ctx_recit_apres_selon_une_source() {
    check_doc(
        &["Le contrat du joueur a été signé mardi soir, selon une source proche du dossier.", "Le défenseur passera sa visite médicale lundi."],
        &[&[A], &[]],
        Some(&[&[], &[A]]),
    );
}

#[test]
fn ctx_citation_qui_continue_un_nom() {
    check_doc(
        &["« On a tout perdu », raconte Nadia Belkacem, 52 ans.", "« La maison, les papiers, les photos des enfants. »"],
        &[&[N], &[]],
        Some(&[&[], &[N]]),
    );
}

#[test]
#[ignore = "needs engine: the last speaker is only set by a reporting frame; an unnamed person introduced as a subject («Un cadre de la banque a accepté de témoigner») is not, so «Selon lui» defaults to named"]
fn ctx_selon_lui_apres_source_anonyme_proche() {
    // « selon lui » juste après un responsable non nommé : le même informateur.
    check_doc(&["Un cadre de la banque a accepté de témoigner.", "Selon lui, les consignes venaient de la direction."], &[&[A], &[A]], None);
}
