//! Red-team of the French engine, sixth round: press sentences written for this
//! test, never taken from a corpus. Focus: the registers the earlier rounds covered
//! least — regional and local news (town council, schools, hospitals, gendarmerie
//! appeals for witnesses), health and science (« des médecins alertent », an
//! unsigned study, « selon des spécialistes »), everyday economy (shopkeepers,
//! economists, « les professionnels du secteur »), reportage and portraits (residents,
//! parents, staff, supporters, witnesses introduced by a first name), editorials
//! and analysis (« les détracteurs », « ses partisans », « nombre d'observateurs »,
//! « dans les milieux autorisés »), with traps that stay unlabelled or `named_source`.
//! Gold labels follow /work/shared/LABELS.md; a `//` note justifies the borderline ones.
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

// ───────────── Presse locale : conseil municipal, mairie ─────────────
t!(loc_conseil_a_vote, "Le conseil municipal a voté mardi soir la hausse des tarifs de la cantine.", []);
t!(loc_maire_a_annonce, "Le maire de Saint-Brieuc a annoncé la fermeture provisoire de la piscine municipale.", [N]);
t!(loc_elu_opposition_aurait, "Selon un élu de l'opposition, le budget aurait été bouclé dans la précipitation.", [A, U]);
t!(loc_conseillers_denoncent, "Plusieurs conseillers municipaux dénoncent un manque de transparence dans l'attribution des subventions.", [A]);
t!(loc_projet_rocade_abandonne, "Le projet de rocade serait abandonné, selon plusieurs élus locaux.", [A, U]);
t!(loc_adjointe_explique, "L'adjointe à l'urbanisme, Claire Morvan, explique que le chantier prendra deux ans.", [N]);
t!(loc_municipalite_envisage, "La municipalité envisage de transformer l'ancienne caserne en logements sociaux.", []);
t!(loc_un_adjoint_confie, "Un adjoint confie que le maire ne briguera pas de nouveau mandat.", [A]);
t!(loc_dans_l_entourage_du_maire, "Dans l'entourage du maire, on assure que le dossier est clos.", [A]);
t!(loc_des_riverains_se_plaignent, "Des riverains se plaignent depuis des mois du bruit des camions de livraison.", [A]);
// The guide: feelings are no source ("Demands, reactions and feelings are not sources").
t!(loc_les_riverains_redoutent, "Les riverains de la future zone commerciale redoutent une explosion du trafic.", []);
t!(loc_comite_de_quartier_named, "Le comité de quartier des Glycines a déposé un recours devant le tribunal administratif.", []);
t!(loc_prefecture_a_indique, "La préfecture a indiqué que l'arrêté de restriction d'eau serait levé lundi.", [N]);
t!(loc_le_bruit_court_fermeture, "Le bruit court que le bureau de poste du village fermera à la rentrée.", [U]);
t!(loc_serait_en_deficit, "Le syndicat intercommunal des eaux serait lourdement endetté.", [U]);
t!(loc_deliberation_adoptee, "La délibération a été adoptée à l'unanimité moins deux abstentions.", []);
t!(loc_a_en_croire_agents, "À en croire plusieurs agents municipaux, les consignes de sécurité ne sont pas respectées.", [A]);
t!(loc_le_maire_lui_assure, "Le maire, lui, assure que les finances de la commune sont saines.", [N]);

// ───────────── Écoles ─────────────
t!(eco_parents_affirment, "Des parents d'élèves affirment que les enfants ont été laissés sans surveillance pendant la récréation.", [A]);
t!(eco_mere_eleve_anonyme, "Une mère d'élève, qui préfère rester anonyme, évoque un climat de peur dans l'établissement.", [A]);
t!(eco_selon_le_rectorat, "Selon le rectorat, aucun incident n'a été signalé dans l'établissement.", [N]);
t!(eco_enseignants_deplorent, "Les enseignants du collège déplorent des classes de trente-deux élèves.", [A]);
t!(eco_une_enseignante_raconte, "Une enseignante raconte avoir acheté elle-même les fournitures de sa classe.", [A]);
t!(eco_principal_aurait_ete_menace, "Le principal du collège aurait été menacé par un parent d'élève.", [U]);
t!(eco_fermeture_classe_actee, "La fermeture d'une classe de maternelle a été actée par l'inspection académique.", []);
t!(eco_inspection_academique_precise, "L'inspection académique précise que deux postes seront créés à la rentrée.", [N]);
t!(eco_un_professeur_sous_couvert, "Sous couvert d'anonymat, un professeur dénonce la pression exercée sur les notes.", [A]);
t!(eco_la_fcpe_reclame, "La FCPE réclame le remplacement immédiat des enseignants absents.", [N]);
t!(eco_eleves_auraient_filme, "Plusieurs élèves auraient filmé la scène avec leur téléphone.", [U]);
t!(eco_lyceens_temoignent, "Des lycéens témoignent de fouilles de sacs à l'entrée de l'établissement.", [A]);

// ───────────── Hôpitaux ─────────────
t!(hop_hopital_manquerait, "L'hôpital de Morlaix manquerait cruellement d'anesthésistes.", [U]);
t!(hop_selon_des_soignants, "Selon des soignants, les urgences ont fermé leurs portes trois nuits la semaine dernière.", [A]);
t!(hop_centre_hospitalier_communique, "Le centre hospitalier a indiqué dans un communiqué que les urgences resteraient ouvertes.", [N]);
t!(hop_infirmier_raconte, "Un infirmier du service de nuit raconte des gardes de quatorze heures sans pause.", [A]);
t!(hop_de_source_hospitaliere, "De source hospitalière, on dénombre une quarantaine de patients sur des brancards.", [A]);
t!(hop_direction_dement, "La direction de l'hôpital dément toute fermeture de lits cet hiver.", [N]);
t!(hop_agence_regionale_sante, "L'agence régionale de santé a annoncé le recrutement de six médecins urgentistes.", [N]);
t!(hop_patient_serait_decede, "Un patient serait décédé après douze heures d'attente sur un brancard.", [U]);
t!(hop_personnels_alertent, "Les personnels de la maternité alertent sur le manque de sages-femmes.", [A]);
t!(hop_aide_soignante_temoigne, "Une aide-soignante témoigne de la fatigue des équipes après deux ans de crise.", [A]);
t!(hop_cgt_sante_denonce, "La CGT santé dénonce des conditions de travail indignes.", [N]);
t!(hop_sans_doute_sous_effectif, "Le service tourne sans doute en sous-effectif depuis l'été.", [U]);

// ───────────── Gendarmerie : appels à témoins, faits divers locaux ─────────────
t!(gen_lance_appel_a_temoins, "La gendarmerie lance un appel à témoins après la disparition d'un adolescent de 15 ans.", []);
t!(gen_toute_personne, "Toute personne susceptible de fournir des renseignements est invitée à contacter la brigade de Lamballe.", []);
t!(gen_aurait_ete_vu, "L'adolescent aurait été vu pour la dernière fois samedi vers 18 heures près de la gare.", [U]);
t!(gen_portait_un_sweat, "Il portait un sweat-shirt gris et un jean au moment de sa disparition.", []);
t!(gen_compagnie_precise, "La compagnie de gendarmerie de Dinan précise qu'aucune piste n'est écartée.", [N]);
t!(gen_selon_un_gendarme, "Selon un gendarme, le conducteur roulait à plus de 150 km/h.", [A]);
t!(gen_voisine_aurait_entendu, "Une voisine aurait entendu des cris vers deux heures du matin.", [U]);
t!(gen_un_voisin_raconte, "Un voisin raconte avoir vu une camionnette blanche stationner plusieurs nuits de suite.", [A]);
t!(gen_vol_de_cuivre, "Des câbles en cuivre ont été volés sur le chantier de la future médiathèque.", []);
t!(gen_seraient_originaires, "Les malfaiteurs seraient originaires de la région lilloise.", [U]);
t!(gen_le_parquet_a_ouvert, "Le parquet de Saint-Malo a ouvert une enquête pour homicide involontaire.", []);
t!(gen_procureur_a_precise, "Le procureur a précisé que l'autopsie aurait lieu jeudi.", [N]);

// ───────────── Santé et sciences ─────────────
t!(san_des_medecins_alertent, "Des médecins alertent sur la hausse des cas de rougeole chez les enfants non vaccinés.", [A]);
// The guide: feelings are no source ("Demands, reactions and feelings are not sources").
t!(san_medecins_generalistes_craignent, "Les médecins généralistes craignent une vague de bronchiolite plus précoce que d'habitude.", []);
// Une étude sans auteur ni revue : une interprétation (« suggère »), pas un document identifié.
t!(san_une_etude_suggere, "Une étude récente suggère que la consommation de café protégerait le foie.", [U]);
t!(san_selon_des_specialistes, "Selon des spécialistes, la résistance aux antibiotiques progresse plus vite que prévu.", [A]);
t!(san_specialistes_s_accordent, "Les spécialistes s'accordent à dire que le dépistage précoce sauve des vies.", [A]);
t!(san_des_chercheurs_pensent, "Des chercheurs pensent que le virus circulait déjà à l'automne.", [A]);
t!(san_le_virus_aurait_circule, "Le virus aurait circulé plusieurs semaines avant le premier cas recensé.", [U]);
t!(san_haute_autorite_recommande, "La Haute Autorité de santé recommande une troisième dose pour les plus de 80 ans.", [N]);
t!(san_sante_publique_france, "Santé publique France a recensé 312 cas depuis le début de l'année.", [N]);
t!(san_il_semblerait_que, "Il semblerait que les femmes soient davantage touchées par cette forme de la maladie.", [U]);
t!(san_semble_efficace, "Le traitement semble efficace chez les patients les plus jeunes.", [U]);
t!(san_pourrait_etre_lie_pollution, "Cette recrudescence d'asthme pourrait être liée à la pollution aux particules fines.", [U]);
t!(san_un_pneumologue_explique, "Un pneumologue de l'hôpital explique que les symptômes durent parfois des mois.", [A]);
t!(san_pr_nommee_explique, "« Il faut rester prudent », explique la professeure Anne Leclerc, infectiologue à Bordeaux.", [N]);
t!(san_essai_clinique_demarre, "Un essai clinique portant sur 400 patients démarrera en janvier.", []);
t!(san_les_experts_estiment, "Les experts estiment que l'épidémie a atteint son pic.", [A]);
t!(san_publie_dans_nature, "Les travaux, publiés dans la revue Nature, montrent que le glacier recule de 30 mètres par an.", [N]);
t!(san_vaccin_pourrait_etre_disponible, "Le vaccin pourrait être disponible en pharmacie dès l'automne prochain.", []);
t!(san_nombreux_scientifiques, "De nombreux scientifiques doutent de la fiabilité de ces tests.", [A]);
t!(san_il_est_probable, "Il est probable que le nombre réel de cas soit bien supérieur.", [U]);
t!(san_generalement_admis, "Il est admis que l'exercice physique réduit le risque cardiovasculaire.", [U]);
t!(san_la_molecule_presumee, "La molécule, présumée responsable des intoxications, a été retirée du marché.", [U]);
t!(san_selon_l_oms, "Selon l'OMS, la couverture vaccinale recule dans une vingtaine de pays.", [N]);
t!(san_pediatres_s_inquietent, "Des pédiatres s'inquiètent de l'exposition des tout-petits aux écrans.", [A]);

// ───────────── Économie du quotidien ─────────────
t!(eq_commercants_se_plaignent, "Les commerçants se plaignent de la baisse de fréquentation depuis la piétonnisation.", [A]);
t!(eq_des_economistes_anticipent, "Des économistes anticipent une nouvelle hausse des prix de l'énergie.", [A]);
// The guide: feelings are no source ("Demands, reactions and feelings are not sources").
t!(eq_professionnels_du_secteur, "Les professionnels du secteur redoutent une saison touristique en demi-teinte.", []);
t!(eq_selon_les_professionnels, "Selon les professionnels du tourisme, les réservations sont en retrait de 15 %.", [A]);
t!(eq_un_boulanger_confie, "Un boulanger du centre-ville confie avoir vu sa facture d'électricité tripler.", [A]);
// The guide: feelings are no source ("Demands, reactions and feelings are not sources").
t!(eq_restaurateurs_craignent, "Les restaurateurs craignent de ne pas trouver de saisonniers cet été.", []);
t!(eq_l_insee_a_publie, "L'Insee a publié mardi ses chiffres de l'inflation pour le mois de mars.", []);
t!(eq_selon_l_insee, "Selon l'Insee, les prix alimentaires ont augmenté de 11 % sur un an.", [N]);
t!(eq_croissance_devrait, "La croissance devrait ralentir au second semestre.", []);
t!(eq_enseigne_serait_en_difficulte, "L'enseigne de prêt-à-porter serait au bord du dépôt de bilan.", [U]);
t!(eq_repreneur_serait_interesse, "Un repreneur serait intéressé par l'usine de Saint-Nazaire.", [U]);
t!(eq_salaries_inquiets, "Des salariés de l'usine disent ne rien savoir de l'avenir du site.", [A]);
t!(eq_la_direction_assure, "La direction assure qu'aucun licenciement n'est prévu.", [N]);
t!(eq_agriculteurs_denoncent, "Des agriculteurs dénoncent des prix d'achat inférieurs à leurs coûts de production.", [A]);
t!(eq_la_fnsea_reclame, "La FNSEA réclame un moratoire sur les nouvelles normes environnementales.", [N]);
t!(eq_nombre_d_economistes, "Nombre d'économistes jugent cette mesure inefficace.", [A]);
t!(eq_prix_du_gazole_a_baisse, "Le prix du gazole a baissé de quatre centimes en une semaine.", []);
t!(eq_les_consommateurs_semblent, "Les consommateurs semblent bouder les produits bio.", [U]);
t!(eq_sans_aucun_doute, "La hausse des taux pèse sans aucun doute sur le marché immobilier.", [U]);
t!(eq_agents_immobiliers_constatent, "Des agents immobiliers constatent un allongement des délais de vente.", [A]);
t!(eq_banque_de_france_table, "La Banque de France table sur une inflation de 2,5 % en fin d'année.", [N]);
t!(eq_on_estime_que, "On estime que près d'un foyer sur cinq peine à payer son chauffage.", [U]);

// ───────────── Reportages et portraits ─────────────
t!(rep_prenom_age_raconte, "Martine, 61 ans, raconte qu'elle a dû vendre sa voiture pour payer ses dettes.", [N]);
t!(rep_prenom_age_citation, "« On ne vit plus, on survit », résume Yanis, 23 ans, livreur à vélo.", [N]);
t!(rep_prenom_modifie, "Sophie, dont le prénom a été modifié, dit avoir été licenciée du jour au lendemain.", [A]);
t!(rep_des_habitants_racontent, "Des habitants racontent avoir été réveillés par une forte détonation.", [A]);
t!(rep_une_habitante_souffle, "« On a tout perdu », souffle une habitante du quartier.", [A]);
t!(rep_un_supporter_regrette, "Un supporter, écharpe autour du cou, regrette l'ambiance d'autrefois.", [A]);
t!(rep_les_supporters_reclament, "Les supporters réclament depuis des semaines le départ de l'entraîneur.", [A]);
t!(rep_selon_des_temoins, "Selon des témoins, la voiture a percuté la vitrine à vive allure.", [A]);
t!(rep_un_temoin_aurait, "D'après un témoin, le conducteur aurait pris la fuite.", [A, U]);
t!(rep_parents_inquiets, "Des parents inquiets disent avoir appris la nouvelle par les réseaux sociaux.", [A]);
t!(rep_un_pere_de_famille, "Un père de famille raconte sa nuit passée dans le gymnase transformé en centre d'accueil.", [A]);
t!(rep_un_benevole_explique, "Un bénévole de l'association explique que les demandes d'aide ont doublé.", [A]);
t!(rep_les_benevoles_constatent, "Les bénévoles constatent une hausse du nombre d'étudiants à la distribution.", [A]);
t!(rep_portrait_sans_source, "Depuis trente ans, Gérard tient l'épicerie du village avec sa femme.", []);
t!(rep_nomme_raconte, "Pierre Lemoine, pêcheur à Douarnenez, raconte la disparition des sardines.", [N]);
t!(rep_un_habitue_sourit, "« Ici, tout le monde se connaît », sourit un habitué du bar-tabac.", [A]);
t!(rep_une_retraitee_confie, "Une retraitée confie ne plus sortir le soir depuis l'agression.", [A]);
t!(rep_le_gerant_assure, "Le gérant du camping, Marc Dubois, assure que les réservations ont repris.", [N]);
t!(rep_les_gens_disent, "Les gens du quartier disent que rien n'a changé depuis les émeutes.", [A]);
t!(rep_les_commercants_racontent, "Sur le marché, les commerçants racontent des clients de plus en plus regardants.", [A]);
t!(rep_tout_le_monde_sait, "Au village, tout le monde sait que l'usine ne rouvrira pas.", [U]);
t!(rep_il_parait_que, "Il paraît que le nouveau propriétaire veut raser la vieille halle.", [U]);

// ───────────── Éditoriaux et analyses ─────────────
t!(edi_les_detracteurs_estiment, "Ses détracteurs estiment que la réforme frappe d'abord les classes moyennes.", [A]);
t!(edi_ses_partisans_jugent, "Ses partisans jugent au contraire qu'elle rétablit l'équité.", [A]);
t!(edi_nombre_d_observateurs, "Nombre d'observateurs y voient le signe d'un virage à droite.", [A]);
t!(edi_milieux_autorises, "Dans les milieux autorisés, on laisse entendre que le remaniement est imminent.", [A]);
t!(edi_selon_les_milieux_autorises, "Selon les milieux bien informés, le ministre aurait déjà présenté sa démission.", [A, U]);
t!(edi_certains_analystes, "Certains analystes évoquent déjà une crise de régime.", [A]);
t!(edi_opinion_sans_source, "Cette réforme est une erreur historique.", []);
t!(edi_question_rhetorique, "Qui peut encore croire aux promesses du gouvernement ?", []);
t!(edi_il_est_evident, "Il est évident que le gouvernement a perdu la bataille de l'opinion.", [U]);
t!(edi_de_toute_evidence, "De toute évidence, la majorité n'a pas mesuré la colère des campagnes.", [U]);
t!(edi_personne_n_ignore, "Personne n'ignore que le parti est divisé sur la question.", [U]);
t!(edi_beaucoup_pensent, "Beaucoup pensent que le président ne se représentera pas.", [A]);
t!(edi_d_aucuns, "D'aucuns y voient une manœuvre électorale.", [A]);
t!(edi_nous_pensons, "Nous pensons que cette loi mérite mieux qu'un vote bloqué.", []);
t!(edi_les_critiques_pleuvent, "Les critiques de l'opposition se concentrent sur le coût du projet.", []);
t!(edi_ses_adversaires_l_accusent, "Ses adversaires l'accusent de brader le patrimoine de la ville.", [A]);
t!(edi_a_droite_on_murmure, "À droite, on murmure que l'ancien ministre prépare son retour.", [A]);
t!(edi_les_sondages_montrent, "Le dernier sondage Ifop montre un recul de quatre points de la majorité.", [N]);
t!(edi_secret_de_polichinelle, "C'est un secret de polichinelle : le sénateur lorgne la mairie.", [U]);
t!(edi_politologue_nomme, "Pour le politologue Luc Rouban, le vote protestataire s'enracine.", [N]);
t!(edi_un_politologue_analyse, "Un politologue analyse ce scrutin comme un désaveu du pouvoir central.", [A]);
t!(edi_si_le_texte_etait, "Si le texte était adopté, les loyers seraient plafonnés dans vingt villes.", []);
t!(edi_aurait_du, "Le gouvernement aurait dû consulter les élus locaux.", []);
t!(edi_les_mauvaises_langues, "Les mauvaises langues affirment que le préfet a été muté pour avoir déplu.", [A]);
t!(edi_on_prete_au_maire, "On prête au maire l'intention de se présenter aux sénatoriales.", [U]);

// ───────────── Pièges : « source », conditionnels grammaticaux, noms ─────────────
t!(tr_source_de_revenus, "Le tourisme reste la principale source de revenus de la commune.", []);
t!(tr_source_thermale, "La station thermale doit sa renommée à une source d'eau chaude.", []);
t!(tr_je_voudrais, "« Je voudrais simplement qu'on nous écoute », lance Nadia, 45 ans, aide à domicile.", [N]);
t!(tr_il_a_dit_qu_il_viendrait, "Le ministre de la Santé a dit qu'il viendrait inaugurer le nouveau scanner.", [N]);
t!(tr_hypothese_si, "S'il pleuvait dimanche, la fête du village serait reportée.", []);
t!(tr_un_temoin_de_mariage, "Son témoin de mariage était un ami d'enfance.", []);
t!(tr_medecin_traitant, "Chaque patient doit déclarer un médecin traitant auprès de sa caisse.", []);
t!(tr_les_habitants_sont_invites, "Les habitants sont invités à limiter leur consommation d'eau.", []);
t!(tr_le_club_a_annonce, "Le club a annoncé l'arrivée d'un nouveau gardien.", [N]);
t!(tr_le_collectif_denonce, "Le collectif Sauvons la maternité dénonce une décision prise sans concertation.", [N]);
t!(tr_association_nommee, "L'association UFC-Que Choisir a relevé des écarts de prix de 30 % entre les magasins.", [N]);
t!(tr_chiffres_officiels, "D'après les chiffres de la préfecture, 3 200 foyers sont privés d'électricité.", [N]);
t!(tr_ce_serait_une_erreur, "Ce serait une erreur de fermer ce service en plein hiver.", []);
t!(tr_il_faudrait, "Il faudrait au moins deux ans pour reconstruire le pont.", []);
t!(tr_le_chantier_devrait, "Le chantier devrait s'achever d'ici la fin de l'année.", []);
// Les observateurs d'une mission nommée parlent pour elle (comme « des journalistes de l'AFP »).
t!(tr_observateurs_electoraux_nommes, "Les observateurs de l'OSCE ont relevé plusieurs irrégularités.", [N]);
t!(tr_selon_son_avocat, "Selon son avocat, le gérant conteste toute malversation.", [N]);
t!(tr_une_source_d_inquietude, "La sécheresse est une source d'inquiétude pour les éleveurs.", []);

// ───────────── Mixtes ─────────────
t!(mix_medecins_seraient, "Selon des médecins de l'hôpital, plusieurs enfants auraient été intoxiqués par l'eau du robinet.", [A, U]);
t!(mix_commercants_auraient, "Des commerçants auraient reçu des menaces après avoir refusé de payer.", [U]);
t!(mix_presse_locale_aurait, "Selon la presse locale, le maire aurait été entendu par les enquêteurs.", [A, U]);
t!(mix_maire_presume, "Le maire a porté plainte contre l'auteur présumé des tags.", [U]);
t!(mix_parents_seraient, "Des parents seraient prêts à retirer leurs enfants de l'école, selon une enseignante.", [A, U]);

// ───────────── Deuxième salve : pièges de la presse locale et contextes ─────────────
t!(b_habitants_releges, "Les habitants du quartier ont été relogés dans un hôtel.", []);
t!(b_parents_courrier, "Les parents ont reçu un courrier de la direction de l'école.", []);
t!(b_medecin_agresse, "Un médecin a été agressé aux urgences dans la nuit de samedi à dimanche.", []);
t!(b_commercants_rideau, "Les commerçants ont baissé le rideau en signe de protestation.", []);
t!(b_pompiers_intervenus, "Les pompiers sont intervenus vers 3 heures pour un feu de cuisine.", []);
t!(b_scientifiques_lille_test, "Des scientifiques de l'université de Lille ont mis au point un test salivaire.", []);
t!(b_reconnait_on_ars, "Les urgences pédiatriques sont saturées, reconnaît-on à l'agence régionale de santé.", [A]);
t!(b_elus_requis_anonymat, "Des élus de la majorité municipale, qui ont requis l'anonymat, évoquent un « malaise ».", [A]);
t!(b_prefet_saisi_nos_infos, "Le préfet aurait été saisi du dossier, selon nos informations.", [A, U]);
t!(b_on_croit_savoir_mairie, "On croit savoir à la mairie que le dossier sera tranché avant l'été.", [U]);
// Des chercheurs d'un institut nommé, eux-mêmes sans nom (comme « un chercheur de l'Ifri »).
t!(b_economistes_ofce, "Des économistes de l'OFCE prévoient un ralentissement de l'activité.", [A]);
t!(b_couple_retraites, "Un couple de retraités raconte avoir été démarché par de faux agents d'EDF.", [A]);
t!(b_usagers_ter, "Les usagers de la ligne TER dénoncent des retards à répétition.", [A]);
t!(b_sncf_invoque, "La SNCF invoque un manque de conducteurs.", [N]);
t!(b_mairie_met_en_cause, "La mairie met en cause l'entreprise chargée des travaux.", [N]);
// The guide: a call with no words of its own quoted is a demand, no source.
t!(b_ultras_appellent, "Le groupe de supporters Ultras 91 appelle au boycott du match.", []);
t!(b_supporters_auraient_allume, "Les supporters auraient allumé des fumigènes dans la tribune nord.", [U]);
t!(b_spectateurs_evacues, "Des spectateurs ont été évacués par les stewards.", []);
t!(b_organisateurs_police, "Selon les organisateurs, 3 000 personnes ont défilé ; 1 200 selon la police.", [N]);
t!(b_chomage_serait, "Le taux de chômage du bassin d'emploi serait le plus élevé du département.", [U]);
t!(b_loyers_auraient_bondi, "Les loyers auraient bondi de 20 % en cinq ans dans le centre historique.", [U]);
t!(b_nombre_de_parents, "Nombre de parents s'interrogent sur l'utilité de la réforme des rythmes scolaires.", [A]);
t!(b_aux_dires_des_anciens, "Aux dires des anciens, la rivière n'avait jamais débordé à ce point.", [A]);
t!(b_sources_municipales, "Selon des sources municipales, l'appel d'offres aurait été truqué.", [A, U]);
t!(b_hopital_dans_le_viseur, "L'hôpital serait dans le viseur de l'agence régionale de santé.", [U]);
t!(b_d_apres_les_pompiers, "D'après les pompiers, l'incendie est parti d'une friteuse.", [N]);
t!(b_pompiers_denombre, "Les sapeurs-pompiers ont dénombré quatre blessés légers.", [N]);
t!(b_maire_cite_conditionnel, "Le maire a affirmé que la commune « n'aurait jamais » signé ce contrat.", [N]);
t!(b_membres_equipe_pedagogique, "Selon des membres de l'équipe pédagogique, le directeur aurait minimisé les faits.", [A, U]);
t!(b_dit_on, "Elle serait, dit-on, la plus ancienne boulangerie de Bretagne.", [A, U]);
t!(b_cout_avoisinerait, "Le projet, dont le coût avoisinerait les 12 millions d'euros, divise la population.", [U]);
t!(b_si_frequentation, "Si la fréquentation ne remonte pas, le cinéma fermera ses portes en juin.", []);
t!(b_professionnels_se_disent, "Les professionnels de santé du territoire se disent épuisés.", [A]);
t!(b_pharmaciens_confirment, "Interrogés, plusieurs pharmaciens confirment des ruptures de stock d'amoxicilline.", [A]);
t!(b_proche_victime_decrit, "Un proche de la victime décrit un jeune homme « sans histoires ».", [A]);
mc!(b_ctx_infirmiere_suite, ["Selon une infirmière du service, les patients attendent en moyenne neuf heures.", "Certains repartent sans avoir été examinés."], [A]);
m!(b_own_infirmiere_suite, ["Selon une infirmière du service, les patients attendent en moyenne neuf heures.", "Certains repartent sans avoir été examinés."], []);
mc!(b_ctx_directrice_citation, ["« Nous sommes à bout », confie Hélène Garnier, directrice de l'Ehpad.", "« Il manque douze postes et personne ne nous écoute. »"], [N]);
m!(b_own_habitant_prenom_age, ["Le quartier de la Source a été privé d'eau pendant trois jours.", "« On a dû acheter des packs au supermarché », explique Bernard, 72 ans."], [N]);
