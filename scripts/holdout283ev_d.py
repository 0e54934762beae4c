# ruff: noqa: E501, W291, W293, RUF100
"""holdout283 events, part d: negatives with the user on the hiring or assessing side."""

from holdout283ev_zones import BERLIN, BERLIN_APPLE, UTC_PAREN, W_EUROPE

EVENTS = [
    dict(
        kind="outlook-user-organizer",
        uid="040000008200E00074C5B7101A82E00800000000C7A1E5B3D92CDC01000000000000000010000000A4F8D2C6B19E4B37A2C5E9D0F3B81C64",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-fsj-vorstellungsgespraech-organizer",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.brinkmann07@web.de:mailto:lea.brinkmann07@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Heitmann, Jörg":mailto:joerg.heitmann@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Lea\,\n\nvielen Dank für deine Bewerbung für ein FSJ im Rettungsdienst ab 01.08.2026! Ich lade dich zu einem Vorstellungsgespräch auf der Rettungswache Linden ein. Dabei sind Jörg Heitmann (Wachleitung) und ich (Notfallsanitäter\, FSJ-Betreuung).\n\nBring gern deinen Führerschein (falls vorhanden) und dein letztes Zeugnis mit.\n\nViele Grüße\nJan-Philipp Wendt\nRettungsdienst Leine gGmbH\n
UID:040000008200E00074C5B7101A82E00800000000C7A1E5B3D92CDC01000000000000000010000000A4F8D2C6B19E4B37A2C5E9D0F3B81C64
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch FSJ 2026/27 – Lea Brinkmann
DTSTART;TZID=W. Europe Standard Time:20251209T140000
DTEND;TZID=W. Europe Standard Time:20251209T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T091102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RW Linden Besprechungsraum OG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1920447781
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
        kind="outlook-reply-accepted",
        uid="040000008200E00074C5B7101A82E00800000000D2B9F6C1E83DDC01000000000000000010000000B1C6E3A8F47D4C29B5E1A0D8C36F92E7",
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
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;PARTSTAT=ACCEPTED;CN=Tjark Oltmanns:mailto:tjark.oltmanns@gmx.de
COMMENT;LANGUAGE=de-DE:Hallo Herr Wendt\, vielen Dank für die Einladung\, ich komme gern! Viele Grüße Tjark
UID:040000008200E00074C5B7101A82E00800000000D2B9F6C1E83DDC01000000000000000010000000B1C6E3A8F47D4C29B5E1A0D8C36F92E7
SUMMARY;LANGUAGE=de-DE:Angenommen: Vorstellungsgespräch FSJ 2026/27 – Tjark Oltmanns
DTSTART;TZID=W. Europe Standard Time:20251209T144500
DTEND;TZID=W. Europe Standard Time:20251209T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251129T183045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RW Linden Besprechungsraum OG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1920448102
X-MICROSOFT-CDO-REPLYTIME:20251129T183045Z
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-host",
        uid="f8a2c6e0-4d1b-4e73-9b5a-2c7e1f0d8a46@calendly.example.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calendly-host-fsj-kennenlernen",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f8a2c6e0-4d1b-4e73-9b5a-2c7e1f0d8a46@calendly.example.com
DTSTAMP:20251114T110512Z
DTSTART:20251120T150000Z
DTEND:20251120T152000Z
SUMMARY:FSJ Kennenlerngespräch Rettungswache Linden zwischen Jan-Philipp We
 ndt und Emma Schaper
ORGANIZER;CN=Jan-Philipp Wendt:mailto:jan-philipp.wendt@rettungsdienst-lein
 e.example.de
ATTENDEE;CN=Emma Schaper;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:m
 ailto:emma.schaper@t-online.de
LOCATION:Telefon – Jan-Philipp ruft Emma unter 0157 4410 2893 an
DESCRIPTION:A new event has been scheduled.\n\nEvent Type: FSJ Kennenlernge
 spräch Rettungswache Linden\n\nInvitee: Emma Schaper\nInvitee Email: emma.s
 chaper@t-online.de\n\nQuestions:\nWarum möchtest du ein FSJ im Rettungsdie
 nst machen?\nIch will nach dem Abi Medizin studieren und vorher praktisch 
 arbeiten.\n\nView event in Calendly: https://calendly.example.com/scheduled
 _events/f8a2c6e0\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-staff",
        uid="2b6e9f1c-7a3d-4c80-b5e4-1d9a0c6f3b72",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-bookings-staff-bfd",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Freiwilligendienste Rettungsdienst Leine:mailto:Freiwilligendienste@rdleine.onmicrosoft.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Mats Pohlmann:mailto:mats.pohlmann@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Jan-Philipp Wendt:mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienstleistung: BFD/FSJ-Bewerbungsgespräch (30 Min.)\nKunde: Mats Pohlmann\nE-Mail: mats.pohlmann@gmail.com\nTelefon: 0160 9923 1177\nMitarbeiter: Jan-Philipp Wendt\n\nNotizen des Kunden: Ich habe schon den Sanitätslehrgang beim Jugendrotkreuz gemacht.\n
UID:2b6e9f1c-7a3d-4c80-b5e4-1d9a0c6f3b72
SUMMARY;LANGUAGE=de-DE:BFD/FSJ-Bewerbungsgespräch zwischen Mats Pohlmann und Jan-Philipp Wendt
DTSTART;TZID=W. Europe Standard Time:20251211T100000
DTEND;TZID=W. Europe Standard Time:20251211T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251202T212208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Rettungswache Linden
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
        kind="outlook-assessor",
        uid="040000008200E00074C5B7101A82E00800000000E8C3A1D9F25EDC01000000000000000010000000C9A2E7B4D18F4A56B3E0C1D9A72F45B8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-assessment-center-beobachter-azubi",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Kruse, Annika":mailto:annika.kruse@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandes, Henrike":mailto:henrike.brandes@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Heitmann, Jörg":mailto:joerg.heitmann@rettungsdienst-leine.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schulungszentrum Großer Saal":mailto:raum.schulung-saal@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Beobachterinnen und Beobachter\,\n\nvielen Dank\, dass ihr beim Auswahltag für die Ausbildung Notfallsanitäter/in 2026 unterstützt. 12 Bewerber:innen\, 3 Stationen (Gruppenübung\, Fallbeispiel Erste Hilfe\, Einzelinterview). Die Beobachtungsbögen und der Interviewleitfaden liegen ab 7:30 im Saal aus. Bitte pro Kandidat:in einen Bogen ausfüllen\, Notenkonferenz 16:00.\n\nJan-Philipp: du bist Beobachter an Station 2 (Fallbeispiel) und im Einzelinterview Gruppe B.\n\nDanke!\nAnnika\n
UID:040000008200E00074C5B7101A82E00800000000E8C3A1D9F25EDC01000000000000000010000000C9A2E7B4D18F4A56B3E0C1D9A72F45B8
SUMMARY;LANGUAGE=de-DE:Assessment Center Auswahltag Azubis NotSan 2026 – Beobachter:innen
DTSTART;TZID=W. Europe Standard Time:20260117T073000
DTEND;TZID=W. Europe Standard Time:20260117T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251203T140011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungszentrum Großer Saal
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
        kind="personio-feedback",
        uid="personio-interview-8120334-rdleine@personio.example.de",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-personio-interview-feedback-due",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:personio-interview-8120334-rdleine@personio.example.de
DTSTAMP:20251021T084401Z
DTSTART:20251027T120000Z
DTEND:20251027T124500Z
SUMMARY:Interview: Ömer Yıldız – Rettungssanitäter/in (m/w/d) Rettungswache 
 Linden
ORGANIZER;CN=Annika Kruse:mailto:annika.kruse@rettungsdienst-leine.example.
 de
ATTENDEE;CN=Jan-Philipp Wendt;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto
 :jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;CN=Ömer Yıldız;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:oemer
 .yildiz94@gmail.com
LOCATION:RW Linden Besprechungsraum OG
DESCRIPTION:Du wurdest als Interviewer:in für diesen Termin eingetragen.\n\n
 Kandidat: Ömer Yıldız\nStelle: Rettungssanitäter/in (m/w/d) Rettungswache 
 Linden\nInterviewer:innen: Jan-Philipp Wendt\, Annika Kruse\n\nLebenslauf 
 und Interview-Leitfaden: https://rdleine.personio.example.de/recruiting/ap
 plications/8120334\n\nBitte gib dein Feedback bis 24 Stunden nach dem Inte
 rview in Personio ab (Bewertung 1–5 je Kompetenz).\n
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-probeschicht-rater",
        uid="040000008200E00074C5B7101A82E00800000000F1D4B2E8A36FDC01000000000000000010000000D6B3F9A1C24E4D78A5F2B8E1C07D93A2",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-probeschicht-candidate-on-own-rtw",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Heitmann, Jörg":mailto:joerg.heitmann@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Moin JP\,\n\nBewerber Kerem Demir (RettSan\, kommt von der Konkurrenz) fährt am Montag seine Probeschicht bei dir und Sina auf RTW 2 mit. Bitte am Ende den Beurteilungsbogen Probeschicht ausfüllen (Fachlichkeit\, Teamfähigkeit\, Umgang mit Patienten) und mir ins Fach legen. Er hat noch keinen Dienstausweis – Schlüssel bleibt bei dir.\n\nDanke\nJörg\n
UID:040000008200E00074C5B7101A82E00800000000F1D4B2E8A36FDC01000000000000000010000000D6B3F9A1C24E4D78A5F2B8E1C07D93A2
SUMMARY;LANGUAGE=de-DE:Probeschicht Bewerber RettSan (K. Demir) auf RTW 2 – Beurteilung JP
DTSTART;TZID=W. Europe Standard Time:20251117T070000
DTEND;TZID=W. Europe Standard Time:20251117T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251111T153209Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RW Linden
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-debrief",
        uid="040000008200E00074C5B7101A82E0080000000002E5C3F9B47ADC01000000000000000010000000E7C4A0B2D35F4E89B6A3C9F2D18E04B3",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-debrief-fsj-auswahl",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Heitmann, Jörg":mailto:joerg.heitmann@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kruse, Annika":mailto:annika.kruse@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Kurze Auswertung der FSJ-Bewerbergespräche (Brinkmann\, Oltmanns\, Schaper\, Pohlmann) – wer bekommt eine Zusage für RW Linden\, wer geht auf die Warteliste? Bitte eure Bewertungsbögen mitbringen.\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_N2E0ZmQ1%40thread.v2/0>\nBesprechungs-ID: 355 920 713 486\nKennung: fW8p2J\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000002E5C3F9B47ADC01000000000000000010000000E7C4A0B2D35F4E89B6A3C9F2D18E04B3
SUMMARY;LANGUAGE=de-DE:Debrief FSJ-Auswahl 2026/27 – Entscheidung Zusagen
DTSTART;TZID=W. Europe Standard Time:20251215T133000
DTEND;TZID=W. Europe Standard Time:20251215T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251210T080555Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
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
        kind="agency-candidate-presentation",
        uid="040000008200E00074C5B7101A82E00800000000A9F2D5C1B38CDC01000000000000000010000000F4E1B7C3A92D4F60B8C5E2A7D01F36C9",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-presents-candidate-same-agency",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Wendt, Jan-Philipp";RSVP=TRUE:mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;CN="Heitmann, Jörg";RSVP=TRUE:mailto:joerg.heitmann@rettungsdienst-leine.example.de
CLASS:PUBLIC
CREATED:20251112T101533Z
DESCRIPTION:Guten Tag Herr Heitmann\, guten Tag Herr Wendt\,\n\nwie vereinba
 rt stelle ich Ihnen unseren Kandidaten für die Stelle Rettungssanitäter (m
 /w/d) an der RW Linden vor: Profil-Nr. 4471\, 26 Jahre\, 3 Jahre Erfahrung
  im KTW/RTW\, verfügbar ab 01.02. Der Kandidat ist beim Gespräch persönlic
 h dabei. Den anonymisierten Lebenslauf finden Sie im Anhang.\n\nBeste Grüß
 e\nSvenja Kück\nMedPersonal Plus GmbH\n
DTEND;TZID=W. Europe Standard Time:20251125T110000
DTSTAMP:20251112T101533Z
DTSTART;TZID=W. Europe Standard Time:20251125T103000
LAST-MODIFIED:20251112T101533Z
LOCATION:RW Linden
ORGANIZER;CN="Kück, Svenja":mailto:s.kueck@medpersonal-plus.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Kandidatenvorstellung Rettungssanitäter (m/w/d) – Profil 4471 (MedPersonal Plus)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A9F2D5C1B38CDC01000000000000000010000000F4E1B7C3A92D4F60B8C5E2A7D01F36C9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-allday-examiner",
        uid="B4D9E2F7-5A1C-4E06-8B3D-9F2A6C0E1D58",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-staatsexamen-fachpruefer-allday",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250904T171122Z
DTSTAMP:20250904T171244Z
LAST-MODIFIED:20250904T171244Z
UID:B4D9E2F7-5A1C-4E06-8B3D-9F2A6C0E1D58
SEQUENCE:0
SUMMARY:Prüfer prakt. Prüfung NotSan (Staatsexamen) – Station Trauma
DTSTART;VALUE=DATE:20250917
DTEND;VALUE=DATE:20250919
DESCRIPTION:2 Tage Fachprüfer an der Schule\, Station 2 Trauma. Prüfungsbo
 gen + Bewertungsmatrix vom Prüfungsvorsitz. 8 Prüflinge pro Tag. Freiste
 llung beantragt.
LOCATION:BIRN Hannover
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-hospitation-observer",
        uid="e2c7a9f1-0b4d-4f35-8e6a-3c1d9b7f2a05",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-hospitation-applicant-observed",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251016T191205Z
LAST-MODIFIED:20251016T191412Z
DTSTAMP:20251016T191412Z
UID:e2c7a9f1-0b4d-4f35-8e6a-3c1d9b7f2a05
SUMMARY:Hospitation Bewerberin Fr. Janssen (NotSan) – fährt bei mir mit
DTSTART:20251024T070000
DTEND:20251024T150000
DESCRIPTION:Bewerberin für unsere NotSan-Stelle\, Hospitation RTW 2. Danac
 h kurzer Eindruck an Jörg (Wachleitung) – Teamfit\, Arbeitsweise\, Fragen
  die sie hatte.
LOCATION:RW Linden
TRANSP:OPAQUE
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-panel-member",
        uid="040000008200E00074C5B7101A82E00800000000B6D1F3A9C52BDC01000000000000000010000000A2F7C4E9B16D4A83B0E5D1C8F27A63E9",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-panel-member-notsan-hiring",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Harms, Ole";SENT-BY="mailto:sandra.pieper@rettungsdienst-leine.example.de":mailto:ole.harms@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kruse, Annika":mailto:annika.kruse@rettungsdienst-leine.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Verwaltung Raum 2.04 (8 Pers.)":mailto:raum.verwaltung-204@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo zusammen\,\n\nfür die Nachbesetzung Notfallsanitäter/in RW Südstadt führen wir drei Vorstellungsgespräche. Jan-Philipp\, du bist als Fachbeisitzer aus dem Wachalltag dabei. Interviewleitfaden (strukturiert\, 8 Fragen) und Bewertungsbogen im Anhang.\n\n09:00 Kandidatin A. Bruns\n10:00 Kandidat T. Lübbers\n11:00 Kandidatin M. Ahrens\n11:45 Auswertung\n\ni.A. Sandra Pieper\n
UID:040000008200E00074C5B7101A82E00800000000B6D1F3A9C52BDC01000000000000000010000000A2F7C4E9B16D4A83B0E5D1C8F27A63E9
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräche Notfallsanitäter/in RW Südstadt (3 Kandidat:innen) – Panel Harms/Kruse/Wendt
DTSTART;TZID=W. Europe Standard Time:20251118T090000
DTEND;TZID=W. Europe Standard Time:20251118T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T101244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Verwaltung Raum 2.04 (8 Pers.)
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
        kind="recurring-override",
        uid="040000008200E00074C5B7101A82E00800000000C3E8A6D2F19ADC01000000000000000010000000B8D5F2C1E46A4B97A3C0E8F5D21B74A6",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-recurring-fsj-slots-recurrence-id-override",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + UTC_PAREN + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251030T104412Z
DESCRIPTION:Feste Slots für Vorstellungsgespräche FSJ/BFD 2026/27. Bewerbe
 r:innen buchen über Frau Pieper. Ich führe die Gespräche\, Jörg kommt da
 zu wenn er kann.\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251104T160000
DTSTAMP:20251030T104412Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251104T150000
LAST-MODIFIED:20251030T104412Z
LOCATION:RW Linden Besprechungsraum OG
PRIORITY:5
RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=TU
SEQUENCE:0
SUMMARY;LANGUAGE=de:Slot FSJ-Bewerbergespräche (ich führe)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C3E8A6D2F19ADC01000000000000000010000000B8D5F2C1E46A4B97A3C0E8F5D21B74A6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251030T104412Z
DESCRIPTION:Verlegt wegen Diensttausch – heute Gespräch mit Finn Rademach
 er und Lina Voigt.\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251120T100000
DTSTAMP:20251117T081201Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251120T090000
LAST-MODIFIED:20251117T081201Z
LOCATION:RW Linden Besprechungsraum OG
PRIORITY:5
RECURRENCE-ID;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251118T150000
SEQUENCE:1
SUMMARY;LANGUAGE=de:Slot FSJ-Bewerbergespräche (ich führe) – verlegt
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C3E8A6D2F19ADC01000000000000000010000000B8D5F2C1E46A4B97A3C0E8F5D21B74A6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-reply-declined",
        uid="040000008200E00074C5B7101A82E00800000000D4A9C7E3B20BDC01000000000000000010000000C3E6A1F8D57B4C28B9D4F0E3A16C85B7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-declined-reply",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251125T140000Z
DTEND:20251125T143000Z
DTSTAMP:20251121T170922Z
ORGANIZER;CN=Wendt\, Jan-Philipp:mailto:jan-philipp.wendt@rettungsdienst-le
 ine.example.de
UID:040000008200E00074C5B7101A82E00800000000D4A9C7E3B20BDC01000000000000000010000000C3E6A1F8D57B4C28B9D4F0E3A16C85B7
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Finn R
 ademacher;X-NUM-GUESTS=0:mailto:finn.rademacher.2007@gmail.com
COMMENT:Hallo\, ich habe leider schon eine Zusage für ein FSJ in der Pflege
 . Trotzdem danke! Finn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Abgelehnt: Vorstellungsgespräch FSJ 2026/27 – Finn Rademacher
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-host",
        uid="zoom-81133904412-20251203@rettungsdienst-leine.example.de",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-zoom-host-bfd-phone",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251128T120318Z
DTSTART:20251203T163000Z
DTEND:20251203T170000Z
SUMMARY:Video-Bewerbungsgespräch BFD (Ü27) – Herr Şahin
UID:zoom-81133904412-20251203@rettungsdienst-leine.example.de
TZID:Europe/Berlin
ORGANIZER;CN=Jan-Philipp Wendt:mailto:jan-philipp.wendt@rettungsdienst-lein
 e.example.de
ATTENDEE;CN=Murat Şahin;RSVP=TRUE:mailto:murat.sahin81@t-online.de
DESCRIPTION:Jan-Philipp Wendt lädt Sie zu einem geplanten Zoom-Meeting ein
 .\n\nThema: Bewerbungsgespräch Bundesfreiwilligendienst Rettungsdienst (Ü2
 7)\n\nZoom-Meeting beitreten\nhttps://rdleine.zoom.example.us/j/811339044
 12?pwd=RkZ3aXJ0c2xQ\n\nMeeting-ID: 811 3390 4412\nKenncode: 270431\n
LOCATION:https://rdleine.zoom.example.us/j/81133904412?pwd=RkZ3aXJ0c2xQ
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-volunteers",
        uid="8hv2q0n5m7t1ck3bp9rl6s4d0j@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-volunteer-kennenlernen-sanitaetsdienst",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Ehrenamt
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251013T190000
DTEND;TZID=Europe/Berlin:20251013T203000
DTSTAMP:20251101T090000Z
UID:8hv2q0n5m7t1ck3bp9rl6s4d0j@google.com
CREATED:20251005T101233Z
DESCRIPTION:2 Interessenten für die Sanitätsdienst-Gruppe (Ehrenamt)\, Kenn
 enlerngespräch mit mir als Gruppenführer: Motivation\, Vorkenntnisse (EH/S
 an-A)\, Verfügbarkeit Wochenende. Danach Entscheidung ob Aufnahme in die 
 Gruppe.
LAST-MODIFIED:20251005T101455Z
LOCATION:Unterkunft Ortsverein Linden
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlerngespräch neue Ehrenamtliche (San-Dienst)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-test-supervision",
        uid="040000008200E00074C5B7101A82E00800000000E7B2D8F4C31CDC01000000000000000010000000D9E4B6A2F38C4D51A7B2E9F0C43D16A8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-eignungstest-aufsicht-bewerber",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandes, Henrike":mailto:henrike.brandes@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schulungszentrum Raum 3 (PC-Raum)":mailto:raum.schulung-3@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Jan-Philipp\,\n\ndanke\, dass du die Aufsicht beim schriftlichen Eignungstest der Bewerber:innen für den RettSan-Lehrgang übernimmst (20 Personen\, 90 Minuten). Danach bitte die Bögen mit der Schablone auswerten und die Punkteliste an mich.\n\nHenrike\n
UID:040000008200E00074C5B7101A82E00800000000E7B2D8F4C31CDC01000000000000000010000000D9E4B6A2F38C4D51A7B2E9F0C43D16A8
SUMMARY;LANGUAGE=de-DE:Aufsicht + Auswertung Eignungstest Bewerber:innen RettSan-Lehrgang
DTSTART;TZID=W. Europe Standard Time:20251029T080000
DTEND;TZID=W. Europe Standard Time:20251029T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T103322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungszentrum Raum 3 (PC-Raum)
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
        kind="ios-handtyped-screening",
        uid="A8C3E1F5-6D2B-4A90-B7E4-2F1D9C5A8B63",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-handtyped-phone-screening-block",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20251110T200145Z
DTSTAMP:20251110T200201Z
LAST-MODIFIED:20251110T200201Z
UID:A8C3E1F5-6D2B-4A90-B7E4-2F1D9C5A8B63
SEQUENCE:0
SUMMARY:FSJ-Bewerber abtelefonieren (Tel.-Screening\, Liste von Sandra)
DTSTART;TZID=Europe/Berlin:20251112T130000
DTEND;TZID=Europe/Berlin:20251112T143000
DESCRIPTION:6 Leute\, je 10 min: Motivation\, Führerschein\, Impfstatus\, 
 Termin fürs Gespräch anbieten
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-interview-kit",
        uid="personio-interview-8120877-rdleine@personio.example.de",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-personio-interview-kit-competencies",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:personio-interview-8120877-rdleine@personio.example.de
DTSTAMP:20251201T074410Z
DTSTART:20251208T100000Z
DTEND:20251208T110000Z
SUMMARY:Zweitgespräch: Merle Ahrens – Notfallsanitäter/in (m/w/d) RW Südst
 adt
ORGANIZER;CN=Annika Kruse:mailto:annika.kruse@rettungsdienst-leine.example.
 de
ATTENDEE;CN=Jan-Philipp Wendt;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:ma
 ilto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;CN=Ole Harms;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:ole.har
 ms@rettungsdienst-leine.example.de
ATTENDEE;CN=Merle Ahrens;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:merl
 e.ahrens@posteo.de
LOCATION:RW Südstadt
DESCRIPTION:Interview-Kit\nKandidatin: Merle Ahrens\nStelle: Notfallsanitä
 ter/in (m/w/d) RW Südstadt\nInterviewer:innen: Ole Harms\, Jan-Philipp Wen
 dt\n\nKompetenzen: Fachkompetenz Notfallmedizin (Fallbeispiel ACS)\, Kommun
 ikation mit Patient:innen\, Teamfähigkeit\, Belastbarkeit\nScorecard bitt
 e direkt nach dem Gespräch in Personio ausfüllen.\n
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-user-organizer-azubi",
        uid="040000008200E00074C5B7101A82E00800000000F8C4E2A6D13DDC01000000000000000010000000E5A3C8F1B92D4E07A6B4D3E1F58C27B9",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-eignungsgespraech-azubi-bewerberin-teams",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sophie.meinders@web.de:mailto:sophie.meinders@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandes, Henrike":mailto:henrike.brandes@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Meinders\,\n\nda Sie am Auswahltag erkrankt waren\, holen wir das Einzelinterview für Ihre Bewerbung um einen Ausbildungsplatz Notfallsanitäter/in 2026 per Teams nach. Gesprächsführung: Frau Brandes und ich.\n\nMit freundlichen Grüßen\nJan-Philipp Wendt\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_ZTRkMWFi%40thread.v2/0>\nBesprechungs-ID: 372 640 118 205\nKennung: Pq5sE3\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F8C4E2A6D13DDC01000000000000000010000000E5A3C8F1B92D4E07A6B4D3E1F58C27B9
SUMMARY;LANGUAGE=de-DE:Nachholtermin Einzelinterview Ausbildung NotSan 2026 – Sophie Meinders
DTSTART;TZID=W. Europe Standard Time:20260123T150000
DTEND;TZID=W. Europe Standard Time:20260123T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T092001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
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
