"""holdout106: other non-interview events of the user (blind author, CC0 1.0)."""

from __future__ import annotations

from holdout106ev_boiler import meet_de, teams_de, webex_de, zoom_de, zoom_en
from holdout106ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    OUTLOOK,
    THUNDERBIRD,
    USER_FREE,
    USER_WORK,
    WEU,
    ZRH,
    Ev,
    att,
    dt,
    one,
    org,
    prop,
)

Z = "Europe/Zurich"
W = "W. Europe Standard Time"
ME = att(USER_FREE, "Urs Brunner")
UW = att(USER_WORK, "Brunner, Urs")
DOM = "bls-bahnbetrieb-bern.ch"


def _own(kind: str, uid: str, summary: str, start: str, end: str, *, desc: str = "", loc: str = "",
         prodid: str = APPLE, trap: str = "") -> Ev:
    props = [prop("SUMMARY", summary)]
    if len(start) == 8:
        props += [dt("DTSTART", start), dt("DTEND", end)]
    else:
        props += [dt("DTSTART", start, Z), dt("DTEND", end, Z)]
    if loc:
        props.append(prop("LOCATION", loc))
    if desc:
        props.append(prop("DESCRIPTION", desc))
    return one(kind, uid, props, prodid, iv=0, method=None, tzs=(ZRH,), trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []
    a = out.append

    a(one("mock-coach-de", "biz-laufbahn-0324-brunner@be.ch", [
        dt("DTSTART", "20250324T160000", Z), dt("DTEND", "20250324T170000", Z),
        prop("SUMMARY", "Probeinterview mit Laufbahnberaterin (BIZ Bern)"),
        prop("DESCRIPTION", "Simulation eines Vorstellungsgesprächs für Führungsfunktionen, Video-Feedback. "
             "Bitte Inserat mitbringen, auf das Sie sich vorbereiten möchten."),
        prop("LOCATION", "BIZ Bern-Mittelland, Bremgartenstrasse 37, Bern"),
        org("laufbahn.bern@be.ch", "BIZ Bern-Mittelland"), ME,
    ], OUTLOOK, iv=0, tzs=(ZRH,), trap="mock-de"))
    a(one("mock-fr", "simulation-entretien-0407@coaching-romand.ch", [
        dt("DTSTART", "20250407T180000", Z), dt("DTEND", "20250407T190000", Z),
        prop("SUMMARY", "Simulation d'entretien d'embauche (préparation poste TPCL)"),
        prop("DESCRIPTION", "Séance de coaching : entretien fictif en français, questions comportementales."
             "\nCoach : Véronique Bossy"),
        org("v.bossy@coaching-romand.ch", "Véronique Bossy"), ME,
    ], GOOGLE, iv=0, tzs=(ZRH,), trap="mock-fr-names-employer"))
    a(one("webinar-de", "webinar-45plus-0312@jobcoach-schweiz.ch", [
        "DTSTART:20250312T180000Z", "DTEND:20250312T190000Z",
        prop("SUMMARY", "Webinar: Erfolgreich ins Vorstellungsgespräch ab 45"),
        prop("DESCRIPTION", "Danke für Ihre Anmeldung! Themen: Lücken im Lebenslauf, Lohnfrage, "
             "Assessment-Center.\n\n" + zoom_de("96612003344", "V2ViaW5h")),
        org("events@jobcoach-schweiz.ch", "JobCoach Schweiz"), ME,
    ], GOOGLE, iv=0, trap="webinar-de"))
    a(one("webinar-en", "evt-88213-leadership-interviews@railjobs-europe.eu", [
        "DTSTART:20250409T170000Z", "DTEND:20250409T180000Z",
        prop("SUMMARY", "Webinar: How to interview for leadership roles in rail & public transport"),
        prop("DESCRIPTION", "Join our panel of hiring managers from European operators.\n\n"
             + zoom_en("95500123987", "UmFpbEpv")),
        org("webinars@railjobs-europe.eu", "RailJobs Europe"), ME,
    ], GOOGLE, iv=0, trap="webinar-en"))
    a(one("class-interview-training-de", f"kurs-interviewtechnik-0514@{DOM}", [
        dt("DTSTART", "20250514T083000", W), dt("DTEND", "20250514T163000", W),
        prop("SUMMARY", "Kurs: Strukturierte Interviews führen (für Instruktoren/Assessoren)"),
        prop("LOCATION", "Ausbildungszentrum Weyermannshaus, Raum 4"),
        prop("DESCRIPTION", "Interne Weiterbildung HR: Interviewleitfaden, Beurteilungsfehler, Rollenspiele."),
        org(f"weiterbildung@{DOM}", "Weiterbildung"), UW,
    ], OUTLOOK, iv=0, tzs=(WEU,), trap="class-interviewing-de"))
    a(one("press-interview-de", "bz-interview-lokfuehrer-0318", [
        dt("DTSTART", "20250318T100000", Z), dt("DTEND", "20250318T110000", Z),
        prop("SUMMARY", "Interview Berner Zeitung – Lokführer-Alltag (mit Fotograf)"),
        prop("DESCRIPTION", "Journalistin Karin Schmid, Porträt-Serie «Berufe im Schichtdienst». Freigabe "
             "durch Kommunikation erteilt."),
        prop("LOCATION", "Bahnhof Bern, Treffpunkt"),
        org(f"kommunikation@{DOM}", "Kommunikation"), UW, att("karin.schmid@bernerzeitung-redaktion.ch",
                                                            "Karin Schmid"),
    ], OUTLOOK, iv=0, tzs=(ZRH,), trap="press-interview-de"))
    a(one("podcast-es", "podcast-vialibre-ep42@gmail.com", [
        "DTSTART:20250429T180000Z", "DTEND:20250429T190000Z",
        prop("SUMMARY", "Entrevista para el podcast «Vía Libre» – maquinistas en Suiza"),
        prop("DESCRIPTION", "Hola Urs, gracias por aceptar. Grabamos por Zoom, unos 40 minutos, en inglés o "
             "español.\n\n" + zoom_en("82019934412", "VmlhTGli")),
        org("podcast.vialibre@gmail.com", "Vía Libre Podcast"), ME,
    ], GOOGLE, iv=0, trap="podcast-es"))
    a(one("user-research-de", "ux-fuehrerstand-app-0402@railapp-labs.ch", [
        dt("DTSTART", "20250402T130000", Z), dt("DTEND", "20250402T134500", Z),
        prop("SUMMARY", "Nutzerinterview: neue Führerstands-App (45 Min., Entschädigung CHF 80)"),
        prop("DESCRIPTION", "Wir möchten verstehen, wie Lokführer:innen Fahrplan- und Störungsinfos nutzen. "
             "Kein Vorwissen nötig.\n\n" + meet_de("pzo-qeaa-xub")),
        org("research@railapp-labs.ch", "RailApp Labs Research"), ME,
    ], GOOGLE, iv=0, tzs=(ZRH,), trap="user-research-de"))
    a(_own("doctor-de", "AB12CD34-HAUSARZT-0313", "Hausarzt Dr. Stucki", "20250313T163000", "20250313T170000",
           loc="Praxis am Breitenrain, Bern", desc="Blutdruck Kontrolle", trap="personal-doctor-de"))
    a(one("periodic-medical-work-de", f"periodische-untersuchung-0617@{DOM}", [
        dt("DTSTART", "20250617T080000", W), dt("DTEND", "20250617T093000", W),
        prop("SUMMARY", "Periodische Tauglichkeitsuntersuchung Lokpersonal (Vertrauensarzt)"),
        prop("DESCRIPTION", "Gemäss VTE alle 3 Jahre ab 40. Dienstbefreiung ist eingeplant."),
        prop("LOCATION", "Arbeitsmedizin, Genfergasse 11, Bern"),
        org(f"arbeitsmedizin@{DOM}", "Arbeitsmedizin"), UW,
    ], OUTLOOK, iv=0, tzs=(WEU,), trap="periodic-medical-current-job-de"))
    a(_own("bank-de", "E5F6A7B8-BANK-0415", "Termin Bank: Hypothek verlängern", "20250415T173000",
           "20250415T181500", loc="Kantonalbank, Bundesplatz", trap="personal-bank-de"))
    a(_own("passport-de", "C9D0E1F2-PASS-0321", "Passbüro: neuer Pass + ID (Fotos mitnehmen)",
           "20250321T074500", "20250321T081500", loc="Passbüro Bern, Eigerstrasse", trap="personal-visa-pass-de"))
    a(_own("school-de", "1A2B3C4D-SCHULE-0401", "Elterngespräch Lena (6. Kl.)", "20250401T171500",
           "20250401T174500", loc="Schulhaus Breitfeld", desc="mit Fr. Iseli", trap="personal-school-de"))
    a(_own("gemeinde-de", "9C0D1E2F-GEMEINDE-0423", "Gemeinde: Baugesuch Gartenhaus besprechen",
           "20250423T074500", "20250423T081500", loc="Bauverwaltung", trap="personal-gemeinde-de"))
    a(_own("wk-allday-de", "3A4B5C6D-WK-0602", "WK Einrücken", "20250616", "20250628",
           desc="Ausbildungsdienst, Kaserne Thun. Dienstbüchlein!", trap="military-wk-allday"))
    a(_own("feuerwehr-de", "7E8F9A0B-FW-0410", "Feuerwehrübung Zug 2", "20250410T190000", "20250410T213000",
           loc="Feuerwehrmagazin", prodid=THUNDERBIRD, trap="feuerwehr-de"))
    a(one("internal-meeting-de", f"dienstbesprechung-depot-0325@{DOM}", [
        dt("DTSTART", "20250325T130000", W), dt("DTEND", "20250325T143000", W),
        prop("SUMMARY", "Dienstbesprechung Lokpersonal Depot Bern Q2"),
        prop("DESCRIPTION", "Traktanden: Fahrplanwechsel, Einteilung Instr., neue Weisungen R 300.\n\n"
             + teams_de("551003928471", "DbBern")),
        org(f"peter.moser@{DOM}", "Moser, Peter"), UW,
    ], EXCHANGE, iv=0, tzs=(WEU,), trap="internal-meeting-de"))
    a(_own("tour-de", "0C1D2E3F-TOUR-217-0314", "Tour 217 Bern–Interlaken Ost", "20250314T043000",
           "20250314T125500", desc="ZF: Gerber. Pause Spiez", trap="shift-tour-de"))
    a(one("appraisal-de", f"mag-2025-brunner@{DOM}", [
        dt("DTSTART", "20250403T140000", W), dt("DTEND", "20250403T153000", W),
        prop("SUMMARY", "MAG 2025 – Mitarbeitergespräch Urs Brunner"),
        prop("DESCRIPTION", "Jährliches Mitarbeitergespräch: Zielerreichung 2024, Ziele 2025, Entwicklung "
             "(Instruktorenfunktion). Selbstbeurteilung bitte vorgängig ausfüllen."),
        org(f"peter.moser@{DOM}", "Moser, Peter"), UW,
    ], OUTLOOK, iv=0, tzs=(WEU,), trap="own-appraisal-de"))
    a(one("exit-interview-de", f"austritt-brunner-0825@{DOM}", [
        dt("DTSTART", "20250825T100000", W), dt("DTEND", "20250825T110000", W),
        prop("SUMMARY", "Exit-Interview / Austrittsgespräch Urs Brunner"),
        prop("DESCRIPTION", "Austritt per 31.8. Rückgabe Badge, Tablet, Schlüssel. Fragebogen zur Kündigung."),
        org(f"ramona.schlaefli@{DOM}", "Schläfli, Ramona"), UW,
    ], OUTLOOK, iv=0, tzs=(WEU,), trap="own-exit-interview-de"))
    a(_own("coffee-chat-de", "4D5E6F7A-KAFFEE-0322", "Kafi mit Reto (jetzt bei Cargo Alpina)",
           "20250322T093000", "20250322T103000", loc="Café Bahnhof Bern",
           desc="Fragen: wie ist Kultur, Schichtmodell, lohnt sich Bewerbung?", prodid=GOOGLE,
           trap="coffee-chat-names-employer-de"))
    a(one("informational-en", "info-chat-0417-kestrel@gmail.com", [
        "DTSTART:20250311T170000Z", "DTEND:20250311T173000Z",
        prop("SUMMARY", "Informal chat – what rail ops looks like at a logistics company"),
        prop("DESCRIPTION", "Hi Urs, happy to share my experience, no formal process – just a coffee chat. "
             "Sam (ex-SBB, now dispatching in Basel)\n\n" + meet_de("kwe-plmn-oxa")),
        org("sam.keller.basel@gmail.com", "Sam Keller"), ME,
    ], GOOGLE, iv=0, trap="informational-chat-en"))
    a(_own("job-fair-de", "8B9C0D1E-MESSE-0329", "Jobmesse ÖV & Logistik, BERNEXPO", "20250329T100000",
           "20250329T140000", desc="Stände: AEB, Cargo Alpina, Limmattram. CV 10x drucken", prodid=GOOGLE,
           trap="job-fair-de"))
    a(one("job-fair-fr", "salon-emploi-transports-0510@lausanne-evenements.ch", [
        dt("DTSTART", "20250510T090000", Z), dt("DTEND", "20250510T170000", Z),
        prop("SUMMARY", "Salon de l'emploi des transports publics – Lausanne"),
        prop("DESCRIPTION", "Votre billet gratuit. Plus de 30 exposants, conférences « Réussir son entretien »."),
        org("billets@lausanne-evenements.ch", "Lausanne Événements"), ME,
    ], GOOGLE, iv=0, tzs=(ZRH,), trap="job-fair-fr"))
    a(one("reference-referee-de", "ref-keller-0605@cargoalpina.ch", [
        dt("DTSTART", "20250605T120000", W), dt("DTEND", "20250605T121500", W),
        prop("SUMMARY", "Referenzauskunft zu Jonas Keller"),
        prop("DESCRIPTION", "Guten Tag Herr Brunner, Herr Keller hat Sie als Referenz angegeben (Ausbildner). "
             "Ich rufe Sie kurz an.\nMarco Bühlmann, HR, Cargo Alpina AG"),
        org("marco.buehlmann@cargoalpina.ch", "Bühlmann, Marco"), ME,
    ], OUTLOOK, iv=0, tzs=(WEU,), trap="reference-referee-de"))
    a(one("reference-referee-en", "refcheck-rossi-0611@kestrel-logistics.com", [
        "DTSTART:20250611T090000Z", "DTEND:20250611T091500Z",
        prop("SUMMARY", "Reference check call re: Marco Rossi"),
        prop("DESCRIPTION", "Hi Urs, Marco listed you as a referee for a dispatcher role with us. 15 minutes."
             "\nLaura Pfister, Kestrel Logistics"),
        org("laura.pfister@kestrel-logistics.com", "Laura Pfister"), ME,
    ], GOOGLE, iv=0, trap="reference-referee-en"))
    a(one("recruiter-no-employer-de", "RPP-MARKT-0326-brunner", [
        dt("DTSTART", "20250326T070000", W), dt("DTEND", "20250326T073000", W),
        prop("SUMMARY", "Austausch Urs Brunner / Rail Personal Partner – Marktlage Betriebsfunktionen"),
        prop("DESCRIPTION", "Kurzer Austausch zu Ihrem Profil und aktuellen Mandaten (noch ohne konkrete "
             "Stelle).\nAndreas Schnyder"),
        org("a.schnyder@railpersonal.ch", "Schnyder, Andreas"), ME,
    ], OUTLOOK, iv=0, tzs=(WEU,), trap="recruiter-no-employer-de"))
    a(one("recruiter-no-employer-en", "li-recruiter-0403-urs@talentbridge-ch.com", [
        "DTSTART:20250403T111500Z", "DTEND:20250403T113000Z",
        prop("SUMMARY", "Quick chat – opportunities in rail operations"),
        prop("DESCRIPTION", "Hi Urs, thanks for connecting on LinkedIn. I'm working on a few confidential "
             "searches in rail ops across Switzerland; let's have a quick call.\nTom Hadley, TalentBridge"),
        org("tom.hadley@talentbridge-ch.com", "Tom Hadley"), ME,
    ], GOOGLE, iv=0, trap="recruiter-no-employer-en"))
    a(_own("prep-de", "2F3A4B5C-PREP-0407", "Vorbereitung Gespräch AEB", "20250407T190000", "20250407T203000",
           desc="Fragen an BZ-Leiter, Dossier, Stärken/Schwächen, Anfahrt Burgdorf", trap="prep-names-employer-de"))
    a(_own("prep-en", "6D7E8F9A-PREP-0422", "Prep: Kestrel onsite – STAR stories", "20250422T180000",
           "20250422T193000", desc="Dispatching exercise practice, English!", prodid=GOOGLE, trap="prep-en"))
    a(_own("application-deadline-de", "0B1C2D3E-FRIST-0331", "Bewerbung Limmattram abschicken (Frist)",
           "20250331", "20250401", trap="application-deadline-allday-de"))
    a(one("trainee-exam-expert-de", f"pruefungsfahrt-rueegg-0604@{DOM}", [
        dt("DTSTART", "20250604T060000", W), dt("DTEND", "20250604T103000", W),
        prop("SUMMARY", "Prüfungsfahrt Kat. B Anwärterin Rüegg (Experte: U. Brunner)"),
        prop("DESCRIPTION", "Praktische Prüfung gemäss VTE, Strecke Bern–Thun–Brig. Protokoll an BAV."),
        org(f"ausbildung@{DOM}", "Ausbildung Lokpersonal"), UW,
    ], OUTLOOK, iv=0, tzs=(WEU,), trap="trainee-exam-not-hiring-de"))
    a(one("simulator-refresher-de", f"sim-wb-etcs-0508@{DOM}", [
        dt("DTSTART", "20250508T130000", W), dt("DTEND", "20250508T170000", W),
        prop("SUMMARY", "Simulator-Weiterbildung ETCS L2 (periodisch)"),
        prop("LOCATION", "Simulatorzentrum Weyermannshaus"),
        org(f"ausbildung@{DOM}", "Ausbildung Lokpersonal"), UW,
    ], OUTLOOK, iv=0, tzs=(WEU,), trap="simulator-own-training-de"))
    a(one("instr-trainee-de", "8d3fa1b0c2@google.com-instr", [
        dt("DTSTART", "20250326T051500", Z), dt("DTEND", "20250326T120000", Z),
        prop("SUMMARY", "Instr. Anwärter Keller – Tour 305"),
        prop("DESCRIPTION", "Führerstandsbegleitung, Schwerpunkt Bremsen Gefälle"),
    ], GOOGLE, iv=0, method="PUBLISH", tzs=(ZRH,), trap="instruction-trainee-de"))
    a(one("union-meeting-de", "gewerkschaft-lokpersonal-sektion-bern-0417", [
        dt("DTSTART", "20250417T193000", Z), dt("DTEND", "20250417T213000", Z),
        prop("SUMMARY", "Sektionsversammlung Gewerkschaft Lokpersonal Bern"),
        prop("DESCRIPTION", "Traktanden: GAV-Verhandlungen, Wahlen.\n\n" + webex_de("26619003345", "glp-bern")),
        org("sektion.bern@gewerkschaft-lokpersonal.ch", "Sektion Bern"), ME,
    ], THUNDERBIRD, iv=0, tzs=(ZRH,), trap="union-meeting-de"))

    return out
