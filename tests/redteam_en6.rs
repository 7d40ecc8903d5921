//! Red team for the English engine, round 6: sentences written for this file
//! (none from a corpus), aimed at `anonymous_source` in the kinds of news
//! earlier rounds covered least: local and regional news (councils, schools,
//! hospitals, police appeals), health and science ("doctors say", "a study
//! suggests" with no name), business features ("retailers say", "landlords
//! complain"), features and human-interest stories (unnamed residents,
//! parents, staff, fans) and opinion/analysis ("critics", "supporters",
//! "observers", "many in the industry"); with traps that stay named
//! (councils, trusts, named researchers and journals) or unlabelled (people
//! who are the subject of the news, not its source).
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
// Local news: councils, schools, hospitals, police.
t!(loc_council_insiders, "Council insiders say the leader is unlikely to survive next month's budget vote.", [A]);
t!(loc_one_councillor_not_named, "One councillor, who did not want to be named, said the consultation had been 'a sham from start to finish'.", [A]);
t!(loc_town_hall_sources, "Town hall sources said the library would close by the end of the year.", [A]);
t!(loc_senior_council_officer, "A senior council officer said the authority was close to issuing a section 114 notice.", [A]);
t!(loc_teachers_at_school, "Teachers at the academy say they were told about the merger only hours before it was announced.", [A]);
t!(loc_one_teacher_anonymously, "One teacher, speaking anonymously for fear of losing her job, said pupils were being taught in corridors.", [A]);
t!(loc_nurses_on_ward, "Nurses on the ward said they had raised concerns about staffing levels for months.", [A]);
t!(loc_hospital_source, "A hospital source said the emergency department had been on black alert since Tuesday.", [A]);
t!(loc_junior_doctor_asked_not_named, "A junior doctor at the trust, who asked not to be named, described the conditions as 'third world'.", [A]);
t!(loc_staff_claim_morale, "Staff claim morale at the care home has never been lower.", [A]);
t!(loc_locals_say_pub, "Locals say the pub has been the heart of the village for more than two centuries.", [A]);
t!(loc_shopkeepers_high_street, "Shopkeepers on the high street say trade has fallen by a third since the car park closed.", [A]);
t!(loc_one_resident_did_not_give_name, "One resident, who did not give her name, said she had seen the same van parked outside every night.", [A]);
t!(loc_commuters_complain, "Commuters complain that the 7.42 service is cancelled almost every week.", [A]);
t!(loc_according_to_locals, "According to locals, the footpath has been blocked since the spring.", [A]);
t!(loc_witnesses_told, "Witnesses told the Echo that the car had been travelling at high speed.", [A]);
t!(loc_eyewitnesses_described, "Eyewitnesses described seeing a plume of black smoke rising above the industrial estate.", [A]);
t!(loc_police_source_local, "A police source said officers had been called to the address several times before.", [A]);
t!(loc_one_officer_not_authorised, "One officer, who was not authorised to speak to the press, said the unit was badly understaffed.", [A]);
t!(loc_campaigners_say, "Campaigners say the new housing estate will swamp the village's only primary school.", [A]);
t!(loc_several_parents_said, "Several parents said they had been kept in the dark about the head teacher's suspension.", [A]);
t!(loc_mothers_school_gate, "Mothers at the school gate said the crossing patrol had been withdrawn without notice.", [A]);
t!(loc_many_villagers_believe, "Many villagers believe the quarry expansion will ruin the valley.", [A]);
t!(loc_patients_reported, "Patients reported waiting more than 12 hours for a bed.", [A]);
t!(loc_families_of_patients, "Families of patients at the unit say they were not told about the infection outbreak.", [A]);
t!(loc_bus_drivers_say, "Bus drivers say the new timetable leaves them no time for breaks.", [A]);
t!(loc_a_neighbour_who_asked, "A neighbour, who asked not to be identified, said the couple had moved in only a month earlier.", [A]);
t!(loc_people_living_nearby, "People living nearby said the alarm had been sounding for hours before anyone came.", [A]);
t!(loc_it_is_understood_council, "It is understood the council has already spent £2m on the scheme.", [U]);
t!(loc_council_is_believed, "The council is believed to have paid consultants more than £400,000.", [U]);
// Traps: official bodies and named people.
t!(loc_trap_council_said, "The council said the bins would be collected on Saturday instead.", [N]);
t!(loc_trap_trust_statement, "In a statement, the hospital trust said it was 'deeply sorry' for the delays.", [N]);
t!(loc_trap_police_appeal, "Police are appealing for witnesses to come forward.", []);
t!(loc_trap_police_appeal_said, "Police said the man was taken to hospital with serious injuries.", [N]);
t!(loc_trap_headteacher_named, "Headteacher Sarah Collins said the school would reopen on Monday.", [N]);
t!(loc_trap_parents_invited, "Parents have been invited to a meeting at the school on Thursday evening.", []);
t!(loc_trap_residents_evacuated, "About 40 residents were moved to a rest centre overnight.", []);
t!(loc_trap_council_leader_named, "Council leader Tom Ashby said the authority had 'no choice' but to raise council tax.", [N]);
t!(loc_trap_nurses_strike, "Nurses at the hospital will strike for two days next week.", []);
t!(loc_trap_staff_thanked, "The trust thanked staff for their hard work during the outbreak.", []);
t!(loc_trap_witness_appeal_call, "Anyone who saw the collision is asked to call 101.", []);

// ---------------------------------------------------------------------------
// Health and science.
t!(hs_doctors_say, "Doctors say the number of children with measles is the highest in a decade.", [A]);
t!(hs_health_experts_warn, "Health experts warn that the winter flu season could be the worst in years.", [A]);
t!(hs_scientists_warn, "Scientists warn that the glacier may have passed a tipping point.", [A, U]);
t!(hs_a_study_suggests, "A new study suggests that drinking coffee may lower the risk of heart disease.", [A]);
t!(hs_research_shows_unnamed, "Research shows that children who read for pleasure do better at school.", [A]);
t!(hs_researchers_found, "Researchers found that people who slept less than six hours a night were more likely to catch colds.", [A]);
t!(hs_medical_experts, "Medical experts say the vaccine is safe for pregnant women.", [A]);
t!(hs_some_gps, "Some GPs say they are being forced to ration appointments.", [A]);
t!(hs_many_doctors_believe, "Many doctors believe the guidelines are out of date.", [A]);
t!(hs_public_health_officials, "Public health officials said the outbreak had been traced to a restaurant in the city centre.", [A]);
t!(hs_nutritionists_recommend, "Nutritionists recommend eating at least five portions of fruit and vegetables a day.", [A]);
t!(hs_psychologists_argue, "Psychologists argue that social media is fuelling anxiety among teenagers.", [A]);
t!(hs_experts_believe_virus, "Experts believe the virus jumped from bats to humans.", [A]);
t!(hs_studies_have_shown, "Studies have shown that regular exercise reduces the risk of dementia.", [A]);
t!(hs_climate_scientists_say, "Climate scientists say last summer's heatwave would have been virtually impossible without global warming.", [A]);
// A finding reported without "that" ("found traces of") is no reporting frame;
// "Police found a body" must stay unlabelled.
t!(
    #[ignore = "needs engine: a research finding without a that-clause (found + object) as unnamed attribution, only for research subjects (REDTEAM-NEEDS en6 1)"]
    hs_a_team_of_researchers, "A team of researchers found traces of microplastics in every sample of human blood they tested.", [A]);
// LABELS.md: demands are not sources ("have called for … to be lowered").
t!(hs_leading_experts, "Leading cancer experts have called for the screening age to be lowered to 40.", []);
t!(hs_medics_say, "Medics say the heat is putting unprecedented pressure on emergency departments.", [A]);
t!(hs_according_to_experts, "According to experts, most people do not drink enough water.", [A]);
t!(hs_one_consultant, "One consultant said patients were dying in corridors while they waited for a bed.", [A]);
t!(hs_senior_nhs_source, "A senior NHS source said the waiting list target would be quietly dropped.", [A]);
t!(hs_epidemiologists_caution, "Epidemiologists caution that the true number of cases is likely to be much higher.", [A, U]);
t!(hs_some_scientists_question, "Some scientists question whether the results can be replicated.", [A]);
t!(hs_mental_health_charities, "Mental health campaigners say the funding falls far short of what is needed.", [A]);
t!(hs_evidence_suggests, "Evidence suggests the drug is less effective in older patients.", [A]);
t!(hs_it_is_thought, "It is thought the bacteria entered the water supply through a cracked pipe.", [U]);
t!(hs_thought_to_have, "The disease is thought to have originated in wild birds.", [U]);
// Traps: named researchers, journals, institutions; science as subject.
t!(hs_trap_lancet_study, "According to a study published in The Lancet, the drug cut deaths by a quarter.", [N]);
t!(hs_trap_named_professor, "Professor Anna Reid, who led the study, said the findings were 'a wake-up call'.", [N]);
t!(hs_trap_who_said, "The World Health Organization said the outbreak was under control.", [N]);
t!(hs_trap_nhs_england, "NHS England said 1.2 million people had been vaccinated in the past week.", [N]);
t!(hs_trap_scientists_subject, "Scientists at the lab are working on a new version of the vaccine.", []);
t!(hs_trap_doctors_treated, "Doctors treated more than 300 people for heatstroke over the weekend.", []);
t!(hs_trap_study_will, "The study will follow 10,000 children from birth to the age of 18.", []);
t!(hs_trap_researchers_recruited, "Researchers recruited 500 volunteers for the trial.", []);
t!(hs_trap_patients_urged, "Patients are urged to attend their appointments as normal.", []);
t!(hs_trap_forecast, "The new hospital is expected to open in 2028.", []);
t!(hs_trap_met_office, "The Met Office said temperatures could reach 35C on Friday.", [N]);

// ---------------------------------------------------------------------------
// Business features.
t!(bus_retailers_say, "Retailers say footfall has yet to recover to pre-pandemic levels.", [A]);
t!(bus_landlords_complain, "Landlords complain that new regulations have made letting property unprofitable.", [A]);
t!(bus_economists_expect, "Economists expect unemployment to rise to 5 per cent by the end of the year.", [A]);
t!(bus_many_in_industry, "Many in the industry believe the merger will lead to thousands of job losses.", [A]);
t!(bus_industry_insiders, "Industry insiders say the chain is weeks away from collapse.", [A]);
t!(bus_farmers_warn, "Farmers warn that food prices will rise if the drought continues.", [A]);
t!(bus_small_business_owners, "Small business owners say they can no longer afford their energy bills.", [A]);
t!(bus_market_watchers, "Market watchers say the rally is unlikely to last.", [A]);
t!(bus_traders_said, "Traders said the pound fell after the inflation figures were published.", [A]);
t!(bus_bankers_involved, "Bankers involved in the deal said the offer valued the company at about £3bn.", [A]);
t!(bus_a_person_close_to_company, "A person close to the company said it was exploring a sale of its European arm.", [A]);
t!(bus_employees_describe, "Employees describe a culture of fear at the company's headquarters.", [A]);
t!(bus_current_and_former_employees, "Current and former employees said managers routinely ignored safety complaints.", [A]);
t!(bus_one_executive_anonymity, "One executive, speaking on condition of anonymity, said the board had lost confidence in the chief executive.", [A]);
t!(bus_some_investors_worry, "Some investors worry that the company has taken on too much debt.", [A]);
t!(bus_hauliers_say, "Hauliers say the new checks at the border are adding hours to every journey.", [A]);
t!(bus_restaurant_owners, "Restaurant owners say they cannot find enough staff to open seven days a week.", [A]);
t!(bus_estate_agents_report, "Estate agents report that buyers are pulling out of sales at the last minute.", [A]);
t!(bus_tenants_say, "Tenants say rents have risen by as much as 30 per cent in a year.", [A]);
t!(bus_city_analysts, "City analysts said the profit warning had come as no surprise.", [A]);
t!(bus_the_consensus_is, "Most forecasters expect the economy to avoid a recession.", [A]);
t!(bus_suppliers_claim, "Suppliers claim they have not been paid for months.", [A]);
t!(bus_sources_at_bank, "Sources at the bank said the job cuts would fall mainly on back-office staff.", [A]);
t!(bus_according_to_people_familiar, "The retailer is in talks to sell its clothing arm, according to people familiar with the matter.", [A]);
t!(bus_reportedly_in_talks, "The supermarket is reportedly in talks to buy a rival chain.", [U]);
// Traps.
t!(bus_trap_ons, "The Office for National Statistics said inflation rose to 3.4 per cent in March.", [N]);
t!(bus_trap_company_statement, "The company said in a statement that it would close 40 stores.", [N]);
t!(bus_trap_named_economist, "Paul Dales, chief economist at Capital Economics, said the figures were 'grim'.", [N]);
t!(bus_trap_retailers_closed, "Retailers closed 6,000 shops last year.", []);
t!(bus_trap_landlords_must, "Landlords must give tenants two months' notice.", []);
t!(bus_trap_sources_of_income, "Tourism is one of the island's main sources of income.", []);
t!(bus_trap_shares_could, "Shares in the group could rise further next week.", []);
t!(bus_trap_bank_of_england, "The Bank of England held interest rates at 5.25 per cent.", []);
t!(bus_trap_brc, "The British Retail Consortium said sales fell 2 per cent in January.", [N]);

// ---------------------------------------------------------------------------
// Features and human-interest.
t!(feat_friends_describe, "Friends describe him as a generous man who would do anything for anyone.", [A]);
t!(feat_those_who_knew_her, "Those who knew her say she never stopped fighting for the village.", [A]);
t!(feat_regulars_at_pub, "Regulars at the pub said the landlord was a much-loved figure.", [A]);
t!(feat_fellow_volunteers, "Fellow volunteers say the food bank could not survive without her.", [A]);
t!(feat_one_fan_who_travelled, "One fan, who had travelled from Glasgow, said the atmosphere was 'electric'.", [A]);
t!(feat_supporters_club_members, "Long-suffering supporters say the club has been run into the ground.", [A]);
t!(feat_family_members_said, "Family members said he had been struggling since losing his job.", [A]);
t!(feat_a_relative_said, "A relative said the family was 'devastated' by the news.", [A]);
t!(feat_former_colleagues, "Former colleagues remember her as a meticulous and fearless reporter.", [A]);
t!(feat_visitors_say, "Visitors say the new museum is worth the trip on its own.", [A]);
t!(feat_one_mother_told, "One mother told us she had to choose between heating and eating.", [A]);
t!(feat_staff_at_zoo, "Staff at the zoo say the panda cub is thriving.", [A]);
t!(feat_classmates_recall, "Classmates recall a shy boy who spent every break in the library.", [A]);
t!(feat_passers_by, "Passers-by said the driver had got out of the car and run off.", [A]);
t!(feat_onlookers, "Onlookers said the crowd cheered as the rescuers emerged.", [A]);
t!(feat_legend_has_it, "Legend has it that the well never runs dry.", [U]);
t!(feat_locals_joke, "As locals like to say, the bus comes when it comes.", [A]);
// Traps.
t!(feat_trap_named_resident, "Margaret Hughes, 82, said she had lived on the street all her life.", [N]);
t!(feat_trap_friends_gathered, "Friends and family gathered at the church on Saturday to remember her.", []);
t!(feat_trap_fans_queued, "Fans queued overnight for tickets.", []);
t!(feat_trap_volunteers_needed, "More volunteers are needed to run the food bank.", []);
t!(feat_trap_she_said, "She said the garden had saved her life.", [N]);

// ---------------------------------------------------------------------------
// Opinion and analysis.
t!(op_critics_contend, "Critics contend that the scheme rewards the wealthy at the expense of everyone else.", [A]);
t!(op_supporters_counter, "Supporters counter that the reforms are long overdue.", [A]);
t!(op_skeptics_note, "Skeptics note that the company has missed every deadline it has set itself.", [A]);
t!(op_observers_say, "Observers say the election will be the closest in a generation.", [A]);
t!(op_detractors, "Detractors dismiss the plan as a gimmick.", [A]);
t!(op_some_commentators, "Some commentators have suggested the prime minister is out of touch.", [A]);
t!(op_political_observers, "Political observers see the result as a verdict on the government.", [A]);
t!(op_opponents_fear, "Opponents fear the bill will erode privacy protections.", [A]);
t!(op_proponents_argue, "Proponents argue that nuclear power is essential to meeting climate targets.", [A]);
t!(op_many_argue, "Many argue that the monarchy has outlived its usefulness.", [A]);
t!(op_there_are_those_who, "There are those who say the club should never have sold its ground.", [A]);
t!(op_some_say_others, "Some say the policy has worked; others say it has barely been tried.", [A]);
t!(op_conventional_wisdom, "Conventional wisdom holds that midterm elections punish the party in power.", [U]);
t!(op_pundits_predict, "Pundits predict a landslide for the opposition.", [A]);
t!(op_insiders_suggest, "Insiders suggest the minister was never consulted.", [A]);
t!(op_party_grandees, "Party grandees are said to be furious about the decision.", [U]);
t!(op_backbenchers_grumble, "Backbenchers grumble that the leadership no longer listens to them.", [A]);
t!(op_civil_liberties_groups, "Civil liberties groups say the powers are far too broad.", [A]);
t!(op_environmentalists, "Environmentalists say the new runway is incompatible with the net zero target.", [A]);
t!(op_some_in_the_party, "Some in the party believe she has already lost the public's trust.", [A]);
t!(op_according_to_critics, "According to critics, the new curriculum leaves little room for the arts.", [A]);
t!(op_it_is_widely_believed, "It is widely believed that the minister will resign before the summer.", [U]);
t!(op_clearly_a_mistake, "It is clear that the government has lost control of the borders.", [U]);
// Traps.
t!(op_trap_critics_noun, "The film was a hit with critics and audiences alike.", []);
t!(op_trap_supporters_rally, "Thousands of supporters rallied outside parliament on Saturday.", []);
t!(op_trap_named_critic, "The plan has been criticised by Labour, which said it would cost jobs.", [N]);
t!(op_trap_writer_opinion, "This is a bad policy, and it should be scrapped.", []);
t!(op_trap_rhetorical, "Who, exactly, will pay for all this?", []);

// ---------------------------------------------------------------------------
// Contexts.
mc!(ctx_resident_quote_follows,
    ["One resident, who asked not to be named, said the flooding happened every winter.",
     "\"Nobody ever comes to fix it.\""],
    [A]);
mc!(ctx_named_nurse_quote,
    ["Nurse Jane Okafor said the ward was at breaking point.",
     "\"We are doing our best, but we cannot go on like this.\""],
    [N]);

// ---------------------------------------------------------------------------
// Harder shapes: the unnamed crowd mid-sentence, after a quote, in a second
// clause, or as a singular with a job title.
t!(hard_quote_then_one_nurse, "'It is like a war zone in there,' one nurse said.", [A]);
t!(hard_quote_then_a_parent, "\"Nobody told us anything,\" said one parent, who did not want her name published.", [A]);
t!(hard_the_plan_locals_say, "The plan, locals say, was drawn up without a single public meeting.", [A]);
t!(hard_second_clause_doctors, "The clinic closed in March, and doctors say patients now travel 40 miles for treatment.", [A]);
t!(hard_a_pharmacist, "A pharmacist in the town said she had been unable to get hold of the drug for weeks.", [A]);
t!(hard_one_landlord, "One landlord, who owns a dozen flats in the city, said he was selling up.", [A]);
t!(hard_a_retailer_requested, "A retailer who requested anonymity said suppliers were demanding payment upfront.", [A]);
t!(hard_a_senior_teacher, "A senior teacher at the school said inspectors had been 'misled'.", [A]);
t!(hard_school_staff_fear, "School staff fear that the cuts will mean larger classes.", [A]);
t!(hard_hospital_bosses, "Hospital bosses privately admit that the target will be missed.", [A]);
t!(hard_ward_sister, "A ward sister, speaking on condition of anonymity, said there had been three deaths in a week.", [A]);
t!(hard_health_chiefs_warned, "Health chiefs have warned that the service cannot cope with another winter like the last.", [A]);
t!(hard_union_sources, "Union sources said a strike ballot was likely within weeks.", [A]);
t!(hard_some_in_city, "Some in the City fear the reforms will drive listings to New York.", [A]);
t!(hard_people_in_the_industry, "People in the industry say the rules are being ignored.", [A]);
t!(hard_many_teachers, "Many teachers feel that the new exams are too hard.", [A]);
t!(hard_experts_quoted_by, "Experts quoted by local newspapers blamed the collapse on poor maintenance.", [A]);
t!(hard_local_reports, "According to local reports, the fire started in a kitchen on the ground floor.", [A]);
// Talk with no speaker, as "word on the street" in round 3: impersonal.
t!(hard_word_around_town, "Word around town is that the factory will close before Christmas.", [U]);
// As "There are whispers that" in round 4: talk with no speaker is unverified.
t!(hard_whispers_in_corridors, "There are whispers in the corridors of the town hall that the chief executive is on his way out.", [U]);
t!(hard_among_fans_feeling, "Among fans, the feeling is that the manager has run out of ideas.", [A]);
t!(hard_a_farmer_who_grows, "A farmer who grows barley on the edge of the village said the field had flooded twice this year.", [A]);
t!(hard_parents_groups, "Parents' groups say the changes were pushed through without consultation.", [A]);
t!(hard_one_economist, "One economist said the figures were 'the worst since records began'.", [A]);
// LABELS.md: demands are not sources ("have urged … to rethink").
t!(hard_business_leaders, "Business leaders have urged the government to rethink the tax rise.", []);
t!(hard_senior_figures_in_club, "Senior figures at the club believe the manager has lost the dressing room.", [A]);
t!(hard_a_long_serving_employee, "A long-serving employee said the factory had been 'like a family' until the takeover.", [A]);
t!(hard_nhs_insiders, "NHS insiders say the reorganisation has cost more than it has saved.", [A]);
t!(hard_a_scientist_involved, "A scientist involved in the research, who was not authorised to comment, said the results had been 'massaged'.", [A]);
t!(hard_some_observers_wonder, "Some observers wonder whether the chain can survive another year.", [A]);
// Traps.
t!(hard_trap_named_pharmacist, "Pharmacist Raj Patel said he had never known shortages like it.", [N]);
t!(hard_trap_union_named, "The Royal College of Nursing said its members would strike in January.", [N]);
t!(hard_trap_consultant_appointed, "A new consultant has been appointed to run the stroke unit.", []);
t!(hard_trap_landlord_fined, "A landlord was fined £20,000 for letting a flat infested with mould.", []);
t!(hard_trap_teacher_subject, "A teacher at the school has been suspended pending an investigation.", []);
t!(hard_trap_source_of_pride, "The team's success has been a source of pride for the whole town.", []);
t!(hard_trap_experts_to_examine, "Experts will examine the bridge next week.", []);
t!(hard_trap_fans_expected, "Some 20,000 fans are expected at the parade.", []);
t!(hard_trap_open_source_school, "The school uses open-source software in all its classrooms.", []);
t!(hard_trap_the_council_confirmed, "A spokesperson for the council confirmed that the road would stay closed.", [N]);
t!(hard_trap_consultation_found, "The council's own consultation found that most residents opposed the plan.", [N]);

// ---------------------------------------------------------------------------
// Third batch: police appeals, schools, care, science desks, columns.
// Detectives are unnamed members of the police, as "investigators now believe"
// in round 5; "Police believe" would be the body speaking.
t!(b3_detectives_believe, "Detectives believe the victim knew his attacker.", [A]);
t!(b3_a_source_close_to_family, "A source close to the family said the boy had been bullied for months.", [A]);
t!(b3_people_who_know_him, "People who know him say he would never have left without telling anyone.", [A]);
t!(b3_care_workers, "Care workers say they are paid less than supermarket staff.", [A]);
t!(b3_a_care_home_worker, "A care home worker, who spoke to us on condition that she was not named, said residents were left in soiled sheets.", [A]);
t!(b3_governors_said, "Several governors said they had not been shown the inspection report.", [A]);
t!(b3_educators_warn, "Educators warn that the attainment gap is widening.", [A]);
t!(b3_headteachers_say, "Headteachers say they are being forced to cut teaching assistants.", [A]);
t!(b3_one_headteacher, "One headteacher said her school's budget had been cut by a fifth in real terms.", [A]);
t!(b3_marine_biologists, "Marine biologists say the reef is recovering faster than expected.", [A]);
t!(b3_astronomers_believe, "Astronomers believe the object came from outside the solar system.", [A]);
t!(b3_vets_warn, "Vets warn that the disease could spread to domestic cats.", [A]);
t!(b3_some_researchers_argue, "Some researchers argue the benefits of the drug have been overstated.", [A]);
t!(b3_a_recent_survey, "A recent survey found that one in four renters had been threatened with eviction.", [A]);
t!(b3_economists_polled, "Economists polled by the newspaper expect growth of less than 1 per cent.", [A]);
t!(b3_city_sources, "City sources said the takeover bid was likely to be rejected.", [A]);
t!(b3_bosses_at_firm, "Bosses at the firm are understood to be furious about the leak.", [U]);
t!(b3_columnist_skeptics_point, "Skeptics have pointed out that the same promise was made in three previous budgets.", [A]);
t!(b3_not_everyone_convinced, "Not everyone is convinced: some residents fear the new flats will bring more traffic.", [A]);
t!(b3_the_view_among_staff, "The view among staff is that the merger was a takeover in all but name.", [A]);
t!(b3_voices_in_the_party, "Dissenting voices in the party say the leader has no plan.", [A]);
t!(b3_a_growing_number, "A growing number of farmers say they will sell up within five years.", [A]);
t!(b3_owners_of_shops, "Owners of independent shops say the business rates rise will finish them off.", [A]);
t!(b3_one_fan_anon, "One season-ticket holder, who did not want to be named, said the club had 'lost its soul'.", [A]);
// Traps.
t!(b3_trap_detectives_named, "Detective Inspector Mark Hale said officers were keeping an open mind.", [N]);
t!(b3_trap_ofsted, "Ofsted said the school required improvement.", [N]);
t!(b3_trap_detectives_arrested, "Detectives arrested two men in connection with the burglary.", []);
t!(b3_trap_governors_meet, "Governors will meet next week to discuss the head's future.", []);
t!(b3_trap_a_survey_of, "A survey of 2,000 adults will be carried out next month.", []);
t!(b3_trap_staff_were_praised, "Staff were praised for their quick thinking.", []);
t!(b3_trap_astronomers_watched, "Astronomers watched the comet pass within a million miles of Earth.", []);

// ---------------------------------------------------------------------------
// Precision checks for this round's heads and verbs: the new nouns as the
// news, not its source, and the bare verbs in other senses.
t!(p_trap_product_recall, "The recall affects more than two million cars sold since 2019.", []);
t!(p_trap_question_remains, "The question remains whether the money will ever be repaid.", []);
t!(p_trap_landlords_required, "Landlords are required to fit smoke alarms on every floor.", []);
t!(p_trap_retailer_sold, "The retailer sold its stake in the chain for £40m.", []);
t!(p_trap_volunteers_cleared, "Volunteers cleared tonnes of rubbish from the beach on Sunday.", []);
t!(p_trap_nurse_jailed, "A nurse who stole drugs from a hospital has been jailed for two years.", []);
t!(p_trap_voices_choir, "The choir's voices filled the cathedral.", []);
t!(p_trap_an_inquiry_will, "An inquiry will be held into the deaths.", []);
t!(p_trap_remember_imperative, "Remember to put your clocks forward on Saturday night.", []);
t!(p_trap_legend_player, "The club legend was given a guard of honour before kick-off.", []);
t!(p_trap_detectives_named_force, "Detectives from Thames Valley Police are investigating.", []);
t!(p_trap_like_to_say_named, "As the mayor likes to say, the city never sleeps.", [N]);
