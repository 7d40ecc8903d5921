//! Red team for the English engine, round 8: sentences written for this file
//! (none from a corpus), aimed at the recall of `anonymous_source` in forms
//! earlier rounds may have missed, across royal, celebrity and entertainment
//! news, business and markets, sport transfer news, local news, courts, war and
//! diplomacy, health and tech: unnamed journalists and commentators as sources
//! ("according to a royal correspondent", "one biographer claims"), unnamed
//! groups that speak through verbs of feeling, judgement or action ("Critics
//! panned", "Analysts offered several theories", "Locals have long
//! complained"), unnamed people introduced by a relative or a participle ("a
//! woman who lives nearby said", "a man living in the flat below said"),
//! quantified groups ("two of the players", "half a dozen employees"), unnamed
//! insiders ("a palace insider", "sources at the club"), headline fragments
//! ("…, sources say") and unnamed studies and surveys ("a new survey found",
//! "research suggests"). About a third are traps that stay unlabelled or named
//! only: named people, bodies and documents, recipients ("told reporters"),
//! institutions speaking officially, actions that are no report ("Fans packed
//! the stadium"), feelings with no account ("were left fuming after …"),
//! "source(s)" and "study/survey/report" in other senses.
//! Gold labels follow /work/shared/LABELS.md; a `//` line gives the reason
//! where the case is borderline.
//!
//! `t!(name, sentence, [labels])` asserts the exact own labels of a
//! one-sentence text; `m!` the own labels of the last sentence of a short
//! text.

#[macro_use]
mod common;

#[allow(unused_imports)]
use common::{A, N, U};
use sourcelight::Category;

#[track_caller]
fn check(texts: &[&str], want: &[Category], context: bool) {
    common::check_last("en", texts, want, context);
}

// ---------------------------------------------------------------------------
// Unnamed journalists, commentators and biographers as sources.
t!(jr_according_royal_correspondent, "According to a royal correspondent, the Prince has not spoken to his brother since the funeral.", [A]);
t!(jr_one_biographer_claims, "One biographer claims the Queen privately disapproved of the match.", [A]);
t!(jr_royal_biographer_said, "A royal biographer said the couple had been frozen out of family events.", [A]);
t!(jr_veteran_commentator_told_programme, "A veteran royal commentator told the programme that the rift was deeper than it appeared.", [A]);
t!(jr_one_commentator_described, "One commentator described the budget as a gamble with the nation's future.", [A]);
t!(jr_some_commentators_questioned, "Some commentators have questioned whether the coach can survive the season.", [A]);
t!(#[ignore = "needs engine: a name inside a `who` clause (\"who has covered Westminster\") becomes the speaker of the verb after it"] jr_political_journalist_who_covered, "A political journalist who has covered Westminster for decades said the mood in the party was mutinous.", [A]);
t!(jr_according_reporter_at_scene, "According to one reporter at the scene, the crowd began chanting before the verdict was read.", [A]);
t!(jr_transfer_journalist_claimed, "A transfer journalist claimed the deal had been agreed in principle.", [A]);
t!(jr_journalists_at_briefing, "Several journalists who attended the briefing said the minister refused to take questions.", [A]);
t!(jr_one_columnist_called, "One columnist called the decision an act of cultural vandalism.", [A]);
t!(jr_football_reporter_tweeted, "A well-connected football reporter tweeted that the striker had passed his medical.", [A]);
t!(jr_royal_watchers_believe, "Royal watchers believe the couple have not spoken in months.", [A]);
t!(jr_royal_experts_say, "Royal experts say the portrait was a deliberate message to the family.", [A]);
t!(jr_according_biographer_of_singer, "According to a biographer of the singer, she wrote the song in a single night.", [A]);
t!(jr_industry_commentator_suggested, "One industry commentator suggested the merger was driven by tax.", [A]);
t!(jr_one_editor_said, "One newspaper editor said the paper had been warned off the story.", [A]);
t!(jr_photographer_at_wedding, "A photographer who was at the wedding said the bride arrived an hour late.", [A]);
t!(jr_media_commentators_speculated, "Media commentators have speculated that the presenter is on her way out.", [A]);
t!(jr_reporter_inside_stadium, "A reporter who was inside the stadium said the gates had been locked.", [A]);
t!(jr_royal_author_claims, "One royal author claims the King was never told about the interview.", [A]);
t!(jr_according_to_journalists, "According to journalists in Kyiv, the air raid sirens sounded for six hours.", [A]);
t!(jr_correspondents_in_region, "Correspondents in the region say the shelling has intensified.", [A]);
t!(jr_columnists_lined_up, "Columnists lined up to criticise the chancellor's speech.", [A]);
t!(jr_film_critic_wrote, "One film critic wrote that the sequel was a cynical cash grab.", [A]);

// Traps: journalists as recipients, named journalists, journalists in the news.
t!(trap_jr_prince_told_reporters, "The Prince told reporters he was delighted with the result.", [N]);
t!(trap_jr_minister_told_journalists, "The minister told journalists outside Downing Street that the plan was sound.", [N]);
t!(trap_jr_named_correspondent, "Royal correspondent Jennie Bond said the Queen had been visibly moved.", [N]);
t!(trap_jr_named_biographer, "Biographer Andrew Morton claims the princess recorded the tapes herself.", [N]);
t!(trap_jr_reporters_gathered, "Reporters gathered outside the palace gates before dawn.", []);
t!(trap_jr_journalists_barred, "Journalists were barred from the courtroom.", []);
t!(trap_jr_reporter_injured, "A reporter was injured while covering the protests.", []);
t!(trap_jr_commentator_sacked, "The commentator was sacked after the remarks.", []);
t!(trap_jr_journalist_arrested, "A journalist was arrested in Moscow on spying charges.", []);
m!(trap_jr_he_told_a_reporter, ["Prince Harry arrived in London on Tuesday.", "He told a reporter from the local paper that he had no regrets."], [N]);
t!(#[ignore = "needs engine: a definite description in no head list (\"the coach\") gets no speaker (round 4, 1)"] trap_jr_coach_told_reporters, "The coach told reporters after the game that his side had been robbed.", [N]);
t!(trap_jr_named_critic, "The critic Mark Kermode described the film as a masterpiece.", [N]);
t!(trap_jr_named_columnist, "Writing in the Times, columnist Matthew Parris argued that the party had lost its way.", [N]);
t!(trap_jr_journalists_invited, "Journalists were invited to a preview of the new stadium.", []);

// ---------------------------------------------------------------------------
// Unnamed groups speaking through verbs of feeling, judgement or action.
t!(grp_analysts_offered_theories, "Analysts offered several theories for the sudden drop in sales.", [A]);
// A reaction that says what its object is ("… as a …") states a view: it reports.
t!(grp_critics_slammed_as, "Critics slammed the move as a cynical cash grab.", [A]);
t!(grp_fans_fuming_calling, "Fans were left fuming, with many calling the decision a disgrace.", [A]);
t!(grp_locals_long_complained_about, "Locals have long complained about the smell from the plant.", [A]);
t!(grp_economists_cold_water, "Economists poured cold water on the government's growth forecast.", [A]);
// A reaction that says what its object is ("… as a …") states a view: it reports.
t!(grp_campaigners_hailed, "Campaigners hailed the ruling as a victory for free speech.", [A]);
t!(grp_critics_quick_to_point_out, "Critics were quick to point out that the scheme had been tried before.", [A]);
t!(grp_observers_quick_to_note, "Observers were quick to note that the minister had voted for the same policy.", [A]);
t!(grp_critics_branded, "Critics have branded the scheme a tax on the poor.", [A]);
t!(#[ignore = "needs engine: \"raised concerns\" as a stated position added a false flag on dev; needs a verb-of-stance test that data cannot express"] grp_residents_raised_concerns, "Residents have raised concerns about the number of lorries using the lane.", [A]);
// A reaction or feeling with its object is no source (guide, "Hard cases": "lawmakers voiced anger"; corpus: "other supporters openly criticised this" unlabelled).
t!(grp_shoppers_expressed_dismay, "Shoppers expressed dismay at the closure of the town's last bank.", []);
t!(grp_experts_cast_doubt, "Experts have cast doubt on claims that the vaccine caused the illness.", [A]);
t!(grp_pundits_written_off, "Pundits have written off the team's chances of staying up.", [A]);
t!(grp_many_on_the_left, "Many on the left accuse the party of abandoning its principles.", [A]);
t!(grp_analysts_divided, "Analysts are divided over whether the rate cut will come in June.", [A]);
t!(grp_neighbours_remembered, "Neighbours remembered him as a devoted father who loved football.", [A]);
t!(#[ignore = "needs engine: a participle clause (\", insisting he …\") takes the pronoun after it as speaker instead of the main clause subject"] grp_supporters_rallied_insisting, "Supporters have rallied behind the manager, insisting he deserves more time.", [A]);
t!(grp_critics_point_to, "Critics point to the company's poor record on safety.", [A]);
t!(grp_locals_fear, "Locals fear the new road will cut the village in two.", [A]);
t!(grp_many_fans_felt, "Many fans felt the punishment was far too lenient.", [A]);
t!(grp_doctors_raised_alarm, "Doctors have raised the alarm over a rise in measles cases.", [A]);
t!(grp_scientists_sounded_alarm, "Scientists have sounded the alarm about the collapse of insect numbers.", [A]);
t!(grp_industry_figures_hit_back, "Industry figures have hit back at the claims.", [A]);
t!(grp_critics_panned_remake, "Critics panned the remake, calling it lifeless.", [A]);
// A reaction or feeling with its object is no source (guide, "Hard cases": "lawmakers voiced anger"; corpus: "other supporters openly criticised this" unlabelled).
t!(grp_reviewers_praised, "Early reviewers praised the phone's battery life.", []);
t!(grp_viewers_quick_to_point_out, "Viewers were quick to point out the blunder on social media.", [A]);
t!(grp_fans_speculated, "Fans have speculated that the singer is planning a farewell tour.", [A]);
t!(grp_co_stars_described, "Co-stars described her as a joy to work with.", [A]);
t!(grp_some_scientists_sceptical, "Some scientists remain sceptical of the findings.", [A]);
t!(grp_developers_complained, "Developers have complained that the new rules favour the platform's own apps.", [A]);
t!(grp_security_researchers_warned, "Security researchers warned that the flaw could let hackers steal passwords.", [A]);
t!(grp_users_reported_problems, "Users have reported problems logging in since the update.", [A]);
t!(grp_some_analysts_see, "Some analysts see the move as a sign of weakness.", [A]);
t!(grp_critics_accused, "Critics accused the broadcaster of bias in its coverage.", [A]);
t!(grp_opponents_dismissed, "Opponents dismissed the plan as unworkable.", [A]);
// A reaction that says what its object is ("… as a …") states a view: it reports.
t!(grp_campaigners_condemned, "Campaigners condemned the decision as a betrayal of victims.", [A]);
t!(grp_economists_doubt, "Economists doubt that the target can be met.", [A]);
t!(grp_health_experts_questioned, "Health experts have questioned the safety of the new weight-loss jabs.", [A]);
t!(grp_legal_experts_say, "Legal experts say the ruling could be overturned on appeal.", [A]);
t!(grp_military_analysts_cast_doubt, "Military analysts have cast doubt on the army's account of the battle.", [A]);
t!(grp_parents_hit_out, "Parents have hit out at the decision to scrap the school bus.", [A]);
t!(grp_fans_accused_club, "Fans accused the club of treating them like cash cows.", [A]);
t!(grp_locals_insist, "Locals insist the river has never flooded like this before.", [A]);
t!(grp_critics_lukewarm, "Critics have been lukewarm about the sequel.", [A]);
// A reaction or feeling with its object is no source (guide, "Hard cases": "lawmakers voiced anger"; corpus: "other supporters openly criticised this" unlabelled).
t!(grp_supporters_groups_criticised, "Supporters' groups have criticised the owners for a lack of investment.", []);
t!(grp_doctors_on_record_number, "Some doctors have gone as far as calling the policy dangerous.", [A]);
t!(grp_aid_workers_describe, "Aid workers in the city describe scenes of utter devastation.", [A]);
t!(grp_observers_on_ground, "Observers on the ground reported heavy shelling overnight.", [A]);
t!(grp_western_diplomats_concede, "Western diplomats privately concede that the sanctions have failed.", [A]);
t!(grp_market_watchers_said, "Market watchers said the sell-off was overdone.", [A]);
t!(grp_city_analysts_reckon, "City analysts reckon the chain will close another 50 stores.", [A]);
t!(grp_traders_said_pound, "Traders said the pound was under pressure after the data.", [A]);
t!(grp_analysts_had_expected, "Analysts had expected a much smaller loss.", [A]);
t!(grp_business_owners_say, "Business owners on the high street say footfall has collapsed.", [A]);
t!(grp_dog_walkers_reported, "Dog walkers have reported seeing a large black cat on the moors.", [A]);
t!(grp_people_living_on_street, "People living on the street say the pothole has been there for years.", [A]);

// Traps: feelings with no account, and groups that act rather than report.
t!(trap_grp_parents_left_furious, "Parents were left furious after the school trip was cancelled.", []);
t!(trap_grp_fans_packed, "Fans packed the stadium to watch the final.", []);
t!(trap_grp_fans_queued, "Fans queued overnight for tickets.", []);
t!(trap_grp_locals_gathered, "Locals gathered in the square to light candles.", []);
t!(trap_grp_analysts_will_present, "Analysts will present their findings to the board next week.", []);
t!(trap_grp_investors_poured, "Investors poured money into gold.", []);
t!(trap_grp_residents_evacuated, "Residents were evacuated from their homes.", []);
t!(trap_grp_shareholders_voted, "Shareholders voted against the pay deal.", []);
t!(trap_grp_residents_packed_hall, "Residents packed the village hall for the meeting.", []);
t!(trap_grp_campaigners_marched, "Campaigners marched through the town centre.", []);
t!(trap_grp_nurses_strike, "Nurses went on strike for 48 hours.", []);
t!(trap_grp_doctors_removed, "Doctors removed a tumour the size of a grapefruit.", []);
t!(trap_grp_troops_shelled, "Troops shelled the village overnight.", []);
t!(trap_grp_aid_workers_delivered, "Aid workers delivered food to the city.", []);
t!(trap_grp_scouts_watched, "Scouts from several clubs watched the match.", []);
t!(trap_grp_users_can_download, "Users can download the update from today.", []);
t!(trap_grp_hackers_stole, "Hackers stole the data of two million customers.", []);
t!(trap_grp_critics_were_invited, "Critics were invited to a preview of the play.", []);
t!(trap_grp_fans_were_told, "Fans were told to arrive early.", []);
t!(trap_grp_regulars_stunned, "Regulars at the pub were stunned by news of the closure.", []);
t!(trap_grp_investors_cheered, "Investors cheered the results, sending the shares up 10%.", []);
t!(trap_grp_critics_include, "The film's critics include the director's own brother.", []);
t!(trap_grp_royal_fans_gathered, "Royal fans gathered outside the hospital.", []);

// ---------------------------------------------------------------------------
// Unnamed people introduced by a relative clause or a participle.
t!(rel_woman_lives_nearby, "A woman who lives nearby said she heard three loud bangs.", [A]);
t!(rel_man_witnessed_crash_told, "A man who witnessed the crash told the BBC the car had been travelling at speed.", [A]);
t!(rel_teenager_on_bus, "A teenager who was on the bus said the driver had been on his phone.", [A]);
t!(rel_man_living_flat_below, "A man living in the flat below said water had been pouring through the ceiling for days.", [A]);
t!(rel_woman_walking_dog, "A woman walking her dog said she saw smoke rising from the roof.", [A]);
t!(rel_shopper_clutching, "One shopper, clutching bags of groceries, said prices had doubled in a year.", [A]);
t!(rel_mother_whose_son, "A mother whose son attends the school said parents were never consulted.", [A]);
t!(rel_neighbour_known_family, "A neighbour who has known the family for years described them as lovely people.", [A]);
t!(rel_driver_caught_tailback, "A driver caught in the tailback said he had not moved for three hours.", [A]);
t!(rel_passenger_delayed_flight, "A passenger on the delayed flight said the crew offered no explanation.", [A]);
t!(rel_fan_travelled_from, "A fan who travelled from Glasgow said the queues were chaotic.", [A]);
t!(rel_man_gave_name_only_as, "A man who gave his name only as Dave said the pub had been the heart of the village.", [A]);
t!(rel_woman_works_factory, "A woman who works at the factory said staff were told on Friday.", [A]);
t!(rel_someone_at_party, "Someone who was at the party told the paper the star left early.", [A]);
t!(rel_worker_speaking_lunch, "A worker at the plant, speaking during his lunch break, said morale was at rock bottom.", [A]);
t!(rel_pensioner_lived_estate, "A pensioner who has lived on the estate for 40 years said she no longer felt safe.", [A]);
t!(rel_student_took_part, "A student who took part in the protest said police had used pepper spray.", [A]);
t!(rel_guest_staying_hotel, "A guest staying at the hotel said the fire alarm never went off.", [A]);
t!(rel_father_not_give_name, "A father of three, who did not want to give his name, said the cuts would hit families hard.", [A]);
t!(rel_mourner_outside_church, "A mourner outside the church said the community was heartbroken.", [A]);
t!(rel_soldier_who_fought, "A soldier who fought in the battle said his unit had run out of ammunition.", [A]);
t!(rel_medics_who_treated, "Medics who treated the victims said the wounds were consistent with a machete attack.", [A]);
t!(rel_engineers_who_worked, "Engineers who worked on the project said it had been rushed out.", [A]);
t!(rel_person_worked_with_director, "A person who has worked with the director described him as a perfectionist.", [A]);
t!(rel_man_standing_queue, "A man standing in the queue outside the bank said he wanted his savings back.", [A]);
t!(rel_woman_sitting_next_to, "A woman sitting next to the victim on the train said he had collapsed without warning.", [A]);
t!(rel_residents_returning, "Residents returning to the town described streets covered in mud.", [A]);
t!(rel_fans_leaving_ground, "Fans leaving the ground said the atmosphere had turned ugly.", [A]);
t!(rel_relatives_outside_court, "Relatives of the victim said outside court that justice had been done.", [A]);
t!(rel_worshipper_who_was_inside, "A worshipper who was inside the mosque when the attack began said people ran for the exits.", [A]);

// Traps: the same people as the news, not its source.
// A refused report keeps its speaker's category (LABELS.md): an unnamed woman.
t!(trap_rel_answered_door, "A woman who answered the door at the address declined to comment.", [A]);
t!(trap_rel_man_nearby_arrested, "A man who lives nearby was arrested on suspicion of arson.", []);
t!(trap_rel_woman_found_body, "A woman walking her dog found the body.", []);
t!(trap_rel_witness_treated, "A man who witnessed the crash was treated for shock.", []);
t!(trap_rel_driver_banned, "A driver caught speeding at 120mph was banned for a year.", []);
t!(trap_rel_fans_who_travelled, "Fans who travelled to the final were stuck at the airport.", []);
t!(trap_rel_student_who_took_part, "A student who took part in the protest has been expelled.", []);

// ---------------------------------------------------------------------------
// Quantified groups.
t!(q_two_of_the_players, "Two of the players said the coach had shouted at them in the dressing room.", [A]);
t!(q_several_staff_members, "Several staff members said they had been told not to speak to the press.", [A]);
t!(q_half_a_dozen_employees, "Half a dozen employees said the manager had bullied them.", [A]);
t!(q_handful_of_residents, "A handful of residents said the noise had woken them in the night.", [A]);
t!(q_three_of_the_women, "Three of the women told the inquiry they had complained to the firm.", [A]);
t!(q_most_people_we_spoke, "Most of the people we spoke to said they would vote for change.", [A]);
t!(q_number_of_fans, "A number of fans said they had been turned away despite having tickets.", [A]);
t!(q_at_least_four_former, "At least four former employees said they had witnessed the abuse.", [A]);
t!(q_one_of_the_survivors, "One of the survivors said the boat had been overloaded.", [A]);
t!(q_some_of_those_present, "Some of those present said the speech was met with silence.", [A]);
t!(q_more_than_dozen_staff, "More than a dozen current and former staff described a culture of fear.", [A]);
t!(q_many_of_the_villagers, "Many of the villagers said they had received no warning.", [A]);
t!(q_two_of_the_diplomats, "Two of the diplomats said the draft had been watered down.", [A]);
t!(q_dozens_of_parents_letter, "Dozens of parents have signed a letter claiming the head ignored bullying.", [A]);
t!(q_one_of_the_nurses, "One of the nurses on duty that night said the ward was dangerously short-staffed.", [A]);
t!(q_a_few_players, "A few of the senior players are understood to have complained to the owner.", [U]);
t!(q_several_members_anonymous, "Several members of staff, who asked not to be named, said the store would close.", [A]);
t!(q_four_in_ten_nurses, "Four in ten nurses surveyed said they planned to leave the profession.", [A]);
t!(q_others_in_the_squad, "Others in the squad are said to be unhappy with the new regime.", [U]);

// Traps: quantified groups that act or suffer.
t!(trap_q_two_players_sent_off, "Two of the players were sent off.", []);
t!(trap_q_staff_suspended, "Several staff members were suspended pending an investigation.", []);
t!(trap_q_employees_lost_jobs, "Half a dozen employees lost their jobs.", []);
t!(trap_q_residents_attended, "A handful of residents attended the meeting.", []);
t!(trap_q_fans_injured, "Dozens of fans were injured in the crush.", []);
t!(trap_q_one_of_survivors_died, "One of the survivors died in hospital on Sunday.", []);

// ---------------------------------------------------------------------------
// Unnamed insiders.
t!(ins_palace_insider, "A palace insider said the King was furious about the leak.", [A]);
t!(ins_club_source, "A club source said the striker would not be sold in January.", [A]);
t!(ins_sources_at_club, "Sources at the club say the manager has the full backing of the owners.", [A]);
t!(ins_buckingham_palace_insider, "A Buckingham Palace insider told the Mirror the Duke had been excluded from the event.", [A]);
t!(ins_source_inside_dressing_room, "A source inside the dressing room said the players had lost faith in the manager.", [A]);
t!(ins_industry_insider, "An industry insider said the streaming giant was preparing to raise prices.", [A]);
t!(ins_studio_source, "A studio source said the film's budget had spiralled out of control.", [A]);
t!(ins_senior_figure_at_bank, "A senior figure at the bank said the job cuts were only the start.", [A]);
t!(ins_kremlin_insider, "A Kremlin insider claimed the president had been ill for months.", [A]);
t!(ins_production_source, "A production source revealed that the actor had walked off set twice.", [A]);
t!(ins_insiders_at_network, "Insiders at the network said the host had been told his contract would not be renewed.", [A]);
t!(ins_sources_within_squad, "Sources within the squad said the players had voted to strike.", [A]);
t!(ins_friend_of_couple, "A friend of the couple said they were blissfully happy.", [A]);
t!(ins_pal_of_singer, "A pal of the singer revealed she had been writing new music in secret.", [A]);
t!(ins_insider_close_sussexes, "An insider close to the Sussexes said the couple felt betrayed.", [A]);
t!(ins_hospital_insider, "A hospital insider said dozens of operations had been cancelled.", [A]);
t!(ins_well_placed_source, "A well-placed source said the talks had broken down.", [A]);
t!(ins_courtier, "One courtier said the Prince was deeply hurt by the book.", [A]);
t!(ins_senior_royal_source, "A senior royal source said the Duchess would not attend.", [A]);
t!(ins_source_prosecutors_office, "A source in the prosecutor's office said charges were being prepared.", [A]);
t!(ins_source_familiar_player_thinking, "A source familiar with the player's thinking said he wanted a move to Spain.", [A]);
t!(ins_someone_close_family, "Someone close to the family said the funeral would be private.", [A]);
t!(ins_dressing_room_sources, "Dressing-room sources claim the captain clashed with the coach at half-time.", [A]);
t!(ins_boardroom_sources, "Boardroom sources say the chairman is ready to sell.", [A]);
t!(ins_senior_source_fa, "A senior source at the Football Association said the inquiry would be wide-ranging.", [A]);
t!(ins_tech_insiders, "Tech insiders say the company has quietly shelved the headset.", [A]);
t!(ins_staff_at_store, "Staff at the store said they had been given no notice of the closure.", [A]);
t!(ins_employees_at_startup, "Employees at the startup say the founder ran it like a personal fiefdom.", [A]);
t!(ins_source_on_set, "A source on the set of the film said filming had been halted twice.", [A]);
t!(ins_crew_members_said, "Crew members said the star had refused to leave her trailer.", [A]);
t!(ins_court_staff, "Court staff said the defendant had collapsed in the cells.", [A]);
t!(ins_lawyers_not_involved, "Lawyers not involved in the case said the sentence was unusually harsh.", [A]);
t!(ins_one_legal_commentator, "One legal commentator said the judge had had little choice.", [A]);
t!(ins_doctors_at_hospital, "Doctors at the hospital said the boy was lucky to be alive.", [A]);
t!(ins_gps_reported_surge, "GPs have reported a surge in patients with chest infections.", [A]);
t!(ins_sources_in_italy, "Sources in Italy claim the midfielder has already agreed terms.", [A]);
t!(ins_italian_journalists, "Italian journalists say the striker has already said goodbye to his teammates.", [A]);
t!(ins_spanish_outlets, "Spanish outlets report that the deal is close.", [A]);
t!(ins_one_agent_described, "One agent described the fee as ridiculous.", [A]);
t!(ins_source_at_broadcaster, "A source at the broadcaster said the show had been axed.", [A]);
t!(ins_person_with_knowledge_bid, "A person with knowledge of the bid said the offer valued the company at £2bn.", [A]);
t!(ins_one_fund_manager, "One fund manager called the results a disaster.", [A]);
t!(ins_source_close_to_talks, "A source close to the talks said a deal was within reach.", [A]);
t!(ins_royal_aide, "One royal aide said the King had read the letter twice.", [A]);

// Traps: bodies speaking officially, named insiders, insiders of other kinds.
t!(trap_ins_palace_said, "The palace said the King was in good spirits.", [N]);
t!(trap_ins_buckingham_said, "Buckingham Palace said the Duke would not attend.", [N]);
t!(trap_ins_fa_said_investigate, "The Football Association said it would investigate.", [N]);
t!(trap_ins_club_statement, "The club said in a statement that the manager had left by mutual consent.", [N]);
t!(trap_ins_united_confirmed, "Manchester United confirmed the signing on Friday.", [N]);
t!(#[ignore = "needs engine: a definite description in no head list (\"the club's manager\") gets no speaker (round 4, 1)"] trap_ins_manager_told_reporters, "The club's manager told reporters the striker would be fit.", [N]);
t!(trap_ins_police_said, "Police said the man had been arrested at an address in Leeds.", [N]);
t!(trap_ins_insider_trading, "Insider trading charges against the banker were dropped.", []);
t!(trap_ins_source_of_friction, "A source of friction between the pair was money.", []);
t!(trap_ins_sources_of_energy, "Renewable sources of energy now supply half of the grid.", []);
t!(trap_ins_representative_confirmed, "A representative for the actor confirmed the split.", [N]);
t!(trap_ins_judge_said, "The judge said the defendant had shown no remorse.", [N]);
t!(trap_ins_prosecutors_said, "Prosecutors said the fraud ran to £3m.", [N]);
t!(trap_ins_court_heard, "The court heard the victim had been stabbed 14 times.", [N]);
t!(trap_ins_defendant_told_jury, "The defendant told the jury he had acted in self-defence.", [N]);
t!(trap_ins_foreign_ministry, "The foreign ministry said the ambassador had been summoned.", [N]);
t!(trap_ins_nato_statement, "NATO said in a statement that it had no plans to deploy troops.", [N]);
t!(trap_ins_nhs_england, "NHS England said waiting lists had fallen for a third month.", [N]);
t!(trap_ins_company_said, "The company said profits had doubled.", [N]);
t!(trap_ins_athletic_reported, "The Athletic reported that the club had rejected a bid.", [N]);
t!(trap_ins_council_said, "The council said the road would reopen on Monday.", [N]);
t!(trap_ins_apple_statement, "Apple said in a statement that no customer data had been exposed.", [N]);
t!(trap_ins_duchess_well_wishers, "The Duchess told well-wishers she was feeling much better.", [N]);
t!(trap_ins_friend_of_named, "Her friend, the actress Emma Stone, said she was thrilled.", [N]);
t!(trap_ins_open_source_devs, "The tool was built by open-source developers.", []);

// ---------------------------------------------------------------------------
// Headline-style fragments.
t!(hl_as_insiders_warn, "Hospital waiting lists grow as insiders warn of cuts", [A]);
t!(hl_as_sources_reveal, "Club in turmoil as sources reveal dressing-room rift", [A]);
t!(hl_sources_say, "Striker set for exit, sources say", [A]);
t!(hl_insiders_claim, "Royal rift deepens, insiders claim", [A]);
t!(hl_as_analysts_fear, "Shares slide as analysts fear profit warning", [A]);
t!(hl_pals_reveal, "Star quits show, pals reveal", [A]);
t!(hl_say_sources_inverted, "Minister to resign, say sources", [A]);
t!(hl_experts_warn, "Energy bills to soar this winter, experts warn", [A]);
t!(hl_as_critics_round, "Chancellor under fire as critics round on budget", [A]);
t!(hl_residents_say, "Village cut off for a week, residents say", [A]);
t!(#[ignore = "needs engine: a headline-final \"<group> told\" is a passive (the group is told), not a speaker"] trap_hl_staff_told, "Bank to axe 500 jobs, staff told", []);
t!(#[ignore = "needs engine: a headline-final \"<group> told\" is a passive (the group is told), not a speaker"] trap_hl_residents_told, "Council tax to rise by 5%, residents told", []);
t!(trap_hl_ons_says, "Inflation falls to 3%, ONS says", [N]);
t!(trap_hl_police_say, "Two arrested after brawl, police say", [N]);
t!(trap_hl_fans_flock, "Fans flock to seaside as temperatures soar", []);

// ---------------------------------------------------------------------------
// Unnamed studies, surveys, polls and reports.
t!(doc_new_survey_found, "A new survey found that one in three renters skip meals to pay the rent.", [A]);
t!(doc_research_suggests, "Research suggests that loneliness is as harmful as smoking.", [A]);
t!(doc_recent_poll_suggested, "A recent poll suggested that most voters back the plan.", [A]);
t!(#[ignore = "needs engine: a time phrase after a document (\"this week\") is read as its owner, so the unnamed study is named"] doc_study_published_this_week, "A study published this week found that night shifts raise the risk of diabetes.", [A]);
t!(doc_one_study_found, "One study found that children who eat breakfast do better in exams.", [A]);
t!(doc_leaked_report_claims, "A leaked report claims the hospital ignored repeated warnings.", [A]);
t!(doc_recent_research_linked, "Recent research has linked ultra-processed food to depression.", [A]);
t!(doc_new_research_shows, "New research shows that the ice is melting faster than expected.", [A]);
t!(doc_surveys_consistently_show, "Surveys consistently show that trust in politicians is at a record low.", [A]);
t!(doc_poll_of_adults, "A poll of 2,000 adults found that half had cut back on heating.", [A]);
t!(doc_some_studies_suggested, "Some studies have suggested a link between screen time and poor sleep.", [A]);
t!(doc_according_recent_study, "According to a recent study, dogs can smell some cancers.", [A]);
t!(doc_according_one_survey, "According to one survey, a third of workers feel burnt out.", [A]);
t!(#[ignore = "needs engine: a time phrase after a document (\"this week\") is read as its owner, so the unnamed report is named"] doc_report_out_this_week, "A report out this week warns that the town centre is dying.", [A]);
t!(doc_internal_review_seen, "An internal review seen by the Guardian found that staff had been overruled.", [A]);
t!(doc_a_survey_of_members, "A survey of members found overwhelming support for strike action.", [A]);
t!(doc_studies_have_long_shown, "Studies have long shown that smoking in pregnancy harms the baby.", [A]);
t!(doc_a_growing_body_of_research, "A growing body of research suggests that the drug is safe in pregnancy.", [A]);
t!(doc_one_estimate_puts, "One estimate puts the cost of the damage at £1bn.", [A]);
t!(doc_a_new_analysis_found, "A new analysis of hospital data found that deaths rose during the strike.", [A]);

// Traps: named documents and documents that do not speak.
t!(trap_doc_yougov_poll, "A YouGov poll for the Times found that Labour's lead had narrowed.", [N]);
t!(trap_doc_study_in_lancet, "The study, published in the Lancet, found that the drug halved the risk of stroke.", [N]);
t!(trap_doc_report_by_imf, "A report by the IMF warned that global growth would slow.", [N]);
t!(trap_doc_according_brc, "According to a survey by the British Retail Consortium, footfall fell by 3%.", [N]);
t!(trap_doc_ipsos_poll, "An Ipsos poll conducted last week showed support for the government falling.", [N]);
t!(trap_doc_research_by_oxford, "Research by the University of Oxford found that the vaccine was 90% effective.", [N]);
t!(trap_doc_the_report_found, "The report found that the hospital had failed dozens of patients.", [N]);
t!(trap_doc_survey_of_coastline, "The survey of the coastline will take three months.", []);
t!(trap_doc_study_room, "A new study room was opened at the library.", []);
t!(trap_doc_research_funding, "Research funding was cut by a third.", []);
t!(trap_doc_writing_report, "She is writing a report on the floods.", []);
t!(trap_doc_poll_next_month, "A poll will be held next month to choose a new leader.", []);
t!(trap_doc_polls_open, "Polls open at 7am and close at 10pm.", []);
t!(trap_doc_survey_ship, "The survey ship left port on Tuesday.", []);
t!(trap_doc_study_languages, "The study of ancient languages is in decline.", []);
t!(trap_doc_company_reported_profits, "The company reported record profits for the year.", [N]);
t!(trap_doc_ons_figures, "Figures from the Office for National Statistics show that inflation has fallen.", [N]);

// ---------------------------------------------------------------------------
// Guards for the round-8 data: the new heads (man, woman, driver, players,
// editor, author, users, palace) and verbs (condemn, brand, hail, expected,
// felt, doubt, panned, quick to, cast doubt, hit out, wrote) where nothing is
// reported.
t!(grd_man_found_dead, "A man was found dead in his flat on Sunday.", []);
t!(grd_driver_arrested, "The driver of the lorry was arrested at the scene.", []);
t!(grd_woman_charged, "A woman has been charged with murder.", []);
t!(grd_players_trained, "Players trained in the rain on Friday.", []);
t!(grd_editor_sacked, "The editor of the magazine was sacked last year.", []);
t!(grd_author_signed, "The author signed copies of her book at the festival.", []);
t!(grd_users_locked_out, "Users were locked out of their accounts for hours.", []);
t!(grd_palace_lit_up, "The palace was lit up in blue for the anniversary.", []);
t!(grd_storm_hit_coast, "The storm hit the coast overnight.", []);
t!(grd_match_expected_sell_out, "The match is expected to sell out.", []);
t!(grd_expected_rise, "The expected rise in prices has not happened.", []);
t!(grd_residents_felt_tremor, "Residents felt the tremor at three in the morning.", []);
t!(grd_firefighters_found_body, "Firefighters found the body of a man in the kitchen.", []);
t!(grd_players_injured_released, "Players who were injured in the crash have been released from hospital.", []);
t!(grd_woman_reported_missing_found, "A woman who was reported missing has been found.", []);
t!(grd_doubts_remain, "Doubts remain about the plan.", []);
t!(grd_traffic_lined_up, "Lorries lined up for miles outside the port.", []);
t!(grd_she_wrote_the_book, "She wrote the book in a cottage in Cornwall.", []);
t!(grd_man_convicted_of, "A man convicted of fraud has been banned from running a company.", []);
t!(grd_drivers_quick_to_leave, "Drivers were quick to leave the car park after the match.", []);
t!(grd_company_offered_refunds, "The airline offered refunds to all passengers.", []);
t!(grd_concert_hailed_taxi, "Fans hailed taxis outside the arena after the concert.", []);
// The same words where someone does speak.
t!(grd_police_condemned, "Police condemned the attack as cowardly.", [N]);
t!(grd_adele_wrote_on_instagram, "Adele wrote on Instagram that she was taking a break.", [N]);
t!(grd_she_wrote_in_memoir, "In her memoir, the actress Joan Collins wrote that the marriage had been unhappy.", [N]);
t!(grd_investigators_found_that, "Investigators found that the pilot had been awake for 20 hours.", [A]);
t!(grd_analysts_expected_bank, "Analysts expected the bank to hold rates.", [A]);
t!(#[ignore = "needs engine: a reporting verb after a passive auxiliary is refused before its `by` agent is looked at"] grd_film_panned_by_critics, "The film was panned by critics.", [A]);
t!(grd_man_accused_told_jury, "A man accused of murder told the jury he had acted in self-defence.", [A]);
t!(grd_palace_spokesman, "A palace spokesman said the Princess was recovering well.", [N]);
