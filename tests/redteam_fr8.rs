//! Red-team of the French engine, eighth round: press sentences written for this
//! test, never taken from a corpus. Aim: `unverified` as French press writes it
//! (dépêches AFP, quotidiens nationaux et régionaux, sport, santé, culture) — the
//! journalistic conditional in every person, tense and voice (pronominal,
//! impersonal, passive, negated, in an apposition), after « selon » and an unnamed
//! source; rumour and allegation markers; speculation given as a finding;
//! impersonal attribution; certainty in place of evidence. About 40 % are traps that
//! stay unlabelled or named only: hypothesis, politeness, forecasts, future in the
//! past, counterfactuals, fixed phrases, imperfect look-alikes, and hedges inside a
//! named speaker's quote or report.
//! Gold labels follow /work/shared/LABELS.md; a `//` note justifies the borderline ones.

#[macro_use]
mod common;

use common::{A, N, U};
use sourcelight::Category;

#[track_caller]
fn check(texts: &[&str], want: &[Category], context: bool) {
    common::check_last("fr", texts, want, context);
}

// ───────────── Conditionnel présent, voix active ─────────────
t!(cp_serait_en_fuite, "Le conducteur du véhicule serait toujours en fuite.", [U]);
t!(cp_detiendrait_armes, "Le suspect détiendrait encore plusieurs armes à son domicile.", [U]);
t!(cp_seraient_retenus, "Une vingtaine de ressortissants étrangers seraient retenus dans un hôtel de la capitale.", [U]);
t!(cp_preparerait_plan, "Le géant de la distribution préparerait un vaste plan de fermetures de magasins.", [U]);
t!(cp_serait_sur_le_depart, "Le milieu de terrain serait sur le départ après quatre saisons au club.", [U]);
t!(cp_envisagerait_report, "L'exécutif envisagerait de repousser l'examen du texte à l'automne.", [U]);
t!(cp_tournerait_film, "La réalisatrice tournerait actuellement un film en Islande.", [U]);
t!(cp_toucherait_departements, "Le virus toucherait désormais une dizaine de départements.", [U]);
t!(cp_connaitrait_quartier, "L'agresseur connaîtrait bien le quartier.", [U]);
t!(cp_disposerait_stocks, "Le régime disposerait de stocks d'uranium enrichi bien supérieurs aux estimations.", [U]);
t!(cp_vaudrait_milliard, "La start-up nantaise vaudrait aujourd'hui plus d'un milliard d'euros.", [U]);
t!(cp_compterait_deserteurs, "L'armée compterait près de 5 000 déserteurs depuis le début de l'année.", [U]);
t!(cp_plancherait_matignon, "Matignon plancherait sur une hausse ciblée de la CSG.", [U]);
t!(cp_vivrait_au_dessus, "Le club vivrait au-dessus de ses moyens depuis plusieurs saisons.", [U]);
t!(cp_seraient_freres, "Les deux hommes seraient frères.", [U]);
t!(cp_ferait_figure, "La députée de la Gironde ferait figure de favorite pour le perchoir.", [U]);
t!(cp_depasserait_patrimoine, "Le patrimoine du couple dépasserait les dix millions d'euros.", [U]);
t!(cp_licencierait, "Le constructeur licencierait près de 2 000 salariés en Europe.", [U]);
t!(cp_serait_en_discussions, "Le groupe serait en discussions avancées avec un fonds américain.", [U]);
t!(cp_seraient_en_rupture, "Plusieurs antibiotiques seraient en rupture de stock dans les pharmacies de la région.", [U]);
t!(cp_serait_en_negociation, "La plateforme serait en négociation pour adapter la saga en série.", [U]);
t!(cp_serait_courtise, "Le meneur de jeu serait courtisé par plusieurs franchises de NBA.", [U]);
t!(cp_serait_pressenti, "L'ancien préfet serait pressenti pour diriger la police nationale.", [U]);
t!(cp_on_aurait_retrouve, "On aurait retrouvé des traces d'ADN sur la poignée de la porte.", [U]);
t!(cp_relative_dont_avoisinerait, "Le groupe, dont la dette avoisinerait les deux milliards, cherche un repreneur.", [U]);
t!(cp_serait_tout_proche, "Le Stade rennais serait tout proche de boucler l'arrivée d'un défenseur danois.", [U]);

// ───────────── Conditionnel passé, voix active ─────────────
t!(pa_aurait_frappe, "L'homme aurait frappé sa compagne à plusieurs reprises avant de prendre la fuite.", [U]);
t!(pa_aurait_dissimule, "L'entreprise aurait dissimulé des pertes pendant trois exercices.", [U]);
t!(pa_auraient_franchi, "Des blindés auraient franchi la frontière dans la nuit de samedi à dimanche.", [U]);
t!(pa_aurait_signe_precontrat, "L'attaquant aurait déjà signé un pré-contrat avec un club saoudien.", [U]);
t!(pa_aurait_rencontre, "Le ministre aurait rencontré discrètement des représentants du patronat la semaine dernière.", [U]);
t!(pa_aurait_contamine, "Un lot de steaks hachés aurait contaminé une trentaine d'enfants.", [U]);
t!(pa_aurait_achete_tableau, "Un collectionneur américain aurait acheté le tableau pour 12 millions d'euros.", [U]);
t!(pa_aurait_empoche, "L'ancien élu aurait empoché plus de 200 000 euros de commissions.", [U]);
t!(pa_aurait_refuse_offre, "Le club aurait refusé une offre de 40 millions pour son buteur.", [U]);
t!(pa_auraient_pris_controle, "Les rebelles auraient pris le contrôle de l'aéroport.", [U]);
t!(pa_aurait_perdu, "La banque aurait perdu près de 300 millions d'euros sur des placements risqués.", [U]);
t!(pa_aurait_claque_la_porte, "Le directeur sportif aurait claqué la porte après une violente dispute.", [U]);
t!(pa_aurait_fait_l_objet, "Le directeur aurait fait l'objet de plusieurs signalements pour harcèlement.", [U]);
t!(pa_aurait_meme_envisage, "La ministre aurait même envisagé de démissionner.", [U]);
t!(pa_aurait_ainsi_blanchi, "Le réseau aurait ainsi blanchi près de 15 millions d'euros.", [U]);
t!(pa_n_aurait_pas_respecte, "Le conducteur n'aurait pas respecté le feu rouge.", [U]);
t!(pa_n_aurait_jamais_paye, "La société n'aurait jamais payé d'impôts en France.", [U]);
t!(pa_n_aurait_guere_apprecie, "Le chef de l'État n'aurait guère apprécié les propos de son ministre.", [U]);
t!(pa_ne_serait_plus, "Le capitaine ne serait plus en odeur de sainteté auprès de la direction.", [U]);
// Un verbe d'action qui est aussi un verbe de parole (« ordonner ») sous un sujet nommé.
t!(#[ignore = "needs engine: a reporting verb under a reportive auxiliary (« aurait ordonné ») makes a named frame that erases the conditional (REDTEAM-NEEDS fr5 #1, fr8 #1)"] pa_aurait_ordonne, "Le chef de la junte aurait ordonné l'arrestation de plusieurs officiers.", [U]);
t!(pa_aurait_avoue, "L'adolescent aurait avoué avoir mis le feu à la poubelle.", [U]);

// ───────────── Passif ─────────────
t!(ps_victime_aurait_ete_frappee, "La victime aurait été frappée à coups de barre de fer.", [U]);
t!(ps_auraient_ete_apercus, "Deux individus cagoulés auraient été aperçus près de l'entrepôt.", [U]);
t!(ps_auraient_ete_executes, "Plusieurs prisonniers auraient été exécutés sommairement.", [U]);
t!(ps_aurait_ete_rachete, "Le fabricant de jouets aurait été racheté par un fonds d'investissement.", [U]);
t!(ps_aurait_ete_contacte, "Le sélectionneur aurait été contacté par la fédération brésilienne.", [U]);
t!(ps_auraient_ete_infectes, "Une dizaine de soignants auraient été infectés au sein du service.", [U]);
t!(ps_serait_vise_enquete, "Le député serait visé par une enquête pour détournement de fonds publics.", [U]);
t!(ps_serait_retenu_cannes, "Le film serait retenu en sélection officielle à Cannes.", [U]);
t!(ps_aurait_ete_retrouve, "Le corps aurait été retrouvé mardi matin par un promeneur.", [U]);
t!(ps_aurait_ete_detecte, "Un cas de rougeole aurait été détecté dans une école de Bordeaux.", [U]);
t!(ps_aurait_ete_vole, "Le manuscrit aurait été volé lors du déménagement de la bibliothèque.", [U]);
t!(ps_auraient_ete_saisis, "Près de 80 kilos de cocaïne auraient été saisis dans le coffre.", [U]);
t!(ps_aurait_ete_mis_en_examen, "Un troisième homme aurait été mis en examen vendredi.", [U]);
t!(ps_aurait_ete_controle, "Le cycliste aurait été contrôlé positif à l'EPO lors du Dauphiné.", [U]);
t!(ps_serait_place, "L'éducateur serait placé sous contrôle judiciaire depuis le mois de mars.", [U]);
t!(ps_aurait_ete_ecarte, "Le nom du sénateur aurait été écarté au dernier moment.", [U]);

// ───────────── Auxiliaire être, pronominaux ─────────────
t!(et_serait_parti, "Le jeune homme serait parti de chez lui vers 22 heures.", [U]);
t!(et_seraient_morts, "Au moins quinze migrants seraient morts dans le naufrage.", [U]);
t!(et_serait_arrive, "Le nouvel entraîneur serait arrivé à Lyon dans la matinée.", [U]);
t!(et_seraient_entres, "Les cambrioleurs seraient entrés par une fenêtre du rez-de-chaussée.", [U]);
t!(pr_se_serait_produit, "L'accident se serait produit peu après minuit.", [U]);
t!(pr_se_seraient_disputes, "Les deux voisins se seraient disputés pour une histoire de stationnement.", [U]);
t!(pr_se_serait_echappe, "Le détenu se serait échappé lors d'une extraction médicale.", [U]);
t!(pr_se_seraient_rencontres, "Les deux dirigeants se seraient rencontrés en secret à Genève.", [U]);
t!(pr_se_serait_effondre, "Le chiffre d'affaires se serait effondré de 40 % au premier semestre.", [U]);
t!(pr_se_serait_propage, "Le champignon se serait propagé par le système de ventilation.", [U]);
t!(pr_se_serait_blesse, "Le gardien se serait blessé à l'entraînement mardi.", [U]);
t!(pr_se_trouverait, "Le fugitif se trouverait actuellement en Espagne.", [U]);
t!(pr_s_appreterait, "Le gouvernement s'apprêterait à geler les pensions.", [U]);
t!(pr_se_serait_entendu, "Le joueur se serait entendu avec Naples sur un contrat de quatre ans.", [U]);
t!(pr_se_seraient_separes, "Le chanteur et l'actrice se seraient séparés après dix ans de vie commune.", [U]);
t!(pr_se_serait_refugie, "L'ancien président se serait réfugié dans une ambassade.", [U]);

// ───────────── Impersonnels ─────────────
t!(im_il_s_agirait_reglement, "Il s'agirait d'un règlement de comptes lié au trafic de stupéfiants.", [U]);
t!(im_il_y_aurait_blesses, "Il y aurait au moins trois blessés graves.", [U]);
t!(im_il_y_aurait_eu, "Il y aurait eu une altercation avant les coups de feu.", [U]);
t!(im_il_resterait, "Il resterait une centaine de combattants retranchés dans l'usine.", [U]);
t!(im_il_manquerait, "Il manquerait encore une cinquantaine de personnes à l'appel.", [U]);
t!(im_il_serait_question, "Il serait question d'une fusion avec le concurrent allemand.", [U]);
t!(im_il_aurait_ete_decide, "Il aurait été décidé de reporter le sommet.", [U]);
t!(im_il_y_aurait_des_centaines, "Il y aurait des centaines de civils pris au piège dans la vieille ville.", [U]);
// « selon les premières constatations » : aucune source, le constat n'est pas confirmé.
// Corpus (adjugé) : « selon les premières constatations » est une source non nommée.
t!(im_premieres_constatations, "Selon les premières constatations, il s'agirait d'un incendie criminel.", [A, U]);
t!(im_il_paraitrait, "Il paraîtrait que le restaurant va changer de propriétaire.", [U]);

// ───────────── Appositions et relatives ─────────────
t!(ap_qui_aurait_agi, "Le suspect, qui aurait agi sous l'emprise de l'alcool, a été placé en garde à vue.", [U]);
t!(ap_qui_seraient_detenus, "Les otages, qui seraient détenus dans le nord du pays, apparaissent sur une vidéo.", [U]);
t!(ap_qui_aurait_ete_tourne, "Le clip, qui aurait été tourné sans autorisation, a été retiré de YouTube.", [U]);

// ───────────── Après « selon » et une source non nommée ─────────────
t!(sa_selon_une_source_proche, "Selon une source proche de l'enquête, le couple se serait séparé quelques jours avant le drame.", [A, U]);
t!(sa_de_source_judiciaire, "De source judiciaire, le principal suspect aurait été interpellé à Lyon.", [A, U]);
t!(sa_sources_diplomatiques, "Selon des sources diplomatiques, un cessez-le-feu aurait été conclu dans la nuit.", [A, U]);
t!(sa_plusieurs_medias, "Selon plusieurs médias espagnols, le défenseur aurait passé sa visite médicale.", [A, U]);
t!(sa_nos_informations, "D'après nos informations, la direction envisagerait de fermer le site de Cholet.", [A, U]);
t!(sa_a_t_on_appris, "Le chanteur serait hospitalisé depuis dimanche, a-t-on appris de source sûre.", [A, U]);
t!(sa_selon_un_proche, "Selon un proche de la famille, l'adolescente aurait fugué après une dispute.", [A, U]);
t!(sa_confie_un_conseiller, "Le président aurait tranché en faveur du report, confie un conseiller.", [A, U]);
t!(sa_selon_des_temoins, "Selon des témoins, le tireur aurait crié avant d'ouvrir le feu.", [A, U]);
t!(sa_presse_italienne, "Selon la presse italienne, l'entraîneur aurait été limogé dans la nuit.", [A, U]);
t!(sa_un_enqueteur_assure, "Un enquêteur assure que la victime aurait ouvert la porte à son agresseur.", [A, U]);
t!(sa_haut_fonctionnaire, "Selon un haut fonctionnaire de Bercy, le déficit aurait dépassé les prévisions.", [A, U]);
t!(sa_sous_couvert_anonymat, "Le ministre aurait songé à démissionner, affirme un de ses proches sous couvert d'anonymat.", [A, U]);
t!(sa_un_habitant_raconte, "Un habitant raconte que le chien aurait mordu plusieurs enfants.", [A, U]);
t!(sa_des_observateurs, "Des observateurs évoquent des bourrages d'urnes qui auraient eu lieu dans plusieurs bureaux.", [A, U]);
t!(sa_on_assure, "Côté syndical, on assure que la direction aurait déjà tranché.", [A, U]);
t!(sa_dit_on, "Le château aurait, dit-on, abrité des résistants pendant la guerre.", [A, U]);
t!(sa_selon_des_riverains_sans_cond, "Selon des riverains, l'immeuble menaçait de s'effondrer depuis des mois.", [A]);

// ───────────── Rumeurs et allégations ─────────────
t!(al_complice_presume, "Le complice présumé du braqueur a été arrêté à la frontière belge.", [U]);
t!(al_passeurs_presumes, "Trois passeurs présumés seront jugés en comparution immédiate.", [U]);
t!(al_suppose_commanditaire, "Le supposé commanditaire de l'attaque vit toujours en Turquie.", [U]);
t!(al_pretendu_cambriolage, "Le prétendu cambriolage n'était qu'une mise en scène.", [U]);
t!(al_soupconne_d_avoir, "Soupçonné d'avoir détourné des fonds, le trésorier de l'association a été suspendu.", [U]);
t!(al_soupconnes_de_nom, "Les deux frères, soupçonnés de trafic de cigarettes, ont été relâchés.", [U]);
t!(al_suspecte_de_nom, "Un infirmier suspecté d'empoisonnements en série a été mis en examen.", [U]);
t!(al_soupconne_de_favoritisme, "L'ancien maire, soupçonné de favoritisme, a été entendu par les gendarmes.", [U]);
t!(al_a_en_croire_la_rumeur, "À en croire la rumeur, le magasin fermera ses portes avant l'été.", [U]);
t!(al_selon_la_rumeur, "Selon la rumeur, le chanteur préparerait un album en duo.", [U]);
t!(al_rumeurs_font_etat, "Des rumeurs font état de tensions entre le président du club et son directeur sportif.", [U]);
t!(al_il_se_dit_que, "Il se dit que le maire ne briguera pas de second mandat.", [U]);
t!(al_il_se_dit_incise, "Il se dit, dans les milieux d'affaires, que la banque cherche un acquéreur.", [U]);
t!(al_la_rumeur_enfle, "Depuis quelques jours, la rumeur enfle : le festival pourrait être annulé.", [U]);
t!(al_rumeurs_vont_bon_train, "Les rumeurs de rachat du club par un fonds qatari vont bon train.", [U]);
t!(al_pretendument_bio, "Les produits prétendument bio provenaient en réalité d'exploitations conventionnelles.", [U]);
t!(al_soi_disant_guerisseur, "Le soi-disant guérisseur facturait ses séances 300 euros.", [U]);
t!(al_non_confirmee, "L'information, non confirmée à ce stade, a provoqué une vive émotion dans la commune.", [U]);
t!(al_n_a_pas_ete_confirmee, "La présence de l'ours dans la vallée n'a pas été confirmée.", [U]);
t!(al_est_suppose_avoir, "Le trésor est supposé avoir été enfoui sous la chapelle.", [U]);
t!(al_on_prete_au_ministre, "On prête au ministre l'intention de briguer la mairie de Lyon.", [U]);
t!(al_fraude_presumee, "La fraude présumée porterait sur plus de 3 millions d'euros.", [U]);
t!(al_une_rumeur_court, "Une rumeur court dans le village : l'usine serait vendue à un groupe chinois.", [U]);
t!(al_bruits_de_couloir, "Des bruits de couloir évoquent un remaniement avant l'été.", [U]);
t!(al_rumeurs_insistantes, "Selon des rumeurs insistantes, l'actrice aurait quitté le tournage.", [U]);
t!(al_officieusement, "Officieusement, le club a déjà trouvé un remplaçant à son entraîneur.", [U]);
t!(al_il_parait_que, "Il paraît que le préfet a été convoqué à Paris.", [U]);
t!(al_victimes_presumees_sport, "Les victimes présumées de l'ancien entraîneur de natation se sont constituées parties civiles.", [U]);
t!(al_reste_a_confirmer, "L'origine de la contamination reste à établir.", [U]);
t!(al_invérifiable, "Ce chiffre, invérifiable, circule depuis lundi sur les réseaux sociaux.", [U]);
// L'adverbe ou l'adjectif d'allégation reste, même avec une source nommée (le guide).
t!(al_named_violeur_presume, "Le procureur de Nanterre a requis la détention provisoire du violeur présumé.", [N, U]);
t!(al_named_pretendu, "La ministre a dénoncé un prétendu complot des laboratoires.", [N, U]);
t!(al_named_selon_gendarmerie, "Selon la gendarmerie, le chauffard présumé roulait à 150 km/h.", [N, U]);
t!(al_named_tribunal_presume, "Le tribunal a condamné le passeur présumé à cinq ans de prison.", [N, U]);
// Ouvrir une enquête est un acte, pas une parole : seul « soupçonné » compte.
t!(al_enquete_elu_soupconne, "Le parquet a ouvert une enquête visant un élu soupçonné de corruption.", [U]);

// ───────────── Spéculation donnée pour un constat ─────────────
t!(sp_il_semble_que, "Il semble que le pilote ait tenté de se poser en urgence.", [U]);
t!(sp_semble_avoir, "Le feu semble avoir pris dans la cuisine du restaurant.", [U]);
t!(sp_semblerait_avoir, "Le suspect semblerait avoir agi seul.", [U]);
t!(sp_vraisemblablement, "Le bateau a vraisemblablement heurté un conteneur à la dérive.", [U]);
t!(sp_probablement, "L'incendie a probablement été provoqué par un mégot.", [U]);
t!(sp_sans_doute_degats, "La tempête a sans doute causé plus de dégâts que prévu dans les vignobles.", [U]);
t!(sp_tout_porte_a_croire, "Tout porte à croire que le feu a été allumé volontairement.", [U]);
t!(sp_il_est_possible_passe, "Il est possible que le virus ait circulé dès le mois de novembre.", [U]);
t!(sp_pourrait_avoir_circule, "Le virus pourrait avoir circulé en Europe dès l'automne.", [U]);
t!(sp_a_pu_etre_falsifie, "Le document a pu être falsifié avant sa transmission au juge.", [U]);
t!(sp_ont_pu_beneficier, "Les évadés ont pu bénéficier de complicités à l'intérieur de la prison.", [U]);
t!(sp_il_est_probable, "Il est probable que la fuite dure depuis plusieurs semaines.", [U]);
t!(sp_selon_toute_vraisemblance, "Selon toute vraisemblance, le randonneur a glissé sur une plaque de verglas.", [U]);
t!(sp_visiblement, "Visiblement, le gardien n'avait pas vu partir le ballon.", [U]);
t!(sp_apparemment, "Le voleur connaissait apparemment le code de l'alarme.", [U]);
t!(sp_a_peut_etre_ete, "Le navire a peut-être été saboté.", [U]);
t!(sp_a_du_etre_prevenu, "Le suspect a dû être prévenu de l'arrivée des policiers.", [U]);
t!(sp_laissent_penser_a, "Les premiers éléments laissent penser à un acte de malveillance.", [U]);
t!(sp_tout_indique, "Tout indique que le drone a été lancé depuis la mer.", [U]);
t!(sp_ressemble_de_plus_en_plus, "L'affaire ressemble de plus en plus à un règlement de comptes.", [U]);
t!(sp_il_semblerait_arbitre, "Il semblerait que l'arbitre n'ait pas consulté la vidéo.", [U]);
t!(sp_pourrait_etre_liee, "L'épidémie pourrait être liée à un réseau d'eau contaminé.", [U]);
t!(sp_il_pourrait_s_agir, "Il pourrait s'agir d'une erreur de manipulation.", [U]);
t!(sp_serait_a_l_origine, "Un court-circuit serait à l'origine de l'incendie.", [U]);
t!(sp_cela_indiquerait, "Cela indiquerait que les comptes ont été maquillés.", [U]);
t!(sp_a_priori, "A priori, aucune autre personne ne se trouvait dans la maison.", [U]);
t!(sp_sans_doute_sous_estime, "Le Premier ministre a sans doute sous-estimé la colère des agriculteurs.", [U]);
t!(sp_il_se_pourrait, "Il se pourrait que le trésorier ait puisé dans la caisse.", [U]);
t!(sp_selon_toute_apparence, "Selon toute apparence, le bâtiment n'était plus entretenu depuis des années.", [U]);
t!(sp_probablement_contamine, "Le patient a probablement été contaminé lors d'un voyage en Asie.", [U]);
t!(sp_vraisemblablement_mort, "Le randonneur est vraisemblablement mort de froid.", [U]);
t!(sp_il_est_plausible, "Il est plausible que l'animal se soit échappé d'un cirque.", [U]);
t!(sp_laisse_supposer, "La disparition des archives laisse supposer une opération de nettoyage.", [U]);
t!(sp_semble_determine, "Le ministre semble avoir renoncé à sa réforme des retraites.", [U]);
t!(sp_doit_avoir_ete, "L'accident est sans doute dû à une défaillance mécanique.", [U]);
t!(sp_pourrait_etre_derriere, "Un groupe de pirates lié à un État étranger pourrait être derrière la cyberattaque.", [U]);

// ───────────── Attribution impersonnelle ─────────────
t!(ip_il_est_admis, "Il est admis que le tabac est responsable de la majorité des cancers du poumon.", [U]);
t!(ip_on_estime, "On estime que près d'un tiers des logements de la ville sont vacants.", [U]);
t!(ip_on_sait_desormais, "On sait désormais que le tireur avait repéré les lieux.", [U]);
t!(ip_il_est_etabli, "Il est établi que le réseau disposait de complicités au port du Havre.", [U]);
t!(ip_on_considere, "On considère généralement que la crue de 1910 fut la plus grave du siècle.", [U]);
t!(ip_communement_admis, "Il est communément admis que la ville a été fondée par les Romains.", [U]);
t!(ip_tout_le_monde_sait, "Tout le monde sait que le club est à vendre.", [U]);
t!(ip_de_notoriete_publique, "Il est de notoriété publique que les deux élus se détestent.", [U]);
t!(ip_passe_pour, "Le nouveau directeur passe pour un proche du ministre.", [U]);
t!(ip_repute_etre, "Le gisement est réputé être l'un des plus riches d'Afrique.", [U]);
t!(ip_on_soupconne, "On soupçonne le gérant d'avoir vidé les comptes avant la faillite.", [U]);
t!(ip_on_croit_savoir, "On croit savoir que la ministre a déjà choisi son directeur de cabinet.", [U]);
t!(ip_nul_n_ignore, "Nul n'ignore que la succession du patriarche divise la famille.", [U]);
t!(ip_on_pense, "On pense que l'épave repose à plus de 3 000 mètres de profondeur.", [U]);
t!(ip_on_suppose, "On suppose que le manuscrit a été rédigé vers 1450.", [U]);
t!(ip_chacun_sait, "Chacun sait que la ligne de train est menacée.", [U]);
t!(ip_il_est_acquis, "Il est désormais acquis que le stade ne sera pas prêt pour la saison.", [U]);

// ───────────── Certitude à la place d'une preuve ─────────────
t!(ce_il_est_evident, "Il est évident que le gouvernement a cédé aux pressions des industriels.", [U]);
t!(ce_nul_doute, "Nul doute que la décision sera contestée devant le Conseil d'État.", [U]);
t!(ce_a_l_evidence, "À l'évidence, la sécurité du stade n'était pas à la hauteur.", [U]);
t!(ce_personne_n_ignore, "Personne n'ignore que les deux frères sont brouillés depuis des années.", [U]);
t!(ce_il_est_clair, "Il est clair que le club a manqué son recrutement estival.", [U]);
t!(ce_de_toute_evidence, "De toute évidence, les secours sont arrivés trop tard.", [U]);
t!(ce_sans_aucun_doute, "C'est sans aucun doute la pire saison du club depuis vingt ans.", [U]);
t!(ce_manifestement, "Le conducteur roulait manifestement bien au-dessus de la limite.", [U]);
t!(ce_il_ne_fait_aucun_doute, "Il ne fait aucun doute que le scrutin a été truqué.", [U]);
t!(ce_secret_pour_personne, "Ce n'est un secret pour personne que la directrice vise la présidence.", [U]);
t!(ce_il_va_sans_dire, "Il va sans dire que ces pratiques étaient connues de la hiérarchie.", [U]);
t!(ce_il_est_indeniable, "Il est indéniable que la réforme a fragilisé les petites communes.", [U]);
t!(ce_incontestablement, "Incontestablement, le milieu de terrain a été le meilleur joueur du tournoi.", [U]);
t!(ce_nul_doute_passe, "Nul doute que le ministre connaissait l'existence de ce compte.", [U]);

// ───────────── Plusieurs phrases ─────────────
m!(ms_recit_apres_source, ["Un homme a été interpellé mardi à Lorient, selon une source policière.", "Il aurait pris la fuite à pied avant d'être rattrapé."], [U]);
m!(ms_conditionnel_apres_nomme, ["Le procureur de Brest, Camille Miansoni, a tenu un point presse lundi.", "La victime aurait été tuée d'une balle dans le dos."], [U]);
m!(ms_il_aurait_ete_menace, ["Le maire de la commune, Jean Dupuis, a démissionné jeudi.", "Il aurait été menacé à plusieurs reprises."], [U]);
m!(ms_rumeur_puis_conditionnel, ["La rumeur circulait depuis des semaines dans les vestiaires.", "Le capitaine aurait réclamé une augmentation."], [U]);
// Pièges sur plusieurs phrases : la citation continue un locuteur nommé ; « selon lui ».
m!(trap_ms_citation_suite_sans_doute, ["« Nous avons fait un grand match », a déclaré l'entraîneur, Régis Le Bris.", "« C'est sans doute notre meilleure prestation de la saison. »"], []);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
m!(trap_ms_selon_lui, ["L'entraîneur Franck Haise a fait le point sur l'effectif.", "Selon lui, le club aurait besoin de deux recrues en défense."], [N, U]);

// ───────────── Pièges : hypothèse, condition, irréel ─────────────
t!(trap_si_imparfait, "Si le suspect était reconnu coupable, il encourrait vingt ans de réclusion.", []);
t!(trap_s_il_pleuvait, "Le festival serait annulé s'il pleuvait trop.", []);
t!(trap_au_cas_ou, "Au cas où la grève serait reconduite, les cours seraient assurés à distance.", []);
t!(trap_en_cas_de_victoire, "En cas de victoire dimanche, les Bretons seraient assurés du maintien.", []);
t!(trap_si_plus_que_parfait, "Si l'alerte avait été donnée plus tôt, les victimes auraient pu être sauvées.", []);
t!(trap_sans_intervention_voisin, "Sans l'intervention rapide d'un voisin, l'incendie aurait pu être dramatique.", []);
t!(trap_sans_le_sang_froid, "Sans le sang-froid du conducteur, le car aurait pu basculer dans le ravin.", []);
t!(trap_a_condition_que, "Le maire accepterait le projet à condition que les arbres soient préservés.", []);
t!(trap_pour_peu_que, "Pour peu que la météo soit clémente, la récolte serait exceptionnelle.", []);
t!(trap_quand_bien_meme, "Quand bien même le club serait vendu, l'entraîneur resterait en poste.", []);
t!(trap_faute_de_repreneur, "Faute de repreneur, l'usine fermerait ses portes.", []);
t!(trap_sinon, "Le gouvernement doit agir vite, sinon la situation deviendrait incontrôlable.", []);
t!(trap_sans_quoi, "Le club doit gagner samedi, sans quoi il serait relégué.", []);
t!(trap_a_moins_que, "Le chantier serait terminé en mai, à moins que les intempéries ne s'en mêlent.", []);
t!(trap_supposons, "Supposons que la taxe soit votée : les ménages paieraient en moyenne 80 euros de plus.", []);
t!(trap_imaginons, "Imaginons que le pont s'effondre, les secours mettraient une heure à arriver.", []);
t!(trap_maire_demissionnerait_si, "Le maire démissionnerait si le projet était adopté.", []);
t!(trap_avec_un_budget, "Avec un budget plus élevé, le club jouerait le haut de tableau.", []);
t!(trap_aurait_du_consulter, "La mairie aurait dû consulter les habitants avant de lancer le chantier.", []);
t!(trap_il_aurait_ete_preferable, "Il aurait été préférable de prévenir les riverains.", []);

// ───────────── Pièges : politesse, souhait, jugement ─────────────
t!(trap_je_voudrais_citation, "« Je voudrais remercier tous les bénévoles », a déclaré la présidente de l'association.", [N]);
t!(trap_nous_souhaiterions, "Nous souhaiterions que la mairie nous reçoive rapidement.", []);
t!(trap_il_faudrait, "Il faudrait au moins deux ans pour reconstruire le pont.", []);
t!(trap_il_vaudrait_mieux, "Il vaudrait mieux attendre la fin de l'enquête avant de conclure.", []);
t!(trap_mieux_vaudrait, "Mieux vaudrait renforcer la prévention dès l'école primaire.", []);
t!(trap_aimerait_conserver, "Le club aimerait conserver son capitaine une saison de plus.", []);
t!(trap_habitants_voudraient, "Les habitants voudraient que la ligne de bus soit prolongée.", []);
t!(trap_il_conviendrait, "Il conviendrait de renforcer les contrôles sur les chantiers.", []);
t!(trap_il_suffirait, "Il suffirait de quelques degrés de plus pour que le glacier disparaisse.", []);
t!(trap_on_ne_saurait, "On ne saurait trop recommander la prudence sur les routes verglacées.", []);
t!(trap_ce_serait_une_erreur, "Ce serait une erreur de croire que la crise est terminée.", []);
t!(trap_il_serait_temps, "Il serait temps que la ville se dote d'un vrai plan vélo.", []);
t!(trap_serait_de_construire, "La solution serait de construire une digue plus haute.", []);
t!(trap_il_y_aurait_lieu, "Il y aurait lieu de revoir entièrement le plan de circulation.", []);
t!(trap_on_aurait_tort, "On aurait tort de réduire le festival à sa programmation musicale.", []);

// ───────────── Pièges : tournures figées ─────────────
t!(trap_ne_serait_ce_que, "Ne serait-ce que pour des raisons budgétaires, le projet doit être revu.", []);
t!(trap_on_aurait_dit, "Au lendemain de la tempête, on aurait dit un champ de bataille.", []);
t!(trap_on_se_serait_cru, "Avec 25 degrés en février, on se serait cru en plein mois de mai.", []);
t!(trap_qui_aurait_cru, "Qui aurait cru qu'un club de National irait en demi-finale ?", []);
t!(trap_comme_qui_dirait, "Le village est devenu, comme qui dirait, un musée à ciel ouvert.", []);

// ───────────── Pièges : prévisions ─────────────
t!(trap_pourrait_semaine_prochaine, "Le texte pourrait être adopté dès la semaine prochaine.", []);
t!(trap_pourrait_avoir_d_ici, "Le club pourrait avoir un nouveau propriétaire d'ici la fin de l'année.", []);
t!(trap_devrait_ralentir, "La croissance devrait ralentir à 0,8 % l'an prochain.", []);
t!(trap_devrait_etre_rendu, "Le verdict devrait être rendu vendredi en fin de journée.", []);
t!(trap_devraient_reprendre, "Les travaux devraient reprendre au printemps.", []);
t!(trap_senat_devrait_examiner, "Le Sénat devrait examiner le texte en deuxième lecture.", []);
t!(trap_devraient_etre_livrees, "Les premières rames devraient être livrées en 2027.", []);
t!(trap_pourrait_s_etendre, "La grève pourrait s'étendre aux raffineries dès lundi.", []);
t!(trap_pourrait_augmenter, "Le prix de l'électricité pourrait augmenter de 10 % en février.", []);
t!(trap_pourrait_avoir_consequences, "Cette décision pourrait avoir de lourdes conséquences pour les éleveurs.", []);
t!(trap_pourraient_avoir_impact, "Les nouvelles normes pourraient avoir un impact sur le prix des logements neufs.", []);
t!(#[ignore = "needs engine: a future time phrase drops only a modal's speculation, not « il est possible/probable que » (REDTEAM-NEEDS fr8 #2)"] trap_il_est_possible_semaine_prochaine, "Il est possible que la grève se poursuive la semaine prochaine.", []);
t!(#[ignore = "needs engine: a future time phrase drops only a modal's speculation, not « il est possible/probable que » (REDTEAM-NEEDS fr8 #2)"] trap_il_est_probable_d_ici, "Il est probable que le texte soit adopté d'ici l'été.", []);
t!(trap_probablement_futur, "Le verdict sera probablement rendu la semaine prochaine.", []);
// « sans doute » devant un futur : une prévision, pas un fait présenté sans preuve.
t!(trap_sans_doute_futur, "Le défenseur manquera sans doute le déplacement à Lens.", []);
t!(trap_vraisemblablement_futur, "Le procès se tiendra vraisemblablement à l'automne.", []);
t!(trap_si_examens, "Le joueur pourrait rejouer dès samedi si les examens sont rassurants.", []);

// ───────────── Pièges : futur dans le passé ─────────────
t!(trap_fdp_a_annonce, "Le ministre a annoncé que la réforme entrerait en vigueur le 1er janvier.", [N]);
t!(trap_fdp_a_promis, "Le maire a promis que la piscine rouvrirait avant l'été.", [N]);
t!(trap_fdp_il_viendrait, "Le président a dit qu'il viendrait à Marseille avant la fin du mois.", [N]);
t!(trap_fdp_a_assure, "L'entraîneur a assuré que son capitaine serait titulaire samedi.", [N]);
t!(trap_fdp_avait_annonce, "En 2019, Renault avait annoncé que l'usine fermerait avant 2025.", [N]);
t!(trap_fdp_savait, "Elle savait déjà qu'elle ne reviendrait jamais dans son village.", []);
t!(trap_fdp_personne_ne_pensait, "Personne ne pensait alors que le petit club atteindrait la finale.", []);
t!(trap_fdp_espérait, "La direction espérait que les ventes repartiraient à Noël.", []);

// ───────────── Pièges : le conditionnel ou la réserve d'un locuteur nommé ─────────────
t!(trap_nm_permettrait, "Le ministre a affirmé que la réforme permettrait de créer 50 000 emplois.", [N]);
t!(trap_nm_citation_aurait, "« Le suspect aurait agi seul », a précisé le procureur.", [N]);
t!(trap_nm_citation_sans_doute, "« C'est sans doute notre meilleur match de la saison », a estimé l'entraîneur.", [N]);
t!(trap_nm_citation_il_semble, "« Il semble que le virus recule », a déclaré la ministre de la Santé.", [N]);
t!(trap_nm_indirect_aurait, "La procureure a indiqué que l'homme aurait agi par vengeance.", [N]);
t!(trap_nm_estime_serait, "Le maire estime que la fermeture de l'école serait une catastrophe pour le village.", [N]);
t!(trap_nm_prefecture_s_agirait, "La préfecture a précisé qu'il s'agirait d'un exercice de sécurité.", [N]);
t!(trap_nm_club_aurait_du, "Le club a reconnu que le joueur aurait dû être mieux protégé.", [N]);
t!(trap_nm_citation_probablement, "« Nous fermerons probablement en août », explique la gérante, Julie Morel.", [N]);
t!(trap_nm_citation_il_paraitrait, "« Il paraîtrait que je suis trop vieux pour ce métier », s'amuse le comédien Pierre Arditi.", [N]);
t!(trap_nm_citation_nul_doute, "« Nul doute que nous serons prêts », assure le président du comité d'organisation.", [N]);
t!(trap_nm_selon_ministre_pourrait, "Selon la ministre du Travail, la réforme pourrait créer 100 000 emplois.", [N]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap_nm_selon_procureur_aurait, "Selon le procureur de Rennes, l'incendie aurait été allumé volontairement.", [N, U]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap_nm_selon_l_equipe, "Selon L'Équipe, le défenseur serait proche d'un accord avec Monaco.", [N, U]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap_nm_d_apres_l_afp, "D'après l'AFP, une trentaine de véhicules auraient été incendiés.", [N, U]);
t!(trap_nm_a_indique_prefecture, "Le feu serait désormais fixé, a indiqué la préfecture.", [N]);
t!(trap_nm_a_rapporte_le_monde, "Le gouvernement aurait renoncé à la mesure, a rapporté Le Monde.", [N]);
t!(trap_nm_dementi_rumeurs, "La ministre a démenti les rumeurs de démission.", [N]);
t!(trap_nm_club_dementi, "Le club a fermement démenti ces rumeurs de vente.", [N]);
t!(trap_nm_s_est_dit_pret_si, "Le ministre s'est dit prêt à démissionner si la réforme était rejetée.", [N]);
t!(trap_nm_citation_sans_aucun_doute, "« C'est sans aucun doute la plus belle victoire de ma carrière », a confié la skieuse Tessa Worley.", [N]);
t!(trap_nm_selon_insee_probablement, "Selon l'Insee, le chômage a probablement atteint son point bas.", [N]);

// ───────────── Pièges : faux conditionnels et mots voisins ─────────────
t!(trap_paraitre_publier, "Le nouveau roman de l'autrice paraît jeudi chez Gallimard.", []);
t!(trap_respirait, "La victime respirait encore à l'arrivée des secours.", []);
t!(trap_dechirait, "Le vent déchirait les bâches des stands du marché de Noël.", []);
t!(trap_rouvrait, "Le musée rouvrait ses portes après deux ans de travaux.", []);
t!(trap_certains_commerces, "Certains commerces resteront fermés le dimanche.", []);
t!(trap_train_suppose_partir, "Le train était supposé partir à 8 heures.", []);
t!(trap_presume_innocent_rappel, "L'ancien ministre, qui conteste les faits, reste présumé innocent.", [N]);
// « qui conteste les faits » : une position déclarée, nommée par la fonction ; « présumé innocent » n'est pas une allégation.
t!(trap_pas_encore_ouvert, "Le nouveau pont n'est pas encore ouvert à la circulation.", []);
t!(trap_futur_simple_chiffre, "Le festival de Carhaix accueillera 280 000 spectateurs cette année.", []);
t!(trap_evidence_mettre, "Cette crise a mis en évidence le manque de médecins dans les campagnes.", []);
t!(trap_sans_doute_nom, "Le gardien a levé les doutes sur sa participation en s'entraînant normalement.", []);
t!(trap_fait_divers_indicatif, "Le conducteur a été interpellé mardi soir à Saint-Brieuc.", []);
t!(trap_aurait_ete_irreel_sans_lui, "Sans son gilet de sauvetage, le marin aurait péri.", []);
t!(trap_avec_des_si, "Avec des si, on mettrait Paris en bouteille.", []);

// ───────────── Deuxième série : tours de la presse sportive et politique ─────────────
t!(s2_donne_partant, "L'entraîneur est donné partant à la fin de la saison.", [U]);
t!(s2_est_pressenti, "Le maire de Reims est pressenti pour entrer au gouvernement.", [U]);
t!(s2_annonce_sur_le_depart, "Le latéral, annoncé sur le départ, a finalement prolongé jusqu'en 2028.", [U]);
t!(s2_supposement, "Les fonds supposément détournés transitaient par une société écran à Chypre.", [U]);
t!(s2_faits_allegues, "Les faits allégués remonteraient au début des années 2010.", [U]);
t!(s2_abus_allegues_seuls, "Les abus allégués se sont déroulés dans un internat du Finistère.", [U]);
t!(s2_pas_exclu_passe, "Il n'est pas exclu que le suspect ait bénéficié d'aides extérieures.", [U]);
t!(s2_dans_le_viseur, "Le milliardaire serait dans le viseur du fisc.", [U]);
t!(s2_information_non_confirmee, "Selon une information non confirmée, le pilote aurait été éjecté avant l'impact.", [A, U]);
t!(s2_aux_dernieres_nouvelles, "Aux dernières nouvelles, le cargo se dirigerait vers le port de Gênes.", [U]);
t!(s2_auraient_fait_morts, "Les frappes auraient fait au moins douze morts dans le camp de réfugiés.", [U]);
t!(s2_police_aurait_retrouve, "La police aurait retrouvé l'arme du crime dans un canal.", [U]);
t!(s2_aurait_commande_rapport, "Le gouvernement aurait commandé un rapport confidentiel sur la question.", [U]);
t!(s2_denonce_par_complice, "Le suspect aurait été dénoncé par un complice.", [U]);
t!(s2_certaines_sources, "Selon certaines sources, la reine serait hospitalisée depuis lundi.", [A, U]);
t!(s2_decompte_officieux, "Quelque 3 000 personnes auraient défilé, selon un décompte officieux.", [U]);
t!(s2_se_serait_rendu, "Le président se serait rendu en secret au chevet de son ancien mentor.", [U]);
t!(s2_aurait_tente, "Le forcené aurait tenté de mettre le feu à l'immeuble.", [U]);
t!(s2_on_parle_de, "On parle d'un transfert à plus de 50 millions d'euros.", [U]);
t!(s2_piste_privilegiee, "La piste criminelle serait désormais privilégiée.", [U]);

// ───────────── Deuxième série : pièges ─────────────
t!(trap2_concert_annonce, "Le concert est annoncé à 20 heures place du Ralliement.", []);
t!(trap2_resultats_donnes, "Les résultats seront donnés jeudi par la préfecture.", []); // publier des chiffres n'est pas une parole (comme fr7 i_insee)
t!(trap2_pas_exclu_futur, "Il n'est pas exclu que le ministre démissionne dans les prochains jours.", []);
t!(trap2_match_reporte_neige, "Le match serait reporté en cas de neige sur la pelouse.", []);
t!(trap2_sans_ce_but, "Sans ce but dans les arrêts de jeu, les Bleus auraient été éliminés.", []);
t!(trap2_aurait_du_etre_vote, "Le texte aurait dû être voté avant la fin de la session.", []);
t!(trap2_a_sa_place, "À sa place, n'importe quel conducteur aurait paniqué.", []);
t!(trap2_que_se_passerait_il_si, "Que se passerait-il si le barrage cédait ?", []);
t!(trap2_combien_couterait, "Combien coûterait la gratuité des transports pour la métropole ?", []);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap2_selon_info_parisien, "Selon une information du Parisien, l'attaquant aurait été interpellé.", [N, U]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap2_selon_mediapart, "Selon Mediapart, le ministre aurait reçu des cadeaux d'un industriel.", [N, U]);
t!(trap2_citation_j_aurais_aime, "« J'aurais aimé que ça se passe autrement », a regretté le joueur.", [N]);
t!(trap2_avocat_affirme_aurait, "L'avocat de la famille a affirmé que la victime aurait été frappée.", [N]);
t!(trap2_cgt_estime_auraient, "La CGT estime que 10 000 personnes auraient défilé à Rennes.", [N]);
t!(trap2_se_terrait, "Le fugitif se terrait dans une cave depuis trois semaines.", []);
t!(trap2_soupiraient, "Les supporters soupiraient à chaque occasion manquée.", []);
t!(trap2_bien_inspire, "Le Premier ministre serait bien inspiré d'écouter les maires ruraux.", []);
t!(trap2_ferait_bien_de, "Le gouvernement ferait bien de revoir sa copie.", []);
t!(trap2_pas_du_luxe, "Un peu de pluie ne serait pas du luxe pour les agriculteurs.", []);
t!(trap2_sans_les_benevoles, "Sans les bénévoles, rien ne serait possible.", []);
t!(trap2_sans_eux_fin, "Rien de tout cela ne serait possible sans eux.", []);
t!(trap2_il_serait_bon, "Il serait bon que les élus montrent l'exemple.", []);
t!(trap2_prefet_futur_passe, "Le préfet avait prévenu que les contrôles seraient renforcés pendant les fêtes.", [N]);
t!(trap2_citation_pourrait_avoir, "« Le virus pourrait avoir muté », a averti l'épidémiologiste Arnaud Fontanet.", [N]);
t!(trap2_selon_l_oms_semble, "Selon l'OMS, l'épidémie semble marquer le pas en Afrique de l'Ouest.", [N]);
t!(trap2_il_etait_prevu, "Il était prévu que le chantier serait achevé en 2024.", []);
t!(trap2_doit_faire, "La commune doit refaire la toiture de l'église cet été.", []);
t!(trap2_pourrait_depasser_fin_annee, "La dette pourrait dépasser 120 % du PIB à la fin de l'année.", []);
t!(trap2_devrait_avoir_lieu, "La cérémonie devrait avoir lieu en présence du ministre des Sports.", []);
t!(trap2_s_est_dit_convaincu, "Le président de la Région s'est dit convaincu que le projet aboutirait.", [N]);
t!(trap2_ordre_du_jour, "Le conseil municipal examinera lundi le budget primitif.", []);
t!(trap2_portrait_imparfait, "Chaque matin, il ouvrait sa boutique avant l'aube et préparait le pain.", []);
t!(trap2_rendra_decision, "Le tribunal rendra sa décision le 12 mars.", []);
t!(trap2_mairie_confirme_serait, "La mairie a confirmé que le marché serait maintenu malgré la pluie.", [N]);
t!(trap2_citation_aurait_pu_gagner, "« On aurait pu gagner ce match », regrette le capitaine nantais Nicolas Pallois.", [N]);
t!(trap2_si_elle_etait_elue, "Si elle était élue, la candidate supprimerait la taxe foncière.", []);
t!(trap2_gouvernement_assure_seraient, "Le gouvernement a assuré que les retraites seraient revalorisées en janvier.", [N]);
t!(trap2_auraient_pu_reconnait_prefet, "Les secours auraient pu intervenir plus vite, reconnaît le préfet du Var.", [N]);
t!(trap2_sncf_a_prevenu, "La SNCF a prévenu que des retards seraient possibles jusqu'à dimanche.", [N]);
t!(trap2_devraient_progresser, "Les ventes de vélos électriques devraient encore progresser cette année.", []);
t!(trap2_organisateurs_en_cas_de_pluie, "Le spectacle aurait lieu même en cas de pluie, précisent les organisateurs.", [N]);
t!(trap2_meteo_france_pourraient, "D'après Météo-France, les orages pourraient être violents samedi.", [N]);
t!(trap2_ministre_estime_serait, "Le ministre de l'Économie a estimé que la croissance serait de 1 % en 2025.", [N]);
t!(trap2_parents_aimeraient, "Les parents d'élèves aimeraient que la cantine propose un menu végétarien.", []);
// « on aurait aimé » : le souhait de l'éditorialiste, pas une information.
t!(trap2_on_aurait_aime, "On aurait aimé davantage d'audace de la part du sélectionneur.", []);
t!(trap2_serait_ouvert_si, "Le musée serait ouvert le dimanche si la mairie recrutait deux agents.", []);
t!(trap2_une_telle_decision, "Une telle décision serait inédite dans l'histoire du club.", []);
t!(trap2_club_dementi_avoir, "Le club a démenti avoir été racheté.", [N]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap2_a_en_croire_entraineur, "À en croire l'entraîneur, son équipe serait prête pour la finale.", [N, U]);
