//! Red team for the English engine, round 4: sentences written for this file
//! (none from a corpus), aimed at the recall of `unverified` in all its news
//! forms (hedged findings, passive belief, impersonal attribution, allegation
//! and rumour words, certainty put in place of evidence) and of
//! `named_source` in the varied frames news uses (platforms, interviews,
//! offices and spokespeople, statements, filings, data, inverted and colon
//! quotes, named outlets), with the traps that must stay unlabelled or named
//! (forecasts, schedules, hypotheses, modals of permission and ability,
//! police appeals, "likely voters", "the suspect") and a few contexts.
//! Gold labels follow /work/shared/LABELS.md; a `//` line gives the reason
//! where the case is borderline.
//!
//! `t!(name, sentence, [labels])` asserts the exact own labels of a
//! one-sentence text; `m!` the own labels of the last sentence of a short
//! text, `mc!` its context labels.

#[macro_use]
mod common;

use common::{A, N, U};
use sourcelight::Category;

#[track_caller]
fn check(texts: &[&str], want: &[Category], context: bool) {
    common::check_last("en", texts, want, context);
}

// ---------------------------------------------------------------------------
// Hedged findings: a modal or adverb about a past or present fact.
t!(hed_appears_launched_boat, "The drone appears to have been launched from a fishing boat.", [U]);
t!(hed_seems_sinking, "The bridge seems to be sinking at one end.", [U]);
t!(hed_probably_started_cigarette, "The blaze was probably started by a discarded cigarette.", [U]);
t!(hed_is_possibly_rembrandt, "The painting is possibly the work of a young Rembrandt.", [U]);
t!(hed_cause_probably_valve, "The cause was probably a faulty valve in the cooling system.", [U]);
t!(hed_may_working_foreign, "The hackers may have been working for a foreign government.", [U]);
t!(hed_update_could_have_caused, "A botched software update could have caused the outage.", [U]);
t!(hed_might_be_behind_port, "Iran might be behind the cyberattack on the port.", [U]);
t!(hed_likely_belong_monk, "The bones likely belong to a medieval monk.", [U]);
t!(hed_probably_sank, "The trawler probably sank within minutes.", [U]);
t!(hed_has_possibly_exposed, "The leak has possibly exposed the home addresses of thousands of officers.", [U]);
t!(hed_seems_known_layout, "The gunman seems to have known the layout of the building.", [U]);
t!(hed_apparently_sleeping_rough, "The man had apparently been sleeping rough for weeks.", [U]);
t!(hed_may_colluded, "The two supermarkets may have colluded to fix the price of milk.", [U]);
t!(hed_likely_triggered_fracking, "The tremor was likely triggered by fracking nearby.", [U]);
t!(hed_could_be_part_network, "The arrested men could be part of a wider smuggling network.", [U]);
t!(hed_may_have_withdrawn, "Russian troops may have withdrawn from the village overnight.", [U]);
t!(hed_possibly_hit_drone, "The convoy was possibly hit by a drone.", [U]);
t!(hed_appears_killed_commander, "The strike appears to have killed a senior commander.", [U]);
t!(hed_investors_appear_shrugged, "Investors appear to have shrugged off the profit warning.", [U]);
t!(hed_selloff_likely_triggered, "The sell-off was most likely triggered by fears of a rate rise.", [U]);
t!(hed_malware_appears_originate, "The malware appears to originate from a group linked to North Korea.", [U]);
t!(hed_chatbot_seems_trained, "The chatbot seems to have been trained on pirated books.", [U]);
t!(hed_feature_apparently_removed, "The feature was apparently removed after complaints from parents.", [U]);
t!(hed_bacteria_probably_entered, "The bacteria probably entered the water supply through a cracked pipe.", [U]);
t!(hed_patient_likely_contracted, "The patient likely contracted the virus while travelling abroad.", [U]);
t!(hed_may_account_for, "Dark matter may account for about 85 percent of the mass of the universe.", [U]);
t!(hed_driver_possibly_speeding, "The driver was possibly speeding when he lost control of the van.", [U]);
t!(hed_probably_knew_about, "The board almost certainly knew about the losses months earlier.", [U]);
t!(hed_could_be_up_to, "The fossils could be up to 300 million years old.", [U]);
t!(hed_may_have_sworn, "The officer may have sworn a false statement to obtain the warrant.", [U]);
t!(hed_seemingly_unaware, "The minister was seemingly unaware of the warnings.", [U]);
t!(hed_likely_dates_from, "The chapel likely dates from the twelfth century.", [U]);
t!(hed_has_probably_cost, "The strike has probably cost the economy more than £1bn.", [U]);
t!(hed_were_probably_killed, "Most of the victims were probably killed in the first hour of the attack.", [U]);

// ---------------------------------------------------------------------------
// Passive belief: a belief, report or expectation held by no one named.
t!(pas_thought_fallen_overboard, "The missing sailor is thought to have fallen overboard during the night.", [U]);
t!(pas_understood_worth, "The hoard is understood to be worth more than £1m.", [U]);
t!(pas_said_furious, "The general is said to be furious about the leak.", [U]);
t!(pas_reported_met_lobbyist, "The senator is reported to have met the lobbyist twice.", [U]);
t!(pas_alleged_bullied, "The boy is alleged to have been bullied for months.", [U]);
t!(pas_suspected_links, "The hackers are suspected to have links to Russian military intelligence.", [U]);
t!(pas_rumoured_dating, "The singer is rumoured to be dating a Premier League footballer.", [U]);
t!(pas_feared_drowned, "Dozens are feared to have drowned when the boat capsized.", [U]);
t!(pas_believed_lie_seabed, "The wreck is believed to lie beneath the seabed off Cornwall.", [U]);
// "expected to have" + participle is an expectation about a past fact.
t!(pas_expected_to_have_discussed, "The two leaders are expected to have discussed the hostage crisis over dinner.", [U]);
t!(pas_understood_farmer, "The dead man was understood to have been a local farmer.", [U]);
t!(pas_thought_empty, "The warehouse was thought to be empty at the time of the fire.", [U]);
t!(pas_reduced_understood_landlord, "A man understood to be the landlord was seen leaving the building.", [U]);
t!(pas_reduced_said_oldest, "The pub, said to be the oldest in England, has closed its doors.", [U]);
t!(pas_reduced_believed_leader, "The 35-year-old, believed to be the gang's leader, was arrested in Spain.", [U]);
t!(pas_reported_sunk, "The cargo ship was reported sunk off the coast of Yemen.", [U]);
t!(pas_bank_understood_weighing, "The bank is understood to be weighing a bid for its smaller rival.", [U]);
t!(pas_said_in_talks, "The chipmaker is said to be in talks to buy a British start-up.", [U]);
t!(pas_outbreak_thought_originated, "The outbreak is thought to have originated at a meat-packing plant.", [U]);
t!(pas_hundreds_believed_surrendered, "Several hundred soldiers are believed to have surrendered.", [U]);
t!(pas_couple_rumoured_split, "The couple are rumoured to have split after six years together.", [U]);
t!(pas_singer_said_devastated, "The singer is said to be devastated by the news.", [U]);
t!(pas_suspected_reduced, "A woman suspected of poisoning her husband has been released on bail.", [U]);

// ---------------------------------------------------------------------------
// Impersonal attribution: no source at all.
t!(imp_it_is_understood_that, "It is understood that the manager has already told the players he is leaving.", [U]);
t!(imp_it_emerged_tuesday, "It emerged on Tuesday that the minister had used a private email account.", [U]);
t!(imp_it_is_claimed_charity, "It is claimed that the charity spent donations on luxury cars.", [U]);
t!(imp_word_is_studio, "Word is that the studio has shelved the sequel.", [U]);
// An unnamed institution's "thinking" is a belief held by no one in particular.
t!(imp_thinking_in_whitehall, "The thinking in Whitehall is that the strikes will fizzle out.", [U]);
t!(imp_it_is_alleged_officers, "It is alleged that the officers falsified their notebooks.", [U]);
t!(imp_it_is_feared_trapped, "It is feared that dozens of people remain trapped under the rubble.", [U]);
t!(imp_rumoured_at_the_time, "It was rumoured at the time that the king had a secret son.", [U]);
t!(imp_reported_last_year_that, "It was reported last year that the firm had breached sanctions.", [U]);
t!(imp_it_is_known_that, "It is now known that the pilot had been drinking before the flight.", [U]);
t!(imp_it_transpired, "It later transpired that the minister had misled parliament.", [U]);
t!(imp_come_to_light, "It has come to light that the bank ignored repeated warnings about the trader.", [U]);
t!(imp_word_in_the_city, "The word in the City is that the bank is up for sale.", [U]);
t!(imp_it_is_believed_gang, "It is believed the gang targeted elderly victims across three counties.", [U]);
t!(imp_it_has_been_suggested, "It has been suggested that the portrait is a later copy.", [U]);

// ---------------------------------------------------------------------------
// Allegation words: the writer marks the claim itself.
t!(alg_purported_letter, "The purported letter from the kidnappers demanded a ransom of £2m.", [U]);
t!(alg_so_called_evidence, "The so-called evidence consisted of two blurred photographs.", [U]);
t!(alg_supposed_cure, "The supposed cure was sold online for £99 a bottle.", [U]);
t!(alg_suspected_ringleader, "Police arrested the suspected ringleader at Gatwick airport.", [U]);
t!(alg_suspected_militants_bare, "Suspected militants attacked a checkpoint near the border.", [U]);
t!(alg_unconfirmed_reports_say, "Unconfirmed reports say the president has left the capital.", [A, U]);
t!(alg_footage_not_verified, "The footage, which has not been verified, shows soldiers beating a prisoner.", [U]);
t!(alg_could_not_independently_verify, "The claims could not be independently verified.", [U]);
t!(alg_named_claim_not_confirmed, "The Houthis said they had shot down a helicopter, a claim that could not be confirmed.", [N, U]);
t!(alg_purportedly_shows, "The video purportedly shows the moment the dam burst.", [U]);
t!(alg_allegedly_stolen, "The allegedly stolen painting turned up at an auction in Vienna.", [U]);
t!(alg_unverified_footage, "Unverified footage circulating online shows smoke rising from the airport.", [U]);
t!(alg_purportedly_filmed, "The clip, purportedly filmed in Kherson, shows a tank on fire.", [U]);
t!(alg_defendant_allegedly_threatened, "The defendant allegedly threatened a witness outside court.", [U]);
t!(alg_money_supposedly_intended, "The money was supposedly intended for a children's hospital.", [U]);
t!(alg_jurors_heard_allegedly, "Jurors heard that the accused had allegedly hidden the weapon in a freezer.", [N, U]);
t!(alg_star_reportedly_splashed, "The star has reportedly splashed out £3m on a mansion in Surrey.", [U]);
t!(alg_alleged_plot, "The alleged plot involved poisoning the city's water supply.", [U]);
// Legal reporting's "alleged" still marks the claim itself (guide, Hard cases).
t!(alg_alleged_assault_legal, "Police are investigating an alleged assault outside a nightclub.", [U]);
t!(alg_alleged_victim_cannot_named, "The alleged victim, who cannot be named for legal reasons, told the court she had been too frightened to speak.", [A, U]);
t!(alg_purports_to_show, "The document purports to show that the minister approved the deal.", [U]);
t!(alg_fund_reportedly_lost, "The hedge fund reportedly lost $2bn on the trade.", [U]);
t!(alg_rumours_of_takeover, "Rumours of a takeover sent the shares up 12 percent.", [U]);
t!(alg_speculation_rife, "Speculation is rife that the chancellor will be moved in the reshuffle.", [U]);
t!(alg_talk_of_challenge, "Talk of a leadership challenge has grown louder since the by-election.", [U]);
t!(alg_there_is_talk_of, "There is talk of a snap election in the spring.", [U]);
t!(
    #[ignore = "needs engine: a named frame swallows the narrator's cue after its object"]
    alg_amid_whispers, "The club has denied the claims amid whispers that the owner wants to sell.", [N, U]);
t!(alg_whispers_that, "There are whispers that the captain has fallen out with the coach.", [U]);
t!(alg_suspected_case, "A suspected case of bird flu has been found on a farm in Norfolk.", [U]);
t!(alg_alleged_gunmen, "Alleged gunmen from the gang were seen near the school.", [U]);

// ---------------------------------------------------------------------------
// Certainty put in place of evidence.
t!(cer_clearly_lost_control, "The government has clearly lost control of the borders.", [U]);
t!(cer_obviously_not_working, "Obviously, the sanctions are not working.", [U]);
// "Of course" alone is emphasis more often than certainty in place of evidence (news corpus).
t!(cer_of_course_shareholders, "Of course, the real winners are the shareholders.", []);
t!(cer_undoubtedly_stockpiling, "The regime is undoubtedly stockpiling weapons.", [U]);
t!(cer_everyone_knows_referee, "Everyone knows the referee was bought.", [U]);
t!(cer_make_no_mistake, "Make no mistake, this budget will hurt the poorest families.", [U]);
t!(cer_no_question_that, "There is no question that the drug saved lives.", [U]);
t!(cer_beyond_dispute, "It is beyond dispute that the league broke its own rules.", [U]);
t!(cer_truth_is_that, "The truth is that the minister knew about the payments all along.", [U]);
t!(cer_goes_without_saying, "It goes without saying that the nurses deserve better.", [U]);
t!(cer_obviously_has_no_plan, "The government obviously has no plan for social care.", [U]);
t!(cer_without_question_worst, "This was, without question, the worst budget in a generation.", [U]);
t!(cer_nobody_can_deny, "Nobody can seriously deny that the policy has failed.", [U]);
t!(cer_as_everyone_knows, "As everyone knows, the council is broke.", [U]);
t!(cer_no_question_about_it, "The club is, no question about it, in the worst crisis of its history.", [U]);

// ---------------------------------------------------------------------------
// Traps: forecasts, schedules, hypotheses, permission and ability, appeals,
// nouns that look like allegation words, hedges inside a named quote.
t!(trap_expected_announce_date, "The prime minister is expected to announce the election date on Tuesday.", []);
t!(trap_expected_peak, "Unemployment is expected to peak at 5 percent next year.", []);
t!(trap_trial_expected_last, "The trial is expected to last six weeks.", []);
t!(trap_not_expected_survive, "The injured man is not expected to survive.", []);
t!(trap_could_open_2031, "The new line could open as early as 2031.", []);
t!(trap_shares_may_rise_if, "Shares may rise further if the merger is approved.", []);
t!(trap_if_dam_failed, "If the dam had failed, thousands of homes would have been flooded.", []);
t!(trap_had_ambulance_arrived, "Had the ambulance arrived sooner, the boy might have survived.", []);
t!(trap_tenants_may_apply, "Under the new rules, tenants may apply for a rent reduction.", []);
t!(trap_visitors_can_park, "Visitors can park for free after 6pm.", []);
t!(trap_likely_voters, "Among likely voters, the senator leads by four points.", []);
t!(trap_bank_might_cut, "The central bank might cut interest rates next month.", []);
t!(trap_storm_likely_landfall, "The storm is likely to make landfall on Thursday.", []);
t!(trap_suspect_remanded, "The suspect, a 34-year-old man from Leeds, was remanded in custody.", []);
t!(trap_suspects_chased, "Officers chased the suspects through a housing estate.", []);
t!(trap_suspect_appeared, "The suspect appeared in court on Monday charged with murder.", []);
t!(trap_anyone_who_may_have_seen, "Detectives want to speak to anyone who may have seen the car.", []);
t!(trap_anyone_may_have_info, "Anyone who may have information is asked to contact the police.", []);
t!(trap_people_may_have_been_exposed, "People who may have been exposed are being contacted by the hospital.", []);
t!(trap_may_face_fine, "The company may face a fine of up to 10 percent of its turnover.", []);
t!(trap_minister_may_resign_if, "The minister may resign if the vote is lost.", []);
t!(trap_clearly_marked, "The emergency exits were clearly marked.", []);
t!(trap_spoke_clearly, "The girl spoke clearly and calmly throughout the hearing.", []);
t!(trap_clearly_labelled_products, "Clearly labelled products will be exempt from the tax.", []);
t!(trap_could_have_been_worse, "The crash could have been much worse.", []);
t!(trap_supposed_to_arrive, "The train was supposed to arrive at noon.", []);
t!(trap_it_is_unclear, "It is unclear whether the pilot survived.", []);
t!(trap_not_known_how_many, "It is not known how many people were on board.", []);
t!(trap_most_likely_outcome, "The most likely outcome is a hung parliament.", []);
t!(trap_likely_to_rain, "It is likely to rain in the north tomorrow.", []);
t!(trap_drug_may_cause, "The drug may cause drowsiness in some patients.", []);
t!(trap_could_face_jail, "The men could face up to ten years in jail.", []);
// Hedges inside a named speaker's words: the sentence asserts only that they said it.
t!(trap_putin_said_staged, "Putin said the attack might have been staged by Kyiv.", [N]);
t!(trap_fire_chief_quote_could, "\u{201c}It could have been a gas leak,\u{201d} the fire chief, Dan Moore, told reporters.", [N]);
t!(trap_airline_email_may, "The airline told customers in an email that their data may have been accessed.", [N]);
t!(trap_met_office_could_reach, "The Met Office said temperatures could reach 35C on Friday.", [N]);
t!(trap_prosecution_alleges, "The prosecution alleges that Jones stole £80,000 from the charity.", [N]);
t!(trap_prosecutors_allege, "Prosecutors allege the pair laundered money through a car dealership.", [N]);
t!(trap_likely_voters_poll, "Likely voters favour the incumbent by six points, the Gallup poll found.", [N]);
t!(trap_scientist_named_probably, "Professor Lena Ortiz said the meteorite had probably come from Mars.", [N]);

// ---------------------------------------------------------------------------
// Named attribution in its varied frames.
t!(nam_musk_wrote_on_x, "Elon Musk wrote on X that the company would appeal the ruling.", [N]);
t!(nam_trump_truth_social, "Trump wrote on Truth Social that the talks had been a great success.", [N]);
t!(nam_blog_post, "The chief executive, Sarah Lin, said in a blog post that the outage had been caused by a faulty update.", [N]);
t!(nam_interview_with_bbc, "In an interview with the BBC, the foreign secretary said Britain would not recognise the vote.", [N]);
t!(nam_speaking_to_sky, "Speaking to Sky News, Mr Patel said he had no regrets.", [N]);
t!(nam_senators_office, "The senator's office said he had tested positive for Covid.", [N]);
t!(nam_spokesperson_for_ofcom, "A spokesperson for Ofcom said the regulator was assessing the complaints.", [N]);
t!(nam_spokeswoman_met_confirmed, "A spokeswoman for the Metropolitan Police confirmed that a man had been arrested.", [N]);
t!(nam_downing_street_spokesman, "A Downing Street spokesman said the prime minister had full confidence in the chancellor.", [N]);
t!(nam_said_in_statement, "Mr Okafor said in a statement that he would fight the charges.", [N]);
t!(nam_according_statement_from, "According to a statement from the Royal Navy, the sailors were rescued unharmed.", [N]);
t!(nam_court_filings_show, "Court filings show the company paid the consultant $4m over two years.", [N]);
t!(nam_according_data_from, "According to data from the Office for National Statistics, wages rose 5 percent.", [N]);
t!(nam_figures_published_by, "Figures published by the Home Office show that small-boat crossings fell in June.", [N]);
t!(nam_figures_from_dfe, "Figures from the Department for Education show a sharp rise in absences.", [N]);
t!(nam_inverted_said_who, "\u{201c}We will not be bullied,\u{201d} said Amira Haddad, who chairs the committee.", [N]);
t!(nam_colon_blunt, "Smith was blunt: \u{201c}The plan is dead.\u{201d}", [N]);
t!(nam_colon_put_it, "Merkel put it simply: \u{201c}We can do this.\u{201d}", [N]);
t!(nam_added_that, "Dr Amara Singh, a cardiologist at King's College Hospital, added that the trial was too small to draw firm conclusions.", [N]);
t!(nam_hamilton_argued, "Hamilton argued that the penalty had been harsh.", [N]);
t!(nam_kremlin_insisted, "The Kremlin insisted that the exercises were routine.", [N]);
t!(nam_bbc_reported, "The BBC reported that the presenter had been suspended.", [N]);
t!(nam_according_ft, "According to the Financial Times, the bank is preparing to cut 3,000 jobs.", [N]);
t!(nam_nyt_first_reported, "The New York Times first reported the meeting last month.", [N]);
// A first name and an age name a witness: the text gives her name, the guide
// asks for a named person (only an explicit "only his first name" or a withheld
// surname makes the witness anonymous).
t!(nam_first_name_age, "Maria, 34, said she had waited six hours for an ambulance.", [N]);
t!(nam_first_name_description, "Olena, a nurse in Kharkiv, said the hospital had no power for two days.", [N]);
t!(anon_surname_withheld, "Ahmed, who did not want his surname published, said soldiers had taken his brother.", [A]);
t!(anon_asked_surname_not_used, "A mother of three, who asked that her surname not be used, said the school had ignored her complaints.", [A]);
t!(nam_telegram_ministry, "Ukraine's defence ministry said on Telegram that 40 drones had been shot down overnight.", [N]);
t!(nam_nightly_address, "Zelensky said in his nightly video address that the situation in the east remained difficult.", [N]);
t!(nam_sec_filing, "Nvidia said in a filing with the Securities and Exchange Commission that it expected revenue of $30bn.", [N]);
t!(nam_status_page, "Microsoft confirmed the outage in a post on its status page.", [N]);
t!(nam_fda_guidance, "The Food and Drug Administration said in guidance issued on Friday that the drug should not be given to children.", [N]);
t!(nam_asked_replied_colon, "Asked whether he would resign, the minister replied: \u{201c}Absolutely not.\u{201d}", [N]);
t!(nam_writing_in_telegraph, "Writing in the Telegraph, the former chancellor argued that taxes were too high.", [N]);
t!(nam_letter_shareholders, "In a letter to shareholders, Warren Buffett warned that the market was overheated.", [N]);
t!(nam_who_contained, "The World Health Organization said the outbreak had been contained.", [N]);
t!(nam_according_interpol, "According to Interpol, the fugitive is on watch lists in 12 countries.", [N]);
t!(nam_data_compiled_by, "Data compiled by Bloomberg shows that the yen has fallen 9 percent this year.", [N]);
t!(nam_research_by_rf, "Research by the Resolution Foundation found that one in five households is behind on bills.", [N]);
t!(nam_study_in_lancet, "A study published in The Lancet found that the vaccine cut hospital admissions by half.", [N]);
t!(nam_research_note, "Goldman Sachs said in a research note that it expected oil to hit $100 a barrel.", [N]);
t!(nam_judge_told_jury, "Judge Karen Walsh told the jury to disregard the remark.", [N]);
t!(nam_sentencing_judge, "Sentencing him, Judge Ali said the attack had been cowardly and brutal.", [N]);
t!(nam_annual_report_shows, "The company's annual report shows that the chief executive was paid £6m.", [N]);
t!(nam_resignation_letter, "In her resignation letter, the minister said she could no longer support the policy.", [N]);
// Lawyers speaking for a party speak for it on the record, like a spokesperson.
t!(nam_lawyers_for_family, "Lawyers for the Ellis family said they would appeal the ruling.", [N]);
t!(nam_campaign_email, "The Harris campaign said in an email to supporters that it had raised $50m.", [N]);
t!(nam_police_scotland, "Police Scotland said a 52-year-old man had been charged.", [N]);
t!(nam_told_reuters, "Ms Chen told Reuters that the factory would reopen in May.", [N]);
t!(nam_told_ap, "Mr Alvarez told The Associated Press the fire had started in a storeroom.", [N]);
t!(nam_reuters_citing_sources, "Reuters reported on Thursday, citing three sources, that the deal was close.", [A, N]);
t!(nam_bloomberg_citing_people, "Bloomberg News, citing people familiar with the matter, reported that the talks had stalled.", [A, N]);
t!(nam_inverted_plan_unworkable, "The plan is unworkable, said Lord Frost, who negotiated the original deal.", [N]);
t!(nam_inverted_quote_age, "\u{201c}Nobody saw it coming,\u{201d} said Priya Nair, 41, a teacher.", [N]);
t!(nam_government_figures, "Government figures released on Thursday showed that net migration had fallen.", [N]);
t!(nam_flightradar, "Data from the flight-tracking website Flightradar24 showed the jet circling over the Channel.", [N]);
t!(nam_maxar_images, "Satellite images from Maxar Technologies show craters at the airbase.", [N]);
t!(nam_guardian_revealed, "The Guardian revealed last year that the firm had lobbied ministers in secret.", [N]);
t!(nam_according_politico, "According to Politico, the White House is drafting an executive order on AI.", [N]);
t!(nam_wsj_citing_unnamed, "The Wall Street Journal, citing unnamed officials, reported that the plan had been shelved.", [A, N]);
t!(nam_company_added, "The company added that no customer data had been lost.", [N]);
t!(nam_club_statement_read, "A statement from Chelsea read: \u{201c}The club is aware of the allegations.\u{201d}", [N]);
t!(
    #[ignore = "needs engine: \"the chief executive\" is an office, not an unnamed executive"]
    nam_wrote_in_memo, "The chief executive wrote in a memo to staff that the cuts were unavoidable.", [N]);
t!(
    #[ignore = "needs engine: a definite person noun (the singer) is no speaker"]
    nam_posted_on_instagram, "The singer posted on Instagram that she was taking a break from touring.", [N]);
t!(nam_told_podcast, "Rashford told a podcast that he had considered quitting football.", [N]);
t!(nam_earnings_call, "Chief financial officer Ruth Porat said on an earnings call that spending would rise.", [N]);
t!(nam_according_un, "According to the United Nations, more than a million people have fled the fighting.", [N]);
t!(nam_un_figures, "UN figures show that food prices have doubled since the war began.", [N]);
t!(nam_insisted_inverted, "\u{201c}The money is there,\u{201d} insisted the chancellor, Rachel Reeves.", [N]);
t!(nam_council_leader_said, "Council leader Mark Hughes said the cuts were the hardest in a decade.", [N]);
t!(nam_told_the_times, "Sir Keir told The Times he had no plans to change the policy.", [N]);
t!(nam_ons_said, "The ONS said the economy had grown by 0.2 percent in the third quarter.", [N]);
t!(
    #[ignore = "needs engine: a definite anonymous head (the researchers) is an anaphora"]
    nam_science_journal_nature, "Writing in the journal Nature, the researchers said the ice sheet was melting faster than expected.", [N]);
t!(nam_court_heard, "Southwark Crown Court heard that the pair had met in a hotel bar.", [N]);
t!(nam_ruled_judge, "Mr Justice Singh ruled that the deportation was unlawful.", [N]);
t!(nam_x_post_deleted, "In a post on X that was later deleted, the MP said the protesters were thugs.", [N]);

// Named speakers in other genres, still named with a hedge or rumour in their words.
t!(nam_manager_rumours_named, "Arteta said the rumours about his future were nonsense.", [N]);
t!(nam_coroner_probably, "The coroner, Sarah Jones, said the man had probably died of hypothermia.", [N]);
t!(nam_named_police_believed, "Devon and Cornwall Police said the man was believed to have been swept out to sea.", [N]);

// Unnamed attribution in the same frames: not named.
t!(anon_official_told_reuters, "A senior official told Reuters that the ceasefire was close.", [A]);
t!(anon_people_briefed_on_x, "People briefed on the talks said the deal could be announced within days.", [A]);

// ---------------------------------------------------------------------------
// Context: an unattributed quote continues a named speaker; the account after
// an unnamed source inherits it; where it stops.
mc!(ctx_quote_after_starmer, ["The prime minister, Keir Starmer, told MPs the deal was the best available.", "\u{201c}We have delivered what we promised.\u{201d}"], [N]);
mc!(ctx_quote_chain_mother, ["\u{201c}We are devastated,\u{201d} said Helen Ward, the girl's mother.", "\u{201c}She was the light of our lives.\u{201d}", "\u{201c}We just want answers.\u{201d}"], [N]);
mc!(ctx_account_after_trailing_familiar, ["The deal is close, according to a source familiar with the negotiations.", "The two sides have agreed on the price."], [A]);
mc!(
    ctx_account_after_leading_familiar, ["According to a source familiar with the talks, the two sides have agreed on the price.", "The contract will be signed next week."], [A]);
mc!(ctx_account_stops_after_one, ["The club has agreed a fee, people familiar with the matter said.", "The player will have a medical on Monday.", "The season starts in August."], []);
mc!(ctx_own_named_stops, ["The bank will cut 500 jobs, a person briefed on the plans said.", "The chief executive, Anna Berg, said in a memo that the cuts were painful but necessary."], []);
mc!(ctx_quote_after_anonymous_officer, ["A senior officer, who asked not to be named, described the scene.", "\u{201c}It was carnage.\u{201d}"], [A]);
mc!(ctx_plain_after_named, ["Dr Patel said the hospital was at full capacity.", "Ambulances queued outside for hours."], []);
mc!(ctx_quote_after_critics, ["\u{201c}We did nothing wrong,\u{201d} said the company's founder, Raj Mehta.", "Critics disagree.", "\u{201c}They knew exactly what they were doing.\u{201d}"], [A]);
mc!(ctx_unverified_after_sources, ["The striker has asked to leave, according to sources at the club.", "He is believed to have fallen out with the manager."], [A]);
mc!(ctx_quote_after_colon, ["The minister was defiant: \u{201c}We will win this vote.\u{201d}", "\u{201c}And we will win the next one.\u{201d}"], [N]);
mc!(ctx_quote_after_officials, ["Officials said the strike had hit a weapons depot.", "\u{201c}The secondary explosions went on for an hour.\u{201d}"], [A]);
mc!(ctx_quote_after_statement, ["In a statement, Tesco said it was reviewing its suppliers.", "\u{201c}We take these concerns extremely seriously.\u{201d}"], [N]);
m!(pron_she_after_named_intro, ["Anna Kowalski, 52, has lived on the street for 30 years.", "\u{201c}I have never seen anything like it,\u{201d} she said."], [N]);
m!(pron_she_after_resident, ["One resident said the water had been brown for a week.", "She said her children had fallen ill."], [A]);
m!(pron_added_after_named, ["Ms Rossi called the report complete nonsense.", "\u{201c}It is a disgrace,\u{201d} she added."], [N]);
m!(doc_own_named_after_anon, ["Officials said the plant would close.", "The union's general secretary, Paul Nowak, said workers had been betrayed."], [N]);
m!(doc_unverified_own_after_named, ["The mayor said the fire was under control.", "It is understood that two firefighters were injured."], [U]);

// ---------------------------------------------------------------------------
// Second batch: more unverified forms (inference as finding, likely true
// figures, "yet to be confirmed", gossip), more named frames, more traps.
t!(b2_bears_hallmarks, "The attack bears the hallmarks of an Islamist group.", [U]);
t!(b2_looks_increasingly_like, "The deaths look increasingly like a cover-up.", [U]);
t!(b2_evidence_points_to, "All the evidence points to an inside job.", [U]);
t!(b2_true_toll_far_higher, "The true death toll is likely to be far higher.", [U]);
t!(b2_real_number_probably, "The real number of victims is probably much larger.", [U]);
t!(b2_presumed_lost, "The yacht and its four crew are presumed lost.", [U]);
t!(b2_unconfirmed_reports_looting, "There are unconfirmed reports of looting in the city centre.", [A, U]);
t!(b2_reports_as_yet_unconfirmed, "Reports, as yet unconfirmed, suggest the general has been arrested.", [A, U]);
t!(b2_may_still_be_trapped, "An unknown number of people may still be trapped in the building.", [U]);
t!(b2_may_be_hiding, "The gunman may be hiding in woods near the village.", [U]);
t!(b2_likely_sitting_on, "The firm is likely sitting on billions in untaxed profits.", [U]);
t!(b2_probably_underestimate, "The official figures are probably an underestimate.", [U]);
t!(b2_had_likely_been, "The bodies had likely been in the water for several days.", [U]);
t!(b2_must_have_known, "The killer must have known the victim.", [U]);
t!(b2_must_have_come, "The leak must have come from inside the cabinet.", [U]);
t!(b2_somebody_tipped_off, "Somebody must have tipped off the gang.", [U]);
t!(b2_needless_to_say, "Needless to say, the promises were never kept.", [U]);
t!(b2_evidently_ignored, "Evidently, the warnings were ignored.", [U]);
t!(b2_clearly_shows, "The evidence clearly shows that the drug works.", [U]);
t!(b2_gossip_in_paddock, "The gossip in the paddock is that Hamilton will retire at the end of the season.", [U]);
t!(b2_buzz_around_launch, "The buzz around the launch is that the phone will cost $2,000.", [U]);
t!(b2_unsubstantiated_claims, "Unsubstantiated claims about the candidate spread rapidly online.", [U]);
// "The report" is a document the article has named (a named head, as "according to the report").
t!(b2_yet_to_be_confirmed, "The report, which has yet to be confirmed, says the dam has been breached.", [N, U]);
t!(b2_not_corroborated, "The account has not been corroborated.", [U]);
t!(b2_neither_claim_verified, "Neither claim could be independently verified.", [U]);
t!(b2_apparent_suicide, "The banker died in an apparent suicide at his London home.", [U]);
t!(b2_seems_likely_that_was, "It seems likely that the documents were shredded.", [U]);
t!(b2_reportedly_being_held, "The hostages are reportedly being held in tunnels beneath the city.", [U]);
t!(b2_is_believed_armed, "The escaped prisoner is believed to be armed.", [U]);
t!(b2_probably_iranian, "The drones were probably Iranian-made.", [U]);
t!(b2_appear_staged, "The photographs appear staged.", [U]);
t!(b2_seems_unlikely, "It seems unlikely that the driver survived the impact.", [U]);

// Traps of the second batch.
t!(b2_trap_widely_expected_quit, "The minister is widely expected to quit after the election.", []);
t!(b2_trap_cause_not_known, "The cause of the fire is not yet known.", []);
t!(b2_trap_being_sought, "Three men are being sought in connection with the robbery.", []);
t!(b2_trap_death_toll_unclear, "The death toll remains unclear.", []);
t!(b2_trap_likely_postponed, "It is likely that the meeting will be postponed.", []);
t!(b2_trap_blood_test_can, "A blood test can detect the disease years before symptoms appear.", []);
t!(b2_trap_may_have_to_wait, "Applicants may have to wait six months for a decision.", []);
t!(b2_trap_might_be_asked, "Users might be asked to verify their age.", []);
t!(b2_trap_clearly_visible, "The plane was clearly visible from the shore.", []);
t!(b2_trap_likely_without_saka, "Arsenal are likely to be without Saka for the derby.", []);
t!(b2_trap_rates_could_fall, "Mortgage rates could fall below 4 percent this summer.", []);
t!(b2_trap_rhetorical_could, "Could the virus have escaped from a laboratory?", []);
t!(b2_trap_rhetorical_was_fire, "Was the fire started deliberately?", []);
t!(b2_trap_regulator_could_have_done, "The company could have done more to protect its customers, the regulator said.", [N]);
t!(b2_trap_police_believe, "Police believe the victim knew her attacker.", [N]);
t!(b2_trap_may_be_eligible, "Households on benefits may be eligible for a discount.", []);
t!(b2_trap_possibly_forecast, "The vote could possibly be delayed until the autumn.", []);

// Named frames of the second batch.
t!(b2_nam_press_conference_chancellor, "Speaking at a press conference in Kyiv, the German chancellor said Europe would stand by Ukraine.", [N]);
t!(b2_nam_today_programme, "Speaking on BBC Radio 4's Today programme, Ms Reeves said there would be no return to austerity.", [N]);
t!(b2_nam_press_secretary, "The Pentagon's press secretary, Maj Gen Pat Ryder, told reporters the strikes were defensive.", [N]);
t!(b2_nam_addressing_un, "Addressing the UN General Assembly, the Brazilian president warned that the planet was running out of time.", [N]);
t!(b2_nam_home_office_colon, "A Home Office spokesperson said: \u{201c}We do not comment on individual cases.\u{201d}", [N]);
t!(b2_nam_joint_statement, "In a joint statement, France, Germany and Britain condemned the attack.", [N]);
t!(b2_nam_lawsuit_alleges, "The lawsuit, filed in federal court in Delaware, alleges that the company misled investors.", [N]);
t!(b2_nam_indictment_accuses, "The indictment accuses the men of laundering $10m through shell companies.", [N]);
t!(b2_nam_inquiry_concluded, "The inquiry's final report concluded that the disaster had been entirely preventable.", [N]);
t!(b2_nam_postmortem_found, "A post-mortem examination found that the victim had been strangled.", [N]);
t!(b2_nam_family_statement, "In a statement, the family of Sarah Jones said she had been the heart of their home.", [N]);
t!(b2_nam_speaking_after_match, "Jenkins, speaking after the match, said the referee had been a disgrace.", [N]);
t!(b2_nam_asked_about_colon, "Asked about the report, Mr Biden said: \u{201c}I haven't read it.\u{201d}", [N]);
t!(b2_nam_her_lawyer, "Her lawyer, Mark Geragos, said she would plead not guilty.", [N]);
t!(b2_nam_his_agent_sky, "His agent, Jorge Mendes, told Sky Sports that a deal was close.", [N]);
t!(b2_nam_police_chief_news_conf, "Police Chief Maria Gomez told a news conference that the suspect had been arrested.", [N]);
t!(b2_nam_attorney_general, "The state's attorney general, Letitia James, said the settlement was a victory for consumers.", [N]);
t!(b2_nam_boe_governor, "Bank of England governor Andrew Bailey warned that inflation remained sticky.", [N]);
t!(b2_nam_moodys_note, "Moody's said in a note to clients that it was downgrading the bank.", [N]);
t!(b2_nam_wsj_citing_letter, "The Wall Street Journal reported, citing a letter from the company, that the plant would close.", [N]);
t!(b2_nam_amnesty_documented, "Amnesty International said it had documented at least 30 cases of torture.", [N]);
t!(b2_nam_shelter_estimates, "The charity Shelter estimates that 300,000 people are homeless in England.", [N]);
t!(b2_nam_nasa_orbit, "Nasa said the probe had entered orbit around Jupiter.", [N]);
t!(b2_nam_opposition_must_have, "The minister must have known, the opposition claimed.", [N]);
t!(b2_nam_vatican_communique, "The Vatican said in a communique that the pope had a mild fever.", [N]);
t!(b2_nam_chancellor_said, "The chancellor said the figures were encouraging.", [N]);
t!(b2_nam_the_ceo_told, "The company's chief executive, Mary Barra, told investors that sales had held up.", [N]);
t!(b2_nam_fire_service_said, "London Fire Brigade said 70 firefighters had been sent to the blaze.", [N]);

// Context of the second batch.
mc!(b2_ctx_quote_after_ruto, ["Mr Ruto told supporters in Nairobi that the taxes would be scrapped.", "\u{201c}The people have spoken.\u{201d}"], [N]);
mc!(b2_ctx_quote_after_plain, ["Ms Lee, the head teacher, said the school was proud of its pupils.", "The school opened in 1962.", "\u{201c}They have worked incredibly hard.\u{201d}"], [N]);
// Only quotations and the account right after an unnamed source inherit: a
// named account's next plain statement does not.
mc!(b2_ctx_plain_after_police_report, ["According to the police report, the driver was over the limit.", "He had drunk four pints."], []);
mc!(b2_ctx_quote_after_firefighter, ["\u{201c}This is a dark day,\u{201d} a firefighter at the scene said.", "\u{201c}We did everything we could.\u{201d}"], [A]);
mc!(b2_ctx_unverified_after_trailing, ["The player has agreed personal terms, sources told the BBC.", "A five-year contract is reportedly on the table."], [A]);

// ---------------------------------------------------------------------------
// Third batch: impersonal blame and links, negated belief, "what looks like",
// scare adjectives after a possessive; named channels of officials, data and
// images; traps of established facts.
t!(b3_blamed_on_separatists, "The bombing was blamed on separatists.", [U]);
t!(b3_attributed_to_bug, "The outage was attributed to a software bug.", [U]);
t!(b3_linked_to_disorder, "The drug has been linked to a rare blood disorder.", [U]);
t!(b3_hack_linked_state, "The hack has been linked to hackers working for the Chinese state.", [U]);
t!(b3_not_thought_life_threatening, "Her injuries are not thought to be life-threatening.", [U]);
t!(b3_not_believed_serious, "The boy's injuries are not believed to be serious.", [U]);
t!(b3_not_thought_target, "Mr Hill is not thought to have been the intended target.", [U]);
t!(b3_believed_killed, "The rebel leader is believed killed in the raid.", [U]);
t!(b3_what_looks_like, "The video shows what looks like a missile hitting the building.", [U]);
t!(b3_what_appears_to_be, "What appears to be a drone struck the roof of the terminal.", [U]);
t!(b3_possessive_alleged, "The man's alleged accomplice was arrested in Dublin.", [U]);
t!(b3_possessive_suspected, "The gang's suspected leader has fled to Dubai.", [U]);
t!(b3_rumours_flying, "Rumours have been flying around the village for weeks.", [U]);
t!(b3_rumour_mill, "The rumour mill has gone into overdrive since the photos appeared.", [U]);
t!(b3_considered_frontrunner, "The governor is widely considered the frontrunner for the nomination.", [U]);
t!(b3_seen_as_snub, "The decision was seen as a snub to Beijing.", [U]);
t!(b3_apparently_drunk, "The driver, apparently drunk, mounted the pavement.", [U]);
t!(b3_its_thought, "It's thought the fire started in a bedroom.", [U]);
t!(b3_would_appear_confirm, "This would appear to confirm that the deal is dead.", [U]);
t!(b3_rumoured_bid, "A rumoured £50m bid from Saudi Arabia has unsettled the squad.", [U]);

// Traps of the third batch.
t!(b3_trap_yet_to_be_established, "The cause of death is yet to be established.", []);
t!(b3_trap_questions_remain, "Questions remain over whether the bridge is safe.", []);
t!(b3_trap_considered_for, "She was considered for the role but turned it down.", []);
t!(b3_trap_linked_by_causeway, "The island is linked to the mainland by a causeway.", []);
t!(b3_trap_blame_named, "The minister blamed the delays on the previous government.", [N]);
t!(b3_trap_wanted_in_connection, "The man is wanted in connection with a stabbing in Croydon.", []);

// Named channels of the third batch.
t!(b3_nam_ofgem_ceo, "Ofgem's chief executive, Jonathan Brearley, said bills would fall in April.", [N]);
t!(b3_nam_comments_to_guardian, "In comments to the Guardian, Ms Hart said the policy had been rushed.", [N]);
t!(b3_nam_downing_street, "Downing Street said the prime minister had been made aware of the complaint.", [N]);
t!(b3_nam_club_website, "Manchester United said in a statement on their website that the player had been suspended.", [N]);
t!(b3_nam_fa_investigating, "The Football Association said it was investigating the incident.", [N]);
t!(b3_nam_health_secretary_commons, "Health Secretary Wes Streeting told the Commons that waiting lists had fallen.", [N]);
t!(b3_nam_tory_leader_accused, "Tory leader Kemi Badenoch accused the government of raiding pensions.", [N]);
t!(b3_nam_the_met_said, "The Met said officers had been called to the address shortly after midnight.", [N]);
t!(b3_nam_rspca_confirmed, "The RSPCA confirmed that the dogs had been rehomed.", [N]);
t!(b3_nam_kyiv_said, "Kyiv said it had struck a Russian oil depot overnight.", [N]);
t!(b3_nam_idf_said, "The Israel Defense Forces said the strike had targeted a weapons store.", [N]);
t!(b3_nam_gaza_health_ministry, "The Gaza health ministry said the death toll had passed 40,000.", [N]);
t!(b3_nam_taliban_spokesman, "Taliban spokesman Zabihullah Mujahid said the ban would stay in place.", [N]);
t!(b3_nam_irna_reported, "IRNA, the official Iranian news agency, reported that the ship had been seized.", [N]);
t!(b3_nam_peskov_dismissed, "Peskov dismissed the report as fake news.", [N]);
t!(b3_nam_oleary_said, "Ryanair boss Michael O'Leary said fares would rise this summer.", [N]);
t!(b3_nam_powell_signalled, "Fed chair Jerome Powell signalled that rates would stay high for longer.", [N]);
t!(b3_nam_ecb_projections, "The ECB's latest projections show inflation returning to target next year.", [N]);
t!(b3_nam_ifs_report_by, "The report, by the Institute for Fiscal Studies, found that child poverty had risen.", [N]);
t!(b3_nam_companies_house, "According to Companies House filings, the firm made a loss of £2m last year.", [N]);
t!(b3_nam_land_registry, "Land Registry records show the house was sold for £1.2m in 2019.", [N]);
t!(b3_nam_video_released_military, "A video released by the Israeli military shows soldiers entering the hospital.", [N]);
t!(b3_nam_footage_verified_bbc, "Footage verified by BBC Verify shows the convoy on fire.", [N]);
t!(b3_nam_photos_posted_ministry, "Photographs posted by the defence ministry showed the wreckage of a jet.", [N]);
t!(b3_nam_number_10, "Number 10 said the prime minister had full confidence in the home secretary.", [N]);
// State outlets left unnamed are anonymous (guide: unnamed publications).
t!(b3_anon_iranian_state_tv, "Iranian state TV reported that the ship had been seized.", [A]);
t!(b3_trap_no_talk_of, "There has been no talk of a resignation.", []);
t!(b3_trap_looks_more_like, "The new stadium looks more like a spaceship than a football ground.", []);
t!(b3_trap_signs_point_to_exit, "Signs point to the exit at the end of the hall.", []);

// ---------------------------------------------------------------------------
// Fourth batch: transfer, celebrity, health and markets copy.
t!(b4_understood_monitoring, "Chelsea are understood to be monitoring the striker.", [U]);
t!(b4_supplement_supposedly, "The supplement supposedly boosts the immune system.", [U]);
t!(b4_treatment_claimed_to, "The treatment is claimed to reverse the signs of ageing.", [U]);
t!(b4_palace_reportedly_concerned, "The palace is reportedly deeply concerned about the interview.", [U]);
t!(b4_suggestions_no_that, "There are suggestions the king may step back from public duties.", [U]);
t!(b4_initial_reports_suggested, "Initial reports suggested that at least 12 people had died.", [A]);
t!(b4_by_some_estimates, "The protesters numbered in the tens of thousands, by some estimates.", [A]);
t!(b4_by_most_accounts, "By most accounts, the meeting was tense.", [A]);
t!(b4_known_to_police_understood, "The man is understood to have been known to police.", [U]);
t!(b4_pals_say, "Pals say the star is heartbroken.", [A]);
t!(b4_actress_allegedly_furious, "The actress is allegedly furious about the leak.", [U]);
t!(b4_thought_worth, "The reality star is thought to be worth £50m.", [U]);
t!(b4_believed_to_be_first, "It is believed to be the first time the two men have met.", [U]);
t!(b4_police_believe_trailing, "The victim was known to his attacker, police believe.", [N]);
t!(b4_experts_long_suspected, "Experts have long suspected that the painting was a fake.", [A]);
t!(b4_officials_confirmed_deaths, "Officials in the region have confirmed at least 40 deaths.", [A]);
t!(b4_authorities_confirmed, "The authorities have so far confirmed 40 deaths.", [N]);
// Traps of the fourth batch.
t!(b4_trap_pole_position, "Liverpool are in pole position to sign the winger.", []);
t!(b4_trap_not_clear_who, "It is not clear who fired first.", []);
t!(b4_trap_under_investigation, "The cause of the crash remains under investigation.", []);
t!(b4_trap_markets_pricing, "Markets are pricing in two rate cuts before the summer.", []);
// Named channels of the fourth batch.
t!(b4_nam_athletic_reported, "The Athletic reported that the club had agreed a fee.", [N]);
t!(b4_nam_romano_reported, "Fabrizio Romano, the transfer journalist, reported that personal terms had been agreed.", [N]);
t!(b4_nam_club_website, "The club confirmed the signing on its website.", [N]);
t!(b4_nam_post_on_linkedin, "In a post on LinkedIn, the company's founder said the layoffs had been the hardest decision of his life.", [N]);
t!(b4_nam_substack, "Writing on Substack, the economist Paul Krugman argued that the tariffs would backfire.", [N]);
t!(b4_nam_treasury_autumn, "The Treasury said in its autumn statement that borrowing would fall.", [N]);
t!(b4_nam_eurostat, "Eurostat, the EU's statistics agency, said inflation had slowed to 2.4 percent.", [N]);
