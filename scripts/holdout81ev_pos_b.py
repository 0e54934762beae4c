"""holdout81: the user's own interviews, part B (Donau, Nordic Star, Atlântica, Shamrock, Brabant, Aquila,
Air Lumière, Albion, Zephyr, EuroFreight, Saxonia). CC0 1.0."""

from __future__ import annotations

from holdout81ev_boiler import meet, teams, webex
from holdout81ev_ics import (
    LONDON,
    ME_GMAIL,
    MS_GMT,
    MS_ROMANCE,
    MS_UTC0_EN,
    MS_UTC1_DE,
    MS_UTC1_FR,
    alarm,
    att,
    g_uid,
    google_head,
    ms_uid,
    org,
    outlook_head,
    outlook_tail,
    pos,
    tz_olson,
    vcal,
)

ME = "Marek Nowak"
VIENNA = tz_olson("Europe/Vienna", "+0100", "+0200", "CET", "CEST")
ROME = tz_olson("Europe/Rome", "+0100", "+0200", "CET", "CEST")
MALTA = tz_olson("Europe/Malta", "+0100", "+0200", "CET", "CEST")
LUX = tz_olson("Europe/Luxembourg", "+0100", "+0200", "CET", "CEST")
Z_FR = '"(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"'
Z_DE = '"(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"'
Z_EN0 = '"(UTC+00:00) Dublin, Edinburgh, Lisbon, London"'


def events() -> list[dict]:
    out: list[dict] = []

    # 13. Personio video first interview, German, Europe/Vienna.
    uid = "personio-interview-3318807-5b1e@donau-airways.jobs.personio.de"
    desc = (
        "Sehr geehrter Herr Nowak,\n\nvielen Dank für Ihr Interesse an der Position First Officer A320/A321 "
        "(m/w/d) am Standort Wien. Gerne möchten wir Sie im Rahmen eines Erstgesprächs (Video, ca. 45 Minuten) "
        "näher kennenlernen.\n\nIhre Gesprächspartnerin: Mag. Eva Pichler, HR Business Partner Flight "
        "Operations\n\n" + teams("donau-first", "de")
        + "\n\nMit freundlichen Grüßen\nDonau Airways GmbH – People & Culture"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260914T080122Z", "DTSTART;TZID=Europe/Vienna:20260922T140000",
        "DTEND;TZID=Europe/Vienna:20260922T144500",
        ("SUMMARY", "Erstgespräch First Officer A320/A321 (m/w/d) – Marek Nowak"), ("DESCRIPTION", desc),
        ("LOCATION", "Microsoft Teams"), org("eva.pichler@donau-airways.at", "Eva Pichler"),
        att(ME_GMAIL, ME), att("eva.pichler@donau-airways.at", "Eva Pichler", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Personio GmbH//Personio Recruiting//DE", "METHOD:REQUEST"],
                [VIENNA], [ev])
    out.append(pos("personio-video-de", text, uid, "Donau Airways", "First Officer A320/A321 (m/w/d)",
                   "recruiter_screen", "eva.pichler@donau-airways.at", "personio-erstgespraech-de"))

    # 14. Teamtailor self-booked interview, no stage named, UTC, Meet.
    uid = "tt-interview-88d0c3a1e5@app.teamtailor.com"
    url, _ = meet("nordicstar")
    desc = (
        "Hi Marek!\n\nThanks for booking a time. Here are the details for your interview for First Officer "
        "A321neo (Stockholm Arlanda).\n\nYou'll meet Ingrid Sjöberg (Talent Acquisition) and Capt. Anders Holm "
        "(Base Captain ARN).\n\nJoin with Google Meet: " + url + "\n\nSee you soon!\nNordic Star Airlines\n\n"
        "Sent with Teamtailor"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20261001T110455Z", "DTSTART:20261008T080000Z", "DTEND:20261008T090000Z",
        ("SUMMARY", "Interview with Nordic Star Airlines"), ("DESCRIPTION", desc), ("LOCATION", url),
        org("ingrid.sjoberg@nordicstar.se", "Ingrid Sjöberg"), att(ME_GMAIL, ME),
        att("anders.holm@nordicstar.se", "Anders Holm"), f"URL:{url}", "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Teamtailor//Teamtailor Calendar//EN", "METHOD:REQUEST"], [], [ev])
    out.append(pos("teamtailor-nostage-en", text, uid, "Nordic Star Airlines", "First Officer A321neo", "",
                   "ingrid.sjoberg@nordicstar.se;anders.holm@nordicstar.se", "teamtailor-no-stage-en"))

    # 15. Outlook display-name zone, sent by the assistant on behalf of the chief pilot, in person.
    uid = ms_uid("atlantica-cp")
    desc = (
        "Dear Marek,\n\nCapt. Rui Tavares, Chief Pilot, would like to meet you in person following your "
        "technical assessment for the First Officer A330neo position. The meeting will last about one hour.\n\n"
        "Please report to the reception of Building 25 and ask for me.\n\nKind regards,\nInês Moura\nExecutive "
        "Assistant to the Director of Flight Operations\nAtlântica – Linhas Aéreas, S.A."
    )
    ev = [
        org("rui.tavares@flyatlantica.pt", "Tavares, Rui", sent_by="ines.moura@flyatlantica.pt"),
        att(ME_GMAIL, ME), ("DESCRIPTION", desc, ";LANGUAGE=en-GB"), ("UID", uid),
        ("SUMMARY", "Meeting with the Chief Pilot – FO A330neo – M. Nowak", ";LANGUAGE=en-GB"),
        f"DTSTART;TZID={Z_EN0}:20261027T150000", f"DTEND;TZID={Z_EN0}:20261027T160000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261019T093015Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Atlântica HQ, Edifício 25, Aeroporto Humberto Delgado, Lisboa",
                       ";LANGUAGE=en-GB"), *outlook_tail(),
    ]
    out.append(pos("outlook-sentby-hm-en", vcal(outlook_head(), [MS_UTC0_EN], [ev]), uid, "Atlântica",
                   "First Officer A330neo", "hiring_manager", "rui.tavares@flyatlantica.pt",
                   "chief-pilot-meeting-en"))

    # 16. Workable technical interview with Webex, UTC.
    uid = "workable-event-2c91f7b0-3d7e-11f1-9b2a-0242ac120002"
    desc = (
        "Hi Marek,\n\nYou have been invited to a Technical interview for the First Officer A330 position at "
        "Shamrock Atlantic.\n\nInterviewers: Capt. Niamh O'Brien (Training Manager A330), Capt. Conor Walsh "
        "(TRI/TRE)\nDuration: 75 minutes\n\n" + webex("shamrock", "shamrockatlantic")
        + "\n\nBest of luck!\nShamrock Atlantic Talent Team\n\nPowered by Workable"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20261005T161010Z", "DTSTART:20261014T130000Z", "DTEND:20261014T141500Z",
        ("SUMMARY", "Technical interview: First Officer A330 – Shamrock Atlantic"), ("DESCRIPTION", desc),
        ("LOCATION", "Webex"), org("talent@shamrockatlantic.ie", "Shamrock Atlantic Talent Team"),
        att(ME_GMAIL, ME), att("niamh.obrien@shamrockatlantic.ie", "Niamh O'Brien"),
        att("conor.walsh@shamrockatlantic.ie", "Conor Walsh"), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Workable//Workable Calendar//EN", "METHOD:REQUEST"], [], [ev])
    out.append(pos("workable-technical-en", text, uid, "Shamrock Atlantic", "First Officer A330", "technical",
                   "niamh.obrien@shamrockatlantic.ie;conor.walsh@shamrockatlantic.ie", "workable-webex-en"))

    # 17. French Outlook final interview, display-name zone, a room.
    uid = ms_uid("brabant-final")
    desc = (
        "Bonjour Monsieur Nowak,\n\nSuite à votre journée d’évaluation, nous avons le plaisir de vous convier à "
        "l’entretien final pour le poste de Premier Officier A320, en présence de Jan Peeters (Directeur des "
        "Opérations Aériennes) et de moi-même.\n\nLieu : Brabant Airlines, Brussels Airport, Building 26, 1930 "
        "Zaventem – accueil au rez-de-chaussée.\n\nCordialement,\nClaire Dubois\nResponsable Recrutement "
        "Personnel Navigant"
    )
    ev = [
        org("c.dubois@brabantair.be", "Dubois, Claire"), att("j.peeters@brabantair.be", "Peeters, Jan"),
        att(ME_GMAIL, ME),
        att("salle.zaventem214@brabantair.be", "BRU-HQ-Salle Zaventem 2.14", role="NON-PARTICIPANT",
            cutype="ROOM"),
        ("DESCRIPTION", desc, ";LANGUAGE=fr-FR"), ("UID", uid),
        ("SUMMARY", "Entretien final – Premier Officier A320 – M. Nowak", ";LANGUAGE=fr-FR"),
        f"DTSTART;TZID={Z_FR}:20261118T100000", f"DTEND;TZID={Z_FR}:20261118T113000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261106T130444Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "BRU-HQ-Salle Zaventem 2.14", ";LANGUAGE=fr-FR"), *outlook_tail(),
    ]
    out.append(pos("outlook-final-fr", vcal(outlook_head(), [MS_UTC1_FR], [ev]), uid, "Brabant Airlines",
                   "Premier Officier A320", "final", "c.dubois@brabantair.be;j.peeters@brabantair.be",
                   "outlook-room-final-fr"))

    # 18. A "chat" that is the hiring manager's interview; Google, Europe/Rome.
    uid = g_uid("aquila-hot")
    url, mbody = meet("aquila-hot")
    desc = (
        "Ciao Marek,\n\nthanks for your application for the Captain (Command Upgrade Programme) A320 role. I'd "
        "like to have a chat about your experience as an FO and as a line-training assistant, and explain how "
        "our upgrade programme works. This conversation is the second step of our selection – no preparation "
        "needed.\n\nGiulia Ferri\nHead of Flight Training | Aquila Airways\n\n" + mbody
    )
    ev = [
        "DTSTART;TZID=Europe/Rome:20261016T170000", "DTEND;TZID=Europe/Rome:20261016T174500",
        "DTSTAMP:20261012T074511Z", org("giulia.ferri@aquila-airways.it", "Giulia Ferri"), f"UID:{uid}",
        att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("giulia.ferri@aquila-airways.it", "Giulia Ferri", cutype="INDIVIDUAL", partstat="ACCEPTED",
            extra=";X-NUM-GUESTS=0"),
        f"X-GOOGLE-CONFERENCE:{url}", "CREATED:20261012T074510Z", ("DESCRIPTION", desc),
        "LAST-MODIFIED:20261012T074510Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        ("SUMMARY", "Chat with our Head of Training – Marek"), "TRANSP:OPAQUE", *alarm(10),
    ]
    out.append(pos("google-chat-hm-en", vcal(google_head(), [ROME], [ev]), uid, "Aquila Airways",
                   "Captain (Command Upgrade Programme) A320", "hiring_manager", "giulia.ferri@aquila-airways.it",
                   "chat-is-interview-en"))

    # 19. French HR interview from Outlook, Windows zone, Teams in French.
    uid = ms_uid("lumiere-rh")
    desc = (
        "Bonjour Marek,\n\nComme convenu par téléphone, je vous confirme notre entretien RH (30 min) pour le "
        "poste d’Officier Pilote de Ligne (OPL) A320 basé à Lyon-Saint Exupéry.\n\nBien cordialement,\n"
        "Sophie Lefebvre\nChargée de recrutement PNT – Air Lumière\n\n" + teams("lumiere-rh", "fr")
    )
    ev = [
        org("sophie.lefebvre@airlumiere.fr", "LEFEBVRE Sophie"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=fr-FR"), ("UID", uid),
        ("SUMMARY", "Entretien RH – OPL A320 – Marek NOWAK", ";LANGUAGE=fr-FR"),
        "DTSTART;TZID=Romance Standard Time:20260930T103000", "DTEND;TZID=Romance Standard Time:20260930T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260924T152200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Réunion Microsoft Teams", ";LANGUAGE=fr-FR"), *outlook_tail(),
    ]
    out.append(pos("outlook-rh-fr", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid, "Air Lumière",
                   "Officier Pilote de Ligne (OPL) A320", "recruiter_screen", "sophie.lefebvre@airlumiere.fr",
                   "entretien-rh-fr"))

    # 20. iCIMS assessment centre, Europe/London, assessors not named.
    uid = "icims-int-1188274-41@albionairways.icims.com"
    desc = (
        "Dear Marek,\n\nYou are confirmed for the Albion Airways Pilot Assessment Centre for the position of "
        "First Officer (Boeing 787).\n\nVenue: Albion House, Gatwick Road, Crawley RH10 9AX\nArrival: 08:15 for "
        "an 08:30 start; the day finishes at approximately 16:30.\n\nThe day includes a group exercise, a "
        "competency-based interview and a technical interview with two of our training captains. Your "
        "assessors will be introduced on the day.\n\nPlease bring your passport, licence, medical certificate "
        "and logbook.\n\nAlbion Airways Pilot Recruitment"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20261102T100000Z", "DTSTART;TZID=Europe/London:20261124T081500",
        "DTEND;TZID=Europe/London:20261124T163000",
        ("SUMMARY", "Interview Confirmation: First Officer (Boeing 787) - Assessment Centre"),
        ("DESCRIPTION", desc), ("LOCATION", "Albion House, Gatwick Road, Crawley RH10 9AX"),
        org("pilotrecruitment@albionairways.co.uk", "Albion Airways Pilot Recruitment"), att(ME_GMAIL, ME),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//iCIMS Inc//iCIMS Talent Platform//EN", "METHOD:REQUEST"],
                [LONDON], [ev])
    out.append(pos("icims-onsite-en", text, uid, "Albion Airways", "First Officer (Boeing 787)", "onsite", "",
                   "icims-assessment-centre-en"))

    # 21. Outlook telephone interview, GMT Standard Time.
    uid = ms_uid("albion-phone")
    desc = (
        "Hi Marek,\n\nThanks for your time on the phone earlier. As agreed I'll call you on +34 612 448 903 for "
        "your telephone interview for the First Officer B787 vacancy. It will take around 30 minutes.\n\n"
        "Kind regards\nBethan Hughes\nPilot Recruitment Advisor | Albion Airways"
    )
    ev = [
        org("bethan.hughes@albionairways.co.uk", "Hughes, Bethan"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=en-GB"), ("UID", uid),
        ("SUMMARY", "Telephone Interview – First Officer B787 – Marek Nowak", ";LANGUAGE=en-GB"),
        "DTSTART;TZID=GMT Standard Time:20261021T100000", "DTEND;TZID=GMT Standard Time:20261021T103000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261019T124510Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Telephone", ";LANGUAGE=en-GB"), *outlook_tail(),
    ]
    out.append(pos("outlook-phone-en", vcal(outlook_head(), [MS_GMT], [ev]), uid, "Albion Airways",
                   "First Officer B787", "recruiter_screen", "bethan.hughes@albionairways.co.uk",
                   "telephone-interview-en"))

    # 22. A co-founder on Proton; the company appears only in the body.
    uid = "Wn7pQ2xk8Lr0vYb3Zc1aT5eF9gH4jK6m@proton.me"
    desc = (
        "Hi Marek, good to talk on Thursday. As mentioned on the phone, we're setting up Zephyr Air Cargo – AOC "
        "application with Transport Malta in progress, first two 737-800BCFs arriving in spring, ACMI flying "
        "for the integrators. We're looking for First Officers with a realistic path to command within about "
        "12 months. I'd like to hear about your background and tell you more about the role.\n\n"
        "Karl Camilleri\nCo-founder & Accountable Manager"
    )
    ev = [
        "DTSTAMP:20260930T182233Z", f"UID:{uid}", "DTSTART;TZID=Europe/Malta:20261001T180000",
        "DTEND;TZID=Europe/Malta:20261001T184500", org("karl.camilleri@proton.me", "Karl Camilleri"),
        att(ME_GMAIL, ME), ("SUMMARY", "Marek / Karl – First Officer (command track) 738BCF"),
        ("DESCRIPTION", desc), ("LOCATION", "WhatsApp video"), "SEQUENCE:0", "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Proton AG//WebCalendar 5.0.59.1//EN", "METHOD:REQUEST",
                 "CALSCALE:GREGORIAN"], [MALTA], [ev])
    out.append(pos("founder-proton-en", text, uid, "Zephyr Air Cargo", "First Officer (command track) 738BCF",
                   "", "karl.camilleri@proton.me", "founder-freemail-body-only-en"))

    # 23. SuccessFactors technical interview, Europe/Luxembourg.
    uid = "SFSF-INT-4471-000829113@successfactors.eu"
    desc = (
        "Dear Marek Nowak,\n\nWe are pleased to invite you to a Technical Interview for the position First "
        "Officer B747-8F (Requisition 4471).\n\nInterview team:\nCapt. Marc Weber – Fleet Chief B747\nCapt. Tom "
        "Reuter – TRI/TRE\n\nLocation: EuroFreight Airlines, Bâtiment Fret, Route de Trèves, L-2632 Findel\n"
        "Please report to the security gate 20 minutes early with your passport.\n\nYour contact: Sophie "
        "Schmit, HR Officer Flight Crew.\n\nThis is a system-generated message from SAP SuccessFactors."
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20261026T075959Z", "DTSTART;TZID=Europe/Luxembourg:20261109T093000",
        "DTEND;TZID=Europe/Luxembourg:20261109T113000",
        ("SUMMARY", "Interview Invitation - First Officer B747-8F (4471) - Technical Interview"),
        ("DESCRIPTION", desc), ("LOCATION", "EuroFreight Airlines, Bâtiment Fret, Route de Trèves, L-2632 Findel"),
        org("sophie.schmit@eurofreight-air.lu", "Sophie Schmit"), att(ME_GMAIL, ME),
        att("marc.weber@eurofreight-air.lu", "Marc Weber"), att("tom.reuter@eurofreight-air.lu", "Tom Reuter"),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["PRODID:-//SAP SuccessFactors//Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST"],
                [LUX], [ev])
    out.append(pos("successfactors-technical-en", text, uid, "EuroFreight Airlines", "First Officer B747-8F",
                   "technical", "marc.weber@eurofreight-air.lu;tom.reuter@eurofreight-air.lu",
                   "successfactors-hr-contact-en"))

    # 24. German Outlook, display-name zone, the HR officer only brings him to the room.
    uid = ms_uid("saxonia-flottenchef")
    desc = (
        "Hallo Herr Nowak,\n\nwie telefonisch besprochen lade ich Sie zum persönlichen Gespräch mit unserem "
        "Flottenchef B757F, Herrn Kapitän Thomas Vogel, ein. Es geht um die Position Senior First Officer "
        "B757F (Upgrade-Programm). Ich hole Sie am Empfang ab und bringe Sie zum Besprechungsraum; am Gespräch "
        "selbst nehme ich nicht teil.\n\nAnfahrt: Flughafen Leipzig/Halle, Frachtbereich Süd, Hangar 7.\n\n"
        "Viele Grüße\nKatrin Lehmann\nPersonalreferentin Flugbetrieb\nSaxonia Air Cargo GmbH"
    )
    ev = [
        org("k.lehmann@saxoniacargo.de", "Lehmann, Katrin"), att("t.vogel@saxoniacargo.de", "Vogel, Thomas"),
        att(ME_GMAIL, ME),
        att("lej-h7-raum207@saxoniacargo.de", "LEJ H7 Raum 2.07", role="NON-PARTICIPANT", cutype="ROOM"),
        ("DESCRIPTION", desc, ";LANGUAGE=de-DE"), ("UID", uid),
        ("SUMMARY", "Gespräch Flottenchef B757F – Senior First Officer – Nowak", ";LANGUAGE=de-DE"),
        f"DTSTART;TZID={Z_DE}:20261111T130000", f"DTEND;TZID={Z_DE}:20261111T143000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261103T104412Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "LEJ H7 Raum 2.07", ";LANGUAGE=de-DE"), *outlook_tail(),
    ]
    out.append(pos("outlook-flottenchef-de", vcal(outlook_head(), [MS_UTC1_DE], [ev]), uid, "Saxonia Air Cargo",
                   "Senior First Officer B757F (Upgrade-Programm)", "hiring_manager", "t.vogel@saxoniacargo.de",
                   "fleet-chief-room-de"))
    return out
