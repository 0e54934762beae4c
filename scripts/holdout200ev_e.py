"""holdout200 events, part e: Liechtenstein, agencies, free-mail founder and more (CC0 1.0)."""

from holdout200ev_common import TZ_WEST, TZ_ZRH, ev

EVENTS = [
    ev(
        "vorstellungsgespraech", "040000008200E00074C5B7101A82E00800000000B3C1D7E9F246DC01000000000000000010000000"
        "LLB0425", 1, "LLB", "Teamleiter Private Banking Schweiz", "onsite",
        "michael.buechel@llb.li;sandra.frommelt@llb.li", "outlook-vaduz-vorstellungsgespraech-room",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Frommelt Sandra":mailto:sandra.frommelt@llb.li
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Büchel Michael":mailto:michael.buechel@llb.li
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="VAD Städtle 44 - SZ Gutenberg"
 :mailto:sz-gutenberg@llb.li
DESCRIPTION;LANGUAGE=de-CH:Grüezi Herr Baumgartner\n\nWir freuen uns\, Sie
  in Vaduz zum Vorstellungsgespräch für die Funktion Teamleiter Private Bank
 ing Schweiz begrüssen zu dürfen. Gesprächspartner: Michael Büchel (Leiter P
 rivate Banking) und ich. Parkplätze stehen im Parkhaus Marktplatz zur Verfü
 gung.\n\nFreundliche Grüsse\nSandra Frommelt\, HR
UID:040000008200E00074C5B7101A82E00800000000B3C1D7E9F246DC01000000000000000010000000LLB0425
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Reto Baumgartner
DTSTART;TZID=W. Europe Standard Time:20251021T140000
DTEND;TZID=W. Europe Standard Time:20251021T160000
DTSTAMP:20251013T093017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:VAD Städtle 44 - SZ Gutenberg
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "agency-call", "7p1q3r5s7t9u1v3w5x7y9z1a3b@google.com", 1, "PKB Privatbank",
        "Senior Relationship Manager (Zürich Office)", "recruiter_screen", "sarah.keller@robertwalters.com",
        "agency-recruiter-screen-names-client",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250925T121500
DTEND;TZID=Europe/Zurich:20250925T124500
DTSTAMP:20250923T140011Z
ORGANIZER;CN=Sarah Keller:mailto:sarah.keller@robertwalters.com
UID:7p1q3r5s7t9u1v3w5x7y9z1a3b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=reto.baumgartner@bluewin.ch;X-NUM-GUESTS=0:mailto:reto.baumgartner@bluewin.ch
DESCRIPTION:Hallo Herr Baumgartner\, wie besprochen mein Anruf zur Position
  Senior Relationship Manager bei PKB Privatbank (Zürich Office). Ich möcht
 e Ihren Lebenslauf\, Ihre Kündigungsfrist und Ihre Lohnvorstellung durchgeh
 en\, bevor ich Ihr Dossier an die Bank weiterleite.\n\nBeste Grüsse\nSarah
  Keller\nSenior Consultant Banking & Financial Services\, Robert Walters Zü
 rich
LOCATION:Telefon (ich rufe Sie an)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Robert Walters | Telefonat Sarah Keller / Reto Baumgartner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "director-interview", "040000008200E00074C5B7101A82E00800000000D5A1F3C7E849DC01000000000000000010000000"
        "DBSU11", 1, "Deutsche Bank (Suisse)", "Director – Senior Relationship Manager Swiss Onshore", "",
        "hans-peter.widmer@db.com", "outlook-english-director-interview-utc-free",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hans-Peter Widmer":mailto:hans-peter.widmer@db.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="ZRH PRA 3.OG Meeting Room Uetliberg"
 :mailto:zrh-pra-uetliberg@db.com
DESCRIPTION;LANGUAGE=en-US:Dear Reto\, as agreed with our recruiter\, let's
  meet in person to discuss the Director - Senior Relationship Manager Swiss
  Onshore role. Please report to reception at Prime Tower\, Hardstrasse 201
 .\nBest\, Hans-Peter
UID:040000008200E00074C5B7101A82E00800000000D5A1F3C7E849DC01000000000000000010000000DBSU11
SUMMARY;LANGUAGE=en-US:Reto Baumgartner / HP Widmer
DTSTART;TZID=W. Europe Standard Time:20251112T080000
DTEND;TZID=W. Europe Standard Time:20251112T090000
DTSTAMP:20251104T171944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:ZRH PRA 3.OG Meeting Room Uetliberg
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "smartrecruiters", "sr-hsbc-744190021-int-3@smartrecruiters.com", 1, "HSBC Private Bank",
        "Senior Relationship Manager, Swiss Onshore", "hiring_manager", "martin.schaller@hsbcpb.com",
        "smartrecruiters-video-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-hsbc-744190021-int-3@smartrecruiters.com
DTSTAMP:20251016T120000Z
DTSTART:20251022T110000Z
DTEND:20251022T120000Z
SUMMARY:Interview: Senior Relationship Manager\, Swiss Onshore – HSBC Private Bank (Suisse) SA
DESCRIPTION:Dear Reto\,\n\nYour interview has been scheduled.\n\nInterview
 er: Martin Schaller\, Head of Swiss Onshore\nFormat: Video (Microsoft Teams\,
  link below)\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OTc1\n
 \nGood luck!\nHSBC Talent Acquisition via SmartRecruiters
ORGANIZER;CN=HSBC Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Martin Schaller:mailto:martin.schaller@hsbcpb.com
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "entretien-embauche", "BCV-RH-4f7a-2025-1203@bcv.ch", 1, "BCV",
        "Conseiller clientèle Private Banking senior (clientèle alémanique)", "",
        "nathalie.rochat@bcv.ch;yves.cornaz@bcv.ch", "french-entretien-embauche-lausanne-floating",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:BCV-RH-4f7a-2025-1203@bcv.ch
DTSTAMP:20251125T150000Z
DTSTART:20251203T093000
DTEND:20251203T110000
SUMMARY:Entretien – Conseiller clientèle PB senior / M. Baumgartner
DESCRIPTION:Monsieur\,\n\nNous vous confirmons l'entretien du 3 décembre à
  9h30 à Lausanne\, place St-François 14\, avec Mme Nathalie Rochat (RH) et
  M. Yves Cornaz (responsable Private Banking Lausanne).\n\nMeilleures salu
 tations\nBCV - Ressources humaines
ORGANIZER;CN="Rochat Nathalie":mailto:nathalie.rochat@bcv.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Reto Baumgartner:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Cornaz Yves":mailto:yves.cornaz@bcv.ch
LOCATION:Place St-François 14\, Lausanne
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "ashby-interview", "ashby-interview-syz-0c7f1e94@ashbyhq.com", 1, "Banque Syz",
        "Senior Private Banker – Zurich", "hiring_manager", "yves.mauron@syzgroup.com",
        "ashby-private-bank-english",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-syz-0c7f1e94@ashbyhq.com
DTSTAMP:20251029T081000Z
DTSTART:20251105T153000Z
DTEND:20251105T163000Z
SUMMARY:Reto Baumgartner <> Yves Mauron (Senior Private Banker – Zurich)
DESCRIPTION:Interview for Senior Private Banker – Zurich at Banque Syz.\n\n
 Interviewer: Yves Mauron\, Head of Private Banking Zurich\nLocation: Dreik
 önigstrasse 12\, 8002 Zürich\n\nNeed to reschedule? Reply to this email.\n\n
 Powered by Ashby
ORGANIZER;CN=Syz Talent:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Yves Mauron:mailto:yves.mauron@syzgroup.com
LOCATION:Dreikönigstrasse 12\, 8002 Zürich
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "meet-entretien", "1m3o5q7s9u1w3y5a7c9e1g3i5k@google.com", 1, "Mirabaud",
        "Relationship Manager Senior – Clientèle privée Suisse", "hiring_manager", "n.chevalley@mirabaud.com",
        "google-meet-french-rencontre",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251128T090000Z
DTEND:20251128T094500Z
DTSTAMP:20251121T175512Z
ORGANIZER;CN=Nicolas Chevalley:mailto:n.chevalley@mirabaud.com
UID:1m3o5q7s9u1w3y5a7c9e1g3i5k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=reto.baumgartner@bluewin.ch;X-NUM-GUESTS=0:mailto:reto.baumgartner@bluewin.ch
DESCRIPTION:Premier entretien pour le poste de Relationship Manager Senior –
  Clientèle privée Suisse (bureau de Zurich).\n\nParticiper avec Google Meet
 : https://meet.google.com/fqe-ywmn-pzt\nOu appeler le : (CH) +41 43 210 5
 8 71 Code : 448 201 937#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mirabaud – entretien R. Baumgartner / N. Chevalley
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "lunch-founder", "9kq2w4e6r8t0y2u4i6o8p0a2s4@google.com", 1, "Sihlquai Family Office",
        "Partner / Senior Client Advisor", "hiring_manager", "urs.wyss.zh@gmail.com",
        "founder-on-free-mail-lunch-is-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251015T120000
DTEND;TZID=Europe/Zurich:20251015T133000
DTSTAMP:20251008T203004Z
ORGANIZER;CN=Urs Wyss:mailto:urs.wyss.zh@gmail.com
UID:9kq2w4e6r8t0y2u4i6o8p0a2s4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Urs Wyss;X-NUM-GUESTS=0:mailto:urs.wyss.zh@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=reto.baumgartner@bluewin.ch;X-NUM-GUESTS=0:mailto:reto.baumgartner@bluewin.ch
DESCRIPTION:Salü Reto\, merci für dein Interesse. Wie am Telefon gesagt: wi
 r suchen für das Sihlquai Family Office einen Partner / Senior Client Advis
 or\, der Kunden mitbringt. Lass uns beim Lunch deinen Hintergrund\, das Bet
 eiligungsmodell und die Kundenübernahme besprechen – danach entscheiden wi
 r\, ob du meinen Mitgründer triffst. Gruss Urs
LOCATION:Zunfthaus zur Waag\, Münsterhof 8\, Zürich
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lunch Urs / Reto
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "gl-gespraech", "040000008200E00074C5B7101A82E00800000000F00D1E2A3B4CDC01000000000000000010000000"
        "RBPRIV77", 1, "Wolfsberg Vermögensverwaltung", "", "", "Dr. Felix Aebischer;Martin Gloor",
        "hand-typed-desktop-outlook-no-attendees",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + TZ_WEST + r"""BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20251030T201500Z
DESCRIPTION:Gespräch mit GL Wolfsberg VV (Dr. Aebischer\, M. Gloor) wg. Ein
 stieg als Senior Berater / evtl. Partner. Themen: Kundenbuch\, Retrozession
 en\, Fixum vs. Beteiligung\, Konkurrenzverbot Limmattal!\nSeestrasse 3
 9\, Küsnacht
DTSTAMP:20251030T201512Z
DTSTART;TZID=W. Europe Standard Time:20251107T170000
DTEND;TZID=W. Europe Standard Time:20251107T183000
LOCATION:Küsnacht
PRIORITY:5
SEQUENCE:0
SUMMARY:Wolfsberg VV – Gespräch GL
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F00D1E2A3B4CDC01000000000000000010000000RBPRIV77
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
