//! Red team for the English engine: sentences written for this file (none from
//! a corpus) in the styles of wire copy, broadsheets, tabloids, business and
//! sports pages, one block per cue family of the label guide
//! (/work/shared/LABELS.md) and its traps. Gold labels follow the guide; a
//! `//` line gives the reason where the case is borderline.
//!
//! `t!(name, sentence, [labels])` asserts the exact own labels of a
//! one-sentence text; `m!(name, [sentences…], [labels])` the own labels of the
//! last sentence of a short text, `mc!` its context labels.

#[macro_use]
mod common;

use common::{A, N, U};
use sourcelight::Category;

#[track_caller]
fn check(texts: &[&str], want: &[Category], context: bool) {
    common::check_last("en", texts, want, context);
}

// ---------------------------------------------------------------------------
// Anonymous sources: unnamed individuals and unnamed members of institutions.
t!(anon_direct_knowledge, "The company is exploring a sale of its cloud unit, according to a person with direct knowledge of the matter.", [A]);
t!(anon_two_briefed, "Two people briefed on the negotiations said the two sides remained far apart on price.", [A]);
t!(anon_aides, "Aides said the president was furious about the leak.", [A]);
// "would go ahead" is a future in the past, not unverified.
t!(anon_white_house_official, "A White House official said the meeting would go ahead as planned.", [A]);
t!(anon_western_diplomats, "Western diplomats said Iran had moved centrifuges to a new underground site.", [A]);
t!(anon_sources_close_club, "Sources close to the club say the manager has lost the dressing room.", [A]);
t!(anon_close_investigation, "People close to the investigation said the suspect had travelled abroad twice last year.", [A]);
t!(anon_requested_anonymity_because, "An official who requested anonymity because he was not authorised to speak to the press said the talks had collapsed.", [A]);
t!(anon_pentagon_official_condition, "A senior Pentagon official, speaking on condition of anonymity to discuss internal deliberations, said the strike had been approved.", [A]);
t!(anon_government_source, "A government source said the bill would be delayed until the autumn.", [A]);
t!(anon_police_source_told, "A police source told the paper the victim knew his attacker.", [A]);
// A spokesman of no named body who would not be named: the anonymity formula decides.
t!(anon_spokesman_declined_named, "A spokesman, who declined to be named, said the firm would not comment on speculation.", [A]);
t!(anon_one_insider, "One insider said the chief executive had been sidelined for months.", [A]);
t!(anon_familiar_thinking, "A person familiar with his thinking said Mr Biden had not yet made a decision.", [A]);
// "could be agreed next week" is a forecast.
t!(anon_eu_diplomat, "A senior EU diplomat said the sanctions package could be agreed next week.", [A]);
t!(anon_officials_in_city, "Officials in Kyiv said at least 12 people were killed in the overnight attack.", [A]);
t!(anon_security_officials_believe, "Israeli security officials believe the attack was planned months in advance.", [A]);
t!(anon_source_at_club, "A source at the club said the striker had handed in a transfer request.", [A]);
t!(anon_current_former_employees, "Several current and former employees described a culture of fear at the company.", [A]);
// The friend is the source; the Sun is only who was told.
t!(anon_friend_told_sun, "A close friend of the singer told the Sun: 'She is heartbroken.'", [A]);
t!(anon_insider_revealed, "An insider revealed: 'The couple have been living separate lives for months.'", [A]);
t!(anon_senior_tories, "Senior Tories privately admit the party is heading for a heavy defeat.", [A]);
t!(anon_downing_street_source, "A Downing Street source insisted the prime minister retained full confidence in the chancellor.", [A]);
t!(anon_union_officials, "Union officials said the strike would go ahead on Monday.", [A]);
t!(anon_not_be_identified, "The official, who spoke on the condition that he not be identified, said the payments had been stopped.", [A]);
t!(anon_close_to_camp, "A person close to the player's camp said no offer had been received.", [A]);
t!(anon_administration_officials_day, "Administration officials said Tuesday that the plan would be unveiled next week.", [A]);
// The Associated Press is only the recipient; the officials are unnamed.
t!(anon_officials_told_ap, "Two U.S. officials told The Associated Press that the drone was shot down over the Red Sea.", [A]);
t!(anon_investigators_believe, "Investigators believe the fire was started deliberately.", [A]);
t!(anon_three_knowledge_deal, "Three people with knowledge of the deal said the price was around $2 billion.", [A]);
t!(anon_sources_said, "Sources said the player would undergo a medical on Monday.", [A]);
t!(anon_witnesses, "Witnesses said the gunman opened fire without warning.", [A]);
t!(anon_diplomats_said, "Diplomats said the resolution was unlikely to pass.", [A]);
t!(anon_officials_at_pentagon, "Officials at the Pentagon said the review would take weeks.", [A]);
t!(anon_royal_insider, "A royal insider said the Duke was 'deeply hurt' by the interview.", [A]);
t!(anon_source_told_sun, "A source told The Sun: 'They have been rowing for months.'", [A]);
t!(anon_friends_say, "Friends say the star has been devastated by the split.", [A]);
t!(anon_sources_in_spain, "Sources in Spain claim Real Madrid are ready to table a bid.", [A]);
t!(anon_background, "The plan was described by a senior official speaking on background.", [A]);
t!(anon_condition_discuss_intel, "The missile was fired from Yemen, said a US official who spoke on condition of anonymity to discuss sensitive intelligence.", [A]);
t!(anon_asked_not_identified_private, "A banker involved in the deal, who asked not to be identified because the matter is private, said talks were at an early stage.", [A]);
t!(anon_according_to_a_source, "According to a source, the coach has already told the squad he is leaving.", [A]);
t!(anon_people_familiar_plans, "The airline plans to order 100 jets, people familiar with the plans said.", [A]);
t!(anon_senior_executives, "Senior executives at the bank said the bonus pool would shrink.", [A]);
t!(anon_military_source, "A military source said the convoy had been ambushed near the border.", [A]);
t!(anon_one_official_added, "One official added that the talks were likely to resume after the holiday.", [A]);

// ---------------------------------------------------------------------------
// Anonymous sources: vague crowds.
t!(crowd_critics_say, "Critics say the reforms will hurt the poorest households.", [A]);
t!(crowd_some_argue, "Some argue that the central bank has waited too long.", [A]);
t!(crowd_many_fear, "Many fear the ceasefire will not hold.", [A]);
t!(crowd_some_economists_warn, "Some economists warn that inflation could return next year.", [A]);
t!(crowd_opponents_say, "Opponents of the scheme say it will destroy the village.", [A]);
t!(crowd_many_analysts_believe, "Many analysts believe the merger will face regulatory hurdles.", [A]);
t!(crowd_campaigners_claim, "Campaigners claim the new road will destroy ancient woodland.", [A]);
t!(crowd_residents_said, "Residents said the water had been brown for weeks.", [A]);
t!(crowd_some_have_suggested, "Some have suggested the timing of the announcement was no coincidence.", [A]);
t!(crowd_others_insist, "Others insist the policy is working.", [A]);
t!(crowd_skeptics_point_out, "Skeptics point out that similar promises were made in 2015.", [A]);
t!(crowd_fans_believe, "Many fans believe the club's owners have lost interest.", [A]);

// ---------------------------------------------------------------------------
// Anonymous sources: unnamed media.
t!(media_local_reported, "Local media reported that at least 30 people had been killed.", [A]);
// A state broadcaster left unnamed is an unnamed medium.
t!(media_state_television, "State television said the president had survived the attack unharmed.", [A]);
t!(media_according_israeli, "According to Israeli media, the hostages were moved to a tunnel.", [A]);
t!(media_reports_said, "Media reports said the singer had been taken to hospital.", [A]);
t!(media_british_newspapers, "British newspapers reported on Sunday that the couple had separated.", [A]);
t!(media_spanish_press, "According to reports in the Spanish press, Barcelona have made an offer of 60 million euros.", [A]);
t!(media_italian_media, "Italian media reported that the coach had been sacked.", [A]);
// "the state news agency" of no name: an unnamed medium.
t!(media_state_news_agency, "According to the state news agency, the talks lasted three hours.", [A]);
t!(media_reports_suggest, "Reports suggest the club has already agreed personal terms with the player.", [A]);
// Footage shown by an unnamed broadcaster is its account.
t!(media_state_run_tv, "State-run TV showed footage of the burning tanker.", [A]);

// ---------------------------------------------------------------------------
// Named sources.
t!(named_pm_said, "Prime Minister Keir Starmer said the government would not be deflected.", [N]);
t!(named_police_said, "Police said a 34-year-old man had been arrested on suspicion of murder.", [N]);
t!(named_ministry_statement, "The ministry said in a statement that the vessel had entered its territorial waters illegally.", [N]);
t!(named_according_report, "According to the report, emissions fell by 4 percent last year.", [N]);
t!(named_spokesperson_tesco, "A spokesperson for Tesco said the company was reviewing the matter.", [N]);
t!(named_age_apposition, "Smith, 45, said he had been waiting for three hours.", [N]);
t!(named_said_lawyer_for, "\u{201c}We did everything we could,\u{201d} said Jane Smith, a lawyer for the family.", [N]);
t!(named_told_cnn, "Smith told CNN that he had no plans to step down.", [N]);
t!(named_interview_with, "In an interview with the BBC, the governor defended the decision.", [N]);
t!(named_prosecutors, "Prosecutors said the defendant had wired the money to an offshore account.", [N]);
t!(named_court_ruled, "The court ruled that the dismissal was unlawful.", [N]);
t!(named_fed, "The Federal Reserve said on Wednesday it would keep interest rates unchanged.", [N]);
t!(named_club_confirmed, "Manchester United confirmed the signing on their official website.", [N]);
t!(named_filing, "Amazon said in a filing that it expected revenue to grow.", [N]);
t!(named_who_warned, "The World Health Organization warned on Monday that cases were rising in Europe.", [N]);
t!(named_mayor_told_reporters, "\u{201c}This is a dark day for our city,\u{201d} Mayor Karen Bass told reporters.", [N]);
t!(named_speaking_to_reporters, "Speaking to reporters after the match, Guardiola said his side had been careless.", [N]);
t!(named_dr_apposition, "Dr. Anthony Fauci, the nation's top infectious disease expert, said the vaccine was safe.", [N]);
t!(named_kremlin, "The Kremlin said the claims were \u{201c}absolutely unfounded.\u{201d}", [N]);
t!(named_told_commons, "Chancellor Rachel Reeves told the Commons that the public finances were worse than expected.", [N]);
t!(named_according_figures_ons, "According to figures from the Office for National Statistics, unemployment rose to 4.4 percent.", [N]);
t!(named_note_to_clients, "Goldman Sachs said in a note to clients that the stock was undervalued.", [N]);
t!(named_who_finished_third, "Hamilton, who finished third, said the car had been a handful all weekend.", [N]);
t!(named_company_said, "The company said it had notified about 1.2 million customers.", [N]);
t!(named_post_on_x, "In a post on X, Musk wrote that the feature would be launched soon.", [N]);
t!(named_unhcr, "The UN refugee agency, UNHCR, said more than 2 million people had fled.", [N]);
t!(named_minister_announced, "Interior Minister Gerald Darmanin announced that 45,000 police officers would be deployed.", [N]);
t!(named_home_office, "The Home Office said it did not comment on individual cases.", [N]);
t!(named_police_spokesman, "A police spokesman said officers were called to the scene at 2 a.m.", [N]);
t!(named_fire_brigade, "The fire brigade said the blaze was brought under control shortly after midnight.", [N]);
t!(named_writing_in, "Writing in the Daily Mail, Johnson said the policy was doomed.", [N]);
t!(named_government_announced, "The government announced a 5 billion pound package of support for farmers.", [N]);
t!(named_bloomberg_reported, "Bloomberg News reported earlier that the bank was weighing job cuts.", [N]);
t!(named_club_statement_quote, "\u{201c}We are not for sale,\u{201d} the club said in a statement.", [N]);
t!(named_white_house_said, "The White House said the president would sign the bill on Friday.", [N]);
t!(named_according_hrw, "According to a 40-page report by Human Rights Watch, the camps held at least 3,000 people.", [N]);
// Court documents are public records the reader can check: a named document.
t!(named_court_documents, "According to court documents, the couple owed more than $2 million.", [N]);
t!(named_asked_about, "Asked about the report, Merz said: \u{201c}I have nothing to add.\u{201d}", [N]);
t!(named_said_spokesman_name, "The talks will resume on Monday, said the ministry's spokesman, Li Wei.", [N]);
t!(named_club_confirmed_miss, "The club confirmed the 24-year-old would miss the rest of the season.", [N]);
t!(named_health_department, "The Health Department said 14 new cases had been recorded.", [N]);
t!(named_manager_told_sky, "Arteta told Sky Sports the injury was not serious.", [N]);
m!(named_she_added, ["The chief executive, Mary Barra, said demand remained strong.", "She added that prices would rise in the autumn."], [N]);
m!(named_he_added_that, ["Detective Inspector Paul Grant said the victim was known to police.", "He added that the investigation was continuing."], [N]);
m!(named_pronoun_said, ["Finance Minister Ana Lopez presented the budget on Tuesday.", "She said it would be balanced by 2027."], [N]);
mc!(named_context_quote_continues, ["\u{201c}It was chaos,\u{201d} said Tom Hughes, 52, a taxi driver.", "\u{201c}People were running everywhere.\u{201d}"], [N]);

// ---------------------------------------------------------------------------
// Unverified: allegation, rumour, speculation, impersonal belief, certainty.
t!(unv_reportedly, "The singer reportedly spent $2 million on the wedding.", [U]);
t!(unv_allegedly, "The man allegedly stabbed his neighbour after a row over parking.", [U]);
t!(unv_purportedly, "The video purportedly shows soldiers executing prisoners.", [U]);
t!(unv_is_said_to, "The billionaire is said to be furious with the board.", [U]);
t!(unv_believed_to, "The gunman is believed to have acted alone.", [U]);
t!(unv_thought_to, "The tanker is thought to have been carrying 80,000 tonnes of crude.", [U]);
t!(unv_understood_to, "The striker is understood to have agreed a five-year contract.", [U]);
t!(unv_appears_to, "The fire appears to have started in the kitchen.", [U]);
t!(unv_may_have_accessed, "The hackers may have accessed customers' bank details.", [U]);
t!(unv_might_have_been, "The victim might have been dead for several days before she was found.", [U]);
t!(unv_could_have_been, "The crash could have been caused by a faulty sensor.", [U]);
t!(unv_it_is_claimed, "It is claimed that the player was paid in cash.", [U]);
// "it emerged": the fact became known, the text does not say from whom.
t!(unv_it_emerged, "It emerged on Tuesday that the minister had failed to declare a donation.", [U]);
t!(unv_rumours_swirled, "Rumours of a takeover have swirled for weeks.", [U]);
t!(unv_it_is_clear, "It is clear that the government has lost control of the situation.", [U]);
t!(unv_no_doubt_that, "There is no doubt that the club's finances are in a mess.", [U]);
// "Of course" alone is emphasis more often than certainty in place of evidence (news corpus).
t!(unv_of_course, "Of course, the real reason for the delay is money.", []);
t!(unv_alleged_ringleader, "The alleged ringleader was arrested in Marbella.", [U]);
t!(unv_suspected_gunman, "The suspected gunman was shot dead by officers.", [U]);
t!(unv_rumoured_to, "The minister is rumoured to be in line for a peerage.", [U]);
t!(unv_widely_believed, "It is widely believed that the election was rigged.", [U]);
t!(unv_apparently, "The tycoon apparently left the country on a private jet.", [U]);
t!(unv_everyone_knows, "Everyone knows the league is rigged in favour of the big clubs.", [U]);
t!(unv_must_have_known, "The killer must have known his victim.", [U]);
t!(unv_seem_to_show, "The documents seem to show that the firm knew about the defect.", [U]);
// "likely" on a past event: speculation offered as a finding.
t!(unv_was_likely_caused, "The explosion was likely caused by a gas leak.", [U]);
t!(unv_clearly, "Clearly, the policy has failed.", [U]);
t!(unv_believed_married, "The couple are believed to have married in secret last summer.", [U]);
t!(unv_could_be_behind, "A Russian-linked group could be behind the blackout.", [U]);
// A modal about a present state of affairs, not a forecast.
t!(unv_may_be_supplying, "Russia may be supplying the rebels with weapons.", [U]);
t!(unv_alleged_to, "The suspect is alleged to have sent threatening messages to the judge.", [U]);
t!(unv_purported_to_be, "The painting is purported to be a lost Caravaggio.", [U]);
t!(unv_supposedly, "A bomb was supposedly hidden in the van.", [U]);
t!(unv_it_is_thought, "It is thought the pair met at a party in Chelsea.", [U]);
t!(unv_it_is_understood, "It is understood the talks broke down over pay.", [U]);
t!(unv_thought_to_number, "The group is thought to number about 2,000 fighters.", [U]);
t!(unv_has_been_suggested, "It has been suggested that the minister misled parliament.", [U]);
t!(unv_reportedly_business, "The company has reportedly attracted interest from private equity firms.", [U]);
t!(unv_said_to_be_unhappy, "The Argentine is said to be unhappy with his role in the team.", [U]);
t!(unv_unconfirmed, "The death of the commander has not been confirmed.", [U]);
t!(unv_cannot_verify, "The footage could not be independently verified.", [U]);
// "no doubt" is a certainty cue of the guide wherever it stands.
t!(unv_will_no_doubt, "Fans will no doubt be disappointed by the result.", [U]);
t!(unv_is_rumoured_that, "It is rumoured that the pair fell out over money.", [U]);
t!(unv_there_are_rumours, "There are rumours that the manager will quit at the end of the season.", [U]);

// ---------------------------------------------------------------------------
// Forecasts and grammatical conditionals: left alone.
t!(fc_could_be_signed, "The deal could be signed as early as next week.", []);
t!(fc_would_if, "The match would be cancelled if heavy rain continued.", []);
// A scheduled announcement, not an unnamed expectation about a fact.
t!(fc_expected_to_announce, "The company is expected to announce its results on Thursday.", []);
t!(fc_likely_to_fall, "Inflation is likely to fall below 3 percent by the end of the year.", []);
t!(fc_if_bill_passes, "If the bill passes, thousands of families could lose their benefits.", []);
t!(fc_will_hold, "The new stadium will hold 60,000 fans.", []);
t!(fc_could_rise_if, "Shares could rise further if the merger is approved.", []);
t!(fc_may_reach, "The storm may reach the coast by Friday evening.", []);
t!(fc_might_go_to_trial, "The case might go to trial next year.", []);
t!(fc_counterfactual, "Without the bailout, the airline would have collapsed.", []);
t!(fc_should_pick_up, "Growth should pick up in the second half of the year.", []);
t!(fc_death_toll_expected, "The death toll is expected to rise.", []);
t!(fc_expected_fit, "The 24-year-old is expected to be fit for Saturday's game.", []);
t!(fc_may_be_asked, "Voters may be asked to return to the polls in the spring.", []);

// ---------------------------------------------------------------------------
// Named speakers with hedges in what they say: named only.
t!(nh_putin_may_have_been, "Putin said the West may have been behind the explosion.", [N]);
t!(nh_quote_probably, "\u{201c}The virus probably came from a lab,\u{201d} Senator Rand Paul said.", [N]);
// The belief is the police's own statement.
t!(nh_police_believed, "Police said the man was believed to have fled abroad.", [N]);
t!(nh_prosecutor_alleged, "The prosecutor alleged that the defendant had laundered $3 million.", [N]);
t!(nh_accused_of_covering, "Jones accused the club of covering up the abuse.", [N]);
t!(nh_wife_told_reporters, "\u{201c}He may have been poisoned,\u{201d} his wife, Yulia Navalnaya, told reporters.", [N]);
t!(nh_out_for_weeks, "Ancelotti said Vinicius could be out for three weeks.", [N]);
t!(nh_of_course_quote, "\u{201c}Of course we are disappointed,\u{201d} Arteta said.", [N]);
t!(nh_claimed_rigged, "The former president claimed the vote had been rigged.", [N]);
// "reportedly" stays unverified wherever it stands.
t!(nh_reportedly_kept, "The ministry said the strike had reportedly killed 12 civilians.", [N, U]);
// "without evidence" is the writer marking the claim as unsupported.
t!(nh_without_evidence, "Trump claimed, without evidence, that the election had been rigged.", [N, U]);

// ---------------------------------------------------------------------------
// Both anonymous and unverified.
t!(both_reportedly_familiar, "The hackers reportedly stole data on 10 million users, people familiar with the matter said.", [A, U]);
t!(both_believed_source, "The minister is believed to have offered his resignation, a government source said.", [A, U]);
t!(both_allegedly_sources, "The prince allegedly met the businessman twice in London, according to sources.", [A, U]);
t!(both_understood_close, "The player is understood to have rejected the offer, sources close to the club said.", [A, U]);
t!(both_unconfirmed_reports, "Unconfirmed reports said the rebel leader had been killed.", [A, U]);
// A named paper that relies on unnamed informants: both the paper and them.
t!(both_named_paper_unnamed, "The Wall Street Journal, citing people familiar with the matter, reported that the bank was weighing job cuts.", [A, N]);
t!(both_newspaper_citing_unnamed, "The newspaper reported, citing unnamed sources, that the deal had collapsed.", [A, N]);

// ---------------------------------------------------------------------------
// Plain facts and traps: no label.
t!(plain_rate, "The central bank raised its benchmark rate by a quarter point on Wednesday.", []);
t!(plain_museum, "The museum reopened in 2019 after a five-year renovation.", []);
t!(plain_match, "Liverpool beat Chelsea 2-1 at Anfield on Saturday.", []);
t!(plain_flooding, "Heavy rain caused flooding across the region.", []);
t!(plain_shares, "Shares in the company fell 8 percent in early trading.", []);
t!(plain_source_of_water, "The river is a major source of drinking water for the city.", []);
t!(plain_source_code, "The company released the source code of its chatbot.", []);
t!(plain_officials_will_meet, "Officials from both countries will meet in Geneva next month.", []);
t!(plain_report_pages, "The report runs to 300 pages.", []);
t!(plain_critics_invited, "Critics of the film were invited to the premiere.", []);
t!(plain_police_arrived, "The police arrived within minutes.", []);
t!(plain_book_tells, "The book tells the story of a family torn apart by war.", []);
t!(plain_many_stranded, "Many people were stranded at the airport overnight.", []);
t!(plain_sentenced, "He was sentenced to four years in prison.", []);
t!(plain_goals, "The striker has scored 12 goals in 15 games this season.", []);
t!(plain_experts_gather, "Experts will gather in Vienna for the conference.", []);
t!(plain_funding_sources, "Sources of funding include the European Union and private donors.", []);
t!(plain_residents_evacuated, "Residents were evacuated from three streets near the factory.", []);
t!(plain_officials_arrested, "Two officials were arrested on corruption charges.", []);
// Results a company reports are its own on-the-record statement.
t!(named_reported_profit, "The bank reported a net profit of $4.2 billion for the quarter.", [N]);

// ---------------------------------------------------------------------------
// Context across sentences.
// The pronoun stands for the unnamed official, not for a named speaker.
m!(ctx_pronoun_after_anonymous, ["A senior official said the plan was dead.", "He said the cabinet had rejected it on Tuesday."], [A]);
m!(ctx_pronoun_after_named, ["Mr Khan was first elected in 2016.", "He said on Monday that he would stand again."], [N]);
mc!(ctx_account_after_unnamed, ["The deal is close, according to a person familiar with the talks.", "The two sides have agreed on a price of about $40 a share."], [A]);

// ---------------------------------------------------------------------------
// Second round: wire-copy tails, newsroom formulas, tabloid and sports
// sourcing, documents.
t!(anon_those_close_to, "Those close to the prime minister say he is exhausted.", [A]);
t!(anon_well_placed_source, "A well-placed source said the budget would include a tax on windfall profits.", [A]);
t!(anon_person_involved, "A person involved in the talks said a deal was unlikely before the weekend.", [A]);
t!(anon_former_senior_official, "A former senior official said the agency had ignored repeated warnings.", [A]);
t!(anon_one_fan_wrote, "One fan wrote on social media that the performance was a disgrace.", [A]);
t!(anon_onlooker, "An onlooker said the driver lost control of the car and hit a lamppost.", [A]);
t!(anon_neighbour_did_not_want, "A neighbour, who did not want to be named, said the family had moved in last year.", [A]);
t!(anon_source_added, "Talks are at an advanced stage, the source added.", [A]);
t!(anon_senior_figures_club, "Senior figures at the club believe the manager has lost the dressing room.", [A]);
t!(anon_whitehall_source, "A Whitehall source said the plan had been shelved.", [A]);
t!(anon_palace_sources, "Palace sources insist the King is in good health.", [A]);
t!(anon_company_officials, "Company officials said production would resume within days.", [A]);
t!(anon_people_asked_private, "The deal values the company at about $10 billion, said the people, who asked not to be identified discussing private information.", [A]);
t!(anon_source_close_star_mailonline, "A source close to the star told MailOnline the couple were trying to make things work.", [A]);
t!(anon_people_are_saying, "People are saying the mayor will quit before the summer.", [A]);
// The newsroom's own unnamed informants, as with "has learned".
t!(media_athletic_understands, "The Athletic understands the club has agreed a fee with Benfica.", [A]);
t!(media_has_been_told, "Sky Sports News has been told the deal is close to completion.", [A]);
t!(media_german_newspaper, "A German newspaper reported that the carmaker had cut its forecast.", [A]);
t!(media_reports_in_italy, "Chelsea are keen on the midfielder, according to reports in Italy.", [A]);
// The document is unidentified; Reuters only says it has seen it.
t!(anon_document_seen_by, "According to a document seen by Reuters, the bank plans to cut 4,000 jobs.", [A]);
t!(crowd_most_economists_expect, "Most economists expect the central bank to cut rates in June.", [A]);
t!(crowd_detractors_claim, "Detractors claim the stadium will never pay for itself.", [A]);
t!(crowd_critics_have_long_argued, "Critics have long argued that the tax is unfair.", [A]);
t!(crowd_some_say, "Some say the deal is already dead.", [A]);

t!(named_said_smith_end, "The deal is good for everyone, said Smith.", [N]);
t!(named_on_twitter, "Smith said on Twitter that he would appeal.", [N]);
t!(named_wrote_in_blog, "Markets are too calm, wrote Jones in a blog post.", [N]);
t!(named_according_to_person, "According to Smith, the money was never paid.", [N]);
t!(named_told_court, "Mr. Smith, a 45-year-old father of three, told the court he had been threatened.", [N]);
t!(named_said_who_runs, "Business has halved since the road closed, said Maria Lopez, 34, who runs a bakery nearby.", [N]);
t!(named_lawsuit_alleges, "The lawsuit alleges that the company misled investors about its finances.", [N]);
t!(named_indictment, "The indictment says the men laundered the money through shell companies.", [N]);
t!(named_statement_family, "In a statement, the family said they were devastated.", [N]);
t!(named_press_secretary, "White House press secretary Karine Jean-Pierre told reporters the president had been briefed.", [N]);
t!(named_boss_said, "Chelsea boss Enzo Maresca said the defender would be out for a month.", [N]);
t!(named_downing_street, "Downing Street said the prime minister had full confidence in the home secretary.", [N]);
t!(named_no_10, "No 10 said the prime minister had full confidence in the home secretary.", [N]);
t!(named_scotland_yard, "Scotland Yard said two men had been charged.", [N]);
t!(named_hospital_said, "The hospital said the boy was in a stable condition.", [N]);
t!(named_according_website, "According to its website, the charity has helped 20,000 families.", [N]);
t!(named_prosecutors_allege, "Prosecutors allege that the men planned the robbery for months.", [N]);
t!(named_washington_believes, "Washington believes the strike was carried out by Iranian-backed militias.", [N]);
t!(named_moscow_denied, "Moscow has denied the claims.", [N]);
t!(named_statement_read, "\u{201c}We are heartbroken,\u{201d} a statement from the club read.", [N]);

t!(unv_no_secret, "It is no secret that the two men dislike each other.", [U]);
t!(unv_open_secret, "It is an open secret that the club is for sale.", [U]);
t!(unv_without_question, "Without question, this is the club's worst season in decades.", [U]);
t!(unv_undeniably, "Undeniably, the policy has made housing less affordable.", [U]);
t!(unv_widely_known, "It is widely known that the mayor owns several properties abroad.", [U]);
t!(unv_word_is, "Word is that the manager wants out.", [U]);
t!(unv_claims_emerged, "Claims have emerged that the star cheated on his wife.", [U]);
t!(unv_speculation_mounting, "Speculation is mounting that the chairman will step down.", [U]);
t!(#[ignore = "needs engine: \"it is possible that\" + past-tense clause is speculation, + future clause a forecast; the data cannot test tense of a bare past verb (\"escaped\") without flagging participles (\"will be approved\")"] unv_it_is_possible, "It is possible that the virus escaped from a laboratory.", [U]);
t!(unv_it_is_likely_past, "It is likely that the documents were destroyed.", [U]);
t!(unv_probably_came, "The leak probably came from inside the ministry.", [U]);
t!(unv_possibly_linked, "The two deaths are possibly linked.", [U]);
t!(unv_likely_to_have, "The plane is likely to have crashed into the sea.", [U]);
t!(unv_it_may_be_that, "It may be that the board never saw the report.", [U]);
t!(unv_suspected_of, "The man is suspected of setting fire to the warehouse.", [U]);
t!(unv_so_called, "The man was allegedly part of a so-called hit squad.", [U]);

t!(fc_might_have_new_owner, "The club might have a new owner by Christmas.", []);
t!(fc_may_have_to_cut, "The firm may have to cut jobs if sales do not recover.", []);
t!(fc_could_be_months, "It could be months before the results are known.", []);
t!(fc_game_may_be_postponed, "The game may be postponed.", []);
t!(fc_could_face_if, "If the allegations are true, the minister could face jail.", []);
t!(fc_prices_likely_rise, "Prices are likely to rise again in the autumn.", []);

t!(plain_said_goodbye, "The company said goodbye to its founder at a ceremony in Seattle.", []);
t!(plain_officials_investigating, "Officials are investigating the cause of the crash.", []);
t!(plain_witnesses_asked, "Witnesses were asked to come forward.", []);
t!(plain_police_arrested, "Police arrested two men in the early hours of Sunday.", []);
t!(plain_sources_of_revenue, "Advertising and subscriptions are the paper's main sources of revenue.", []);

m!(ctx_the_people_said, ["The plan was approved on Monday, according to two people familiar with the decision.", "The people said the board voted 7-2."], [A]);
m!(ctx_the_official_said, ["A senior official said the plan was dead.", "The official said the cabinet had rejected it."], [A]);
m!(ctx_people_asked_not_identified, ["The deal values the firm at $10 billion, according to people familiar with the matter.", "The people asked not to be identified because the talks are private."], [A]);
