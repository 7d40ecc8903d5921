//! Red team for the English engine, round 3: sentences written for this file
//! (none from a corpus), aimed at the recall of `anonymous_source` in the
//! forms real news uses most — unnamed groups of people as the source with
//! varied verbs and tenses (residents, villagers, families, parents, farmers,
//! nationality and party plurals), subjects with complements ("Residents of
//! A, B and C say"), unnamed individuals in less common forms, unnamed
//! surveys and studies — plus traps that must not be anonymous (recipients,
//! objects, groups as actors, named bodies) and the unverified forms of news
//! prose. Gold labels follow /work/shared/LABELS.md; a `//` line gives the
//! reason where the case is borderline.
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
// Local news: residents, villagers, parents and other unnamed groups as the
// source, with varied verbs and tenses.
t!(loc_residents_say, "Residents say the bins have not been collected for three weeks.", [A]);
// A list of places names no one: the speakers are still unnamed residents.
t!(loc_residents_of_places_say, "Residents of Ha Tuke, Mechaling and Mokotane say the new road has cut them off from the clinic.", [A]);
t!(loc_residents_of_town_say, "Residents of Port Talbot say the steelworks closure has left the town in shock.", [A]);
t!(loc_villagers_deny, "Villagers deny that they were paid to leave their land.", [A]);
t!(loc_residents_worry, "Residents worry that the new incinerator will pollute the air.", [A]);
t!(loc_parents_at_school_complained, "Parents at the school complained that the fees had doubled without warning.", [A]);
t!(loc_shopkeepers_claim, "Shopkeepers in the high street claim footfall has halved since the car park closed.", [A]);
t!(loc_local_people_fear, "Local people fear the factory closure will hollow out the town.", [A]);
t!(loc_commuters_complain, "Commuters complain that the trains are routinely late and overcrowded.", [A]);
t!(loc_neighbours_described, "Neighbours described the family as quiet and friendly.", [A]);
t!(loc_tenants_allege, "Tenants in the tower block allege that the landlord ignored repeated warnings about damp.", [A]);
t!(loc_dog_walkers_reported_seeing, "Dog walkers reported seeing a large cat on the moor.", [A]);
t!(loc_families_living_near, "Families living near the airport say the night flights keep their children awake.", [A]);
t!(loc_farmers_insist, "Farmers insist the new rules will put them out of business.", [A]);
t!(loc_residents_long_complained, "Residents have long complained that drivers speed through the village.", [A]);
t!(loc_locals_believe, "Locals believe the fire was started deliberately.", [A]);
t!(loc_householders_accuse, "Householders in the village accuse the water company of ignoring sewage leaks.", [A]);
t!(loc_residents_cried_foul, "Residents cried foul over the council's decision to close the library.", [A]);
t!(loc_locals_saw_as, "Many locals saw the decision as a betrayal.", [A]);
t!(loc_motorists_say, "Motorists say the potholes on the bypass have damaged dozens of cars.", [A]);
t!(loc_traders_told_paper, "Traders at the market told the Echo that business had never been worse.", [A]);
t!(loc_people_on_estate, "People living on the estate say they have been forgotten.", [A]);
t!(loc_residents_are_warning, "Residents are warning that the bridge could collapse.", [A]);
t!(loc_residents_been_complaining, "Residents have been complaining for months about the smell from the plant.", [A]);
t!(loc_pensioners_fear, "Pensioners in the town fear losing their only bus service.", [A]);
t!(loc_parents_worried, "Parents worried that the closure would force children to travel further.", [A]);
t!(loc_one_shopkeeper, "One shopkeeper said the roadworks had cost him thousands of pounds.", [A]);
t!(loc_woman_who_lives, "A woman who lives on the street said she heard two loud bangs.", [A]);
t!(loc_first_name_only, "A man who gave only his first name, Dave, said the queues started at dawn.", [A]);
t!(loc_neighbours_told_reporters, "Neighbours told reporters that they had heard shouting late at night.", [A]);
t!(loc_communities_report, "Communities living near the quarry report that cracks have appeared in their homes.", [A]);
t!(loc_several_residents_told, "Several residents told the meeting that they had not been consulted.", [A]);
t!(loc_according_to_residents, "According to residents, the power has been off since Sunday.", [A]);
t!(loc_villagers_suspect, "Some villagers suspect that the dam was built without proper surveys.", [A]);
// Unnamed members of a council are unnamed officials, not the council.
t!(loc_councillors_say, "Local councillors say the funding will not cover the shortfall.", [A]);
t!(loc_residents_saying, "Residents gathered outside the town hall, saying they had not been warned about the demolition.", [A]);
t!(loc_cyclists_argue, "Cyclists argue that the new lanes are too narrow to be safe.", [A]);
t!(loc_residents_blame, "Residents blame the council for the state of the roads.", [A]);
t!(loc_villagers_spoke_of, "Villagers spoke of gunfire and screaming through the night.", [A]);
t!(loc_homeowners_fear, "Homeowners along the coast fear their properties will be lost to erosion.", [A]);
t!(loc_parents_told_radio, "Parents told local radio that the school had not informed them of the outbreak.", [A]);
t!(loc_locals_feel, "Locals feel that the festival has grown too big for the town.", [A]);
t!(loc_residents_who_evacuated, "Residents who were evacuated on Monday said they had been given ten minutes to leave.", [A]);
t!(loc_shop_owners_insisted, "Shop owners insisted that the new parking charges were driving customers away.", [A]);
t!(loc_tenants_say_landlord, "Tenants say the landlord has refused to fix the heating since October.", [A]);
t!(loc_residents_deny, "Residents deny claims that the protest turned violent.", [A]);
t!(loc_dog_owners_warned, "Dog owners warned that poisoned bait had been left in the park.", [A]);
t!(loc_bus_drivers_say, "Bus drivers at the depot say they were never told about the timetable change.", [A]);

// ---------------------------------------------------------------------------
// Conflict: civilians, survivors, medics and soldiers as sources.
t!(war_residents_reported_shelling, "Residents of the besieged city reported heavy shelling overnight.", [A]);
t!(war_palestinians_say, "Palestinians in Gaza say they have nowhere left to flee.", [A]);
// A nationality plural as subject is a vague crowd, as "many believe".
t!(war_israelis_fear, "Israelis fear the war could spread to the north.", [A]);
t!(war_ukrainians_describe, "Ukrainians living near the front line describe constant drone attacks.", [A]);
t!(war_survivors_recounted, "Survivors recounted how the gunmen went from house to house.", [A]);
t!(war_medics_said, "Medics at the field hospital said they had run out of painkillers.", [A]);
t!(war_witnesses_reported_seeing, "Witnesses reported seeing armed men on motorbikes before the attack.", [A]);
t!(war_aid_workers_warn, "Aid workers warn that famine is imminent in the north of the country.", [A]);
t!(war_displaced_families_told, "Displaced families told the agency that they had walked for four days.", [A]);
t!(war_refugees_described, "Refugees arriving at the border described scenes of chaos.", [A]);
t!(war_western_diplomats_believe, "Western diplomats believe the ceasefire is unlikely to hold.", [A]);
t!(war_security_sources, "Security sources said the militants had crossed from the neighbouring province.", [A]);
t!(war_commander_on_ground, "A commander on the ground told the newspaper that his unit had lost half its men.", [A]);
t!(war_soldiers_at_checkpoint, "Soldiers at the checkpoint said they had orders not to let anyone through.", [A]);
t!(war_civilians_fleeing_say, "Civilians fleeing the fighting say the paramilitaries looted their homes.", [A]);
t!(war_villagers_accuse_army, "Villagers accuse the army of burning their crops.", [A]);
t!(war_monitors_said, "Monitors said at least 40 people had been killed in the strikes.", [A]);
t!(war_hospital_sources, "Hospital sources put the death toll at more than 60.", [A]);
t!(war_medical_sources_say, "According to medical sources, most of the wounded are children.", [A]);
t!(war_tunisians_complain, "Tunisians complain that prices have doubled since the revolution.", [A]);
t!(war_many_syrians, "Many Syrians believe the regime will never be held to account.", [A]);
t!(war_ordinary_russians, "Ordinary Russians say they know little about the fighting.", [A]);
t!(war_people_in_city_told, "People in the city told the BBC that the explosions went on for hours.", [A]);
t!(war_rescuers_said, "Rescuers said they could hear voices under the rubble.", [A]);
t!(war_hostages_described, "Former hostages described being moved between tunnels every few days.", [A]);
t!(war_fighters_believed, "Fighters loyal to the general are believed to have seized the airport.", [U]);
t!(war_may_have_used, "Russian forces may have used banned munitions in the assault.", [U]);
t!(war_could_have_been_fired, "The missile could have been fired from a ship in the Black Sea.", [U]);
t!(war_israeli_media, "Israeli media reported that the hostages had been moved.", [A]);
t!(war_army_said, "The army said it had killed 12 militants in the raid.", [N]);
// Groups as actors, not sources.
t!(war_troops_blocked, "Troops blocked the road to the border crossing.", []);
t!(war_protesters_blocked, "Protesters blocked the main road into the capital on Tuesday.", []);
t!(war_civilians_told_leave, "Civilians were told to leave the area within 24 hours.", []);
t!(war_army_warned_civilians, "The army warned civilians to stay away from the border.", [N]);
t!(war_thousands_took_to_streets, "Thousands of Tunisians took to the streets on Sunday.", []);
t!(war_idf_said, "The Israeli military said the strike targeted a weapons depot.", [N]);

// ---------------------------------------------------------------------------
// Business: employees, traders, people briefed; unnamed and named studies.
t!(biz_employees_say, "Employees say morale has collapsed since the takeover.", [A]);
t!(biz_workers_fear, "Workers at the plant fear that the new owners will move production abroad.", [A]);
t!(biz_former_employee_alleged, "A former employee alleged that the firm had routinely falsified safety records.", [A]);
t!(biz_people_briefed, "Two people briefed on the negotiations said a deal could be announced as soon as Monday.", [A]);
t!(biz_people_familiar_plans, "The bank is weighing a sale of its wealth unit, according to people familiar with its plans.", [A]);
t!(biz_industry_insider, "An industry insider said the price rises were only the beginning.", [A]);
t!(biz_traders_said, "Traders said the sell-off was driven by fears of a recession.", [A]);
t!(biz_market_watchers, "Market watchers expect the central bank to hold rates.", [A]);
t!(biz_shareholders_complained, "Shareholders complained that the board had ignored their concerns.", [A]);
t!(biz_suppliers_claim, "Suppliers claim they have not been paid for six months.", [A]);
t!(biz_someone_with_knowledge, "Someone with knowledge of the deal said the price was close to $2bn.", [A]);
t!(biz_person_close_company, "A person close to the company said the chief executive had no plans to step down.", [A]);
t!(biz_industry_sources, "Industry sources expect the merger to be blocked.", [A]);
t!(biz_staff_claim, "Staff at the warehouse claim they are timed on toilet breaks.", [A]);
t!(biz_drivers_accuse, "Delivery drivers accuse the app of cutting their pay without notice.", [A]);
t!(biz_customers_reported, "Customers reported being unable to log in to their accounts for most of the day.", [A]);
t!(biz_said_to_be_exploring, "Apple is said to be exploring a cheaper headset.", [U]);
t!(biz_understood_hired, "The firm is understood to have hired advisers to explore a sale.", [U]);
t!(biz_could_be_behind, "A hedge fund could be behind the surge in the share price.", [U]);
t!(biz_warned_investors, "The company warned investors that profits would fall sharply this year.", [N]);
t!(biz_ceo_told_investors, "Chief executive Mary Barra told investors the company was on track.", [N]);
t!(biz_named_poll, "A YouGov poll found that most voters support the policy.", [N]);
// An unnamed survey cannot be checked: an unnamed source, as unnamed media.
t!(biz_recent_survey, "A recent survey found that a third of small firms are struggling to pay their bills.", [A]);
t!(biz_survey_reveals, "A survey reveals that one in five workers has been bullied online.", [A]);
t!(biz_named_study, "A study by the University of Oxford found that the drug cut deaths by a third.", [N]);
t!(biz_survey_by_named, "A survey by the Federation of Small Businesses found that late payments are rising.", [N]);
t!(biz_research_suggests, "Research suggests that remote workers are more productive.", [A]);
t!(biz_studies_shown, "Studies have shown that the chemical can damage the liver.", [A]);
// The regulator is named: its hedge is its own.
t!(biz_regulator_said_may_have, "The company may have breached competition law, the regulator said.", [N]);
t!(biz_merger_completed, "The merger could be completed by the end of the year.", []);
t!(biz_shares_fell, "Shares in the firm fell 8% on Tuesday.", []);
t!(biz_sources_of_revenue, "The company's sources of revenue have narrowed since the pandemic.", []);
t!(biz_according_to_filing, "According to a filing with the SEC, the company lost $40m in the quarter.", [N]);
t!(biz_it_emerged, "It emerged on Tuesday that the firm had paid no corporation tax for five years.", [U]);
t!(biz_bankers_say, "Bankers in the City say the bonus cap has driven talent to New York.", [A]);
t!(biz_economists_warned, "Economists have warned that the recovery remains fragile.", [A]);

// ---------------------------------------------------------------------------
// Politics: allies, aides, party plurals, voters, polls.
t!(pol_allies_say, "Allies of the prime minister say she will not resign.", [A]);
// A party plural alone is the party speaking, a named body; a part of it
// ("some Democrats", "Tory rebels", "moderate Republicans") is unnamed members.
t!(pol_tories_fear, "Tories fear the party faces a wipeout at the next election.", [N]);
t!(pol_democrats_accused, "Democrats accused the administration of stonewalling the inquiry.", [N]);
t!(pol_republicans_argue, "Republicans argue the bill would raise taxes on small businesses.", [N]);
t!(pol_moderate_republicans, "Moderate Republicans fear the bill will cost them their seats.", [A]);
t!(pol_some_democrats_worry, "Some Democrats worry that the nominee is too old.", [A]);
t!(pol_aides_insist, "Aides to the president insist he is fully engaged.", [A]);
t!(pol_aide_to_governor, "An aide to the governor said the veto was never in doubt.", [A]);
t!(pol_labour_insiders, "Labour insiders admit the campaign has stalled.", [A]);
t!(pol_voters_say, "Voters in the constituency say they feel ignored by both parties.", [A]);
t!(pol_grandees_warned, "Party grandees have warned that a leadership contest would be disastrous.", [A]);
t!(pol_opposition_cried_foul, "Opposition parties cried foul after the count was delayed.", [A]);
t!(pol_critics_saw_as, "Critics saw the reshuffle as a sign of weakness.", [A]);
t!(pol_several_mps_told, "Several MPs told the BBC that they had submitted letters of no confidence.", [A]);
t!(pol_ministers_believe, "Ministers believe the policy will save £2bn a year.", [A]);
t!(pol_whitehall_sources, "Whitehall sources say the review has been shelved.", [A]);
t!(pol_conservatives_claim, "Conservatives claim the tax will drive businesses away.", [N]);
t!(pol_activists_accuse, "Party activists accuse the leadership of abandoning its principles.", [A]);
t!(pol_rebels_insist, "Tory rebels insist they have the numbers to defeat the bill.", [A]);
t!(pol_those_around_leader, "Those around the leader are said to be furious.", [U]);
t!(pol_people_who_worked, "People who have worked with the senator describe him as ruthless.", [A]);
t!(pol_officials_in_washington, "Officials in Washington believe the sanctions are working.", [A]);
t!(pol_pm_told_mps, "The prime minister told MPs that the deal was the best available.", [N]);
t!(pol_senator_warned_voters, "Senator Maria Lopez warned voters that the plan would cost jobs.", [N]);
t!(pol_widely_thought, "It is widely thought that the chancellor will raise taxes in the autumn.", [U]);
t!(pol_no_secret, "It is no secret that the two men loathe each other.", [U]);
t!(pol_now_clear, "It is now clear that the government misjudged the public mood.", [U]);
t!(pol_little_doubt, "There is little doubt that the scandal has damaged the party.", [U]);
t!(pol_no_coincidence, "It is no coincidence that the announcement came a day before the vote.", [U]);
t!(pol_understood_offered, "The minister is understood to have offered his resignation twice.", [U]);
t!(pol_vote_expected, "The vote is expected to take place next week.", []);
t!(pol_polls_suggest, "Polls suggest the race is too close to call.", [A]);
t!(pol_republicans_blocked, "Republicans blocked the bill in the Senate on Thursday.", []);
t!(pol_voters_go_to_polls, "Voters go to the polls on Thursday.", []);

// ---------------------------------------------------------------------------
// Courts and crime.
t!(crt_prosecutors_allege, "Prosecutors allege that the defendant laundered more than $3m.", [N]);
t!(crt_jury_heard, "The jury heard that the victim had been stabbed 14 times.", [N]);
t!(crt_jurors_were_told, "Jurors were told the defendant had fled the country days after the killing.", [N]);
t!(crt_alleged_gang_leader, "The alleged gang leader was arrested at his home in Essex.", [U]);
t!(crt_juror_told_reporters, "A juror told reporters after the verdict that the deliberations had been tense.", [A]);
// The defendant is an identified party speaking in court, on the record.
t!(crt_defendant_told_court, "The defendant told the court he had acted in self-defence.", [N]);
t!(crt_suspect_may_have_known_police, "The suspect may have known his victim, police said.", [N]);
t!(crt_suspect_may_have_known, "The suspect may have known his victim.", [U]);
t!(crt_detectives_understood, "Detectives are understood to be examining footage from the station.", [U]);
t!(crt_police_warned_residents, "Police warned residents to lock their doors.", [N]);
t!(crt_police_believe, "Police believe the gunman acted alone.", [N]);
// Investigators are unnamed members of an institution, as "officials".
t!(crt_investigators_suspect, "Investigators suspect the fire was started with petrol.", [A]);
t!(crt_court_documents_show, "Court documents show the payments continued until 2021.", [N]);
t!(crt_accused_said_to_have, "The accused is said to have threatened a witness.", [U]);
t!(crt_families_of_victims, "Families of the victims say they have been denied answers for a decade.", [A]);
t!(crt_relatives_accuse, "Relatives of the dead man accuse the police of a cover-up.", [A]);
t!(crt_inmates_allege, "Inmates at the prison allege they were beaten by guards.", [A]);
t!(crt_neighbours_of_suspect, "Neighbours of the suspect said he had kept to himself.", [A]);
t!(crt_a_teenager_who_witnessed, "A teenager who witnessed the crash said the car was speeding.", [A]);
t!(crt_detained_without_charge, "The men were detained without charge for three days.", []);

// ---------------------------------------------------------------------------
// Health.
t!(hlt_doctors_warn, "Doctors warn that waiting lists will keep growing this winter.", [A]);
t!(hlt_nurses_say, "Nurses at the hospital say they are too exhausted to cope.", [A]);
t!(hlt_patients_complained, "Patients complained that they had waited up to 12 hours in A&E.", [A]);
t!(hlt_health_experts_fear, "Health experts fear a surge in flu cases.", [A]);
t!(hlt_scientists_believe, "Scientists believe the variant emerged in the spring.", [A]);
t!(hlt_likely_originated, "The virus likely originated in bats.", [U]);
t!(hlt_may_have_started, "The outbreak may have started at a wedding in the capital.", [U]);
t!(hlt_named_journal, "A study published in The Lancet found that the vaccine was 90% effective.", [N]);
t!(hlt_new_study_suggests, "A new study suggests that coffee may protect against liver disease.", [A]);
t!(hlt_paramedics_said, "Paramedics said the man was pronounced dead at the scene.", [A]);
t!(hlt_nhs_said, "The NHS said it was under unprecedented pressure.", [N]);
t!(hlt_parents_of_children, "Parents of children with the condition say they struggle to get a diagnosis.", [A]);
t!(hlt_drug_approved_next_year, "The drug could be approved by regulators next year.", []);
// The officials are the topic of an impersonal belief, not a source.
t!(hlt_officials_believed_preparing, "Health officials are believed to be preparing new restrictions.", [U]);
t!(hlt_gps_report, "GPs report that more patients are presenting with anxiety.", [A]);
t!(hlt_carers_say, "Carers say they have had no support since the day centre closed.", [A]);
t!(hlt_midwives_warned, "Midwives at the unit warned managers that staffing was unsafe.", [A]);
t!(hlt_who_said, "The World Health Organization said the outbreak was under control.", [N]);
t!(hlt_hospital_treated, "The hospital treated 40 patients for smoke inhalation.", []);

// ---------------------------------------------------------------------------
// Tabloid and royals.
t!(tab_palace_source, "A palace source said the King was 'deeply saddened'.", [A]);
t!(tab_friends_of_couple, "Friends of the couple say they have been living separate lives for months.", [A]);
t!(tab_royal_insider, "A royal insider told the magazine that the duchess felt isolated.", [A]);
t!(tab_those_close_insist, "Those close to the prince insist he has no regrets.", [A]);
t!(tab_said_to_be_heartbroken, "The singer is said to be heartbroken.", [U]);
t!(tab_pals_claim, "Pals of the star claim she was blindsided by the split.", [A]);
t!(tab_onlooker_described, "An onlooker described the scene as 'pure chaos'.", [A]);
t!(tab_one_fan_wrote, "One fan wrote on social media that the show had been 'a shambles'.", [A]);
t!(tab_viewers_took_to_social, "Viewers took to social media to complain about the ending.", [A]);
t!(tab_fans_left_fuming, "Fans were left fuming after the concert was cancelled.", []);
// A refused report keeps its speaker's category (LABELS.md).
t!(tab_palace_declined, "Buckingham Palace declined to comment.", [N]);
t!(tab_sun_understands, "The Sun understands the pair have split.", [A]);
t!(tab_source_told_mirror, "A source told the Mirror that the actor had checked into rehab.", [A]);
t!(tab_guests_said, "Guests at the wedding said the bride arrived two hours late.", [A]);
t!(tab_reportedly_spent, "The couple reportedly spent £2m on the renovation.", [U]);
t!(tab_royal_watchers, "Royal watchers believe the prince will return to public duties by the summer.", [A]);
t!(tab_someone_who_attended, "Someone who attended the party said the atmosphere was tense.", [A]);
t!(tab_person_who_was_at, "A person who was at the dinner said the pair barely spoke.", [A]);
t!(tab_insiders_claim, "Insiders claim the presenter was difficult to work with.", [A]);
t!(tab_crew_members, "Crew members allege the director screamed at them on set.", [A]);
t!(tab_pal_reveals, "A pal of the star reveals she has been secretly dating for months.", [A]);
// A reaction or feeling with its object is no source (guide, "Hard cases": "lawmakers voiced anger"; corpus: "other supporters openly criticised this" unlabelled).
t!(tab_fans_slammed, "Fans slammed the decision to cancel the show after one series.", []);

// ---------------------------------------------------------------------------
// Sport.
t!(spt_team_mates_say, "Team-mates say the striker has been struggling with the pressure.", [A]);
t!(spt_players_understood, "Players are understood to be unhappy with the new training regime.", [U]);
t!(spt_supporters_accuse, "Supporters accuse the owners of running the club into the ground.", [A]);
t!(spt_fans_who_travelled, "Fans who travelled to the game complained of being crushed at the turnstiles.", [A]);
t!(spt_sources_at_club, "Sources at the club say the manager has lost the dressing room.", [A]);
t!(spt_scouts_watched, "Scouts from three Premier League clubs watched the midfielder on Saturday.", []);
t!(spt_pundits_questioned, "Pundits questioned whether the referee had been right to award the penalty.", [A]);
t!(spt_thought_rejected, "The club is thought to have rejected a second bid.", [U]);
t!(spt_arteta_told, "Arteta told reporters the defender would be out for a month.", [N]);
t!(spt_could_be_sold, "The striker could be sold in January.", []);
t!(spt_rivals_may_have_been, "Rivals may have been tapping up the player for months.", [U]);
t!(spt_rumoured_fallen_out, "The winger is rumoured to have fallen out with the coach.", [U]);
t!(spt_club_insiders_fear, "Club insiders fear the takeover could collapse.", [A]);
t!(spt_fans_believe, "Fans believe the board has no ambition.", [A]);
t!(spt_former_players, "Former players have questioned the manager's tactics.", [A]);
t!(spt_sparked_fury_among_fans, "The referee's decision sparked fury among fans.", []);
t!(spt_club_sources, "Club sources insist the manager retains the board's backing.", [A]);
t!(spt_people_at_club_say, "People at the club say the owner has lost patience.", [A]);

// ---------------------------------------------------------------------------
// Unnamed individuals in less common forms.
t!(ind_sources_tell, "Sources tell the Guardian that the inquiry will be delayed.", [A]);
t!(ind_one_attendee, "One attendee said the speech was met with stony silence.", [A]);
t!(ind_person_close_family, "A person close to the family said the boy had been bullied for months.", [A]);
t!(ind_people_briefed, "According to people briefed on the talks, the two sides remain far apart.", [A]);
t!(ind_former_aide, "A former aide described the governor as 'paranoid'.", [A]);
t!(ind_insider_at_ministry, "An insider at the ministry said the figures had been massaged.", [A]);
t!(ind_senior_figure, "A senior figure at the bank said the bonuses were justified.", [A]);
t!(ind_government_source, "A government source told The Times the policy would be scrapped.", [A]);
t!(ind_diplomat_asked, "A diplomat who asked not to be named said the talks had collapsed.", [A]);
t!(ind_woman_in_her_60s, "A woman in her 60s told the paper she had been robbed twice.", [A]);
t!(ind_official_in_room, "An official who was in the room said the president lost his temper.", [A]);
t!(ind_understood_from_sources, "It is understood from sources close to the player that he wants to leave.", [U, A]);
t!(ind_one_local_man, "One local man said he had never seen the river so high.", [A]);
t!(ind_a_mother_of_two, "A mother of two said she could no longer afford to heat her home.", [A]);
t!(ind_insider_claimed, "One insider claimed the chairman had been kept in the dark.", [A]);
t!(ind_someone_familiar, "Someone familiar with his thinking said he would not stand again.", [A]);
// The guide exempts a hedge only under a named speaker: an unnamed one keeps it.
t!(ind_one_witness, "One witness said the driver appeared to lose control.", [A, U]);
t!(ind_another_resident, "Another resident said the flooding was the worst in 40 years.", [A]);
t!(ind_a_colleague, "A former colleague recalled that she rarely left the office before midnight.", [A]);
t!(ind_an_eyewitness, "An eyewitness told the station that the gunman fired into the crowd.", [A]);
t!(ind_a_local_trader, "A local trader, who declined to be named, said the market had been empty for weeks.", [A]);
t!(ind_spokesman_hospital, "A spokesman for the hospital said the patient was in a stable condition.", [N]);
t!(ind_source_of_frustration, "A source of frustration for residents is the lack of parking.", []);
t!(ind_open_source, "Open-source software powers much of the internet.", []);
t!(ind_funding_from_abroad, "The charity received funding from sources abroad.", []);

// ---------------------------------------------------------------------------
// Named bodies, recipients and objects: not anonymous.
// An association speaks officially as a body, like "the union said"; "residents said" does not.
t!(trap_residents_association, "The residents' association said it would appeal against the decision.", [N]);
t!(trap_parish_council, "The parish council said the footpath would reopen in May.", [N]);
t!(trap_farmers_union, "The farmers' union warned that the drought would push up food prices.", [N]);
t!(trap_fsb_said, "The Federation of Small Businesses said its members were struggling.", [N]);
t!(trap_save_the_children, "Save the Children said the camp had no clean water.", [N]);
t!(trap_mayor_told_residents, "The mayor told residents the water was safe to drink.", [N]);
t!(trap_council_thanked, "The council thanked residents for their patience during the works.", []);
t!(trap_police_evacuated, "Police evacuated villagers living near the dam.", []);
t!(trap_officials_evacuated, "Officials evacuated residents from the flooded streets.", []);
t!(trap_minister_criticised, "The minister criticised the villagers for refusing to leave.", [N]);
t!(trap_governor_urged, "The governor urged residents to stay indoors.", [N]);
t!(trap_passengers_on_train, "The train was carrying 300 passengers when it derailed.", []);
t!(trap_workers_walked_out, "Workers at the plant walked out on Monday over pay.", []);
t!(trap_residents_evacuated, "Residents were evacuated after the blast.", []);
t!(trap_parents_queued, "Parents queued for hours to register their children.", []);
t!(trap_villagers_gathered, "Villagers gathered at the mosque to mourn the dead.", []);
t!(trap_shoppers_flocked, "Shoppers flocked to the sales on Boxing Day.", []);
t!(trap_report_sent_to_families, "The report was sent to families of the victims on Friday.", []);
t!(trap_charity_families, "The charity provides meals to families in need.", []);
t!(trap_union_told_members, "The union told members to reject the offer.", [N]);
t!(trap_tunisian_government, "The Tunisian government said the vote had been free and fair.", [N]);
t!(trap_firm_told_staff, "Amazon told staff in an email that the offices would reopen in March.", [N]);
t!(trap_police_appealed_to_residents, "Police appealed to residents for information about the attack.", []);
t!(trap_voters_turned_out, "Voters turned out in record numbers in the north.", []);

// ---------------------------------------------------------------------------
// Unnamed publications and reports.
t!(med_local_paper_reported, "The local paper reported that the mayor had resigned.", [A]);
t!(med_reports_emerged, "Reports emerged on Friday that the singer had been taken to hospital.", [A]);
t!(med_there_were_reports, "There were reports of gunfire near the airport overnight.", [A]);
t!(med_reports_suggest, "Reports suggest the two leaders will meet next month.", [A]);
t!(med_local_media_said, "Local media said at least six people had been arrested.", [A]);
t!(med_named_paper, "The Guardian reported that the minister had been warned twice.", [N]);

// ---------------------------------------------------------------------------
// Unverified: speculation about past or present facts, impersonal
// attribution, certainty; forecasts and plain facts stay unlabelled.
t!(unv_widely_believed, "It is widely believed that the election was rigged.", [U]);
t!(unv_it_emerged_that, "It emerged that the minister had met the lobbyist three times.", [U]);
t!(unv_gunmen_may_have_fled, "The gunmen may have fled across the border.", [U]);
t!(unv_hackers_could_be_behind, "Hackers linked to Beijing could be behind the attack.", [U]);
t!(unv_deal_next_week, "The deal could be signed next week.", []);
t!(unv_inflation_could_rise, "Inflation could rise again in the spring.", []);
t!(unv_factory_may_close, "The factory may close next year.", []);
t!(unv_most_likely_caused, "The fire was most likely caused by an electrical fault.", [U]);
t!(unv_probably_brought_down, "The plane was probably brought down by a missile.", [U]);
t!(unv_seemingly, "The minister seemingly contradicted his own policy.", [U]);
t!(unv_thought_weakened, "The bridge is thought to have been weakened by years of neglect.", [U]);
t!(unv_everyone_in_village_knows, "Everyone in the village knows who started the fire.", [U]);
t!(unv_word_on_street, "Word on the street is that the club is about to be sold.", [U]);
t!(unv_supposedly_fixed, "The company supposedly fixed the fault last year.", [U]);
t!(unv_suspected_arson, "The suspected arson attack destroyed three homes.", [U]);
t!(unv_presumed_to_be, "The bodies are presumed to be those of the missing climbers.", [U]);
t!(unv_feared_sunk, "The tanker is feared to have sunk with all hands.", [U]);
t!(unv_undoubtedly, "Undoubtedly, the decision will anger fans.", [U]);
t!(unv_common_knowledge, "It is common knowledge in the village that the mine is unsafe.", [U]);
t!(unv_appears_mutated, "The virus appears to have mutated.", [U]);
t!(unv_rumours_circulating, "Rumours are circulating that the chairman is ready to sell.", [U]);
t!(unv_expected_report_loss, "The company is expected to report a loss next week.", []);
t!(unv_without_doubt, "Without doubt, the storm was the worst in living memory.", [U]);
t!(unv_almost_certainly, "The attack was almost certainly planned months in advance.", [U]);
t!(unv_it_is_believed_that, "It is believed that the pair met at university.", [U]);
t!(unv_is_alleged_to, "The officer is alleged to have leaked the files to a journalist.", [U]);
t!(unv_thought_to_be_hiding, "The fugitive is thought to be hiding in Spain.", [U]);
t!(unv_would_appear, "The leak would appear to have come from within the cabinet.", [U]);
t!(unv_plain_fact, "The bridge was built in 1932 and carries 40,000 vehicles a day.", []);
t!(unv_if_hypothesis, "If the dam failed, the village would be flooded within minutes.", []);
t!(unv_could_face_jail, "The men could face up to ten years in jail.", []);
t!(unv_rhetorical, "Who would want to live next to a landfill?", []);

// ---------------------------------------------------------------------------
// Guards for the round-3 patterns: passives and reduced relatives after an
// unnamed person report nothing; study words with no finding; "see" without "as".
t!(grd_man_accused_of, "A man accused of murdering his neighbour has been remanded in custody.", []);
t!(grd_woman_reported_missing, "A woman reported missing on Friday has been found safe.", []);
t!(grd_woman_who_was_told, "A woman who was told to leave her flat has been rehoused.", []);
// "was accused of" is an allegation marker (round 1); it is no source.
t!(grd_man_who_was_accused, "A man who was accused of fraud has been cleared.", [U]);
t!(grd_man_thought_to_be, "A man thought to be in his 40s was taken to hospital.", [U]);
t!(grd_residents_saw_smoke, "Residents saw smoke rising from the roof shortly after midnight.", []);
t!(grd_study_published_next_month, "A new study will be published next month.", []);
t!(grd_think_tank_said, "The think tank said the policy had failed.", [N]);
t!(grd_report_blames, "The report blames poor management for the losses.", [N]);
t!(grd_customers_can_claim, "Customers can claim a refund online.", []);
t!(grd_drivers_face_delays, "Drivers face delays on the M25 this weekend.", []);
t!(grd_passengers_were_told, "Passengers were told to leave the train at the next station.", []);
t!(grd_children_taken, "The children were taken to hospital as a precaution.", []);
t!(grd_critics_see_as, "Critics see the plan as a giveaway to developers.", [A]);
t!(grd_teachers_feel, "Teachers feel that the reforms were rushed.", [A]);
t!(grd_experts_agree, "Most experts agree that the test is reliable.", [A]);
t!(grd_many_americans_think, "Many Americans think the economy is getting worse.", [A]);
t!(grd_shoppers_reported_seeing, "Shoppers reported seeing the man near the car park.", [A]);
t!(grd_man_who_was_stabbed, "A man who was stabbed in the street has died in hospital.", []);
t!(grd_study_found_authors, "The study found that the drug was safe, its authors said.", [N]);

// ---------------------------------------------------------------------------
// Short texts: a pronoun after an unnamed group, a named speaker's follow-up.
mc!(doc_context_after_trailing_source, ["The manager has been told he will be sacked, according to a source close to the club.", "The decision will be announced on Friday."], [A]);
m!(doc_they_accuse_after_villagers, ["Villagers in the valley say the river has turned brown since the mine opened.", "They accuse the company of dumping waste at night."], [A]);
m!(doc_they_say_after_residents, ["Residents of the estate have complained for years about damp.", "They say the council has ignored them."], [A]);
m!(doc_she_told_residents, ["Mayor Ruth Green visited the estate on Monday.", "She told residents the repairs would start in June."], [N]);
m!(doc_they_insist_after_farmers, ["Farmers in the region say the drought has wiped out their harvest.", "They insist the government has done nothing."], [A]);
mc!(doc_context_after_source, ["According to a source close to the club, the manager has been told he will be sacked.", "The decision will be announced on Friday."], [A]);
