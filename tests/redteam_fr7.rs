//! Red-team of the French engine, seventh round: press sentences written for this
//! test, never taken from a corpus. Focus: `named_source` in real press — rare or
//! figurative reporting verbs, institutions and bodies, named documents, social
//! networks, interviews, incises and inversions with complements, « selon »,
//! « d'après », « pour X, », « aux yeux de », long quotes; wire copy, regional press,
//! sport, economy, justice, world news; traps that stay unlabelled (named people
//! acting without speaking, place names, titles of works).
//! Gold labels follow /work/shared/LABELS.md; a `//` note justifies the borderline ones.

#[macro_use]
mod common;

use common::{A, N, U};
use sourcelight::Category;

#[track_caller]
fn check(texts: &[&str], want: &[Category], context: bool) {
    common::check_last("fr", texts, want, context);
}

// ───────────── Verbes de parole rares ou imagés, sujet en tête ─────────────
t!(#[ignore = "needs engine: as [reporting_verbs] data, fulminer/claironner/grincer/maugréer/asséner/vitupérer/clamer (together) cost one anonymous_source hit on dev-fr; cause not isolated"] v_a_fulmine, "Le président du département, Jean-Luc Garnier, a fulminé contre « un désengagement de l'État ».", [N]);
t!(#[ignore = "needs engine: as [reporting_verbs] data, fulminer/claironner/grincer/maugréer/asséner/vitupérer/clamer (together) cost one anonymous_source hit on dev-fr; cause not isolated"] v_a_claironne, "Le PDG du groupe a claironné que les objectifs de l'année étaient déjà atteints.", [N]);
t!(#[ignore = "needs engine: as [reporting_verbs] data, fulminer/claironner/grincer/maugréer/asséner/vitupérer/clamer (together) cost one anonymous_source hit on dev-fr; cause not isolated"] v_a_grince, "« On nous prend pour des variables d'ajustement », a grincé Sophie Lemaire, déléguée CGT.", [N]);
t!(#[ignore = "needs engine: as [reporting_verbs] data, fulminer/claironner/grincer/maugréer/asséner/vitupérer/clamer (together) cost one anonymous_source hit on dev-fr; cause not isolated"] v_a_maugree, "« Encore une réforme décidée sans nous », a maugréé un éleveur de la Creuse, Paul Bonnet.", [N]);
t!(#[ignore = "needs engine: as [reporting_verbs] data, fulminer/claironner/grincer/maugréer/asséner/vitupérer/clamer (together) cost one anonymous_source hit on dev-fr; cause not isolated"] v_a_assene, "La ministre a asséné que « personne ne sera laissé au bord du chemin ».", [N]);
t!(#[ignore = "needs engine: as [reporting_verbs] data, fulminer/claironner/grincer/maugréer/asséner/vitupérer/clamer (together) cost one anonymous_source hit on dev-fr; cause not isolated"] v_a_vitupere, "Le député Marc Delorme a vitupéré contre une loi « écrite par les lobbies ».", [N]);
t!(#[ignore = "needs engine: as [reporting_verbs] data, fulminer/claironner/grincer/maugréer/asséner/vitupérer/clamer (together) cost one anonymous_source hit on dev-fr; cause not isolated"] v_a_clame, "Devant la presse, l'ancien maire a clamé son innocence.", [N]);
t!(v_a_proclame, "Le chef de l'État a proclamé que le pays ne céderait pas au chantage.", [N]);
t!(#[ignore = "needs engine: a title with no name (« l'expert-comptable de l'association ») is no speaker; a named_head would make every such noun one"] v_a_certifie, "L'expert-comptable de l'association a certifié que les comptes étaient sincères.", [N]);
t!(v_a_retorque_que, "Le ministre de l'Intérieur a rétorqué que les effectifs de police avaient augmenté.", [N]);
t!(#[ignore = "needs engine: a title with no name (« le candidat écologiste ») is no speaker; `candidat` as named_head costs an anonymous_source hit on dev-fr"] v_a_insinue, "Le candidat écologiste a insinué que son adversaire avait bénéficié de fonds occultes.", [N]);
t!(v_a_persifle, "« Ils découvrent la montagne en novembre », a persiflé Anne Roux, guide à Chamonix.", [N]);
t!(v_egrene, "Le préfet a égrené les chiffres de la saison estivale : deux millions de visiteurs.", [N]);
t!(v_s_est_epanche, "Le sélectionneur s'est épanché sur la méforme de son attaquant.", [N]);
t!(v_a_balaye, "Le porte-parole du gouvernement a balayé ces critiques d'un revers de main.", [N]);
t!(v_a_mis_en_garde, "Le gouverneur de la Banque de France, François Villeroy de Galhau, a mis en garde contre un relâchement budgétaire.", [N]);
t!(v_a_plaide_pour, "La maire de Nantes a plaidé pour un élargissement de la gratuité des transports.", [N]);
t!(v_a_atteste, "Un médecin légiste, le docteur Hélène Martin, a attesté que les blessures étaient anciennes.", [N]);
t!(v_a_pronostique, "L'économiste Thomas Piketty a pronostiqué un creusement des inégalités.", [N]);
t!(v_a_susurre, "« Il faut savoir partir », a susurré l'ancien Premier ministre à ses proches.", [N]);

// ───────────── Institutions et organismes ─────────────
t!(i_insee, "L'Insee a publié jeudi une estimation du chômage au troisième trimestre.", []); // publishing figures is no speech (as redteam_fr5 eq_l_insee_a_publie)
t!(i_cour_des_comptes, "La Cour des comptes épingle la gestion des hôpitaux de la région.", [N]);
t!(i_meteo_france, "Météo-France a placé douze départements en vigilance orange aux orages.", []); // an action, not speech
t!(i_oms_recommande, "L'OMS recommande de limiter la consommation de sucre à 25 grammes par jour.", [N]);
t!(i_uefa_a_confirme, "L'UEFA a confirmé l'ouverture d'une enquête disciplinaire contre le club.", [N]);
t!(i_sncf_fait_savoir, "La SNCF a fait savoir que le trafic serait perturbé jusqu'à dimanche.", [N]);
t!(i_conseil_constitutionnel, "Le Conseil constitutionnel a censuré trois articles de la loi immigration.", [N]);
t!(i_autorite_concurrence, "L'Autorité de la concurrence estime que la fusion menace les consommateurs.", [N]);
t!(i_commission_europeenne, "La Commission européenne juge « préoccupante » la situation budgétaire de l'Italie.", [N]);
t!(i_kremlin_a_dementi, "Le Kremlin a démenti toute implication dans l'empoisonnement.", [N]);
t!(i_quai_d_orsay, "Le Quai d'Orsay déconseille formellement les voyages dans la région frontalière.", [N]);
t!(i_pnf, "Le parquet national financier a requis deux ans de prison avec sursis.", [N]);

// ───────────── Documents nommés ─────────────
t!(d_rapport_cour, "Selon le rapport annuel de la Cour des comptes, la dette sociale atteint 150 milliards d'euros.", [N]);
t!(d_note_bercy, "D'après une note de Bercy consultée par l'AFP, le déficit dépassera 5 % du PIB.", [N]);
t!(d_arret_cour_cassation, "Dans son arrêt, la Cour de cassation rappelle que le licenciement doit être motivé.", [N]);
t!(d_livre_blanc, "Le Livre blanc sur la défense prévoit une hausse des effectifs du renseignement.", [N]);
t!(d_proces_verbal, "Le procès-verbal d'audition mentionne la présence d'un troisième homme.", [N]);
t!(d_compte_rendu, "Le compte rendu du conseil des ministres indique que le texte sera examiné en juin.", [N]);
t!(d_ordonnance_juge, "L'ordonnance du juge d'instruction détaille les flux financiers entre les deux sociétés.", [N]);
t!(#[ignore = "needs engine: a document speaker whose noun phrase carries a passive participle and its agent (« publié par l'hôpital ») before the verb"] d_bulletin_sante, "Le bulletin de santé publié par l'hôpital fait état d'une amélioration.", [N]);

// ───────────── Réseaux sociaux ─────────────
t!(r_sur_x, "Sur X, le ministre des Sports s'est félicité de la qualification des Bleues.", [N]);
t!(r_instagram, "Dans une story publiée sur Instagram, la chanteuse a annoncé l'annulation de sa tournée.", [N]);
t!(r_tiktok, "Dans une vidéo postée sur TikTok, l'influenceur reconnaît avoir été rémunéré par la marque.", [N]);
t!(r_linkedin, "Le patron de la start-up a dévoilé sur LinkedIn un plan de départs volontaires.", [N]);
t!(r_facebook_mairie, "La mairie de Quimper a prévenu sur sa page Facebook que le marché était annulé.", [N]);
t!(r_message_poste, "« Merci pour tout », a écrit le capitaine dans un message posté sur ses réseaux sociaux.", [N]);

// ───────────── Interviews ─────────────
t!(iv_entretien_parisien, "Dans un entretien accordé au Parisien, l'entraîneur assume ses choix tactiques.", [N]);
t!(iv_interroge_franceinfo, "Interrogé par franceinfo, le secrétaire d'État a refusé de commenter l'affaire.", [N]);
t!(iv_au_micro_rmc, "Au micro de RMC, le président du club a réclamé la tête de l'arbitre.", [N]);
t!(iv_colonnes_equipe, "Dans les colonnes de L'Équipe, le cycliste raconte sa longue convalescence.", [N]);
t!(iv_invite_france_inter, "Invitée de France Inter, la Défenseure des droits a dénoncé des contrôles au faciès.", [N]);
t!(iv_plateau_bfmtv, "Sur le plateau de BFMTV, l'avocat de la famille a exigé la réouverture de l'enquête.", [N]);

// ───────────── Incises et inversions avec compléments ─────────────
t!(inc_a_precise_ce_lundi, "« Aucune piste n'est écartée », a précisé ce lundi au téléphone le procureur de Bayonne.", [N]);
t!(inc_souligne_dans_communique, "« La sécurité des passagers est notre priorité », souligne dans un communiqué la compagnie Air France.", [N]);
t!(inc_explique_t_il_sourire, "« Je n'ai jamais douté », explique-t-il avec un large sourire.", [N]);
t!(inc_confie_entraineur_apres, "« Le groupe a manqué de caractère », confiait l'entraîneur nantais après la défaite.", [N]);
t!(inc_milieu_phrase, "Le chantier, assure le directeur des travaux, sera terminé avant l'été.", [N]);
t!(inc_tempere_economiste, "« Il ne faut pas crier victoire trop vite », tempère l'économiste Agnès Bénassy-Quéré.", [N]);
t!(inc_fait_valoir_avocat, "Son client, fait valoir Me Dupond, « n'a jamais eu connaissance de ces virements ».", [N]);

// ───────────── « selon », « d'après », « pour X », « aux yeux de » ─────────────
t!(s_selon_le_ministere, "Selon le ministère des Armées, deux drones ont été abattus au-dessus de la mer Noire.", [N]);
t!(s_d_apres_la_fnsea, "D'après la FNSEA, la sécheresse a coûté un milliard d'euros aux agriculteurs.", [N]);
t!(s_pour_le_syndicat, "Pour le syndicat Alliance, ces violences sont « le fruit d'un laxisme judiciaire ».", [N]);
t!(s_pour_la_ministre_virgule, "Pour la ministre du Travail, « le dialogue social n'est pas rompu ».", [N]);
t!(s_aux_yeux_du_president, "Aux yeux du président de la Fédération française de rugby, l'affaire est close.", [N]);
t!(s_selon_un_communique_ligue, "Selon un communiqué de la Ligue de football professionnel, le match sera rejoué.", [N]);
t!(s_d_apres_les_chiffres_dares, "D'après les chiffres de la Dares, 40 000 emplois ont été créés en un an.", [N]);
t!(s_citation_longue, "« Nous avons hérité d'une situation financière catastrophique, avec des caisses vides, des fournisseurs impayés depuis des mois et un personnel démotivé que personne n'écoutait plus », a résumé le nouveau directeur de l'hôpital, Bruno Lefèvre.", [N]);

// ───────────── Pièges : actions, lieux, œuvres ─────────────
t!(p_mbappe_doublé, "Kylian Mbappé a inscrit un doublé en seconde période.", []);
t!(p_macron_s_est_rendu, "Emmanuel Macron s'est rendu mercredi à Marseille pour inaugurer un lycée.", []);
t!(p_rue_victor_hugo, "La rue Victor-Hugo sera fermée à la circulation pendant les travaux.", []);
t!(p_hopital_georges_pompidou, "Le blessé a été transporté à l'hôpital européen Georges-Pompidou.", []);
t!(p_titre_roman_disent, "Le roman « Ce que disent les pierres » a reçu le prix des lecteurs.", []);
t!(p_d_apres_le_roman, "Le téléfilm, tourné d'après le roman de Georges Simenon, sera diffusé dimanche.", []);
t!(p_stade_pierre_mauroy, "Le match se jouera au stade Pierre-Mauroy de Villeneuve-d'Ascq.", []);
t!(p_juge_a_condamne_action, "Jean Morel a été condamné à six mois de prison avec sursis.", []);
t!(p_lycee_jean_moulin, "Les élèves du lycée Jean-Moulin ont planté cent arbres dans la cour.", []);
t!(p_navire_charles_de_gaulle, "Le porte-avions Charles-de-Gaulle a appareillé de Toulon mardi.", []);
t!(p_coureur_a_remporte, "Tadej Pogačar a remporté l'étape en solitaire après une attaque dans le col.", []);
t!(p_exposition_monet, "L'exposition consacrée à Claude Monet a attiré 600 000 visiteurs.", []);

// ───────────── Mixtes ─────────────
t!(x_named_et_presume, "Le procureur a détaillé le parcours du présumé meurtrier.", [N, U]);
t!(x_named_et_source, "Le ministère a confirmé l'information, déjà révélée par une source proche du dossier.", [A, N]);
