//! Red-team of the French engine, ninth round: press sentences written for this
//! test, never taken from a corpus. Aim: `named_source` recall as French press
//! writes it (politique, justice, faits divers, économie, sport, international,
//! santé, culture) — named people, titles with names, institutions and their
//! metonymies (Matignon, Bercy, Beauvau, le Quai d'Orsay, Bruxelles, le Kremlin,
//! Pékin), parties, unions, companies, clubs and named media, with the many verbs
//! and frames of French journalism (inversions, « selon », « d'après », « aux yeux
//! de », « pour X, », « dixit », « a tweeté », « a posté sur Instagram », « interrogé
//! par », « contacté par l'AFP »). More than a quarter (103 of 373) are traps: unnamed
//! sources that stay anonymous, actions that are no report (« le ministre a visité
//! l'usine »), names that are not speakers, « source » in other senses, « selon toute vraisemblance ».
//! Gold labels follow /work/shared/LABELS.md; a `//` note justifies the borderline ones.

#[macro_use]
mod common;

use common::{A, N, U};
use sourcelight::Category;

#[track_caller]
fn check(texts: &[&str], want: &[Category], context: bool) {
    common::check_last("fr", texts, want, context);
}

// ───────────── Politique ─────────────
t!(pol_a_t_il_declare_figaro, "« Nous ne reculerons pas sur la réforme », a-t-il déclaré au Figaro.", [N]);
t!(pol_premiere_ministre_a_assure, "La Première ministre a assuré mardi que le budget serait présenté avant la fin du mois.", [N]);
t!(pol_selon_le_ministre, "Selon le ministre de l'Intérieur, 4 500 policiers seront mobilisés samedi.", [N]);
t!(pol_matignon_fait_savoir, "Matignon a fait savoir dans la soirée que le remaniement n'était pas à l'ordre du jour.", [N]);
t!(pol_elysee_communique, "Le chef de l'État se rendra jeudi à Marseille, selon un communiqué de l'Élysée.", [N]);
t!(pol_depute_a_denonce_hemicycle, "Le député LFI Éric Coquerel a dénoncé dans l'hémicycle un « budget d'austérité ».", [N]);
t!(pol_a_tweete_senatrice, "« Une victoire pour les familles », a tweeté la sénatrice écologiste Mélanie Vogel.", [N]);
t!(pol_a_ecrit_lettre, "Le président du Sénat a écrit dans une lettre au gouvernement qu'il refusait tout passage en force.", [N]);
t!(pol_interroge_franceinfo, "Interrogé par franceinfo, le porte-parole du gouvernement a jugé la motion « sans avenir ».", [N]);
t!(pol_aux_yeux_de_la_presidente, "Aux yeux de la présidente de l'Assemblée, le calendrier reste tenable.", [N]);
t!(pol_a_regrette_le_maire, "« C'est une décision brutale », a regretté le maire de Lille, Arnaud Deslandes.", [N]);
t!(pol_parti_socialiste_reclame, "Le Parti socialiste réclame la suspension immédiate de la réforme.", [N]);
t!(pol_rn_a_annonce, "Le Rassemblement national a annoncé qu'il voterait la censure.", [N]);
t!(pol_a_lance_jordan, "« Le gouvernement est à bout de souffle », a lancé Jordan Bardella lors d'un meeting à Perpignan.", [N]);
t!(pol_a_martele_ministre_economie, "Il n'y aura pas de hausse d'impôts, a martelé le ministre de l'Économie sur BFMTV.", [N]);
t!(pol_beauvau_indique, "Beauvau indique que 312 personnes ont été interpellées dans la nuit.", [N]);
t!(pol_a_plaide_la_ministre, "La ministre de l'Éducation a plaidé pour un report de la réforme du bac.", [N]);
t!(pol_dixit_le_president, "Le pays « n'a pas dit son dernier mot », dixit le président de la République.", [N]);
t!(pol_pour_le_politologue_nomme, "Pour le politologue Jérôme Fourquet, cette élection marque une rupture.", [N]);
t!(pol_a_reagi_sur_x, "« Honteux », a réagi sur X le patron des sénateurs LR, Mathieu Darnaud.", [N]);
t!(pol_assure_conference_presse, "Le Premier ministre a assuré lors d'une conférence de presse que le texte serait amendé.", [N]);
t!(pol_prefecture_fait_savoir, "La préfecture du Nord a fait savoir que la manifestation était interdite.", [N]);
t!(pol_a_reconnu_la_porte_parole, "La porte-parole du gouvernement a reconnu des « erreurs de communication ».", [N]);
t!(pol_a_affirme_le_chef_de_file, "Le chef de file des députés Renaissance, Gabriel Attal, a affirmé qu'il ne voterait pas le texte.", [N]);
t!(pol_a_estime_la_maire_paris, "La maire de Paris a estimé que la capitale « n'a pas à payer » pour l'État.", [N]);

// ───────────── Justice ─────────────
t!(jus_a_requis_le_procureur, "Le procureur a requis dix ans de prison contre le principal accusé.", [N]);
t!(jus_a_plaide_lavocat_nomme, "« Mon client n'a jamais eu l'intention de tuer », a plaidé son avocat, Me Éric Dupond-Moretti.", [N]);
t!(jus_a_tranche_tribunal, "Le licenciement était « sans cause réelle et sérieuse », a tranché le tribunal des prud'hommes.", [N]);
t!(jus_a_juge_la_cour, "La cour d'appel a jugé que la procédure était régulière.", [N]);
t!(jus_precise_parquet_communique, "L'homme a été mis en examen pour meurtre, précise le parquet dans un communiqué.", [N]);
t!(jus_a_reconnu_devant_les_juges, "Le prévenu a reconnu devant les juges avoir volé les bijoux.", [N]);
t!(jus_a_indique_la_procureure, "La procureure de Paris, Laure Beccuau, a indiqué que l'enquête avait été confiée à la brigade criminelle.", [N]);
t!(jus_conseil_constitutionnel_censure, "Le Conseil constitutionnel a censuré vendredi six articles de la loi.", [N]);
t!(jus_cour_de_cassation_rejete, "La Cour de cassation a rejeté le pourvoi de l'ancien ministre.", [N]);
t!(jus_selon_avocate_partie_civile, "Selon l'avocate des parties civiles, Me Sarah Mauger-Poliak, les familles attendent des réponses.", [N]);
t!(jus_a_declare_le_juge_audience, "« Les faits sont d'une extrême gravité », a déclaré le président de la cour d'assises à l'audience.", [N]);
t!(jus_a_nie_accuse_nomme, "Jean-Marc L. a nié en bloc les accusations portées contre lui.", [N]);
t!(jus_d_apres_acte_accusation, "D'après l'ordonnance de renvoi, le suspect avait repéré les lieux la veille.", [N]);
t!(jus_a_fait_appel_parquet_annonce, "Le parquet national financier a annoncé qu'il faisait appel du jugement.", [N]);
t!(jus_a_explique_la_gendarmerie, "La gendarmerie a expliqué que le conducteur roulait à 180 km/h.", [N]);

// ───────────── Faits divers ─────────────
t!(fd_indiquent_les_pompiers, "Trois personnes ont été légèrement blessées, indiquent les pompiers du Var.", [N]);
t!(fd_selon_la_prefecture, "Selon la préfecture, l'incendie a parcouru 400 hectares.", [N]);
t!(fd_a_raconte_temoin_nomme, "« J'ai entendu une explosion », a raconté Martine, une voisine, au Parisien.", [N]);
t!(fd_maire_commune_a_confie, "« Le village est sous le choc », a confié à l'AFP le maire de la commune, Pierre Lanne.", [N]);
t!(fd_a_precise_la_police, "L'automobiliste a été placé en garde à vue, a précisé la police.", [N]);
t!(trap_sdis_a_poste_images, "Le Sdis 13 a posté sur Facebook des images de l'intervention.", []); // des images publiées, aucune information attribuée
t!(fd_selon_le_bilan_du_samu, "Selon le Samu, la victime était en arrêt cardiaque à l'arrivée des secours.", [N]);
t!(fd_rapporte_le_parisien, "Le suspect avait déjà été condamné pour violences, rapporte Le Parisien.", [N]);
t!(fd_revele_ouest_france, "La sirène de l'usine n'a pas fonctionné, révèle Ouest-France.", [N]);
t!(fd_contacte_par_lafp_le_ministere, "Contacté par l'AFP, le ministère des Armées a confirmé la mort du soldat.", [N]);

// ───────────── Économie ─────────────
t!(eco_d_apres_linsee, "D'après l'Insee, le chômage a reculé à 7,3 % au troisième trimestre.", [N]);
t!(eco_selon_banque_de_france, "La croissance atteindra 0,8 % cette année, selon la Banque de France.", [N]);
t!(eco_bercy_a_precise, "Bercy a précisé que la mesure coûterait deux milliards d'euros.", [N]);
t!(eco_a_annonce_le_pdg, "Le PDG de Renault a annoncé la suppression de 1 200 postes en France.", [N]);
t!(eco_indique_le_communique, "Le chiffre d'affaires a progressé de 4 %, indique le communiqué du groupe.", [N]);
t!(eco_cgt_denonce, "La CGT dénonce « un plan social déguisé » chez le sous-traitant automobile.", [N]);
t!(eco_pour_leconomiste_nomme, "Pour l'économiste Philippe Aghion, la France doit investir davantage dans l'innovation.", [N]);
t!(eco_cour_des_comptes_rapport, "La dette des hôpitaux est « préoccupante », a estimé la Cour des comptes dans son rapport annuel.", [N]);
t!(eco_medef_a_averti, "Le Medef a averti que les hausses de charges pèseraient sur l'emploi.", [N]);
t!(eco_bce_a_indique, "La BCE a indiqué jeudi qu'elle restait « vigilante » face à l'inflation.", [N]);
t!(eco_directrice_fmi_a_declare, "La directrice générale du FMI a déclaré que l'économie mondiale résistait mieux que prévu.", [N]);
t!(eco_airbus_a_fait_savoir, "Airbus a fait savoir que les livraisons reprendraient dès lundi.", [N]);
t!(eco_selon_les_chiffres_de_lunedic, "Selon les chiffres de l'Unédic, 2,9 millions de personnes sont indemnisées.", [N]);
t!(eco_syndicat_fo_estime, "Le syndicat Force ouvrière estime que la proposition patronale est « inacceptable ».", [N]);
t!(eco_sncf_explique, "La SNCF explique les retards par un incident de signalisation.", [N]);

// ───────────── Sport ─────────────
t!(sp_a_reagi_le_club_sur_x, "« Nous condamnons fermement ces chants », a réagi le club sur X.", [N]);
t!(sp_entraineur_nomme_conference, "« On a manqué de réalisme », a regretté Luis Enrique en conférence de presse.", [N]);
t!(sp_selectionneur_a_annonce, "Le sélectionneur Didier Deschamps a annoncé sa liste de 23 joueurs.", [N]);
t!(sp_a_poste_sur_instagram, "« Merci pour tout », a posté sur Instagram l'attaquant Kylian Mbappé.", [N]);
t!(sp_lfp_a_indique, "La LFP a indiqué que le match serait rejoué à huis clos.", [N]);
t!(sp_a_confie_au_micro_canal, "« C'est la plus belle victoire de ma carrière », a confié Teddy Riner au micro de France Télévisions.", [N]);
t!(sp_uefa_a_ouvert_communique, "L'UEFA a annoncé dans un communiqué l'ouverture d'une procédure disciplinaire.", [N]);
t!(sp_selon_lequipe, "Selon L'Équipe, le défenseur a signé un contrat de quatre ans.", [N]);
t!(sp_a_assure_le_president_du_club, "Le président de l'OM, Pablo Longoria, a assuré que l'entraîneur restait en poste.", [N]);
t!(sp_ffr_a_fait_savoir, "La Fédération française de rugby a fait savoir que le joueur était suspendu trois semaines.", [N]);
t!(sp_a_estime_la_capitaine, "La capitaine des Bleues, Wendie Renard, a estimé que l'équipe avait « montré du caractère ».", [N]);

// ───────────── International ─────────────
t!(int_kremlin_a_dementi, "Le Kremlin a démenti toute implication dans l'attaque.", [N]);
t!(int_washington_a_salue, "Washington a salué l'accord de cessez-le-feu.", [N]);
t!(int_pekin_a_proteste, "Pékin a protesté contre la visite du ministre taïwanais.", [N]);
// The guide: a call with no words of its own quoted is a demand, no source.
t!(int_quai_dorsay_appelle, "Le Quai d'Orsay appelle les ressortissants français à quitter le pays.", []);
t!(int_bruxelles_a_averti, "Bruxelles a averti que des sanctions seraient prises en cas de violation.", [N]);
t!(int_a_declare_le_porte_parole_onu, "« La situation humanitaire est catastrophique », a déclaré le porte-parole de l'ONU, Stéphane Dujarric.", [N]);
t!(int_selon_le_ministere_ukrainien, "Selon le ministère ukrainien de la Défense, 40 drones ont été abattus dans la nuit.", [N]);
t!(int_zelensky_a_affirme, "Volodymyr Zelensky a affirmé dans son allocution du soir que l'armée tenait ses positions.", [N]);
t!(int_a_rapporte_reuters, "Les négociations ont repris mardi à Doha, a rapporté l'agence Reuters.", [N]);
t!(int_selon_loms, "Selon l'OMS, plus de 2 000 cas de choléra ont été recensés.", [N]);
t!(int_maison_blanche_a_indique, "La Maison Blanche a indiqué que le président recevrait son homologue français.", [N]);
t!(int_le_chancelier_a_estime, "Le chancelier allemand a estimé que l'Europe devait « prendre son destin en main ».", [N]);

// ───────────── Santé ─────────────
t!(san_selon_sante_publique_france, "Selon Santé publique France, l'épidémie de grippe a atteint son pic.", [N]);
t!(san_has_recommande, "La Haute Autorité de santé recommande la vaccination des plus de 65 ans.", [N]);
t!(san_a_alerte_le_professeur_nomme, "Le professeur Gilles Pialoux a alerté sur la reprise des contaminations.", [N]);
t!(san_ars_a_confirme, "L'ARS Occitanie a confirmé deux cas de dengue autochtone.", [N]);
t!(san_a_souligne_le_ministre_sante, "Le ministre de la Santé a souligné que les urgences restaient « sous tension ».", [N]);
t!(san_ansm_a_annonce, "L'ANSM a annoncé le rappel de plusieurs lots de sirop pour enfants.", [N]);

// ───────────── Culture ─────────────
t!(cul_a_confie_la_realisatrice, "« Ce film est né d'une colère », a confié la réalisatrice Justine Triet.", [N]);
t!(cul_le_louvre_a_annonce, "Le musée du Louvre a annoncé la fermeture de la salle des États.", [N]);
t!(cul_selon_le_cnc, "Selon le CNC, la fréquentation des salles a progressé de 8 %.", [N]);
t!(cul_a_explique_lecrivaine, "L'écrivaine Annie Ernaux a expliqué dans un entretien qu'elle ne publierait plus de roman.", [N]);
t!(cul_festival_a_indique, "Le festival de Cannes a indiqué que la cérémonie serait présentée par Camille Cottin.", [N]);

// ───────────── Presse nommée ─────────────
t!(med_revele_mediapart, "L'ancien ministre a perçu 80 000 euros de l'association, révèle Mediapart.", [N]);
t!(med_selon_le_monde, "Selon Le Monde, le décret sera publié la semaine prochaine.", [N]);
t!(med_indique_le_canard, "Le préfet a été convoqué place Beauvau, indique Le Canard enchaîné.", [N]);
t!(med_a_appris_lafp, "Le chanteur a été hospitalisé, a appris l'AFP auprès de son entourage.", [N, A]); // « son entourage » : informateur non nommé
t!(med_ecrit_liberation, "Libération écrit que la ministre envisageait de quitter le gouvernement.", [N]);

// ───────────── Pièges ─────────────
t!(trap_ministre_a_visite_usine, "Le ministre a visité l'usine de Flins lundi matin.", []);
t!(trap_maire_a_inaugure, "Le maire de Bordeaux a inauguré la nouvelle passerelle.", []);
t!(trap_sources_denergie, "Les sources d'énergie renouvelable couvrent un tiers des besoins.", []);
t!(trap_selon_toute_vraisemblance, "Selon toute vraisemblance, le match aura lieu à huis clos.", [U]);
t!(trap_source_proche_du_dossier, "Le joueur a signé un contrat de trois ans, selon une source proche du dossier.", [A]);
t!(trap_un_conseiller_confie, "« Le président est furieux », confie un conseiller de l'exécutif.", [A]);
t!(trap_selon_nos_informations, "Selon nos informations, le préfet sera remplacé dès lundi.", [A]);
t!(trap_un_proche_du_ministre, "« Il n'a jamais envisagé de démissionner », assure un proche du ministre.", [A]);
t!(trap_des_sources_diplomatiques, "Des sources diplomatiques évoquent une rencontre secrète à Genève.", [A]);
t!(trap_sous_couvert_anonymat, "Un cadre du parti, sous couvert d'anonymat, parle d'un « climat délétère ».", [A]);
t!(trap_selon_la_presse_locale, "Selon la presse locale, le suspect aurait pris la fuite en Belgique.", [A, U]);
t!(trap_certains_observateurs, "Certains observateurs estiment que la réforme est déjà enterrée.", [A]);
t!(trap_nom_rue, "La manifestation est partie de la place Jean-Jaurès vers 14 heures.", []);
t!(trap_nom_lycee, "Les élèves du lycée Victor-Hugo ont repris les cours jeudi.", []);
t!(trap_nom_stade, "Le match se jouera au stade Pierre-Mauroy devant 45 000 spectateurs.", []);
t!(trap_prix_nobel_recu, "Le biologiste a reçu le prix Albert-Lasker en 2019.", []);
t!(trap_ministre_a_signe_decret, "Le ministre a signé le décret mardi soir.", []);
t!(trap_president_a_recu, "Le président a reçu les syndicats à l'Élysée.", []);
t!(trap_club_a_recrute, "Le club a recruté un attaquant brésilien pour 20 millions d'euros.", []);
t!(trap_sncf_a_supprime, "La SNCF a supprimé la moitié des TGV en raison de la grève.", []);
t!(trap_selectionneur_a_titularise, "Le sélectionneur a titularisé trois joueurs de moins de 21 ans.", []);
t!(trap_plainte_deposee, "La famille de la victime a déposé plainte pour homicide involontaire.", []);
t!(trap_tribunal_se_tient, "Le procès se tient jusqu'au 12 décembre devant le tribunal correctionnel de Lyon.", []);
t!(trap_avocat_est_arrive, "L'avocat est arrivé au palais de justice vers 9 heures.", []);
t!(trap_source_nil, "L'expédition a atteint la source du Nil en 1862.", []);
t!(trap_code_source, "Le code source du logiciel a été publié en ligne.", []);
t!(trap_une_source_de_revenus, "Le tourisme reste une source de revenus essentielle pour l'île.", []);
t!(trap_selon_les_previsions_meteo, "Le temps restera sec jusqu'à dimanche.", []);
t!(trap_cour_dhonneur, "La cérémonie s'est tenue dans la cour des Invalides.", []);
t!(trap_kremlin_batiment, "Les touristes font la queue devant les murs du Kremlin.", []);
t!(trap_matignon_rue, "Une manifestation a eu lieu devant l'hôtel de Matignon.", []);
t!(trap_pour_les_enfants, "Pour les enfants, la cantine sera gratuite à partir de janvier.", []);
t!(trap_washington_ville, "Il a grandi à Washington avant de s'installer à Paris.", []);
t!(trap_un_habitant_raconte, "« On a tout perdu », raconte un habitant du quartier.", [A]);
t!(trap_des_temoins_evoquent, "Des témoins évoquent une fusillade devant la discothèque.", [A]);
t!(trap_de_source_policiere, "De source policière, le conducteur était ivre.", [A]);
t!(trap_selon_des_medias, "Selon plusieurs médias, le joueur a été placé en garde à vue.", [A]);
t!(trap_un_diplomate_europeen, "« Les discussions sont dans l'impasse », glisse un diplomate européen.", [A]);
t!(trap_un_haut_fonctionnaire, "Un haut fonctionnaire de Bercy reconnaît que la cible de déficit sera manquée.", [A]);
t!(trap_on_dit_que, "On dit que l'ancien maire prépare son retour.", [A]);
t!(trap_beaucoup_estiment, "Beaucoup estiment que la ligne ne sera jamais rentable.", [A]);
t!(trap_ministre_aurait_demissionne, "Le ministre aurait présenté sa démission vendredi soir.", [U]);
t!(trap_presume_agresseur, "Le présumé agresseur a été interpellé à son domicile.", [U]);
t!(trap_ministre_arrive, "La ministre est arrivée en Guadeloupe dimanche pour une visite de deux jours.", []);
t!(trap_depute_a_vote, "Le député a voté contre le texte en première lecture.", []);
t!(trap_president_a_nomme, "Le président a nommé un nouveau chef d'état-major des armées.", []);
t!(trap_greve_metro, "La grève a paralysé le métro parisien toute la journée.", []);
t!(trap_rue_de_la_paix, "Un incendie s'est déclaré rue de la Paix dans la nuit.", []);
t!(trap_le_monde_tournee, "Le chanteur entame une tournée du monde entier en mars.", []);
t!(trap_bercy_arena, "Le concert aura lieu à l'Accor Arena de Bercy.", []);
t!(trap_club_a_battu, "Le PSG a battu Lens 3-1 samedi soir.", []);
t!(trap_cour_de_recreation, "Les enfants jouaient dans la cour de l'école.", []);
t!(trap_entreprise_a_demenage, "L'entreprise a déménagé son siège à Lyon.", []);

// ───────────── Cadres et verbes plus rares ─────────────
t!(v_a_t_on_appris_aupres_du_parquet, "Le suspect a été déféré samedi, a-t-on appris auprès du parquet de Nanterre.", [N]);
t!(v_a_indique_a_lafp_nom_fonction, "« Nous sommes débordés », a indiqué à l'AFP Sophie Martin, directrice de l'association.", [N]);
t!(v_souligne_chercheur_cnrs, "Les glaciers alpins fondent deux fois plus vite, souligne Christian Vincent, glaciologue au CNRS.", [N]);
t!(v_pour_nom_professeur, "Pour Thomas Piketty, professeur à l'École d'économie de Paris, cette taxe est indispensable.", [N]);
t!(v_de_laveu_meme_du_ministre, "De l'aveu même du ministre, la réforme a été « mal expliquée ».", [N]);
// The guide: a call with no words of its own quoted is a demand, no source.
t!(v_secretaire_generale_cgt_appelle, "La secrétaire générale de la CGT, Sophie Binet, a appelé à une journée de mobilisation.", []);
t!(v_estime_dans_une_tribune, "L'ancien Premier ministre Édouard Philippe estime dans une tribune au Point que l'État doit se réformer.", [N]);
t!(v_a_t_elle_ajoute, "« Nous irons jusqu'au bout », a-t-elle ajouté devant les militants.", [N]);
t!(v_selon_le_decompte_du_ministere, "Selon le décompte du ministère de l'Intérieur, 1,2 million de personnes ont défilé.", [N]);
t!(v_chiffres_publies_par_la_drees, "D'après les chiffres publiés par la Drees, le nombre de médecins généralistes a baissé de 5 %.", [N]);
t!(v_a_prevenu_le_patron_dgsi, "La menace terroriste reste « très élevée », a prévenu le patron de la DGSI.", [N]);
t!(v_a_mis_en_garde_lonu, "L'ONU a mis en garde contre un risque de famine dans le nord du pays.", [N]);
t!(v_s_est_felicite_macron, "« C'est une étape historique », s'est félicité Emmanuel Macron.", [N]);
t!(v_s_est_rejoui_le_maire, "Le maire s'est réjoui de la réouverture de la maternité.", [N]);
t!(v_amnesty_denonce_rapport, "Amnesty International dénonce dans un rapport des détentions arbitraires massives.", [N]);
t!(v_ecrit_long_ong_rapport, "Les forces de sécurité ont tiré à balles réelles, écrit l'ONG dans son rapport.", [N]);
t!(v_ufc_que_choisir_estime, "L'association UFC-Que Choisir estime que les prix ont augmenté de 12 % en deux ans.", [N]);
t!(v_a_tenu_a_preciser_le_procureur, "Le procureur a tenu à préciser que rien ne permettait de retenir la préméditation.", [N]);
t!(v_a_soutenu_la_defense, "La défense a soutenu que son client était absent le soir des faits.", [N]);
t!(v_defenseure_des_droits_alerte, "La Défenseure des droits, Claire Hédon, alerte sur la dématérialisation des services publics.", [N]);
t!(v_selon_meteo_france, "Selon Météo-France, les orages pourraient s'accompagner de grêle.", [N]);
t!(v_enedis_a_indique, "Enedis a indiqué que 80 000 foyers étaient encore privés d'électricité.", [N]);
t!(v_a_confirme_le_groupe_a_lafp, "Le site fermera en juin, a confirmé le groupe à l'AFP.", [N]);
t!(v_dans_les_colonnes_lequipe, "Dans les colonnes de L'Équipe, le capitaine des Bleus se dit « prêt à tout donner ».", [N]);
t!(v_interrogee_par_le_monde_chercheuse, "Interrogée par Le Monde, la sociologue Dominique Méda juge la mesure « contre-productive ».", [N]);
t!(v_joint_par_telephone_le_maire, "Joint par téléphone, le maire de Saint-Malo a confirmé la fermeture de la plage.", [N]);
t!(v_a_t_il_confie_a_nice_matin, "« J'ai eu très peur », a-t-il confié à Nice-Matin.", [N]);
t!(v_moscou_denonce, "Moscou dénonce une « provocation » occidentale.", [N]);
t!(v_kiev_affirme, "Kiev affirme avoir repoussé plusieurs assauts près de Pokrovsk.", [N]);
t!(v_teheran_a_nie, "Téhéran a nié toute livraison de missiles.", [N]);
t!(v_le_vatican_a_annonce, "Le Vatican a annoncé que le pape se rendrait en Corse en décembre.", [N]);
t!(v_le_pentagone_a_confirme, "Le Pentagone a confirmé l'envoi de deux porte-avions en Méditerranée.", [N]);
t!(v_larmee_israelienne_a_affirme, "L'armée israélienne a affirmé avoir visé un dépôt d'armes.", [N]);
t!(v_le_hamas_a_revendique, "Le Hamas a revendiqué l'attaque dans un message sur Telegram.", [N]);
t!(v_selon_le_rapport_du_bea, "Selon le rapport du BEA, les pilotes n'avaient pas été alertés du givrage.", [N]);
t!(v_le_bea_a_conclu, "Le BEA a conclu à une erreur de pilotage.", [N]);
t!(v_un_porte_parole_de_la_sncf, "Le trafic reprendra progressivement, a indiqué un porte-parole de la SNCF.", [N]);
t!(v_selon_un_communique_du_club, "Selon un communiqué du club, le joueur souffre d'une entorse de la cheville.", [N]);
t!(v_un_communique_de_la_prefecture_precise, "Un communiqué de la préfecture précise que l'eau du robinet est de nouveau potable.", [N]);
t!(v_lavocat_general_a_requis, "L'avocat général a requis la réclusion criminelle à perpétuité.", [N]);
t!(v_la_cedh_a_condamne, "La CEDH a estimé que la France avait violé le droit à un procès équitable.", [N]);
t!(v_a_riposte_lfi, "« C'est une mascarade », a riposté Mathilde Panot.", [N]);
t!(v_a_reagi_marine_le_pen, "Marine Le Pen a réagi en dénonçant « un déni de démocratie ».", [N]);
t!(v_s_est_defendu_le_ministre, "« Je n'ai rien à me reprocher », s'est défendu le ministre.", [N]);
t!(v_se_defend_la_direction, "La direction se défend de tout licenciement déguisé.", [N]);
t!(v_observe_linsee_note, "L'activité ralentit nettement, observe l'Insee dans sa note de conjoncture.", [N]);
t!(#[ignore = "needs engine: a projection in the conditional (a plan, a cost) after a named « selon » reads as the reportive mood; a forecast is no hearsay"] v_selon_les_calculs_de_lofce, "Selon les calculs de l'OFCE, la mesure coûterait 3 milliards d'euros.", [N]);
t!(v_ont_annonce_les_organisateurs, "Le festival a attiré 280 000 spectateurs, ont annoncé les organisateurs.", [N]);
t!(v_selon_la_cfdt, "Selon la CFDT, un tiers des salariés du secteur sont à temps partiel.", [N]);
t!(v_a_glisse_lancien_president, "« Je ne suis candidat à rien », a glissé l'ancien président Nicolas Sarkozy.", [N]);
t!(v_a_t_elle_souligne_message_video, "« Nous ne lâcherons rien », a-t-elle souligné dans un message vidéo.", [N]);
t!(v_a_promis_le_gouvernement, "Le gouvernement a promis une aide de 500 euros aux éleveurs touchés.", [N]);
t!(v_a_laisse_entendre_le_president, "Le président du club a laissé entendre que l'entraîneur pourrait être limogé.", [N]);
t!(v_a_tonne_le_ministre, "« Ces violences sont inacceptables », a tonné le ministre de l'Intérieur.", [N]);
t!(v_a_nuance_leconomiste_nommee, "L'économiste Anne-Laure Delatte a nuancé ce diagnostic.", [N]);
t!(v_mairie_de_paris_a_indique, "La mairie de Paris a indiqué que les travaux dureraient dix-huit mois.", [N]);
t!(v_selon_lagence_spatiale, "Selon l'Agence spatiale européenne, le satellite s'est désintégré au-dessus du Pacifique.", [N]);
t!(v_a_explique_le_milieu, "« On doit être plus solides », a expliqué le milieu de terrain Aurélien Tchouaméni.", [N]);
t!(v_a_averti_le_gouverneur, "Le gouverneur de la Banque de France a averti que la dette devenait « insoutenable ».", [N]);
t!(v_la_chanceliere_a_declare, "La chancelière autrichienne a déclaré que son pays fermerait ses frontières.", [N]);
t!(v_le_batonnier_a_denonce, "Le bâtonnier de Paris a dénoncé des « conditions de détention indignes ».", [N]);
t!(v_le_recteur_a_annonce, "Le recteur de l'académie de Lille a annoncé la fermeture de trois classes.", [N]);
t!(v_la_commissaire_europeenne, "La commissaire européenne à la Concurrence a jugé l'accord « inacceptable ».", [N]);
t!(v_le_proviseur_a_explique, "Le proviseur du lycée a expliqué que les cours reprendraient lundi.", [N]);
t!(v_le_ceo_a_declare, "Le directeur général d'Orange, Christel Heydemann, a déclaré que le groupe investirait en Afrique.", [N]);
t!(v_dans_un_entretien_aux_echos, "Dans un entretien aux Échos, le patron de TotalEnergies défend la poursuite des forages.", [N]);
t!(v_a_affirme_sur_france_inter, "Gabriel Attal a affirmé sur France Inter que la gauche « avait perdu ».", [N]);
t!(v_a_indique_tf1, "TF1 a indiqué que l'émission était suspendue jusqu'à nouvel ordre.", [N]);
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(v_selon_le_journal_du_dimanche, "Selon le Journal du dimanche, la ministre aurait été avertie dès janvier.", [N, U]); // comme aux 3e, 4e et 8e tours : « selon X » nommé porte le conditionnel

// ───────────── Pièges (2) ─────────────
t!(pol_prefet_a_rappele_a_lordre, "Le préfet a rappelé à l'ordre le maire de la commune.", [N]); // comme « La Cnil a rappelé à l'ordre » (2e tour) : une mise en garde officielle
t!(trap_juge_dessaisi, "Le juge d'instruction a été dessaisi du dossier.", []);
t!(trap_avocat_a_depose_recours, "L'avocat du maire a déposé un recours devant le Conseil d'État.", []);
t!(trap_president_a_accueilli, "Le chef de l'État a accueilli son homologue brésilien sur le perron de l'Élysée.", []);
t!(trap_selon_les_cas, "Selon les cas, la peine peut aller jusqu'à cinq ans de prison.", []);
t!(trap_selon_la_saison, "Selon la saison, le parc accueille entre 2 000 et 5 000 visiteurs par jour.", []);
t!(trap_pdg_a_quitte, "Le PDG a quitté ses fonctions à la fin du mois de mars.", []);
t!(trap_procureur_est_entre, "Le procureur est entré dans la salle d'audience peu après 14 heures.", []);
t!(trap_ministre_a_maintenu_reforme_action, "Le gouvernement a débloqué 50 millions d'euros pour les sinistrés.", []);
// LABELS.md : un refus de répondre garde la catégorie du locuteur.
t!(trap_n_a_pas_souhaite_reagir, "Interrogé sur ce point, le ministère n'a pas souhaité réagir.", [N]);
t!(trap_pour_la_premiere_fois, "Pour la première fois, le club disputera la Ligue des champions.", []);
t!(trap_pour_lheure, "Pour l'heure, aucune piste n'est écartée par les enquêteurs.", []);
t!(trap_quai_dorsay_a_convoque, "Le Quai d'Orsay a convoqué l'ambassadeur de Russie.", []);
t!(trap_bruxelles_amende, "Bruxelles a infligé une amende de 500 millions d'euros à Apple.", []);
t!(trap_kremlin_a_recu, "Le Kremlin a reçu le dirigeant chinois pour une visite de trois jours.", []);
t!(trap_reelu, "Emmanuel Macron a été réélu en 2022 face à Marine Le Pen.", []);
t!(trap_livre_vendu, "Le dernier livre de Michel Houellebecq s'est vendu à 300 000 exemplaires.", []);
t!(trap_prix_goncourt_attribue, "Le prix Goncourt a été attribué à Kamel Daoud.", []);
t!(trap_porte_parole_limoge, "Le porte-parole de la police a été limogé mardi.", []);
t!(trap_mis_en_examen_nom, "Jean Dupont, 45 ans, a été mis en examen pour escroquerie.", []);
t!(trap_police_a_interpelle, "La police a interpellé trois suspects dans une cité de Marseille.", []);
t!(trap_loi_evin, "La loi Evin encadre la publicité pour l'alcool depuis 1991.", []);
t!(trap_a_t_on_appris_de_source_judiciaire, "L'homme a été écroué, a-t-on appris de source judiciaire.", [A]);
t!(trap_selon_une_source_gouvernementale, "Selon une source gouvernementale, le texte sera examiné en janvier.", [A]);
t!(trap_selon_un_responsable_du_ministere, "Selon un responsable du ministère, les stocks sont suffisants.", [A]);
t!(trap_a_confie_un_dirigeant_du_club, "« On ne vendra pas notre capitaine », a confié un dirigeant du club.", [A]);
t!(trap_selon_un_temoin, "Selon un témoin, le conducteur roulait à vive allure.", [A]);
t!(trap_un_expert_interroge_par_lafp, "Un expert interrogé par l'AFP juge le calendrier « irréaliste ».", [A]);
t!(trap_des_responsables_americains, "Des responsables américains ont indiqué que l'accord était proche.", [A]);
t!(trap_selon_son_entourage, "Selon son entourage, l'ancien président va bien.", [A]);
t!(trap_un_syndicaliste_denonce, "Un syndicaliste dénonce « une casse organisée » du service public.", [A]);
t!(trap_un_membre_du_gouvernement, "« Il faut un sursaut », confie un membre du gouvernement.", [A]);
t!(trap_selon_des_specialistes, "Selon des spécialistes, le tableau a été restauré à plusieurs reprises.", [A]);

// ───────────── Structures longues, civilités, pronoms ─────────────
t!(s_m_nom_a_declare, "M. Bayrou a déclaré que le gouvernement ne démissionnerait pas.", [N]);
t!(s_selon_mme, "Selon Mme Vautrin, le plan sera financé par des économies.", [N]);
t!(s_estime_m_nom, "La réforme est « mal calibrée », estime M. Lecornu.", [N]);
t!(s_parentheses_parti, "Le maire (LR) de Nice, Christian Estrosi, a dénoncé « une faute politique ».", [N]);
t!(s_apposition_relative_longue, "Jean Dupont, qui dirige depuis 2019 la fédération des commerçants du centre-ville, a déploré la hausse des loyers.", [N]);
t!(s_explique_t_il, "« Le marché s'est effondré en deux semaines », explique-t-il.", [N]);
t!(s_poursuit_elle, "« Nous n'avons reçu aucune aide », poursuit-elle.", [N]);
t!(s_insiste_t_il, "« Rien n'est acté », insiste-t-il.", [N]);
t!(s_nuance_t_elle, "« Il ne faut pas dramatiser », nuance-t-elle.", [N]);
t!(s_selon_lui, "Selon lui, les négociations pourraient reprendre dès la semaine prochaine.", [N]);
t!(s_d_apres_elle, "D'après elle, la mairie était informée depuis des mois.", [N]);
t!(s_a_l_en_croire, "À l'en croire, l'usine tournera à plein régime dès septembre.", [N]);
t!(s_a_dit_a_la_presse, "« Je ne regrette rien », a-t-il dit à la presse à sa sortie du tribunal.", [N]);
t!(s_categorique_deux_points, "Le ministre est catégorique : « Il n'y aura pas de passe-droit. »", [N]);
t!(s_deux_points_nom, "Gérald Darmanin l'a répété mardi : « La prison doit être une sanction. »", [N]);
t!(s_a_declare_m_apres_citation, "« C'est un jour sombre pour la démocratie », a déclaré M. Zelensky à des journalistes.", [N]);
t!(s_la_ministre_apposition_nom_longue, "La ministre chargée de l'Égalité entre les femmes et les hommes, Aurore Bergé, a annoncé un nouveau plan.", [N]);
t!(s_sourit_il, "« J'ai encore de bonnes jambes », sourit-il.", [N]);
t!(s_temoigne_nom_age, "« On vit dans la peur », témoigne Fatima, 52 ans, mère de trois enfants.", [N]);
t!(s_raconte_prenom_nom_metier, "« La saison a été catastrophique », raconte Pierre Lebrun, viticulteur à Pomerol.", [N]);
t!(s_precise_le_texte_de_loi, "Les contrevenants s'exposent à une amende de 135 euros, précise le décret publié au Journal officiel.", [N]);
t!(s_comme_la_rappele, "Comme l'a rappelé le Premier ministre, la France ne peut pas vivre à crédit.", [N]);
t!(s_ainsi_que_la_indique, "Ainsi que l'a indiqué la préfecture, la circulation restera interdite jusqu'à lundi.", [N]);
t!(s_a_fait_valoir_avocate, "L'avocate de la famille, Me Samia Maktouf, a fait valoir que la victime avait alerté la police à trois reprises.", [N]);
t!(s_d_apres_le_procureur_de_la_republique, "D'après le procureur de la République de Bobigny, le suspect était connu des services de police.", [N]);
t!(s_de_lavis_de_lexpert_nomme, "De l'avis de l'historien Benjamin Stora, cette commémoration est un tournant.", [N]);
t!(s_pour_le_ministere, "Pour le ministère de la Santé, la situation est « sous contrôle ».", [N]);
t!(s_pour_la_cgt, "Pour la CGT, cette réforme est une « régression sociale ».", [N]);
t!(s_pour_le_president_du_medef, "Pour le président du Medef, Patrick Martin, les entreprises ne peuvent plus absorber de nouvelles taxes.", [N]);
t!(s_chez_renault_on_assure, "Chez Renault, la direction assure que l'usine ne fermera pas.", [N]);
t!(s_cote_elysee_le_conseiller_nomme, "Du côté de l'Élysée, le porte-parole a démenti tout projet de dissolution.", [N]);
t!(s_ainsi_parle, "« La France est de retour », a proclamé le président devant le Congrès.", [N]);
t!(s_ecrit_nom_dans_livre, "« J'ai longtemps hésité », écrit Nicolas Sarkozy dans son livre.", [N]);
t!(s_a_publie_un_communique, "L'Olympique lyonnais a publié un communiqué pour démentir toute vente du club.", [N]);
t!(s_par_la_voix_de_son_porte_parole, "Par la voix de son porte-parole, le gouvernement a exclu tout recours au 49.3.", [N]);
t!(s_dans_un_avis_rendu, "Dans un avis rendu public mardi, le Conseil d'État juge le texte fragile.", [N]);
t!(s_a_averti_le_syndicat_nomme, "Le syndicat SUD-Rail a averti qu'il déposerait un préavis de grève.", [N]);
t!(s_lelysee_a_indique_apres, "Après la rencontre, l'Élysée a indiqué que les deux présidents s'étaient mis d'accord.", [N]);
t!(s_les_bleus_a_lance, "« On veut aller au bout », a lancé le capitaine des Bleus, Antoine Dupont.", [N]);
t!(s_estime_dans_un_post_linkedin, "Le patron de Free, Xavier Niel, estime dans un post LinkedIn que l'Europe doit investir dans l'IA.", [N]);
t!(s_selon_le_pv, "Selon le procès-verbal d'audition, le suspect a reconnu les faits.", [N]);
t!(s_selon_le_bulletin_meteo, "Selon le bulletin de Météo-France, la tempête touchera la Bretagne dans la nuit.", [N]);
t!(s_affirme_le_site_nomme, "Le tournage a été interrompu, affirme le site spécialisé Deadline.", [N]);
t!(s_nom_seul_a_indique, "Dupont-Aignan a indiqué qu'il ne se présenterait pas.", [N]);
t!(s_prenom_nom_estime_sans_titre, "Agnès Buzyn estime que l'hôpital a besoin d'une réforme profonde.", [N]);
t!(s_selon_nom_seul, "Selon Bompard, la gauche doit s'unir dès le premier tour.", [N]);

// ───────────── Verbes de position et cadres publiés (2e lot) ─────────────
t!(w_qui_sexprimait_devant_commission, "Le ministre de l'Économie, qui s'exprimait devant la commission des finances de l'Assemblée nationale, a affirmé que le déficit serait tenu.", [N]);
t!(w_a_explique_lundi_a_lafp_directeur, "« Les urgences sont saturées », a expliqué lundi à l'AFP le directeur de l'hôpital, Jean Martin.", [N]);
t!(w_maire_interrogee_par_france_bleu, "La maire écologiste de Strasbourg, Jeanne Barseghian, interrogée mardi par France Bleu Alsace, a reconnu que le chantier avait pris du retard.", [N]);
t!(w_les_republicains_ont_denonce, "Les Républicains ont dénoncé une « faute lourde » du gouvernement.", [N]);
t!(w_conseil_detat_a_estime, "Le Conseil d'État a estimé que l'arrêté portait une atteinte grave aux libertés.", [N]);
t!(w_accor_fait_etat, "Le groupe hôtelier Accor a fait état d'une hausse de 9 % de son chiffre d'affaires.", [N]);
t!(w_a_exprime_sa_tristesse, "Le ministre a exprimé sa « profonde tristesse » après le drame.", [N]);
t!(w_a_mis_en_doute, "La ministre a mis en doute les chiffres avancés par les syndicats.", [N]);
t!(w_a_reproche_a_letat, "Le maire a reproché à l'État son inaction.", [N]);
t!(w_a_exclu_toute_hausse, "Le gouvernement a exclu toute hausse de la TVA.", [N]);
// The guide: a call with no words of its own quoted is a demand, no source.
t!(w_a_appele_les_habitants, "Le préfet a appelé les habitants à rester chez eux.", []);
t!(w_a_replique_que, "Le ministre a répliqué que la réforme était financée.", [N]);
t!(w_a_redit, "Le président a redit son attachement à la laïcité.", [N]);
t!(w_a_tance, "Le Premier ministre a tancé les députés de sa majorité.", [N]);
t!(w_a_vante, "La présidente de la région a vanté les mérites du nouveau TER.", [N]);
t!(w_prone, "Le syndicat prône une hausse générale des salaires.", [N]);
t!(w_a_minimise, "Le club a minimisé l'incident.", [N]);
t!(w_message_sur_son_compte_x, "Dans un message publié sur son compte X, le président ukrainien a remercié ses alliés.", [N]);
t!(w_guardian_affirme, "Le quotidien britannique The Guardian affirme que le Premier ministre connaissait le dossier.", [N]);
t!(w_cite_par_la_depeche, "Le directeur de l'ARS, cité par La Dépêche du Midi, évoque une situation « tendue ».", [N]);
t!(w_citee_par_le_figaro, "Citée par Le Figaro, la ministre assure que le texte sera voté.", [N]);
t!(w_fiche_consultee_par_lafp, "D'après la fiche de poste consultée par l'AFP, le salaire était de 3 000 euros.", [N]);
t!(w_ministere_recense, "Le ministère de l'Intérieur recense 42 morts sur les routes en juillet.", [N]);
t!(w_rapport_commission_pointe, "Le rapport de la commission d'enquête pointe des « défaillances graves ».", [N]);
t!(w_coach_des_lions_a_salue, "Le coach des Lions, Pape Thiaw, a salué l'état d'esprit de ses joueurs.", [N]);
t!(w_ministre_delegue_a_juge, "Le ministre délégué chargé de l'Europe a jugé « inacceptables » les propos de Budapest.", [N]);
t!(#[ignore = "needs engine: « des chiffres de l'Insee » — un document au pluriel indéfini dont l'auteur est nommé est lu comme une foule anonyme (REDTEAM-NEEDS, Français 9e tour, 1)"]
   w_selon_des_chiffres_de_linsee, "Selon des chiffres de l'Insee publiés jeudi, les prix ont augmenté de 2 % sur un an.", [N]);

// ───────────── Pièges (3) : des actes, pas des paroles ─────────────
t!(trap_assemblee_a_adopte, "L'Assemblée nationale a adopté mardi le projet de loi par 320 voix contre 210.", []);
t!(trap_parquet_a_ouvert_enquete, "Le parquet a ouvert une enquête pour homicide involontaire.", []);
t!(trap_mairie_a_porte_plainte, "La mairie a porté plainte contre X.", []);
t!(trap_commission_a_ouvert_enquete, "La Commission européenne a ouvert une enquête sur les pratiques de TikTok.", []);
t!(trap_brestois_a_ouvert_le_score, "Le Brestois a ouvert le score à la 12e minute.", []);
t!(trap_numero_10_botte_en_touche, "Questionné sur son avenir, le numéro 10 a botté en touche.", []);
t!(trap_entraineur_a_ecarte_joueur, "L'entraîneur a écarté le gardien titulaire pour le match de samedi.", []);
t!(trap_president_a_appele_son_homologue, "Le président a appelé son homologue américain dans la soirée.", []);
t!(trap_exprime_en_euros, "Le montant, exprimé en euros, reste stable.", []);
t!(trap_replique_seisme, "Une réplique de magnitude 4 a été ressentie dans la nuit.", []);

// ───────────── Désignations de reprise et titres (3e lot) ─────────────
t!(x_linteresse_a_dementi, "L'intéressé a démenti toute irrégularité.", [N]);
t!(x_le_principal_interesse, "Le principal intéressé a assuré n'avoir rien su.", [N]);
t!(x_lex_ministre, "L'ex-ministre a dénoncé un « acharnement judiciaire ».", [N]);
t!(x_locataire_de_matignon, "Le locataire de Matignon a promis un budget « sérieux ».", [N]);
t!(x_patron_de_beauvau, "Le patron de Beauvau a annoncé des renforts à Mayotte.", [N]);
// The guide: a call with no words of its own quoted is a demand, no source.
t!(x_chef_de_la_diplomatie, "Le chef de la diplomatie française a appelé à un cessez-le-feu immédiat.", []);
t!(x_numero_un_cfdt, "Le numéro un de la CFDT a jugé la proposition « insuffisante ».", [N]);
t!(x_eurodeputee, "L'eurodéputée écologiste a dénoncé un accord « climaticide ».", [N]);
t!(x_garde_des_sceaux, "Le garde des Sceaux a annoncé la construction de trois prisons.", [N]);
t!(x_ledile, "L'édile a expliqué que la piscine rouvrirait en septembre.", [N]);
t!(x_rapporteure_du_texte, "La rapporteure du texte a défendu un compromis.", [N]);
t!(x_rapporteur_public_preconise, "Le rapporteur public a préconisé l'annulation du permis.", [N]);
// The guide: a call with no words of its own quoted is a demand, no source.
t!(x_intersyndicale_a_appele, "L'intersyndicale a appelé à une nouvelle journée de grève.", []);
t!(x_pour_lintersyndicale, "Pour l'intersyndicale, le compte n'y est pas.", [N]);
t!(x_selon_lintersyndicale, "Selon l'intersyndicale, 2,5 millions de personnes ont manifesté.", [N]);
t!(x_ordre_des_medecins, "L'Ordre des médecins a rappelé que le secret médical s'impose.", [N]);
t!(x_commission_a_rendu_avis, "La Commission nationale du débat public a rendu un avis favorable.", [N]);
t!(x_haut_conseil_climat, "Le Haut Conseil pour le climat juge les efforts insuffisants.", [N]);
t!(x_assure_lailier_apposition, "« Je ne suis pas là pour faire de la figuration », assure l'ailier, arrivé cet été de Lens.", [N]);
t!(x_resume_prenom_metier, "« Il faut tenir », résume Nadia, aide-soignante depuis vingt ans.", [N]);
t!(x_a_confirme_au_parisien, "Le groupe a confirmé l'information au Parisien.", [N]);
t!(#[ignore = "needs engine: « l'élu » défini singulier reprend un élu nommé, lu comme anonyme (REDTEAM-NEEDS, Français 9e tour, 2)"]
   x_lelu_a_dementi, "L'élu a démenti avoir reçu la moindre somme.", [N]);
t!(trap_confie_un_eurodepute, "« C'est fini », confie un eurodéputé.", [A]);
t!(trap_un_edile_de_la_vallee, "« On est à bout », lâche un édile de la vallée.", [A]);
t!(trap_plusieurs_ediles, "Plusieurs édiles dénoncent un désengagement de l'État.", [A]);
t!(trap_pnat_sest_saisi, "Le parquet national antiterroriste s'est saisi de l'enquête.", []);
t!(trap_chanteur_declare_forfait, "Le chanteur a déclaré forfait pour le concert de Lyon.", []);
// LABELS.md : un refus de répondre garde la catégorie du locuteur.
t!(trap_na_pas_repondu_sollicitations, "L'entreprise n'a pas répondu aux sollicitations de l'AFP.", [N]);

// ───────────── Textes de plusieurs phrases ─────────────
m!(doc_pronom_apres_nom, ["La ministre du Travail, Astrid Panosyan-Bouvet, était l'invitée de RTL mardi.", "Elle a affirmé que l'assurance chômage serait réformée avant l'été."], [N]);
m!(doc_le_parquet_puis_il, ["Le parquet de Lyon a ouvert une enquête pour homicide.", "Il a précisé que l'autopsie aurait lieu jeudi."], [N]);
m!(trap_doc_source_puis_action, ["Le ministre a rencontré les agriculteurs samedi.", "Il a ensuite visité une exploitation laitière."], []);
