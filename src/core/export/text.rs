//! The time and place conditions in plain text, the way the official portal asks for them: a heading
//! naming the doctor, then one line per site and day with the hours at each rate, day by day.

use super::{PlaceDay, day_name, hours_with_setting, inami_display, place_days_by_day, role_name};
use crate::core::i18n::{self, Language, Localizer};
use crate::core::model::{Choice, Declaration, Rates};

/// The conditions of a declaration as plain text (lines end with `\n`), in `language`.
///
/// For partial adherence: one line per site and day, in day order, e.g.
/// `Lundi — Cabinet Ixelles (Chaussée de Boondael 10, 1050 Ixelles) — tarifs de l'accord : 08:00–12:00`.
/// Full adherence and refusal have no time and place conditions: a sentence says so.
pub fn conditions_text(declaration: &Declaration, language: Language) -> String {
    let localizer = i18n::localizer(language);
    let mut lines = heading(declaration, localizer);
    lines.push(String::new());
    match declaration.choice {
        Choice::Partial => {
            // The portal asks day by day (days, hours, places): Wednesday never after Friday.
            let days = place_days_by_day(declaration);
            if days.is_empty() {
                lines.push(localizer.tr("export-text-no-slots"));
            }
            lines.extend(days.iter().map(|day| condition_line(day, localizer)));
        }
        Choice::Full => lines.push(localizer.tr("export-text-full")),
        Choice::Refusal => lines.push(localizer.tr("export-text-refusal")),
    }
    // A doctor who refused joins during the agreement: say when it takes effect.
    if declaration.window_kind() == "join" && declaration.choice != Choice::Refusal {
        lines.push(localizer.tr("export-text-join"));
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

fn heading(declaration: &Declaration, localizer: &Localizer) -> Vec<String> {
    vec![
        localizer.tr_args(
            "export-text-title",
            &[("agreement", declaration.agreement.clone().into())],
        ),
        localizer.tr_args(
            "export-text-doctor",
            &[
                ("name", declaration.doctor.name.clone().into()),
                ("inami", inami_display(&declaration.doctor.inami).into()),
                ("role", role_name(declaration, localizer).into()),
            ],
        ),
        localizer.tr_args(
            "export-text-choice",
            &[(
                "choice",
                localizer.tr(&format!("choice-{}", declaration.choice.key())).into(),
            )],
        ),
    ]
}

/// `Lundi — Cabinet Ixelles (…) — tarifs de l'accord : 08:00–12:00, 14:00–18:00 ; honoraires libres : 17:00–20:00`.
fn condition_line(day: &PlaceDay, localizer: &Localizer) -> String {
    let parts: Vec<String> = [Rates::Agreement, Rates::Free]
        .into_iter()
        .filter(|&rates| !day.slots(rates).is_empty())
        .map(|rates| {
            let hours: Vec<String> = day
                .slots(rates)
                .iter()
                .map(|slot| hours_with_setting(slot, localizer))
                .collect();
            localizer.tr_args(
                &format!("export-text-{}-hours", rates.key()),
                &[("hours", hours.join(", ").into())],
            )
        })
        .collect();
    localizer.tr_args(
        "export-text-line",
        &[
            ("day", day_name(day.day, localizer).into()),
            ("place", day.place.label(localizer).into()),
            ("parts", parts.join(&localizer.tr("export-text-parts-separator")).into()),
        ],
    )
}
