"""holdout71: the user on the hiring side at RheinMain Treuhand, part 2 (CC0 1.0)."""

from __future__ import annotations

from holdout71ev_ics import EXCHANGE, GOOGLE, OUTLOOK, THUNDERBIRD, T, att, calendar, ev, org, tz_outlook, vevent
from holdout71ev_pos_olk import olk, olk_uid

WORK = "thomas.weber@rheinmain-treuhand.de"
WEU = "W. Europe Standard Time"
SANDRA = org("sandra.hoffmann@rheinmain-treuhand.de", "Hoffmann, Sandra")
ME_ATT = att(WORK, "Weber, Thomas")


def candidate_fr() -> dict:
    uid = olk_uid("rmt-roussel")
    desc = ("Bonjour Madame Roussel,\n\nJe vous confirme notre entretien pour le poste de Tax Senior au sein de notre "
            "desk France (clients franco-allemands). L'entretien se déroulera en français et en allemand, avec ma "
            "collègue Anke Brandes, Steuerberaterin.\n\nCordialement,\nThomas Weber\nRheinMain Treuhand GmbH, "
            "Francfort-sur-le-Main")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251125T140000", "20251125T150000", "Entretien Camille Roussel – Tax Senior (desk France)", desc,
        [org(WORK, "Weber, Thomas"), att("camille.roussel@orange.fr", "Camille Roussel"),
         att("anke.brandes@rheinmain-treuhand.de", "Brandes, Anke")], "RheinMain Treuhand, salle Main (4e étage)",
        lang="fr-FR"))
    return ev("outlook-fr", ics, uid, 0, trap="user-as-interviewer-candidate-fr", lang="fr")


def kit_prep_block() -> dict:
    uid = olk_uid("rmt-leitfaden")
    desc = ("Interviewleitfaden für die Gespräche Steuerassistent/in überarbeiten:\n- 3 Fallfragen USt "
            "(Reihengeschäft, §13b)\n- 2 Fragen ESt/Gewerbesteuer\n- Verhaltensfragen (Teamarbeit, Fristendruck)\n"
            "- Bewertungsmatrix 1–5 an Sandra schicken")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251110T073000", "20251110T083000", "Interviewleitfaden Steuerassistent vorbereiten", desc,
        [org(WORK, "Weber, Thomas")], "", busy="BUSY"), method="PUBLISH")
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-kit-prep-de")


def trial_day() -> dict:
    uid = olk_uid("rmt-probearbeit-schmitt")
    desc = ("Probearbeitstag Frau Lea Schmitt (Bewerbung Steuerfachangestellte).\nBetreuung: Thomas Weber, "
            "vormittags Einkommensteuererklärungen mit Anke, nachmittags Feedbackgespräch mit Thomas.\n"
            "Arbeitsplatz: Raum 4.07, Laptop über IT (Ticket 44182).")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251205T083000", "20251205T160000",
        "Probearbeitstag Bewerberin Lea Schmitt – Betreuung T. Weber", desc,
        [SANDRA, ME_ATT, att("anke.brandes@rheinmain-treuhand.de", "Brandes, Anke")], "Raum 4.07"))
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-trial-day-de")


def second_round_partner() -> dict:
    uid = olk_uid("rmt-kuehn-2")
    desc = ("Zweites Gespräch mit Herrn Florian Kühn (Steuerassistent, aktuell bei einer Big-Four-Gesellschaft). "
            "Teilnehmer: Dr. Michael Vogt, Thomas Weber. Bitte Gehaltsrahmen vorab mit mir abstimmen.\n\nSandra")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251124T150000", "20251124T160000", "2. Gespräch Herr Kühn – Steuerassistent – mit Dr. Vogt",
        desc, [SANDRA, ME_ATT, att("michael.vogt@rheinmain-treuhand.de", "Vogt, Michael Dr.")], "Büro Dr. Vogt"))
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-second-round-de")


def jobfair_interviews() -> dict:
    uid = olk_uid("rmt-karrieretag-hsm")
    desc = ("Karrieretag Hochschule Mainz – Stand RheinMain Treuhand (Nr. 14).\nThomas und Julia führen am Stand "
            "Kurzinterviews mit Studierenden (Praktikum / Werkstudent / Berufseinstieg Steuern). CV-Mappen und "
            "Roll-up holt Julia um 8:00 im Büro ab.")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20260129T093000", "20260129T160000",
        "Karrieretag Hochschule Mainz – Bewerbergespräche am Stand RheinMain Treuhand", desc,
        [SANDRA, ME_ATT, att("julia.keller@rheinmain-treuhand.de", "Keller, Julia")],
        "Hochschule Mainz, Campus Lucy-Hillebrand-Straße 2, Foyer"))
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-jobfair-de")


def bookings_host() -> dict:
    uid = ("040000008200E00074C5B7101A82E00800000000D1E6C2A74B60DC01000000000000000010000000"
           "9A8B7C6D5E4F30211203F4E5D6C7B8A9")
    desc = ("Ihr Termin wurde gebucht.\n\nDienstleistung: Telefonisches Erstgespräch Werkstudierende Steuern\n"
            "Mitarbeiter: Thomas Weber\nKunde: Marco Rossi\nE-Mail: marco.rossi.mi@gmail.com\n"
            "Telefon: +39 347 555 0192\nNotizen des Kunden: Erasmus in Frankfurt, Deutsch B2, International Tax "
            "interessiert mich sehr.\n\nRheinMain Treuhand · Karriere")
    ics = calendar(EXCHANGE, tz_outlook(), vevent(
        org("Karriere@rheinmain-treuhand.de", "RheinMain Treuhand Karriere"), ME_ATT,
        att("marco.rossi.mi@gmail.com", "Marco Rossi"), T("DESCRIPTION", desc, ";LANGUAGE=de-DE"), f"UID:{uid}",
        T("SUMMARY", "Telefonisches Erstgespräch Werkstudierende Steuern – Marco Rossi", ";LANGUAGE=de-DE"),
        "DTSTART;TZID=W. Europe Standard Time:20251120T160000", "DTEND;TZID=W. Europe Standard Time:20251120T162000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20251117T200301Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        T("LOCATION", "Telefon", ";LANGUAGE=de-DE"), "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"))
    return ev("bookings-de", ics, uid, 0, trap="user-as-interviewer-bookings-host-de")


def recruiting_jourfixe() -> dict:
    uid = olk_uid("rmt-recruiting-jf")
    desc = ("Wöchentlicher Abgleich offene Stellen Steuern: Pipeline in Personio, Terminierung der Gespräche, "
            "Feedback zu Kandidat/innen, Stellenanzeigen (StepStone, Hochschulportale).")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251103T083000", "20251103T090000", "Recruiting-Jour-fixe Steuern (offene Stellen)", desc,
        [SANDRA, ME_ATT, att("julia.keller@rheinmain-treuhand.de", "Keller, Julia")], "Teams / Raum Main",
        extra=("RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260330T073000Z",)))
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-recruiting-jourfixe-de")


def offer_calibration() -> dict:
    uid = olk_uid("rmt-demir-angebot")
    desc = ("Frau Demir hat im Gespräch überzeugt. Zu klären: Gehaltsangebot (Band B2), Startdatum 1.2. oder 1.3., "
            "Probezeit, Homeoffice-Regelung. Danach Zusage durch Sandra.")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251114T120000", "20251114T121500", "Abstimmung Einstellung Frau Demir – Gehalt/Startdatum",
        desc, [SANDRA, ME_ATT], "Teams"))
    return ev("outlook-de", ics, uid, 0, trap="user-as-interviewer-offer-calibration-de")


def terse_azubi_call() -> dict:
    uid = "2d8f4a6c-1e3b-4579-8c0d-f6a2b4e8c913"
    ics = calendar(THUNDERBIRD, vevent(
        "CREATED:20251112T164012Z", "LAST-MODIFIED:20251112T164012Z", "DTSTAMP:20251112T164012Z", f"UID:{uid}",
        T("SUMMARY", "Tel. Bewerber Azubi Özdemir 16:30"), "DTSTART:20251117T163000", "DTEND:20251117T170000",
        T("DESCRIPTION", "Emre Özdemir, Abi 2026, Bewerbung Ausbildung StFA – 0176 5550 2231"), "TRANSP:OPAQUE"),
        method=None)
    return ev("thunderbird-de", ics, uid, 0, trap="user-as-interviewer-terse-de")


def greenhouse_interviewer_kit() -> dict:
    uid = "8s1v4y7b0e3h6k9n2q5t8w1z4c@google.com"
    desc = ("Hi Thomas,\n\nyou are scheduled to interview Sophie Lambert for Tax Manager – Frankfurt "
            "(Secondment, Taxaro Network).\n\nYour focus area: German corporate tax & VAT compliance\n"
            "Interview kit: https://app.greenhouse.io/interview_kits/5518204/scorecard\n"
            "Resume: https://app.greenhouse.io/people/77102933/resume\n\n"
            "Please submit your scorecard within 24 hours after the interview.\n\nThanks!\nEmma Clarke\n"
            "Recruiting Coordinator, Taxaro Network (London)\n\nThis interview was scheduled with Greenhouse.")
    ics = calendar(GOOGLE, vevent(
        "DTSTART:20251202T140000Z", "DTEND:20251202T144500Z", "DTSTAMP:20251201T093355Z",
        org("emma.clarke@taxaro.net", "Emma Clarke"), f"UID:{uid}", att(WORK, "Thomas Weber"),
        att("sophie.lambert.tax@gmail.com", "Sophie Lambert"), T("DESCRIPTION", desc),
        T("LOCATION", "Zoom – link in kit"), "SEQUENCE:0", "STATUS:CONFIRMED",
        T("SUMMARY", "Interview: Sophie Lambert – Tax Manager (Frankfurt) – Interviewer: Thomas Weber"),
        "TRANSP:OPAQUE"))
    return ev("greenhouse-en", ics, uid, 0, trap="user-as-interviewer-greenhouse-kit-en", lang="en")


EVENTS = [candidate_fr, kit_prep_block, trial_day, second_round_partner, jobfair_interviews, bookings_host,
          recruiting_jourfixe, offer_calibration, terse_azubi_call, greenhouse_interviewer_kit]
