"""holdout71: the user on the hiring side at RheinMain Treuhand, part 1 (CC0 1.0).

The user is a tax manager; he interviews Steuerfachangestellte, trainees, working students and tax seniors.
None of these is his own job interview.
"""

from __future__ import annotations

from holdout71ev_ics import EXCHANGE, GOOGLE, OUTLOOK, T, att, calendar, ev, org, room, teams, tz_outlook, vevent
from holdout71ev_pos_olk import olk, olk_uid

WORK = "thomas.weber@rheinmain-treuhand.de"
WEU = "W. Europe Standard Time"
FIRM = ("RheinMain Treuhand GmbH Wirtschaftsprüfungsgesellschaft Steuerberatungsgesellschaft\n"
        "Hanauer Landstraße 126, 60314 Frankfurt am Main")
SANDRA = org("sandra.hoffmann@rheinmain-treuhand.de", "Hoffmann, Sandra")
ME_ATT = att(WORK, "Weber, Thomas")


def hr_invites_interviewer() -> dict:
    uid = olk_uid("rmt-demir")
    desc = ("Hallo Thomas, hallo Julia,\n\nanbei die Einladung zum Vorstellungsgespräch mit Frau Aylin Demir "
            "(Bewerbung Steuerfachangestellte, Team Weber). Lebenslauf und Zeugnisse liegen in Personio. Bitte "
            "füllt danach den Bewertungsbogen aus.\n\nRaum: Besprechung 3 (Erdgeschoss)\n\nViele Grüße\nSandra")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251111T100000", "20251111T110000", "Vorstellungsgespräch Frau Aylin Demir – Steuerfachangestellte "
        "(m/w/d)", desc, [SANDRA, ME_ATT, att("julia.keller@rheinmain-treuhand.de", "Keller, Julia"),
                          room("besprechung3@rheinmain-treuhand.de", "Besprechung 3 (EG)")],
        "Besprechung 3 (EG)"))
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-hr-invite-de")


def personio_interviewer_invite() -> dict:
    uid = "personio-interview-3512288-a91c@personio.de"
    desc = ("Du wurdest als Interviewer*in für folgendes Gespräch eingeladen:\n\nKandidat: Lukas Brenner\n"
            "Stelle: Ausbildung zum Steuerfachangestellten (m/w/d) 2026\n"
            "Ort: RheinMain Treuhand, Hanauer Landstraße 126, 60314 Frankfurt, Raum Main\n\n"
            "Bewerberprofil ansehen: https://rheinmain-treuhand.personio.de/recruiting/applications/8812034\n\n"
            "Bitte gib nach dem Gespräch dein Feedback in Personio ab.")
    ics = calendar("-//Personio GmbH//Personio Recruiting//DE", tz_outlook("Europe/Berlin"), vevent(
        f"UID:{uid}", "DTSTAMP:20251030T081500Z", "DTSTART;TZID=Europe/Berlin:20251106T143000",
        "DTEND;TZID=Europe/Berlin:20251106T151500",
        org("sandra.hoffmann@rheinmain-treuhand.de", "Sandra Hoffmann (via Personio)"),
        att(WORK, "Thomas Weber"), att("lukas.brenner2007@gmail.com", "Lukas Brenner"),
        T("SUMMARY", "Interview: Lukas Brenner – Ausbildung zum Steuerfachangestellten (m/w/d) 2026"),
        T("DESCRIPTION", desc), T("LOCATION", "Raum Main, 4. OG"), "STATUS:CONFIRMED"))
    return ev("personio-de", ics, uid, 0, trap="user-as-interviewer-personio-de")


def scorecard_reminder() -> dict:
    uid = olk_uid("rmt-bewertung-demir")
    desc = "Bewertungsbogen in Personio: Fachwissen, DATEV-Kenntnisse, Auftreten, Empfehlung (ja/nein). Bis 12 Uhr!"
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251111T111500", "20251111T113000", "Bewertungsbogen Demir ausfüllen", desc, [org(WORK,
                                                                                                   "Weber, Thomas")],
        "", busy="BUSY"), method="PUBLISH")
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-scorecard-de")


def debrief_partner() -> dict:
    uid = olk_uid("rmt-debrief-stass")
    desc = ("Kurze Abstimmung nach den Gesprächen mit Herrn Kühn und Herrn Yilmaz (Steuerassistent/in): Wen laden wir "
            "zur zweiten Runde ein? Bitte Eindrücke und Bewertungsbögen mitbringen.\n\nGruß\nMichael Vogt")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251113T170000", "20251113T173000", "Debrief Bewerber Steuerassistent (Kühn / Yilmaz)", desc,
        [org("michael.vogt@rheinmain-treuhand.de", "Vogt, Michael Dr."), ME_ATT,
         att("sandra.hoffmann@rheinmain-treuhand.de", "Hoffmann, Sandra")], "Büro Dr. Vogt"))
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-debrief-de")


def azubi_panel_allday() -> dict:
    uid = olk_uid("rmt-auswahltag-2026")
    desc = ("Auswahltag Ausbildung Steuerfachangestellte 2026\n\nPanel: Thomas Weber, Julia Keller, Sandra "
            "Hoffmann\n\n08:30 Leonie Graf\n09:30 Ben Arslan\n10:30 Mia Köhler\n11:30 Tim Hofmann\n"
            "13:30 Sara Nowak\n14:30 Jan-Luca Becker\n\nGesprächsleitfaden und Bewertungsbögen liegen im Raum. "
            "Mittagessen wird bestellt.")
    ics = calendar(OUTLOOK, vevent(
        SANDRA, ME_ATT, att("julia.keller@rheinmain-treuhand.de", "Keller, Julia"),
        T("DESCRIPTION", desc, ";LANGUAGE=de-DE"), f"UID:{uid}",
        T("SUMMARY", "Auswahltag Azubis 2026 – Interviews (Panel: Weber, Keller, Hoffmann)", ";LANGUAGE=de-DE"),
        "DTSTART;VALUE=DATE:20260130", "DTEND;VALUE=DATE:20260131", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20251103T090000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        T("LOCATION", "Raum Main, 4. OG", ";LANGUAGE=de-DE"), "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"))
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-panel-allday-de")


def shadowing_block() -> dict:
    uid = olk_uid("rmt-hospitation-schulz")
    desc = ("Julia, wie besprochen sitzt du beim Gespräch mit Herrn Schulz (Bewerbung Steuerberater) mit – du "
            "beobachtest und machst Notizen, ich führe das Gespräch. Im Anschluss 15 Minuten Nachbesprechung zu "
            "Fragetechnik und Bewertung.\n\nThomas")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251202T090000", "20251202T101500", "Hospitation: Julia Keller begleitet Interview Herr Schulz",
        desc, [org(WORK, "Weber, Thomas"), att("julia.keller@rheinmain-treuhand.de", "Keller, Julia")],
        "Besprechung 2"))
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-shadowing-de")


def calendly_host() -> dict:
    uid = "a7d3e1f9-2b64-4c80-9e15-b3f07c2d8a41@calendly.com"
    desc = ("Event Name: Kennenlerngespräch Werkstudent Steuern (30 Min)\n\nLocation: Microsoft Teams\n\n"
            "Invitee: Jonas Maurer\nInvitee Email: jonas.maurer.ffm@gmail.com\n\nQuestions:\n"
            "Welche Stelle interessiert Sie?: Werkstudent Steuerberatung (ab März)\n"
            "Studiengang: B.Sc. Wirtschaftswissenschaften, 5. Semester\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/a7d3e1f9\n"
            "Reschedule: https://calendly.com/reschedulings/a7d3e1f9\n\nPowered by Calendly.com")
    ics = calendar(GOOGLE, vevent(
        "DTSTART:20251204T140000Z", "DTEND:20251204T143000Z", "DTSTAMP:20251127T103407Z",
        org(WORK, "Thomas Weber"), f"UID:{uid}", att(WORK, "Thomas Weber", partstat="ACCEPTED", rsvp=False),
        att("jonas.maurer.ffm@gmail.com", "Jonas Maurer", partstat="ACCEPTED", rsvp=False),
        T("DESCRIPTION", desc), T("LOCATION", "Microsoft Teams"), "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Kennenlerngespräch Werkstudent Steuern between Thomas Weber and Jonas Maurer"),
        "TRANSP:OPAQUE"))
    return ev("calendly-de", ics, uid, 0, trap="user-as-interviewer-calendly-host-de")


def agency_sends_candidate() -> dict:
    uid = "6j9m2p5s8v1y4b7e0h3k6n9q2t@google.com"
    desc = ("Sehr geehrter Herr Weber,\n\nwie besprochen stelle ich Ihnen unseren Kandidaten Herrn Dimitrios "
            "Papadopoulos für Ihre Position Manager Tax / Steuerberater (m/w/d) vor. Das anonymisierte Profil haben "
            "Sie per E-Mail erhalten. Das Gespräch findet in Ihren Räumen statt; ich nehme nicht teil.\n\n"
            "Beste Grüße\nMarc Ehrlich\nSteuerköpfe Personalberatung GmbH")
    ics = calendar(GOOGLE, vevent(
        "DTSTART:20251211T160000Z", "DTEND:20251211T170000Z", "DTSTAMP:20251201T121201Z",
        org("m.ehrlich@steuerkoepfe.de", "Marc Ehrlich"), f"UID:{uid}", att(WORK, "Thomas Weber"),
        att("d.papadopoulos@outlook.de", "Dimitrios Papadopoulos"), T("DESCRIPTION", desc),
        T("LOCATION", "RheinMain Treuhand, Hanauer Landstraße 126, 60314 Frankfurt am Main"), "SEQUENCE:0",
        "STATUS:CONFIRMED",
        T("SUMMARY", "Kandidatenvorstellung: Herr Dimitrios Papadopoulos (Steuerberater) – Steuerköpfe"),
        "TRANSP:OPAQUE"))
    return ev("google-de", ics, uid, 0, trap="user-as-interviewer-agency-candidate-de")


def freemail_candidate() -> dict:
    uid = olk_uid("rmt-hartmann")
    desc = ("Hallo Frau Hartmann,\n\nwie telefonisch besprochen freue ich mich auf unser Gespräch über die "
            "Teilzeitstelle als Steuerfachangestellte (25 Std.). Bitte melden Sie sich am Empfang im 4. OG.\n\n"
            f"Mit freundlichen Grüßen\nThomas Weber\nSteuerberater | Manager\n{FIRM}")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251118T083000", "20251118T093000", "Gespräch Nina Hartmann – Steuerfachangestellte Teilzeit",
        desc, [org(WORK, "Weber, Thomas"), att("nina.hartmann94@web.de", "nina.hartmann94@web.de")],
        "RheinMain Treuhand, Hanauer Landstraße 126, 4. OG"))
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-freemail-candidate-de")


def candidate_teams_en() -> dict:
    uid = olk_uid("rmt-raman")
    desc = ("Dear Priya,\n\nThank you for your application for the Tax Senior position in our International Tax team "
            "in Frankfurt. Dr. Michael Vogt (Partner) and I look forward to speaking with you.\n\nBest regards\n"
            f"Thomas Weber\n{FIRM}\n\n" + teams("en", "398 114 602 739", "Rt5bQx", "ZjE2OGE0NTMtZj"))
    ics = calendar(EXCHANGE, tz_outlook(), olk(
        uid, WEU, "20251121T110000", "20251121T120000", "Interview: Priya Raman – Tax Senior (International Tax)",
        desc, [org(WORK, "Weber, Thomas"), att("priya.raman.tax@gmail.com", "Priya Raman"),
               att("michael.vogt@rheinmain-treuhand.de", "Vogt, Michael Dr.")], "Microsoft Teams Meeting",
        lang="en-US"))
    return ev("outlook-en", ics, uid, 0, trap="user-as-interviewer-teams-en", lang="en")


EVENTS = [hr_invites_interviewer, personio_interviewer_invite, scorecard_reminder, debrief_partner,
          azubi_panel_allday, shadowing_block, calendly_host, agency_sends_candidate, freemail_candidate,
          candidate_teams_en]
