//! Red team for the English engine, round 5: sentences written for this file
//! (none from a corpus), aimed at `anonymous_source` as real published news
//! uses it: Washington, Westminster and Brussels politics, national security
//! and war, business and markets, sport, crime and courts, and long sentences
//! where the unnamed attribution sits mid-sentence, after a quote, in an
//! apposition or a participle clause, or in a second clause; with the traps
//! that must stay named (official bodies and their spokespeople: "the
//! Pentagon said", "Downing Street said", "the Kremlin") or unlabelled
//! ("sources of revenue", "open-source intelligence", unnamed people who are
//! not sources: "a man was arrested"), and a few contexts.
//! Gold labels follow /work/shared/LABELS.md; a `//` line gives the reason
//! where the case is borderline.
//!
//! `t!(name, sentence, [labels])` asserts the exact own labels of a
//! one-sentence text; `m!` the own labels of the last sentence of a short
//! text, `mc!` its context labels.

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
// Washington politics.
// The president's words reach the reader only through the two unnamed people: the sentence's source is anonymous, not the president on the record.
t!(
    pol_briefed_on_call, "The president privately told donors he was frustrated with the pace of the talks, according to two people briefed on the call.", [A]);
t!(pol_one_senior_republican, "One senior Republican said the leadership did not have the votes to pass the bill.", [A]);
t!(pol_aides_say_privately, "Aides say privately that the senator has all but decided to run.", [A]);
t!(pol_direct_knowledge_negotiations, "A person with direct knowledge of the negotiations said the White House had offered to drop the work requirements.", [A]);
t!(pol_congressional_aides, "Two congressional aides said the vote had been pushed back to Thursday.", [A]);
t!(pol_wh_official_requested_anonymity, "A White House official, who requested anonymity to describe private conversations, said the president was 'livid'.", [A]);
t!(pol_dem_senators_familiar_conversations, "Several Democratic senators privately expressed doubts about the nominee, according to people familiar with the conversations.", [A]);
t!(pol_senior_admin_official_call, "A senior administration official told reporters on a call that the sanctions would target the country's oil exports.", [A]);
t!(pol_person_who_has_seen_it, "The memo was drafted by lawyers in the counsel's office, according to a person who has seen it.", [A]);
t!(pol_house_republicans_familiar, "House Republicans familiar with the speaker's strategy say he intends to hold the vote next week.", [A]);
t!(pol_campaign_official, "A campaign official said the governor had raised $12 million in the first quarter.", [A]);
t!(pol_strategist_close_campaign, "One Democratic strategist close to the campaign said the candidate's team was 'in full panic mode'.", [A]);
t!(pol_leadership_aides, "Republican leadership aides said the bill would not reach the floor before the August recess.", [A]);
t!(pol_former_official_in_touch, "A former senior administration official who remains in touch with the president said he was weighing a pardon.", [A]);
t!(pol_justice_three_familiar_inquiry, "The Justice Department is examining the payments, according to three people familiar with the inquiry.", [A]);
t!(pol_senate_aide_familiar, "A Senate aide familiar with the talks said negotiators were still far apart on the price tag.", [A]);
t!(pol_two_in_the_room, "Two people who were in the room said the vice-president walked out before the end of the meeting.", [A]);
t!(pol_person_spoken_to_president, "A person who has spoken to the president in recent days said he was 'in a dark mood'.", [A]);
t!(pol_official_knowledge_matter, "One official with knowledge of the matter said the payment had been approved in March.", [A]);
t!(pol_current_former_describe, "Current and former officials describe a White House in chaos.", [A]);
t!(pol_congressional_source_familiar, "A congressional source familiar with the negotiations said a deal on the budget was within reach.", [A]);
t!(pol_official_at_dhs, "A senior official at the Department of Homeland Security said the policy would take effect immediately.", [A]);
t!(pol_familiar_wh_thinking, "A person familiar with the White House's thinking said the president would not sign the bill in its current form.", [A]);
t!(pol_washington_insiders, "Washington insiders say the senator's retirement is only a matter of time.", [A]);
t!(pol_some_republicans_questioned, "Some Republicans have privately questioned the wisdom of the strategy.", [A]);
t!(pol_one_person_at_meeting, "One person at the meeting said the atmosphere was 'tense but civil'.", [A]);
t!(pol_officials_who_have_seen_draft, "Officials who have seen the draft say it falls well short of what was promised.", [A]);
t!(pol_veteran_operative, "Not everyone is convinced, however: one veteran Democratic operative called the strategy 'a fantasy'.", [A]);
t!(pol_party_officials_say, "Party officials say turnout among young voters has been disappointing.", [A]);
t!(pol_wh_said_named, "The White House said the president would travel to Ohio on Friday.", [N]);
t!(pol_press_secretary_named, "White House press secretary Karine Jean-Pierre told reporters the president had full confidence in his team.", [N]);
t!(pol_wh_spokesperson_named, "A White House spokesperson said the administration would review the ruling.", [N]);
t!(pol_state_department_named, "The State Department said the ambassador had been summoned.", [N]);
// A refused report keeps its speaker's category (LABELS.md).
t!(pol_wh_no_response, "The White House did not respond to a request for comment.", [N]);

// ---------------------------------------------------------------------------
// Westminster.
t!(wm_allies_insist, "Allies of the prime minister insist he will fight on regardless of the by-election result.", [A]);
t!(wm_source_close_chancellor, "A source close to the chancellor said she had no plans to raise income tax.", [A]);
t!(wm_downing_street_sources_played_down, "Downing Street sources played down reports of a rift between the two men.", [A]);
t!(wm_whitehall_source_savings, "A Whitehall source said the department had been told to find £2bn of savings.", [A]);
t!(wm_labour_backbencher_whips, "A Labour backbencher who voted against the government said the whips had threatened to withdraw funding.", [A]);
t!(wm_senior_labour_figures_warned, "Senior Labour figures have privately warned the leader that the policy is unpopular on the doorstep.", [A]);
t!(wm_cabinet_source, "A cabinet source said the row had been 'blown out of all proportion'.", [A]);
t!(wm_treasury_source, "A Treasury source said the fiscal rules would not be changed.", [A]);
t!(wm_guardian_understands, "Ministers have been told privately that the scheme will be scrapped, the Guardian understands.", [A]);
t!(wm_senior_government_source_bbc, "A senior government source told the BBC that the announcement would come 'within weeks'.", [A]);
t!(wm_friends_of_former_pm, "Friends of the former prime minister say he is considering a return to frontline politics.", [A]);
t!(wm_no10_insider, "A No 10 insider said the prime minister had 'lost patience' with the rebels.", [A]);
t!(wm_government_whips_believe, "Government whips believe the rebellion has been contained.", [A]);
t!(wm_senior_minister_speaking_privately, "A senior minister, speaking privately, said the government had 'run out of road'.", [A]);
t!(wm_senior_conservative_source, "A senior Conservative source described the leadership contest as 'a circular firing squad'.", [A]);
t!(wm_adviser_to_pm, "An adviser to the prime minister said the reshuffle would take place before the summer recess.", [A]);
t!(wm_westminster_sources, "Westminster sources say the prime minister is preparing for an early election.", [A]);
t!(wm_civil_servants_say, "Health Secretary Wes Streeting insisted the project was on track, but civil servants working on it say the budget has already doubled.", [A, N]);
t!(wm_royal_household_member, "A senior member of the royal household said the King had been 'deeply saddened' by the news.", [A]);
t!(wm_downing_street_said_named, "Downing Street said the prime minister had spoken to the Irish taoiseach on Tuesday evening.", [N]);
t!(wm_downing_street_spokesman_named, "A Downing Street spokesman said the government would not be commenting on leaks.", [N]);
t!(wm_home_office_spokesperson_named, "A spokesperson for the Home Office said the figures were being reviewed.", [N]);
t!(wm_number_10_named, "Number 10 said it did not recognise the claims.", [N]);
t!(wm_pm_official_spokesman_named, "The prime minister's official spokesman said the government had no plans to hold an inquiry.", [N]);

// ---------------------------------------------------------------------------
// Brussels.
t!(eu_diplomats_ambassadors, "EU diplomats said the package would be approved by ambassadors on Wednesday.", [A]);
t!(eu_three_diplomats_familiar, "Three EU diplomats familiar with the discussions said Hungary had dropped its veto.", [A]);
t!(eu_official_involved, "According to an EU official involved in the negotiations, the two sides have agreed on the text of the declaration.", [A]);
t!(eu_officials_in_brussels_fear, "Officials in Brussels fear that the deal will unravel if the election delivers a hung parliament.", [A]);
t!(eu_brussels_insider_described, "One Brussels insider described the atmosphere at the summit as 'poisonous'.", [A]);
t!(eu_diplomats_in_brussels, "Diplomats in Brussels say the French have quietly dropped their objections.", [A]);
// A reaction or feeling with its object is no source (guide, "Hard cases": "lawmakers voiced anger"; corpus: "other supporters openly criticised this" unlabelled).
t!(eu_senior_european_officials, "Senior European officials have privately expressed alarm at the pace of the American withdrawal.", []);
t!(eu_ambassador_member_state, "An ambassador from a northern member state said the proposal was 'dead on arrival'.", [A]);
t!(eu_eurozone_officials, "Eurozone officials said Greece had met the conditions for the next loan tranche.", [A]);
t!(eu_according_to_diplomats_mid, "The French, according to diplomats, are blocking the deal.", [A]);
t!(eu_commission_named, "The European Commission said the proposal would be published in the spring.", [N]);
t!(eu_commission_spokesperson_named, "A Commission spokesperson said it was too early to speculate.", [N]);
t!(eu_spokeswoman_commission_named, "A spokeswoman for the European Commission said the investigation was continuing.", [N]);
t!(eu_eu_said_named, "The EU said it would respond 'firmly and proportionately' to the tariffs.", [N]);

// ---------------------------------------------------------------------------
// National security and war.
t!(sec_us_officials_say, "U.S. officials say the strikes destroyed several launch sites.", [A]);
t!(sec_western_intelligence_official, "A Western intelligence official said Russia had moved additional air-defence systems to Crimea.", [A]);
t!(sec_ukrainian_military_sources, "Ukrainian military sources said the counteroffensive had reached the outskirts of the town.", [A]);
t!(sec_hamas_official_anonymity, "A Hamas official who spoke on condition of anonymity said the group was studying the proposal.", [A]);
t!(sec_israeli_officials_anonymity, "Israeli officials, speaking on condition of anonymity, said the army had completed its operations in the area.", [A]);
t!(sec_defense_official_red_sea, "A U.S. defense official said the destroyer had shot down three drones over the Red Sea.", [A]);
t!(sec_israeli_security_official_channel12, "A senior Israeli security official told Channel 12 that the operation would continue for weeks.", [A]);
t!(sec_according_nato_official, "According to a NATO official, the alliance has detected a surge in Russian submarine activity.", [A]);
t!(sec_source_general_staff, "A source in the Ukrainian General Staff said the brigade had suffered heavy losses.", [A]);
t!(sec_intel_briefed_findings, "Intelligence officials have concluded that the hackers were working for the Chinese government, according to two people briefed on the findings.", [A]);
t!(sec_hezbollah_source, "A Hezbollah source said the commander had been killed in the strike.", [A]);
t!(sec_egyptian_security_sources, "Two Egyptian security sources said the talks in Cairo had stalled.", [A]);
t!(sec_ukrainian_officials_ft, "Ukrainian officials told the Financial Times that the shipments had been delayed for months.", [A]);
t!(sec_commander_name_withheld, "A senior Ukrainian commander, who asked that his name be withheld, said his unit was short of artillery shells.", [A]);
t!(sec_russian_military_bloggers, "Russian military bloggers reported that the bridge had been hit.", [A]);
t!(sec_diplomat_briefed_ceasefire, "A diplomat briefed on the ceasefire talks said Qatar had presented a new draft to both sides.", [A]);
t!(sec_iranian_official_close_team, "An Iranian official close to the negotiating team said Tehran would not accept the terms.", [A]);
t!(sec_officials_two_capitals, "Officials in Washington and Jerusalem said the hostages' release was imminent.", [A]);
t!(sec_iraqi_security_sources, "Iraqi security sources said the drones were launched from a militia base near the border.", [A]);
t!(sec_official_familiar_intelligence, "A U.S. official familiar with the intelligence said the missile was of Iranian design.", [A]);
t!(sec_according_two_american_officials, "According to two American officials, the president approved the strikes on Thursday evening.", [A]);
t!(sec_western_officials_estimate, "Western officials estimate that Russia has lost more than 300,000 troops killed or wounded.", [A]);
t!(sec_security_sources_baghdad, "Security sources in Baghdad said the convoy had been hit by a roadside bomb.", [A]);
t!(sec_palestinian_health_official, "A Palestinian health official said 14 people had been killed in the strike.", [A]);
t!(sec_un_source, "A UN source said aid deliveries had been halted because of the fighting.", [A]);
t!(sec_call_sign_grom, "A commander of a drone unit near Bakhmut, who gave only his call sign, Grom, said Russian assaults had intensified.", [A]);
t!(sec_taliban_official_declined, "A senior Taliban official, who declined to be named, said talks with the Americans would resume.", [A]);
t!(sec_officers_told_ministers, "Senior military officers have told ministers privately that the army is too small to fight a major war.", [A]);
t!(sec_official_at_mod, "An official at the Ministry of Defence said the jets had been scrambled.", [A]);
t!(sec_maritime_security_source, "The tanker was struck by a missile off the coast of Yemen, according to a maritime security source.", [A]);
t!(sec_un_official_in_gaza, "The ceasefire, which was brokered by Egypt and Qatar, has largely held, according to a United Nations official in Gaza.", [A]);
t!(sec_pentagon_named, "The Pentagon said two service members had been wounded in the attack.", [N]);
t!(sec_kremlin_named, "The Kremlin said the claims were 'absurd'.", [N]);
t!(sec_peskov_named, "Kremlin spokesman Dmitry Peskov told reporters that Moscow was open to talks.", [N]);
t!(sec_nato_statement_named, "NATO said in a statement that it was monitoring the situation closely.", [N]);
t!(sec_military_spokesman_named, "A military spokesman said the drone was intercepted over the sea.", [N]);
t!(sec_idf_named, "The Israel Defense Forces said it had struck dozens of targets overnight.", [N]);
t!(sec_idf_spokesperson_named, "A spokesperson for the Israel Defense Forces said the incident was under review.", [N]);
t!(sec_hamas_statement_named, "Hamas said in a statement that it had accepted the proposal.", [N]);
t!(sec_gaza_health_ministry_named, "Gaza's health ministry said 14 people had been killed in the strike.", [N]);
t!(sec_taliban_spokesman_named, "A spokesman for the Taliban, Zabihullah Mujahid, said the talks would resume.", [N]);
t!(sec_mod_spokesman_named, "A spokesman for the Ministry of Defence said the jets had been scrambled.", [N]);
t!(sec_mod_named, "The Ministry of Defence said the RAF jets had intercepted two Russian bombers.", [N]);
t!(sec_hur_named, "Kyiv's military intelligence agency, the HUR, said the drones had hit an oil refinery.", [N]);
t!(sec_kremlin_denied_named, "The Kremlin has denied any involvement in the poisoning.", [N]);
t!(sec_osint_trap, "The group relies on open-source intelligence to track troop movements.", []);
t!(sec_researchers_osint_trap, "Researchers used open-source intelligence to track the movements of the convoy.", []);

// ---------------------------------------------------------------------------
// Business and markets.
t!(biz_familiar_company_plans, "The company is exploring a sale of its European business, according to people familiar with the company's plans.", [A]);
t!(biz_person_close_to_deal, "A person close to the deal said the two sides had agreed a price of about £4bn.", [A]);
t!(biz_bankers_involved_sale, "Bankers involved in the sale said interest from private equity had been strong.", [A]);
t!(biz_people_asked_private, "The people asked not to be identified because the matter is private.", [A]);
t!(biz_bloomberg_citing, "Bloomberg reported, citing people familiar with the matter, that the firm was preparing to cut 10 percent of its staff.", [A, N]);
// "citing people familiar" (the wire's short form) is still unnamed people.
t!(biz_bloomberg_citing_short, "The carmaker is weighing a listing of its battery unit, Bloomberg News reported, citing people familiar.", [A, N]);
t!(biz_reuters_citing_three_sources, "Reuters reported that the bank had hired advisers to explore options, citing three sources.", [A, N]);
t!(biz_knowledge_discussions, "The fund has held early-stage talks with potential buyers, according to a person with knowledge of the discussions.", [A]);
t!(biz_executive_big_four, "A senior executive at one of the big four accounting firms said clients were delaying deals.", [A]);
t!(biz_one_of_the_people_declined, "The talks are at an advanced stage, said one of the people, who declined to be identified because the negotiations are confidential.", [A]);
t!(biz_investors_close_to, "Investors close to the company said the founder was reluctant to give up control.", [A]);
t!(biz_traders_said, "Traders said the sell-off was driven by fears about the health of regional banks.", [A]);
t!(biz_board_members_privately, "Two board members said privately that the chief executive had lost the support of the chair.", [A]);
t!(biz_source_familiar_process, "The bid is being led by a consortium of Gulf investors, according to a source familiar with the process.", [A]);
t!(biz_banker_works_on_deal, "A senior banker who works on the deal said the valuation had been 'wildly optimistic'.", [A]);
t!(biz_some_analysts_say, "Some analysts say the company's debt has become unsustainable.", [A]);
t!(biz_company_insider, "A company insider said the product launch had been delayed twice.", [A]);
t!(biz_familiar_company_thinking, "People familiar with the company's thinking say it has no plans to raise fresh equity.", [A]);
t!(biz_person_briefed_by_company, "According to a person who was briefed by the company, the breach affected millions of customers.", [A]);
t!(biz_ft_citing_knowledge, "The hedge fund has built a stake of about 5 percent, the Financial Times reported, citing people with knowledge of the matter.", [A, N]);
t!(biz_rival_executive_privately, "An executive at a rival firm, speaking privately, said the pricing was unsustainable.", [A]);
t!(biz_employees_familiar_project, "Employees familiar with the project said the launch had been pushed back to the autumn.", [A]);
t!(biz_fed_official_privately, "A Fed official, speaking privately, said a rate cut in June was not guaranteed.", [A]);
t!(biz_central_bank_officials_worried, "Officials at the central bank are increasingly worried that inflation will prove sticky.", [A]);
t!(biz_unnamed_sources_regulator, "The firm's shares fell 8 percent after the report, which cited unnamed sources at the regulator.", [A]);
t!(biz_shell_named, "Shell said in a statement that it would cut its capital spending by $2bn.", [N]);
t!(biz_company_spokesperson_named, "A spokesperson for the company said the job cuts would affect about 200 staff.", [N]);
t!(biz_regulator_named, "The regulator said it had opened an investigation into the bank's lending practices.", [N]);
t!(biz_fed_named, "The Federal Reserve said it would keep interest rates unchanged.", [N]);
t!(biz_spokesperson_apposition_named, "The company's spokesperson, Maria Lopez, said sales had risen by 4 percent.", [N]);
t!(biz_sources_of_revenue_trap, "Sources of revenue for the group include advertising, subscriptions and events.", []);
t!(biz_source_of_income_trap, "The chip designer's main source of income remains licensing fees.", []);

// ---------------------------------------------------------------------------
// Sport.
t!(sp_sources_old_trafford, "Sources at Old Trafford said the defender had asked to leave in January.", [A]);
t!(sp_players_camp_insist, "The player's camp insist he is happy in Madrid and has no desire to leave.", [A]);
t!(sp_those_close_to_manager, "Those close to the manager say he is ready to walk away if the club does not back him in the transfer market.", [A]);
t!(sp_people_at_club_attitude, "People at the club say the striker's attitude in training has been exemplary.", [A]);
t!(sp_source_close_player_espn, "A source close to the player told ESPN that he had been left 'devastated' by the decision.", [A]);
t!(sp_dressing_room_sources, "Dressing-room sources claim several senior players have lost faith in the coach's methods.", [A]);
t!(sp_figures_within_governing_body, "Figures within the governing body said the investigation would be concluded before the World Cup.", [A]);
t!(sp_agents_according_to_sources, "Agents representing the player have held talks with three Premier League clubs, according to sources.", [A]);
t!(sp_source_at_fa, "A source at the Football Association said the charge would be announced within days.", [A]);
t!(sp_knowledge_of_bid, "According to a source with knowledge of the bid, the Qatari group has secured financing.", [A]);
t!(sp_rival_managers, "Rival managers say the ruling has given the champions an unfair advantage.", [A]);
t!(sp_pl_executive, "One Premier League executive said the spending cap would 'kill competition'.", [A]);
t!(sp_teammates_say, "Teammates say the goalkeeper has been struggling with the pressure for months.", [A]);
t!(sp_agent_who_has_worked, "An agent who has worked with the player described him as 'the most professional footballer I have ever represented'.", [A]);
t!(sp_those_in_entourage, "Those in the player's entourage believe a move to Saudi Arabia is off the table.", [A]);
t!(sp_source_medical_records, "A source familiar with the player's medical records said the injury was worse than first feared.", [A]);
t!(sp_club_officials_confident, "Having spoken to the player's representatives, club officials are confident a new contract will be signed before the summer.", [A]);
t!(sp_club_statement_named, "The club said in a statement that the midfielder had suffered a hamstring injury.", [N]);
t!(sp_arsenal_confirmed_named, "Arsenal confirmed the signing on Friday evening.", [N]);
t!(sp_city_named, "Manchester City said the club would 'robustly defend' itself against the charges.", [N]);
t!(sp_understood_confronted, "One senior player is understood to have confronted the manager after the defeat.", [U]);

// ---------------------------------------------------------------------------
// Crime and courts.
t!(cr_law_enforcement_nbc, "The suspect had purchased the weapon two weeks before the attack, a law enforcement source told NBC News.", [A]);
t!(cr_investigators_now_believe, "Investigators now believe the victim was lured to the flat by someone she knew.", [A]);
t!(cr_police_source_standard, "A police source told the Evening Standard that officers had been called to the address twice before.", [A]);
t!(cr_federal_prosecutors_familiar, "Federal prosecutors are examining whether the company misled investors, according to two people familiar with the inquiry.", [A]);
t!(cr_senior_police_source_end, "Detectives investigating the murder have been told that the victim owed money to a local gang, a senior police source said.", [A]);
t!(cr_court_official, "A court official said the hearing had been adjourned until next month.", [A]);
t!(cr_grand_jury_familiar, "A person familiar with the grand jury proceedings said several witnesses had appeared.", [A]);
t!(cr_sources_within_met, "Sources within the Metropolitan Police said the officer had been suspended.", [A]);
t!(cr_prison_officer_not_wish, "A prison officer, who did not wish to be named, said drugs were being smuggled in by drones.", [A]);
t!(
    cr_former_detective, "A former detective who worked on the original investigation said crucial evidence had been ignored.", [A]);
t!(cr_police_sources_believe, "Police sources believe the attack was carried out by a rival gang.", [A]);
t!(cr_fbi_official, "An FBI official said the agency had received a tip about the suspect last year.", [A]);
t!(cr_source_involved_investigation, "A source involved in the investigation said the victim's phone had been found in a canal.", [A]);
t!(cr_pilot_familiar_investigation, "Investigators are examining whether the pilot deliberately crashed the plane, two people familiar with the investigation said.", [A]);
t!(cr_relative_asked_not_named, "A relative of the victim, who asked not to be named, said the family had warned police about the man.", [A]);
t!(cr_source_close_defence_team, "A source close to the defence team said the singer would plead not guilty.", [A]);
t!(cr_man_arrested_trap, "A man was arrested on suspicion of murder.", []);
t!(cr_police_said_named, "Police said a 34-year-old man had been arrested on suspicion of murder.", [N]);
t!(cr_woman_hospital_trap, "A woman in her 50s was taken to hospital with serious injuries.", []);
t!(cr_court_heard_named, "The court heard that the defendant had sent threatening messages to the victim.", [N]);
t!(cr_prosecutors_named, "Prosecutors said the defendant had laundered more than $10 million.", [N]);
t!(cr_man_arrested_released_trap, "A man who was arrested at the scene has been released on bail.", []);
t!(cr_fbi_statement_named, "The FBI said in a statement that it was assisting local authorities.", [N]);
t!(cr_cps_named, "The Crown Prosecution Service said there was insufficient evidence to bring charges.", [N]);
t!(cr_met_named, "The Metropolitan Police said a 19-year-old man had been charged with attempted murder.", [N]);
t!(cr_car_crowd_trap, "A man was arrested after a car was driven into a crowd of shoppers.", []);
t!(cr_woman_killed_trap, "A woman was killed and two men were injured in the shooting.", []);
t!(cr_investigators_arrived_trap, "Investigators arrived at the scene shortly after midnight.", []);
t!(cr_officials_sacked_trap, "Two officials were sacked over the scandal.", []);

// ---------------------------------------------------------------------------
// Long sentences: the attribution mid-sentence, after a quote, in an apposition, a participle clause or a second clause.
t!(
    lg_pm_according_people_present, "The prime minister, according to two people present at the meeting, told his ministers that he would not tolerate further leaks.", [A]);
t!(lg_quote_one_person_involved, "'We are nowhere near a deal,' said one person involved in the talks, adding that the gap on price remained wide.", [A]);
t!(lg_bank_familiar_though, "The bank, which has been hit by a series of scandals, is considering a break-up, people familiar with the matter said, though no decision has been taken.", [A]);
t!(lg_company_people_close_board, "The company, people close to the board say, has been losing money on every car it sells.", [A]);
t!(lg_speaking_anonymity_opening, "Speaking on condition of anonymity because they were not authorised to brief the media, two officials said the ship had been carrying weapons.", [A]);
t!(lg_second_clause_officials_privately, "The general was dismissed last week, and officials privately say he had clashed repeatedly with the defence minister.", [A]);
t!(lg_briefed_participle, "Briefed on the plan by officials last month, one senior diplomat described it as 'naive'.", [A]);
t!(lg_asked_pentagon_not_authorized, "Asked about the report, a senior Pentagon official who was not authorized to speak publicly said the review was ongoing.", [A]);
t!(lg_quote_former_minister_times, "'He has completely lost control of the party,' one former minister told the Times.", [A]);
t!(lg_quote_western_diplomat, "'There is no appetite for another war,' a senior Western diplomat said.", [A]);
t!(lg_treasury_source_confirmed, "The chancellor will announce the cuts next week, a Treasury source confirmed on Sunday evening.", [A]);
t!(lg_spokesman_denied_but_officials, "A spokesman for the ministry denied the report, but two officials in the ministry said the plan had been discussed at cabinet level.", [A, N]);
t!(lg_citing_intel_official_post, "Citing a senior intelligence official, the Washington Post said the attack had been planned for months.", [A, N]);
t!(lg_officials_condition_not_named, "Officials involved in the planning, who described the internal discussions on the condition that they not be named, said the president had rejected the first draft.", [A]);
t!(lg_sunday_times_cited_military_sources, "A report in the Sunday Times, which cited senior military sources, said the army would be cut to 70,000 troops.", [A, N]);
t!(lg_deal_dead_whatsapp, "The deal is dead, one of the negotiators wrote in a message to colleagues seen by Reuters.", [A]);
t!(lg_bbc_has_learned, "The BBC has learned that the inquiry will criticise three former ministers.", [A]);
t!(lg_apposition_source_quote, "The decision, one source close to the talks said, was taken 'at the very top'.", [A]);
// A refused report keeps its speaker's category (LABELS.md): Ukraine is named.
t!(lg_ukraine_second_clause, "Ukraine has not commented on the strike, but a source in its security service said the operation had been months in the planning.", [A, N]);
t!(lg_after_quote_aide_added, "'This is not over,' a senior aide to the governor said on Tuesday, adding that an appeal was being prepared.", [A]);
t!(lg_people_explained_why, "The merger was called off because of regulatory concerns, said three people with knowledge of the decision.", [A]);
t!(lg_the_people_said_end, "Both companies declined to comment, and the terms of the deal could still change, the people said.", [A]);

// ---------------------------------------------------------------------------
// Traps that stay unlabelled.
t!(tr_sources_of_tension, "The main sources of tension between the allies are trade and defence spending.", []);
t!(tr_officials_will_meet, "Officials will meet in Geneva next week to discuss the proposal.", []);
t!(tr_leak_traced_source, "Engineers traced the leak back to its source within hours.", []);
t!(tr_funding_sources, "The main sources of funding for the charity are private donations and legacies.", []);
t!(tr_soldiers_killed, "Three soldiers were killed when their vehicle hit a mine.", []);
t!(tr_diplomat_expelled, "A Russian diplomat was expelled from Britain on Tuesday.", []);
t!(tr_aides_fired, "Two aides were fired after the scandal broke.", []);
t!(tr_investors_piled_in, "Investors piled into gold as the dollar weakened.", []);

// ---------------------------------------------------------------------------
// Context: the unnamed source carries to the next sentence.
mc!(ctx_after_briefed_on_them, ["The talks broke down over the weekend, according to two people briefed on them.", "Negotiators from both sides left Doha on Sunday without agreeing to meet again."], [A]);
m!(ctx_the_aide_said, ["A senior Republican aide said the speaker was furious.", "He had not been told about the deal in advance, the aide said."], [A]);
m!(ctx_the_source_added, ["A source close to the chancellor said the plan was dead.", "The source added that the Treasury would publish new forecasts in March."], [A]);
mc!(ctx_after_sources_told_sky, ["The striker has agreed personal terms with the Saudi club, sources told Sky News.", "The fee is around 40 million euros."], [A]);
m!(ctx_named_then_official, ["The Pentagon said the strike had hit a weapons depot.", "A U.S. official said the depot had been used to store drones."], [A]);


// ---------------------------------------------------------------------------
// Harder forms: "as one official put it", "in the words of", the attribution as an
// incise or in a second clause, possessive and prepositional unnamed groups.
t!(h_as_one_official_put_it, "As one official put it, the government is 'flying blind'.", [A]);
t!(h_in_the_words_of_diplomat, "In the words of one European diplomat, the summit was 'a polite disaster'.", [A]);
t!(h_one_official_quipped, "One official quipped that the new rules were written by people who had never run a business.", [A]);
t!(h_senior_figure_in_party, "A senior figure in the party said the leader had 'weeks, not months'.", [A]);
t!(h_well_connected_lobbyist, "A well-connected lobbyist said the amendment had been drafted by industry lawyers.", [A]);
t!(h_sidelines_diplomat, "Speaking to reporters on the sidelines of the summit, a European diplomat said the text was 'nowhere near finished'.", [A]);
t!(h_people_who_worked_with_him, "People who have worked with him describe a manager who rarely delegates.", [A]);
t!(h_two_of_the_people, "Two of the people said the board had discussed replacing the chief executive.", [A]);
t!(h_second_source_confirmed, "A second source confirmed that the player had failed his medical.", [A]);
t!(h_ties_to_family, "Several people with ties to the family said the will had been changed shortly before his death.", [A]);
t!(h_person_in_the_room, "A person in the room said the chancellor raised her voice at the governor.", [A]);
t!(h_insiders_at_bbc, "Insiders at the BBC say the director general has lost the confidence of the board.", [A]);
t!(h_those_around_pm, "Those around the prime minister insist he is relaxed about the polls.", [A]);
t!(h_his_aides_told_colleagues, "His aides have told colleagues that the speech will be his last as leader.", [A]);
t!(h_intel_assessment_seen_by, "An intelligence assessment seen by the Guardian concludes that the regime can survive another two years.", [A]);
t!(h_hamas_official_told_afp, "A senior Hamas official told AFP that the group had received the proposal through Egyptian mediators.", [A]);
t!(h_official_not_authorised_apposition, "The official, who was not authorised to discuss the matter publicly, said the review would be finished by March.", [A]);
// The paper is the recipient of the account, not its source.
t!(h_told_by_a_source, "The Observer was told by a source at the ministry that the contract had been awarded without a tender.", [A]);
t!(h_according_to_accounts, "According to accounts from several people who were there, the minister left the dinner early.", [A]);
t!(h_people_with_ties_to_regime, "People with close ties to the regime say the president is gravely ill.", [A]);
t!(h_according_to_an_aide, "The senator has not decided whether to run again, according to an aide.", [A]);
t!(h_aide_to_senator, "An aide to the senator, who was not authorized to speak on the record, said she had not decided.", [A]);
t!(h_source_told_reporter, "A source told this reporter that the deal would be signed within days.", [A]);
t!(h_one_mp_said_privately, "Privately, one Conservative MP said the prime minister was 'toast'.", [A]);
t!(h_sources_say_prefix, "Sources say the club will sack the manager if they lose on Saturday.", [A]);
t!(h_government_sources_suggested, "Government sources suggested the chancellor could still change course.", [A]);
t!(h_kremlin_insiders, "Kremlin insiders say Putin has grown increasingly isolated.", [A]);
t!(h_one_western_official_put, "One Western official put the number of Russian casualties at more than 1,000 a day.", [A]);
t!(h_mid_sentence_officials_said, "The missile, officials said, was fired from a launcher about 40 miles away.", [A]);
t!(h_compound_sources_told, "The manager met the owners on Monday and, sources told the BBC, asked for more money to spend in January.", [A]);
t!(h_a_source_familiar_alone, "'It's over,' said a source familiar.", [A]);
t!(h_dm_source_end_colon, "One senior Labour source put it bluntly: 'The leader has lost the room.'", [A]);
t!(h_one_diplomat_likened, "One diplomat likened the negotiations to 'herding cats'.", [A]);
t!(h_people_privy, "People privy to the talks said the two sides were close to agreement.", [A]);
t!(h_those_with_knowledge, "Those with knowledge of the plan say it was drawn up by a small group of advisers.", [A]);
t!(h_staffers_told_politico, "Two former staffers told Politico that the office had been 'toxic'.", [A]);
t!(h_military_officials_acknowledged, "Israeli military officials acknowledged that the strike had hit a school.", [A]);
t!(h_us_intelligence_assessed, "U.S. intelligence agencies have assessed that the strike was carried out by Russian forces, according to officials.", [A]);

// ---------------------------------------------------------------------------
// More traps: "source" in other senses, officials who do not speak, named bodies.
t!(ht_source_of_leak, "The source of the leak has never been identified.", []);
t!(ht_source_of_pride, "The new stadium is a source of pride for the city.", []);
t!(ht_senior_official_sacked, "A senior official was sacked after the report was published.", []);
t!(ht_officials_working, "Officials have been working around the clock to restore power.", []);
t!(ht_officials_met, "Senior officials from both countries met in Vienna on Tuesday.", []);
t!(ht_official_visit, "The king is on an official visit to Canada.", []);
t!(ht_official_death_toll, "The official death toll stands at 112.", []);
// An action of the police, not an account attributed to them.
t!(ht_person_of_interest, "Police have identified a person of interest in the case.", []);
t!(ht_nato_chief_named, "NATO Secretary General Mark Rutte said allies must spend more on defence.", [N]);
t!(ht_press_office_named, "The Home Office press office said the figures would be published on Thursday.", [N]);
t!(ht_un_agency_named, "The UN refugee agency said more than 200,000 people had fled the fighting.", [N]);
t!(ht_kremlin_readout_named, "According to the Kremlin, the two leaders spoke for more than an hour.", [N]);
t!(ht_number_10_spokesman_named, "A No 10 spokesman said the prime minister 'utterly condemns' the attack.", [N]);
t!(ht_club_spokesperson_named, "A club spokesperson said the player would be given time off for personal reasons.", [N]);
t!(ht_bloomberg_named, "Bloomberg News reported the deal on Tuesday.", [N]);
t!(ht_reuters_first_reported, "The layoffs were first reported by Reuters.", [N]);

// ---------------------------------------------------------------------------
// Third batch: more wire and tabloid forms, and contexts.
t!(w_sources_tell_sky, "Sources tell Sky News the talks went on late into the night.", [A]);
t!(w_one_close_ally, "One close ally of the chancellor said she was 'furious' about the briefing.", [A]);
t!(w_member_negotiating_team, "A member of the Ukrainian negotiating team said the draft was 'unacceptable'.", [A]);
t!(w_senior_figure_familiar, "A senior figure familiar with the club's finances said the wage bill was unsustainable.", [A]);
t!(w_one_person_said_end, "The chief executive has been told to step aside, one person said.", [A]);
t!(w_two_officials_with_knowledge, "Two officials with knowledge of the operation said the special forces unit had been in the country for weeks.", [A]);
t!(w_a_british_official, "A British official said London had been informed in advance of the strike.", [A]);
t!(w_members_of_staff, "Members of staff told the inquiry's researchers that complaints had been ignored.", [A]);
t!(w_pals_told_sun, "Pals of the star told The Sun she had been 'heartbroken' by the split.", [A]);
t!(w_a_palace_aide, "A palace aide said the Prince had been 'blindsided' by the interview.", [A]);
t!(w_insiders_claim, "Insiders claim the broadcaster spent £2m on the failed launch.", [A]);
t!(w_sources_suggest_paren, "The deal, sources suggest, is worth about £40m.", [A]);
t!(w_according_to_insiders, "According to insiders, the show has been cancelled after one series.", [A]);
t!(w_officials_cautioned, "Officials cautioned that the casualty figures were preliminary.", [A]);
t!(w_who_briefed_reporters, "A senior State Department official who briefed reporters on condition of anonymity said the talks had been 'constructive'.", [A]);
t!(w_tn_hamas_named_and_official, "Hamas said it had received the proposal, and a Hamas official said the group would respond within days.", [A, N]);
t!(w_trap_source_code, "The company published the source code of its chatbot on Tuesday.", []);
t!(w_trap_sources_say_goodbye, "The spokesman said the company would cut 300 jobs.", [N]);
t!(w_trap_officials_arrested, "Two officials were arrested on suspicion of taking bribes.", []);
t!(w_trap_police_officer_injured, "A police officer was injured during the protest.", []);
m!(ctx_own_the_official_added, ["A senior U.S. official said the ceasefire was holding.", "The official added that aid lorries had begun crossing the border."], [A]);
mc!(ctx_quote_after_source, ["A source close to the player said he was angry about his treatment.", "'He feels completely let down,' the source said."], []);
mc!(ctx_after_people_briefed_end, ["The board met on Sunday to discuss the offer, two people briefed on the meeting said.", "The directors agreed to open the company's books to the bidder."], [A]);
m!(ctx_named_then_source_own, ["Downing Street said the prime minister had full confidence in the chancellor.", "But one senior minister said her position was 'untenable'."], [A]);
