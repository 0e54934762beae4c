"""holdout124: other negatives – crew duty, appointments, mock interviews, webinars, chats (blind, CC0 1.0)."""

from __future__ import annotations

from holdout124ev_core import ME, WORK, att, desc, org, simple

B = "Europe/Berlin"
D = "lufthansa-cabin-services.de"


def _n(kind: str, uid: str, start: str, end: str, summary: str, extra: list[str], **kw) -> dict:
    kw.setdefault("method", None)
    kw.setdefault("tool", "apple")
    if "T" in start and not start.endswith("Z") and "tzs" not in kw:
        kw["tzs"] = (B,)
    if "T" not in start:
        times = [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    elif start.endswith("Z"):
        times = [f"DTSTART:{start}", f"DTEND:{end}"]
    else:
        tz = kw["tzs"][0] if kw.get("tzs") else B
        times = [f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}"]
    return simple(kind, uid, ["DTSTAMP:20270101T120000Z", *times, f"SUMMARY:{summary}", *extra], yes=0, **kw)


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append

    a(_n("mock-interview-coach-de", "coach-mock-0110-krueger", "20270110T100000", "20270110T113000",
         "Mock-Interview mit Coach (Vorbereitung Aurelia + Skyport)", [
             org("kontakt@karriere-hoehenflug.de", "Birte Sommer – Karriere Höhenflug"), att(ME, "Sabine Krüger"),
             desc("Übungsinterview: Wir simulieren ein Recruiter-Gespräch und eine Lehrprobe für die Trainer-Rolle. "
                  "Bitte Lebenslauf und Stellenanzeigen mitbringen. Honorar lt. Outplacement-Vertrag."),
             "LOCATION:Karriere Höhenflug\\, Berger Straße 211\\, Frankfurt"],
         method="REQUEST", tool="google"))
    a(_n("mock-auswahltag-freundin-de", "E1D2C3B4-A596-4877-8899-AABBCCDDEEFF", "20270123T180000",
         "20270123T193000", "Übung Auswahltag mit Anja – sie spielt Recruiterin 😅", [
             desc("Fragen: Warum Boden? Schwächen? Konflikt mit Kollegin? + Präsentation 10 Min. Anja bringt Wein.")]))
    a(_n("webinar-boden-de", "webinar-vomflugzeugindenbodenjob-0114@zoom.us", "20270114T190000", "20270114T203000",
         "Webinar: Vom Flugzeug in den Bodenjob – Bewerben nach der Fliegerei", [
             org("no-reply@zoom.us", "Crew Career Network"), att(ME, "Sabine Krüger"),
             desc("Vielen Dank für Ihre Anmeldung!\nThemen: Lebenslauf für Quereinsteiger\\, typische Fragen im "
                  "Vorstellungsgespräch bei Airports und Airlines\\, Gehalt.\nZoom: https://zoom.us/w/91123344556"),
             "LOCATION:https://zoom.us/w/91123344556"], method="REQUEST", tool="-//zoom.us//iCalendar Event//EN"))
    a(_n("class-vhs-interview-de", "vhs-kurs-vorstellungsgespraech-k2714", "20270216T183000", "20270216T210000",
         "VHS-Kurs: Vorstellungsgespräche souverän meistern (K2714)", [
             "LOCATION:Volkshochschule Frankfurt\\, Sonnemannstraße 13\\, Raum 304",
             desc("Kursnummer K2714\\, 3 Abende. Dozentin: Frau Dr. Lenz. Gebühr 49 €.")]))
    a(_n("webinar-linkedin-en", "li-live-interviewing-skills-0203", "20270203T170000Z", "20270203T180000Z",
         "LinkedIn Live: Interviewing Skills for Career Changers", [
             org("events@linkedin.com", "LinkedIn Events"), att(ME, "Sabine Krüger"),
             desc("You're registered. Join the live session on interviewing for career changers: telling your "
                  "story, STAR answers, negotiating. https://www.linkedin.com/events/7281"),
         ], method="REQUEST", tool="google"))
    a(_n("user-research-interview-de", "uxr-crewapp-session-14@" + D, "20270121T113000", "20270121T120000",
         "Nutzerinterview Crew-App (UX Research) – 30 Min", [
             org(f"ux-research@{D}", "UX Research Crew Apps"), att(WORK, "Sabine Krüger"),
             desc("Danke\\, dass du an unserer Studie teilnimmst! Wir interviewen Purser:innen zur neuen Crew-App "
                  "(Briefing-Funktion). Keine Vorbereitung nötig. Aufzeichnung nur mit Einverständnis."),
             "LOCATION:Teams"], method="REQUEST", tool="outlook"))
    a(_n("press-interview-de", "hr-info-interview-streik-0209", "20270209T081500", "20270209T083000",
         "Interview hr-info zum Kabinenstreik (live\\, telefonisch)", [
             org("redaktion.wirtschaft@hr-info-example.de", "Redaktion hr-info"), att(ME, "Sabine Krüger"),
             desc("Liebe Frau Krüger\\, danke für die Zusage als Gewerkschaftsvertreterin. Wir rufen Sie um 08:12 an. "
                  "3–4 Fragen zur Lage der Beschäftigten in der Kabine."),
         ], method="REQUEST", tool="outlook"))
    a(_n("podcast-interview-de", "podcast-ueberdenwolken-ep42", "20270227T150000", "20270227T163000",
         "Podcast „Über den Wolken“ – Aufnahme: Interview mit Sabine (Folge 42)", [
             org("hallo@ueberdenwolken-podcast.de", "Über den Wolken Podcast"), att(ME, "Sabine Krüger"),
             desc("Thema: 14 Jahre Purserin – Geschichten aus der Kabine. Remote via Riverside: "
                  "https://riverside.fm/studio/ueberdenwolken"),
         ], method="REQUEST", tool="google"))
    a(_n("fliegerarzt-de", "fliegerarzt-tauglichkeit-2027", "20270118T081500", "20270118T093000",
         "Fliegerarzt – Tauglichkeitsuntersuchung Cabin Crew (Dr. Weber)", [
             "LOCATION:Flughafenklinik FRA\\, Gebäude 137", desc("nüchtern kommen! Brille + Impfpass")]))
    a(_n("zahnarzt-de", "zahnarzt-pzr-0304", "20270304T160000", "20270304T170000",
         "Zahnarzt Dr. Öztürk – PZR", ["LOCATION:Leipziger Str. 40\\, Frankfurt-Bockenheim"]))
    a(_n("kita-gespraech-de", "kita-sonnenblume-entwicklungsgespraech-mia", "20270226T150000", "20270226T154500",
         "Kita Sonnenblume – Entwicklungsgespräch Mia", [
             org("leitung@kita-sonnenblume-ffm.de", "Kita Sonnenblume"), att(ME, "Sabine Krüger"),
             desc("Liebe Frau Krüger\\, wir freuen uns auf das Entwicklungsgespräch zu Mia mit Erzieherin Jana.")],
         method="REQUEST", tool="google"))
    a(_n("bank-termin-de", "sparkasse-baufi-0212", "20270212T170000", "20270212T180000",
         "Frankfurter Sparkasse – Beratung Baufinanzierung (Hr. Kunz)", ["LOCATION:Filiale Bornheim"]))
    a(_n("visa-appointment-en", "usvisa-c1d-renewal-0302", "20270302T073000", "20270302T090000",
         "US Consulate FRA – C1/D crew visa renewal interview", [
             "LOCATION:US Consulate General\\, Gießener Str. 30\\, Frankfurt",
             desc("Bring: passport, DS-160 confirmation, crew letter from employer, photo. No electronics.")]))
    a(_n("own-appraisal-de", "mag-jahresgespraech-2026-krueger@" + D, "20270113T090000", "20270113T100000",
         "Mitarbeitergespräch 2026 – Sabine Krüger / Jens Ott", [
             org(f"jens.ott@{D}", "Ott, Jens"), att(WORK, "Krüger, Sabine"),
             desc("Jährliches Mitarbeitergespräch: Rückblick\\, Ziele 2027\\, Entwicklungswünsche. Bitte Bogen "
                  "vorab ausfüllen."), "LOCATION:Büro Purser-Management\\, Raum 3.04"],
         method="REQUEST", tool="outlook"))
    a(_n("own-exit-interview-en", "exit-interview-skrueger@" + D, "20270315T100000", "20270315T104500",
         "Exit interview – Sabine Krüger (HR)", [
             org(f"hr.services@{D}", "HR Services"), att(WORK, "Sabine Krüger"),
             desc("As part of your offboarding we'd like to hear about your experience with us. The conversation "
                  "is confidential and voluntary."), "LOCATION:HR Services\\, Room 1.22"],
         method="REQUEST", tool="outlook"))
    a(_n("union-meeting-de", "kv-mitgliederversammlung-basis-fra-0128", "20270128T180000", "20270128T210000",
         "Mitgliederversammlung Kabinenvereinigung – Basis FRA", [
             org("fra@kabinenvereinigung.de", "Kabinenvereinigung Basis FRA"), att(ME, "Sabine Krüger"),
             desc("Tagesordnung: Tarifrunde 2027\\, Dienstplanregeln\\, Wahl der Vertrauensleute."),
             "LOCATION:Gewerkschaftshaus\\, Wilhelm-Leuschner-Str. 69\\, Frankfurt"], method="REQUEST", tool="google"))
    a(_n("coffee-chat-informational-de", "kaffee-julia-rmas-0109", "20270109T143000", "20270109T153000",
         "Kaffee mit Julia (jetzt bei RMAS) – Austausch Bodenjobs", [
             "LOCATION:Café Wacker\\, Kornmarkt 9",
             desc("Julia fragen: wie ist der Wechsel? Schichtsystem? Kontakt zu HR? Kein Bewerbungsgespräch\\, nur "
                  "Austausch.")]))
    a(_n("coffee-chat-en", "coffee-ingrid-skyport-0117@gmail.com", "20270117T160000", "20270117T163000",
         "Virtual coffee: Ingrid (Skyport) x Sabine", [
             org("ingrid.haugen@gmail.com", "Ingrid Haugen"), att(ME, "Sabine Krüger"),
             desc("Informal chat, not part of any process – happy to tell you what it's like working in lounges! "
                  "https://meet.google.com/ing-cofe-sab")], method="REQUEST", tool="google"))
    a(_n("job-fair-de", "jobmesse-aviation-ffm-2027", "20270306", "20270307",
         "Jobmesse Aviation & Airport Careers – Messe Frankfurt Halle 4", [
             "LOCATION:Messe Frankfurt\\, Halle 4.0",
             desc("Stände: Airports\\, Ground Handling\\, Hotels. Lebensläufe drucken (15x)!")]))
    a(_n("career-fair-en", "careers-day-muc-0219@eventbrite.com", "20270219T090000", "20270219T160000",
         "Airline & Hospitality Careers Day Munich – Ticket", [
             org("noreply@eventbrite.com", "Eventbrite"), att(ME, "Sabine Krüger"),
             desc("Your ticket for Airline & Hospitality Careers Day Munich. Meet 40+ employers. Order #8812001."),
             "LOCATION:MOC Veranstaltungscenter\\, Lilienthalallee 40\\, München"], method="REQUEST", tool="google"))
    a(_n("reference-call-referee-de", "referenz-katja-brandt-0208", "20270208T120000", "20270208T121500",
         "Referenzgespräch zu Katja Brandt (Anruf Hotel Seeblick HR)", [
             desc("Ich bin Referenz für Katja (ehem. Flugbegleiterin in meinem Team). Fr. Mohr ruft an.")]))
    a(_n("reference-call-referee-en", "reference-check-marco-rossi-0219", "20270219T150000Z", "20270219T151500Z",
         "Reference check: Marco Rossi (you are listed as referee)", [
             org("references@checkwise-hr.com", "Checkwise Reference Team"), att(ME, "Sabine Krüger"),
             desc("Hello Sabine, Marco Rossi has named you as a referee for a role he applied for. Our reviewer will "
                  "call you for 15 minutes.")], method="REQUEST", tool="google"))
    a(_n("recruiter-no-employer-de", "apex-search-telefonat-0122", "20270122T173000", "20270122T180000",
         "Telefonat mit Hr. Lorenz (Apex Search) – Vakanz Training/Ausbildung", [
             org("p.lorenz@apex-search.de", "Philipp Lorenz"), att(ME, "Sabine Krüger"),
             desc("Guten Tag Frau Krüger\\, wie kurz per LinkedIn besprochen\\, möchte ich Ihnen eine vertrauliche "
                  "Vakanz im Bereich Training bei einem Kunden aus der Luftfahrt vorstellen (Name folgt nach "
                  "Gespräch).\nPhilipp Lorenz\\, Apex Search")], method="REQUEST", tool="outlook"))
    a(_n("prep-block-de", "prep-skyport-final-0208", "20270208T190000", "20270208T210000",
         "Vorbereitung Final Interview Skyport – Präsentation + STAR-Beispiele", [
             desc("Folien finalisieren\\, Zahlen Lounge-NPS\\, 3 Geschichten: Medical on board\\, Überbuchung\\, "
                  "Teamkonflikt")]))
    a(_n("umlauf-de", "umlauf-fra-jfk-0214", "20270214T093000", "20270216T130000", "Umlauf FRA-JFK-FRA", [
        "LOCATION:FRA", desc("Check-in 09:30 CBC\\, LH-Pos. Purser\\, Layover JFK 1 Nacht")]))
    a(_n("standby-de", "standby-0302", "20270306T040000", "20270306T160000", "Standby (Reserve früh)", []))
    a(_n("sep-training-de", "sep-training-2027-krueger", "20270225T080000", "20270225T170000",
         "SEP-Training (jährlich) – Door drills + Ditching", [
             org(f"training.planning@{D}", "Training Planning"), att(WORK, "Sabine Krüger"),
             "LOCATION:Crew Training Center FRA\\, Pool + Mock-up"], method="REQUEST", tool="outlook"))
    a(_n("crm-refresher-en", "crm-refresher-q1-2027-krueger", "20270303T080000", "20270303T160000",
         "CRM-Refresher Q1", [
             org(f"training.planning@{D}", "Training Planning"), att(WORK, "Sabine Krüger"),
             desc("Recurrent Crew Resource Management training (mandatory)."), "LOCATION:CTC Raum 2.10"],
         method="REQUEST", tool="outlook"))
    a(_n("layover-de", "layover-sin-0220", "20270220T150000", "20270222T090000",
         "Layover SIN – Hotel Marina Bay", [desc("Zimmerliste im Crew-App. Pickup 21:10 LT.")]))
    a(_n("onboard-briefing-de", "briefing-fra-sin-0219", "20270219T103000", "20270219T113000",
         "Crew-Briefing FRA-SIN (als Purserin)", [
             "LOCATION:CBC Briefing-Raum 7", desc("Briefing für 16 FA\\, 2 Neulinge – SEP-Fragen\\, Service-Ablauf")]))
    a(_n("entretien-oral-delf-fr", "delf-b2-oral-0313", "20270313T093000", "20270313T101500",
         "DELF B2 – épreuve orale (entretien)", [
             "LOCATION:Institut français Francfort\\, Salle 3",
             desc("Production orale : exposé + entretien avec le jury. Convocation et pièce d'identité.")]))
    a(_n("mock-clase-es", "clase-espanol-simulacion-0224", "20270224T190000", "20270224T203000",
         "Clase de español – simulación de entrevista de trabajo", [
             org("profe.marisa@gmail.com", "Marisa Ortega"), att(ME, "Sabine Krüger"),
             desc("Hoy practicamos una entrevista de trabajo en español (preguntas típicas y vocabulario de "
                  "aerolíneas). ¡Es solo práctica!")], method="REQUEST", tool="google"))
    a(_n("buergeramt-de", "buergeramt-reisepass-0211", "20270211T081000", "20270211T082000",
         "Bürgeramt – Reisepass abholen", ["LOCATION:Bürgeramt Frankfurt-Nordend"]))
    return out
