"""holdout41: the user's own interviews, English, French and German events."""

from __future__ import annotations

from holdout41ev_ics import (
    GMTW,
    ME_PRIV,
    PROD_APPLE,
    PROD_GOOGLE,
    PROD_O365,
    PROD_OUTLOOK,
    ROMANCE,
    TZ_LONDON,
    TZ_MADRID,
    WEUROPE,
    Ev,
    att,
    esc,
    meet,
    mk,
    ms_extra,
    org,
    resource,
    room,
    teams_de,
    teams_en,
    tz_windows,
    webex,
    zoom,
)

ST = "DTSTAMP:20261119T140000Z"


def build() -> list[Ev]:
    o: list[Ev] = []
    mk(o, "en-greenhouse-screen", "gh-interview-30018874-dce1@greenhouse.io", (1, "Skyroute Technologies",
       "Senior Pricing Analyst", "recruiter_screen", "holly.brennan@skyroute.io", ""), "-//Greenhouse//Interview//EN", [
        org("no-reply@greenhouse.io", "Greenhouse"), att(ME_PRIV, "Andres Villalobos"),
        att("holly.brennan@skyroute.io", "Holly Brennan"),
        "SUMMARY:Phone Screen: Andres Villalobos <> Holly Brennan (Skyroute)",
        "DTSTART:20261120T130000Z", "DTEND:20261120T133000Z", ST,
        "DESCRIPTION:" + esc("Hi Andres,\n\nThis confirms your recruiter phone screen for the Senior Pricing Analyst "
                             "role at Skyroute Technologies Ltd.\nInterviewer: Holly Brennan, Technical Recruiter\n"
                             "Holly will call you on +34 6•• ••• 218.\n\nPowered by Greenhouse"),
        "LOCATION:Phone call"])

    mk(o, "en-o365-london-tech", "040000008200E00074C5B7101A82E00800000000D3E4F5061728DC01000000000000000010000000"
       "DEADBEEF00112233445566778899AABB", (1, "Horizon Fare Systems", "Pricing Science Manager", "technical",
       "priya.natarajan@hfs-group.co.uk;ollie.grant@hfs-group.co.uk", ""), PROD_O365, [
        org("priya.natarajan@hfs-group.co.uk", "Natarajan, Priya"), att(ME_PRIV, "Andres Villalobos"),
        att("ollie.grant@hfs-group.co.uk", "Grant, Oliver"),
        room("ldn-kingsx-4.03@hfs-group.co.uk", "LDN King's Cross 4.03 (6) VC"),
        "SUMMARY;LANGUAGE=en-GB:Technical interview - Pricing Science Manager (Horizon Fare Systems)",
        "DTSTART;TZID=" + GMTW + ":20261201T150000", "DTEND;TZID=" + GMTW + ":20261201T161500", ST,
        "DESCRIPTION;LANGUAGE=en-GB:" + esc("Hi Andres,\nOllie and I will run the technical round: a forecasting "
                                            "walkthrough and a short pricing-experiment design exercise. The room "
                                            "is booked for us; you join remotely.\nPriya" + teams_en("ZTlk")),
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting; LDN King's Cross 4.03 (6) VC", *ms_extra()],
       tz=tz_windows(GMTW, "+0000", "+0100"))

    mk(o, "en-ashby-loop", "ashby-ev-5b2c9f1e-0d3a-4c8e-a1f7-82d9e4b6c013", (1, "Journeo",
       "Revenue Analytics Lead", "onsite",
       "sam.okafor@journeo.com;lena.fischer@journeo.com;marc.dubois@journeo.com", ""),
       "-//Ashby//Ashby Scheduling//EN", [
        org("scheduling@ashbyhq.com", "Journeo Talent"), att(ME_PRIV, "Andres Villalobos"),
        att("sam.okafor@journeo.com", "Sam Okafor"), att("lena.fischer@journeo.com", "Lena Fischer"),
        att("marc.dubois@journeo.com", "Marc Dubois"),
        att("kelly.ward@journeo.com", "Kelly Ward (Recruiting Coordinator)", role="OPT-PARTICIPANT"),
        "SUMMARY:Journeo Virtual Onsite — Revenue Analytics Lead",
        "DTSTART:20261208T130000Z", "DTEND:20261208T163000Z", ST,
        "DESCRIPTION:" + esc("Your virtual onsite with Journeo (remote-first, HQ London)\n\n13:00 Analytics deep "
                             "dive - Sam Okafor\n14:15 Stakeholder case - Lena Fischer\n15:30 Values - Marc Dubois\n"
                             "\nKelly Ward coordinates the day and will drop in for a 5-minute welcome only." +
                             meet("jrn-onst-qaz")),
        "LOCATION:Google Meet"])

    mk(o, "en-lever-final", "lever-interview-7f13a0c2@hire.lever.co", (1, "Tripwell", "Head of Pricing", "final",
       "nadia.haddad@tripwell.com", ""), "-//Lever//Lever Hire//EN", [
        org("nadia.haddad@tripwell.com", "Nadia Haddad"), att(ME_PRIV, "Andres Villalobos"),
        "SUMMARY:Final interview: Andres Villalobos / Nadia Haddad (CEO) — Head of Pricing",
        "DTSTART;TZID=Europe/London:20261215T110000", "DTEND;TZID=Europe/London:20261215T120000", ST,
        "DESCRIPTION:" + esc("Final conversation with our CEO for the Head of Pricing position at Tripwell. "
                             "Zoom: https://tripwell.zoom.us/j/81234500981"), "LOCATION:Zoom"], tz=TZ_LONDON)

    mk(o, "en-calendly-consult", "e0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b", (1, "Northbeam Hospitality Advisors",
       "Revenue Strategy Consultant", "recruiter_screen", "g.patel@northbeam-ha.com", ""),
       "-//Calendly//Calendly//EN", [
        org("g.patel@northbeam-ha.com", "Gita Patel"), att(ME_PRIV, "Andres Villalobos", partstat="ACCEPTED",
                                                           rsvp=False),
        "SUMMARY:Andres Villalobos and Gita Patel — Intro call: Revenue Strategy Consultant",
        "DTSTART:20261123T160000Z", "DTEND:20261123T162500Z", ST,
        "DESCRIPTION:" + esc("Event Name: Intro call: Revenue Strategy Consultant\n\nFirst-stage screening "
                             "interview with Northbeam's talent team. We'll cover your background, notice period "
                             "and salary expectations.\n\nLocation: This is a Microsoft Teams web conference.\n\n"
                             "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/e0a1b2c3"),
        "LOCATION:Microsoft Teams"])

    mk(o, "en-handtyped-terse", "4C3B2A19-0F8E-4D7C-B6A5-948372615F0E", (1, "Lusavia", "", "", "", ""), PROD_APPLE, [
        "DTSTART;VALUE=DATE:20261217", "DTEND;VALUE=DATE:20261218", ST,
        "SUMMARY:Lisbon - Lusavia interviews (flight 7:10 AGP)", "TRANSP:TRANSPARENT"], method=None)

    mk(o, "en-workday-hm", "WD-77215-INT-3@alpinetrip.wd103.myworkdayjobs.com", (1, "AlpTrip",
       "Pricing Manager DACH & Iberia", "hiring_manager", "katrin.huber@alptrip.com", ""),
       "-//Workday//Workday Calendar//EN", [
        org("alpinetrip@myworkday.com", "AlpTrip Recruiting"), att(ME_PRIV, "Andres Villalobos"),
        att("katrin.huber@alptrip.com", "Katrin Huber"),
        "SUMMARY:Interview - Pricing Manager DACH & Iberia (R-77215) - Hiring Manager",
        "DTSTART;TZID=" + WEUROPE + ":20261203T140000", "DTEND;TZID=" + WEUROPE + ":20261203T150000", ST,
        "DESCRIPTION:" + esc("Interview Type: Hiring Manager Interview\nJob Requisition: R-77215 Pricing Manager "
                             "DACH & Iberia\nInterviewer: Katrin Huber (Director Revenue Management)\nCompany: "
                             "AlpTrip SE, Munich" + teams_en("YWxw")),
        "LOCATION:Microsoft Teams"], tz=tz_windows(WEUROPE))

    mk(o, "en-ota-coord-google", "1pq8rs0tu2vw4xy6za8bc0de2f@google.com", (1, "Voyagio", "Revenue Analyst",
       "hiring_manager", "marc.puig@voyagio.com", ""), PROD_GOOGLE, [
        "DTSTART:20261210T090000Z", "DTEND:20261210T094500Z", ST,
        org("talent@voyagio.com", "Voyagio Talent"), att(ME_PRIV),
        att("marc.puig@voyagio.com", "Marc Puig"),
        att("talent@voyagio.com", "Voyagio Talent", partstat="ACCEPTED", rsvp=False),
        "SUMMARY:Voyagio x Andres — conversation with Marc Puig (Hiring Manager)",
        "DESCRIPTION:" + esc("Hi Andres! Next step in your Revenue Analyst process: a conversation with Marc, "
                             "who leads Revenue & Pricing. The talent team set this up and won't join." +
                             meet("vyg-mpui-hmx")), "LOCATION:"])

    mk(o, "en-agency-london", "brightpath-ev-20261204-1130@brightpathrec.co.uk", (1, "Meridian Rail",
       "Revenue Optimisation Manager", "", "tom.hale@meridianrail.co.uk", ""), PROD_O365, [
        org("j.okoro@brightpathrec.co.uk", "James Okoro (Brightpath Recruitment)"),
        att(ME_PRIV, "Andres Villalobos"), att("tom.hale@meridianrail.co.uk", "Tom Hale"),
        "SUMMARY:Interview with Meridian Rail - Revenue Optimisation Manager",
        "DTSTART;TZID=" + GMTW + ":20261204T113000", "DTEND;TZID=" + GMTW + ":20261204T123000", ST,
        "DESCRIPTION:" + esc("Hi Andres,\nAs discussed, my client Meridian Rail Ltd would like to interview you. "
                             "Tom Hale (Head of Revenue) will host. I've added him here so you have his details; I "
                             "won't be on the call.\nGood luck!\nJames\nBrightpath Recruitment"),
        "LOCATION:Teams (link from Tom)"], tz=tz_windows(GMTW, "+0000", "+0100"))

    mk(o, "en-webex-consultancy", "webex-4412-8890-andres@pw-consult.co.uk", (1, "Pricewise Consulting",
       "Manager, Travel Pricing", "technical", "a.cole@pw-consult.co.uk;r.singh@pw-consult.co.uk", ""),
       "-//Cisco//Webex//EN", [
        org("a.cole@pw-consult.co.uk", "Alex Cole"), att(ME_PRIV, "Andres Villalobos"),
        att("r.singh@pw-consult.co.uk", "Ravi Singh"),
        "SUMMARY:Case interview — Manager, Travel Pricing (Pricewise)",
        "DTSTART:20261207T100000Z", "DTEND:20261207T110000Z", ST,
        "DESCRIPTION:" + esc("Case interview round with Alex Cole (Partner) and Ravi Singh (Senior Manager)." +
                             webex("2632 118 4450")), "LOCATION:Webex"])

    mk(o, "en-cancelled-o365", "040000008200E00074C5B7101A82E00800000000E4F506172839DC01000000000000000010000000"
       "0F1E2D3C4B5A69788796A5B4C3D2E1F0", (1, "Horizon Fare Systems", "Pricing Science Manager", "final",
       "hannah.lowe@hfs-group.co.uk", ""), PROD_O365, [
        org("hannah.lowe@hfs-group.co.uk", "Lowe, Hannah"), att(ME_PRIV, "Andres Villalobos"),
        "SUMMARY;LANGUAGE=en-GB:Canceled: Final interview - Pricing Science Manager",
        "DTSTART;TZID=" + GMTW + ":20261211T100000", "DTEND;TZID=" + GMTW + ":20261211T110000", ST,
        "DESCRIPTION;LANGUAGE=en-GB:Apologies Andres – we'll rebook next week.\\n",
        "STATUS:CANCELLED", "SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"],
       tz=tz_windows(GMTW, "+0000", "+0100"), method="CANCEL")

    mk(o, "en-floating-xwr", "hostelflow-founder-20261214@hostelflow.co", (1, "HostelFlow", "Pricing Manager",
       "final", "ben.ortiz@hostelflow.co", ""), PROD_GOOGLE, [
        "DTSTART:20261214T170000", "DTEND:20261214T174500", ST,
        org("ben.ortiz@hostelflow.co", "Ben Ortiz"), att(ME_PRIV, "Andres"),
        "SUMMARY:Final chat w/ Ben (CEO) - HostelFlow Pricing Manager",
        "DESCRIPTION:Last step before an offer. https://meet.google.com/hfl-benx-ceo"],
       head=["X-WR-CALNAME:Ben Ortiz", "X-WR-TIMEZONE:Europe/Madrid"])

    mk(o, "en-smartrec-panel", "sr-int-2245119-9001@smartrecruiters.com", (1, "Balearic Sky Group",
       "Network Revenue Analyst", "", "m.thompson@balearicsky.com;c.ferrer@balearicsky.com", ""),
       "-//SmartRecruiters//Interview//EN", [
        org("noreply@smartrecruiters.com", "Balearic Sky Group Hiring Team"), att(ME_PRIV, "Andres Villalobos"),
        att("m.thompson@balearicsky.com", "Mia Thompson"), att("c.ferrer@balearicsky.com", "Cati Ferrer"),
        "SUMMARY:Interview for Network Revenue Analyst at Balearic Sky Group",
        "DTSTART;TZID=Europe/Madrid:20261202T160000", "DTEND;TZID=Europe/Madrid:20261202T170000", ST,
        "DESCRIPTION:" + esc("Dear Andres,\nYou are invited to an interview with Mia Thompson and Cati Ferrer.\n"
                             "Location: Balearic Sky Group, Camí de Son Fangos 100, Palma de Mallorca\n"
                             "Powered by SmartRecruiters"),
        "LOCATION:" + esc("Camí de Son Fangos 100, Palma de Mallorca")], tz=TZ_MADRID)

    # French
    mk(o, "fr-wttj-screen", "wttj-entretien-66a1b2@welcometothejungle.com", (1, "Escale Data", "Pricing Analyst",
       "recruiter_screen", "chloe.martin@escaledata.fr", ""), "-//Welcome to the Jungle//Calendar//FR", [
        org("chloe.martin@escaledata.fr", "Chloé Martin"), att(ME_PRIV, "Andrés Villalobos"),
        "SUMMARY:Entretien téléphonique – Pricing Analyst – Escale Data",
        "DTSTART;TZID=Europe/Paris:20261125T140000", "DTEND;TZID=Europe/Paris:20261125T143000", ST,
        "DESCRIPTION:" + esc("Bonjour Andrés,\nJe vous confirme notre premier échange (préqualification RH) pour le "
                             "poste de Pricing Analyst, basé à Barcelone ou en full remote.\nBien à vous,\nChloé "
                             "Martin, Talent Acquisition, Escale Data SAS"), "LOCATION:Téléphone"],
       tz=[t.replace("Europe/Madrid", "Europe/Paris") for t in TZ_MADRID])

    mk(o, "fr-teams-hm", "040000008200E00074C5B7101A82E00800000000F5061728394ADC01000000000000000010000000"
       "A1B2C3D4E5F60718293A4B5C6D7E8F90", (1, "Groupe Hôtelier Lumière", "Directeur Revenue Management",
       "hiring_manager", "isabelle.roux@ghlumiere.com", ""), PROD_OUTLOOK, [
        org("isabelle.roux@ghlumiere.com", "ROUX Isabelle"), att(ME_PRIV, "Andrés Villalobos"),
        "SUMMARY;LANGUAGE=fr-FR:Entretien avec Isabelle Roux (manager) - poste Directeur Revenue Management",
        "DTSTART;TZID=" + ROMANCE + ":20261204T090000", "DTEND;TZID=" + ROMANCE + ":20261204T100000", ST,
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc("Bonjour Andrés,\nComme convenu, voici l'invitation pour l'entretien "
                                            "avec moi, future responsable hiérarchique, pour le poste de Directeur "
                                            "Revenue Management du Groupe Hôtelier Lumière (Lisbonne).\nIsabelle" +
                                            teams_en("ZnJo")),
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams", *ms_extra()], tz=tz_windows(ROMANCE))

    mk(o, "fr-zoom-case", "zoom-ev-88711002233@aerodonnees.fr", (1, "AéroDonnées", "Consultant Pricing Aérien",
       "technical", "paul.girard@aerodonnees.fr;sarah.benali@aerodonnees.fr", ""), "-//zoom.us//iCalendar Event//EN", [
        org("paul.girard@aerodonnees.fr", "Paul Girard"), att(ME_PRIV), att("sarah.benali@aerodonnees.fr"),
        "SUMMARY:AéroDonnées - étude de cas pricing (2e tour)",
        "DTSTART:20261209T130000Z", "DTEND:20261209T143000Z", ST,
        "DESCRIPTION:" + esc("Deuxième tour : étude de cas sur la tarification d'une ligne Paris–Málaga, avec Paul "
                             "Girard et Sarah Benali." + zoom("887 1100 2233", "AeR0", "fr")), "LOCATION:Zoom"])

    mk(o, "fr-handtyped", "8E7D6C5B-4A39-4281-9F0E-D1C2B3A49586", (1, "Escale Data", "", "", "", ""), PROD_APPLE, [
        "DTSTART;TZID=Europe/Madrid:20261203T100000", "DTEND;TZID=Europe/Madrid:20261203T110000", ST,
        "SUMMARY:Entretien Escale Data - 2e tour (visio)"], tz=TZ_MADRID, method=None)

    mk(o, "fr-google-onsite", "7gh2ij4kl6mn8op0qr2st4uv6w@google.com", (1, "Voyages Azur", "Responsable Yield",
       "onsite", "e.lambert@voyagesazur.com;n.petit@voyagesazur.com", ""), PROD_GOOGLE, [
        "DTSTART;TZID=Europe/Paris:20261216T093000", "DTEND;TZID=Europe/Paris:20261216T123000", ST,
        org("rh@voyagesazur.com", "RH Voyages Azur"), att(ME_PRIV),
        att("e.lambert@voyagesazur.com", "Émilie Lambert"), att("n.petit@voyagesazur.com", "Nicolas Petit"),
        resource("c_77de01@resource.calendar.google.com", "Paris-5e-Salle Riviera (10)"),
        "SUMMARY:Entretiens sur site – Responsable Yield (Voyages Azur)",
        "DESCRIPTION:" + esc("Matinée d'entretiens dans nos locaux, 12 rue de la Paix, Paris : Émilie Lambert "
                             "(Directrice commerciale) puis Nicolas Petit (Data). L'équipe RH vous accueille."
                             + meet("vaz-site-rsp", "fr")),
        "LOCATION:" + esc("Voyages Azur, 12 rue de la Paix, 75002 Paris")],
       tz=[t.replace("Europe/Madrid", "Europe/Paris") for t in TZ_MADRID])

    # German
    mk(o, "de-personio-screen", "personio-7c1d-44e2-bergluft@bergluft.jobs.personio.de", (1, "Bergluft Airways",
       "Revenue Management Analyst", "recruiter_screen", "julia.brandt@bergluft.de", ""),
       "-//Personio GmbH//Personio Recruiting//DE", [
        org("noreply@personio.de", "Bergluft Airways GmbH"), att(ME_PRIV, "Andrés Villalobos"),
        att("julia.brandt@bergluft.de", "Julia Brandt"),
        "SUMMARY:Telefoninterview – Revenue Management Analyst (m/w/d) – Bergluft Airways",
        "DTSTART;TZID=Europe/Berlin:20261126T100000", "DTEND;TZID=Europe/Berlin:20261126T103000", ST,
        "DESCRIPTION:" + esc("Hallo Andrés,\nvielen Dank für deine Bewerbung. Julia Brandt aus dem Recruiting ruft "
                             "dich für ein erstes Kennenlerngespräch an.\nViele Grüße\nDein Bergluft-Team"),
        "LOCATION:Telefon"], tz=[t.replace("Europe/Madrid", "Europe/Berlin") for t in TZ_MADRID])

    mk(o, "de-outlook-fach", "040000008200E00074C5B7101A82E008000000000617283949AADC01000000000000000010000000"
       "FEDCBA9876543210FEDCBA9876543210", (1, "AlpTrip", "Pricing Manager DACH & Iberia", "technical",
       "stefan.wagner@alptrip.com;aylin.kaya@alptrip.com", ""), PROD_OUTLOOK, [
        org("stefan.wagner@alptrip.com", "Wagner, Stefan"), att(ME_PRIV, "Andrés Villalobos"),
        att("aylin.kaya@alptrip.com", "Kaya, Aylin"),
        room("muc-4og-zugspitze@alptrip.com", "MUC 4.OG Zugspitze"),
        "SUMMARY;LANGUAGE=de-DE:Fachinterview Pricing Manager DACH & Iberia – Andrés Villalobos",
        "DTSTART;TZID=" + WEUROPE + ":20261210T140000", "DTEND;TZID=" + WEUROPE + ":20261210T153000", ST,
        "DESCRIPTION;LANGUAGE=de-DE:" + esc("Hallo Herr Villalobos,\nim Fachinterview sprechen Aylin Kaya und ich "
                                            "mit Ihnen über Preisoptimierung und Prognosemodelle. Sie nehmen "
                                            "remote teil, wir sitzen im Raum Zugspitze." + teams_de("QWxw")),
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung; MUC 4.OG Zugspitze", *ms_extra()],
       tz=tz_windows(WEUROPE))

    mk(o, "de-successfactors-final", "SF-ICAL-DE-20261217-0042@successfactors.eu", (1, "Bergluft Airways",
       "Revenue Management Analyst", "final", "markus.lehmann@bergluft.de", ""),
       "-//SAP SuccessFactors//Interview Scheduling//EN", [
        org("karriere@bergluft.de", "Bergluft Airways GmbH – Karriere"), att(ME_PRIV, "Andrés Villalobos"),
        att("markus.lehmann@bergluft.de", "Markus Lehmann"),
        "SUMMARY:Finales Gespräch: Revenue Management Analyst (m/w/d)",
        "DTSTART:20261217T090000Z", "DTEND:20261217T100000Z", ST,
        "DESCRIPTION:" + esc("Sehr geehrter Herr Villalobos,\nwir laden Sie zum finalen Gespräch mit Markus Lehmann "
                             "(VP Commercial) ein, vor Ort am Flughafen München, Terminalstraße Mitte 18.\n"
                             "Mit freundlichen Grüßen\nIhr Recruiting-Team"),
        "LOCATION:" + esc("Bergluft Airways, Terminalstraße Mitte 18, München")])

    mk(o, "de-google-founder", "5xy7za9bc1de3fg5hi7jk9lm1n@google.com", (1, "Preisflug", "Senior Pricing Analyst",
       "", "felix.hartmann.pf@gmail.com", ""), PROD_GOOGLE, [
        "DTSTART:20261205T080000Z", "DTEND:20261205T084500Z", ST,
        org("felix.hartmann.pf@gmail.com", "Felix Hartmann"), att(ME_PRIV),
        att("felix.hartmann.pf@gmail.com", "Felix Hartmann", partstat="ACCEPTED", rsvp=False),
        "SUMMARY:Vorstellungsgespräch Preisflug – Senior Pricing Analyst (remote)",
        "DESCRIPTION:" + esc("Hi Andrés, ich bin Gründer von Preisflug (Flugpreis-Prognosen aus München). Lass uns "
                             "über die Rolle Senior Pricing Analyst sprechen – das ist unser Bewerbungsgespräch."
                             + meet("pfg-ghhx-ttr", "de")), "LOCATION:"],
       head=["X-WR-TIMEZONE:Europe/Berlin"])

    mk(o, "de-terse-apple", "2B1A0F9E-8D7C-46B5-A493-827160F5E4D3", (1, "AlpTrip", "", "onsite", "", ""), PROD_APPLE, [
        "DTSTART;TZID=Europe/Berlin:20261218T100000", "DTEND;TZID=Europe/Berlin:20261218T150000", ST,
        "SUMMARY:AlpTrip Vor-Ort-Interviews München", "LOCATION:Sendlinger Str. 7\\, München"],
       tz=[t.replace("Europe/Madrid", "Europe/Berlin") for t in TZ_MADRID], method=None)
    _ = (PROD_O365, ROMANCE, webex)
    return o
