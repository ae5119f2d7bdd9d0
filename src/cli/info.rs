//! `conventio agreements` and `conventio deadline`.

use super::{AgreementsArgs, DeadlineArgs, EXIT_FINDINGS, EXIT_OK, belgian_date};
use crate::core::agreement::{self, Agreement, DatedFact};
use crate::core::i18n::Localizer;
use serde_json::{Value, json};

fn fact_json(fact: &DatedFact) -> Value {
    json!({ "date": fact.date, "confirmed": fact.confirmed })
}

fn agreement_json(a: &Agreement) -> Value {
    json!({
        "id": a.id,
        "period": { "start": a.period.start, "end": a.period.end },
        "published_on": a.published_on.date,
        "deadline": a.deadline.date,
        "dates_confirmed": a.published_on.confirmed && a.deadline.confirmed,
        "rules_confirmed": a.partial.general_practitioner.confirmed && a.partial.specialist.confirmed,
        "confirmed": a.fully_confirmed(),
        "in_force_on": a.in_force_on.as_ref().map(fact_json),
        "recognised_doctor_window_days": a.recognised_doctor_window_days,
        "later_windows": a.later_windows.iter().map(|w| json!({ "kind": w.kind, "until": fact_json(&w.until) })).collect::<Vec<_>>(),
        "latest": a.id == agreement::latest().id,
    })
}

fn confirmed_label(confirmed: bool, localizer: &Localizer) -> String {
    if confirmed {
        localizer.tr("cli-confirmed")
    } else {
        localizer.tr("cli-unconfirmed")
    }
}

pub fn agreements(args: &AgreementsArgs) -> u8 {
    let localizer = args.lang.localizer();
    if args.json {
        let list: Vec<Value> = agreement::catalog().iter().map(agreement_json).collect();
        say!(
            "{}",
            serde_json::to_string_pretty(&json!({ "agreements": list })).unwrap_or_default()
        );
        return EXIT_OK;
    }
    say!("{}", localizer.tr("cli-agreements-heading"));
    for a in agreement::catalog() {
        let line = localizer.tr_args(
            "cli-agreements-line",
            &[
                ("id", a.id.clone().into()),
                ("start", belgian_date(a.period.start).into()),
                ("end", belgian_date(a.period.end).into()),
                ("published", belgian_date(a.published_on.date).into()),
                ("deadline", belgian_date(a.deadline.date).into()),
                ("status", confirmed_label(a.fully_confirmed(), localizer).into()),
            ],
        );
        let marker = if a.id == agreement::latest().id { "*" } else { " " };
        say!("{marker} {line}");
    }
    EXIT_OK
}

pub fn deadline(args: &DeadlineArgs) -> u8 {
    let localizer = args.lang.localizer();
    let chosen = match &args.agreement {
        Some(id) => agreement::find(id),
        None => Some(agreement::latest()),
    };
    let Some(a) = chosen else {
        let known = agreement::catalog()
            .iter()
            .map(|a| a.id.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let id = args.agreement.clone().unwrap_or_default();
        eprintln!(
            "{}",
            localizer.tr_args("read-unknown-agreement", &[("id", id.into()), ("known", known.into())])
        );
        return EXIT_FINDINGS;
    };
    let today = args.today.unwrap_or_else(super::today);
    let days = agreement::days_left(a.deadline.date, today);
    if args.json {
        let windows: Vec<Value> = a
            .later_windows
            .iter()
            .map(|w| json!({ "kind": w.kind, "until": w.until.date, "confirmed": w.until.confirmed, "days_left": agreement::days_left(w.until.date, today) }))
            .collect();
        let doc = json!({
            "agreement": a.id,
            "published_on": a.published_on.date,
            "deadline": a.deadline.date,
            "days_left": days,
            "confirmed": a.deadline.confirmed,
            "today": today,
            "later_windows": windows,
        });
        say!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return EXIT_OK;
    }
    let date = belgian_date(a.deadline.date);
    say!(
        "{}",
        localizer.tr_args(
            "cli-deadline",
            &[
                [
                    ("agreement", a.id.clone().into()),
                    ("deadline", date.into()),
                    ("status", confirmed_label(a.deadline.confirmed, localizer).into()),
                ]
                .as_slice(),
                &super::days_args(days),
            ]
            .concat()
        )
    );
    for window in &a.later_windows {
        say!(
            "{}",
            localizer.tr_args(
                "cli-later-window",
                &[
                    [
                        ("kind", window.kind.clone().into()),
                        ("until", belgian_date(window.until.date).into()),
                        ("status", confirmed_label(window.until.confirmed, localizer).into()),
                    ]
                    .as_slice(),
                    &super::days_args(agreement::days_left(window.until.date, today)),
                ]
                .concat()
            )
        );
    }
    EXIT_OK
}
