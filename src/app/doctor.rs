//! Doctor: name, INAMI number checked as typed, role (from the competence code, overridable), the
//! agreement, and the practice sites.

use super::session::Typing;
use super::widgets::{Labelled, bold, heading, hint, labelled};
use super::{App, Message, Screen};
use crate::core::agreement;
use crate::core::inami::InamiNumber;
use crate::core::model::{Role, Site};
use iced::widget::{button, column, pick_list, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

pub const NAME_ID: &str = "doctor-name";
pub const INAMI_ID: &str = "doctor-inami";
pub const NEW_SITE_ID: &str = "new-site";
pub const RECOGNISED_ID: &str = "doctor-recognised-on";

pub fn update(app: &mut App, message: Message) {
    match message {
        Message::NameChanged(name) => app.type_in(Typing::DoctorName, |d| d.doctor.name = name),
        Message::InamiChanged(inami) => app.type_in(Typing::Inami, |d| d.doctor.inami = inami),
        Message::RoleChanged(role) => app.edit(|d| d.doctor.role = role),
        Message::RecognisedOnChanged(text) => {
            let date = parse_belgian_date(&text);
            let complete = text.trim().is_empty() || date.is_some();
            app.recognised_on_text = text;
            if complete {
                app.type_in(Typing::RecognisedOn, |d| d.doctor.recognised_on = date);
            }
        }
        Message::AgreementChanged(id) => app.edit(|d| d.agreement = id),
        Message::NewSiteNameChanged(name) => app.new_site_name = name,
        Message::AddSite => add_site(app),
        Message::SiteNameChanged(index, name) => app.type_in(Typing::SiteName(index), |d| {
            if let Some(site) = d.sites.get_mut(index) {
                site.name = name;
            }
        }),
        Message::SiteAddressChanged(index, address) => app.type_in(Typing::SiteAddress(index), |d| {
            if let Some(site) = d.sites.get_mut(index) {
                site.address = address;
            }
        }),
        Message::RemoveSite(index) => app.edit(|d| {
            if index < d.sites.len() {
                let removed = d.sites.remove(index);
                // A slot at a removed site would be an error nobody asked for: its slots go too.
                d.slots.retain(|s| s.site != removed.id);
            }
        }),
        _ => {}
    }
}

fn add_site(app: &mut App) {
    let name = app.new_site_name.trim().to_owned();
    if name.is_empty() {
        return;
    }
    let id = unique_site_id(&app.declaration().sites, &name);
    app.edit(|d| {
        d.sites.push(Site {
            id,
            name,
            address: String::new(),
            extra: Default::default(),
        })
    });
    app.new_site_name.clear();
}

/// A short stable id from the name (`cabinet-ixelles`), unique among the sites.
fn unique_site_id(sites: &[Site], name: &str) -> String {
    let base: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() { "site".to_owned() } else { base };
    let mut id = base.clone();
    let mut n = 2;
    while sites.iter().any(|s| s.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// `23/11/2026`, `23-11-2026` or `2026-11-23`. The year needs its four digits: a half-typed
/// `05/03/20` is not the year 20.
pub fn parse_belgian_date(text: &str) -> Option<chrono::NaiveDate> {
    use chrono::Datelike;
    let text = text.trim();
    ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
        .iter()
        .find_map(|f| chrono::NaiveDate::parse_from_str(text, f).ok())
        .filter(|date| (1900..=2999).contains(&date.year()))
}

pub fn view(app: &App) -> Element<'_, Message> {
    let d = app.declaration();
    let name = text_input(&app.tr("gui-doctor-name-placeholder"), &d.doctor.name)
        .id(NAME_ID)
        .on_input(Message::NameChanged)
        .padding(8);
    let inami = text_input("1-23456-78-901", &d.doctor.inami)
        .id(INAMI_ID)
        .on_input(Message::InamiChanged)
        .padding(8);
    let content = column![
        heading(app.tr("gui-doctor-title")),
        labelled(app.tr("gui-doctor-name"), name),
        labelled(app.tr("gui-doctor-inami"), column![inami, inami_hint(app)].spacing(4)),
        role_picker(app),
        agreement_picker(app),
        recognised(app),
        sites(app),
        button(text(app.tr("gui-next")).size(15))
            .padding([8, 16])
            .style(button::primary)
            .on_press(Message::GoTo(Screen::Choice)),
    ]
    .spacing(16)
    .max_width(760);
    scrollable(content.padding([0, 12])).into()
}

fn inami_hint(app: &App) -> Element<'_, Message> {
    let typed = &app.declaration().doctor.inami;
    if typed.trim().is_empty() {
        return hint(app.tr("gui-inami-help"), false);
    }
    match InamiNumber::parse(typed) {
        Ok(number) => {
            let role = number.role().map_or_else(
                || app.tr("gui-inami-role-unknown"),
                |r| app.tr(&format!("role-{}", r.key())),
            );
            hint(
                app.tr_args(
                    "gui-inami-valid",
                    &[("number", number.formatted().into()), ("role", role.into())],
                ),
                false,
            )
        }
        Err(error) => hint(app.localizer().message(&error.message()), true),
    }
}

fn role_picker(app: &App) -> Element<'_, Message> {
    let derived = crate::core::inami::role_from_number(&app.declaration().doctor.inami);
    let options = [Role::GeneralPractitioner, Role::Specialist];
    let buttons = options.into_iter().map(|role| {
        let chosen = app.declaration().doctor.role == Some(role)
            || (app.declaration().doctor.role.is_none() && derived == Some(role));
        let style = if chosen {
            button::primary
        } else {
            super::style::quiet_button
        };
        button(text(app.tr(&format!("role-{}", role.key()))).size(14))
            .padding([6, 12])
            .style(style)
            .on_press(Message::RoleChanged(Some(role)))
            .into()
    });
    let note = match (app.declaration().doctor.role, derived) {
        (None, Some(_)) => app.tr("gui-role-derived"),
        (None, None) => app.tr("gui-role-needed"),
        (Some(_), _) => app.tr("gui-role-stated"),
    };
    labelled(
        app.tr("gui-doctor-role"),
        column![row(buttons).spacing(8), hint(note, app.declaration().role().is_none())].spacing(4),
    )
}

fn agreement_picker(app: &App) -> Element<'_, Message> {
    let options: Vec<Labelled<String>> = agreement::catalog()
        .iter()
        .rev()
        .map(|a| Labelled {
            value: a.id.clone(),
            label: app.tr_args("agreement-name", &[("id", a.id.clone().into())]),
        })
        .collect();
    let current = options.iter().find(|o| o.value == app.declaration().agreement).cloned();
    labelled(
        app.tr("gui-doctor-agreement"),
        pick_list(options, current, |o| Message::AgreementChanged(o.value)).padding(8),
    )
}

fn recognised(app: &App) -> Element<'_, Message> {
    let agreement = app.agreement();
    if agreement.recognised_doctor_window_days.is_none() {
        return column![].into();
    }
    let typed = &app.recognised_on_text;
    let field = text_input(&app.tr("gui-date-placeholder"), typed)
        .id(RECOGNISED_ID)
        .on_input(Message::RecognisedOnChanged)
        .padding(8)
        .width(200);
    let help = if typed.trim().is_empty() || parse_belgian_date(typed).is_some() {
        hint(app.tr("gui-doctor-recognised-help"), false)
    } else {
        hint(app.tr("gui-date-invalid"), true)
    };
    labelled(app.tr("gui-doctor-recognised"), column![field, help].spacing(4))
}

fn sites(app: &App) -> Element<'_, Message> {
    let rows = app.declaration().sites.iter().enumerate().map(|(i, site)| {
        row![
            bold(super::style::site_letter(i).to_string()).size(16).width(20),
            text_input(&app.tr("gui-site-name"), &site.name)
                .on_input(move |v| Message::SiteNameChanged(i, v))
                .padding(6)
                .width(Length::FillPortion(2)),
            text_input(&app.tr("gui-site-address"), &site.address)
                .on_input(move |v| Message::SiteAddressChanged(i, v))
                .padding(6)
                .width(Length::FillPortion(3)),
            button(text(app.tr("gui-remove")).size(13))
                .style(button::danger)
                .on_press(Message::RemoveSite(i)),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into()
    });
    let add = row![
        text_input(&app.tr("gui-site-new-placeholder"), &app.new_site_name)
            .id(NEW_SITE_ID)
            .on_input(Message::NewSiteNameChanged)
            .on_submit(Message::AddSite)
            .padding(6),
        button(text(app.tr("gui-site-add")).size(14))
            .on_press_maybe((!app.new_site_name.trim().is_empty()).then_some(Message::AddSite)),
    ]
    .spacing(8);
    column![
        bold(app.tr("gui-doctor-sites")).size(18),
        hint(app.tr("gui-sites-help"), false),
        column(rows).spacing(6),
        add
    ]
    .spacing(8)
    .into()
}

#[cfg(test)]
mod tests {
    use super::parse_belgian_date;

    #[test]
    fn belgian_dates_read_only_with_a_four_digit_year() {
        let expected = chrono::NaiveDate::from_ymd_opt(2026, 3, 5);
        for typed in [
            "05/03/2026",
            "5/3/2026",
            "05-03-2026",
            "05.03.2026",
            "2026-03-05",
            " 05/03/2026 ",
        ] {
            assert_eq!(parse_belgian_date(typed), expected, "{typed}");
        }
        for typed in ["05/03/20", "05/03/202", "31/02/2026", "", "demain"] {
            assert_eq!(parse_belgian_date(typed), None, "{typed}");
        }
    }
}
