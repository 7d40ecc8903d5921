//! Red team for the English engine, round 7: sentences written for this file
//! (none from a corpus), aimed at `unverified` in real news: hedged findings
//! about past or present facts across crime, war, business, science, sport
//! and politics, with traps that stay unlabelled (forecasts, schedules,
//! hypotheses, "may" of permission) or named only (named quotes with hedges).
//! Gold labels follow /work/shared/LABELS.md.

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
// Crime.
t!(cr_appears_forced_window, "The burglars appear to have forced a rear window to get in.", [U]);
t!(cr_likely_caused_by_arson, "The fire at the warehouse was likely caused by arson.", [U]);
t!(cr_may_have_been_poisoned, "The dog may have been poisoned by a neighbour.", [U]);
t!(cr_thought_fled_abroad, "The fraudster is thought to have fled to Dubai.", [U]);
t!(cr_reportedly_hid_cash, "The gang reportedly hid the cash inside hollowed-out tyres.", [U]);
t!(cr_allegedly_sold_fake, "The pharmacist allegedly sold fake vaccines to care homes.", [U]);
t!(cr_understood_known_victim, "It is understood the attacker was known to the victim.", [U]);
t!(cr_might_have_tipped_off, "Someone inside the prison might have tipped off the escapees.", [U]);
t!(cr_presumably_waited, "The killer presumably waited until the street was empty.", [U]);
t!(cr_believed_second_gunman, "A second gunman is believed to have escaped on a motorbike.", [U]);
t!(cr_evidently_planned, "The robbery had evidently been planned for months.", [U]);
t!(cr_must_have_had_key, "Whoever took the jewels must have had a key to the vault.", [U]);
t!(cr_suspected_drug_lab, "Officers raided a suspected drug lab in a disused farmhouse.", [U]);

// War and conflict.
t!(war_appears_struck_depot, "The missile appears to have struck an ammunition depot.", [U]);
t!(war_likely_fired_from_ship, "The rockets were likely fired from a ship in the Black Sea.", [U]);
t!(war_may_have_shot_down, "Air defences may have shot down their own aircraft.", [U]);
t!(war_reportedly_captured, "Rebel fighters have reportedly captured the airport.", [U]);
t!(war_unconfirmed_claims, "There were unconfirmed claims that the general had been killed.", [U]);
t!(war_could_not_be_verified, "The casualty figures could not be verified.", [U]);
t!(war_thought_hundreds_dead, "Hundreds of civilians are thought to have died in the siege.", [U]);
t!(war_seems_retreated, "The army seems to have retreated from the river line.", [U]);
t!(war_probably_used_cluster, "Both sides have probably used cluster munitions.", [U]);
t!(war_no_doubt_regime_behind, "There is no doubt the regime was behind the gas attack.", [U]);
t!(war_alleged_massacre, "The alleged massacre took place in a village near the border.", [U]);
t!(war_could_be_behind, "A rogue unit could be behind the shelling of the hospital.", [U]);

// Business.
t!(bus_appears_overstated, "The company appears to have overstated its profits for years.", [U]);
t!(bus_likely_caused_by_glitch, "The crash in the share price was likely caused by a trading glitch.", [U]);
t!(bus_may_have_breached, "The bank may have breached money-laundering rules.", [U]);
t!(bus_reportedly_approached, "The retailer has reportedly approached a rival about a merger.", [U]);
t!(bus_understood_to_have_hired, "The firm is understood to have hired advisers for a sale.", [U]);
t!(bus_said_to_be_considering, "The carmaker is said to be considering closing its Swindon plant.", [U]);
t!(bus_rumoured_to_have_bid, "A Gulf fund is rumoured to have bid for the club.", [U]);
t!(bus_seemingly_ignored, "The board seemingly ignored warnings from its own auditors.", [U]);
t!(bus_clear_that_misled, "It is clear that the company misled its investors.", [U]);
t!(bus_unconfirmed_report, "The shares fell after an unconfirmed report that the chief executive had resigned.", [U]);
t!(bus_supposedly_independent, "The supposedly independent review was paid for by the bank itself.", [U]);

// Science and health.
t!(sci_likely_caused_by_asteroid, "The crater was most likely caused by an asteroid impact.", [U]);
t!(sci_may_have_been_domesticated, "Cats may have been domesticated earlier than once thought.", [U]);
t!(sci_appears_to_have_originated, "The strain appears to have originated in bats.", [U]);
t!(sci_is_thought_to_be_oldest, "The tree is thought to be the oldest in Europe.", [U]);
t!(sci_probably_died_of, "The pharaoh probably died of malaria.", [U]);
t!(sci_seems_to_reduce, "The drug seems to reduce the risk of a second stroke.", [U]);
t!(sci_could_have_harboured, "Mars could have harboured life billions of years ago.", [U]);
t!(sci_believed_extinct, "The frog was believed to be extinct until last year.", [U]);
t!(sci_apparently_contaminated, "The samples had apparently been contaminated in the lab.", [U]);

// Sport.
t!(sp_appears_torn_hamstring, "The striker appears to have torn a hamstring.", [U]);
t!(sp_reportedly_agreed, "The winger has reportedly agreed personal terms with the champions.", [U]);
t!(sp_understood_rejected, "It is understood that the club rejected a £40m offer.", [U]);
t!(sp_said_to_be_unhappy, "The manager is said to be unhappy with the board.", [U]);
t!(sp_might_have_been_doping, "Half the peloton might have been doping at the time.", [U]);
t!(sp_allegedly_bet, "The goalkeeper allegedly bet on his own team to lose.", [U]);
t!(sp_everyone_knows_fixed, "Everyone knows the fight was fixed.", [U]);
t!(sp_likely_suffered_concussion, "The fly-half likely suffered a concussion in the first half.", [U]);

// Politics.
t!(pol_appears_to_have_leaked, "The minister appears to have leaked the report to a friendly newspaper.", [U]);
t!(pol_may_have_misled, "The prime minister may have misled parliament over the parties.", [U]);
// "The president … told" is an identifiable speaker; "reportedly" marks the
// claim itself and stays (LABELS.md, hard cases).
t!(pol_reportedly_told_aides, "The president reportedly told aides he would not run again.", [N, U]);
t!(pol_is_thought_to_have_met, "The envoy is thought to have met Hamas officials in Doha.", [U]);
t!(pol_believed_to_have_donated, "The businessman is believed to have donated £5m to the party.", [U]);
t!(pol_alleged_cover_up, "The alleged cover-up has dominated the campaign.", [U]);
t!(pol_obviously_knew, "The chancellor obviously knew about the black hole in the budget.", [U]);
t!(pol_undoubtedly_rigged, "The election was undoubtedly rigged.", [U]);
t!(pol_claims_unverified, "Claims that the ballots were burnt remain unverified.", [U]);

// More hedges.
t!(more_in_all_likelihood, "In all likelihood, the ship was carrying weapons.", [U]);
t!(more_in_all_probability, "The leak was in all probability an inside job.", [U]);
t!(more_presumed_acted_alone, "The shooter is presumed to have acted alone.", [U]);
t!(more_feared_lost, "Most of the savings are feared lost.", [U]);
t!(more_apparently_abandoned, "The car was later found burnt out, apparently abandoned by the thieves.", [U]);
t!(more_possibly_strongest, "The earthquake was possibly the strongest in a century.", [U]);
t!(more_chances_are, "Chances are the virus was circulating for weeks before it was detected.", [U]);
t!(more_hallmarks, "The hack bears all the hallmarks of a state-sponsored operation.", [U]);
t!(more_it_seems_parenthetical, "The minister, it seems, knew nothing of the deal.", [U]);
t!(more_presumably_unaware, "The fans were presumably unaware of the ban.", [U]);
t!(more_suspected_to_have_started, "The fire is suspected to have started in the kitchen.", [U]);

// ---------------------------------------------------------------------------
// Traps: forecasts and schedules.
t!(trap_could_be_signed, "The ceasefire could be signed as early as Friday.", []);
t!(trap_likely_to_raise, "The central bank is likely to raise rates in March.", []);
t!(trap_may_be_delayed, "The launch may be delayed until next year.", []);
t!(trap_expected_to_vote, "MPs are expected to vote on the bill next week.", []);
t!(trap_scheduled_to_land, "The probe is scheduled to land on the moon in 2028.", []);
t!(trap_will_probably_win, "The favourite will probably win the title next season.", []);
// Hypotheses.
t!(trap_if_had_scored, "If the striker had scored, the team would have gone top.", []);
t!(trap_unless_talks_resume, "Unless talks resume, the strike could last until Christmas.", []);
t!(trap_were_the_plant_to_close, "Were the plant to close, hundreds of jobs would go.", []);
// "May" of permission, ability and rules.
t!(trap_may_leave_early, "Pupils may leave early on Friday afternoon.", []);
t!(trap_passengers_may_bring, "Passengers may bring one small bag on board.", []);
t!(trap_players_may_appeal, "Players may appeal against a red card within 48 hours.", []);
t!(trap_can_be_seen, "The comet can be seen with the naked eye this week.", []);
// Plain facts and neutral uses of the words.
t!(trap_appeared_in_court, "The three men appeared in court in Leeds on Thursday.", []);
t!(trap_appeared_on_stage, "The singer appeared on stage two hours late.", []);
// "is seen as" is an impersonal passive of belief with no source: unverified.
t!(imp_is_seen_as, "She is seen as the likely candidate for the job.", [U]);
t!(trap_likely_candidate, "The party has picked its likely candidate for mayor.", []);
t!(trap_chances_are_slim, "The chances are slim that the hostages will be freed before the weekend.", []);
t!(trap_chances_are_high_rates, "Chances are high for a rate cut, traders said.", [A]);
t!(trap_set_to_kick_off, "The match is set to kick off at 3pm.", []);
// Named quotes with hedges stay named only.
t!(named_police_said_may_have, "Police said the victim may have known her attacker.", [N]);
t!(named_scientist_said_likely, "Dr Helen Price said the virus had probably jumped from animals to humans.", [N]);
t!(named_minister_believes, "The defence minister said he believed the drone had been launched from Iran.", [N]);
t!(named_coach_said_appears, "\"It appears he has torn a ligament,\" said coach Mark Evans.", [N]);
t!(named_company_said_may_have, "The airline said in a statement that a bird strike may have caused the engine failure.", [N]);
