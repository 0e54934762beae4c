"""holdout277 events, part A: the user's own interviews at employers with several rounds."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout277ev_zones import GMT, ROMANCE, UTC1, WEU, ZURICH

FORMS = {
    "Aurelian Family Office AG": "Aurelian Family Office|Aurelian|Aurelian FO",
    "The Wispile Palace": "Wispile Palace|Wispile Palace Gstaad|Wispile",
    "Bank Escher Hofmann & Cie AG": "Bank Escher Hofmann|Escher Hofmann|Escher Hofmann & Cie|Villa Escher",
    "Harcourt-Vale Family Office": "Harcourt-Vale|Harcourt-Vale family|Harcourt-Vale household",
    "Lindqvist Family Office AG": "Lindqvist Family Office|Lindqvist|Lindqvist FO",
    "Seerose Family Office": "Villa Seerose|Seerose|Seerose FO",
    "Domaine de Montbrion": "Montbrion|Fondation Famille Rochat|Famille Rochat",
    "Achával Montes Family Office": "Achával Montes|Achaval Montes|Familia Achával Montes|Achával",
    "Gut Wellenhof": "Gut Wellenhof GmbH & Co. KG|Wellenhof|Gutsverwaltung Wellenhof",
    "Banque Lombardier Rive SA": "Banque Lombardier Rive|Lombardier Rive|Lombardier",
    "Grand Resort Seelisberg": "Seelisberg|Grand Resort Seelisberg AG",
    "Alderwood Family Office": "Alderwood|Alderwood FO|Alderwood family",
}

EVENTS = [
    dict(
        kind="personio-invite",
        uid="personio-interview-6a1f2c7e-93b4-4d0e-b1c2-77f0a4d5e821",
        is_interview=1,
        company="Aurelian Family Office AG",
        role="Estate Manager (m/w/d)",
        stage="recruiter_screen",
        interviewers="sabrina.kaelin@aurelian-fo.example.ch",
        trap="personio-utc-phone-screen-estate-manager",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:personio-interview-6a1f2c7e-93b4-4d0e-b1c2-77f0a4d5e821
DTSTAMP:20260204T091233Z
DTSTART:20260210T130000Z
DTEND:20260210T133000Z
SUMMARY:Telefoninterview: Estate Manager (m/w/d) – Aurelian Family Office AG
ORGANIZER;CN="Aurelian Family Office AG (via Personio)":mailto:no-reply@mail.personio.example.de
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Sabrina Kälin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sabrina.kaelin@aurelian-fo.example.ch
LOCATION:Telefon – wir rufen Sie unter +41 79 412 58 36 an
DESCRIPTION:Guten Tag Herr Aebersold\n\nvielen Dank für Ihre Bewerbung als Est
 ate Manager (m/w/d) für unser Anwesen in Walchwil. Gerne möchten wir Sie in e
 inem ersten telefonischen Gespräch (ca. 30 Minuten) besser kennenlernen.\n\nG
 esprächspartnerin: Sabrina Kälin\, HR Business Partner\n\nFalls der Termin ni
 cht passt\, können Sie ihn über folgenden Link verschieben:\nhttps://aurelian
 -fo.jobs.personio.example.de/interview/reschedule/6a1f2c7e\n\nFreundliche Grü
 sse\nAurelian Family Office AG\nBaarerstrasse 112\, 6300 Zug
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Telefoninterview Aurelian
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teams-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000D0E6A0C1B39ADC010000000000000000100000003F1C2D47E6B8E4C9A0D2F1B3C5E7A914",
        is_interview=1,
        company="Aurelian Family Office AG",
        role="Estate Manager",
        stage="hiring_manager",
        interviewers="katrin.wyss@aurelian-fo.example.ch",
        trap="outlook-rescheduled-sequence-2-coo-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Wyss, Katrin":mailto:katrin.wyss@aurelian-fo.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Aebersold\n\nleider muss ich unser Gespräch vom Donnerstag\, 19. Februar\, verschieben – neu am Dienstag\, 24. Februar\, 10:00 Uhr. Ich bitte um Verständnis.\n\nIch möchte mit Ihnen über Ihre Erfahrung in der Führung von Hauspersonal\, die Betreuung mehrerer Liegenschaften (Walchwil\, Engadin\, Côte d'Azur) und den Umgang mit Diskretion sprechen. Bitte behandeln Sie die Angaben zur Familie vertraulich.\n\nFreundliche Grüsse\nKatrin Wyss\nChief Operating Officer\nAurelian Family Office AG\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nÜber Computer\, mobile App oder Raumgerät teilnehmen\nKlicken Sie hier\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjK0NmE2ZTgtZDQ2ZC00MzQ1LWI5@thread.v2/0?context=%7b%22Tid%22%3a%22a1f3%22%7d>\nBesprechungs-ID: 341 877 902 15\nPasscode: hV7qP2\n________________________________\nEinwahl per Telefon (nur Audio)\n+41 44 000 71 23\,\,482913277#   Schweiz\, Zürich\nKonferenz-ID: 482 913 277#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D0E6A0C1B39ADC010000000000000000100000003F1C2D47E6B8E4C9A0D2F1B3C5E7A914
SUMMARY;LANGUAGE=de-CH:Gespräch Estate Manager – Aebersold / Wyss (neuer Termin)
DTSTART;TZID=W. Europe Standard Time:20260224T100000
DTEND;TZID=W. Europe Standard Time:20260224T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T154012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1790413866
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams-Besprechung","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-allday-trial-day",
        uid="6F1A3E2B-7C44-4B8D-9E21-3D5A0C8B14F7",
        is_interview=1,
        company="Aurelian Family Office AG",
        role="",
        stage="onsite",
        interviewers="K. Wyss",
        trap="hand-typed-allday-probetag-principal-initial",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260226T193011Z
DTEND;VALUE=DATE:20260313
DTSTAMP:20260226T193044Z
DTSTART;VALUE=DATE:20260312
LAST-MODIFIED:20260226T193044Z
LOCATION:Anwesen Walchwil\nArtherstrasse 40\, 6318 Walchwil\, Schweiz
SEQUENCE:0
SUMMARY:Probetag Aurelian – Walchwil
DESCRIPTION:07:30 da sein\, dunkler Anzug + Schürze mitnehmen\nRundgang mit K. Wyss\, dann Hr. Stocker (Hauswart) Technik/Übergabe\, Mittag mit Personal\, 16h kurz mit Principal ("Hr. A.")\nFerientag bei Fr. B. eingegeben!!
TRANSP:TRANSPARENT
UID:6F1A3E2B-7C44-4B8D-9E21-3D5A0C8B14F7
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15H
UID:0B7E6A51-2D3C-4F19-8A77-C1E5D9B0A432
X-WR-ALARMUID:0B7E6A51-2D3C-4F19-8A77-C1E5D9B0A432
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hosco-video-screen",
        uid="hosco-itv-wp-7731-hb@interviews.hosco.example.com",
        is_interview=1,
        company="The Wispile Palace",
        role="Head Butler",
        stage="recruiter_screen",
        interviewers="chloe.perrenoud@wispilepalace.example.ch",
        trap="hospitality-ats-video-screen-english",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Hosco//Interview Scheduler 2.3//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hosco-itv-wp-7731-hb@interviews.hosco.example.com
DTSTAMP:20260114T161502Z
DTSTART:20260120T083000Z
DTEND:20260120T090000Z
SUMMARY:Video interview – Head Butler – The Wispile Palace\, Gstaad
ORGANIZER;CN=The Wispile Palace Talent Team:mailto:interviews@notifications.hosco.example.com
ATTENDEE;CN=Chloé Perrenoud;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:chloe.perrenoud@wispilepalace.example.ch
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
LOCATION:https://meet.hosco.example.com/r/wp-7731-hb
DESCRIPTION:Dear Thomas\,\n\nThank you for applying for the position of Head
  Butler at The Wispile Palace. Your video interview with Chloé Perrenoud (Tal
 ent Acquisition Manager) is confirmed.\n\nJoin: https://meet.hosco.example.co
 m/r/wp-7731-hb\nDuration: 30 minutes\n\nPlease have the names of two referee
 s from private service at hand. Questions? talent@wispilepalace.example.ch\n\
 n—\nSent via Hosco · hospitality careers
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-utc-zone-panel",
        uid="040000008200E00074C5B7101A82E00800000000A04D8E16E38BDC0100000000000000001000000074E2AB91C3D04F7B8E55D1A09F6C2E3B",
        is_interview=1,
        company="The Wispile Palace",
        role="Head Butler",
        stage="hiring_manager",
        interviewers="markus.zbinden@wispilepalace.example.ch;giulia.ferrante@wispilepalace.example.ch",
        trap="outlook-utc-display-zone-room-attendee-coordinator-organizer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + UTC1
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Perrenoud, Chloé":mailto:chloe.perrenoud@wispilepalace.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.aebersold@bluewin.ch:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Zbinden, Markus":mailto:markus.zbinden@wispilepalace.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferrante, Giulia":mailto:giulia.ferrante@wispilepalace.example.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="WP Salon Wasserngrat (8)":mailto:salon.wasserngrat@wispilepalace.example.ch
DESCRIPTION;LANGUAGE=en-GB:Dear Mr Aebersold\,\n\nFurther to your call with me\, I am pleased to invite you to meet Markus Zbinden (Director of Rooms) and Giulia Ferrante (Chef Concierge) at the hotel. Please report to the staff entrance (Promenade 9) and ask for me\; we will bring you to the Salon Wasserngrat.\n\nThe conversation will last about 75 minutes and includes a short walk through the suite floor.\n\nKind regards\nChloé Perrenoud\nTalent Acquisition Manager\nThe Wispile Palace\, CH-3780 Gstaad\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Mr Aebersold\,</p><p>Further to your call with me\, I am pleased to invite you to meet <b>Markus Zbinden</b> (Director of Rooms) and <b>Giulia Ferrante</b> (Chef Concierge) at the hotel. Please report to the staff entrance (Promenade 9) and ask for me\; we will bring you to the Salon Wasserngrat.</p><p>The conversation will last about 75 minutes and includes a short walk through the suite floor.</p><p>Kind regards<br>Chloé Perrenoud<br>Talent Acquisition Manager</p></body></html>
UID:040000008200E00074C5B7101A82E00800000000A04D8E16E38BDC0100000000000000001000000074E2AB91C3D04F7B8E55D1A09F6C2E3B
SUMMARY;LANGUAGE=en-GB:Interview Head Butler – T. Aebersold
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260203T150000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260203T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260122T103355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:WP Salon Wasserngrat (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120558194
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT1H
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sent-by-final",
        uid="040000008200E00074C5B7101A82E008000000005C7B2E19A6A1DC01000000000000000010000000E81F3A6C52D9B0478A1C6E2F04B7D935",
        is_interview=1,
        company="The Wispile Palace",
        role="Head Butler",
        stage="final",
        interviewers="alain.rossier@wispilepalace.example.ch",
        trap="sent-by-executive-assistant-final-gm",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Rossier, Alain";SENT-BY="mailto:ea.generalmanager@wispilepalace.example.ch":mailto:alain.rossier@wispilepalace.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Perrenoud, Chloé":mailto:chloe.perrenoud@wispilepalace.example.ch
DESCRIPTION;LANGUAGE=fr-CH:Monsieur\,\n\nSur mandat de M. Alain Rossier\, Directeur général\, je vous prie de trouver ci-joint l'invitation pour l'entretien final concernant le poste de Head Butler. M. Rossier vous recevra dans son bureau\, suivi d'un déjeuner au restaurant du personnel.\n\nAvec mes meilleures salutations\nNathalie Grandjean\nExecutive Assistant to the General Manager\n
UID:040000008200E00074C5B7101A82E008000000005C7B2E19A6A1DC01000000000000000010000000E81F3A6C52D9B0478A1C6E2F04B7D935
SUMMARY;LANGUAGE=fr-CH:Entretien final Head Butler – M. Rossier / M. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260219T110000
DTEND;TZID=W. Europe Standard Time:20260219T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T081722Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:The Wispile Palace\, Bureau de la Direction (1er étage)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-invite",
        uid="SF-ITV-escherhofmann-10472-88316@successfactors.example.eu",
        is_interview=1,
        company="Bank Escher Hofmann & Cie AG",
        role="Guest Relations Manager Residenz (w/m/d)",
        stage="recruiter_screen",
        interviewers="nadine.buehlmann@escherhofmann.example.ch",
        trap="sap-successfactors-bank-residence-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
"""
        + ZURICH
        + r"""BEGIN:VEVENT
UID:SF-ITV-escherhofmann-10472-88316@successfactors.example.eu
DTSTAMP:20260225T140011Z
DTSTART;TZID=Europe/Zurich:20260303T090000
DTEND;TZID=Europe/Zurich:20260303T094500
SUMMARY:Interview: Guest Relations Manager Residenz (w/m/d) - Req. ID 10472
ORGANIZER;CN=Bank Escher Hofmann & Cie AG Recruiting:mailto:recruiting-noreply@successfactors.example.eu
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Nadine Bühlmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nadine.buehlmann@escherhofmann.example.ch
LOCATION:Microsoft Teams (Link folgt in separater E-Mail)
DESCRIPTION:Interview scheduled for requisition 10472 – Guest Relations Mana
 ger Residenz (w/m/d)\, Villa Escher\, Rüschlikon.\nCandidate: Thomas Aebersol
 d\nInterviewer(s): Nadine Bühlmann (HR Business Partner)\nInterview type: Fir
 st interview (video)\n\nTo accept or decline\, please use the candidate porta
 l: https://career5.successfactors.example.eu/career?company=escherhofmP&candi
 date_interview=88316\n\nThis is an automated message. Please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assessment-center",
        uid="040000008200E00074C5B7101A82E00800000000C21E0F7DB8A5DC010000000000000000100000009D4B6A18E0F3C2578B1A4E6D09C3F2A7",
        is_interview=1,
        company="Bank Escher Hofmann & Cie AG",
        role="Guest Relations Manager Residenz",
        stage="onsite",
        interviewers="severin.egli@escherhofmann.example.ch;nadine.buehlmann@escherhofmann.example.ch;mirjam.frei@frei-diagnostik.example.ch",
        trap="assessment-center-with-external-psychologist-and-room",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Bühlmann, Nadine":mailto:nadine.buehlmann@escherhofmann.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Egli, Severin":mailto:severin.egli@escherhofmann.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr. Mirjam Frei":mailto:mirjam.frei@frei-diagnostik.example.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="TAL 3.14 Assessment (12)":mailto:tal314.assessment@escherhofmann.example.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Aebersold\n\nwir freuen uns\, Sie zum Assessment Center für die Position Guest Relations Manager Residenz einzuladen.\n\nAblauf\n08:30 Empfang\, Talacker 41\, 3. OG\n09:00 Fallstudie «Staatsbesuch in der Villa Escher» (Vorbereitung 45 Min.\, Präsentation 15 Min.)\n10:30 Rollenspiel Gastbeschwerde\n12:00 Mittagessen mit Severin Egli (Head Corporate Hospitality)\n13:30 Interview mit Dr. Mirjam Frei (Frei Diagnostik\, Eignungsdiagnostik)\n15:00 Gespräch mit S. Egli und N. Bühlmann\n16:30 Ende\n\nBitte bringen Sie einen amtlichen Ausweis mit. Die Ergebnisse werden vertraulich behandelt.\n\nFreundliche Grüsse\nNadine Bühlmann\nHR Business Partner\n
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta name="Generator" content="Microsoft Exchange Server"></head><body><div>Sehr geehrter Herr Aebersold</div><div>wir freuen uns\, Sie zum <b>Assessment Center</b> für die Position Guest Relations Manager Residenz einzuladen.</div><table><tr><td>08:30</td><td>Empfang\, Talacker 41\, 3. OG</td></tr><tr><td>09:00</td><td>Fallstudie «Staatsbesuch in der Villa Escher»</td></tr><tr><td>10:30</td><td>Rollenspiel Gastbeschwerde</td></tr><tr><td>12:00</td><td>Mittagessen mit Severin Egli</td></tr><tr><td>13:30</td><td>Interview mit Dr. Mirjam Frei</td></tr><tr><td>15:00</td><td>Gespräch mit S. Egli und N. Bühlmann</td></tr></table></body></html>
UID:040000008200E00074C5B7101A82E00800000000C21E0F7DB8A5DC010000000000000000100000009D4B6A18E0F3C2578B1A4E6D09C3F2A7
SUMMARY;LANGUAGE=de-CH:Assessment Center – Guest Relations Manager Residenz
DTSTART;TZID=W. Europe Standard Time:20260317T083000
DTEND;TZID=W. Europe Standard Time:20260317T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260306T120434Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:TAL 3.14 Assessment (12)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT1H
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-no-vtimezone-final",
        uid="040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC0100000000000000001000000062B7C0E4A91D5F38B26C7A0E1D4F9B85",
        is_interview=1,
        company="Bank Escher Hofmann & Cie AG",
        role="",
        stage="final",
        interviewers="felix.hofmann@escherhofmann.example.ch",
        trap="windows-zone-without-vtimezone-partner-final",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hofmann, Felix (Dr.)";SENT-BY="mailto:sekretariat.partner@escherhofmann.example.ch":mailto:felix.hofmann@escherhofmann.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Egli, Severin":mailto:severin.egli@escherhofmann.example.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Aebersold\n\nDr. Felix Hofmann\, unbeschränkt haftender Gesellschafter\, möchte Sie gerne persönlich in der Villa Escher kennenlernen. Herr Egli wird Sie am Eingang empfangen.\n\nAdresse: Villa Escher\, Seestrasse 190\, 8803 Rüschlikon (Parkplätze beim Gärtnerhaus)\n\nMit freundlichen Grüssen\nSekretariat der Partner\n
UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC0100000000000000001000000062B7C0E4A91D5F38B26C7A0E1D4F9B85
SUMMARY;LANGUAGE=de-CH:Schlussgespräch Dr. F. Hofmann – T. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260408T160000
DTEND;TZID=W. Europe Standard Time:20260408T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260327T093011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Escher\, Rüschlikon
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
        kind="outlook-agency-zoom",
        uid="040000008200E00074C5B7101A82E00800000000B7E3D2F16C97DC0100000000000000001000000011AA5C3E78F04D2B9E6D0C4A2F7E81B6",
        is_interview=1,
        company="Harcourt-Vale Family Office",
        role="House Manager (London & Gstaad)",
        stage="hiring_manager",
        interviewers="olivia.pemberton@harcourt-vale.example.co.uk",
        trap="agency-organizer-names-principal-after-nda",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Henrietta Cole":mailto:henrietta.cole@cavendishrowe.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Olivia Pemberton":mailto:olivia.pemberton@harcourt-vale.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Thomas\,\n\nThank you for returning the signed NDA. As promised\, I can now tell you that our client is the Harcourt-Vale family (Holland Park\, London and Chalet Edelweiss\, Gstaad). Olivia Pemberton\, Chief of Staff to Mr and Mrs Harcourt-Vale\, would like to speak with you about the House Manager position.\n\nOlivia will lead the conversation\; I will join for the first five minutes to make introductions only.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/84417265093?pwd=Q3VhcmRzSG91c2Vob2xkMjAyNg\n\nMeeting ID: 844 1726 5093\nPasscode: 662871\n\nOne tap mobile\n+41432107042\,\,84417265093# Switzerland\n\nWith kind regards\nHenrietta Cole\nSenior Consultant – Private Households\nCavendish & Rowe Household Staffing Ltd\n+44 20 7946 0381\n
UID:040000008200E00074C5B7101A82E00800000000B7E3D2F16C97DC0100000000000000001000000011AA5C3E78F04D2B9E6D0C4A2F7E81B6
SUMMARY;LANGUAGE=en-GB:Thomas Aebersold / Olivia Pemberton – House Manager (Harcourt-Vale)
DTSTART;TZID=GMT Standard Time:20260205T100000
DTEND;TZID=GMT Standard Time:20260205T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260130T171509Z
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
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-recurring-trial-days",
        uid="5kq2vd8n1m7j3r0c4h6b9t2pfe@google.com",
        is_interview=1,
        company="Harcourt-Vale Family Office",
        role="House Manager",
        stage="onsite",
        interviewers="olivia.pemberton@harcourt-vale.example.co.uk",
        trap="daily-rrule-trial-days-recurrence-id-override",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + ZURICH
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260302T080000
DTEND;TZID=Europe/Zurich:20260302T180000
RRULE:FREQ=DAILY;COUNT=3
DTSTAMP:20260219T122530Z
ORGANIZER;CN=Henrietta Cole:mailto:henrietta.cole@cavendishrowe.example.co.uk
UID:5kq2vd8n1m7j3r0c4h6b9t2pfe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Olivia
  Pemberton;X-NUM-GUESTS=0:mailto:olivia.pemberton@harcourt-vale.example.co.u
 k
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=t.aebersold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Henriet
 ta Cole;X-NUM-GUESTS=0:mailto:henrietta.cole@cavendishrowe.example.co.uk
X-MICROSOFT-CDO-OWNERAPPTID:-1325770034
CREATED:20260219T122318Z
DESCRIPTION:Trial days as House Manager at Chalet Edelweiss\, Gstaad (Harcou
 rt-Vale family). Olivia will meet you at the chalet each morning and observe
  the household in action: staff briefing\, guest arrival for a family week\,
  dinner service for 10 on Tuesday. Please bring your own dark suit and a pai
 r of house shoes. Accommodation in the staff flat is arranged.\n\nHenrietta\
 n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~::~:~::-\nDo not edit this section of the description.\n\nView your eve
 nt at https://calendar.google.com/calendar/event?action=VIEW&eid=NWtxMnZkOG4
 xbTdqM3IwYzRoNmI5dDJwZmUgdC5hZWJlcnNvbGRAYmx1ZXdpbi5jaA&tok=MjgjaGVucmlldHRh
 &ctz=Europe%2FZurich&hl=en_GB&es=1.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260219T122530Z
LOCATION:Chalet Edelweiss\, Chalet-Strasse 18\, 3780 Gstaad\, Switzerland
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial days – House Manager – Chalet Edelweiss (Harcourt-Vale)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260304T080000
DTEND;TZID=Europe/Zurich:20260304T130000
DTSTAMP:20260219T122530Z
ORGANIZER;CN=Henrietta Cole:mailto:henrietta.cole@cavendishrowe.example.co.uk
UID:5kq2vd8n1m7j3r0c4h6b9t2pfe@google.com
RECURRENCE-ID;TZID=Europe/Zurich:20260304T080000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Olivia
  Pemberton;X-NUM-GUESTS=0:mailto:olivia.pemberton@harcourt-vale.example.co.u
 k
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=t.aebersold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
CREATED:20260219T122318Z
DESCRIPTION:Last trial day ends at 13:00: 11:00 short meeting with Mrs Harco
 urt-Vale and Olivia\, then your train back to Zurich (14:12 from Gstaad).
LAST-MODIFIED:20260219T122530Z
LOCATION:Chalet Edelweiss\, Chalet-Strasse 18\, 3780 Gstaad\, Switzerland
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial days – House Manager – Chalet Edelweiss (Harcourt-Vale)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-intro-call",
        uid="b1c09f7e-4a32-4e6b-9d58-0c7e2f1a6d94@calendly.example.com",
        is_interview=1,
        company="Lindqvist Family Office AG",
        role="Estate Manager",
        stage="hiring_manager",
        interviewers="johan.berglund@lindqvist-fo.example.ch",
        trap="calendly-host-is-employer-user-is-invitee",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b1c09f7e-4a32-4e6b-9d58-0c7e2f1a6d94@calendly.example.com
DTSTAMP:20260407T184411Z
DTSTART:20260414T070000Z
DTEND:20260414T074500Z
SUMMARY:Thomas Aebersold and Johan Berglund
ORGANIZER;CN=Johan Berglund:mailto:johan.berglund@lindqvist-fo.example.ch
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Johan Berglund;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:johan.berglund@lindqvist-fo.example.ch
LOCATION:https://meet.google.com/xqa-hmgb-rtu
DESCRIPTION:Event Name: Estate Manager – first conversation (45 min)\n\nLoca
 tion: This is a Google Meet web conference.\nYou can join this meeting from 
 your computer\, tablet\, or smartphone.\nhttps://meet.google.com/xqa-hmgb-rtu
 \n\nJohan Berglund\, Head of Household Operations\, Lindqvist Family Office A
 G\, Küsnacht. Let's talk about the Estate Manager role for the family's prope
 rties in Küsnacht and Åre.\n\nQuestions and answers:\nWhere did you hear abou
 t us?\nRecommendation (Swiss Butler Guild)\n\nNeed to make changes to this ev
 ent?\nCancel: https://calendly.example.com/cancellations/b1c09f7e-4a32-4e6b-9
 d58-0c7e2f1a6d94\nReschedule: https://calendly.example.com/reschedulings/b1c0
 9f7e-4a32-4e6b-9d58-0c7e2f1a6d94\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final-panel",
        uid="040000008200E00074C5B7101A82E008000000002E8C1D6A94C9DC01000000000000000010000000C5D3E1A08B7F4A62915E3C0D7A2B48F1",
        is_interview=1,
        company="Lindqvist Family Office AG",
        role="Estate Manager",
        stage="final",
        interviewers="annalena.roth@lindqvist-fo.example.ch;nils.ekstrom@lindqvist-fo.example.ch",
        trap="chief-of-staff-and-coo-panel-work-address",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Berglund, Johan":mailto:johan.berglund@lindqvist-fo.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roth, Anna-Lena":mailto:annalena.roth@lindqvist-fo.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ekström, Nils":mailto:nils.ekstrom@lindqvist-fo.example.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="KUS Bibliothek":mailto:kus.bibliothek@lindqvist-fo.example.ch
DESCRIPTION;LANGUAGE=en-US:Dear Thomas\,\n\nas discussed\, the final step is a conversation with Anna-Lena Roth (COO) and Nils Ekström (Chief of Staff to Mr Lindqvist). I have reserved the library at the family office. I will collect you at reception and will not sit in.\n\nPlease bring a one-page outline of how you would organise the first 100 days across Küsnacht and Åre.\n\nBest\,\nJohan\n
UID:040000008200E00074C5B7101A82E008000000002E8C1D6A94C9DC01000000000000000010000000C5D3E1A08B7F4A62915E3C0D7A2B48F1
SUMMARY;LANGUAGE=en-US:Final panel – Estate Manager – T. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260429T140000
DTEND;TZID=W. Europe Standard Time:20260429T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260420T110232Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:KUS Bibliothek
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-application",
        uid="040000008200E00074C5B7101A82E0080000000088D4C2B0A3BEDC010000000000000000100000004F9A2C6E1B7D3E85A0C4F2D9E6B1A730",
        is_interview=1,
        company="Seerose Family Office",
        role="Estate Manager (Villa Seerose & Chalet Arosa)",
        stage="hiring_manager",
        interviewers="ruedi.maag@seerose-fo.example.ch",
        trap="internal-application-at-own-principal-work-address",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Maag, Ruedi":mailto:ruedi.maag@seerose-fo.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="FO Sitzungszimmer Zürichsee":mailto:sz.zuerichsee@seerose-fo.example.ch
DESCRIPTION;LANGUAGE=de-CH:Lieber Thomas\n\ndanke für deine interne Bewerbung auf die neue Stelle Estate Manager (Villa Seerose & Chalet Arosa). Wie besprochen führen wir das Gespräch so\, wie mit externen Kandidaten: deine Vorstellungen zur Rolle\, Budgetverantwortung\, Führung des erweiterten Teams und wer die Nachfolge als House Manager übernehmen könnte.\n\nBitte vorerst vertraulich\, die Familie ist informiert\, das Team noch nicht.\n\nGruss\nRuedi\n\nRuedi Maag\nCOO\, Seerose Family Office\nSeestrasse 212\, 8700 Küsnacht\n
UID:040000008200E00074C5B7101A82E0080000000088D4C2B0A3BEDC010000000000000000100000004F9A2C6E1B7D3E85A0C4F2D9E6B1A730
SUMMARY;LANGUAGE=de-CH:Gespräch interne Bewerbung Estate Manager – T. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260325T163000
DTEND;TZID=W. Europe Standard Time:20260325T173000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260318T074521Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:FO Sitzungszimmer Zürichsee
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-final",
        uid="040000008200E00074C5B7101A82E00800000000E3F02A1DC4D8DC010000000000000000100000008C2E5B7A0D1F4E93B6A8C3D0F5E2A179",
        is_interview=1,
        company="Seerose Family Office",
        role="Estate Manager",
        stage="final",
        interviewers="ruedi.maag@seerose-fo.example.ch;a.brunner@seerose-fo.example.ch",
        trap="internal-final-with-principal-quoted-display-zone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + UTC1
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Maag, Ruedi":mailto:ruedi.maag@seerose-fo.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="House Manager Villa Seerose":mailto:house.manager@villa-seerose.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Brunner, Andreas":mailto:a.brunner@seerose-fo.example.ch
DESCRIPTION;LANGUAGE=de-CH:Thomas\, Herr Brunner möchte das abschliessende Gespräch zur Stelle Estate Manager selbst führen\, ich bin dabei. Bitte in Zivil\, nicht in Livree. Ort: Bibliothek Villa Seerose (Frau Brunner ist an dem Tag in Genf).\nR.\n
UID:040000008200E00074C5B7101A82E00800000000E3F02A1DC4D8DC010000000000000000100000008C2E5B7A0D1F4E93B6A8C3D0F5E2A179
SUMMARY;LANGUAGE=de-CH:Estate Manager – Schlussgespräch mit Hr. B.
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260506T111500
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260506T120000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260429T163044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Villa Seerose\, Bibliothek
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
        kind="outlook-french-phone-screen",
        uid="040000008200E00074C5B7101A82E008000000004B1E9C0F72A2DC01000000000000000010000000F2A6D4C1B9E07358A4C2E1F0D6B3A98E",
        is_interview=1,
        company="Domaine de Montbrion",
        role="Régisseur du domaine (H/F)",
        stage="recruiter_screen",
        interviewers="isabelle.chappuis@domaine-montbrion.example.ch",
        trap="french-entretien-telephonique-estate",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Chappuis, Isabelle":mailto:isabelle.chappuis@domaine-montbrion.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.aebersold@bluewin.ch:mailto:t.aebersold@bluewin.ch
DESCRIPTION;LANGUAGE=fr-CH:Monsieur Aebersold\,\n\nSuite à votre candidature pour le poste de Régisseur du domaine (H/F)\, je vous propose un premier entretien téléphonique d'environ 30 minutes. Je vous appellerai au +41 79 412 58 36.\n\nLe Domaine de Montbrion (Fondation Famille Rochat) comprend la maison de maître\, deux maisons de personnel\, 14 ha de vignes et de parc.\n\nMeilleures salutations\nIsabelle Chappuis\nResponsable RH\nDomaine de Montbrion – Fondation Famille Rochat\nChemin de Montbrion 4\, 1185 Mont-sur-Rolle\n
UID:040000008200E00074C5B7101A82E008000000004B1E9C0F72A2DC01000000000000000010000000F2A6D4C1B9E07358A4C2E1F0D6B3A98E
SUMMARY;LANGUAGE=fr-CH:Entretien téléphonique – Régisseur du domaine – M. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260212T083000
DTEND;TZID=W. Europe Standard Time:20260212T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260206T130855Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Appel téléphonique
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-onsite-visit",
        uid="8c3e1f52-9b0d-4a7e-bc61-2f4d7a9e0c38",
        is_interview=1,
        company="Domaine de Montbrion",
        role="Régisseur du domaine",
        stage="onsite",
        interviewers="M. Rochat;Mme Chappuis",
        trap="thunderbird-french-visite-du-domaine-names-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""
        + ZURICH
        + r"""BEGIN:VEVENT
CREATED:20260219T201433Z
LAST-MODIFIED:20260219T201812Z
DTSTAMP:20260219T201812Z
UID:8c3e1f52-9b0d-4a7e-bc61-2f4d7a9e0c38
SUMMARY:Montbrion: entretien sur place + visite domaine (M. Rochat / Mme Chappuis)
STATUS:CONFIRMED
X-MOZ-GENERATION:2
DTSTART;TZID=Europe/Zurich:20260306T100000
DTEND;TZID=Europe/Zurich:20260306T140000
DESCRIPTION:Régisseur. Train 07:32 Zürich HB -> Rolle\, M. Rochat vient me chercher à la gare.\nApporter: certificats de travail\, liste des références (Mme B. pas encore!)\, dossier budget Seerose anonymisé.\nVisite caves + maisons du personnel\, puis déjeuner.
LOCATION:Domaine de Montbrion\, Mont-sur-Rolle
CLASS:PRIVATE
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT2H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-spanish",
        uid="3o9fk1c7q2bl8m5e0vj4r6nta1@google.com",
        is_interview=1,
        company="Achával Montes Family Office",
        role="Estate Manager St. Moritz",
        stage="hiring_manager",
        interviewers="m.arrieta@achavalmontes.example.es",
        trap="spanish-google-invite-entrevista-videollamada",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260319T160000Z
DTEND:20260319T170000Z
DTSTAMP:20260312T094507Z
ORGANIZER;CN=Mercedes Arrieta:mailto:m.arrieta@achavalmontes.example.es
UID:3o9fk1c7q2bl8m5e0vj4r6nta1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mercede
 s Arrieta;X-NUM-GUESTS=0:mailto:m.arrieta@achavalmontes.example.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Thomas Aebersold;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
X-GOOGLE-CONFERENCE:https://meet.google.com/pdw-qsna-kfe
CREATED:20260312T094401Z
DESCRIPTION:Estimado Thomas:\n\nGracias por su interés en el puesto de Estat
 e Manager para la residencia de la familia en St. Moritz (Chesa Lej Alv). Le
  propongo una primera entrevista por videollamada. La conversación será en e
 spañol e inglés.\n\nUn saludo cordial\,\nMercedes Arrieta\nDirectora de Opera
 ciones\nAchával Montes Family Office\, Madrid\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con G
 oogle Meet: https://meet.google.com/pdw-qsna-kfe\nO bien\, marca: (CH) +41 4
 3 000 21 77 PIN: 517 338 904#\n\nMás información sobre Meet: https://support
 .google.com/a/users/answer/9282720\n\nNo edites esta sección de la descripci
 ón.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~::~:~::-\n\nInvitación de Google Calendar: https://calendar.google.co
 m/calendar/\n\nEstás recibiendo este correo electrónico porque eres un invita
 do al evento.
LAST-MODIFIED:20260312T094507Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista: Estate Manager – Chesa Lej Alv (St. Moritz)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancel-spanish",
        uid="040000008200E00074C5B7101A82E00800000000D9A10C3E55B7DC01000000000000000010000000A71E3F4C20D9B86E5C1A0F2D8B4E7C63",
        is_interview=1,
        company="Achával Montes Family Office",
        role="Estate Manager",
        stage="final",
        interviewers="m.arrieta@achavalmontes.example.es;i.achaval@achavalmontes.example.es",
        trap="method-cancel-spanish-final-with-family",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Arrieta, Mercedes":mailto:m.arrieta@achavalmontes.example.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ignacio Achával":mailto:i.achaval@achavalmontes.example.es
DESCRIPTION;LANGUAGE=es-ES:Estimado Thomas:\n\nLamentablemente la familia ha tenido que cambiar sus planes de viaje y no estará en St. Moritz la semana que viene. Cancelo la entrevista final con D. Ignacio Achával y le propondré una nueva fecha en cuanto la tenga.\n\nDisculpe las molestias.\nMercedes\n
UID:040000008200E00074C5B7101A82E00800000000D9A10C3E55B7DC01000000000000000010000000A71E3F4C20D9B86E5C1A0F2D8B4E7C63
SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista final con la familia – Estate Manager Chesa Lej Alv
DTSTART;TZID=Romance Standard Time:20260416T110000
DTEND;TZID=Romance Standard Time:20260416T123000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260409T171201Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Chesa Lej Alv\, Via Suvretta 7\, 7500 St. Moritz
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="softgarden-teams",
        uid="softgarden-interview-4417093-1@softgarden.example.de",
        is_interview=1,
        company="Gut Wellenhof",
        role="Haus- und Gutsverwalter (m/w/d)",
        stage="hiring_manager",
        interviewers="konstantin.vonreding@gut-wellenhof.example.de;anja.leitner@gut-wellenhof.example.de",
        trap="german-ats-olson-zone-without-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:softgarden-interview-4417093-1@softgarden.example.de
DTSTAMP:20260121T102245Z
DTSTART;TZID=Europe/Berlin:20260127T140000
DTEND;TZID=Europe/Berlin:20260127T150000
SUMMARY:Vorstellungsgespräch: Haus- und Gutsverwalter (m/w/d) – Gut Wellenhof
ORGANIZER;CN=Gut Wellenhof GmbH & Co. KG:mailto:noreply-4417093@candidate.softgarden.example.de
ATTENDEE;CN=Thomas Aebersold;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Dr. Konstantin von Reding;PARTSTAT=ACCEPTED:mailto:konstantin.vonreding@gut-wellenhof.example.de
ATTENDEE;CN=Anja Leitner;PARTSTAT=ACCEPTED:mailto:anja.leitner@gut-wellenhof.example.de
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrter Herr Aebersold\,\n\nwir freuen uns\, Sie zu einem V
 orstellungsgespräch per Microsoft Teams einzuladen.\n\nIhre Gesprächspartner:
 \n- Dr. Konstantin von Reding\, Geschäftsführer\n- Anja Leitner\, Personal\n\
 nZur Teilnahme: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ3Y
 2E1@thread.v2/0\n\nSie können den Termin in Ihrem softgarden-Bewerberkonto be
 stätigen oder absagen.\n\nMit freundlichen Grüßen\nIhr Team von Gut Wellenhof
 \nWellenhof 1\, 82319 Starnberg
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-allday-probearbeit",
        uid="f07b2d94-6e1c-4c3a-8f25-b91e0d7a4c56",
        is_interview=1,
        company="Gut Wellenhof",
        role="",
        stage="onsite",
        interviewers="Hr. v. Reding",
        trap="two-day-allday-probearbeit-hand-typed",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260129T211508Z
LAST-MODIFIED:20260129T211642Z
DTSTAMP:20260129T211642Z
UID:f07b2d94-6e1c-4c3a-8f25-b91e0d7a4c56
SUMMARY:Probearbeit Gut Wellenhof (2 Tage)
DTSTART;VALUE=DATE:20260216
DTEND;VALUE=DATE:20260218
DESCRIPTION:Hr. v. Reding erwartet mich Mo 8 Uhr im Gutshof. Übernachtung im Gästehaus.\nAuto: Zürich-Lindau-München\, ca. 4h -> So abends fahren\nThemen: Forst\, Pächter\, Jagdgesellschaft\, Personal Haupthaus (4)
LOCATION:Gut Wellenhof\, Starnberg
TRANSP:TRANSPARENT
X-MOZ-GENERATION:3
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-french-screen",
        uid="WD-ITV-R-01834-55201@myworkday.example.com",
        is_interview=1,
        company="Banque Lombardier Rive SA",
        role="Responsable Relations Hôtes – Résidence du Parc",
        stage="recruiter_screen",
        interviewers="lea.vuilleumier@lombardier-rive.example.ch",
        trap="workday-french-bank-residence-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
"""
        + ZURICH
        + r"""BEGIN:VEVENT
UID:WD-ITV-R-01834-55201@myworkday.example.com
DTSTAMP:20260415T080944Z
DTSTART;TZID=Europe/Zurich:20260421T100000
DTEND;TZID=Europe/Zurich:20260421T103000
SUMMARY:Entretien : Responsable Relations Hôtes – Résidence du Parc (R-01834)
ORGANIZER;CN=Banque Lombardier Rive SA:mailto:lombardierrive@myworkday.example.com
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Léa Vuilleumier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lea.vuilleumier@lombardier-rive.example.ch
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Thomas\,\n\nVotre entretien pour le poste R-01834 Respons
 able Relations Hôtes – Résidence du Parc a été planifié.\n\nInterlocutrice : L
 éa Vuilleumier\, Talent Acquisition Partner\nFormat : visioconférence Microso
 ft Teams (30 min)\n\nVous pouvez consulter les détails dans votre profil de c
 andidat : https://lombardierrive.wd3.myworkday.example.com/fr-FR/Careers\n\nB
 anque Lombardier Rive SA\, Quai des Bergues 33\, 1201 Genève
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-panel",
        uid="040000008200E00074C5B7101A82E00800000000B0C91D8E27BCDC010000000000000000100000005E8B1C4A7F2D036E9B4A1D7C3E0F2B58",
        is_interview=1,
        company="Banque Lombardier Rive SA",
        role="Responsable Relations Hôtes",
        stage="onsite",
        interviewers="gregoire.mottier@lombardier-rive.example.ch;sophie.aubert@lombardier-rive.example.ch",
        trap="french-panel-room-organizer-is-coordinator",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Vuilleumier, Léa":mailto:lea.vuilleumier@lombardier-rive.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=t.aebersold@bluewin.ch:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mottier, Grégoire":mailto:gregoire.mottier@lombardier-rive.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aubert, Sophie":mailto:sophie.aubert@lombardier-rive.example.ch
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="GVA-QB Salle Mont-Blanc (6e)":mailto:gva.montblanc@lombardier-rive.example.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Aebersold\,\n\nJ'ai le plaisir de vous confirmer votre entretien avec M. Grégoire Mottier\, Directeur de la Résidence du Parc\, et Mme Sophie Aubert\, Head of Client Events. L'entretien sera suivi d'une visite de la Résidence (salons de réception\, suites des invités).\n\nMerci de vous présenter à la réception du Quai des Bergues 33 avec une pièce d'identité.\n\nMeilleures salutations\nLéa Vuilleumier\nTalent Acquisition Partner\n
UID:040000008200E00074C5B7101A82E00800000000B0C91D8E27BCDC010000000000000000100000005E8B1C4A7F2D036E9B4A1D7C3E0F2B58
SUMMARY;LANGUAGE=fr-CH:Entretien – Responsable Relations Hôtes – Résidence du Parc
DTSTART;TZID=W. Europe Standard Time:20260512T140000
DTEND;TZID=W. Europe Standard Time:20260512T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260504T151221Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:GVA-QB Salle Mont-Blanc (6e)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="refline-invite",
        uid="refline-termin-0a7c3e9b5d21@refline.example.ch",
        is_interview=1,
        company="Grand Resort Seelisberg",
        role="Chef Butler (w/m/d)",
        stage="recruiter_screen",
        interviewers="corinne.gisler@grandresort-seelisberg.example.ch",
        trap="swiss-ats-video-screen-hotel",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Refline AG//Refline Bewerbermanagement//DE
METHOD:REQUEST
"""
        + ZURICH
        + r"""BEGIN:VEVENT
UID:refline-termin-0a7c3e9b5d21@refline.example.ch
DTSTAMP:20260108T143015Z
DTSTART;TZID=Europe/Zurich:20260115T153000
DTEND;TZID=Europe/Zurich:20260115T161500
SUMMARY:Einladung zum Interview – Chef Butler (w/m/d)
ORGANIZER;CN=Grand Resort Seelisberg – HR:mailto:jobs@grandresort-seelisberg.example.ch
ATTENDEE;CN=Thomas Aebersold;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.aebersold@bluewin.ch
ATTENDEE;CN=Corinne Gisler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:corinne.gisler@grandresort-seelisberg.example.ch
LOCATION:Videointerview (Microsoft Teams)
DESCRIPTION:Grüezi Herr Aebersold\n\nGerne laden wir Sie zu einem ersten Vid
 eointerview für die Stelle Chef Butler (w/m/d) ein. Ihre Gesprächspartnerin i
 st Corinne Gisler\, HR Manager.\n\nLink: https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_NzE2ODQ5@thread.v2/0\n\nHerzliche Grüsse\nGrand Resort See
 lisberg\, 6377 Seelisberg\n\n-- \nVersendet mit Refline
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancelled-trial-shift",
        uid="040000008200E00074C5B7101A82E00800000000C3D1A6F08E86DC01000000000000000010000000B9E2D7C05A1F4386C0E2B9A7D1F3C4E8",
        is_interview=1,
        company="Grand Resort Seelisberg",
        role="Chef Butler",
        stage="onsite",
        interviewers="beat.arnold@grandresort-seelisberg.example.ch",
        trap="abgesagt-method-cancel-trial-shift-filled-internally",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEU
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Gisler, Corinne":mailto:corinne.gisler@grandresort-seelisberg.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Arnold, Beat":mailto:beat.arnold@grandresort-seelisberg.example.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Aebersold\n\nleider müssen wir den Probearbeitstag mit Herrn Beat Arnold (Rooms Division Manager) absagen\, da wir die Stelle Chef Butler intern besetzen konnten. Wir danken Ihnen für Ihr Interesse und bewahren Ihr Dossier gerne auf.\n\nFreundliche Grüsse\nCorinne Gisler\n
UID:040000008200E00074C5B7101A82E00800000000C3D1A6F08E86DC01000000000000000010000000B9E2D7C05A1F4386C0E2B9A7D1F3C4E8
SUMMARY;LANGUAGE=de-CH:Abgesagt: Probearbeitstag Chef Butler – T. Aebersold
DTSTART;TZID=W. Europe Standard Time:20260129T070000
DTEND;TZID=W. Europe Standard Time:20260129T170000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260123T090312Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:Grand Resort Seelisberg\, Personaleingang
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-teams",
        uid="040000008200E00074C5B7101A82E00800000000F6A8E3C1D0E5DC0100000000000000001000000023C7B9E4F1A05D6B8E2C3A9F0D7B6E41",
        is_interview=1,
        company="Alderwood Family Office",
        role="Estate Manager (Surrey & Verbier)",
        stage="hiring_manager",
        interviewers="j.whitcombe@alderwood-fo.example.co.uk",
        trap="london-agency-teams-coo-agency-not-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Sophie Marchbanks":mailto:sophie.marchbanks@belgraviadomestic.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Aebersold:mailto:t.aebersold@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="James Whitcombe":mailto:j.whitcombe@alderwood-fo.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Thomas\,\n\nLovely to speak earlier. As promised\, here is the invite for your interview with James Whitcombe\, COO of the Alderwood Family Office\, for the Estate Manager role (Surrey estate and the chalet in Verbier). James will want to go through budgets\, contractor management and how you run a household when the principals are away for long periods.\n\nI won't be on the call. Do ring me afterwards!\n\nSophie Marchbanks\nBelgravia Domestic Staffing\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE1ZjQz@thread.v2/0>\nMeeting ID: 299 410 736 88\nPasscode: 8kRt3Z\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F6A8E3C1D0E5DC0100000000000000001000000023C7B9E4F1A05D6B8E2C3A9F0D7B6E41
SUMMARY;LANGUAGE=en-GB:Thomas Aebersold – Estate Manager – Alderwood FO (James Whitcombe)
DTSTART;TZID=GMT Standard Time:20260519T140000
DTEND;TZID=GMT Standard Time:20260519T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260513T162758Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-rescheduled-final",
        uid="7h2mf0q9k4ds1b8n6c3v5rjx2e@google.com",
        is_interview=1,
        company="Alderwood Family Office",
        role="Estate Manager",
        stage="final",
        interviewers="c.alderwood@alderwood-fo.example.co.uk;j.whitcombe@alderwood-fo.example.co.uk",
        trap="google-updated-sequence-1-principal-in-person",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260602T080000Z
DTEND:20260602T093000Z
DTSTAMP:20260526T112035Z
ORGANIZER;CN=James Whitcombe:mailto:j.whitcombe@alderwood-fo.example.co.uk
UID:7h2mf0q9k4ds1b8n6c3v5rjx2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=James 
 Whitcombe;X-NUM-GUESTS=0:mailto:j.whitcombe@alderwood-fo.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Charlot
 te Alderwood;X-NUM-GUESTS=0:mailto:c.alderwood@alderwood-fo.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=t.aebersold@bluewin.ch;X-NUM-GUESTS=0:mailto:t.aebersold@bluewin.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sophie.marchbanks@belgraviadomestic.example.co.uk;X-NUM-GUESTS=0:mai
 lto:sophie.marchbanks@belgraviadomestic.example.co.uk
CREATED:20260520T090411Z
DESCRIPTION:Moved from Friday 29 May – Mrs Alderwood now arrives in Verbier o
 n 1 June.\n\nFinal interview for the Estate Manager position with Charlotte A
 lderwood and myself at the chalet. Coffee on the terrace\, then a walk throug
 h the house and the staff quarters. Allow 90 minutes.\n\nJames\n\n-::~:~::~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:
 ~::-\nDo not edit this section of the description.\n\nView your event at http
 s://calendar.google.com/calendar/event?action=VIEW&eid=N2gybWYwcTlrNGRzMWI4bj
 ZjM3Y1cmp4MmUgdC5hZWJlcnNvbGRAYmx1ZXdpbi5jaA&tok=MjQjai53aGl0Y29tYmU&ctz=Eur
 ope%2FLondon&hl=en_GB&es=1.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation from Google Calendar
 : https://calendar.google.com/calendar/\n\nYou are receiving this email becau
 se you are an attendee on the event. To stop receiving future updates for thi
 s event\, decline this event.\n\nForwarding this invitation could allow any r
 ecipient to send a response to the organizer\, be added to the guest list\, i
 nvite others regardless of their own invitation status\, or modify your RSVP.
LAST-MODIFIED:20260526T112035Z
LOCATION:Chalet Alderwood\, Route de Verbier-Station 41\, 1936 Verbier\, Swi
 tzerland
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Final interview – Estate Manager – Thomas Aebersold
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
