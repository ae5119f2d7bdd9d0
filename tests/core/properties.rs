//! Invariants of the rules engine over random weeks: slot order never matters, and cutting a slot
//! into touching pieces never changes which rules fire.

use crate::common::*;
use conventio::core::model::{Choice, Declaration, Rates, Role, Setting, Slot, TimeOfDay, Weekday};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn arb_slot() -> impl Strategy<Value = Slot> {
    // Quarter hours make touching and overlapping slots common; a few odd minutes test the edges.
    (
        0usize..7,
        0u16..96,
        1u16..24,
        0u16..3,
        prop::sample::select(vec!["a", "b", "c"]),
        any::<bool>(),
        0usize..4,
    )
        .prop_map(|(day, start_q, len_q, odd, site, free, setting)| {
            let start = (start_q * 15 + odd).min(1439);
            let end = (start + len_q * 15).min(1440);
            Slot {
                site: site.into(),
                day: Weekday::from_index(day).unwrap_or(Weekday::Monday),
                start: TimeOfDay::from_minutes(start).unwrap_or_default(),
                end: TimeOfDay::from_minutes(end).unwrap_or(TimeOfDay::END_OF_DAY),
                rates: if free { Rates::Free } else { Rates::Agreement },
                setting: Setting::ALL[setting],
                note: None,
                extra: Default::default(),
            }
        })
}

fn arb_declaration() -> impl Strategy<Value = Declaration> {
    (prop::collection::vec(arb_slot(), 0..14), any::<bool>(), 0usize..3).prop_map(|(slots, gp, choice)| {
        let role = if gp {
            Role::GeneralPractitioner
        } else {
            Role::Specialist
        };
        // Site `c` is left undeclared on purpose.
        declaration(role, Choice::ALL[choice], &["a", "b"], slots)
    })
}

/// Findings as (rule, site, the slots they are about), independent of slot order.
fn findings_by_slot(
    declaration: &Declaration,
    original_index: &[usize],
) -> BTreeSet<(String, Option<String>, Vec<usize>)> {
    check(declaration)
        .findings
        .into_iter()
        .map(|f| {
            let mut slots: Vec<usize> = f.slots.iter().map(|&i| original_index[i]).collect();
            slots.sort_unstable();
            (f.rule.to_string(), f.site, slots)
        })
        .collect()
}

fn rule_ids(declaration: &Declaration) -> BTreeSet<String> {
    check(declaration)
        .findings
        .into_iter()
        .map(|f| f.rule.to_string())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn reordering_slots_never_changes_findings(d in arb_declaration(), seed in any::<u64>()) {
        let mut order: Vec<usize> = (0..d.slots.len()).collect();
        // A deterministic shuffle from the seed (proptest shrinks the seed, not the permutation).
        let mut state = seed | 1;
        for i in (1..order.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let mut shuffled = d.clone();
        shuffled.slots = order.iter().map(|&i| d.slots[i].clone()).collect();
        let identity: Vec<usize> = (0..d.slots.len()).collect();
        prop_assert_eq!(findings_by_slot(&d, &identity), findings_by_slot(&shuffled, &order));
        prop_assert_eq!(check(&d).summary, check(&shuffled).summary);
    }

    #[test]
    fn splitting_a_slot_into_touching_pieces_never_changes_which_rules_fire(
        d in arb_declaration(), which in any::<prop::sample::Index>(), at in 1u16..1440,
    ) {
        prop_assume!(!d.slots.is_empty());
        let index = which.index(d.slots.len());
        let slot = d.slots[index].clone();
        let (start, end) = (slot.start.minutes(), slot.end.minutes());
        prop_assume!(end > start + 1);
        let cut = start + 1 + at % (end - start - 1);
        let mut split = d.clone();
        split.slots[index].end = TimeOfDay::from_minutes(cut).unwrap_or_default();
        let mut second = slot;
        second.start = TimeOfDay::from_minutes(cut).unwrap_or_default();
        split.slots.push(second);
        prop_assert_eq!(rule_ids(&d), rule_ids(&split));
        let (a, b) = (check(&d).summary, check(&split).summary);
        prop_assert_eq!((a.free_blocks, a.longest_free_block_minutes, a.total_minutes), (b.free_blocks, b.longest_free_block_minutes, b.total_minutes));
    }
}
