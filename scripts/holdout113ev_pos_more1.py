"""holdout113: the user's own interviews - video boilerplate, recurring, cancelled, all-day, FR/DE/ES."""

from __future__ import annotations

from holdout113ev_ics import (
    GOOGLE,
    OUTLOOK,
    OUTLOOK16,
    STAMP,
    TZ_GMT_WIN,
    TZ_LONDON,
    TZ_PARIS,
    TZ_ROMANCE_WIN,
    TZ_WEU_WIN,
    USER,
    att,
    cal,
    esc,
    org,
    row,
)

FORMS = {
    "Social Housing Standards Board": ["SHSB"],
    "Accessible Homes Trust": ["AHT"],
    "Birchfield Foundation": ["Birchfield", "The Birchfield Foundation"],
    "Rowan Tree Almshouses": ["Rowan Tree"],
    "Cotswold Edge Homes": ["Cotswold Edge"],
    "Chiltern & Vale Homes": ["Chiltern and Vale Homes", "Chiltern & Vale", "Chiltern and Vale"],
    "Logis Avenir": ["Logis Avenir UK"],
}

TEAMS_FR = (
    "________________________________________________________________________________\n"
    "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
    "Cliquez ici pour rejoindre la réunion\nID de la réunion : 355 120 448 911\nCode secret : Yb7Kx2\n"
    "Télécharger Teams | Rejoindre sur le web\nEn savoir plus | Options de réunion\n"
    "________________________________________________________________________________"
)
WEBEX = (
    "When it's time, join the Webex meeting here.\n\nJoin meeting\nhttps://shsb.webex.com/shsb/j.php?"
    "MTID=m4c1e\n\nMeeting number (access code): 2377 481 9920\nMeeting password: Sh5b!2026\n\n"
    "Join by phone\n+44-20-7660-8149 United Kingdom Toll\n\nNeed help? Go to https://help.webex.com"
)


def events() -> list[dict[str, str]]:
    out = []

    uid = "8bb1e0c7d3f24a2a9e64d0e5f1a2b3c4@shsb.webex.com"
    out.append(row("webex-public-body", cal("-//Cisco Systems Inc.//Webex//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260506T100000",
        "DTEND;TZID=Europe/London:20260506T111500",
        "SUMMARY:Interview - Director of Regulatory Operations - H. Okafor",
        "DESCRIPTION:" + esc("Interview panel: Jennifer Osborne (Chief Executive, chair), Mark Adeyemi "
                             "(Board member), Claire Lund (HR Business Partner).\n\n" + WEBEX),
        "LOCATION:Webex",
        org("claire.lund@shsb.gov.uk", "Claire Lund"),
        att("jennifer.osborne@shsb.gov.uk", "Jennifer Osborne"),
        att("mark.adeyemi@shsb.gov.uk", "Mark Adeyemi"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Social Housing Standards Board", "Director of Regulatory Operations", "",
        "jennifer.osborne@shsb.gov.uk;mark.adeyemi@shsb.gov.uk;claire.lund@shsb.gov.uk", "webex-public-body"))

    uid = "5fq1m7d2kt0o8c3v9p6a4b2n1e@google.com"
    out.append(row("google-meet-first", cal(GOOGLE, [[
        "DTSTART:20260311T150000Z",
        "DTEND:20260311T154500Z",
        f"DTSTAMP:{STAMP}",
        org("r.bamford@accessiblehomes.org.uk", "Rachel Bamford"),
        f"UID:{uid}",
        att("r.bamford@accessiblehomes.org.uk", "Rachel Bamford", stat="ACCEPTED"),
        att("j.oduya@accessiblehomes.org.uk", "James Oduya"),
        att(USER, "hannah.okafor@btinternet.com"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/tqv-hxme-pkd",
        "DESCRIPTION:" + esc(
            "First-stage interview for the Chief Operating Officer role at Accessible Homes Trust.\n\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            "Join with Google Meet: https://meet.google.com/tqv-hxme-pkd\nOr dial: (GB) +44 20 3937 0121 "
            "PIN: 771 204 338#\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"
            "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:AHT - COO first stage interview (Hannah Okafor)",
        "TRANSP:OPAQUE",
    ]]), uid, 1, "Accessible Homes Trust", "Chief Operating Officer", "",
        "r.bamford@accessiblehomes.org.uk;j.oduya@accessiblehomes.org.uk", "google-meet-first-stage"))

    # Free-mail chair of a small foundation, no clear stage
    uid = "2b7d1a8e9f0c@gmail.com"
    out.append(row("freemail-chair", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20260417T113000",
        "DTEND;TZID=Europe/London:20260417T123000",
        f"DTSTAMP:{STAMP}",
        org("geoffbirchfield@gmail.com", "Geoffrey Birchfield"),
        f"UID:{uid}",
        att("geoffbirchfield@gmail.com", "Geoffrey Birchfield", stat="ACCEPTED"),
        att(USER, "Hannah Okafor"),
        "DESCRIPTION:" + esc(
            "Hannah - good to hear from you. As the trustees discussed, I'd like us to meet properly about "
            "the Director post at the Birchfield Foundation: your experience, how you'd run the grants and "
            "almshouse side, and what you'd need from us. Harborne, the usual café by the library.\n\nGeoff"),
        "LOCATION:Harborne",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Hannah / Geoff - Birchfield Director interview",
        "TRANSP:OPAQUE",
    ]], tzs=(TZ_LONDON,)), uid, 1, "Birchfield Foundation", "Director", "", "geoffbirchfield@gmail.com",
        "freemail-chair-cafe"))

    # Recurring final selection over two days, the second moved (override, same UID)
    uid = "0C4F1B2A-7E6D-4C59-8A3B-2F1E0D9C8B7A@rowantree-almshouses.org.uk"
    base = [
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        org("clerk@rowantree-almshouses.org.uk", "Clerk to the Trustees"),
        att("helen.ashby@rowantree-almshouses.org.uk", "Helen Ashby"),
        att("rev.paul.mensah@rowantree-almshouses.org.uk", "Revd Paul Mensah"),
        att(USER, "Hannah Okafor"),
    ]
    desc = ("Final selection for Chief Executive. Day 1: residents' tea and tour with the trustees; Day 2: "
            "formal interview with the appointment panel (Helen Ashby, Chair; Revd Paul Mensah). The Clerk "
            "organises but does not sit on the panel.")
    out.append(row("recurring-override", cal(OUTLOOK16, [
        [*base, "DTSTART;TZID=Europe/London:20260609T140000", "DTEND;TZID=Europe/London:20260609T163000",
         "RRULE:FREQ=DAILY;COUNT=2", "SEQUENCE:1",
         "SUMMARY:Rowan Tree Almshouses - Chief Executive final selection", "DESCRIPTION:" + esc(desc),
         "LOCATION:The Almshouses\\, Rowan Lane\\, Lichfield"],
        [*base, "RECURRENCE-ID;TZID=Europe/London:20260610T140000",
         "DTSTART;TZID=Europe/London:20260610T093000", "DTEND;TZID=Europe/London:20260610T111500",
         "SEQUENCE:2", "SUMMARY:Rowan Tree Almshouses - Chief Executive final selection (formal interview)",
         "DESCRIPTION:" + esc("Moved to the morning. " + desc), "LOCATION:Trustees' Room\\, Lichfield"],
    ], tzs=(TZ_LONDON,)), uid, 1, "Rowan Tree Almshouses", "Chief Executive", "final",
        "helen.ashby@rowantree-almshouses.org.uk;rev.paul.mensah@rowantree-almshouses.org.uk",
        "recurring-override-final"))

    # METHOD:CANCEL from Outlook
    uid = "040000008200E00074C5B7101A82E00800000000E3F1D2C4A5B0DC01000000000000000010000000D4C2"
    out.append(row("outlook-cancel", cal(OUTLOOK, [[
        org("stuart.hale@cotswoldedge.co.uk", "Hale, Stuart"),
        att(USER, "hannah.okafor@btinternet.com"),
        att("stuart.hale@cotswoldedge.co.uk", "Hale, Stuart"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "Hannah, apologies - the Board has paused the CEO recruitment until after the merger vote. I'll "
            "be in touch when the timetable is confirmed.\nStuart"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Canceled: Cotswold Edge Homes - CEO first interview",
        "DTSTART;TZID=GMT Standard Time:20260402T150000",
        "DTEND;TZID=GMT Standard Time:20260402T160000",
        f"DTSTAMP:{STAMP}",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "PRIORITY:1",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
    ]], method="CANCEL", tzs=(TZ_GMT_WIN,)), uid, 1, "Cotswold Edge Homes", "CEO", "",
        "stuart.hale@cotswoldedge.co.uk", "outlook-method-cancel"))

    # All-day assessment centre
    uid = "a6f0e3c2-1d9b-4f7a-b2c8-cv-homes-ac-0427"
    out.append(row("allday-assessment", cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20260427",
        "DTEND;VALUE=DATE:20260428",
        f"DTSTAMP:{STAMP}",
        org("resourcing@chilternvale.org.uk", "Chiltern & Vale Resourcing"),
        f"UID:{uid}",
        att(USER, "Hannah Okafor"),
        "DESCRIPTION:" + esc(
            "Assessment centre for Executive Director of Housing: group exercise, in-tray, tenant panel and "
            "final interview with the Chief Executive (Omar Farouk) and Chair (Lindsey Pryce). Timetable "
            "to follow. Venue: Chiltern & Vale Homes, Aylesbury."),
        "SUMMARY:Assessment centre - Executive Director of Housing - Chiltern & Vale Homes",
        "TRANSP:TRANSPARENT",
    ]]), uid, 1, "Chiltern & Vale Homes", "Executive Director of Housing", "onsite",
        "Omar Farouk;Lindsey Pryce", "allday-assessment-centre"))

    # French: hiring manager, Teams boilerplate in French
    uid = "040000008200E00074C5B7101A82E0080000000018D4C3B2A1E9DC01000000000000000010000000AB12"
    out.append(row("teams-fr", cal(OUTLOOK, [[
        org("sophie.garnier@logis-avenir.fr", "Garnier, Sophie"),
        att("sophie.garnier@logis-avenir.fr", "Garnier, Sophie", stat="ACCEPTED"),
        att(USER, "Okafor, Hannah"),
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc(
            "Bonjour Hannah,\n\nComme convenu, je vous propose un entretien d'une heure pour le poste de "
            "Directrice des opérations Royaume-Uni (Logis Avenir UK, Birmingham). Nous échangerons en "
            "anglais et en français.\n\nBien cordialement,\nSophie Garnier\nDirectrice générale déléguée\n\n"
            + TEAMS_FR),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=fr-FR:Entretien - Directrice des opérations UK - Hannah Okafor",
        "DTSTART;TZID=Romance Standard Time:20260320T140000",
        "DTEND;TZID=Romance Standard Time:20260320T150000",
        f"DTSTAMP:{STAMP}",
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    ]], tzs=(TZ_ROMANCE_WIN,)), uid, 1, "Logis Avenir", "Directrice des opérations UK", "hiring_manager",
        "sophie.garnier@logis-avenir.fr", "teams-fr-hiring-manager"))

    uid = "logis-avenir-comex-20260507@logis-avenir.fr"
    out.append(row("fr-final-paris", cal(OUTLOOK16, [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/Paris:20260507T100000",
        "DTEND;TZID=Europe/Paris:20260507T120000",
        "SUMMARY:Entretien final avec le comité de direction - Hannah Okafor",
        "DESCRIPTION:" + esc(
            "Madame,\n\nNous avons le plaisir de vous convier à l'entretien final pour le poste de Directrice "
            "des opérations Royaume-Uni, au siège de Logis Avenir (12 quai Perrache, Lyon).\n\nJury : "
            "Jean-Marc Delorme (Président du directoire), Sophie Garnier, Nathalie Brun (DRH).\n\n"
            "Vos frais de déplacement seront pris en charge.\n\nService Recrutement"),
        "LOCATION:12 quai Perrache\\, 69002 Lyon",
        org("recrutement@logis-avenir.fr", "Logis Avenir - Recrutement"),
        att("jm.delorme@logis-avenir.fr", "Jean-Marc Delorme"),
        att("sophie.garnier@logis-avenir.fr", "Sophie Garnier"),
        att("nathalie.brun@logis-avenir.fr", "Nathalie Brun"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_PARIS,)), uid, 1, "Logis Avenir", "Directrice des opérations Royaume-Uni", "final",
        "jm.delorme@logis-avenir.fr;sophie.garnier@logis-avenir.fr;nathalie.brun@logis-avenir.fr",
        "fr-final-committee"))

    # German second interview with the managing directors
    uid = "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC01000000000000000010000000EE41"
    out.append(row("outlook-de-second", cal(OUTLOOK, [[
        org("katrin.vogel@nordwerk.de", "Vogel, Katrin"),
        att("frank.lindner@nordwerk.de", "Lindner, Frank"),
        att("katrin.vogel@nordwerk.de", "Vogel, Katrin", stat="ACCEPTED"),
        att(USER, "Okafor, Hannah"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc(
            "Sehr geehrte Frau Okafor,\n\nwie besprochen das Zweitgespräch mit unserem Geschäftsführer Frank "
            "Lindner und mir für die Position Chief Operating Officer UK. Das Gespräch findet auf Englisch statt.\n\n"
            "Beste Grüße\nKatrin Vogel\n\n________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nAuf dem Computer oder in der mobilen App teilnehmen\nKlicken Sie "
            "hier, um an der Besprechung teilzunehmen\nBesprechungs-ID: 329 118 774 02\nPasscode: Ns4pQ7"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Zweitgespräch COO UK - Frau Okafor / Herr Lindner",
        "DTSTART;TZID=W. Europe Standard Time:20260401T150000",
        "DTEND;TZID=W. Europe Standard Time:20260401T160000",
        f"DTSTAMP:{STAMP}",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
    ]], tzs=(TZ_WEU_WIN,)), uid, 1, "Nordwerk Facility Services", "Chief Operating Officer UK", "hiring_manager",
        "frank.lindner@nordwerk.de;katrin.vogel@nordwerk.de", "outlook-de-second"))

    # Spanish employer, final in English, Romance Standard Time (Madrid)
    uid = "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010000000BC77"
    out.append(row("outlook-es-final", cal(OUTLOOK16, [[
        "CLASS:PUBLIC",
        "DESCRIPTION:" + esc(
            "Dear Hannah,\n\nThank you for your time so far. We would like to invite you to a final interview "
            "with our CEO, Javier Ortega, and our Chief People Officer, Marta Ruiz, for the Director of "
            "Operations (UK) position. The meeting will be held at our London office, 1 Canada Square, E14.\n\n"
            "Un saludo,\nLucía Ferrer"),
        "DTSTART;TZID=Romance Standard Time:20260429T170000",
        "DTEND;TZID=Romance Standard Time:20260429T181500",
        f"DTSTAMP:{STAMP}",
        "LOCATION:1 Canada Square\\, London E14",
        org("lucia.ferrer@grupoavanza.es", "Ferrer, Lucía"),
        att("javier.ortega@grupoavanza.es", "Ortega, Javier"),
        att("marta.ruiz@grupoavanza.es", "Ruiz, Marta"),
        att(USER, "Hannah Okafor"),
        "SUMMARY;LANGUAGE=es-ES:Final interview - Director of Operations UK - Grupo Avanza",
        f"UID:{uid}",
    ]], tzs=(TZ_ROMANCE_WIN,)), uid, 1, "Grupo Avanza Vivienda", "Director of Operations (UK)", "final",
        "javier.ortega@grupoavanza.es;marta.ruiz@grupoavanza.es", "outlook-es-final-en"))

    # Media simulation exercise (press-like, but it is her own assessment)
    uid = "shelterline-media-sim-0521@penrosesearch.co.uk"
    out.append(row("media-simulation", cal(OUTLOOK16, [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=GMT Standard Time:20260521T093000",
        "DTEND;TZID=GMT Standard Time:20260521T101500",
        "SUMMARY:Shelterline CEO final day - media interview simulation",
        "DESCRIPTION:" + esc(
            "Part of the Chief Executive final assessment. You'll be given a breaking story 20 minutes "
            "before and interviewed on camera by a former BBC journalist, Dan Pryor, then debriefed by "
            "Trustee Ama Boateng.\n\nMiriam Hale, Penrose Search"),
        "LOCATION:Shelterline\\, 9 Hatton Garden\\, London",
        org("miriam.hale@penrosesearch.co.uk", "Hale, Miriam"),
        att(USER, "Hannah Okafor"),
        att("ama.boateng@shelterline.org.uk", "Boateng, Ama"),
    ]], tzs=(TZ_GMT_WIN,)), uid, 1, "Shelterline", "Chief Executive", "technical",
        "ama.boateng@shelterline.org.uk;Dan Pryor", "media-simulation-exercise"))

    return out
