"""holdout62 negatives: own HR talks, networking, references, recruiters without employer, prep (part B)."""

from __future__ import annotations

from holdout62ev_boiler import teams
from holdout62ev_ics import (
    ME,
    ME_WORK,
    Ev,
    apple_event,
    att,
    esc,
    g_att,
    google_event,
    google_uid,
    h,
    head_apple,
    head_generic,
    head_google,
    head_outlook,
    o_att,
    olson_tz,
    org,
    outlook_event,
    outlook_uid,
    plain_event,
    uuid,
    vcal,
    windows_tz,
)
from holdout62ev_neg_side_a import CHEF, HR, ME_O, WETLI, neg

TZ = olson_tz(lic=False)


def apple_typed(seed: str, kind: str, trap: str, start: str, end: str, summary: str, desc: str = "",
                location: str = "", alarm: int | None = 30) -> Ev:
    uid = uuid(seed, True)
    ev = apple_event(uid=uid, start=start, end=end, summary=summary, desc=desc, location=location,
                     stamp="20251001T190000Z", alarm=alarm)
    return neg(kind, vcal(head_apple(method=None), [TZ, ev]), uid, trap)


def doctor() -> Ev:
    return apple_typed("o-arzt", "personal-doctor-de", "personal-doctor-de", "20251029T0715", "20251029T0745",
                       "Dr. med. Iten – Check-up (nüchtern!)", "Blutentnahme, Resultate in 1 Woche",
                       "Praxis am Bucheggplatz, Zürich")


def passport() -> Ev:
    uid = f"termin-{h('o-pass', 10)}@stadt-zuerich.ch"
    desc = ("Terminbestätigung\n\nDienstleistung: Pass und Identitätskarte (Kombiangebot) – Erfassung biometrischer "
            "Daten\nPerson: Keller Matthias\nBitte bringen Sie den alten Pass und die ID mit.\n\n"
            "Ausweiszentrum Kanton Zürich")
    ev = plain_event(uid=uid, start="20251107T1210", end="20251107T1225", tzid="Europe/Zurich",
                     summary="Termin Ausweiszentrum: Pass + ID", desc=desc,
                     location="Ausweiszentrum, Hohlstrasse 35, 8004 Zürich",
                     organizer=org("noreply@termin.zh.ch", "Ausweiszentrum Kanton Zürich"),
                     atts=[att(ME, "Keller Matthias")], stamp="20251020T080000Z")
    return neg("personal-passport-de", vcal(head_generic("-//Terminreservation//DE"), [TZ, ev]), uid,
               "personal-passport-office-de")


def visa() -> Ev:
    uid = f"ais-{h('o-visa', 12)}@usvisa-info.com"
    desc = ("Your nonimmigrant visa interview appointment is scheduled.\n\nApplicant: KELLER, MATTHIAS\nVisa class: "
            "B1/B2\nLocation: U.S. Embassy Bern, Sulgeneckstrasse 19, 3007 Bern\n\nPlease arrive 15 minutes "
            "before your appointment with your confirmation page, DS-160 barcode and passport. Electronic devices "
            "are not permitted.")
    ev = plain_event(uid=uid, start="20251204T0830", end="20251204T0900", utc_times=True,
                     summary="Visa Interview Appointment – U.S. Embassy Bern", desc=desc,
                     location="Sulgeneckstrasse 19, 3007 Bern",
                     organizer=org("support-switzerland@usvisa-info.com", "U.S. Visa Information Service"),
                     atts=[att(ME, "MATTHIAS KELLER")], stamp="20251110T140000Z")
    return neg("visa-interview-en", vcal(head_generic("-//AIS//Appointment//EN"), [ev]), uid, "visa-interview-en")


def internal() -> Ev:
    uid = outlook_uid("o-intern")
    tb, url = teams("o-intern", "de")
    desc = "Variantenentscheid Linienführung Nord, Kostenstand, Termine Auflage.\n\n" + tb
    ev = outlook_event(uid=uid, start="20251023T0900", end="20251023T1030",
                       summary="Projektsitzung Umfahrung Eglisau – Variantenentscheid", desc=desc, organizer=ME_O,
                       atts=[o_att(*WETLI), o_att("roman.keller@ewp-planer.ch", "Roman Keller (EWP)"),
                             o_att(*CHEF)], location="Microsoft Teams-Besprechung", stamp="20251001T100000Z",
                       teams_url=url)
    return neg("internal-project-meeting-de", vcal(head_outlook(), [windows_tz(), ev]), uid, "internal-meeting-de")


def appraisal() -> Ev:
    uid = outlook_uid("o-mag")
    desc = ("Jährliches Mitarbeitergespräch 2025 (Zielerreichung, Ziele 2026, Entwicklung). Bitte Selbsteinschätzung "
            "im Formular MAG-BD vorher ausfüllen.\nHeinz")
    ev = outlook_event(uid=uid, start="20251209T1000", end="20251209T1130",
                       summary="Mitarbeitergespräch (MAG) 2025 – M. Keller / H. Rutishauser", desc=desc,
                       organizer=org(*CHEF), atts=[o_att(ME_WORK, "Keller Matthias (BD TBA)")],
                       location="Büro H. Rutishauser, 5.12", stamp="20251104T090000Z")
    return neg("own-appraisal-de", vcal(head_outlook(), [windows_tz(), ev]), uid, "own-appraisal-de")


def exit_interview() -> Ev:
    uid = outlook_uid("o-exit")
    desc = ("Guten Tag Herr Keller\n\nIm Hinblick auf Ihren Austritt per 31. März 2026 laden wir Sie zum "
            "Austrittsgespräch ein. Das Gespräch ist freiwillig und vertraulich; Ihre Rückmeldungen helfen uns, die "
            "Baudirektion als Arbeitgeberin weiterzuentwickeln.\n\nFreundliche Grüsse\nSandra Bühler, HR")
    ev = outlook_event(uid=uid, start="20260224T1400", end="20260224T1500",
                       summary="Austrittsgespräch Matthias Keller", desc=desc, organizer=org(*HR),
                       atts=[o_att(ME_WORK, "Keller Matthias (BD TBA)")], location="HR, Walcheplatz 2, 2.03",
                       stamp="20260210T080000Z")
    return neg("own-exit-interview-de", vcal(head_outlook(), [windows_tz(), ev]), uid, "own-exit-interview-de")


def coffee_de() -> Ev:
    uid = google_uid("o-coffee")
    ev = google_event(uid=uid, start="20251002T1215", end="20251002T1315",
                      summary="Zmittag mit Reto Brunner (Fischer Basler Ingenieure)",
                      desc="Ex-Studienkollege, jetzt Partner bei Fischer Basler. Fragen, wie der Markt für "
                           "Projektdirektoren aussieht und wie es bei ihnen intern läuft – keine Bewerbung, nur "
                           "Austausch.", organizer=org(ME, "Matthias Keller"),
                      atts=[g_att(ME, "Matthias Keller", "ACCEPTED"),
                            g_att("reto.brunner@fischerbasler.ch", "Reto Brunner", "ACCEPTED")],
                      location="Restaurant Zeughauskeller, Zürich", stamp="20250926T100000Z",
                      created="20250926T095800Z")
    return neg("coffee-chat-company-de", vcal(head_google(), [ev]), uid, "informational-lunch-names-company-de")


def coffee_fr() -> Ev:
    return apple_typed("o-cafe", "coffee-chat-fr", "informational-coffee-fr", "20251108T1300", "20251108T1400",
                       "Café avec Sophie Perrin – échange sur le marché romand",
                       "Sophie (ancienne collègue EPFL) : qui recrute en Suisse romande, salaires, réseau.",
                       "Café du Grütli, Lausanne")


def job_fair() -> Ev:
    uid = google_uid("o-fair")
    ev = ["BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251114", "DTEND;VALUE=DATE:20251115", "DTSTAMP:20251020T090000Z",
          f"UID:{uid}", "CREATED:20251020T090000Z",
          "DESCRIPTION:" + esc("Karrieretag Bau & Infrastruktur, Halle 7. Stände u.a. Ingenieurbüros, "
                               "Bauunternehmungen, Ämter. CV-Check am Stand 12. Lebenslauf 10x ausdrucken."),
          "LAST-MODIFIED:20251020T090000Z", "LOCATION:Messe Zürich\\, Halle 7", "SEQUENCE:0", "STATUS:CONFIRMED",
          "SUMMARY:Karrieretag Bau & Infrastruktur (Messe Zürich)", "TRANSP:TRANSPARENT", "END:VEVENT"]
    return neg("job-fair-allday-de", vcal(head_google(method="PUBLISH", calname="Matthias privat",
                                                      wrtz="Europe/Zurich"), [ev]), uid, "job-fair-de")


def reference_de() -> Ev:
    uid = outlook_uid("o-ref")
    desc = ("Grüezi Herr Keller\n\nHerr Lukas Brunner hat Sie als Referenzperson angegeben (er hat 2019–2024 in Ihrem "
            "Team als Projektingenieur gearbeitet). Wie besprochen rufe ich Sie für die Referenzauskunft an; das "
            "Gespräch dauert etwa 15 Minuten.\n\nFreundliche Grüsse\nYvonne Bucher\nHR, Kessler Bau AG")
    ev = outlook_event(uid=uid, start="20251119T0800", end="20251119T0815",
                       summary="Referenzauskunft Lukas Brunner – Anruf Kessler Bau (Y. Bucher)", desc=desc,
                       organizer=org("yvonne.bucher@kesslerbau.ch", "Bucher, Yvonne"),
                       atts=[o_att(ME_WORK, "Keller, Matthias")], location="Telefon 043 259 31 40",
                       stamp="20251117T140000Z", html=False)
    return neg("reference-referee-de", vcal(head_outlook(), [windows_tz(), ev]), uid,
               "reference-user-is-referee-known-company-de")


def reference_en() -> Ev:
    uid = google_uid("o-ref-en")
    desc = ("Hi Matthias,\n\nthank you for agreeing to act as a referee for Anna Steiner, who has applied for a "
            "Senior Bridge Engineer role with us. I'll call you on your office line; 20 minutes should be enough.\n\n"
            "Best,\nGraham Holt\nTalent Acquisition, Arcwell Engineering")
    ev = google_event(uid=uid, start="20251201T1630", end="20251201T1650",
                      summary="Reference call re: Anna Steiner (Arcwell Engineering)", desc=desc,
                      organizer=org("graham.holt@arcwell.com", "Graham Holt"),
                      atts=[g_att("graham.holt@arcwell.com", "Graham Holt", "ACCEPTED"), g_att(ME_WORK)],
                      location="Phone", stamp="20251126T110000Z", created="20251126T105800Z")
    return neg("reference-referee-en", vcal(head_google(), [ev]), uid, "reference-user-is-referee-en")


def headhunter_de() -> Ev:
    uid = outlook_uid("o-hh")
    desc = ("Sehr geehrter Herr Keller\n\nBesten Dank für Ihre Rückmeldung. Wie angekündigt möchte ich Ihnen eine "
            "vertrauliche Position als Mitglied der Geschäftsleitung eines führenden Schweizer Ingenieurunternehmens "
            "(ca. 400 Mitarbeitende) vorstellen. Den Namen unseres Mandanten nenne ich Ihnen gerne im persönlichen "
            "Gespräch, sofern Sie interessiert sind.\n\nFreundliche Grüsse\nChristian Pfister\nPfister Executive "
            "Search AG")
    ev = outlook_event(uid=uid, start="20251030T1215", end="20251030T1245",
                       summary="Telefonat Pfister Executive Search – vertrauliche Kaderposition", desc=desc,
                       organizer=org("christian.pfister@pfister-search.ch", "Pfister, Christian"),
                       atts=[o_att(ME, "Matthias Keller")], location="Telefon", stamp="20251027T070000Z")
    return neg("headhunter-no-employer-de", vcal(head_outlook(), [windows_tz(), ev]), uid,
               "recruiter-call-no-employer-de")


def recruiter_en() -> Ev:
    uid = f"{uuid('o-rec')}@calendly.com"
    desc = ("Event Name: 20 Minute Intro Call\n\nHi Matthias, great to connect on LinkedIn! I'm working on a Project "
            "Director search in Zurich for my client, a global engineering and infrastructure consultancy. Keen to "
            "tell you more and hear what you're looking for.\n\nNeed to make changes to this event?\nCancel: "
            "https://calendly.com/cancellations/" + uuid("o-rec-c") + "\n\nPowered by Calendly.com")
    ev = plain_event(uid=uid, start="20251006T1230", end="20251006T1250", utc_times=True,
                     summary="Matthias Keller and Tom Archer", desc=desc, location="+41 79 412 58 03",
                     organizer=org("tom.archer@northbridgetalent.com", "Tom Archer"),
                     atts=[att(ME, "Matthias Keller", partstat="ACCEPTED", rsvp=False)], stamp="20251002T150000Z")
    return neg("recruiter-intro-no-employer-en", vcal(head_generic("-//Calendly//Calendly//EN"), [ev]), uid,
               "recruiter-call-no-employer-calendly-en")


def prep_de() -> Ev:
    return apple_typed("o-prep", "prep-block-de", "prep-block-names-company-de", "20251020T1900", "20251020T2130",
                       "Vorbereitung Fachgespräch Rüegg – Fallstudie durchrechnen",
                       "Etappierung skizzieren, Kostenschätzung ±25 %, 5 Folien. Fragen an Rüegg notieren.", "",
                       alarm=None)


def prep_en() -> Ev:
    return apple_typed("o-prep-en", "prep-block-en", "prep-block-en", "20251106T1930", "20251106T2100",
                       "Prep: Tessera virtual onsite – STAR stories, NEC basics",
                       "6 STAR stories (Gubrist, Glattbrücke, team conflict...). Read NEC4 ECC summary.")


def survey() -> Ev:
    uid = f"{h('o-survey', 16)}@move-research.ch"
    desc = ("Guten Tag Herr Keller\n\nVielen Dank, dass Sie an der Erhebung zu Mobilität und Verkehr teilnehmen. "
            "Wie vereinbart ruft Sie eine Interviewerin unseres Instituts an. Das Telefoninterview dauert ca. 25 "
            "Minuten; alle Angaben werden anonymisiert ausgewertet.\n\nMOVE Forschung AG, im Auftrag des Bundes")
    ev = plain_event(uid=uid, start="20251016T1830", end="20251016T1900", tzid="Europe/Zurich",
                     summary="Telefoninterview Erhebung Mobilität und Verkehr", desc=desc, location="Telefon",
                     organizer=org("termine@move-research.ch", "MOVE Forschung AG"), atts=[att(ME, "Matthias Keller")],
                     stamp="20251009T120000Z")
    return neg("survey-phone-interview-de", vcal(head_generic("-//MOVE Forschung//CATI//DE"), [TZ, ev]), uid,
               "survey-telephone-interview-de")


def jury() -> Ev:
    uid = outlook_uid("o-jury")
    desc = ("2. Jurysitzung Projektwettbewerb Ersatzneubau Thurbrücke Andelfingen: Beurteilung der 9 Beiträge, "
            "Rundgänge, Rangierung. Verpflegung vor Ort.")
    ev = outlook_event(uid=uid, start="20251216T0830", end="20251216T1700",
                       summary="Jurierung Projektwettbewerb Thurbrücke – Jurysitzung 2", desc=desc,
                       organizer=org("wettbewerb@bd.zh.ch", "Wettbewerbe TBA"),
                       atts=[o_att(ME_WORK, "Keller Matthias (BD TBA)"),
                             o_att("a.vonmoos@vonmoos-architekten.ch", "von Moos, Anita")],
                       location="Kantonsschule Andelfingen, Aula", stamp="20251001T080000Z", busy="BUSY")
    return neg("jury-competition-de", vcal(head_outlook(), [windows_tz(), ev]), uid, "jury-panel-not-hiring-de")


def deadline() -> Ev:
    uid = uuid("o-deadline", True)
    ev = ["BEGIN:VEVENT", "CREATED:20250920T200000Z", "DTEND;VALUE=DATE:20251001", "DTSTAMP:20250920T200000Z",
          "DTSTART;VALUE=DATE:20250930", "LAST-MODIFIED:20250920T200000Z", "SEQUENCE:0",
          "SUMMARY:Bewerbungsfrist ASTRA Gesamtprojektleiter/in (Ref. 42118)", "TRANSP:TRANSPARENT", f"UID:{uid}",
          "DESCRIPTION:Online über Stellenportal Bund. Motivationsschreiben nochmals lesen lassen (Andrea).",
          "END:VEVENT"]
    return neg("deadline-allday-de", vcal(head_apple(method=None), [ev]), uid, "application-deadline-reminder-de")


def coaching() -> Ev:
    return apple_typed("o-coach", "career-coaching-de", "career-coaching-de", "20251001T1730", "20251001T1900",
                       "Laufbahnberatung (3/5) – Standortbestimmung mit S. Roth",
                       "Kompetenzprofil, Zielfirmen-Liste, LinkedIn-Profil überarbeiten.",
                       "Laufbahnberatung Roth, Stampfenbachstrasse 48, Zürich")


def photo() -> Ev:
    return apple_typed("o-photo", "photo-shoot-de", "application-photo-de", "20250927T1000", "20250927T1045",
                       "Fotoshooting Bewerbungsfotos – Studio Licht & Raum", "Hemd hell, Veston mitnehmen.",
                       "Langstrasse 120, Zürich")


def family() -> Ev:
    return apple_typed("o-family", "family-member-interview-de", "family-member-interview-de", "20251114T1330",
                       "20251114T1500", "Andrea Vorstellungsgespräch Spitex → ich hole Kinder ab",
                       "Andrea hat um 14:00 Gespräch bei der Spitex Zürich Nord. Ich übernehme Lea und Jan ab 13:30.")


def events() -> list[Ev]:
    return [doctor(), passport(), visa(), internal(), appraisal(), exit_interview(), coffee_de(), coffee_fr(),
            job_fair(), reference_de(), reference_en(), headhunter_de(), recruiter_en(), prep_de(), prep_en(),
            survey(), jury(), deadline(), coaching(), photo(), family()]
