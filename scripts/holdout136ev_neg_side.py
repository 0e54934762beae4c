"""holdout136: negatives with the user on the hiring side at Hotel Mirabellgarten."""

from __future__ import annotations

from holdout136ev_ics import (
    P_EXCHANGE,
    P_GOOGLE,
    P_IOS,
    P_OUTLOOK,
    USER_WORK,
    UTC1_DE,
    VIENNA,
    WIN,
    alt_html,
    att,
    calendar,
    item,
    ms_props,
    one,
    org,
    t,
    teams_de,
    zoom_de,
)

ME_ORG = org(USER_WORK, "Hofbauer, Verena")
ME = att(USER_WORK, "Hofbauer, Verena")
GM = att("t.aigner@hotel-mirabellgarten.at", "Aigner, Thomas")
HR = "s.moser@hotel-mirabellgarten.at"
MIRIAM = att("m.eder@hotel-mirabellgarten.at", "Eder, Miriam")


def _n(kind: str, uid: str, ics: str, trap: str) -> dict[str, object]:
    return item(kind, uid, ics, 0, trap=trap)


def _ol(uid: str, summary: str, start: str, end: str, txt: str, organizer: str, attendees: list[str],
        loc: str = "Büro Front Office", tz: str = WIN, **kw: object) -> str:
    return one(uid, summary, start, end, prodid=P_OUTLOOK, tz=tz, organizer=organizer, attendees=attendees,
               desc=txt, loc=loc, extra=(alt_html(txt), *ms_props("BUSY")), **kw)  # type: ignore[arg-type]


def events() -> list[dict[str, object]]:
    out = []
    x = "040000008200E00074C5B7101A82E00800000000"

    uid = x + "5E1D0001AA01DC0100000000000000001000000011"
    out.append(_n("outlook-candidate-gmail", uid, _ol(
        uid, "Vorstellungsgespräch Rezeptionist/in – Hr. Jonas Berger", "20260310T140000", "20260310T150000",
        "Hallo Herr Berger,\n\nwie telefonisch besprochen freuen wir uns auf das Gespräch bei uns im Hotel "
        "Mirabellgarten. Bitte melden Sie sich an der Rezeption und fragen nach mir.\n\nFreundliche Grüße\n"
        "Verena Hofbauer\nFront Office Manager", ME_ORG,
        [att("jonas.berger98@gmail.com", "jonas.berger98@gmail.com"), MIRIAM], loc="Büro Front Office, EG"),
        "user-as-interviewer-outlook-candidate-gmail-de"))

    uid = "A1C3E5F7-0B2D-4F6A-8C9E-1357924680AB"
    out.append(_n("ios-lehrling", uid, calendar([[
        "CREATED:20260303T192001Z", "DTSTAMP:20260303T192010Z", f"UID:{uid}", "DTSTART:20260311T100000",
        "DTEND:20260311T104500", "SUMMARY:VG Lehrling HGA – Selina Wallner (mit Mutter)", "SEQUENCE:0",
        t("DESCRIPTION", "Zeugnis 4. Klasse MS, Schnupperbericht mitbringen lassen. Miriam dazu."),
    ]], P_IOS, method=None), "user-as-interviewer-lehrling-hand-de"))

    uid = "personio-interview-2281904@hotel-mirabellgarten.jobs.personio.de"
    out.append(_n("personio-interviewer", uid, one(
        uid, "Interview: Night Auditor (m/w/d) – Kandidat: Dominik Sturm", "20260317T100000", "20260317T104500",
        prodid="-//Personio GmbH//Personio Recruiting//DE", organizer=org(HR, "Sabine Moser"),
        attendees=[ME, att("dominik.sturm@outlook.at", "Dominik Sturm")],
        desc="Hallo Verena,\n\ndu wurdest als Interviewer:in für dieses Gespräch eingetragen.\nKandidat: Dominik "
             "Sturm\nStelle: Night Auditor (m/w/d)\nOrt: Hotel Mirabellgarten, Besprechungsraum 1\n\nBitte fülle "
             "im Anschluss die Bewertung im Kandidatenprofil aus: https://hotel-mirabellgarten.personio.de/"
             "recruiting/applications/2281904\n\nDein Personio", loc="Besprechungsraum 1"),
        "user-as-interviewer-personio-de"))

    uid = "personio-reminder-2281904-eval@hotel-mirabellgarten.jobs.personio.de"
    out.append(_n("personio-scorecard", uid, one(
        uid, "Bewertung abgeben: Dominik Sturm (Night Auditor)", "20260317T110000", "20260317T111500",
        prodid="-//Personio GmbH//Personio Recruiting//DE", organizer=org(HR, "Sabine Moser"), attendees=[ME],
        desc="Erinnerung: Bitte bewerte das Interview mit Dominik Sturm (Skala 1–5: Gästeorientierung, "
             "Zahlenverständnis, Verfügbarkeit Nachtdienst) und gib eine Empfehlung ab."),
        "user-as-interviewer-scorecard-de"))

    uid = x + "5E1D0005AA05DC0100000000000000001000000055"
    out.append(_n("outlook-debrief", uid, _ol(
        uid, "Debrief Bewerber:innen Guest Relations – Entscheidung", "20260320T133000", "20260320T140000",
        "Kurze Abstimmung zu den drei Kandidat:innen (Steiner, Novak, Huber). Bitte Bewertungen vorher in "
        "Personio eintragen.\nSabine", org(HR, "Moser, Sabine"), [ME, GM], loc="Büro GM"),
        "user-as-interviewer-debrief-de"))

    uid = x + "5E1D0006AA06DC0100000000000000001000000066"
    out.append(_n("outlook-panel", uid, _ol(
        uid, "Panel-Interview Reservierungsleitung: Kandidatin Petra Novak", "20260324T093000", "20260324T110000",
        "Panel: Thomas Aigner (GM), Verena Hofbauer (FOM), Sabine Moser (HR).\nAblauf: Vorstellung 10 Min., "
        "Fallbeispiel Gruppenkontingent 30 Min., Fragen der Kandidatin.\nKandidatin: petra.novak@outlook.com",
        org(HR, "Moser, Sabine"), [GM, ME, att("petra.novak@outlook.com", "Petra Novak"),
                                    att("bespr1@hotel-mirabellgarten.at", "Besprechungsraum 1", cutype="ROOM",
                                        role="NON-PARTICIPANT", rsvp=None)], loc="Besprechungsraum 1"),
        "user-as-interviewer-panel-de"))

    uid = x + "5E1D0007AA07DC0100000000000000001000000077"
    out.append(_n("outlook-candidate-probetag", uid, one(
        uid, "Probetag Fr. Aylin Yilmaz – Rezeption (Betreuung: Verena)", "20260326", "20260327",
        prodid=P_OUTLOOK, tz="DATE", organizer=org(HR, "Moser, Sabine"), attendees=[ME, MIRIAM],
        desc="Probetag Bewerberin Rezeption. Bitte Dienstkleidung Gr. 38 bereitlegen, Zugang Opera als Gast-User. "
             "Feedback an mich bis Freitag.", extra=("X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", *ms_props("FREE"))),
        "user-as-interviewer-candidate-probetag-allday-de"))

    uid = "calendly-6e2b8d10-host-vh-0412"
    out.append(_n("calendly-host", uid, one(
        uid, "Aleksandar Jovanović und Verena Hofbauer: Kennenlerngespräch Rezeption (15 Min.)", "20260312T080000Z",
        "20260312T081500Z", prodid="-//Calendly//Calendly Scheduling//EN", tz=None,
        organizer=org(USER_WORK, "Verena Hofbauer"),
        attendees=[ME, att("a.jovanovic.sbg@gmail.com", "Aleksandar Jovanović")],
        desc="Neues Ereignis geplant.\n\nEingeladene Person: Aleksandar Jovanović\nE-Mail: a.jovanovic.sbg@gmail.com"
             "\nTelefon: +43 676 4410923\n\nFragen:\nFür welche Stelle interessierst du dich? Rezeptionist "
             "(Vollzeit, ab Mai)\n\nEreignistyp: Kennenlerngespräch Rezeption\nGastgeberin: Verena Hofbauer\n\n"
             "In Calendly ansehen: https://calendly.com/app/scheduled_events/user/me"),
        "user-as-interviewer-calendly-host-de"))

    uid = "gpp-kandidat-petrovic-20260319@gastro-personal-partner.at"
    out.append(_n("agency-sends-candidate", uid, one(
        uid, "Kandidatenvorstellung: Hr. Marko Petrović – Nachtportier | Gastro Personal Partner",
        "20260319T150000", "20260319T154500", prodid=P_OUTLOOK, organizer=org("r.lang@gastro-personal-partner.at",
                                                                            "Roland Lang"),
        attendees=[att(USER_WORK, "Verena Hofbauer")],
        desc="Sehr geehrte Frau Hofbauer,\n\nwie besprochen stellt sich Ihnen unser Kandidat Herr Marko Petrović "
             "für die Position Nachtportier persönlich vor. Lebenslauf und Qualifikationsprofil anbei.\n\n"
             "Mit freundlichen Grüßen\nRoland Lang\nGastro Personal Partner GmbH", loc="Hotel Mirabellgarten"),
        "user-as-interviewer-agency-candidate-de"))

    uid = x + "5E1D0010AA10DC0100000000000000001000000100"
    txt = ("Dear Ana,\n\nthank you for your application as Front Office Agent. I'd like to invite you to a short "
           "video interview in English (we can switch to German anytime).\n\nBest regards\nVerena Hofbauer\n"
           "Front Office Manager, Hotel Mirabellgarten Salzburg" + teams_de("344 201 559 871", "OWQ4YmZmNGMtMDA"))
    out.append(_n("outlook-candidate-en", uid, _ol(
        uid, "Interview Ana Kovač – Front Office Agent", "20260325T090000", "20260325T093000", txt, ME_ORG,
        [att("ana.kovac.zg@yahoo.com", "ana.kovac.zg@yahoo.com")], loc="Microsoft Teams Meeting", tz=VIENNA),
        "user-as-interviewer-freemail-candidate-en"))

    uid = x + "5E1D0011AA11DC0100000000000000001000000110"
    out.append(_n("outlook-praktikum", uid, _ol(
        uid, "Vorstellungsgespräch Pflichtpraktikum Sommer – Schülerin Hannah Eder (HLW)", "20260331T143000",
        "20260331T151500", "Pflichtpraktikum Juli/August, 3. Jahrgang HLW Tourismus Salzburg-Nord. Lebenslauf "
        "in Personio.", ME_ORG, [att("hannah.eder@schule.hlw-sbg-nord.at", "Eder Hannah")], tz=UTC1_DE),
        "user-as-interviewer-praktikum-de"))

    uid = "2k8m4c0e6q1s3u5w7y9a0b2d4f@google.com"
    out.append(_n("google-kit", uid, one(
        uid, "Interviewleitfaden Rezeption überarbeiten + Fragen für Do", "20260309T130000Z", "20260309T140000Z",
        prodid=P_GOOGLE, tz=None, method="PUBLISH",
        desc="Fragen zu Upselling, Beschwerdefall, Opera-Kenntnisse. Bewertungsbogen an Sabine schicken.",
        head=("X-WR-CALNAME:Verena Arbeit", "X-WR-TIMEZONE:Europe/Vienna")),
        "user-as-interviewer-kit-de"))

    uid = x + "5E1D0013AA13DC0100000000000000001000000130"
    out.append(_n("outlook-second-round", uid, _ol(
        uid, "2. Gespräch Fr. Julia Schwarz – Assistant FOM (mit Hr. Aigner)", "20260402T140000", "20260402T150000",
        "Zweitgespräch mit GM. Bitte Gehaltsband vorher mit Sabine klären.", ME_ORG,
        [GM, att("julia.schwarz@gmx.at", "Julia Schwarz")], loc="Büro GM"),
        "user-as-interviewer-second-round-de"))

    uid = "stage-2026-ehs-0417-durand@ecole-hoteliere-savoie.fr"
    out.append(_n("school-fr", uid, one(
        uid, "Entretien de stage : Camille Durand / Hotel Mirabellgarten (Salzbourg)", "20260417T093000",
        "20260417T100000", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR",
        organizer=org("stages@ecole-hoteliere-savoie.fr", "Service des stages – EHS"),
        attendees=[att(USER_WORK, "Verena Hofbauer"), att("camille.durand@etu.ecole-hoteliere-savoie.fr",
                                                          "Camille Durand")],
        desc="Madame Hofbauer,\n\nComme convenu, voici le créneau pour l'entretien de Camille Durand, étudiante en "
             "2e année, candidate au stage de réception (juin–août) dans votre établissement. L'entretien se "
             "déroulera en anglais.\n\n" + zoom_de("811 2290 4471", "RUhTc3RhZ2U") + "\n\nCordialement,\n"
             "Service des stages", loc="Zoom"),
        "user-as-interviewer-stage-school-fr"))

    uid = "practicas-2026-eht-gil-0423@escuelahosteleria-tenerife.es"
    out.append(_n("school-es", uid, one(
        uid, "Entrevista de prácticas: alumna Marta Gil – Hotel Mirabellgarten (Salzburgo)", "20260423T080000Z",
        "20260423T083000Z", prodid=P_GOOGLE, tz=None,
        organizer=org("practicas@escuelahosteleria-tenerife.es", "Coordinación de Prácticas"),
        attendees=[att(USER_WORK, "Verena Hofbauer"), att("marta.gil.alumna@gmail.com", "Marta Gil")],
        desc="Estimada Sra. Hofbauer:\n\nLe enviamos la convocatoria para entrevistar a nuestra alumna Marta Gil "
             "(Técnico Superior en Gestión de Alojamientos Turísticos) para las prácticas Erasmus+ en recepción. "
             "La entrevista será en inglés.\n\nEnlace: https://meet.google.com/ehx-prac-mgl\n\nUn saludo,\n"
             "Coordinación de Prácticas"),
        "user-as-interviewer-practicas-school-es"))

    uid = x + "5E1D0016AA16DC0100000000000000001000000160"
    txt = ("Liebe Kolleg:innen,\n\nanbei die Einladung für das Vorstellungsgespräch mit Herrn Florian Steiner "
           "(Bewerbung Guest Relations Agent). Verena übernimmt den fachlichen Teil.\n\nLG Sabine"
           + teams_de("392 117 450 226", "NmE1YjQ5ZjUtMmQ"))
    out.append(_n("exchange-hr-panel", uid, one(
        uid, "Vorstellungsgespräch Guest Relations Agent (m/w/d) – Florian Steiner", "20260318T100000",
        "20260318T110000", prodid=P_EXCHANGE, tz=WIN, organizer=org(HR, "Moser, Sabine"),
        attendees=[ME, att("florian.steiner@gmx.at", "florian.steiner@gmx.at")], desc=txt,
        loc="Microsoft Teams-Besprechung", extra=(alt_html(txt), *ms_props())),
        "user-as-interviewer-hr-teams-de"))

    uid = "9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A"
    out.append(_n("schnupper-recurring", uid, calendar([[
        "DTSTAMP:20260401T150211Z", f"UID:{uid}", "DTSTART;TZID=Europe/Vienna:20260413T080000",
        "DTEND;TZID=Europe/Vienna:20260413T120000", "RRULE:FREQ=DAILY;COUNT=3",
        "SUMMARY:Schnupperlehre Tobias K. (PTS) – Rezeption", t("DESCRIPTION", "Betreuung Miriam / ich. "
                                                                         "Beurteilungsbogen für die Schule!"),
        "SEQUENCE:0",
    ]], P_IOS, method=None, tzids=(VIENNA,)), "user-as-interviewer-schnupperlehre-recurring-de"))

    uid = "7C1B2A3D-4E5F-4061-9273-8495A6B7C8D9"
    out.append(_n("ios-phone-screen", uid, calendar([[
        "DTSTAMP:20260306T084512Z", f"UID:{uid}", "DTSTART:20260309T113000", "DTEND:20260309T114500",
        "SUMMARY:Tel. Screening Bewerberin Nachtdienst – R. Huber 0664 2207719", "SEQUENCE:0",
    ]], P_IOS, method=None), "user-as-interviewer-phone-screen-hand-de"))

    uid = x + "5E1D0019AA19DC0100000000000000001000000190"
    out.append(_n("outlook-jobfair-booth", uid, _ol(
        uid, "Jobmesse Tourismus Salzburg – Stand Hotel Mirabellgarten (Bewerbergespräche)", "20260321T090000",
        "20260321T160000", "Standdienst mit Miriam. Kurzgespräche mit Lehrlingen und Rezeptionist:innen, "
        "Bewerbungen direkt aufnehmen. Roll-up und Flyer aus dem Lager.", org(HR, "Moser, Sabine"), [ME, MIRIAM],
        loc="Messezentrum Salzburg, Halle 2, Stand 2-114"),
        "user-as-interviewer-jobfair-booth-de"))

    uid = "5d7f9h1j3l5n7p9r1t3v5x7z9b@google.com"
    out.append(_n("google-offer", uid, one(
        uid, "Zusage Fr. Novak telefonisch + Absagen versenden", "20260327T080000Z", "20260327T083000Z",
        prodid=P_GOOGLE, tz=None, method="PUBLISH",
        head=("X-WR-CALNAME:Verena Arbeit", "X-WR-TIMEZONE:Europe/Vienna")),
        "user-as-interviewer-offer-call-de"))

    uid = x + "5E1D0021AA21DC0100000000000000001000000210"
    out.append(_n("outlook-shadowing", uid, _ol(
        uid, "Shadowing: Miriam sitzt beim VG Rezeption dabei (Interviewer-Training)", "20260407T140000",
        "20260407T150000", "Miriam hört beim Gespräch mit der Bewerberin (Rezeption, Teilzeit) zu, danach 15 Min. "
        "Nachbesprechung mit mir: Fragetechnik, Bewertungsbogen.", ME_ORG, [MIRIAM]),
        "user-as-interviewer-shadowing-de"))
    return out
