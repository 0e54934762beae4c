"""holdout71: negatives — personal appointments, client work, a lawyer, travel, a Spanish class (CC0 1.0)."""

from __future__ import annotations

from holdout71ev_ics import APPLE, GOOGLE, OUTLOOK, T, att, calendar, ev, org, tz_olson, tz_outlook, vevent
from holdout71ev_pos_olk import olk, olk_uid

WORK = "thomas.weber@rheinmain-treuhand.de"
ME = "t.weber.stb@t-online.de"
WEU = "W. Europe Standard Time"


def _apple(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "", allday: bool = False,
           created: str = "20251101T190000Z") -> str:
    if allday:
        times = [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    else:
        times = [f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}"]
    lines = [f"CREATED:{created}", f"UID:{uid}", times[1], "TRANSP:OPAQUE",
             "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", T("SUMMARY", summary), f"LAST-MODIFIED:{created}",
             f"DTSTAMP:{created}", times[0], "SEQUENCE:0"]
    if desc:
        lines.append(T("DESCRIPTION", desc))
    if loc:
        lines.append(T("LOCATION", loc))
    blocks = [vevent(*lines)] if allday else [tz_olson(), vevent(*lines)]
    return calendar(APPLE, *blocks, method=None)


def doctor_doctolib() -> dict:
    uid = "doctolib-appt-1188420377@doctolib.de"
    desc = ("Ihr Termin: Kontrolluntersuchung (Belastungs-EKG)\nPraxis Dr. med. Andreas Krüger, Facharzt für Innere "
            "Medizin und Kardiologie\nBerger Straße 210, 60385 Frankfurt am Main\n\nBitte bringen Sie Ihre "
            "Versichertenkarte und Ihre aktuelle Medikamentenliste mit.\n\n"
            "Termin verwalten: https://www.doctolib.de/appointments/1188420377")
    ics = calendar("-//Doctolib//Doctolib Calendar//DE", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251020T071500Z", "DTSTART;TZID=Europe/Berlin:20251107T081500",
        "DTEND;TZID=Europe/Berlin:20251107T090000", T("SUMMARY", "Termin bei Dr. med. Andreas Krüger – Kardiologie"),
        T("DESCRIPTION", desc), T("LOCATION", "Berger Straße 210, 60385 Frankfurt am Main"), "STATUS:CONFIRMED"),
        method="PUBLISH")
    return ev("doctolib-de", ics, uid, 0, trap="doctor-de")


def notary() -> dict:
    uid = "4B2D8E61-93A0-4C57-B1F2-6E0A9D3C5B84"
    ics = _apple(uid, "Notartermin Kaufvertrag ETW (Dr. Siebert)", "20251212T150000", "20251212T163000",
                 "Personalausweise mitnehmen! Entwurf vom 28.11. vorher nochmal mit Claudia durchgehen.",
                 "Notariat Dr. Siebert\nBockenheimer Landstraße 20\n60323 Frankfurt am Main")
    return ev("ios-de", ics, uid, 0, trap="notary-de")


def club_agm() -> dict:
    uid = "5n8q1t4w7z0c3f6i9l2o5r8u1x@google.com"
    desc = ("Liebe Mitglieder,\n\nhiermit laden wir satzungsgemäß zur Jahreshauptversammlung ein.\nTagesordnung: "
            "1. Bericht des Vorstands 2. Kassenbericht 3. Bericht der Kassenprüfer (Thomas Weber, Ute Brandt) "
            "4. Entlastung 5. Wahlen 6. Beitragsordnung 2026 7. Verschiedenes\n\nSport frei!\nDer Vorstand")
    ics = calendar(GOOGLE, tz_olson(), vevent(
        "DTSTART;TZID=Europe/Berlin:20260123T193000", "DTEND;TZID=Europe/Berlin:20260123T220000",
        "DTSTAMP:20251222T100000Z", org("vorstand@tv-bornheim1882.de", "TV Bornheim 1882 e.V."), f"UID:{uid}",
        att(ME, "Thomas Weber"), T("DESCRIPTION", desc), T("LOCATION", "Vereinsheim, Ringelstraße 4, Frankfurt"),
        "SEQUENCE:0", "STATUS:CONFIRMED", T("SUMMARY", "Jahreshauptversammlung TV Bornheim 1882 e.V."),
        "TRANSP:OPAQUE"))
    return ev("google-de", ics, uid, 0, trap="club-agm-de")


def bank_advice() -> dict:
    uid = "spk-termin-20251124-7719203@sparkasse-rheinmain.de"
    desc = ("Terminbestätigung\n\nThema: Anschlussfinanzierung Baufinanzierung (Zinsbindung endet 06/2026)\n"
            "Ihr Berater: Kai Sommer, Immobilienfinanzierung\nFiliale Bornheim, Berger Straße 180\n\n"
            "Bitte bringen Sie die letzten drei Gehaltsabrechnungen und den aktuellen Darlehenskontoauszug mit.")
    ics = calendar("-//Sparkasse RheinMain//Online-Terminvereinbarung//DE", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251110T121212Z", "DTSTART;TZID=Europe/Berlin:20251125T173000",
        "DTEND;TZID=Europe/Berlin:20251125T183000", T("SUMMARY", "Beratungstermin Anschlussfinanzierung"),
        T("DESCRIPTION", desc), T("LOCATION", "Sparkasse, Filiale Bornheim, Berger Straße 180"),
        "STATUS:CONFIRMED"), method="PUBLISH")
    return ev("bank-de", ics, uid, 0, trap="bank-de")


def passport() -> dict:
    uid = "tvm-buergeramt-ffm-20260107-0930-A118@frankfurt.de"
    desc = ("Terminbestätigung Bürgeramt\nDienstleistung: Abholung Reisepass\nStandort: Bürgeramt Nordost, "
            "Ortsbezirk Bornheim\nVorgangsnummer: A118-2207\nBitte bringen Sie Ihren alten Reisepass und die "
            "Abholkarte mit.")
    ics = calendar("-//Stadt Frankfurt am Main//Terminvereinbarung//DE", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251229T100000Z", "DTSTART;TZID=Europe/Berlin:20260107T093000",
        "DTEND;TZID=Europe/Berlin:20260107T094500", T("SUMMARY", "Bürgeramt: Abholung Reisepass"),
        T("DESCRIPTION", desc), T("LOCATION", "Bürgeramt Nordost"), "STATUS:CONFIRMED"), method="PUBLISH")
    return ev("authority-de", ics, uid, 0, trap="passport-de")


def school() -> dict:
    uid = "7F3A0C95-E2B1-4D68-8A47-C1D6B09E3F52"
    ics = _apple(uid, "Elternsprechtag Goethe-Gymnasium – Lena 10b", "20251121T170000", "20251121T183000",
                 "17:10 Hr. Frank (Mathe), 17:40 Fr. Said (Englisch), 18:10 Klassenlehrerin Fr. Oltmanns",
                 "Goethe-Gymnasium, Aula", created="20251110T201500Z")
    return ev("ios-de", ics, uid, 0, trap="school-de")


def client_meeting() -> dict:
    uid = olk_uid("schroeder-ja2024")
    desc = ("Besprechung Jahresabschluss 2024 und Steuerbescheide mit Herrn Schröder (GF). Themen: "
            "Pensionsrückstellung, Betriebsprüfungsanordnung, Gewinnverwendung. Unterlagen: Entwurf Bericht.")
    ics = calendar(OUTLOOK, tz_outlook(), olk(
        uid, WEU, "20251117T140000", "20251117T153000", "Mandantengespräch Schröder GmbH – Jahresabschluss 2024",
        desc, [org(WORK, "Weber, Thomas"), att("h.schroeder@schroeder-gmbh.de", "Schröder, Heinz"),
               att("anke.brandes@rheinmain-treuhand.de", "Brandes, Anke")], "Raum Main, 4. OG"))
    return ev("outlook-de", ics, uid, 0, trap="client-meeting-de")


def car_service() -> dict:
    uid = "B8C4E2A0-5D71-4F39-9E06-2A7C1B4D8E63"
    ics = _apple(uid, "Inspektion + Winterreifen Passat", "20251031T073000", "20251031T080000",
                 "Ersatzwagen reserviert. Bremsen vorne ansehen lassen.", "Autohaus Berger, Hanauer Landstraße 300",
                 created="20251021T181500Z")
    return ev("ios-de", ics, uid, 0, trap="car-de")


def lawyer() -> dict:
    uid = "1q4t7w0z3c6f9i2l5o8r1u4x7a@google.com"
    desc = ("Sehr geehrter Herr Weber,\n\nhiermit bestätigen wir Ihren Besprechungstermin bei Frau Rechtsanwältin "
            "Dr. Nadja Freitag, Fachanwältin für Arbeitsrecht. Thema laut Ihrer Anfrage: Kündigungsfrist, "
            "nachvertragliches Wettbewerbsverbot und Mandantenschutzklausel in Ihrem Arbeitsvertrag.\n\nBitte "
            "bringen Sie den Arbeitsvertrag und alle Nachträge mit.\n\nKanzlei Freitag & Lorenz")
    ics = calendar(GOOGLE, tz_olson(), vevent(
        "DTSTART;TZID=Europe/Berlin:20251106T180000", "DTEND;TZID=Europe/Berlin:20251106T190000",
        "DTSTAMP:20251030T111111Z", org("sekretariat@freitag-lorenz.de", "Kanzlei Freitag & Lorenz"), f"UID:{uid}",
        att(ME, "Thomas Weber"), T("DESCRIPTION", desc), T("LOCATION", "Kanzlei Freitag & Lorenz, Zeil 5, Frankfurt"),
        "SEQUENCE:0", "STATUS:CONFIRMED", T("SUMMARY", "Besprechung RAin Dr. Freitag – Arbeitsvertrag / Kündigung"),
        "TRANSP:OPAQUE"))
    return ev("google-de", ics, uid, 0, trap="lawyer-job-change-de")


def hotel_es() -> dict:
    uid = "RES-CB-2026-04471@hotelcalablava.es"
    desc = ("¡Gracias por su reserva!\n\nHotel Cala Blava ****, Carrer de la Mar 8, 07610 Palma (Mallorca)\n"
            "Llegada: jueves 2 de abril de 2026 (a partir de las 15:00)\nSalida: domingo 5 de abril de 2026 "
            "(hasta las 11:00)\nHabitación doble vista mar, desayuno incluido\nLocalizador: CB-04471\n\n"
            "Cancelación gratuita hasta el 26/03/2026.")
    ics = calendar("-//Hotel Cala Blava//Reservas//ES", vevent(
        f"UID:{uid}", "DTSTAMP:20251207T203000Z", "DTSTART;VALUE=DATE:20260402", "DTEND;VALUE=DATE:20260405",
        T("SUMMARY", "Reserva confirmada – Hotel Cala Blava, Palma"), T("DESCRIPTION", desc),
        T("LOCATION", "Carrer de la Mar 8, 07610 Palma"), "TRANSP:TRANSPARENT", "STATUS:CONFIRMED"),
        method="PUBLISH")
    return ev("booking-es", ics, uid, 0, trap="personal-travel-es", lang="es")


def spanish_class() -> dict:
    uid = "hispania-b1-2025-weber@escuela-hispania.de"
    desc = ("Curso de español B1 (martes)\nTema de la semana: el mundo laboral – role play «una entrevista de "
            "trabajo» (vocabulario, preguntas típicas, el condicional).\nProfesora: Lucía Romero\n"
            "Aula 3, Escuela Hispania Frankfurt")
    ics = calendar("-//Escuela Hispania//Cursos//ES", tz_olson(), vevent(
        f"UID:{uid}", "DTSTAMP:20251001T090000Z", "DTSTART;TZID=Europe/Berlin:20251104T190000",
        "DTEND;TZID=Europe/Berlin:20251104T203000", "RRULE:FREQ=WEEKLY;COUNT=4",
        T("SUMMARY", "Clase de español B1 – role play: entrevista de trabajo"), T("DESCRIPTION", desc),
        T("LOCATION", "Escuela Hispania, Leipziger Straße 12, Frankfurt"), "STATUS:CONFIRMED"), method="PUBLISH")
    return ev("class-es", ics, uid, 0, trap="language-class-mock-es", lang="es")


EVENTS = [doctor_doctolib, notary, club_agm, bank_advice, passport, school, client_meeting, car_service, lawyer,
          hotel_es, spanish_class]
