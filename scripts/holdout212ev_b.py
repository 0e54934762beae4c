"""holdout212 events, part b: Meridian Container Lines (Workday, Outlook, a reschedule), Scaldis, Ardenne Chimie."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "workday-phone-screen",
        "WD-INTERVIEW-2f4c1e9a8b7d4c0e9f1a2b3c4d5e6f70@meridianlines.myworkday.com",
        1, "Meridian Container Lines", "Customs & Trade Compliance Manager Benelux", "recruiter_screen",
        "laura.smits@meridianlines.com", "workday-utc-phone-screen-shipping-line",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-2f4c1e9a8b7d4c0e9f1a2b3c4d5e6f70@meridianlines.myworkday.com
DTSTAMP:20250228T094411Z
DTSTART:20250305T113000Z
DTEND:20250305T120000Z
SUMMARY:Interview: Customs & Trade Compliance Manager Benelux (R-0048213) - Wouter Peeters
ORGANIZER;CN=Meridian Talent Acquisition:mailto:meridianlines@myworkday.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Laura Smits;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laura.smits@meridianlines.com
LOCATION:Phone - Laura will call you on +32 478 xx xx 61
DESCRIPTION:Dear Wouter\,\n\nThank you for your interest in Meridian Contain
 er Lines. Please find below the details of your interview.\n\nJob Requisit
 ion: R-0048213 Customs & Trade Compliance Manager Benelux\nInterview Type:
  Phone Screen\nDuration: 30 minutes\nInterviewer(s): Laura Smits\, Talent
  Acquisition Partner EMEA\n\nLaura will call you on the number in your cand
 idate profile. If you need to reschedule\, please reply to this message or
  contact Laura directly.\n\nKind regards\,\nMeridian Talent Acquisition\n\n
 This is a system-generated message. Please do not reply to meridianlines@m
 yworkday.com.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-teams-hiring-manager",
        "040000008200E00074C5B7101A82E00800000000D06C5E1B2C93DB010000000000000000100000009F0A4C3E6B2D4A1F8E7D6C5B4A392817",
        1, "Meridian Container Lines", "Customs & Trade Compliance Manager Benelux", "hiring_manager",
        "pieter.jacobs@meridianlines.com", "outlook-teams-hiring-manager-original",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Jacobs, Pieter":mailto:pieter.jacobs@meridianlines.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
DESCRIPTION;LANGUAGE=en-US:Hi Wouter\,\n\nAs discussed with Laura\, let's ha
 ve a first conversation about the Customs & Trade Compliance Manager role
  in our Benelux team. I'd like to hear about your AEO experience and how yo
 u run the declarant team at Scheldt.\n\nPieter\n\n______________________
 __________________________________________________________\nMicrosoft Team
 s Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\nJoin the meeting
  now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTFhY2M4NWQtM2
 E0Yy00YjFhLWE1ZjYtNzYxYzk4ZGIyYjQw%40thread.v2/0>\nMeeting ID: 371 552 908
  114\nPasscode: fQ7hE2nX\n________________________________\nDial in by phon
 e\n+32 2 894 31 22\,\,781442036# Belgium\, Brussels\nPhone conference ID: 7
 81 442 036#\n______________________________________________________________
 __________________\n
UID:040000008200E00074C5B7101A82E00800000000D06C5E1B2C93DB010000000000000000100000009F0A4C3E6B2D4A1F8E7D6C5B4A392817
SUMMARY;LANGUAGE=en-US:Wouter Peeters / Pieter Jacobs - Trade Compliance Mgr Benelux
DTSTART;TZID=Romance Standard Time:20250319T140000
DTEND;TZID=Romance Standard Time:20250319T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T082233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTFhY2M4NWQtM2E0Yy00
 YjFhLWE1ZjYtNzYxYzk4ZGIyYjQw%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:pieter.jacobs@meridianlines.com\;gruu\;opaque=app:conf:focus:id:te
 ams:2:0!19:meeting_ZTFhY2M4NWQtM2E0Yy00YjFhLWE1ZjYtNzYxYzk4ZGIyYjQw-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-teams-rescheduled",
        "040000008200E00074C5B7101A82E00800000000D06C5E1B2C93DB010000000000000000100000009F0A4C3E6B2D4A1F8E7D6C5B4A392817",
        1, "Meridian Container Lines", "Customs & Trade Compliance Manager Benelux", "hiring_manager",
        "pieter.jacobs@meridianlines.com", "outlook-rescheduled-same-uid-higher-sequence",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Jacobs, Pieter":mailto:pieter.jacobs@meridianlines.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
DESCRIPTION;LANGUAGE=en-US:Sorry Wouter – vessel call issue in Zeebrugge on
  Wednesday\, moved us to Friday morning. Same link.\n\nPieter\n\n_________
 _______________________________________________________________________\nM
 icrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\nJoi
 n the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z
 TFhY2M4NWQtM2E0Yy00YjFhLWE1ZjYtNzYxYzk4ZGIyYjQw%40thread.v2/0>\nMeeting I
 D: 371 552 908 114\nPasscode: fQ7hE2nX\n__________________________________
 ______________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D06C5E1B2C93DB010000000000000000100000009F0A4C3E6B2D4A1F8E7D6C5B4A392817
SUMMARY;LANGUAGE=en-US:Wouter Peeters / Pieter Jacobs - Trade Compliance Mgr Benelux
DTSTART;TZID=Romance Standard Time:20250321T100000
DTEND;TZID=Romance Standard Time:20250321T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T171502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "workday-final-onsite",
        "WD-INTERVIEW-8c0d3f1e7a6b4d2c8e9f0a1b2c3d4e5f@meridianlines.myworkday.com",
        1, "Meridian Container Lines", "Customs & Trade Compliance Manager Benelux", "final",
        "pieter.jacobs@meridianlines.com;sandra.olieslagers@meridianlines.com;Rahul Mehta",
        "workday-final-panel-onsite-remote-member-in-body",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:WD-INTERVIEW-8c0d3f1e7a6b4d2c8e9f0a1b2c3d4e5f@meridianlines.myworkday.com
DTSTAMP:20250326T130509Z
DTSTART;TZID=Europe/Brussels:20250408T093000
DTEND;TZID=Europe/Brussels:20250408T120000
SUMMARY:Final Interview: Customs & Trade Compliance Manager Benelux (R-0048213)
ORGANIZER;CN=Meridian Talent Acquisition:mailto:meridianlines@myworkday.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Pieter Jacobs;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pieter.jacobs@meridianlines.com
ATTENDEE;CN=Sandra Olieslagers;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sandra.olieslagers@meridianlin
 es.com
ATTENDEE;CN=Laura Smits;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laura.smits@meridianlines.com
LOCATION:Meridian Container Lines Belgium\, Noorderlaan 147\, 2030 Antwerpen - 5th floor reception
DESCRIPTION:Dear Wouter\,\n\nWe are pleased to invite you to the final stag
 e of our selection process.\n\nInterview Type: Final Interview (On-site)\n
 09:30 - 10:30 Pieter Jacobs\, Head of Customs & Compliance Benelux\, and S
 andra Olieslagers\, HR Director Belgium\n10:30 - 11:15 Rahul Mehta\, Regio
 nal Trade Compliance Director EMEA (joining by video from Dubai)\n11:15 -
  12:00 Office tour and wrap-up with Laura Smits\n\nPlease bring a valid ID
 . Visitor parking is available at the back of the building (entrance Kai
  526).\n\nKind regards\,\nMeridian Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "gcal-export-prep-block",
        "1q8e7tbj3n5m0p2k4r6s9u1v3w@google.com",
        0, "", "", "", "", "prep-block-names-employer-and-final",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Wouter privé
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
DTSTART:20250407T180000Z
DTEND:20250407T200000Z
DTSTAMP:20250601T100312Z
UID:1q8e7tbj3n5m0p2k4r6s9u1v3w@google.com
CREATED:20250402T191144Z
DESCRIPTION:- jaarverslag Meridian doorlezen (vlootgrootte\, Benelux volume
 s)\n- AEO-C vs AEO-F uitleg klaarhebben\n- STAR voorbeelden: audit 2023\,
  Brexit GB-aangiftes\, verloop declaranten\n- vragen voor Rahul: rapportering
  lijn\, budget tools (DMS / IDMS)
LAST-MODIFIED:20250402T191300Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Voorbereiden finale Meridian
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "successfactors-eerste-gesprek",
        "SF-ISC-1f6b0d9e-57a3-4b1c-92e8-3d4c5b6a7f80",
        1, "Scaldis Specialty Chemicals", "Logistics Manager", "recruiter_screen", "hilde.vermeulen@scaldis-chem.com",
        "successfactors-teams-first-round-dutch",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:SF-ISC-1f6b0d9e-57a3-4b1c-92e8-3d4c5b6a7f80
DTSTAMP:20250220T074800Z
DTSTART;TZID=Europe/Brussels:20250226T120000
DTEND;TZID=Europe/Brussels:20250226T124500
SUMMARY:Uitnodiging gesprek - Logistics Manager (Req. 10482) - Gent
ORGANIZER;CN=Scaldis Recruiting:mailto:noreply@sapsf.eu
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Hilde Vermeulen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hilde.vermeulen@scaldis-chem.com
LOCATION:Microsoft Teams
DESCRIPTION:Beste Wouter\,\n\nHartelijk dank voor je sollicitatie voor de f
 unctie Logistics Manager bij Scaldis Specialty Chemicals in Gent.\n\nGraag
  nodigen we je uit voor een eerste gesprek van 45 minuten met Hilde Verme
 ulen (Talent Acquisition Specialist). Het gesprek vindt plaats via Microso
 ft Teams\; de link volgt in een aparte mail.\n\nMet vriendelijke groeten\,
 \nTeam Recruitment Scaldis\n\nDit is een automatisch bericht uit SAP Succe
 ssFactors.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "praktijkcase-incoterms",
        "SF-ISC-a2c4e6f8-0b1d-4e3f-8a5b-7c9d1e3f5a7b",
        1, "Scaldis Specialty Chemicals", "Logistics Manager", "technical",
        "bart.desmet@scaldis-chem.com;nathalie.vanhaecke@scaldis-chem.com", "praktijkcase-incoterms-onsite-ghent",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:SF-ISC-a2c4e6f8-0b1d-4e3f-8a5b-7c9d1e3f5a7b
DTSTAMP:20250307T140115Z
DTSTART;TZID=Europe/Brussels:20250314T090000
DTEND;TZID=Europe/Brussels:20250314T113000
SUMMARY:Praktijkcase + gesprek - Logistics Manager (Req. 10482)
ORGANIZER;CN=Scaldis Recruiting:mailto:noreply@sapsf.eu
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Bart Desmet;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bart.desmet@scaldis-chem.com
ATTENDEE;CN=Nathalie Vanhaecke;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nathalie.vanhaecke@scaldis-che
 m.com
ATTENDEE;CN=Hilde Vermeulen;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hilde.vermeulen@scaldis-chem.com
LOCATION:Scaldis Specialty Chemicals\, Kennedylaan 2xx\, 9042 Gent - onthaal gebouw A
DESCRIPTION:Beste Wouter\,\n\nFijn dat je doorgaat naar de volgende ronde!\
 n\n09.00 Je krijgt een praktijkcase (30 min. voorbereiding ter plaatse): e
 en zending oplosmiddelen vanuit Houston onder FCA\, doorverkocht DAP naar
  een klant in Polen – douanewaarde\, wie regelt wat\, welke Incoterm zou jij
  voorstellen en waarom. Je mag een rekenmachine gebruiken\, geen laptop.\n
 09.30 Presentatie en bespreking met Bart Desmet (Director Supply Chain) en
  Nathalie Vanhaecke (Customs & Excise Coordinator)\n10.30 Rondleiding sit
 e en tankpark\n\nVeiligheidsschoenen worden voorzien (geef je maat door aa
 n Hilde).\n\nTeam Recruitment Scaldis
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-entretien-telephonique",
        "040000008200E00074C5B7101A82E0080000000070A1B8E3C694DB01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F9A",
        1, "Ardenne Chimie", "Responsable Logistique & Douane", "recruiter_screen", "celine.dubois@ardenne-chimie.be",
        "french-outlook-entretien-telephonique-walloon",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Céline":mailto:celine.dubois@ardenne-chimie.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
DESCRIPTION;LANGUAGE=fr-BE:Bonjour Monsieur Peeters\,\n\nSuite à votre candi
 dature pour le poste de Responsable Logistique & Douane sur notre site de
  Feluy\, je vous propose un premier entretien téléphonique d'environ 30 mi
 nutes. Je vous appellerai au 0478 xx xx 61.\n\nL'entretien se déroulera en
  français\; nous aborderons également votre expérience en matière d'EMCS e
 t d'accises.\n\nBien cordialement\,\nCéline Dubois\nHR Business Partner\nA
 rdenne Chimie SA – Zoning Industriel de Feluy\n
UID:040000008200E00074C5B7101A82E0080000000070A1B8E3C694DB01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F9A
SUMMARY;LANGUAGE=fr-BE:Entretien téléphonique - M. Peeters - Responsable Logistique & Douane
DTSTART;TZID=Romance Standard Time:20250318T081500
DTEND;TZID=Romance Standard Time:20250318T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T160247Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Téléphone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "flatchr-entretien-site",
        "flatchr-evt-66d1f0a2b9c84e7f@app.flatchr.io",
        1, "Ardenne Chimie", "Responsable Logistique & Douane", "onsite",
        "marc.lambert@ardenne-chimie.be;celine.dubois@ardenne-chimie.be", "french-ats-entretien-sur-site-directeur",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-evt-66d1f0a2b9c84e7f@app.flatchr.io
DTSTAMP:20250327T090000Z
DTSTART:20250404T080000Z
DTEND:20250404T100000Z
SUMMARY:Entretien - Responsable Logistique & Douane - Wouter Peeters
LOCATION:Ardenne Chimie SA\, Rue de l'Industrie 1x\, 7181 Feluy
ORGANIZER;CN=Ardenne Chimie Recrutement:mailto:recrutement@ardenne-chimie.be
ATTENDEE;CN=Wouter Peeters;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@telenet.be
ATTENDEE;CN=Marc Lambert;PARTSTAT=ACCEPTED:mailto:marc.lambert@ardenne-chimie.be
ATTENDEE;CN=Céline Dubois;PARTSTAT=ACCEPTED:mailto:celine.dubois@ardenne-chimie.be
DESCRIPTION:Bonjour Wouter\,\n\nNous avons le plaisir de vous convier à un
  second entretien sur site avec Marc Lambert\, Directeur d'usine\, et Célin
 e Dubois (RH). Une visite des installations (stockage vrac et chargement
  citernes) est prévue à la fin de l'entretien.\n\nMerci de vous présenter
  à l'accueil avec votre carte d'identité. Chaussures de sécurité fournies.
 \n\nÀ bientôt\,\nL'équipe recrutement Ardenne Chimie
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
