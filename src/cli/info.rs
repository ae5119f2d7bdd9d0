//! `conventio agreements`, `conventio agreements import FILE` and `conventio deadline`.

use super::{AgreementsAction, AgreementsArgs, DeadlineArgs, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, belgian_date};
use crate::core::agreement::{self, Agreement, Agreements, DatedFact, WindowOnDay};
use crate::core::agreement_store;
use crate::core::i18n::Localizer;
use crate::core::wording;
use serde_json::{Value, json};

fn fact_json(fact: &DatedFact) -> Value {
    json!({ "date": fact.date, "confirmed": fact.confirmed })
}

fn agreement_json(a: &Agreement, latest: &str) -> Value {
    let deadline = a.initial_deadline();
    json!({
        "id": a.id,
        "period": { "start": a.period.start, "end": a.period.end },
        "concluded_on": a.concluded_on.as_ref().map(fact_json),
        "published_on": a.published_on.date,
        "deadline": deadline.date,
        "dates_confirmed": a.published_on.confirmed && deadline.confirmed,
        "rules_confirmed": a.partial.general_practitioner.confirmed && a.partial.specialist.confirmed,
        "confirmed": a.fully_confirmed(),
        "in_force_on": a.in_force_on.as_ref().map(fact_json),
        "windows": a.windows.iter().map(|w| json!({
            "window": w.kind,
            "declared_as": w.declared_kind(),
            "last_day": a.last_day_of(w, None),
            "published_last_day": w.published_last_day,
            "set_by_user": w.last_day_set_by_user(),
            "allows": w.allows,
            "unconfirmed_choices": w.unconfirmed_choices,
            "for_current_choice": w.for_current_choice,
            "statut_social_next_year": w.statut_social_next_year,
            "effective": w.effective,
            "clause": w.clause,
            "confirmed": w.confirmed,
            "source": w.source,
        })).collect::<Vec<_>>(),
        "added_by_user": a.added_by_user,
        "latest": a.id == latest,
    })
}

fn confirmed_label(confirmed: bool, localizer: &Localizer) -> String {
    if confirmed {
        localizer.tr("cli-confirmed")
    } else {
        localizer.tr("cli-unconfirmed")
    }
}

pub fn agreements(args: &AgreementsArgs, agreements: &Agreements) -> u8 {
    if let Some(AgreementsAction::Import { file, lang }) = &args.action {
        return import(file, agreements, lang.localizer());
    }
    let localizer = args.lang.localizer();
    if args.json {
        let list: Vec<Value> = agreements
            .iter()
            .map(|a| agreement_json(a, &agreements.latest().id))
            .collect();
        say!(
            "{}",
            serde_json::to_string_pretty(&json!({ "agreements": list })).unwrap_or_default()
        );
        return EXIT_OK;
    }
    say!("{}", localizer.tr("cli-agreements-heading"));
    for a in agreements.iter() {
        let mut line = localizer.tr_args(
            "cli-agreements-line",
            &[
                ("id", a.id.clone().into()),
                ("start", belgian_date(a.period.start).into()),
                ("end", belgian_date(a.period.end).into()),
                ("published", belgian_date(a.published_on.date).into()),
                ("deadline", belgian_date(a.initial_deadline().date).into()),
                ("status", confirmed_label(a.fully_confirmed(), localizer).into()),
            ],
        );
        if a.added_by_user {
            line = format!("{line} — {}", localizer.tr("agreement-added-by-you"));
        }
        let marker = if a.id == agreements.latest().id { "*" } else { " " };
        say!("{marker} {line}");
    }
    EXIT_OK
}

/// `conventio agreements import FILE`: checks the file and keeps a copy in the data folder; a broken
/// file gets a clear error and changes nothing.
fn import(file: &std::path::Path, agreements: &Agreements, localizer: &Localizer) -> u8 {
    match agreement_store::import(file, &agreement_store::folder(), agreements) {
        Ok(imported) => {
            let id = if imported.replaced {
                "cli-agreement-replaced"
            } else {
                "cli-agreement-added"
            };
            say!(
                "{}",
                localizer.tr_args(
                    id,
                    &[
                        ("id", imported.id.into()),
                        ("path", imported.path.display().to_string().into())
                    ]
                )
            );
            EXIT_OK
        }
        Err(error) => {
            eprintln!(
                "{}",
                localizer.tr_args(
                    "cli-agreement-refused",
                    &[
                        ("path", file.display().to_string().into()),
                        ("error", error.describe(localizer).into())
                    ]
                )
            );
            EXIT_UNREADABLE
        }
    }
}

fn window_json(a: &Agreement, seen: &WindowOnDay) -> Value {
    let w = seen.window;
    json!({
        "window": w.kind,
        "declared_as": w.declared_kind(),
        "last_day": seen.last_day,
        "state": seen.state.key(),
        "days_left": seen.days_left,
        "allows": w.registered_choices().collect::<Vec<_>>(),
        "unconfirmed_choices": w.unconfirmed_choices,
        "for_current_choice": w.for_current_choice,
        "effective_on": match w.effective {
            agreement::Effective::FromRegistration { .. } => None,
            _ => a.effective_on(w, a.published_on.date),
        },
        "confirmed": w.confirmed,
        "set_by_user": w.last_day_set_by_user(),
        "published_last_day": w.published_last_day.or(seen.last_day),
        "clause": w.clause,
        "source": w.source,
    })
}

pub fn deadline(args: &DeadlineArgs, agreements: &Agreements) -> u8 {
    let localizer = args.lang.localizer();
    let today = args.today.unwrap_or_else(super::today);
    let chosen = match &args.agreement {
        Some(id) => agreements.find(id),
        None => Some(agreements.latest()),
    };
    let Some(a) = chosen else {
        let known = agreements.ids();
        let id = args.agreement.clone().unwrap_or_default();
        eprintln!(
            "{}",
            localizer.tr_args("read-unknown-agreement", &[("id", id.into()), ("known", known.into())])
        );
        return EXIT_FINDINGS;
    };
    let windows = a.windows_on(today, None);
    if args.json {
        // The top-level deadline, days left and confirmation describe `current` (FORMAT.md).
        let current = agreement::current_window(&windows);
        let doc = json!({
            "agreement": a.id,
            "today": today,
            "published_on": a.published_on.date,
            "deadline": current.and_then(|w| w.last_day),
            "days_left": current.and_then(|w| w.days_left),
            "confirmed": current.map(|w| w.window.confirmed),
            "windows": windows.iter().map(|w| window_json(a, w)).collect::<Vec<_>>(),
            "current": current.map(|w| window_json(a, &w)),
        });
        say!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return EXIT_OK;
    }
    say!(
        "{}",
        localizer.tr_args(
            "cli-deadline-heading",
            &[
                ("agreement", a.id.clone().into()),
                ("published", belgian_date(a.published_on.date).into()),
                ("today", belgian_date(today).into()),
            ]
        )
    );
    for seen in &windows {
        say!("  - {}", localizer.message(&wording::window_line(a, seen)));
    }
    EXIT_OK
}
