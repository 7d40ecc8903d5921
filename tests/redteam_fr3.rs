//! Red-team of the French engine, third round: press sentences written for
//! this test (faits divers, justice, politics, international, economy, sport,
//! health, regional press), never taken from a corpus. Focus: the recall of
//! `unverified` (the journalistic conditional in all its forms, other hedges
//! and rumour markers, certainty without evidence) and of `anonymous_source`
//! (unnamed groups, indirect sources, anonymity formulas, varied verbs),
//! against the grammatical conditionals and the "source" traps that must stay
//! unlabelled. Gold labels follow /work/shared/LABELS.md; a `//` note
//! justifies the borderline ones.
//!
//! `t!(name, text, [labels])` asserts the exact own labels of a one-sentence
//! text; `doc!(name, [sentences], [[own]…], [[context]…])` checks a few together.

#[macro_use]
mod common;

use common::{A, N, U};
use sourcelight::Category;

const LANG: &str = "fr";

#[track_caller]
fn check(texts: &[&str], want: &[Category], context: bool) {
    common::check_last(LANG, texts, want, context);
}

// ───────────── Conditionnel journalistique : fait actuel (présent) ─────────────
t!(cond_se_trouverait_belgique, "Le suspect se trouverait actuellement en Belgique.", [U]);
t!(cond_detiendrait_capital, "Le fonds qatari détiendrait 30 % du capital de la société.", [U]);
t!(cond_seraient_hospitalises, "Trois pompiers seraient toujours hospitalisés à Grenoble.", [U]);
t!(cond_preparerait_retour, "L'ancien Premier ministre préparerait son retour en politique.", [U]);
t!(cond_viserait_plusieurs_elus, "L'enquête viserait plusieurs élus de la communauté d'agglomération.", [U]);
t!(cond_ferait_l_objet, "Le directeur du centre ferait l'objet d'une procédure disciplinaire.", [U]);
t!(cond_s_eleverait_prejudice, "Le préjudice s'élèverait à plus de quatre millions d'euros.", [U]);
t!(cond_tiendrait_corde, "L'ancienne ministre de la Santé tiendrait la corde pour succéder au Premier ministre.", [U]);
t!(cond_serait_atteint_cancer, "Le chanteur serait atteint d'une maladie rare.", [U]);
t!(cond_vivrait_a_l_etranger, "Le principal actionnaire vivrait aujourd'hui à Dubaï.", [U]);
t!(cond_entretiendrait_liens, "Le club entretiendrait des liens étroits avec un agent de joueurs sulfureux.", [U]);
t!(cond_s_agirait_d_un_mineur, "Le conducteur du scooter serait un adolescent de 15 ans.", [U]);
t!(cond_appartiendrait_reseau, "La voiture appartiendrait à un membre du réseau démantelé en mars.", [U]);
t!(cond_travaillerait_sur, "La Commission travaillerait sur un nouveau plan d'aide à l'Ukraine.", [U]);
t!(cond_figurerait_parmi, "Le nom du ministre figurerait parmi ceux des bénéficiaires du montage.", [U]);
t!(cond_manquerait_effectifs, "Il manquerait une quarantaine d'infirmières au centre hospitalier de Vienne.", [U]);
t!(cond_resterait_introuvable, "L'arme du crime resterait introuvable.", [U]);
t!(cond_refuserait_de_parler, "Depuis son arrestation, le suspect refuserait de s'exprimer.", [U]);
t!(cond_chercherait_repreneur, "L'équipementier chercherait activement un repreneur pour son usine de Douai.", [U]);
t!(cond_seraient_mobilises, "Près de 2 000 soldats seraient mobilisés à la frontière nord.", [U]);

// ───────────── Conditionnel journalistique : fait passé, passif ─────────────
t!(cond_aurait_ete_tue_balle, "Le jeune homme aurait été tué d'une balle dans le dos.", [U]);
t!(cond_se_seraient_rendus, "Les deux adolescents se seraient rendus d'eux-mêmes au commissariat.", [U]);
t!(cond_auraient_ete_interpelles, "Quatre individus auraient été interpellés dans la nuit à Roubaix.", [U]);
t!(cond_aurait_percute, "Le poids lourd aurait percuté la glissière avant de se renverser.", [U]);
t!(cond_aurait_ete_retrouve, "Le corps aurait été retrouvé par un promeneur dimanche matin.", [U]);
t!(cond_auraient_verse, "Les dirigeants auraient versé des pots-de-vin à des fonctionnaires locaux.", [U]);
t!(cond_aurait_ete_vu, "L'enfant aurait été vu pour la dernière fois près de la gare.", [U]);
t!(cond_aurait_ete_informe_des, "Le ministre aurait été informé des faits dès le mois de juin.", [U]);
t!(cond_serait_parti, "Le feu serait parti d'une parcelle agricole en bordure d'autoroute.", [U]);
t!(cond_seraient_arrives, "Les migrants seraient arrivés sur l'île dans la nuit de mardi.", [U]);
t!(cond_aurait_fait_appel, "La mairie aurait fait appel à un cabinet privé sans appel d'offres.", [U]);
t!(cond_auraient_ete_detournes, "Près de 800 000 euros auraient été détournés entre 2018 et 2021.", [U]);
t!(cond_aurait_frappe_compagne, "L'homme aurait frappé sa compagne à plusieurs reprises.", [U]);
t!(cond_serait_mort_sur_le_coup, "Le motard serait mort sur le coup.", [U]);
t!(cond_aurait_menace, "Le forcené aurait menacé les gendarmes avec un fusil de chasse.", [U]);
t!(cond_auraient_fui, "Les auteurs du braquage auraient fui en direction de l'Espagne.", [U]);
t!(cond_aurait_ete_contamine, "Le lait aurait été contaminé lors du conditionnement.", [U]);
t!(cond_aurait_refuse_offre, "Le défenseur aurait refusé une offre de 40 millions d'euros venue d'Arabie saoudite.", [U]);
t!(cond_aurait_ete_licencie, "Le salarié aurait été licencié après avoir dénoncé des pratiques frauduleuses.", [U]);
t!(cond_aurait_eu_lieu, "La rencontre secrète aurait eu lieu dans un hôtel genevois.", [U]);
// « aurait pu être » + cause : une hypothèse sur l'origine d'un fait passé.
t!(cond_aurait_pu_etre_provoque, "L'incendie aurait pu être provoqué par un mégot mal éteint.", [U]);
t!(cond_aurait_pu_etre_derriere, "Un groupe de pirates russes aurait pu être à l'origine de la cyberattaque.", [U]);

// ───────────── Conditionnel : négation, pronoms, relatives, position ─────────────
t!(cond_n_aurait_pas_ete_informe, "Le préfet n'aurait pas été informé de l'opération.", [U]);
t!(cond_ne_serait_pas_arme, "Le forcené ne serait pas armé.", [U]);
t!(cond_personne_n_aurait_ete_blesse, "Personne n'aurait été blessé lors de l'effondrement.", [U]);
t!(cond_rien_n_aurait_ete_vole, "Rien n'aurait été volé dans l'appartement.", [U]);
t!(cond_il_se_serait_enfui, "Il se serait enfui par une fenêtre de la salle de bains.", [U]);
t!(cond_elle_aurait_recu_menaces, "Elle aurait reçu des menaces de mort après sa plainte.", [U]);
t!(cond_ils_auraient_ete_relaches, "Ils auraient été relâchés sans la moindre explication.", [U]);
t!(cond_on_l_aurait_vu, "On l'aurait aperçu à plusieurs reprises dans le quartier du Panier.", [U]);
t!(cond_relative_qui_aurait_agi, "L'homme, qui aurait agi par vengeance, a été placé en garde à vue.", [U]);
t!(cond_relative_qui_serait_en_etat, "Le conducteur, qui serait en état d'ivresse, a pris la fuite.", [U]);
t!(cond_relative_qui_detiendrait, "Le milliardaire, qui détiendrait plusieurs sociétés offshore, dément tout montage.", [U]);
t!(cond_relative_qui_serait_age, "La victime, qui serait âgée d'une trentaine d'années, n'a pas été identifiée.", [U]);
t!(cond_relative_qui_seraient_originaires, "Les trois suspects, qui seraient originaires de la région, ont été déférés.", [U]);
t!(cond_en_tete_apres_complement, "Dans la nuit de samedi à dimanche, une dizaine de véhicules auraient été incendiés.", [U]);
t!(cond_apres_lieu, "À Marseille, un adolescent aurait été grièvement blessé par balle.", [U]);
t!(cond_apres_date, "En 2019 déjà, l'entreprise aurait dissimulé des défauts de fabrication.", [U]);
t!(cond_toujours_en_vie, "L'otage serait toujours en vie.", [U]);
// LABELS.md : l'agent d'un passif est le locuteur (« prévenu par un proche collaborateur », anonyme).
t!(cond_d_ailleurs, "Le ministre aurait d'ailleurs été prévenu par un proche collaborateur.", [A, U]);
t!(cond_il_y_aurait_eu, "Il y aurait eu au moins deux tireurs.", [U]);
t!(cond_sport_aurait_trouve_accord, "Le PSG aurait trouvé un accord avec le Bayern pour le transfert de son attaquant.", [U]);
t!(cond_sante_serait_dans_coma, "Le cycliste serait plongé dans un coma artificiel.", [U]);
t!(cond_eco_aurait_perdu, "Le groupe aurait perdu près d'un milliard d'euros sur ses activités en Chine.", [U]);
t!(cond_intl_aurait_franchi, "Une colonne de blindés aurait franchi la frontière dans la matinée.", [U]);
t!(cond_intl_seraient_morts, "Plus de 150 personnes seraient mortes dans le naufrage au large de la Libye.", [U]);
// « Même si » est une concession, pas une hypothèse : le conditionnel qui suit
// rapporte toujours une information non confirmée.
t!(cond_meme_si_concession, "Même si rien n'est signé, le joueur aurait déjà passé sa visite médicale.", [U]);
// Une hypothèse dans une proposition ne couvre pas la principale au conditionnel de l'information.
t!(#[ignore = "needs engine: la portée d'une hypothèse (« si », « en cas de ») est la phrase entière"]
    cond_hypothese_dans_autre_proposition, "Le forcené aurait menacé de se faire exploser si les policiers entraient.", [U]);

// ───────────── Conditionnels grammaticaux (pièges) ─────────────
t!(trap_si_imparfait, "Si le gouvernement recourait au 49.3, la gauche déposerait une motion de censure.", []);
t!(trap_si_plus_que_parfait, "Si le barrage avait cédé, des milliers d'habitants auraient été menacés.", []);
t!(trap_au_cas_ou_pluie, "Au cas où la pluie persisterait, la finale serait reportée à lundi.", []);
t!(trap_en_cas_de_defaite, "En cas de défaite, l'entraîneur serait aussitôt remercié.", []);
t!(trap_dans_l_hypothese, "Dans l'hypothèse où le texte serait rejeté, le gouvernement tomberait.", []);
t!(trap_faute_de_repreneur, "Faute de repreneur, les 300 salariés se retrouveraient sans emploi.", []);
t!(trap_a_defaut_d_accord, "À défaut d'accord, les droits de douane grimperaient à 25 %.", []);
t!(trap_sans_cette_aide, "Sans cette aide de l'État, l'entreprise aurait fermé ses portes dès 2020.", []);
t!(trap_sans_son_casque, "Sans son casque, le cycliste aurait été tué sur le coup.", []);
t!(trap_sans_les_subventions, "Sans les subventions européennes, la filière ne serait pas rentable.", []);
t!(trap_politesse_je_voudrais, "Je voudrais d'abord saluer le courage des sauveteurs.", []);
t!(trap_il_faudrait_milliards, "Il faudrait au moins trois milliards d'euros pour rénover le réseau.", []);
t!(trap_il_vaudrait_mieux, "Il vaudrait mieux reporter le scrutin.", []);
t!(trap_il_serait_souhaitable, "Il serait souhaitable que les parties reprennent le dialogue.", []);
t!(trap_il_serait_temps, "Il serait temps que l'État prenne ses responsabilités.", []);
t!(trap_ne_saurait, "La sécurité des supporters ne saurait être négociée.", []);
t!(trap_futur_passe_candidat, "Le maire de Toulon a annoncé qu'il serait candidat à sa succession.", [N]);
t!(trap_futur_passe_ligue, "La Ligue a confirmé que la rencontre se jouerait à huis clos.", [N]);
t!(trap_futur_passe_promis, "Le ministre avait promis que les crédits seraient débloqués avant Noël.", [N]);
t!(trap_futur_passe_esperait, "L'entraîneur espérait que son équipe se qualifierait pour la Ligue des champions.", []);
t!(trap_souhait_aimerait, "La municipalité aimerait rouvrir la piscine dès cet été.", []);
t!(trap_souhait_voudraient, "Les habitants voudraient que la route soit enfin sécurisée.", []);
t!(trap_contrefactuel_aurait_du, "Le rapport aurait dû être rendu public en janvier.", []);
t!(trap_contrefactuel_aurait_pu_eviter, "Une meilleure coordination aurait pu éviter le drame.", []);
t!(trap_prevision_croissance, "La croissance devrait ralentir à 0,7 % l'an prochain.", []);
t!(trap_prevision_pourrait, "Le trafic pourrait être perturbé jusqu'à dimanche.", []);
t!(trap_prevision_devraient_rouvrir, "Les écoles devraient rouvrir lundi.", []);
t!(trap_citation_nommee, "« Le suspect aurait agi seul », a déclaré le procureur de Lyon, Thierry Dran.", [N]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap_conditionnel_selon_procureur, "Le suspect aurait agi seul, selon la procureure de Nîmes.", [N, U]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap_conditionnel_selon_ministere, "D'après le ministère de l'Intérieur, plus de 80 000 personnes auraient défilé en France.", [N, U]);
t!(trap_question_rhetorique, "Que resterait-il de la majorité sans les centristes ?", []);
t!(trap_imparfait_tirait, "Le club tirait profit de ses bons résultats en Coupe d'Europe.", []);
t!(trap_imparfait_ouvrait, "La boulangerie ouvrait chaque matin à six heures.", []);
t!(trap_quand_bien_meme, "Quand bien même l'accord serait signé, il faudrait des années pour l'appliquer.", []);
t!(trap_pour_peu_que, "Pour peu que la météo soit clémente, la station ferait le plein.", []);

// ───────────── Autres marques d'incertitude ─────────────
t!(unc_selon_toute_vraisemblance, "Selon toute vraisemblance, le corps a séjourné plusieurs semaines dans l'eau.", [U]);
t!(unc_il_semblerait_que, "Il semblerait que le patient ait contracté la bactérie à l'hôpital.", [U]);
t!(unc_a_en_croire_la_rumeur, "À en croire la rumeur, l'entraîneur ne passera pas l'hiver.", [U]);
t!(unc_on_prete_au_ministre, "On prête au ministre l'intention de briguer la mairie de Lyon.", [U]);
t!(unc_on_lui_prete, "On lui prête une liaison avec une actrice américaine.", [U]);
t!(unc_laisserait_entendre, "Un courriel interne laisserait entendre que la direction était informée.", [U]);
t!(unc_presume_auteur, "L'auteur présumé des coups de feu a été mis en examen.", [U]);
t!(unc_presumes_complices, "Deux complices présumés ont été interpellés en Espagne.", [U]);
t!(unc_suppose_agresseur, "Le supposé agresseur a été libéré faute de preuves.", [U]);
t!(unc_pretendu_expert, "Le prétendu expert n'avait aucun diplôme de médecine.", [U]);
t!(unc_selon_des_rumeurs, "Selon des rumeurs persistantes, le club serait à vendre.", [U]);
t!(unc_des_rumeurs_font_etat, "Des rumeurs font état d'un accord entre les deux partis.", [U]);
t!(unc_sans_doute, "Le virus circule sans doute depuis plusieurs semaines dans la région.", [U]);
t!(unc_apparemment, "Le cambrioleur était apparemment entré par le garage.", [U]);
t!(unc_visiblement_ivre, "Le conducteur, visiblement ivre, a percuté deux voitures en stationnement.", [U]);
t!(unc_semble_t_il, "La situation s'est, semble-t-il, apaisée dans la soirée.", [U]);
t!(unc_paraît_il, "Le maire, paraît-il, n'a pas digéré sa défaite.", [U]);
t!(unc_a_peut_etre_agi, "Le tireur a peut-être bénéficié de complicités.", [U]);
t!(unc_probablement_criminelle, "L'incendie est probablement d'origine criminelle.", [U]);
t!(unc_tout_porte_a_croire, "Tout porte à croire que le réseau disposait de relais dans l'administration.", [U]);
t!(unc_il_est_probable, "Il est probable que l'épidémie ait été sous-estimée.", [U]);
t!(unc_soupconne_d_avoir, "L'élu est soupçonné d'avoir favorisé une entreprise amie.", [U]);
t!(unc_est_cense_avoir, "Le suspect est censé avoir quitté le territoire en 2022.", [U]);
t!(unc_le_bruit_court, "Le bruit court que la centrale pourrait fermer avant 2030.", [U]);
t!(unc_il_se_dit, "Il se dit que le texte sera retiré avant l'été.", [U]);
t!(unc_on_parle_de, "On parle d'un chèque de départ de plusieurs millions.", [U]);
t!(unc_passe_pour, "Le chef du clan passe pour l'un des hommes les plus riches du pays.", [U]);
t!(unc_reste_a_confirmer, "Ce chiffre reste à confirmer.", [U]);
t!(unc_n_a_pas_pu_etre_verifie, "Cette information n'a pas pu être vérifiée de source indépendante.", [U]);
t!(unc_pas_encore_elucide, "Les circonstances du drame n'ont pas encore été élucidées.", [U]);
t!(unc_on_soupconne, "On soupçonne le trésorier d'avoir puisé dans la caisse.", [U]);
t!(unc_on_dirait, "On dirait que le gouvernement a renoncé à sa réforme.", [U]);
t!(unc_sans_nul_doute, "Le ministre savait sans nul doute que le rapport était accablant.", [U]);
// « soi-disant » marque la prétention, comme « prétendu ».
t!(unc_soi_disant_agent, "Un soi-disant agent des eaux a dérobé les bijoux d'une octogénaire.", [U]);

// ───────────── Certitude sans preuve, savoir impersonnel ─────────────
t!(cert_notoriete_publique, "Il est de notoriété publique que le maire et son adjoint ne se parlent plus.", [U]);
t!(cert_nul_n_ignore, "Nul n'ignore que le club est lourdement endetté.", [U]);
t!(cert_chacun_sait, "Chacun sait que la réforme ne passera pas sans le soutien des socialistes.", [U]);
t!(cert_tout_le_monde_sait, "Tout le monde sait que le stade ne sera pas prêt à temps.", [U]);
t!(cert_secret_de_polichinelle, "C'est un secret de Polichinelle : le président ne se représentera pas.", [U]);
t!(cert_il_est_evident, "Il est évident que les chiffres du chômage ont été enjolivés.", [U]);
t!(cert_de_toute_evidence, "De toute évidence, les secours sont arrivés trop tard.", [U]);
t!(cert_nul_doute, "Nul doute que le scandale pèsera sur la campagne.", [U]);
t!(cert_il_ne_fait_aucun_doute, "Il ne fait aucun doute que l'attaque a été planifiée.", [U]);
t!(cert_incontestablement, "Le sélectionneur a incontestablement commis une erreur de casting.", [U]);
t!(cert_on_sait_que, "On sait que le suspect fréquentait les milieux radicaux.", [U]);
t!(cert_comme_chacun_sait, "Comme chacun sait, les caisses de la commune sont vides.", [U]);
t!(cert_il_est_notoire, "Il est notoire que l'ancien président détestait son successeur.", [U]);
t!(cert_on_le_sait, "On le sait, le patron de la fédération n'aime pas la critique.", [U]);

// ───────────── Sources anonymes : groupes non nommés ─────────────
t!(anon_des_habitants_racontent, "Des habitants racontent avoir entendu plusieurs détonations vers minuit.", [A]);
t!(anon_les_riverains_denoncent, "Les riverains dénoncent des nuisances sonores insupportables.", [A]);
t!(anon_plusieurs_temoins, "Plusieurs témoins affirment avoir vu le conducteur accélérer.", [A]);
t!(anon_des_proches_de_la_victime, "Des proches de la victime décrivent un jeune homme sans histoires.", [A]);
t!(anon_des_salaries_confient, "Des salariés confient leur inquiétude pour l'avenir du site.", [A]);
t!(anon_des_elus_majorite, "Des élus de la majorité s'inquiètent du coût de la mesure.", [A]);
t!(anon_nombre_d_observateurs, "Nombre d'observateurs jugent l'accord déséquilibré.", [A]);
t!(anon_d_aucuns, "D'aucuns y voient une manœuvre électorale.", [A]);
t!(anon_une_partie_de_l_entourage, "Une partie de l'entourage du président plaide pour un remaniement rapide.", [A]);
t!(anon_de_nombreux_tunisiens, "De nombreux Tunisiens estiment que la révolution a été confisquée.", [A]);
t!(anon_les_tunisiens_estiment, "Les Tunisiens estiment que la révolution a été confisquée.", [A]);
// The guide: feelings are no source ("Demands, reactions and feelings are not sources").
t!(anon_des_parents_craignent, "Des parents d'élèves craignent une nouvelle fermeture de classe.", []);
t!(anon_certains_syndicalistes, "Certains syndicalistes accusent la direction de jouer la montre.", [A]);
t!(anon_beaucoup_estiment, "Beaucoup estiment que le tournoi aurait dû être annulé.", [A]);
t!(anon_des_voisins_decrivent, "Des voisins décrivent un couple discret, sans problèmes apparents.", [A]);
t!(anon_des_militants_denoncent, "Des militants écologistes dénoncent un passage en force.", [A]);
t!(anon_des_soignants_alertent, "Des soignants alertent sur l'épuisement des équipes de nuit.", [A]);
t!(anon_plusieurs_agents, "Plusieurs agents pénitentiaires évoquent un climat de peur.", [A]);
t!(anon_un_enqueteur_confie, "Un enquêteur confie que la piste familiale est privilégiée.", [A]);
t!(anon_un_haut_fonctionnaire, "Un haut fonctionnaire de Bercy reconnaît que les prévisions étaient trop optimistes.", [A]);
t!(anon_un_cadre_du_parti, "« On va droit dans le mur », lâche un cadre du parti.", [A]);
t!(anon_un_dirigeant_de_club, "« Personne n'a été consulté », souffle un dirigeant de club.", [A]);
t!(anon_glisse_un_conseiller, "« Le président n'a pas encore tranché », glisse un conseiller.", [A]);
t!(anon_raconte_une_infirmiere, "« On travaille dans des conditions indignes », raconte une infirmière.", [A]);
t!(anon_les_experts_s_accordent, "Les experts s'accordent à dire que la sécheresse va s'aggraver.", [A]);
t!(anon_tout_le_monde_s_accorde, "Tout le monde s'accorde à dire que le mandat a été décevant.", [A]);
t!(anon_pour_certains_analystes, "Pour certains analystes, la banque centrale a trop tardé.", [A]);
t!(anon_de_l_avis_de_nombreux, "De l'avis de nombreux spécialistes, la digue est sous-dimensionnée.", [A]);
t!(anon_a_en_croire_des_temoins, "À en croire plusieurs témoins, le chauffeur roulait à vive allure.", [A]);
t!(anon_d_apres_des_riverains, "D'après des riverains, le bâtiment menaçait de s'effondrer depuis des mois.", [A]);
t!(anon_selon_des_proches, "Selon des proches, le chanteur traversait une période difficile.", [A]);
t!(anon_selon_des_elus_locaux, "Selon des élus locaux, la fermeture de la maternité est déjà actée.", [A]);
t!(anon_des_supporters_racontent, "Des supporters racontent avoir été gazés sans sommation.", [A]);
t!(anon_les_commercants_deplorent, "Les commerçants du centre-ville déplorent une baisse de fréquentation.", [A]);

// ───────────── Sources anonymes : sources indirectes, médias non nommés ─────────────
t!(anon_de_source_policiere, "De source policière, l'interpellation s'est déroulée sans incident.", [A]);
t!(anon_de_source_hospitaliere, "De source hospitalière, deux blessés sont dans un état grave.", [A]);
t!(anon_de_source_diplomatique, "Les négociations ont repris jeudi, de source diplomatique.", [A]);
t!(anon_dans_l_entourage_du_ministre, "Dans l'entourage du ministre, on dément toute tension avec Matignon.", [A]);
t!(anon_cote_elysee_on_assure, "Côté Élysée, on assure que le calendrier sera tenu.", [A]);
t!(anon_a_bercy_on_reconnait, "À Bercy, on reconnaît que l'objectif de déficit ne sera pas atteint.", [A]);
t!(anon_on_indique_au_ministere, "On indique au ministère que le dossier est suivi de près.", [A]);
t!(anon_selon_des_informations_de_presse, "Selon des informations de presse, le joueur a été testé positif.", [A]);
t!(anon_d_apres_plusieurs_medias, "D'après plusieurs médias, la réunion a tourné court.", [A]);
t!(anon_selon_la_presse_locale, "Selon la presse locale, l'usine employait une centaine de sans-papiers.", [A]);
t!(anon_rapporte_la_presse_britannique, "Le prince a été hospitalisé dans la nuit, a rapporté la presse britannique.", [A]);
t!(anon_rapportent_des_medias, "Des frappes ont visé le port dans la nuit, rapportent des médias locaux.", [A]);
t!(anon_selon_des_medias_israeliens, "Selon des médias israéliens, une nouvelle trêve est en discussion.", [A]);
t!(anon_selon_des_sources_securitaires, "Selon des sources sécuritaires, l'attaque a été revendiquée par un groupe jihadiste.", [A]);
t!(anon_une_source_proche_du_club, "Une source proche du club assure que l'entraîneur restera.", [A]);
t!(anon_un_connaisseur_du_dossier, "Un bon connaisseur du dossier estime que la fusion est compromise.", [A]);
t!(anon_selon_un_syndicaliste, "Selon un syndicaliste, la direction prépare un nouveau plan social.", [A]);
t!(anon_selon_un_magistrat, "Selon un magistrat, l'affaire pourrait être dépaysée.", [A]);
t!(anon_selon_un_diplomate_europeen, "Selon un diplomate européen, les sanctions seront prolongées.", [A]);
t!(anon_apprend_on_de_source_judiciaire, "Le suspect a été écroué, a-t-on appris de source judiciaire.", [A]);

// ───────────── Formules d'anonymat, verbes variés ─────────────
t!(anon_qui_a_requis_l_anonymat, "Un policier, qui a requis l'anonymat, décrit une scène de chaos.", [A]);
t!(anon_sous_le_sceau, "Sous le sceau de l'anonymat, un cadre de l'entreprise évoque des pressions.", [A]);
t!(anon_qui_souhaite_rester_anonyme, "Une enseignante, qui souhaite rester anonyme, témoigne de menaces répétées.", [A]);
t!(anon_ne_souhaite_pas_etre_nomme, "Ce responsable, qui ne souhaite pas être nommé, parle d'un gâchis.", [A]);
t!(anon_anonymement, "Un agent municipal, s'exprimant anonymement, affirme avoir reçu des consignes.", [A]);
t!(anon_sous_couvert_anonymat_fin, "Le budget sera revu à la baisse, confie un conseiller ministériel sous couvert d'anonymat.", [A]);
t!(anon_sous_couvert_de_l_anonymat, "Sous couvert de l'anonymat, une gendarme raconte le harcèlement subi.", [A]);
t!(anon_prenom_modifie, "« J'ai cru mourir », raconte Sarah, dont le prénom a été modifié.", [A]);
t!(anon_qui_preferent_taire_leur_nom, "Des joueurs, qui préfèrent taire leur nom, dénoncent les méthodes du staff.", [A]);
t!(anon_une_habitante_s_inquiete, "Une habitante s'inquiète de voir les loyers flamber.", [A]);
// The guide: feelings are no source ("Demands, reactions and feelings are not sources").
t!(anon_un_elu_craint, "Un élu d'opposition craint une hausse des impôts locaux.", []);
t!(anon_raconte_un_temoin, "Le camion a foncé sur la foule, raconte un témoin.", [A]);
t!(anon_assure_un_proche, "Il n'a jamais été violent, assure un proche.", [A]);
t!(anon_denonce_un_salarie, "« On nous a menti pendant des mois », dénonce un salarié.", [A]);
t!(anon_selon_une_source_gouvernementale, "Le remaniement interviendra avant l'été, selon une source gouvernementale.", [A]);
t!(anon_un_proche_du_dossier, "Un proche du dossier évoque une enveloppe de deux millions.", [A]);

// ───────────── Mixtes : source anonyme et non vérifié ─────────────
t!(both_serait_selon_sources_policieres, "Le suspect se trouverait en Belgique, selon des sources policières.", [A, U]);
t!(both_aurait_selon_plusieurs_temoins, "Selon plusieurs témoins, le policier aurait tiré sans sommation.", [A, U]);
t!(both_de_source_proche_aurait, "De source proche de l'enquête, le couple aurait été suivi pendant des semaines.", [A, U]);
t!(both_entourage_aurait, "Dans l'entourage du ministre, on assure qu'il aurait été tenu à l'écart.", [A, U]);
t!(both_presse_locale_aurait, "Selon la presse locale, le maire aurait démissionné dans la nuit.", [A, U]);
t!(both_anonymat_presume, "Le tireur présumé connaissait ses victimes, indique un enquêteur sous couvert d'anonymat.", [A, U]);
t!(both_on_dit_seraient, "On dit que les caisses du parti seraient vides.", [A, U]);
t!(both_des_habitants_auraient, "Des habitants auraient entendu des cris, raconte un voisin.", [A, U]);
// Un présent (« affirment ») n'introduit pas de futur dans le passé : le conditionnel
// passé reste celui de l'information non confirmée.
t!(both_des_temoins_affirment_que_aurait, "Des témoins affirment que le véhicule aurait grillé un feu rouge.", [A, U]);

// ───────────── Pièges : « source », destinataires, acteurs, institutions ─────────────
t!(trap_source_lumineuse, "Une source lumineuse a été aperçue au-dessus du lac par des promeneurs.", []);
t!(trap_source_radioactive, "Une source radioactive a été égarée sur un chantier de Seine-Saint-Denis.", []);
t!(trap_source_du_conflit, "La question de l'eau reste la source du conflit entre les deux villages.", []);
t!(trap_eau_de_source, "L'usine embouteille de l'eau de source depuis 1920.", []);
t!(trap_remonter_a_la_source, "Les enquêteurs tentent de remonter à la source de la contamination.", []);
t!(trap_sources_thermales, "La station thermale doit sa renommée à ses sources chaudes.", []);
t!(trap_declare_aux_habitants, "Le maire a déclaré aux habitants que l'eau du robinet restait potable.", [N]);
t!(trap_annonce_aux_salaries, "Le PDG a annoncé aux salariés la fermeture de deux sites.", [N]);
t!(trap_a_explique_aux_riverains, "La préfète a expliqué aux riverains que les travaux dureraient six mois.", [N]);
t!(trap_manifestants_bloquent, "Des manifestants ont bloqué le périphérique pendant deux heures.", []);
t!(trap_habitants_evacues, "Une centaine d'habitants ont été évacués en raison de la crue.", []);
t!(trap_salaries_greve, "Les salariés de la raffinerie sont en grève depuis lundi.", []);
t!(trap_appel_a_temoins, "La gendarmerie a lancé un appel à témoins.", []);
t!(trap_temoins_convoques, "Les témoins seront entendus à partir de mardi par la cour.", []);
t!(trap_prefecture_indique, "La préfecture a indiqué que l'arrêté serait levé vendredi.", [N]);
t!(trap_parquet_de_lyon, "Le parquet de Lyon a ouvert une enquête pour homicide involontaire.", []);
t!(trap_parquet_de_lyon_precise, "Le parquet de Lyon précise que l'autopsie aura lieu lundi.", [N]);
t!(trap_selon_le_parisien, "Selon Le Parisien, le joueur a été entendu par les enquêteurs.", [N]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(trap_selon_le_parisien_aurait, "Selon Le Parisien, le joueur aurait été entendu par les enquêteurs.", [N, U]);
t!(trap_rapporte_ouest_france, "La collision a fait trois blessés, rapporte Ouest-France.", [N]);
t!(trap_selon_france_bleu, "Selon France Bleu Isère, la route restera fermée jusqu'à jeudi.", [N]);
t!(trap_revele_mediapart, "Mediapart révèle que l'élu a employé sa fille comme assistante.", [N]);
t!(trap_selon_la_mairie, "Selon la mairie, les dégâts dépassent le million d'euros.", [N]);
t!(trap_les_pompiers_indiquent, "Les pompiers indiquent que le feu est désormais fixé.", [N]);
t!(trap_le_samu, "Le Samu a pris en charge quatre blessés légers.", []);
t!(trap_voisins_fete, "Les voisins ont organisé une fête pour les 100 ans de la doyenne.", []);
t!(trap_riverains_invites, "Les riverains sont invités à limiter leurs déplacements.", []);
t!(trap_experts_designes, "Deux experts ont été désignés par le tribunal.", []);
t!(trap_proche_de_la_gare, "L'hôtel, proche de la gare, a été entièrement rénové.", []);
t!(trap_entourage_sans_parole, "Le ministre est arrivé entouré de ses collaborateurs.", []);
t!(trap_nombre_de_victimes, "Le nombre de victimes est passé à douze.", []);
t!(trap_on_a_retrouve, "On a retrouvé le véhicule calciné à la sortie du village.", []);
t!(trap_anonyme_don, "Un donateur anonyme a offert 50 000 euros à l'association.", []);
t!(trap_lettre_anonyme, "Le maire a reçu une lettre anonyme contenant des menaces.", []);
t!(trap_presume_innocent, "Le prévenu reste présumé innocent jusqu'au jugement.", []);
t!(trap_dit_nom, "Le quartier dit des Tanneurs sera réhabilité.", []);
t!(trap_on_dit_au_revoir, "Les supporters ont dit au revoir à leur capitaine.", []);

// ───────────── Deuxième série : tournures fréquentes des faits divers et de la politique ─────────────
t!(cond_serait_connu_des_services, "L'individu serait connu des services de police pour des faits de violence.", [U]);
t!(cond_se_seraient_deroules, "Les faits se seraient déroulés vers 22 heures, à la sortie d'une discothèque.", [U]);
t!(cond_se_connaitraient, "Les deux hommes se connaîtraient depuis l'enfance.", [U]);
t!(cond_disparaitrait, "Le document disparaîtrait des archives quelques jours plus tard.", [U]);
t!(cond_ce_dernier_aurait, "Ce dernier aurait tenté de dissimuler l'arme dans un buisson.", [U]);
t!(cond_serait_passe_aux_aveux, "Le suspect serait passé aux aveux dans la soirée.", [U]);
t!(cond_ne_serait_plus, "L'ancien ministre ne serait plus membre du parti depuis janvier.", [U]);
t!(cond_n_aurait_jamais, "Le chèque n'aurait jamais été encaissé.", [U]);
t!(cond_pourraient_s_etre_manifestees, "D'autres victimes pourraient s'être manifestées auprès des enquêteurs.", [U]);
t!(cond_relative_lequel, "Le comptable, lequel aurait disparu avec la caisse, reste introuvable.", [U]);
t!(both_selon_nos_informations_aurait, "Selon nos informations, l'attaquant aurait refusé de s'entraîner mardi.", [A, U]);
t!(both_source_policiere_aurait_ete, "Selon une source policière, la victime aurait été frappée à la tête.", [A, U]);
t!(named_aurait_indique_parquet, "L'homme aurait agi sous l'emprise de stupéfiants, a indiqué le parquet.", [N]);
t!(trap_aurait_pu_etre_evite, "Le drame aurait pu être évité.", []);
t!(trap_rien_ne_permet, "À ce stade, rien ne permet d'affirmer que le conducteur était ivre.", []);
t!(trap_piste_non_ecartee, "La piste criminelle n'est pas écartée par les enquêteurs.", []);
t!(trap_est_connu_des_services, "Le suspect est connu des services de police.", []);
// LABELS.md : un refus de répondre garde la catégorie du locuteur.
t!(trap_contacte_pas_souhaite_reagir, "Contacté, le porte-parole de l'entreprise n'a pas souhaité réagir.", [N]);
t!(trap_mairie_pas_donne_suite, "Sollicitée, la mairie n'a pas donné suite.", []);
t!(anon_d_apres_les_enqueteurs, "D'après les enquêteurs, la victime connaissait son agresseur.", [A]);
t!(anon_d_autres_estiment, "D'autres estiment que la sanction est disproportionnée.", [A]);
t!(anon_selon_d_autres, "Selon d'autres, le projet est déjà enterré.", [A]);
t!(anon_pour_beaucoup, "Pour beaucoup, cette décision sonne comme une trahison.", [A]);
t!(anon_la_plupart_des_experts, "La plupart des experts estiment que la crise n'est pas terminée.", [A]);
t!(anon_certains_evoquent, "Certains évoquent déjà une démission.", [A]);
t!(anon_sources_concordantes, "Le joueur a été suspendu, a-t-on appris de sources concordantes.", [A]);
t!(anon_confirmee_par_plusieurs_sources, "L'information a été confirmée par plusieurs sources au sein du club.", [A]);
t!(anon_selon_les_premiers_temoignages, "Selon les premiers témoignages, l'agresseur portait une cagoule.", [A]);
t!(anon_raconte_un_retraite, "« Je n'ai jamais vu autant d'eau », raconte un retraité.", [A]);
t!(anon_confie_un_habitue, "« Ici, tout le monde se connaît », confie un habitué des lieux.", [A]);
t!(anon_temoigne_un_automobiliste, "« La voiture a fait plusieurs tonneaux », témoigne un automobiliste.", [A]);
t!(anon_une_personne_au_fait, "Selon une personne au fait des discussions, l'offre a été relevée.", [A]);
t!(anon_aux_yeux_de_certains, "Aux yeux de certains, la nomination relève du copinage.", [A]);

// ───────────── Contexte ─────────────
// « Il » est l'homme interpellé, sujet de la phrase précédente, pas la source policière.
doc!(#[ignore = "needs engine: un pronom sujet d'un verbe de parole (« Il aurait reconnu les faits ») se résout sur la dernière source même quand la phrase précédente a introduit une autre personne comme sujet"]
    ctx_aurait_apres_source_policiere,
    ["De source policière, un homme a été interpellé dimanche.", "Il aurait reconnu les faits en garde à vue."],
    [[A], [U]], [[], [A]]);
doc!(ctx_conditionnel_apres_nom,
    ["Le procureur de Rennes a tenu une conférence de presse mardi.", "Le suspect aurait agi seul."],
    [[], [U]], [[], []]);
doc!(ctx_citation_apres_temoin_anonyme,
    ["« Il y avait du sang partout », raconte une voisine.", "« Je n'ai jamais vu ça. »"],
    [[A], []], [[], [A]]);
