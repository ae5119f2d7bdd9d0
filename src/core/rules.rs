//! The rules engine: one function from a declaration, the agreement in force and today's date to a
//! report of findings and the figures behind them (`shared/RULES.md`).
//!
//! Every rule is one function named after its id, with its clause in the doc comment. Numbers come
//! from the agreement data, never from constants here.

use super::agreement::{self, Agreement, LimitUnit, PartialRules};
use super::i18n::Message;
use super::inami::InamiNumber;
use super::model::{Choice, Declaration, Rates, Role, Slot, Weekday};
pub use super::rule_id::{PartialRule, RuleId, RulePrefix};
use super::wording;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};

/// How serious a finding is: errors make a declaration invalid, warnings only deserve attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing the check found, with where it comes from and what it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Stable rule id from RULES.md (`gp-free-blocks-per-week`).
    pub rule: RuleId,
    pub severity: Severity,
    /// The clause of the agreement in force this rule comes from, where a source gives its number;
    /// `None` for checks that are no clause (an unused site, an invalid INAMI number).
    pub clause: Option<String>,
    /// Indices (0-based, ascending) of the slots the finding is about; empty for the whole declaration.
    pub slots: Vec<usize>,
    /// The site the finding is about (`sp-site-access`, `site-unused`).
    pub site: Option<String>,
    /// The explanation, translated when shown.
    pub message: Message,
    /// Where Conventio interprets a clause no source settles (normal hours, minutes for services,
    /// the site rule), the interpretation in one line.
    pub interpretation: Option<Message>,
}

/// A maximal run of continuous free-rate time on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FreeBlock {
    pub day: Weekday,
    pub start: u16,
    pub end: u16,
    pub slots: Vec<usize>,
}

impl FreeBlock {
    pub fn minutes(&self) -> u32 {
        u32::from(self.end - self.start)
    }
}

/// Whether a site offers agreement-rate ambulatory care.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SiteAccess {
    pub site: String,
    pub has_agreement_slot: bool,
}

/// The figures behind the findings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Free periods in the week, counted in the agreement's unit (blocks, or days).
    pub free_blocks: u32,
    /// The most the agreement allows for this doctor's role (absent without a role).
    pub free_blocks_max: Option<u32>,
    /// `blocks` or `days`.
    pub free_limit_unit: Option<LimitUnit>,
    pub longest_free_block_minutes: u32,
    pub free_block_max_minutes: Option<u32>,
    /// Agreement-rate minutes over the whole week.
    pub agreement_minutes: u32,
    /// All scheduled minutes in the week.
    pub total_minutes: u32,
    /// Minutes of all ambulatory slots.
    pub ambulatory_minutes: u32,
    /// Agreement-rate ambulatory minutes within normal hours.
    pub ambulatory_agreement_normal_minutes: u32,
    /// The share rule for this role: counted minutes over base minutes must reach numerator/denominator.
    pub share_counted_minutes: u32,
    pub share_base_minutes: u32,
    pub share_numerator: Option<u32>,
    pub share_denominator: Option<u32>,
    /// Per declared site, whether it has an agreement-rate ambulatory slot.
    pub site_access: Vec<SiteAccess>,
    /// The declaration window (`initial`, `second-year`, `amendment`, …).
    pub window: String,
    /// The window that decides the last day for this doctor, by its own kind (`recognition` for a
    /// newly recognised doctor's `initial` declaration): the name the app shows everywhere.
    pub window_shown: String,
    /// The year the window's declaration is for (its titles say "Declare for 2027").
    pub window_year: i32,
    /// The window's last day (inclusive) for this doctor; `None` when it has none (amendment) or
    /// the agreement has no such window.
    pub deadline: Option<NaiveDate>,
    /// The published last day when the user set a later one (an extension INAMI announced).
    pub deadline_published: Option<NaiveDate>,
    /// Whether a source confirms the window's dates.
    pub deadline_confirmed: bool,
    /// Days from today to the last day (negative when past).
    pub days_left: Option<i64>,
    /// The day the declaration was prepared (today when the file does not say).
    pub prepared_on: NaiveDate,
    /// The day of the check, from which `days_left` counts.
    pub checked_on: NaiveDate,
    /// Days from the preparation date to the last day (negative when prepared late).
    pub prepared_days_left: Option<i64>,
    /// Whether the choice must be registered at all: full adherence never needs to be.
    pub registration_needed: bool,
    /// When the declared conditions take effect, when known.
    pub effective_on: Option<NaiveDate>,
    /// How the effective date is decided (`agreement_in_force`, `on`, `from_registration`).
    pub effective_rule: Option<&'static str>,
    /// The statut social amount this choice keeps, in euro cents, when known.
    pub statut_social_cents: Option<i64>,
    pub statut_social_confirmed: bool,
}

/// The outcome of a check.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

impl Report {
    /// True when no finding is an error.
    pub fn is_ok(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.severity == Severity::Warning)
    }

    /// The ids of the rules that fired, each once, sorted.
    pub fn rule_ids(&self) -> BTreeSet<&RuleId> {
        self.findings.iter().map(|f| &f.rule).collect()
    }
}

/// Checks a declaration against the agreement. `today` stands in for a missing preparation date.
pub fn check(declaration: &Declaration, agreement: &Agreement, today: NaiveDate) -> Report {
    let context = Context::new(declaration, agreement, today);
    let mut findings = Vec::new();
    window_unavailable(&context, &mut findings);
    window_choice(&context, &mut findings);
    window_standing(&context, &mut findings);
    slot_time_order(&context, &mut findings);
    slot_unknown_site(&context, &mut findings);
    slot_overlap(&context, &mut findings);
    site_unused(&context, &mut findings);
    doctor_inami_invalid(&context, &mut findings);
    doctor_role_mismatch(&context, &mut findings);
    doctor_role_missing(&context, &mut findings);
    full_has_free_slots(&context, &mut findings);
    partial_without_free_slots(&context, &mut findings);
    if let (Choice::Partial, Some(rules)) = (declaration.choice, context.partial_rules) {
        free_setting(&context, rules, &mut findings);
        free_periods_per_week(&context, rules, &mut findings);
        free_block_length(&context, rules, &mut findings);
        agreement_share(&context, rules, &mut findings);
        site_access(&context, rules, &mut findings);
    }
    deadline_passed(&context, &mut findings);
    let summary = context.summary();
    Report { findings, summary }
}

/// What every rule needs, computed once.
struct Context<'a> {
    declaration: &'a Declaration,
    agreement: &'a Agreement,
    role: Option<Role>,
    partial_rules: Option<&'a PartialRules>,
    prepared_on: NaiveDate,
    today: NaiveDate,
    /// Indices of slots whose end is after their start: the only ones that count as time.
    timed: Vec<usize>,
    free_blocks: Vec<FreeBlock>,
    /// Position of each declared site id (the first, should an id repeat), so that no rule scans
    /// every site for every slot: a hostile file may hold thousands of both.
    site_positions: HashMap<&'a str, usize>,
}

impl<'a> Context<'a> {
    fn new(declaration: &'a Declaration, agreement: &'a Agreement, today: NaiveDate) -> Self {
        let role = declaration.role();
        let timed: Vec<usize> = (0..declaration.slots.len())
            .filter(|&i| declaration.slots[i].end > declaration.slots[i].start)
            .collect();
        let free_blocks = free_blocks(&declaration.slots, &timed);
        let mut site_positions = HashMap::with_capacity(declaration.sites.len());
        for (position, site) in declaration.sites.iter().enumerate() {
            site_positions.entry(site.id.as_str()).or_insert(position);
        }
        Context {
            declaration,
            agreement,
            role,
            partial_rules: role.map(|role| agreement.partial_rules(role)),
            prepared_on: declaration.prepared_on.unwrap_or(today),
            today,
            timed,
            free_blocks,
            site_positions,
        }
    }

    fn is_declared_site(&self, id: &str) -> bool {
        self.site_positions.contains_key(id)
    }

    fn slot(&self, index: usize) -> &'a Slot {
        &self.declaration.slots[index]
    }

    fn timed_slots(&self) -> impl Iterator<Item = (usize, &'a Slot)> + '_ {
        self.timed.iter().map(|&i| (i, self.slot(i)))
    }

    fn free_slots(&self) -> impl Iterator<Item = (usize, &'a Slot)> + '_ {
        self.declaration
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.rates == Rates::Free)
    }

    /// Free periods counted in the agreement's unit.
    fn free_periods(&self, unit: LimitUnit) -> u32 {
        match unit {
            LimitUnit::Blocks => self.free_blocks.len() as u32,
            LimitUnit::Days => self.free_blocks.iter().map(|b| b.day).collect::<BTreeSet<_>>().len() as u32,
        }
    }

    /// The declaration's window for this doctor, when the agreement has it.
    fn window(&self) -> Option<agreement::DeclarationWindow<'a>> {
        self.agreement
            .declaration_window(self.declaration.window_kind(), &self.declaration.doctor)
    }

    /// (counted, base) minutes of the role's share rule.
    fn share_minutes(&self, rules: &PartialRules) -> (u32, u32) {
        let share = &rules.agreement_share;
        let normal = &self.agreement.normal_hours;
        let mut counted = 0;
        let mut base = 0;
        for (_, slot) in self.timed_slots() {
            if share.base_settings.contains(&slot.setting) {
                base += slot.minutes();
            }
            if slot.rates == Rates::Agreement && share.counted_settings.contains(&slot.setting) {
                counted += if share.counted_in_normal_hours_only {
                    normal.minutes_within(slot.day, slot.start, slot.end)
                } else {
                    slot.minutes()
                };
            }
        }
        (counted, base)
    }

    /// The sites that have an agreement-rate slot in one of these settings, found in one pass.
    fn sites_with_agreement_access(&self, settings: &[super::model::Setting]) -> HashSet<&'a str> {
        self.timed_slots()
            .filter(|(_, s)| s.rates == Rates::Agreement && settings.contains(&s.setting))
            .map(|(_, s)| s.site.as_str())
            .collect()
    }

    fn summary(&self) -> Summary {
        let mut agreement_minutes = 0;
        let mut total_minutes = 0;
        let mut ambulatory_minutes = 0;
        let mut ambulatory_agreement_normal_minutes = 0;
        for (_, slot) in self.timed_slots() {
            total_minutes += slot.minutes();
            if slot.rates == Rates::Agreement {
                agreement_minutes += slot.minutes();
            }
            if slot.is_ambulatory() {
                ambulatory_minutes += slot.minutes();
                if slot.rates == Rates::Agreement {
                    ambulatory_agreement_normal_minutes += self
                        .agreement
                        .normal_hours
                        .minutes_within(slot.day, slot.start, slot.end);
                }
            }
        }
        let rules = self.partial_rules;
        let (share_counted_minutes, share_base_minutes) = rules.map_or((0, 0), |r| self.share_minutes(r));
        let access_settings = rules.and_then(|r| r.site_access.as_ref()).map_or_else(
            || vec![super::model::Setting::Office, super::model::Setting::HomeVisit],
            |a| a.settings.clone(),
        );
        let with_access = self.sites_with_agreement_access(&access_settings);
        let window = self.window();
        let deadline = window.and_then(|w| w.last_day);
        let statut = &self.agreement.statut_social;
        let (statut_social_cents, statut_social_confirmed) = match self.declaration.choice {
            Choice::Full => (statut.full.cents, statut.full.confirmed),
            Choice::Partial => (statut.partial.cents, statut.partial.confirmed),
            Choice::Refusal => (Some(0), true),
        };
        let unit = rules.map(|r| r.free_limit.unit);
        Summary {
            free_blocks: self.free_periods(unit.unwrap_or(LimitUnit::Blocks)),
            free_blocks_max: rules.map(|r| r.free_limit.max),
            free_limit_unit: unit,
            longest_free_block_minutes: self.free_blocks.iter().map(FreeBlock::minutes).max().unwrap_or(0),
            free_block_max_minutes: rules.and_then(|r| r.block_length.as_ref()).map(|b| b.max_minutes),
            agreement_minutes,
            total_minutes,
            ambulatory_minutes,
            ambulatory_agreement_normal_minutes,
            share_counted_minutes,
            share_base_minutes,
            share_numerator: rules.map(|r| r.agreement_share.numerator),
            share_denominator: rules.map(|r| r.agreement_share.denominator),
            site_access: self
                .declaration
                .sites
                .iter()
                .map(|site| SiteAccess {
                    site: site.id.clone(),
                    has_agreement_slot: with_access.contains(site.id.as_str()),
                })
                .collect(),
            window: self.declaration.window_kind().to_owned(),
            window_shown: window.map_or_else(|| self.declaration.window_kind().to_owned(), |w| w.window.kind.clone()),
            window_year: window.map_or_else(
                || chrono::Datelike::year(&self.agreement.period.end),
                |w| wording::window_year(self.agreement, w.window),
            ),
            deadline,
            deadline_published: window.and_then(|w| w.window.published_last_day),
            deadline_confirmed: window.is_some_and(|w| w.window.confirmed),
            // Nothing to register: no days are left to count.
            days_left: deadline
                .filter(|_| self.declaration.must_be_registered())
                .map(|d| agreement::days_left(d, self.today)),
            prepared_on: self.prepared_on,
            checked_on: self.today,
            prepared_days_left: deadline
                .filter(|_| self.declaration.must_be_registered())
                .map(|d| agreement::days_left(d, self.prepared_on)),
            registration_needed: self.declaration.must_be_registered(),
            effective_on: window.and_then(|w| self.agreement.effective_on(w.window, self.prepared_on)),
            effective_rule: window.map(|w| match w.window.effective {
                agreement::Effective::AgreementInForce => "agreement_in_force",
                agreement::Effective::On(_) => "on",
                agreement::Effective::FromRegistration { .. } => "from_registration",
            }),
            statut_social_cents,
            statut_social_confirmed,
        }
    }
}

/// Groups the free slots of each day into maximal continuous blocks: touching or overlapping free
/// slots belong to one block, whatever their sites; a one-minute gap separates two blocks.
pub fn free_blocks(slots: &[Slot], timed: &[usize]) -> Vec<FreeBlock> {
    let mut free: Vec<usize> = timed
        .iter()
        .copied()
        .filter(|&i| slots[i].rates == Rates::Free)
        .collect();
    free.sort_by_key(|&i| (slots[i].day, slots[i].start, slots[i].end, i));
    let mut blocks: Vec<FreeBlock> = Vec::new();
    for i in free {
        let slot = &slots[i];
        let (start, end) = (slot.start.minutes(), slot.end.minutes());
        match blocks.last_mut() {
            Some(block) if block.day == slot.day && start <= block.end => {
                block.end = block.end.max(end);
                block.slots.push(i);
            }
            _ => blocks.push(FreeBlock {
                day: slot.day,
                start,
                end,
                slots: vec![i],
            }),
        }
    }
    for block in &mut blocks {
        block.slots.sort_unstable();
    }
    blocks
}

fn finding(rule: RuleId, severity: Severity, clause: Option<&str>, slots: Vec<usize>, message: Message) -> Finding {
    Finding {
        rule,
        severity,
        clause: clause.map(str::to_owned),
        slots,
        site: None,
        message,
        interpretation: None,
    }
}

/// The interpretation note of a finding, by its message id (`interpretation-normal-hours`).
fn interpretation(id: &str) -> Message {
    Message::new(format!("interpretation-{id}"))
}

/// The message of a rule's finding (`finding-` and its id, RuleId::message_id).
fn message(rule: &RuleId) -> Message {
    Message::new(rule.message_id())
}

/// Splits minutes into the `hours` and zero-padded `mins` arguments messages use (`4 h 01`).
fn with_duration(message: Message, prefix: &str, minutes: u32) -> Message {
    message
        .arg(&format!("{prefix}hours"), minutes / 60)
        .arg(&format!("{prefix}mins"), format!("{:02}", minutes % 60))
}

/// The message id of a day's name (`day-monday`).
pub(crate) fn day_key(day: Weekday) -> String {
    format!("day-{}", day.key())
}

fn slot_message(rule: &RuleId, slot: &Slot, index: usize) -> Message {
    message(rule)
        .arg("slot", index + 1)
        .key_arg("day", day_key(slot.day))
        .arg("start", slot.start.to_string())
        .arg("end", slot.end.to_string())
}

/// `slot-time-order`: a slot ends after it starts, on the same day (`24:00` is a valid end; a slot
/// crossing midnight must be split). Clause: the schedule itself (12.2, time conditions).
fn slot_time_order(cx: &Context, findings: &mut Vec<Finding>) {
    let clause = cx.agreement.formalities.tacit_adherence.as_deref();
    for (i, slot) in cx.declaration.slots.iter().enumerate() {
        if slot.end <= slot.start {
            let msg = slot_message(&RuleId::SlotTimeOrder, slot, i);
            findings.push(finding(RuleId::SlotTimeOrder, Severity::Error, clause, vec![i], msg));
        }
    }
}

/// `slot-unknown-site`: every slot names one of the declared sites (12.2, place conditions).
fn slot_unknown_site(cx: &Context, findings: &mut Vec<Finding>) {
    let clause = cx.agreement.formalities.tacit_adherence.as_deref();
    for (i, slot) in cx.declaration.slots.iter().enumerate() {
        if !cx.is_declared_site(&slot.site) {
            let rule = RuleId::SlotUnknownSite;
            let msg = slot_message(&rule, slot, i).arg("site", slot.site.clone());
            findings.push(finding(rule, Severity::Error, clause, vec![i], msg));
        }
    }
}

/// `slot-overlap`: a doctor is in one place at a time, so no two slots overlap on a day, whatever
/// their sites. One finding per group of slots that overlap each other (touching is fine).
fn slot_overlap(cx: &Context, findings: &mut Vec<Finding>) {
    let slots = &cx.declaration.slots;
    let mut order = cx.timed.clone();
    order.sort_by_key(|&i| (slots[i].day, slots[i].start, slots[i].end, i));
    let mut group: Vec<usize> = Vec::new();
    let mut group_end = 0;
    let mut flush = |group: &mut Vec<usize>| {
        if group.len() > 1 {
            group.sort_unstable();
            let first = &slots[group[0]];
            let rule = RuleId::SlotOverlap;
            // Named by their times, in the day's order: the window shows no slot numbers.
            let mut by_time: Vec<&Slot> = group.iter().map(|&i| &slots[i]).collect();
            by_time.sort_by_key(|s| (s.start, s.end));
            let times: Vec<String> = by_time.iter().map(|s| format!("{}–{}", s.start, s.end)).collect();
            let msg = message(&rule)
                .key_arg("day", day_key(first.day))
                .arg("slots", times.join(", "));
            let clause = cx.agreement.formalities.tacit_adherence.as_deref();
            findings.push(finding(rule, Severity::Error, clause, std::mem::take(group), msg));
        }
        group.clear();
    };
    for i in order {
        let slot = &slots[i];
        let continues = group
            .last()
            .is_some_and(|&last| slots[last].day == slot.day && slot.start.minutes() < group_end);
        if !continues {
            flush(&mut group);
            group_end = 0;
        }
        group.push(i);
        group_end = group_end.max(slot.end.minutes());
    }
    flush(&mut group);
}

/// `site-unused`: a declared site has no slot (warning: maybe a forgotten schedule). Not for a
/// refusal: its sites and slots are not declared.
fn site_unused(cx: &Context, findings: &mut Vec<Finding>) {
    if cx.declaration.choice == Choice::Refusal {
        return;
    }
    let used: HashSet<&str> = cx.declaration.slots.iter().map(|slot| slot.site.as_str()).collect();
    for site in &cx.declaration.sites {
        if !used.contains(site.id.as_str()) {
            let rule = RuleId::SiteUnused;
            let msg = message(&rule).arg("site", site.name.clone());
            // An unused site is a hint, not a clause of the agreement.
            let mut f = finding(rule, Severity::Warning, None, vec![], msg);
            f.site = Some(site.id.clone());
            findings.push(f);
        }
    }
}

/// `doctor-inami-invalid`: 11 digits, starting with 1 (physician), check digits in either series.
fn doctor_inami_invalid(cx: &Context, findings: &mut Vec<Finding>) {
    if let Err(error) = InamiNumber::parse(&cx.declaration.doctor.inami) {
        let rule = RuleId::DoctorInamiInvalid;
        let msg = message(&rule)
            .arg("number", cx.declaration.doctor.inami.clone())
            .arg("reason", error.message_key());
        // The number's validity is INAMI's numbering, not a clause of the agreement.
        let mut f = finding(rule, Severity::Error, None, vec![], msg);
        f.message.args.extend(error.message().args);
        findings.push(f);
    }
}

/// `doctor-role-mismatch`: the stated role contradicts a known competence code.
fn doctor_role_mismatch(cx: &Context, findings: &mut Vec<Finding>) {
    let doctor = &cx.declaration.doctor;
    let (Some(stated), Some(implied)) = (doctor.role, Role::implied_by_text(&doctor.inami)) else {
        return;
    };
    if stated != implied {
        let code = InamiNumber::parse(&doctor.inami)
            .map(|n| n.competence_code().to_owned())
            .unwrap_or_default();
        let rule = RuleId::DoctorRoleMismatch;
        let msg = message(&rule)
            .key_arg("role", format!("role-lower-{}", stated.key()))
            .key_arg("implied", format!("role-lower-{}", implied.key()))
            .arg("code", code);
        findings.push(finding(rule, Severity::Warning, None, vec![], msg));
    }
}

/// `doctor-role-missing`: the role decides which partial-adherence rules apply; a declaration built
/// in the app may lack it until the user picks one (files without it are refused when read). Only
/// partial adherence has role-specific rules: full adherence and a refusal need no role.
fn doctor_role_missing(cx: &Context, findings: &mut Vec<Finding>) {
    if cx.role.is_none() && cx.declaration.needs_role() {
        let rule = RuleId::DoctorRoleMissing;
        let msg = message(&rule);
        findings.push(finding(rule, Severity::Error, None, vec![], msg));
    }
}

/// `full-has-free-slots`: full adherence applies agreement rates to the whole practice (9.2.1 / 9.3.1).
fn full_has_free_slots(cx: &Context, findings: &mut Vec<Finding>) {
    if cx.declaration.choice != Choice::Full {
        return;
    }
    let free: Vec<usize> = cx.free_slots().map(|(i, _)| i).collect();
    if !free.is_empty() {
        let rule = RuleId::FullHasFreeSlots;
        let msg = message(&rule).arg("count", free.len());
        findings.push(finding(
            rule,
            Severity::Error,
            cx.agreement.formalities.tacit_adherence.as_deref(),
            free,
            msg,
        ));
    }
}

/// `partial-without-free-slots`: partial adherence with no free-rate slot is full adherence.
fn partial_without_free_slots(cx: &Context, findings: &mut Vec<Finding>) {
    if cx.declaration.choice == Choice::Partial && cx.free_slots().next().is_none() {
        let rule = RuleId::PartialWithoutFreeSlots;
        let msg = message(&rule);
        findings.push(finding(
            rule,
            Severity::Warning,
            cx.agreement.formalities.tacit_adherence.as_deref(),
            vec![],
            msg,
        ));
    }
}

fn rule_id(rules: &PartialRules, rule: PartialRule) -> RuleId {
    RuleId::Partial(rules.rule_prefix, rule)
}

/// `gp-free-setting` (9.2.2.2: only consultations, appointments and care at the practice) and
/// `sp-free-setting` (9.3.2.2: only ambulatory patients, never hospitalised or day-hospital ones).
fn free_setting(cx: &Context, rules: &PartialRules, findings: &mut Vec<Finding>) {
    let allowed = &rules.free_settings.settings;
    let offending: Vec<usize> = cx
        .free_slots()
        .filter(|(_, s)| !allowed.contains(&s.setting))
        .map(|(i, _)| i)
        .collect();
    if offending.is_empty() {
        return;
    }
    let rule = rule_id(rules, PartialRule::FreeSetting);
    let settings: BTreeSet<&str> = offending.iter().map(|&i| cx.slot(i).setting.key()).collect();
    let msg = message(&rule)
        .arg("count", offending.len())
        .arg("settings", settings.into_iter().collect::<Vec<_>>().join(", "));
    findings.push(finding(
        rule,
        Severity::Error,
        rules.free_settings.clause.as_deref(),
        offending,
        msg,
    ));
}

/// `gp-free-blocks-per-week` (9.2.2.2.1: at most three times a week) and `sp-free-blocks-per-week`
/// (9.3.2.2.1: at most four times a week). When an agreement counts days instead of blocks the rule
/// id is `…-free-days-per-week`.
fn free_periods_per_week(cx: &Context, rules: &PartialRules, findings: &mut Vec<Finding>) {
    let limit = &rules.free_limit;
    let used = cx.free_periods(limit.unit);
    if used <= limit.max {
        return;
    }
    let name = match limit.unit {
        LimitUnit::Blocks => PartialRule::FreeBlocksPerWeek,
        LimitUnit::Days => PartialRule::FreeDaysPerWeek,
    };
    let rule = rule_id(rules, name);
    let mut slots: Vec<usize> = cx.free_blocks.iter().flat_map(|b| b.slots.iter().copied()).collect();
    slots.sort_unstable();
    let msg = message(&rule).arg("count", used).arg("max", limit.max);
    findings.push(finding(rule, Severity::Error, limit.clause.as_deref(), slots, msg));
}

/// `gp-free-block-length` / `sp-free-block-length` (9.2.2.2.1 / 9.3.2.2.1: blocks of at most four
/// continuous hours). One finding per offending block.
fn free_block_length(cx: &Context, rules: &PartialRules, findings: &mut Vec<Finding>) {
    let Some(length) = &rules.block_length else {
        return;
    };
    for block in cx.free_blocks.iter().filter(|b| b.minutes() > length.max_minutes) {
        let rule = rule_id(rules, PartialRule::FreeBlockLength);
        let msg = with_duration(
            with_duration(message(&rule), "", block.minutes()),
            "max",
            length.max_minutes,
        )
        .key_arg("day", day_key(block.day))
        .arg("start", minutes_text(block.start))
        .arg("end", minutes_text(block.end));
        findings.push(finding(
            rule,
            Severity::Error,
            length.clause.as_deref(),
            block.slots.clone(),
            msg,
        ));
    }
}

fn minutes_text(minutes: u16) -> String {
    super::model::TimeOfDay::from_minutes(minutes)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// `gp-agreement-share` (9.2.2.2.2: the rest of the practice, at least three quarters of it, at
/// agreement rates) and `sp-agreement-share` (9.3.2.2.2: at least half of ambulatory care at agreement
/// rates and at hours that normally suit patients). Compared exactly in whole minutes.
fn agreement_share(cx: &Context, rules: &PartialRules, findings: &mut Vec<Finding>) {
    let share = &rules.agreement_share;
    let (counted, base) = cx.share_minutes(rules);
    if u64::from(share.denominator) * u64::from(counted) >= u64::from(share.numerator) * u64::from(base) {
        return;
    }
    let rule = rule_id(rules, PartialRule::AgreementShare);
    let percent = (u64::from(counted) * 100).checked_div(u64::from(base)).unwrap_or(100);
    let required = (u64::from(share.numerator) * 100)
        .checked_div(u64::from(share.denominator))
        .unwrap_or(0);
    let msg = message(&rule)
        .arg("counted", counted)
        .arg("base", base)
        .arg("percent", percent as i64)
        .arg("required", required as i64)
        .arg("numerator", share.numerator)
        .arg("denominator", share.denominator);
    // The finding is about the free time that pushes the share under the minimum.
    let free: Vec<usize> = cx.free_slots().map(|(i, _)| i).collect();
    let mut f = finding(rule, Severity::Error, share.clause.as_deref(), free, msg);
    f.interpretation = Some(if share.counted_in_normal_hours_only {
        interpretation("normal-hours-minutes")
    } else {
        interpretation("minutes")
    });
    findings.push(f);
}

/// `sp-site-access` (9.3.2.2.3): on each site where the specialist sees ambulatory patients, an
/// agreement-rate ambulatory slot. One finding per site, naming it.
fn site_access(cx: &Context, rules: &PartialRules, findings: &mut Vec<Finding>) {
    let Some(access) = &rules.site_access else {
        return;
    };
    // Each used site with its ambulatory slots (ascending), in one pass over the slots.
    let mut used: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, slot) in cx.timed_slots() {
        if slot.is_ambulatory() {
            used.entry(slot.site.as_str()).or_default().push(i);
        }
    }
    let with_access = cx.sites_with_agreement_access(&access.settings);
    let mut used: Vec<(&str, Vec<usize>)> = used
        .into_iter()
        .filter(|(site, _)| !with_access.contains(site))
        .collect();
    // Declared order first, then unknown ids alphabetically, so slot order never matters.
    used.sort_by_key(|&(id, _)| (cx.site_positions.get(id).copied().unwrap_or(usize::MAX), id));
    for (site, slots) in used {
        let rule = rule_id(rules, PartialRule::SiteAccess);
        let name = cx
            .site_positions
            .get(site)
            .map_or_else(|| site.to_owned(), |&p| cx.declaration.sites[p].name.clone());
        let mut f = finding(
            rule.clone(),
            Severity::Error,
            access.clause.as_deref(),
            slots,
            message(&rule).arg("site", name),
        );
        f.site = Some(site.to_owned());
        f.interpretation = Some(interpretation("site-rule"));
        findings.push(f);
    }
}

/// `window-unavailable`: the declaration names a window this agreement does not have (e.g.
/// `second-year` for the one-year agreements 2020 and 2021).
fn window_unavailable(cx: &Context, findings: &mut Vec<Finding>) {
    let kind = cx.declaration.window_kind();
    if cx.agreement.offers(kind) {
        return;
    }
    let rule = RuleId::WindowUnavailable;
    let msg = message(&rule)
        .key_arg("window", format!("window-kind-{kind}"))
        .arg("agreement", cx.agreement.id.clone())
        .arg(
            "open",
            wording::windows_still_open(cx.agreement, &cx.declaration.doctor, cx.today, None),
        );
    findings.push(finding(rule, Severity::Error, None, vec![], msg));
}

/// `window-amendment-choice` (12.3 in 2021): only a partially adherent doctor amends time and place
/// conditions; full adherence or a refusal outside a window is not possible. Read from the
/// window's data: a window that does not allow the choice gives `window-<kind>-choice`.
fn window_choice(cx: &Context, findings: &mut Vec<Finding>) {
    let Some(window) = cx.window() else {
        return;
    };
    let choice = cx.declaration.choice;
    if window.window.allows.contains(&choice) {
        return;
    }
    let rule = RuleId::WindowChoice(window.window.kind.clone());
    let msg = message(&rule)
        .arg("window", wording::window_name(cx.agreement, window.window))
        .key_arg("choice", format!("choice-lower-{}", choice.key()))
        .arg("allowed", wording::window_allows(cx.agreement, window.window));
    findings.push(finding(
        rule,
        Severity::Error,
        window.window.clause.as_deref(),
        vec![],
        msg,
    ));
}

/// `window-join-standing`: a window for doctors of another standing (the `join` window is for those
/// who refused): a doctor who already adheres has nothing to join. Read from the window's data: a
/// window not for the doctor's `current_choice` gives `window-<kind>-standing`.
fn window_standing(cx: &Context, findings: &mut Vec<Finding>) {
    let Some(window) = cx.window() else {
        return;
    };
    let current = cx.declaration.doctor.current_choice();
    if window.window.is_for(current) {
        return;
    }
    let rule = RuleId::WindowStanding(window.window.kind.clone());
    let msg = message(&rule)
        .arg("window", wording::window_name(cx.agreement, window.window))
        .key_arg("current", format!("current-choice-{}", current.key()));
    findings.push(finding(
        rule,
        Severity::Warning,
        window.window.clause.as_deref(),
        vec![],
        msg,
    ));
}

/// `deadline-passed` (12.1–12.2 in 2021 for the initial window): the declaration was prepared after
/// its window's last day, so a refusal or partial adherence can no longer be registered in that
/// window. A declaration that needs no registration (full adherence by an adherent doctor) never
/// warns. The message names the windows
/// still open today, if any.
fn deadline_passed(cx: &Context, findings: &mut Vec<Finding>) {
    let Some(window) = cx.window() else {
        return;
    };
    let Some(last_day) = window.last_day else {
        return;
    };
    if !cx.declaration.must_be_registered() || cx.prepared_on <= last_day {
        return;
    }
    let rule = RuleId::DeadlinePassed;
    let msg = message(&rule)
        .arg("window", wording::window_name(cx.agreement, window.window))
        .arg("deadline", wording::belgian_date(last_day))
        .arg("prepared", wording::belgian_date(cx.prepared_on))
        .arg(
            "open",
            wording::windows_still_open(cx.agreement, &cx.declaration.doctor, cx.today, Some(window.window)),
        );
    let clause = window
        .window
        .clause
        .as_deref()
        .or(cx.agreement.formalities.refusal.as_deref());
    findings.push(finding(rule, Severity::Warning, clause, vec![], msg));
}
