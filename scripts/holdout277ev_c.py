"""holdout277 events, part C: the user on the hiring or assessing side (never his own interview)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout277ev_zones import GMT, MADRID, ROMANCE, WEU, ZURICH, ZURICH_APPLE

FORMS: dict[str, str] = {}

EVENTS = [
    dict(
        kind="outlook-agency-probetag-candidate",
        uid="040000008200E00074C5B7101A82E0080000000063A9C1F0E7B0DC010000000000000000100000002D7E4A1C9B3F06E8A5D2C7B0E1F4A9C3",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-candidate-probetag",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Ziegler, Monika":mailto:m.ziegler@hausdienst-partner.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Ana Ribeiro":mailto:ana.ribeiro84@gmail.com
DESCRIPTION;LANGUAGE=de-CH:Lieber Herr Aebersold\n\nwie besprochen kommt unsere Kandidatin Frau Ana Ribeiro für einen Probetag als Haushälterin (100%\, intern) in die Villa Seerose. Sie bringt Arbeitskleidung mit. Bitte geben Sie uns nach dem Probetag Ihre Beurteilung (Bewertungsbogen im Anhang: Wäschepflege\, Reinigung Wohnräume\, Umgang mit Kunstgegenständen\, Auftreten).\n\nFreundliche Grüsse\nMonika Ziegler\nHausdienst Partner AG\n
UID:040000008200E00074C5B7101A82E0080000000063A9C1F0E7B0DC010000000000000000100000002D7E4A1C9B3F06E8A5D2C7B0E1F4A9C3
SUMMARY;LANGUAGE=de-CH:Probetag Haushälterin – Kandidatin A. Ribeiro (Villa Seerose)
DTSTART;TZID=W. Europe Standard Time:20260115T080000
DTEND;TZID=W. Europe Standard Time:20260115T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T134511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Küsnacht (Personaleingang)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-probekochen",
        uid="5B0E9D2A-3C71-4F86-A4B9-E2D7C1F06A38",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-chef-probekochen",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
CALSCALE:GREGORIAN
"""
        + ZURICH_APPLE
        + r"""BEGIN:VEVENT
CREATED:20260128T083355Z
DTSTAMP:20260128T083501Z
DTSTART;TZID=Europe/Zurich:20260205T160000
DTEND;TZID=Europe/Zurich:20260205T213000
LAST-MODIFIED:20260128T083501Z
LOCATION:Villa Seerose\, Küche
SEQUENCE:0
SUMMARY:Probekochen Privatkoch-Kandidat M. Lenz
DESCRIPTION:4 Gänge für Fam. B. + 2 Gäste\, Einkauf macht er selbst (Budget 400.-)\nBewertung: Mise en place\, Hygiene\, Allergien Fr. B. (Nüsse!)\, Zusammenarbeit mit Service\nDanach kurz Feedback mit Fr. B.
TRANSP:OPAQUE
UID:5B0E9D2A-3C71-4F86-A4B9-E2D7C1F06A38
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
UID:2A9B8C7D-6E5F-4A3B-9C2D-1E0F9A8B7C6D
X-WR-ALARMUID:2A9B8C7D-6E5F-4A3B-9C2D-1E0F9A8B7C6D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-organizer-probefahrt",
        uid="040000008200E00074C5B7101A82E00800000000A5F3D1B2C8B7DC01000000000000000010000000C1E9B3A7D0F25846E3A1C9B7D5F0E2A4",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-chauffeur-probefahrt-organizer",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rinor Gashi":mailto:rinor.gashi@bluewin.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Garage Villa Seerose":mailto:garage@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Gashi\n\nwie telefonisch besprochen: Probefahrt für die Stelle als Chauffeur. Route Küsnacht – Flughafen Zürich (Privatjet-Terminal) – Zürich Innenstadt – zurück. Fahrzeug: Mercedes S-Klasse. Bitte Führerausweis (Kat. B\, BPT 121) und Strafregisterauszug mitbringen.\n\nFreundliche Grüsse\nThomas Aebersold\nHouse Manager\n
UID:040000008200E00074C5B7101A82E00800000000A5F3D1B2C8B7DC01000000000000000010000000C1E9B3A7D0F25846E3A1C9B7D5F0E2A4
SUMMARY;LANGUAGE=de-CH:Probefahrt Chauffeur – R. Gashi
DTSTART;TZID=W. Europe Standard Time:20260303T140000
DTEND;TZID=W. Europe Standard Time:20260303T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T102312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Garage
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-user-host",
        uid="4e7a0c2b-91d3-4f56-8b1e-a3c9d5f70e24@calendly.example.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calendly-host-candidate-booked",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:4e7a0c2b-91d3-4f56-8b1e-a3c9d5f70e24@calendly.example.com
DTSTAMP:20260210T191204Z
DTSTART:20260213T090000Z
DTEND:20260213T093000Z
SUMMARY:Daniela Costa and Thomas Aebersold
ORGANIZER;CN=Thomas Aebersold:mailto:house.manager@villa-seerose.example.ch
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:house.manager@villa-seerose.example.ch
ATTENDEE;CN=Daniela Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:daniela.costa@hotmail.com
LOCATION:Telefon: +41 76 318 44 09
DESCRIPTION:A new event has been scheduled.\n\nEvent Type: Bewerbungsgespräch
  Haushälterin (30 min)\n\nInvitee: Daniela Costa\nInvitee Email: daniela.cost
 a@hotmail.com\n\nQuestions:\nAktuelle Stelle?\nHaushälterin bei Privatfamili
 e in Zollikon\, gekündigt per 31.3.\nFrühester Eintritt?\n1. April\n\nView eve
 nt in Calendly: https://calendly.example.com/scheduled_events/4e7a0c2b\n\nPow
 ered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-interviewer-kit",
        uid="personio-interview-0c5d8e21-7a4f-4b93-9e6d-12f3a7b8c940",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-personio-scorecard-nanny",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:personio-interview-0c5d8e21-7a4f-4b93-9e6d-12f3a7b8c940
DTSTAMP:20260302T110822Z
DTSTART:20260309T090000Z
DTEND:20260309T100000Z
SUMMARY:Interview: Nanny (m/w/d) – Sophie Renggli
ORGANIZER;CN="Seerose Family Office (via Personio)":mailto:no-reply@mail.personio.example.de
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:house.manager@villa-seerose.example.ch
ATTENDEE;CN=Christine Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c.brunner@seerose-fo.example.ch
ATTENDEE;CN=Sophie Renggli;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie.renggli@gmx.ch
LOCATION:Villa Seerose\, Wintergarten
DESCRIPTION:Sie wurden als Interviewer:in eingeplant.\n\nKandidatin: Sophie R
 enggli\nStelle: Nanny (m/w/d)\nInterviewer:innen: Christine Brunner\, Thomas 
 Aebersold\n\nInterview-Leitfaden und Bewertungsbogen: https://seerose-fo.pers
 onio.example.de/recruiting/applications/771204/evaluation\nBitte füllen Sie d
 en Bewertungsbogen innerhalb von 24 Stunden nach dem Gespräch aus.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-debrief",
        uid="040000008200E00074C5B7101A82E008000000009E1B7D3C40BFDC01000000000000000010000000A4C2E8F1B6D03957E2B4A0C8F6D1E3B5",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-debrief-nanny-candidates",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Brunner, Christine":mailto:c.brunner@seerose-fo.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Maag, Ruedi":mailto:ruedi.maag@seerose-fo.example.ch
DESCRIPTION;LANGUAGE=de-CH:Thomas\, lass uns die drei Nanny-Kandidatinnen (Renggli\, Odermatt\, Kovač) besprechen. Bitte deine Bewertungsbögen mitbringen. C.B.\n
UID:040000008200E00074C5B7101A82E008000000009E1B7D3C40BFDC01000000000000000010000000A4C2E8F1B6D03957E2B4A0C8F6D1E3B5
SUMMARY;LANGUAGE=de-CH:Debrief Nanny-Kandidatinnen
DTSTART;TZID=W. Europe Standard Time:20260313T171500
DTEND;TZID=W. Europe Standard Time:20260313T174500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260310T181145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Büro Fr. B.
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-accepted-reply",
        uid="040000008200E00074C5B7101A82E00800000000D0A3B9E15FC2DC01000000000000000010000000B8F4D2A6C0E13759F4D6B2E0A8C3F1D7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;PARTSTAT=ACCEPTED;CN="Inauen, Pius":mailto:pius.inauen@bluewin.ch
COMMENT;LANGUAGE=de-CH:Besten Dank\, ich komme gerne. Freundliche Grüsse P. Inauen
UID:040000008200E00074C5B7101A82E00800000000D0A3B9E15FC2DC01000000000000000010000000B8F4D2A6C0E13759F4D6B2E0A8C3F1D7
SUMMARY;LANGUAGE=de-CH:Angenommen: Vorstellungsgespräch Gärtner/Hauswart – Villa Seerose
DTSTART;TZID=W. Europe Standard Time:20260318T100000
DTEND;TZID=W. Europe Standard Time:20260318T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260311T064421Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Gärtnerhaus
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNER-CRITICAL-CHANGE:20260310T150211Z
X-MICROSOFT-CDO-ATTENDEE-CRITICAL-CHANGE:20260311T064421Z
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-presents-candidate",
        uid="040000008200E00074C5B7101A82E00800000000F2D8A0C6B1C3DC010000000000000000100000001B5E3D9A7C2F04E6B9D1A5C3E7F0B2D8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-presents-candidate-profile",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Ziegler, Monika":mailto:m.ziegler@hausdienst-partner.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Aebersold\n\ngerne stelle ich Ihnen telefonisch zwei Kandidaten für die Stelle Butler/Hausdiener vor (Profile J. Meier und K. Nowak anbei\, anonymisiert). Beide haben Erfahrung in Grandhotels\, Herr Meier zusätzlich 3 Jahre in einem Privathaushalt in London. Danach können Sie entscheiden\, wen Sie zum Gespräch einladen möchten.\n\nFreundliche Grüsse\nMonika Ziegler\nHausdienst Partner AG\n
UID:040000008200E00074C5B7101A82E00800000000F2D8A0C6B1C3DC010000000000000000100000001B5E3D9A7C2F04E6B9D1A5C3E7F0B2D8
SUMMARY;LANGUAGE=de-CH:Kandidatenvorstellung Butler/Hausdiener (Hausdienst Partner)
DTSTART;TZID=W. Europe Standard Time:20260121T113000
DTEND;TZID=W. Europe Standard Time:20260121T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T082233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-organizer-zweitgespraech",
        uid="040000008200E00074C5B7101A82E00800000000B9C4E2A07DC4DC01000000000000000010000000D2A8F6C4E0B13A57C8E2F0A6D4B9C1E3",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-zweitgespraech-candidate-with-principal",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Odermatt, Nadja":mailto:nadja.odermatt@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brunner, Christine":mailto:c.brunner@seerose-fo.example.ch
DESCRIPTION;LANGUAGE=de-CH:Liebe Frau Odermatt\n\nherzlichen Dank für das gute Erstgespräch. Gerne laden wir Sie zum Zweitgespräch ein\, diesmal mit Frau Brunner und anschliessend einer Stunde mit den Kindern im Garten.\n\nFreundliche Grüsse\nThomas Aebersold\nHouse Manager\, Villa Seerose\n
UID:040000008200E00074C5B7101A82E00800000000B9C4E2A07DC4DC01000000000000000010000000D2A8F6C4E0B13A57C8E2F0A6D4B9C1E3
SUMMARY;LANGUAGE=de-CH:Zweitgespräch Nanny – N. Odermatt
DTSTART;TZID=W. Europe Standard Time:20260320T150000
DTEND;TZID=W. Europe Standard Time:20260320T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260316T092002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-london-agency-candidate",
        uid="040000008200E00074C5B7101A82E00800000000C7E0A4D82AD1DC01000000000000000010000000E9B3C1F7A5D24086B1E7C3A9F2D0B4E6",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-london-agency-candidate-interview",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Rupert Ashby":mailto:rupert.ashby@mayfairhousehold.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Maria Santos":mailto:maria.santos.hk@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Dear Thomas\,\n\nThank you for instructing us on the Head Housekeeper position for your principals' London flat (Chelsea\, 4 months a year). As requested\, here is the video interview with our shortlisted candidate\, Maria Santos (CV and references attached). You lead the interview\; I will stay on mute.\n\nJoin Zoom Meeting: https://us02web.zoom.us/j/81177320546\nPasscode: 114209\n\nBest wishes\nRupert Ashby\nMayfair Household Placements\n
UID:040000008200E00074C5B7101A82E00800000000C7E0A4D82AD1DC01000000000000000010000000E9B3C1F7A5D24086B1E7C3A9F2D0B4E6
SUMMARY;LANGUAGE=en-GB:Candidate interview: Head Housekeeper – Maria Santos – with Thomas Aebersold (House Manager)
DTSTART;TZID=GMT Standard Time:20260407T090000
DTEND;TZID=GMT Standard Time:20260407T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260331T140911Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Zoom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-entretien-candidat",
        uid="040000008200E00074C5B7101A82E00800000000E8D1B5C03EE0DC01000000000000000010000000F0C4A2E8B6D13579A0C6E2B8D4F1A3C7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-french-entretien-candidat-chauffeur",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Julien Dubois":mailto:julien.dubois.vd@bluewin.ch
DESCRIPTION;LANGUAGE=fr-CH:Monsieur Dubois\,\n\nJe vous confirme votre entretien pour le poste de chauffeur-agent de sécurité (saison d'hiver\, Gstaad et Genève). L'entretien aura lieu à la résidence genevoise de la famille\; veuillez vous présenter au portail et demander M. Aebersold.\n\nMerci d'apporter votre permis\, votre extrait de casier judiciaire et vos certificats.\n\nMeilleures salutations\nThomas Aebersold\nHouse Manager\n
UID:040000008200E00074C5B7101A82E00800000000E8D1B5C03EE0DC01000000000000000010000000F0C4A2E8B6D13579A0C6E2B8D4F1A3C7
SUMMARY;LANGUAGE=fr-CH:Entretien candidat chauffeur-sécurité – M. Dubois
DTSTART;TZID=Romance Standard Time:20260415T110000
DTEND;TZID=Romance Standard Time:20260415T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260409T071533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Résidence Genève\, Chemin des Crêts-de-Champel
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-spanish-entrevista-candidata",
        uid="E4C1A7B3-9D02-4E68-B5F1-3A8C0D6E2F97",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-spanish-entrevista-candidata",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
"""
        + MADRID
        + r"""BEGIN:VEVENT
ATTENDEE;CN=Lucía Fernández;CUTYPE=INDIVIDUAL;EMAIL=luciafdez.ama@gmail.com;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:luciafdez.ama@gmail.com
ATTENDEE;CN=Thomas Aebersold;CUTYPE=INDIVIDUAL;EMAIL=t.aebersold@bluewin.ch;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:t.aebersold@bluewin.ch
CREATED:20260415T194410Z
DESCRIPTION:Hola Lucía\, le llamo por videollamada de WhatsApp (+41 79 412 58 36) para la entrevista como ama de llaves (temporada de verano en Küsnacht). Tenga a mano sus referencias\, por favor.\nUn saludo\, Thomas Aebersold
DTEND;TZID=Europe/Madrid:20260422T194500
DTSTAMP:20260415T194455Z
DTSTART;TZID=Europe/Madrid:20260422T190000
LAST-MODIFIED:20260415T194455Z
LOCATION:Videollamada WhatsApp
ORGANIZER;CN=Thomas Aebersold;EMAIL=t.aebersold@bluewin.ch:mailto:t.aebersold@bluewin.ch
SEQUENCE:0
SUMMARY:Entrevista candidata ama de llaves – Lucía Fernández
TRANSP:OPAQUE
UID:E4C1A7B3-9D02-4E68-B5F1-3A8C0D6E2F97
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-probeservice-observation",
        uid="2d7e9a4c-1b6f-4c83-a0e5-f8b3d1c7a926",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-observes-probeservice-at-dinner",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""
        + ZURICH
        + r"""BEGIN:VEVENT
CREATED:20260402T170011Z
LAST-MODIFIED:20260402T170229Z
DTSTAMP:20260402T170229Z
UID:2d7e9a4c-1b6f-4c83-a0e5-f8b3d1c7a926
SUMMARY:Dinner 12 Pers. – Probeservice Kandidat Diener J. Meier (beobachten)
DTSTART;TZID=Europe/Zurich:20260410T180000
DTEND;TZID=Europe/Zurich:20260410T233000
DESCRIPTION:J. Meier (via Hausdienst Partner) serviert Fisch- und Hauptgang m
 it\, Weinservice bei mir. Beobachten: Timing\, Diskretion\, Haltung\, Zusammen
 spiel Küche. Bewertung an M. Ziegler bis Mo.
LOCATION:Villa Seerose\, Speisesaal
CLASS:PRIVATE
TRANSP:OPAQUE
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-reference-calls",
        uid="6h0t3c8q5m1v9k2d7b4fjrsn7u@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-checks-candidate-references",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Villa Seerose – Personal
X-WR-TIMEZONE:Europe/Zurich
"""
        + ZURICH
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260316T140000
DTEND;TZID=Europe/Zurich:20260316T143000
DTSTAMP:20260317T050000Z
UID:6h0t3c8q5m1v9k2d7b4fjrsn7u@google.com
CREATED:20260312T101500Z
DESCRIPTION:Referenzen Nanny-Kandidatin N. Odermatt: 1) Fam. Widmer\, Zollik
 on 079 000 41 18\, 2) Kita Sonnenberg Leiterin. Fragen: Zuverlässigkeit\, Um
 gang mit Kleinkindern\, Diskretion\, Grund für Wechsel.
LAST-MODIFIED:20260312T101500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referenzen einholen – Nanny-Kandidatin Odermatt
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-interviewer-invite",
        uid="greenhouse-interview-7714205-interviewer-aebersold@greenhouse.example.io",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-greenhouse-interview-kit-gardener",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-7714205-interviewer-aebersold@greenhouse.example.io
DTSTAMP:20260422T091010Z
DTSTART:20260428T070000Z
DTEND:20260428T080000Z
SUMMARY:Onsite Interview – Estate Gardener – Candidate: Luca Frigerio
ORGANIZER;CN=Seerose Family Office Recruiting:mailto:recruiting@seerose-fo.example.ch
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:house.manager@villa-seerose.example.ch
ATTENDEE;CN=Ruedi Maag;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ruedi.maag@seerose-fo.example.ch
LOCATION:Villa Seerose\, Gärtnerhaus
DESCRIPTION:You're scheduled to interview Luca Frigerio for Estate Gardener.
 \n\nYour focus area: practical horticulture\, teamwork with house staff\, dis
 cretion.\n\nInterview kit: https://app.greenhouse.example.io/guides/7714205/p
 eople/44911?application_id=90317\nSubmit your scorecard: https://app.greenhou
 se.example.io/scorecards/90317/new\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-recurring-candidate-slots",
        uid="040000008200E00074C5B7101A82E0080000000024B8F1D96AC9DC0100000000000000001000000093D7A1C5E0F2B864D3A7C1E9F5B0D2A6",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-recurring-slots-recurrence-id-override",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Fixe Slots für Gespräche mit Bewerberinnen/Bewerbern Sommeraushilfen (Service\, Reinigung\, Garten) Juli/August. Kandidaten trägt Hausdienst Partner direkt ein.\n
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE
UID:040000008200E00074C5B7101A82E0080000000024B8F1D96AC9DC0100000000000000001000000093D7A1C5E0F2B864D3A7C1E9F5B0D2A6
SUMMARY;LANGUAGE=de-CH:Bewerbergespräche Sommeraushilfen
DTSTART;TZID=W. Europe Standard Time:20260506T140000
DTEND;TZID=W. Europe Standard Time:20260506T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260428T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Office Personal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
DESCRIPTION;LANGUAGE=de-CH:Verschoben wegen Lieferung Weinkeller. 3 Kandidaten: L. Brunold (Service)\, T. Marti (Reinigung)\, S. Gerber (Garten).\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260520T140000
UID:040000008200E00074C5B7101A82E0080000000024B8F1D96AC9DC0100000000000000001000000093D7A1C5E0F2B864D3A7C1E9F5B0D2A6
SUMMARY;LANGUAGE=de-CH:Bewerbergespräche Sommeraushilfen
DTSTART;TZID=W. Europe Standard Time:20260520T163000
DTEND;TZID=W. Europe Standard Time:20260520T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260428T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Office Personal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-assessment-observer",
        uid="040000008200E00074C5B7101A82E00800000000A1E6C3F87BC6DC01000000000000000010000000C5A9E3B1D7F02468A1E5C9B3D0F7A4E2",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-assessment-day-assessor",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Bonvin, Aurélie":mailto:a.bonvin@staffingsuisseprive.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Formation Lausanne – Salle pratique":mailto:salle.pratique@staffingsuisseprive.example.ch
DESCRIPTION;LANGUAGE=fr-CH:Cher Monsieur Aebersold\,\n\nMerci d'avoir accepté d'être assesseur lors de notre journée d'évaluation pour les candidates gouvernantes (3 candidates pour votre poste de gouvernante à Gstaad). Exercices : préparation d'une chambre de maître\, soin du linge de maison\, mise en situation avec un invité exigeant. Grille d'évaluation jointe.\n\nBien cordialement\,\nAurélie Bonvin\n
UID:040000008200E00074C5B7101A82E00800000000A1E6C3F87BC6DC01000000000000000010000000C5A9E3B1D7F02468A1E5C9B3D0F7A4E2
SUMMARY;LANGUAGE=fr-CH:Journée d'évaluation gouvernantes – assesseur T. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260526T090000
DTEND;TZID=W. Europe Standard Time:20260526T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260515T124407Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Staffing Suisse Privé\, Avenue de Rumine 20\, Lausanne
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-allday-seasonal-probetag",
        uid="7A2F5C8E-0D4B-4193-A6E7-B1C9D3F58E20",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-allday-probetag-seasonal-staff",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260601T064812Z
DTEND;VALUE=DATE:20260613
DTSTAMP:20260601T064850Z
DTSTART;VALUE=DATE:20260612
LAST-MODIFIED:20260601T064850Z
LOCATION:Chalet Arosa
SEQUENCE:0
SUMMARY:Probetag Saisonmitarbeiterin L. Brunold – Chalet Arosa
DESCRIPTION:Ich begleite sie den ganzen Tag: Zimmer\, Wäsche\, Frühstücksservice. Abends kurz Feedback + Entscheid\, Vertrag Sommer vorbereiten falls ok
TRANSP:TRANSPARENT
UID:7A2F5C8E-0D4B-4193-A6E7-B1C9D3F58E20
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-bewerber-hauswart",
        uid="b5e1c9a7-3f2d-4e80-96ab-d0c4e7f2a1b8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-hand-typed-bewerber-gespraech",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260310T151202Z
LAST-MODIFIED:20260310T151202Z
DTSTAMP:20260310T151202Z
UID:b5e1c9a7-3f2d-4e80-96ab-d0c4e7f2a1b8
SUMMARY:Gespr. Bewerber Hauswart/Gärtner M. Sutter
DTSTART:20260319T083000
DTEND:20260319T093000
DESCRIPTION:Fragen vorbereiten: Heizung/Pool\, Winterdienst\, Pikett WE\, Lohnvorstellung. Rundgang Gärtnerhaus + Technikraum. Zeugnisse kopieren.
LOCATION:Gärtnerhaus
TRANSP:OPAQUE
X-MOZ-GENERATION:1
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ms-bookings-user-staff",
        uid="040000008200E00074C5B7101A82E00800000000E7F2C9B40AE5DC01000000000000000010000000A9D3F7B1C5E02846D9F3B7A1C0E5D2F8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-bookings-page-candidate-booked",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Villa Seerose – Bewerbungsgespräche:mailto:Bewerbungsgespraeche@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Thomas Aebersold:mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tamara Marti:mailto:tamara.marti@gmx.ch
DESCRIPTION;LANGUAGE=de-CH:Neue Buchung\n\nDienst: Kennenlerngespräch Aushilfe Reinigung (Sommer)\nMitarbeiter: Thomas Aebersold\nKunde: Tamara Marti\, tamara.marti@gmx.ch\, +41 78 000 52 61\nNotizen des Kunden: Ich studiere an der PH und bin von Juli bis Mitte August verfügbar.\n\nMicrosoft Bookings\n
UID:040000008200E00074C5B7101A82E00800000000E7F2C9B40AE5DC01000000000000000010000000A9D3F7B1C5E02846D9F3B7A1C0E5D2F8
SUMMARY;LANGUAGE=de-CH:Kennenlerngespräch Aushilfe Reinigung (Sommer) für Tamara Marti
DTSTART;TZID=W. Europe Standard Time:20260513T143000
DTEND;TZID=W. Europe Standard Time:20260513T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260508T200144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Office Personal
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
