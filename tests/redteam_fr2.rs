//! Red-team of the French engine, second round: press sentences written for
//! this test (dispatches, dailies, regional press, economy, courts, sport),
//! never taken from a corpus. Focus: varied on-the-record attribution
//! (incises, inversions, prepositions, institutions, documents), the varied
//! journalistic conditional and hedges, and the traps that must stay unlabelled.
//! Gold labels follow /work/shared/LABELS.md; a `//` note justifies the
//! borderline ones.
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

// ───────────── Attribution nommée : incises et inversions ─────────────
t!(named_a_insiste_ministre, "« Nous ne reculerons pas », a insisté le ministre de l'Intérieur.", [N]);
t!(named_souligne_prefete_communique, "Les axes secondaires restent fermés à la circulation, souligne la préfète dans un communiqué.", [N]);
t!(named_fait_valoir_avocat_nomme, "Son client n'a jamais été convoqué, a fait valoir son avocat, Me Antoine Vey.", [N]);
// Pronom seul : il reprend un locuteur déjà présenté, nommé par défaut.
t!(named_poursuit_elle, "« La colère est immense », poursuit-elle.", [N]);
t!(named_s_est_defendu_maire, "« Je n'ai rien à me reprocher », s'est défendu le maire de Béziers.", [N]);
t!(named_rappelle_porte_parole_gouv, "Le texte sera soumis au Parlement à l'automne, rappelle le porte-parole du gouvernement.", [N]);
t!(named_a_martele_ministre_nommee, "« La sécurité des élèves n'est pas négociable », a martelé Nicole Belloubet.", [N]);
t!(named_insiste_t_elle, "« Ce n'est qu'un début », insiste-t-elle.", [N]);
t!(named_note_economiste_nomme, "« Le marché immobilier touche le fond », note l'économiste Xavier Timbeau.", [N]);
t!(named_a_prevenu_entraineur, "« On ne lâchera rien », a prévenu l'entraîneur du PSG, Luis Enrique.", [N]);
t!(named_rencherit_nom, "« C'est une faute politique », renchérit Marine Tondelier.", [N]);
t!(named_fait_remarquer, "« Le déficit ne se résorbera pas tout seul », fait remarquer Pierre Moscovici.", [N]);
t!(named_a_nuance_chercheuse, "« Il faut rester prudent », a nuancé la chercheuse Françoise Barré-Sinoussi.", [N]);
t!(named_a_confie_au_micro, "« J'ai eu très peur », a confié Léa Salamé au micro de France Inter.", [N]);
t!(named_a_t_il_affirme_devant_presse, "Rien ne justifie une telle violence, a-t-il affirmé devant la presse.", [N]);
t!(named_releve_insee_inverse, "Le chômage a légèrement augmenté, relevait l'Insee en février.", [N]);
t!(named_indique_communique_club, "Le joueur sera indisponible trois semaines, indique le communiqué du club.", [N]);
t!(named_a_precise_gendarmerie, "Le conducteur a été placé en garde à vue, a précisé la gendarmerie.", [N]);
t!(named_s_est_emporte_depute, "« C'est une honte ! », s'est emporté le député LR Olivier Marleix.", [N]);
t!(named_a_reconnu_pdg_nomme, "Le PDG de TotalEnergies, Patrick Pouyanné, a reconnu des « erreurs de communication ».", [N]);
t!(named_a_averti_ministre_finances, "Le ministre des Finances a averti que de nouvelles économies seraient nécessaires.", [N]);
t!(named_s_est_agace_president, "« Je ne répondrai pas à ces insinuations », s'est agacé le président du Sénat.", [N]);
t!(named_a_lance_selectionneur, "« On a manqué de tout », a lancé Didier Deschamps après la rencontre.", [N]);
t!(named_a_ajoute_la_procureure, "Aucune piste n'est écartée, a ajouté la procureure de Marseille, Dominique Laurens.", [N]);
t!(named_reconnait_volontiers, "Le maire reconnaît volontiers que la concertation a manqué.", [N]);
t!(named_a_temoigne_victime_nommee, "« Je n'oublierai jamais ce regard », a témoigné Sarah Dupont devant la cour d'assises.", [N]);
t!(named_a_admis_ministre, "La ministre a admis un « retard à l'allumage » dans la gestion de la crise.", [N]);
t!(named_a_glisse_nom, "« On verra bien », a glissé Emmanuel Macron en quittant la salle.", [N]);

// ───────────── Attribution nommée : prépositions ─────────────
t!(named_pour_economiste_piketty, "Pour l'économiste Thomas Piketty, la hausse des inégalités n'a rien d'une fatalité.", [N]);
t!(named_aux_yeux_presidente, "Aux yeux de la présidente de la région, la ligne ferroviaire doit rouvrir d'ici 2028.", [N]);
t!(named_a_en_croire_syndicat, "À en croire le syndicat Force ouvrière, près d'un agent sur deux était en grève jeudi.", [N]);
t!(named_selon_termes_communique, "Selon les termes du communiqué, la fusion prendra effet le 1er janvier.", [N]);
t!(named_selon_la_maire_nommee, "Selon la maire de Nantes, Johanna Rolland, la ville n'a pas les moyens d'absorber la hausse.", [N]);
// Prévision d'un organisme nommé : « pourraient » n'est pas le conditionnel de l'information.
t!(named_d_apres_meteo_france, "D'après Météo-France, les cumuls de pluie pourraient atteindre 80 millimètres.", [N]);
t!(named_comme_l_a_rappele, "Comme l'a rappelé le procureur de la République, l'enquête ne fait que commencer.", [N]);
t!(named_selon_pnf, "Selon le Parquet national financier, les faits remontent à 2017.", [N]);
t!(named_selon_sondage_ifop, "Selon un sondage Ifop publié dimanche, 62 % des Français sont opposés à la réforme.", [N]);
t!(named_d_apres_chiffres_dares, "D'après les chiffres de la Dares, le nombre de demandeurs d'emploi a reculé de 1,2 %.", [N]);
t!(named_selon_l_onu, "Selon l'ONU, plus de deux millions de personnes ont été déplacées.", [N]);
t!(named_selon_sdis, "Selon le Sdis du Var, 400 hectares ont brûlé.", [N]);
t!(named_de_l_aveu_meme, "De l'aveu même du sélectionneur, l'équipe a manqué de rythme.", [N]);
t!(named_selon_texte_accord, "Selon le texte de l'accord, les deux parties s'engagent à un cessez-le-feu de trente jours.", [N]);
t!(named_pour_la_ministre, "Pour la ministre de la Santé, il n'y a « pas de raison de s'alarmer ».", [N]);
t!(named_de_l_avis_du_medecin_nomme, "De l'avis du docteur Patrick Pelloux, les urgences sont au bord de la rupture.", [N]);
t!(named_d_apres_le_prefet, "D'après le préfet du Nord, une centaine de migrants ont été évacués.", [N]);
t!(named_selon_la_direction, "Selon la direction de l'hôpital, le patient est hors de danger.", [N]);
t!(named_selon_les_mots_du_president, "Selon les mots du président de la République, le pays est « en guerre ».", [N]);
t!(named_cite_par_les_echos, "Cité par Les Échos, le directeur financier de Renault évoque une année « de transition ».", [N]);
t!(named_interroge_par_franceinfo, "Interrogé par franceinfo, le député Charles de Courson a dénoncé un budget « insincère ».", [N]);
t!(named_selon_le_quotidien_nomme, "Selon le quotidien Libération, l'ancien ministre a été entendu comme témoin.", [N]);

// ───────────── Institutions ─────────────
t!(named_cour_appel_estime, "La cour d'appel de Douai a estimé que le licenciement était dépourvu de cause réelle et sérieuse.", [N]);
t!(named_conseil_constit_juge, "Le Conseil constitutionnel a jugé conforme l'essentiel de la loi.", [N]);
t!(named_insee_note, "L'Insee note un net ralentissement de la consommation des ménages au troisième trimestre.", [N]);
// « reprendrait » après « a indiqué que » : futur dans le passé.
t!(named_sncf_indique, "La SNCF a indiqué que le trafic reprendrait progressivement dans la soirée.", [N]);
t!(named_tribunal_administratif_tranche, "Le tribunal administratif de Paris a tranché en faveur des riverains.", [N]);
t!(named_juge_refere_ordonne, "Le juge des référés a ordonné la suspension des travaux.", [N]);
t!(named_ocde_prevoit, "L'OCDE prévoit une croissance de 0,8 % pour la France l'an prochain.", [N]);
t!(named_banque_de_france_table, "La Banque de France table sur un recul de l'inflation à 2 % en fin d'année.", [N]);
t!(named_unicef_alerte, "L'Unicef alerte sur la situation des enfants dans les camps.", [N]);
t!(named_elysee_fait_savoir, "L'Élysée a fait savoir que le chef de l'État se rendrait sur place samedi.", [N]);
t!(named_fff_se_felicite, "La Fédération française de football se félicite de l'affluence record.", [N]);
t!(named_amnesty_affirme_avoir, "Amnesty International affirme avoir documenté des dizaines d'exécutions sommaires.", [N]);
t!(named_hcc_estime, "Le Haut Conseil pour le climat estime que la France n'est pas sur la bonne trajectoire.", [N]);
t!(named_cgt_deplore, "La CGT a déploré l'absence de concertation.", [N]);
t!(named_lactalis_conteste, "Le groupe Lactalis conteste toute responsabilité dans la contamination.", [N]);
// « s'est engagé à » rapporte un acte (une promesse d'action), pas une information attribuée.
t!(plain_gouvernement_s_est_engage, "Le gouvernement s'est engagé à publier les décrets avant l'été.", []);
t!(named_cnil_a_rappele, "La Cnil a rappelé à l'ordre plusieurs communes pour leurs caméras de surveillance.", [N]);
t!(named_medef_reclame, "Le Medef réclame une baisse des impôts de production.", [N]);
t!(named_ars_a_confirme, "L'ARS Occitanie a confirmé deux nouveaux cas de dengue autochtone.", [N]);
t!(named_matignon_precise, "Matignon précise que la réunion se tiendra à huis clos.", [N]);
t!(named_conseil_etat_a_valide, "Le Conseil d'État a validé la dissolution du groupuscule.", [N]);
t!(named_cour_des_comptes_epingle, "La Cour des comptes épingle la gestion du plan de relance.", [N]);
t!(named_quai_d_orsay_condamne, "Le Quai d'Orsay a condamné « avec la plus grande fermeté » l'attaque contre le consulat.", [N]);
t!(named_uefa_a_annonce, "L'UEFA a annoncé l'ouverture d'une procédure disciplinaire contre le club.", [N]);

// ───────────── Discours rapporté ─────────────
// « seraient généralisées » : futur dans le passé après un verbe au passé.
t!(named_assure_que_futur_passe, "Gabriel Attal a assuré que les classes de niveau seraient généralisées à la rentrée.", [N]);
t!(named_a_dementi_avoir, "Le président du club a démenti avoir reçu une offre de rachat.", [N]);
t!(named_s_est_dit_pret, "Jean-Luc Mélenchon s'est dit prêt à gouverner dès demain.", [N]);
t!(named_avait_annonce_ministre, "La ministre de la Culture avait annoncé un plan de soutien aux festivals.", [N]);
t!(named_ecrit_le_monde, "Le Monde écrit que la négociation a échoué dans la nuit.", [N]);
t!(named_a_laisse_entendre, "Bruno Retailleau a laissé entendre qu'il pourrait se présenter à la présidentielle.", [N]);
t!(named_a_promis_que, "Le maire a promis que la piscine rouvrirait avant l'été.", [N]);
t!(named_a_reconnu_avoir, "L'ancien trésorier a reconnu avoir falsifié les comptes.", [N]);
t!(named_a_fait_part, "La famille de la victime a fait part de sa « profonde tristesse ».", [N]);
t!(named_a_souhaite_que, "Olivier Faure a souhaité que la gauche présente un candidat unique.", [N]);
t!(named_s_est_dit_convaincu, "Le Premier ministre s'est dit convaincu qu'un compromis était possible.", [N]);
// « Le suspect » n'est ni nommé ni un informateur anonyme : aucune étiquette.
t!(plain_suspect_a_nie, "Le suspect a nié toute implication devant le juge d'instruction.", []);
t!(named_a_qualifie_d_inacceptable, "Anne Hidalgo a jugé « inacceptables » les propos du préfet de police.", [N]);
// Un présumé dans la phrase d'une source nommée : les deux (cf. le guide, « présumé »).
t!(both_presume_selon_procureur, "Le tireur présumé a agi seul, selon le procureur de Lille.", [N, U]);

// ───────────── Documents ─────────────
t!(named_rapport_pointe, "Le rapport de la Cour des comptes pointe des dérives dans la gestion des fonds.", [N]);
t!(named_etude_montre, "L'étude de l'Inserm montre une hausse des troubles anxieux chez les adolescents.", [N]);
t!(named_arrete_precise, "L'arrêté préfectoral précise que les feux de jardin sont interdits jusqu'au 30 septembre.", [N]);
t!(named_dans_une_lettre_pdg, "Dans une lettre adressée aux salariés, le PDG annonce la fermeture du site.", [N]);
t!(named_dans_son_rapport_annuel, "Dans son rapport annuel, la Défenseure des droits dénonce des discriminations persistantes.", [N]);
t!(named_document_consulte_afp, "Le document, consulté par l'AFP, révèle des failles dans la chaîne de commandement.", [N]);
t!(named_la_note_souligne, "La note de la Banque de France souligne la fragilité des PME du bâtiment.", [N]);
t!(named_le_proces_verbal_indique, "Le procès-verbal indique que le conducteur roulait à 140 km/h.", [N]);
t!(named_l_enquete_insee_revele, "L'enquête de l'Insee révèle que les loyers ont progressé de 3 % en un an.", [N]);
t!(named_le_decret_stipule, "Le décret stipule que les contrôles seront renforcés aux frontières.", [N]);
t!(named_le_bilan_fait_etat, "Le bilan de la sécurité routière fait état de 3 190 morts sur les routes l'an dernier.", [N]);

// ───────────── Non vérifié : conditionnel journalistique ─────────────
t!(unv_serait_a_l_origine, "Un court-circuit serait à l'origine de l'incendie.", [U]);
t!(unv_aurait_ete_apercu, "Le fugitif aurait été aperçu dans la région de Perpignan.", [U]);
// Modal sur un fait passé (« doit avoir été ») : une déduction présentée comme un fait.
t!(unv_devrait_avoir_ete_fait_passe, "Le navire devrait avoir été coulé par une mine dérivante.", [U]);
t!(unv_se_serait_rendu, "Le ministre se serait rendu discrètement à Alger la semaine dernière.", [U]);
t!(unv_il_s_agirait, "Il s'agirait d'un règlement de comptes lié au trafic de stupéfiants.", [U]);
t!(unv_compterait, "Le réseau compterait une cinquantaine de membres répartis dans trois pays.", [U]);
t!(unv_disposerait, "L'organisation disposerait d'un arsenal considérable.", [U]);
t!(unv_aurait_succombe, "Le gardien aurait succombé à ses blessures peu après son transfert à l'hôpital.", [U]);
t!(unv_seraient_toujours_detenus, "Une dizaine de journalistes seraient toujours détenus dans le pays.", [U]);
t!(unv_aurait_empoche, "L'ancien élu aurait empoché plus de 200 000 euros de commissions.", [U]);
t!(unv_auraient_pris_la_fuite, "Les malfaiteurs auraient pris la fuite à bord d'une berline allemande.", [U]);
t!(unv_serait_decede, "Le chanteur serait décédé des suites d'une longue maladie.", [U]);
t!(unv_aurait_ete_victime, "La fillette aurait été victime de maltraitance pendant plusieurs années.", [U]);
t!(unv_serait_en_fuite, "Le principal suspect serait en fuite à l'étranger.", [U]);
t!(unv_aurait_deja_signe, "Le milieu de terrain aurait déjà signé un pré-contrat avec la Juventus.", [U]);
t!(unv_serait_lie_ultradroite, "L'homme serait lié à la mouvance ultradroite.", [U]);
t!(unv_aurait_coute, "Le chantier aurait coûté près de trois fois le budget initial.", [U]);
t!(unv_serait_sur_le_point, "Le groupe serait sur le point de céder sa filiale brésilienne.", [U]);
t!(unv_aurait_menti_enqueteurs, "Le témoin aurait menti aux enquêteurs sur son emploi du temps.", [U]);
t!(unv_serait_originaire, "Le tireur serait originaire de la région lyonnaise.", [U]);
t!(unv_auraient_ete_tues, "Au moins trente civils auraient été tués dans le bombardement.", [U]);
// Une institution sujet d'un verbe qui n'est pas de parole : aucune attribution.
t!(unv_le_parquet_prendrait, "Le parquet prendrait très au sérieux la piste terroriste.", [U]);
t!(unv_possederait, "Le milliardaire posséderait plusieurs villas sur la Côte d'Azur.", [U]);
t!(unv_envisagerait, "L'exécutif envisagerait de reporter la réforme des retraites.", [U]);
t!(unv_negocierait, "Le constructeur négocierait en secret avec un fonds qatari.", [U]);
t!(unv_aurait_cede_ses_parts, "La famille fondatrice aurait cédé ses parts à un groupe chinois.", [U]);
t!(unv_il_y_aurait, "Il y aurait plus de 300 personnes encore bloquées sous les décombres.", [U]);
// Conditionnel dans le récit d'une source nommée (« selon l'armée ») : l'assertion de la
// phrase est que l'armée le dit, comme une citation nommée ; nommée seulement.
// LABELS.md: the reportive conditional stays unverified after a named « selon » (named_source and unverified).
t!(named_aurait_selon_armee, "Le drone aurait été tiré depuis le territoire syrien, selon l'armée israélienne.", [N, U]);
t!(both_dit_on_aurait, "Le patron, dit-on, aurait déjà choisi son successeur.", [A, U]);

// ───────────── Non vérifié : marqueurs lexicaux ─────────────
t!(unv_selon_toute_vraisemblance, "Selon toute vraisemblance, la victime a été tuée dans la nuit de samedi à dimanche.", [U]);
t!(unv_meurtrier_presume, "Le meurtrier présumé a été interpellé à son domicile.", [U]);
t!(unv_suppose_commanditaire, "Le supposé commanditaire de l'attaque vit en Belgique.", [U]);
t!(unv_vraisemblablement_abime, "L'avion s'est vraisemblablement abîmé en mer.", [U]);
t!(unv_il_semblerait_que, "Il semblerait que le logiciel ait été piraté.", [U]);
t!(unv_tout_laisse_a_penser, "Tout laisse à penser que l'incendie est d'origine criminelle.", [U]);
// Une information dont la source n'est ni nommée ni confirmée : les deux.
t!(both_de_source_non_confirmee, "De source non confirmée, le convoi a franchi la frontière dans la nuit.", [A, U]);
t!(unv_officieusement, "Officieusement, le club a déjà trouvé un remplaçant à son entraîneur.", [U]);
// « la rumeur » n'est pas une source nommée.
t!(unv_d_apres_la_rumeur, "D'après la rumeur, le chanteur prépare un album en duo.", [U]);
t!(unv_il_se_pourrait, "Il se pourrait que le virus circule depuis plusieurs mois.", [U]);
t!(unv_probablement_emporte, "Le randonneur a probablement été emporté par une avalanche.", [U]);
t!(unv_pretendue_lettre, "La prétendue lettre de démission n'a jamais été rendue publique.", [U]);
t!(unv_possiblement, "Le lot de viande a possiblement été contaminé lors du transport.", [U]);
t!(unv_a_ce_qu_il_semble, "À ce qu'il semble, les négociations sont au point mort.", [U]);
t!(unv_est_suppose_avoir, "Le groupe est supposé avoir financé des milices.", [U]);
t!(unv_selon_toute_probabilite, "La panne est selon toute probabilité due à une erreur humaine.", [U]);
t!(unv_on_soupconne, "On soupçonne l'employé d'avoir détourné des fonds pendant des années.", [U]);
t!(unv_tout_indique_que, "Tout indique que le feu a pris dans la cuisine.", [U]);
t!(unv_sans_nul_doute, "C'est sans nul doute le plus gros scandale financier de la décennie.", [U]);
t!(unv_a_n_en_pas_douter, "À n'en pas douter, le ministre savait.", [U]);
t!(unv_de_source_officieuse, "La date du remaniement serait fixée, selon une estimation officieuse.", [U]);
t!(unv_presumees_victimes, "Les victimes présumées seront entendues par la juge la semaine prochaine.", [U]);

// ───────────── Pièges : sans étiquette ─────────────
t!(trap_si_hypothese, "Si la grève se prolongeait, les stations-service seraient à sec en fin de semaine.", []);
t!(trap_politesse_nous_voudrions, "Nous voudrions remercier tous les bénévoles présents ce week-end.", []);
t!(trap_devrait_prevision, "Le chantier devrait s'achever au printemps prochain.", []);
// Futur antérieur de prévision : « d'ici la fin de l'année » regarde l'avenir.
t!(trap_devraient_avoir_ete_acheves, "Les travaux devraient avoir été achevés d'ici la fin de l'année.", []);
t!(trap_prend_sa_source, "La Loire prend sa source au mont Gerbier-de-Jonc.", []);
t!(trap_source_de_revenus, "Le tourisme reste la principale source de revenus de l'île.", []);
t!(trap_description_habitants, "Le village compte 450 habitants et une seule boulangerie.", []);
t!(trap_il_faudrait, "Il faudrait deux ans pour reconstruire le pont.", []);
t!(trap_aimerait, "Le club aimerait conserver son capitaine une saison de plus.", []);
t!(trap_au_cas_ou, "Au cas où le scrutin serait annulé, une nouvelle élection serait organisée sous trois mois.", []);
// Irréel du passé : « sans » + conditionnel passé, aucune information rapportée.
t!(trap_sans_pompiers_aurait_brule, "Sans l'intervention des pompiers, l'immeuble aurait entièrement brûlé.", []);
t!(trap_source_eau_habitants, "Les habitants puisent leur eau à une source située en contrebas du village.", []);
t!(trap_open_source, "Le logiciel, distribué en open source, est utilisé par des milliers d'administrations.", []);
// « présumé innocent » : la présomption d'innocence, un principe de droit, pas une allégation.
t!(trap_presume_innocent, "Tout prévenu est présumé innocent jusqu'à sa condamnation définitive.", []);
t!(trap_pourrait_etre_adoptee, "La réforme pourrait être adoptée avant l'été.", []);
t!(trap_semblable, "Un incident semblable s'était produit en 2019.", []);
t!(trap_serait_une_erreur, "Ce serait une erreur de baisser la garde maintenant.", []);
t!(trap_a_condition_que, "À condition que le financement soit bouclé, le tramway circulerait dès 2030.", []);
t!(trap_d_apres_les_plans, "La maison a été construite d'après les plans d'un architecte local.", []);
t!(trap_selon_les_saisons, "Les tarifs varient selon les saisons.", []);
t!(trap_pour_noel, "Pour Noël, la mairie a installé une patinoire sur la place.", []);
t!(trap_rapport_de_force, "Le rapport de force a basculé en faveur des grévistes.", []);
t!(trap_temoin_lumineux, "Le témoin lumineux du tableau de bord s'est allumé.", []);
t!(trap_faudrait_il_encore, "Encore faudrait-il que les moyens suivent.", []);
t!(trap_fait_sans_source, "Le pont de l'île de Ré a été inauguré en 1988.", []);
t!(trap_selon_le_niveau, "Les aides sont versées selon le niveau de revenus du foyer.", []);

// ───────────── Contexte ─────────────
doc!(ctx_poursuit_il_apres_nom,
    ["« Nous avons été trahis », a déclaré Fabien Roussel.", "« Et nous ne l'oublierons pas », poursuit-il."],
    [[N], [N]], [[], []]);
// « selon une source » en fin de phrase : le récit qui suit en hérite (contexte), le
// conditionnel de la phrase suivante reste le sien.
doc!(ctx_aurait_apres_selon_source,
    ["Le suspect connaissait la victime, selon une source proche de l'enquête.", "Il l'aurait suivie jusqu'à son domicile."],
    [[A], [U]], [[], [A]]);

// ───────────── Deuxième série : tournures plus rares ─────────────
t!(named_a_requis_procureur, "Le procureur a requis cinq ans de prison ferme contre l'ancien maire.", [N]);
t!(named_a_l_en_croire, "À l'en croire, la situation est désormais sous contrôle.", [N]);
t!(named_comme_le_souligne_insee, "Comme le souligne l'Insee, la natalité recule pour la sixième année consécutive.", [N]);
t!(named_ainsi_que_l_a_rapporte, "Ainsi que l'a rapporté Mediapart, le contrat n'a jamais été soumis au conseil d'administration.", [N]);
t!(named_confirme_au_parisien_directeur, "Le directeur de l'école confirme au Parisien que deux enseignants ont été suspendus.", [N]);
t!(named_raconte_prenom_age, "« On a tout perdu en une nuit », raconte Camille, 34 ans.", [N]);
t!(named_appris_aupres_parquet, "Le conducteur a été placé en détention provisoire, a-t-on appris auprès du parquet de Nanterre.", [N]);
t!(named_aie_anticipe, "L'Agence internationale de l'énergie anticipe une baisse de la demande de pétrole dès 2029.", [N]);
t!(named_annonce_inverse_sans_citation, "La production sera arrêtée pendant deux semaines, a annoncé mardi le groupe Stellantis.", [N]);
t!(named_si_l_on_en_croit, "Si l'on en croit Le Canard enchaîné, le ministre a fait repeindre son bureau aux frais de l'État.", [N]);
t!(named_selon_un_communique_prefecture, "Selon un communiqué de la préfecture, le couvre-feu est levé à partir de ce soir.", [N]);
t!(named_d_apres_decompte_afp, "D'après un décompte de l'AFP, au moins 58 personnes ont péri dans les inondations.", [N]);
t!(named_a_somme_paris, "La Commission européenne a sommé Paris de réduire son déficit.", [N]);
t!(named_avocate_generale_reclame, "L'avocate générale a réclamé la réclusion criminelle à perpétuité.", [N]);
t!(unv_il_est_fort_probable, "Il est fort probable que l'épidémie ait débuté dès le mois d'octobre.", [U]);
t!(unv_aurait_declare_joueur, "Le joueur aurait déclaré à ses coéquipiers qu'il voulait partir.", [U]);
t!(unv_supposement, "L'entreprise aurait supposément contourné les sanctions via des sociétés-écrans.", [U]);
t!(unv_on_evoque, "On évoque une indemnité de départ de quarante millions d'euros.", [U]);
t!(unv_serait_boucle, "Rien n'est encore officiel, mais l'accord serait bouclé.", [U]);
t!(unv_avoisinerait, "Le montant du préjudice avoisinerait les deux millions d'euros.", [U]);
t!(unv_reste_a_confirmer, "L'attaque a fait une dizaine de victimes, un bilan qui reste à confirmer.", [U]);
t!(unv_sous_reserve_confirmation, "Sous réserve de confirmation, le concert est reporté au mois de mars.", [U]);
t!(trap_aurait_pu_demissionner, "Le ministre aurait pu démissionner, il ne l'a pas fait.", []);
t!(trap_qui_aurait_cru, "Qui aurait cru qu'un club de National 2 atteindrait les demi-finales ?", []);
t!(trap_je_souhaiterais, "Je souhaiterais poser une question au ministre.", []);
t!(trap_sources_de_financement, "Les sources de financement du projet restent floues.", []);
t!(trap_il_etait_prevu, "Il était prévu que le convoi arriverait à midi.", []);
t!(trap_match_devrait, "Le match devrait se jouer à guichets fermés.", []);
t!(trap_conseil_se_reunira, "Le conseil municipal se réunira lundi pour voter le budget.", []);
