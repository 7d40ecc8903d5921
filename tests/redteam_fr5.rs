//! Red-team of the French engine, fifth round: press sentences written for this
//! test, never taken from a corpus. Focus: `unverified` as it appears in real
//! news copy — the journalistic conditional and other hedges in faits divers and
//! justice, international news and war, market rumours, political back rooms,
//! transfer gossip, health and science — against the conditionals that must stay
//! unlabelled (hypothesis, counterfactual, future in the past, politeness, wishes,
//! a named speaker's reported words, forecasts with « devrait » / « pourrait »,
//! the description of a bill or a plan). Gold labels follow
//! /work/shared/LABELS.md; a `//` note justifies the borderline ones.
//!
//! `t!(name, text, [labels])` asserts the exact own labels of a one-sentence
//! text; `m!(name, [sentences], [labels])` the own labels of the last sentence.

#[macro_use]
mod common;

use common::{A, N, U};
use sourcelight::Category;

#[track_caller]
fn check(texts: &[&str], want: &[Category], context: bool) {
    common::check_last("fr", texts, want, context);
}

// ───────────── Faits divers : le conditionnel de l'information ─────────────
t!(fd_aurait_perdu_controle, "La conductrice aurait perdu le contrôle de son véhicule dans un virage serré.", [U]);
t!(fd_victime_aurait_ete_poignardee, "La victime aurait été poignardée à trois reprises au niveau du thorax.", [U]);
t!(fd_suspect_aurait_pris_la_fuite, "Le suspect aurait pris la fuite à pied en direction du canal.", [U]);
t!(fd_aurait_ete_aperçu, "Le fugitif aurait été aperçu sur une aire d'autoroute près de Mâcon.", [U]);
t!(fd_seraient_connus_services, "Les deux frères seraient connus des services de police pour des faits de violence.", [U]);
t!(fd_se_serait_retranche, "Le forcené se serait retranché au premier étage avec son fils.", [U]);
t!(fd_aurait_chute, "L'ouvrier aurait chuté d'un échafaudage haut de huit mètres.", [U]);
t!(fd_seraient_en_etat_ivresse, "Les passagers de la voiture seraient tous en état d'ivresse.", [U]);
t!(fd_aurait_ete_declenche_volontairement, "L'incendie du gymnase aurait été déclenché volontairement.", [U]);
t!(fd_aurait_ete_sequestree, "La jeune femme aurait été séquestrée pendant près de deux jours.", [U]);
t!(fd_se_seraient_introduits, "Les cambrioleurs se seraient introduits par une fenêtre du rez-de-chaussée.", [U]);
t!(fd_aurait_ouvert_le_feu, "Le tireur aurait ouvert le feu depuis le toit d'un immeuble voisin.", [U]);
t!(fd_serait_decede_des_suites, "Le septuagénaire serait décédé des suites de ses blessures à l'hôpital.", [U]);
t!(fd_aurait_ete_renverse, "Le cycliste aurait été renversé par une camionnette qui ne s'est pas arrêtée.", [U]);
t!(fd_auraient_ete_derobes, "Des bijoux d'une valeur de 200 000 euros auraient été dérobés.", [U]);
t!(fd_aurait_agi_par_jalousie, "Le meurtrier présumé aurait agi par jalousie.", [U]);
t!(fd_aurait_ete_drogue, "Le chauffeur aurait été sous l'emprise de stupéfiants au moment de l'accident.", [U]);
t!(fd_l_enfant_aurait_echappe, "L'enfant aurait échappé à la surveillance de ses parents quelques minutes.", [U]);
t!(fd_le_chien_aurait_mordu, "Le chien aurait mordu la fillette au visage.", [U]);
t!(fd_aurait_ete_retrouvee_ligotee, "La gérante aurait été retrouvée ligotée dans la réserve du magasin.", [U]);
t!(fd_ne_serait_pas_criminelle, "La piste criminelle ne serait pas privilégiée à ce stade.", [U]);
t!(fd_n_aurait_pas_respecte, "Le camion n'aurait pas respecté le feu rouge.", [U]);
// Corpus (adjugé) : « selon les premiers éléments de l'enquête » est une source non nommée.
t!(fd_premiers_elements_aurait, "Selon les premiers éléments de l'enquête, la victime aurait été frappée à la tête avec un objet contondant.", [A, U]);
// Corpus (adjugé) : « selon les premières constatations » est une source non nommée.
t!(fd_premieres_constatations_aurait, "D'après les premières constatations, le feu aurait pris dans un local à poubelles.", [A, U]);
t!(fd_tout_laisse_penser, "Tout laisse penser que le drame est d'origine accidentelle.", [U]);
t!(fd_semble_avoir_ete, "Le véhicule semble avoir été volé la veille.", [U]);
t!(fd_vraisemblablement_suicide, "L'homme a vraisemblablement mis fin à ses jours.", [U]);
t!(fd_piste_privilegiee, "La thèse de l'accident domestique semble privilégiée par les enquêteurs.", [U]);
t!(fd_fuite_de_gaz, "Une fuite de gaz pourrait être à l'origine de l'explosion.", [U]);
t!(fd_pourrait_etre_lie_reglement_comptes, "Ce meurtre pourrait être lié à un règlement de comptes entre trafiquants.", [U]);
t!(fd_ne_serait_autre_que, "Le corbeau ne serait autre qu'une voisine de la famille.", [U]);

// ───────────── Justice ─────────────
t!(jus_aurait_reconnu_les_faits, "Placé en garde à vue, l'adolescent aurait reconnu les faits.", [U]);
t!(#[ignore = "needs engine: a reporting verb in the journalistic conditional (« aurait nié ») is no on-the-record frame; its named frame drops the reportive mood (REDTEAM-NEEDS fr5 #1)"] jus_aurait_nie, "Le prévenu aurait nié toute implication lors de sa première audition.", [U]);
t!(jus_serait_mis_en_cause, "Un deuxième élu serait mis en cause dans ce dossier de marchés truqués.", [U]);
t!(jus_auraient_ete_entendus, "Une dizaine de témoins auraient déjà été entendus par le juge d'instruction.", [U]);
t!(jus_instruction_aurait_ete_ouverte, "Une information judiciaire aurait été ouverte pour abus de biens sociaux.", [U]);
t!(jus_presume_auteur, "L'auteur présumé des coups de feu a été placé en détention provisoire.", [U]);
t!(jus_presumees_victimes, "Les victimes présumées de l'ancien moniteur sont désormais une quinzaine.", [U]);
t!(jus_pretendue_societe, "La prétendue société de conseil n'avait ni bureaux ni salariés.", [U]);
t!(jus_soupconne_avoir_detourne, "Le trésorier est soupçonné d'avoir détourné les cotisations des adhérents.", [U]);
t!(jus_aurait_beneficie_complicites, "Le détenu évadé aurait bénéficié de complicités à l'intérieur de la prison.", [U]);
t!(jus_aurait_ete_condamne_deja, "L'accusé aurait déjà été condamné à deux reprises pour des faits similaires.", [U]);
t!(jus_mobile_reste_a_etablir, "Le mobile du crime reste à établir.", [U]);
t!(jus_pas_encore_identifie, "L'identité du second agresseur n'a pas encore été établie.", [U]);
t!(jus_apparemment_sans_lien, "Les deux affaires sont apparemment sans lien.", [U]);
t!(jus_aurait_efface, "L'ancien directeur aurait effacé plusieurs disques durs avant la perquisition.", [U]);
t!(jus_proces_pourrait_se_tenir, "Le procès pourrait se tenir au printemps prochain.", []);

// ───────────── International et guerre ─────────────
t!(int_frappes_auraient_vise, "Des frappes auraient visé un dépôt de carburant dans la région de Belgorod.", [U]);
t!(#[ignore = "needs engine: « selon un bilan » — an indefinite document with no author is no named source (REDTEAM-NEEDS fr5 #2)"] int_bilan_non_confirme, "Au moins 37 civils auraient été tués, selon un bilan non confirmé.", [U]);
t!(int_impossible_a_verifier, "L'armée affirme avoir abattu onze drones, une information impossible à vérifier de source indépendante.", [N, U]);
t!(int_invérifiable, "Le bilan humain reste invérifiable sur le terrain.", [U]);
t!(int_ne_peut_etre_verifie, "Ce bilan ne peut être vérifié de façon indépendante.", [U]);
t!(int_chef_aurait_ete_elimine, "Le chef de la milice aurait été éliminé lors d'un raid nocturne.", [U]);
t!(int_combats_auraient_fait, "Les combats auraient fait plusieurs dizaines de morts dans les deux camps.", [U]);
t!(int_regime_detiendrait, "Le régime détiendrait encore plusieurs centaines de prisonniers politiques.", [U]);
t!(int_mercenaires_combattraient, "Des mercenaires étrangers combattraient aux côtés de l'armée régulière.", [U]);
t!(int_convoi_aurait_essuye, "Le convoi humanitaire aurait essuyé des tirs à l'entrée de la ville.", [U]);
t!(int_pyongyang_aurait_procede, "Pyongyang aurait procédé à un nouveau tir de missile balistique dans la nuit.", [U]);
t!(int_se_seraient_accordes, "Les deux camps se seraient accordés sur un échange de prisonniers.", [U]);
t!(int_negociations_se_tiendraient, "Des négociations secrètes se tiendraient actuellement à Doha.", [U]);
t!(int_president_refugie, "Le président déchu se serait réfugié dans un pays voisin.", [U]);
t!(int_navire_transporterait, "Le cargo transporterait des armes à destination des rebelles.", [U]);
t!(int_aurait_ete_abattu, "L'hélicoptère aurait été abattu par un missile sol-air.", [U]);
t!(int_auraient_franchi_frontiere, "Des blindés auraient franchi la frontière au petit matin.", [U]);
t!(int_aurait_ete_empoisonne, "L'opposant aurait été empoisonné lors d'un vol intérieur.", [U]);
t!(int_compterait_milliers_combattants, "Le groupe compterait désormais plusieurs milliers de combattants.", [U]);
t!(int_semble_confirmer, "Les images satellites semblent confirmer la présence de fosses communes.", [U]);
t!(int_vraisemblablement_tire_depuis, "Le missile a vraisemblablement été tiré depuis la mer Noire.", [U]);
t!(int_bilan_pourrait_s_alourdir, "Le bilan pourrait encore s'alourdir dans les prochaines heures.", []);
// « Des informations » sans origine sont des médias non nommés (comme « selon des
// informations ») : anonyme, et non confirmé.
t!(int_non_confirme_adjectif, "Des informations non confirmées évoquent des combats dans la capitale.", [A, U]);
t!(int_aurait_bascule, "La ville serait tombée aux mains des insurgés dans la soirée.", [U]);
t!(int_sans_possibilite_verifier, "Les rebelles revendiquent la prise de l'aéroport, sans qu'il soit possible de le vérifier.", [U]);

// ───────────── Économie et rumeurs de marché ─────────────
t!(eco_serait_en_discussions, "Le groupe serait en discussions avancées pour racheter son concurrent allemand.", [U]);
t!(eco_envisagerait_cession, "Le constructeur envisagerait la cession de sa filiale de camions.", [U]);
t!(eco_preparerait_plan_social, "La direction préparerait un plan social de grande ampleur.", [U]);
t!(eco_pourrait_avoir_pese, "La hausse des taux pourrait avoir pesé sur les ventes du trimestre.", [U]);
t!(eco_lorgnerait, "Le géant américain lorgnerait sur la start-up nantaise.", [U]);
t!(eco_serait_valorisee, "L'entreprise serait valorisée à plus de deux milliards d'euros.", [U]);
t!(eco_aurait_mandate_banque, "Le fonds aurait mandaté une banque d'affaires pour trouver un acquéreur.", [U]);
t!(eco_serait_sur_le_point, "L'opérateur serait sur le point d'annoncer une fusion.", [U]);
t!(eco_rumeur_de_rachat, "L'action a bondi de 12 % sur fond de rumeurs de rachat.", [U]);
t!(eco_bruits_de_couloir, "Des bruits de couloir évoquent le départ prochain du directeur financier.", [U]);
t!(eco_serait_en_pourparlers, "La compagnie aérienne serait en pourparlers avec deux constructeurs.", [U]);
t!(eco_aurait_ete_approche, "Le distributeur aurait été approché par un fonds d'investissement.", [U]);
t!(eco_croissance_devrait, "La croissance devrait rebondir légèrement au second semestre.", []);
t!(eco_prix_pourrait_augmenter, "Le prix de l'électricité pourrait encore augmenter cet hiver.", []);
t!(eco_serait_deficitaire, "La filiale serait déficitaire depuis trois exercices.", [U]);
t!(eco_aurait_licencie_discretement, "La plateforme aurait discrètement licencié une centaine de salariés.", [U]);
t!(eco_offre_serait_jugee, "L'offre serait jugée insuffisante par les actionnaires minoritaires.", [U]);
t!(eco_semblerait_que, "Il semblerait que la banque ait sous-estimé ses pertes.", [U]);
t!(eco_on_parle_de, "On parle d'une enveloppe de 500 millions d'euros.", [U]);
t!(eco_selon_les_rumeurs, "Selon les rumeurs, le patron serait poussé vers la sortie.", [U]);

// ───────────── Politique et coulisses ─────────────
t!(pol_elysee_aurait_tranche, "L'Élysée aurait tranché en faveur d'un remaniement limité.", [U]);
t!(pol_matignon_aurait_renonce, "Matignon aurait renoncé à recourir au 49.3.", [U]);
t!(pol_president_aurait_consulte, "Le chef de l'État aurait consulté plusieurs anciens Premiers ministres.", [U]);
t!(pol_serait_pressentie, "L'ancienne commissaire européenne serait pressentie pour le Quai d'Orsay.", [U]);
t!(pol_aurait_recadre, "Le Premier ministre aurait sèchement recadré son ministre de l'Intérieur.", [U]);
t!(#[ignore = "needs engine: « pour le ministère » after a verb is a complement, not a « pour X » source frame (REDTEAM-NEEDS fr5 #3)"] pol_tiendrait_la_corde_remaniement, "Une femme tiendrait la corde pour le ministère des Armées.", [U]);
t!(#[ignore = "needs engine: hypothesis scope — « en cas de » in a complement neutralises the main clause (REDTEAM-NEEDS fr3 #1, fr5 #4)"] pol_aurait_menace_demission, "La ministre aurait menacé de démissionner en cas de recul sur le texte.", [U]);
t!(pol_seraient_a_couteaux_tires, "Les deux hommes seraient à couteaux tirés depuis les législatives.", [U]);
t!(pol_partis_se_rapprocheraient, "Les deux partis se rapprocheraient en vue des municipales.", [U]);
t!(pol_aurait_ete_ecarte, "Le conseiller spécial aurait été écarté après la fuite de la note.", [U]);
t!(#[ignore = "needs engine: a reporting verb in the journalistic conditional (« aurait fait savoir ») is no on-the-record frame (REDTEAM-NEEDS fr5 #1)"] pol_aurait_fait_savoir_en_prive, "Le président aurait fait savoir en privé qu'il ne briguerait pas de troisième mandat.", [U]);
t!(pol_il_se_dit, "Il se dit dans les couloirs de l'Assemblée que la dissolution est prête.", [U]);
t!(pol_on_prete, "On prête au ministre l'intention de se présenter à la mairie de Lyon.", [U]);
t!(pol_serait_candidate, "La maire de Nantes serait candidate à la primaire.", [U]);
t!(pol_aurait_eu_un_echange_tendu, "Le président aurait eu un échange tendu avec son homologue italienne.", [U]);
t!(pol_de_toute_evidence, "De toute évidence, le gouvernement ne dispose plus d'une majorité.", [U]);
t!(pol_secret_polichinelle, "Sa candidature est un secret de polichinelle.", [U]);
t!(pol_serait_pret_a, "Le gouvernement serait prêt à lâcher du lest sur l'âge de départ.", [U]);
t!(pol_reforme_devrait_etre_presentee, "La réforme devrait être présentée en conseil des ministres en juillet.", []);

// ───────────── Sport et transferts ─────────────
t!(spo_serait_tout_proche, "Le milieu de terrain serait tout proche de s'engager avec le Bayern Munich.", [U]);
t!(spo_serait_proche_accord, "L'attaquant serait proche d'un accord avec un club de Premier League.", [U]);
t!(spo_aurait_donne_son_accord, "Le joueur aurait déjà donné son accord verbal.", [U]);
t!(spo_aurait_passe_visite, "Le défenseur aurait passé sa visite médicale ce matin à Madrid.", [U]);
t!(spo_serait_dans_le_viseur, "Le jeune gardien serait dans le viseur de plusieurs clubs anglais.", [U]);
t!(spo_reclamerait, "Le club réclamerait au moins 60 millions d'euros pour son capitaine.", [U]);
t!(spo_aurait_formule_offre, "Le PSG aurait formulé une première offre de 50 millions d'euros.", [U]);
t!(spo_ne_serait_plus_desire, "L'entraîneur ne serait plus désiré par la direction.", [U]);
t!(spo_serait_blesse, "Le demi de mêlée souffrirait d'une déchirure à la cuisse.", [U]);
t!(spo_pistes_evoquees, "Le nom de l'ancien sélectionneur circule pour reprendre l'équipe.", [U]);
t!(spo_aurait_refuse_prolonger, "Le meneur aurait refusé de prolonger son contrat.", [U]);
t!(spo_rumeurs_transfert, "Les rumeurs de transfert vont bon train autour de l'ailier.", [U]);
t!(spo_match_pourrait_etre_reporte, "Le match pourrait être reporté en raison de la neige.", []);
t!(spo_devrait_etre_titulaire, "Le capitaine devrait être titulaire samedi face à l'Irlande.", []);
t!(spo_pourrait_manquer, "L'ailier pourrait manquer la fin de saison.", []);
t!(spo_serait_quali, "Avec une victoire, l'équipe serait assurée de terminer en tête de son groupe.", []);
t!(spo_aurait_ete_contrôle_positif, "Le cycliste aurait été contrôlé positif à un produit masquant.", [U]);

// ───────────── Santé et sciences ─────────────
t!(san_pourrait_etre_lie, "Ce syndrome pourrait être lié à une exposition prolongée aux pesticides.", [U]);
t!(san_semble_indiquer, "L'étude semble indiquer un lien entre le manque de sommeil et le diabète.", [U]);
t!(san_pourrait_expliquer, "Cette mutation pourrait expliquer la plus grande contagiosité du variant.", [U]);
t!(san_serait_responsable, "Une bactérie présente dans l'eau serait responsable de l'intoxication.", [U]);
t!(san_aurait_ete_contamine_repas, "Une quarantaine d'élèves auraient été intoxiqués par un repas servi à la cantine.", [U]);
t!(san_pourrait_etre_du, "Le déclin des abeilles pourrait être dû à un parasite venu d'Asie.", [U]);
t!(san_probablement_transmis, "Le virus a probablement été transmis à l'homme par un animal.", [U]);
t!(san_suggere_que, "Ces résultats suggèrent que le traitement réduit le risque de rechute.", [U]);
t!(san_protegerait, "Une consommation modérée de café protégerait contre certaines maladies du foie.", [U]);
t!(san_augmenterait_risque, "Le travail de nuit augmenterait le risque de cancer du sein.", [U]);
t!(san_il_est_possible_que, "Il est possible que le patient ait été contaminé à l'hôpital.", [U]);
t!(san_serait_a_l_origine, "Un moustique tigre serait à l'origine des cas de dengue autochtone.", [U]);
t!(san_pourrait_avoir_joue, "La pollution pourrait avoir joué un rôle dans la hausse des cas d'asthme.", [U]);
t!(san_semblerait_efficace, "Le vaccin semble efficace contre les formes graves.", [U]);
t!(san_aurait_ete_observe, "Une baisse de la mortalité aurait été observée chez les patients traités.", [U]);
t!(san_epidemie_pourrait_toucher, "L'épidémie pourrait toucher plusieurs millions de personnes d'ici la fin de l'hiver.", []);
t!(san_vaccin_devrait, "Le vaccin devrait être disponible en pharmacie à l'automne.", []);
t!(san_etude_montre_named, "Une étude de l'Inserm montre que le risque baisse de 20 %.", [N]);

// ───────────── Mixtes : source anonyme et non vérifié ─────────────
t!(mix_source_policiere_aurait, "Le suspect aurait avoué le meurtre, selon une source policière.", [A, U]);
t!(mix_proche_dossier_serait, "D'après un proche du dossier, l'accord serait signé depuis plusieurs jours.", [A, U]);
t!(mix_medias_locaux_auraient, "Selon des médias locaux, des coups de feu auraient retenti près du palais présidentiel.", [A, U]);
t!(mix_sources_securitaires_auraient, "Des sources sécuritaires affirment que le commando aurait été formé à l'étranger.", [A, U]);
t!(mix_anonymat_presume, "Le présumé chef du réseau a été arrêté, a confié un enquêteur sous couvert d'anonymat.", [A, U]);
t!(mix_selon_nos_informations_serait, "Selon nos informations, le directeur serait sur le départ.", [A, U]);
t!(mix_presse_sportive, "Le milieu serait tout proche de rejoindre l'Atlético, rapporte la presse espagnole.", [A, U]);
t!(mix_named_allegation, "Le procureur a requis dix ans contre l'auteur présumé de l'attaque.", [N, U]);
t!(mix_named_pretendument, "L'ONG Human Rights Watch dénonce des exécutions prétendument menées au nom de la loi.", [N, U]);
t!(mix_named_information_non_verifiee, "Le ministère russe de la Défense affirme avoir repris le village, une affirmation qui n'a pas pu être vérifiée.", [N, U]);

// ───────────── Pièges : la source nommée et ses conditionnels ─────────────
// Le conditionnel dans les propos rapportés d'un locuteur nommé : la phrase affirme
// seulement que la personne l'a dit (« Putin said the troops would leave »).
t!(trap_procureur_indique_aurait, "Le procureur a indiqué que le suspect aurait agi seul.", [N]);
t!(trap_maire_annonce_rouvrirait, "Le maire a annoncé que la piscine rouvrirait en septembre.", [N]);
t!(trap_ministre_avait_promis, "La ministre avait promis que la réforme serait votée avant l'été.", [N]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap_selon_parquet_aurait, "Selon le parquet de Marseille, la victime aurait été visée par erreur.", [N, U]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap_selon_onu_auraient, "D'après l'ONU, plus de 200 000 personnes auraient fui les combats.", [N, U]);
t!(trap_citation_nommee, "« Il y aurait eu des pressions », a déclaré le président du club.", [N]);
t!(trap_avocat_assure_aurait, "L'avocat de la famille assure que l'enfant aurait pu être sauvé.", [N]);
t!(trap_entraineur_estime, "L'entraîneur estime que son équipe aurait mérité la victoire.", [N]);
// Le texte d'un projet de loi ou d'un plan est un document nommé (« le projet de loi »,
// « le texte », « le plan du gouvernement » : `named_heads`) : ce qu'il prévoit est sa
// teneur, rapportée ; le conditionnel y est celui d'une mesure à venir (si le texte est
// adopté), pas une information non confirmée : `named_source` seul.
t!(trap_texte_prevoit_seraient, "Le texte prévoit que les policiers municipaux seraient autorisés à consulter ce fichier.", [N]);
t!(trap_projet_de_loi_prevoit, "Le projet de loi prévoit que les amendes seraient doublées en cas de récidive.", [N]);
t!(#[ignore = "needs engine: a projection in the conditional (a plan, a cost) after a named « selon » reads as the reportive mood; a forecast is no hearsay"] trap_selon_le_plan, "Selon le plan présenté par le gouvernement, les hôpitaux recevraient deux milliards d'euros.", [N]);
// Sans cadre : la proposition est une condition (« une fois le texte adopté ») : rien.
t!(trap_une_fois_adopte, "Une fois le texte adopté, les agents seraient autorisés à porter une caméra-piéton.", []);
t!(trap_en_cas_adoption, "En cas d'adoption, la réforme entrerait en vigueur le 1er janvier.", []);
// Mais le conditionnel qui porte sur l'existence d'une mesure (le texte n'est pas connu
// officiellement) est l'information non confirmée.
t!(trap_texte_prevoirait, "Le projet de décret prévoirait une hausse de 15 % des franchises médicales.", [U]);
t!(trap_avant_projet_contiendrait, "L'avant-projet contiendrait une mesure de plafonnement des loyers.", [U]);

// ───────────── Pièges : hypothèse, contre-factuel, futur dans le passé ─────────────
t!(trap_si_greve_prolongeait, "Si la grève se prolongeait, les stations-service seraient à sec en quelques jours.", []);
t!(trap_sans_gilet, "Sans son gilet pare-balles, le policier aurait été tué sur le coup.", []);
t!(trap_il_aurait_fallu, "Il aurait fallu agir bien plus tôt pour sauver la filière.", []);
t!(trap_aurait_du_anticiper, "Le gouvernement aurait dû anticiper cette pénurie.", []);
t!(trap_aurait_mieux_valu, "Il aurait mieux valu reporter le scrutin.", []);
t!(trap_question_rhetorique, "Que se passerait-il si la digue venait à céder ?", []);
t!(trap_qui_aurait_pu_prevoir, "Qui aurait pu prévoir un tel effondrement ?", []);
t!(trap_personne_ne_savait, "Personne ne savait alors que ce voyage serait son dernier.", []);
t!(#[ignore = "needs engine: a present conditional after a past time anchor (« dix ans plus tard ») is a future in the past (REDTEAM-NEEDS fr5 #5)"] trap_futur_passe_recit, "Dix ans plus tard, elle deviendrait la première femme à diriger le groupe.", []);
t!(trap_futur_passe_ignorait, "Il ignorait encore que cette rencontre changerait sa vie.", []);
t!(trap_hypothese_a_defaut, "À défaut d'accord, les droits de douane seraient relevés à 25 %.", []);
t!(trap_au_cas_ou, "Au cas où le vol serait annulé, les passagers seraient remboursés.", []);
t!(#[ignore = "needs engine: counterfactual of a concessive « même avec + nom , » (REDTEAM-NEEDS fr5 #5)"] trap_meme_avec, "Même avec un meilleur budget, le club n'aurait pas pu rivaliser.", []);
t!(trap_a_un_point_pres, "À un point près, l'équipe aurait disputé les barrages.", []);

// ───────────── Pièges : politesse, souhaits, prévisions, possibilités ─────────────
t!(trap_politesse_je_voudrais, "« Je voudrais remercier tous les bénévoles », a lancé la présidente de l'association.", [N]);
t!(trap_souhait_aimeraient, "Les parents d'élèves aimeraient que la cantine propose un repas végétarien.", []);
t!(trap_souhait_voudrait, "Le club voudrait construire un nouveau stade d'ici 2030.", []);
t!(trap_prevision_devrait_rester, "Le chômage devrait rester stable au troisième trimestre.", []);
t!(trap_prevision_devraient_arriver, "Les premiers flocons devraient tomber dès mardi sur les Vosges.", []);
t!(trap_possibilite_pourrait_fermer, "L'usine pourrait fermer ses portes si aucun repreneur ne se manifeste.", []);
t!(trap_possibilite_pourraient_saisir, "Les syndicats pourraient saisir la justice.", []);
t!(trap_permettrait, "Ce nouveau tramway permettrait de désengorger le centre-ville.", []);
t!(trap_il_faudrait, "Il faudrait au moins trois ans pour reconstruire le pont.", []);
t!(trap_ce_serait_une_erreur, "Ce serait une erreur de baisser la garde maintenant.", []);
t!(trap_on_pourrait_croire, "On pourrait croire que la crise est derrière nous.", []);
t!(trap_serait_de_proposition, "L'idée serait de mutualiser les achats entre communes.", []);
t!(trap_fait_etabli, "Le suspect a été mis en examen pour meurtre et placé en détention provisoire.", []);
t!(trap_fait_bilan_officiel, "L'accident a fait trois morts et cinq blessés sur l'A7.", []);
t!(trap_la_police_a_indique, "La police a indiqué que deux hommes avaient été interpellés.", [N]);

// ───────────── Deuxième série : tournures plus rares du conditionnel et des hedges ─────────────
t!(r2_se_serait_vu_proposer, "Le sélectionneur se serait vu proposer une prolongation jusqu'en 2028.", [U]);
t!(r2_auraient_ete_vus, "Des hommes armés auraient été vus rôdant autour de la ferme.", [U]);
t!(r2_seraient_au_nombre, "Les blessés seraient au nombre de douze.", [U]);
t!(r2_il_y_aurait, "Il y aurait plus de 300 logements vacants dans le quartier.", [U]);
t!(r2_il_y_aurait_eu, "Il y aurait eu des tirs de sommation avant l'assaut.", [U]);
t!(r2_ce_serait_lui, "Ce serait lui qui aurait prévenu les secours.", [U]);
t!(r2_aurait_apparemment, "Le gardien aurait apparemment laissé la porte ouverte.", [U]);
t!(r2_peut_etre_lie, "Ce nouvel incident est peut-être lié à la coupure de courant de la veille.", [U]);
t!(r2_sans_doute_mal, "Le message a sans doute été mal interprété.", [U]);
t!(r2_il_semblerait_que, "Il semblerait que le pilote ait tenté un atterrissage d'urgence.", [U]);
t!(r2_a_priori_accident, "A priori, il s'agit d'un accident.", [U]);
t!(r2_tout_porte_a_croire, "Tout porte à croire que le colis a été piégé.", [U]);
t!(r2_selon_toute_vraisemblance, "Selon toute vraisemblance, l'avion s'est abîmé en mer.", [U]);
t!(r2_doute_incontestablement, "Il est clair que la direction a menti aux salariés.", [U]);
t!(r2_dit_on, "L'homme, raconte-t-on, aurait fait fortune dans l'immobilier.", [A, U]);
t!(r2_officieusement, "Officieusement, le contrat est déjà signé.", [U]);
t!(r2_reste_a_confirmer, "Cette piste reste à confirmer.", [U]);
t!(r2_selon_des_temoignages, "Des témoins affirment avoir entendu deux détonations.", [A]);
t!(r2_probablement_sera, "Le chantier a probablement pris du retard à cause des intempéries.", [U]);
t!(r2_disparu_seraient, "Une trentaine de migrants seraient portés disparus après le naufrage.", [U]);
t!(r2_aurait_ete_interpelle_relative, "L'homme, qui aurait été interpellé à son domicile, a été déféré.", [U]);
