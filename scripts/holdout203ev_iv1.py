# ruff: noqa: E501
"""holdout203 events, part iv1: State Street, KPMG, CACEIS, DekaBank, Carne (CC0 1.0)."""

from holdout203ev_tz import TZ_BERLIN, TZ_DUBLIN, TZ_GMT_WIN, TZ_LUX, TZ_WEST

TEAMS_EN = (r"________________________________________________________________________________\n"
            r"Microsoft Teams meeting\nJoin on your computer\, mobile app or room device\n")

EVENTS = [
    {
        "kind": "workday",
        "uid": "WD-INT-7f3c2a91e04b4d2f9a6c1d0e5b8a3f21@statestreet.wd1.myworkday.com",
        "iv": 1, "company": "State Street", "role": "Fund Accounting Supervisor",
        "stage": "recruiter_screen", "who": "sklein2@statestreet.com",
        "trap": "workday-utc-phone-screen-recruiter",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-7f3c2a91e04b4d2f9a6c1d0e5b8a3f21@statestreet.wd1.myworkday.com
DTSTAMP:20250116T093412Z
DTSTART:20250122T090000Z
DTEND:20250122T093000Z
SEQUENCE:0
SUMMARY:Phone Screen - Fund Accounting Supervisor (R-741852) - Julien Weber
DESCRIPTION:Dear Julien\,\n\nThank you for your application to State Street. We are pleased to confirm your phone screen for the position Fund Accounting Supervisor (R-741852)\, Luxembourg.\n\nInterviewer: Sandrine Klein\, Talent Acquisition Partner\nFormat: telephone\, 30 minutes. Sandrine will call you on the number provided in your candidate profile (+33 6 71 24 58 90).\n\nIf you need to reschedule\, please reply via your Candidate Home account.\n\nKind regards\,\nState Street Talent Acquisition
LOCATION:Telephone
ORGANIZER;CN=State Street Talent Acquisition:mailto:statestreet@myworkday.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Sandrine Klein;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sklein2@statestreet.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D07A1C4B9E7CDB01000000000000000010000000A9C15E2F3B0D7C4E8C2B9F7D6E1A3B55",
        "iv": 1, "company": "State Street", "role": "Fund Accounting Supervisor",
        "stage": "hiring_manager", "who": "alefebvre@statestreet.com",
        "trap": "outlook-sent-by-assistant-hiring-manager-teams",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Lefebvre, Antoine";SENT-BY="mailto:nhoffmann@statestreet.com":mailto:alefebvre@statestreet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Klein, Sandrine":mailto:sklein2@statestreet.com
DESCRIPTION;LANGUAGE=en-US:Dear Julien\,\n\nFollowing your conversation with Sandrine\, Antoine Lefebvre (Head of Fund Accounting Oversight\, Luxembourg) would like to meet you for a second conversation about the Fund Accounting Supervisor role.\n\nBest regards\,\nNadia Hoffmann\nExecutive Assistant\n\n""" + TEAMS_EN + r"""Meeting ID: 365 118 902 417\nPasscode: q7Xz9T\n________________________________\nDial in by phone\n+352 27 86 11 78\,\,512887340# Luxembourg\, Luxembourg\nFind a local number<https://dialin.teams.microsoft.com/7c1b0f2e>\nPhone conference ID: 512 887 340#\nFor organizers: Meeting options<https://teams.microsoft.com/meetingOptions/>\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D07A1C4B9E7CDB01000000000000000010000000A9C15E2F3B0D7C4E8C2B9F7D6E1A3B55
SUMMARY;LANGUAGE=en-US:Julien Weber / Antoine Lefebvre - 2nd round
DTSTART;TZID=W. Europe Standard Time:20250212T173000
DTEND;TZID=W. Europe Standard Time:20250212T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250205T101522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117734991
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F1B3C90E5585DB010000000000000000100000004E6C0D8A1F2B4A43B1D05E7C9A8F6D12",
        "iv": 1, "company": "State Street", "role": "Fund Accounting Supervisor",
        "stage": "final", "who": "pgoergen@statestreet.com;alefebvre@statestreet.com",
        "trap": "outlook-final-onsite-rooms-as-attendees",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Nadia":mailto:nhoffmann@statestreet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Goergen, Pascale":mailto:pgoergen@statestreet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lefebvre, Antoine":mailto:alefebvre@statestreet.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="LU-KIR-49JFK-05.12 Clausen (8)":mailto:lu-kir-0512@statestreet.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LU Reception Visitor Badge":mailto:lu-visitors@statestreet.com
DESCRIPTION;LANGUAGE=en-US:Dear Julien\,\n\nPlease find below the details of your final meeting with Pascale Goergen (Country Head of Fund Services\, Luxembourg) and Antoine Lefebvre.\n\nAddress: 49\, avenue J.F. Kennedy\, L-1855 Luxembourg (Kirchberg). Please present an ID at the reception on the ground floor\, a visitor badge has been requested for you.\nParking is limited\, we recommend the tram (stop Alphonse Weicker).\n\nKind regards\,\nNadia\n
UID:040000008200E00074C5B7101A82E00800000000F1B3C90E5585DB010000000000000000100000004E6C0D8A1F2B4A43B1D05E7C9A8F6D12
SUMMARY;LANGUAGE=en-US:Julien Weber - final meeting with P. Goergen & A. Lefebvre
DTSTART;TZID=W. Europe Standard Time:20250306T163000
DTEND;TZID=W. Europe Standard Time:20250306T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T140318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:LU-KIR-49JFK-05.12 Clausen (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "SFRCM-IV-58823117-3@kpmgluxembourg.successfactors.eu",
        "iv": 1, "company": "KPMG Luxembourg",
        "role": "Manager - Asset Management Advisory (Fund Administration)",
        "stage": "recruiter_screen", "who": "lea.hansen@kpmg.lu",
        "trap": "successfactors-interview-scheduling-teams",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SuccessFactors\, Inc//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LUX + r"""BEGIN:VEVENT
UID:SFRCM-IV-58823117-3@kpmgluxembourg.successfactors.eu
DTSTAMP:20250121T162044Z
DTSTART;TZID=Europe/Luxembourg:20250128T123000
DTEND;TZID=Europe/Luxembourg:20250128T130000
SUMMARY:Interview: Manager - Asset Management Advisory (Fund Administration) - Julien Weber
DESCRIPTION:Dear Julien Weber\,\n\nYour interview has been scheduled.\n\nJob Requisition: 24-0391 Manager - Asset Management Advisory (Fund Administration)\nDate: 28/01/2025\nTime: 12:30 - 13:00 (CET)\nInterviewer(s): Léa Hansen (Talent Acquisition)\nLocation: Microsoft Teams - the link will be sent by your interviewer.\n\nWe look forward to speaking with you.\nKPMG Luxembourg Talent Acquisition\n\nThis is an automated message\, please do not reply.
ORGANIZER;CN=KPMG Luxembourg Careers:mailto:noreply@successfactors.eu
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Léa Hansen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lea.hansen@kpmg.lu
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000071E8AA24C072DB01000000000000000010000000C3D9B17E88F24F0E8F6A1D2C3B4A5968",
        "iv": 1, "company": "KPMG Luxembourg", "role": "Manager - Asset Management Advisory",
        "stage": "onsite",
        "who": "thomas.reuter@kpmg.lu;valerie.bastian@kpmg.lu",
        "trap": "outlook-onsite-director-partner-rooms",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hansen, Léa":mailto:lea.hansen@kpmg.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reuter, Thomas":mailto:thomas.reuter@kpmg.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Bastian, Valérie":mailto:valerie.bastian@kpmg.lu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LU-39JFK-R03-Meeting room Mullerthal":mailto:room.mullerthal@kpmg.lu
DESCRIPTION;LANGUAGE=en-US:Dear Julien\,\n\nAs discussed\, please find the invitation for your second interview at our offices\, 39 avenue John F. Kennedy\, L-1855 Luxembourg. You will meet Thomas Reuter (Director) and Valérie Bastian (Partner\, Asset Management Advisory). Please plan around 90 minutes\, including a short case discussion.\n\nWhen you arrive please ask for me at the reception (level 0).\n\nBest regards\,\nLéa\n
UID:040000008200E00074C5B7101A82E0080000000071E8AA24C072DB01000000000000000010000000C3D9B17E88F24F0E8F6A1D2C3B4A5968
SUMMARY;LANGUAGE=en-US:2nd interview - Julien Weber - Manager Asset Management Advisory
DTSTART;TZID=W. Europe Standard Time:20250219T140000
DTEND;TZID=W. Europe Standard Time:20250219T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250207T081956Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:KPMG Luxembourg\, 39 avenue John F. Kennedy - Meeting room Mullerthal
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "4q7hk2m0c9b1vdp3r8sgn6eu5t@google.com",
        "iv": 1, "company": "CACEIS", "role": "Superviseur Fund Accounting",
        "stage": "hiring_manager", "who": "Philippe Renard",
        "trap": "agency-invite-client-named-in-body-head-of-fa",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250204T170000Z
DTEND:20250204T180000Z
DTSTAMP:20250130T154211Z
ORGANIZER;CN=Camille Morel:mailto:c.morel@ascentis-partners.lu
UID:4q7hk2m0c9b1vdp3r8sgn6eu5t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Camille Morel;X-NUM-GUESTS=0:mailto:c.morel@ascentis-partners.lu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu;X-NUM-GUESTS=0:mailto:julien.weber.lux@pt.lu
X-MICROSOFT-CDO-OWNERAPPTID:-1094372211
CREATED:20250130T154210Z
DESCRIPTION:Bonjour Julien\,\n\nComme convenu au téléphone\, je vous confirme votre entretien avec Philippe Renard\, Head of Fund Accounting de notre client CACEIS Bank\, Luxembourg Branch\, pour le poste de Superviseur Fund Accounting (équipe UCITS / NAV).\n\nAdresse : 5\, allée Scheffer\, L-2520 Luxembourg – se présenter à l'accueil et demander M. Renard.\nDurée : environ 1h. Pensez à apporter une copie de votre CV et à préparer des exemples concrets de gestion d'erreurs de VNI.\n\nN'hésitez pas à m'appeler juste après l'entretien pour un débrief.\n\nBien à vous\,\nCamille Morel\nSenior Consultant – Banking & Funds\nAscentis Partners\n+352 26 20 44 31
LAST-MODIFIED:20250130T154210Z
LOCATION:CACEIS\, 5 allée Scheffer\, 2520 Luxembourg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Julien Weber / P. Renard (Head of Fund Accounting)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "C4E1F0A2-7B3D-4E95-9A61-2D8F3B7C0E44",
        "iv": 1, "company": "CACEIS", "role": "", "stage": "technical",
        "who": "Kevin Thill",
        "trap": "user-typed-test-excel-floating-time",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250205T065412Z
UID:C4E1F0A2-7B3D-4E95-9A61-2D8F3B7C0E44
DTEND:20250211T094500
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Test excel CACEIS
LAST-MODIFIED:20250205T065530Z
DTSTAMP:20250205T065530Z
DTSTART:20250211T080000
LOCATION:5 allée Scheffer\, Luxembourg
DESCRIPTION:1h30 test sur pc (rappro NAV\, TCD\, recherchev/xlookup) puis échange avec Kevin Thill team leader. Pas de calculatrice. Poser demi-journée chez Moselle !! Prévenir Camille après
SEQUENCE:1
BEGIN:VALARM
X-WR-ALARMUID:0B9D6E1A-2C44-4F5B-8E31-77A2C9D0F6B3
UID:0B9D6E1A-2C44-4F5B-8E31-77A2C9D0F6B3
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "softgarden",
        "uid": "sg-appointment-2291874-0@softgarden.io",
        "iv": 1, "company": "DekaBank",
        "role": "Teamleiter Fondsbuchhaltung (m/w/d)", "stage": "recruiter_screen",
        "who": "katrin.vogel@deka.de",
        "trap": "german-hr-vorstellungsgespraech-berlin-tz",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//softgarden//Recruiting Calendar 1.0//DE
VERSION:2.0
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:sg-appointment-2291874-0@softgarden.io
DTSTAMP:20250130T111904Z
DTSTART;TZID=Europe/Berlin:20250206T120000
DTEND;TZID=Europe/Berlin:20250206T124500
SUMMARY:Vorstellungsgespräch: Teamleiter Fondsbuchhaltung (m/w/d) – Luxemburg
DESCRIPTION:Sehr geehrter Herr Weber\,\n\nvielen Dank für Ihre Bewerbung bei der DekaBank Deutsche Girozentrale\, Niederlassung Luxemburg. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem ersten Gespräch mit unserer Personalabteilung ein.\n\nGesprächspartnerin: Frau Katrin Vogel\, HR Recruiting\nFormat: Videointerview über Microsoft Teams (ca. 45 Minuten)\nSprache: Deutsch\n\nDen Link zur Teilnahme erhalten Sie separat per E-Mail.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Deka-Gruppe
ORGANIZER;CN=Deka Recruiting:mailto:deka@bewerbung.softgarden.io
ATTENDEE;CN=Julien Weber;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Katrin Vogel;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:katrin.vogel@deka.de
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A0F6D31D7D80DB0100000000000000001000000012A4C6E8F0B2D4F6A8C0E2F4A6B8D0F2",
        "iv": 1, "company": "DekaBank", "role": "Teamleiter Fondsbuchhaltung (m/w/d)",
        "stage": "hiring_manager", "who": "markus.brandt@deka.lu;katrin.vogel@deka.de",
        "trap": "german-fachgespraech-abteilungsleiter-onsite",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Vogel, Katrin":mailto:katrin.vogel@deka.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandt, Markus":mailto:markus.brandt@deka.lu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LUX-LH6 Besprechungsraum 2.04":mailto:lux-lh6-204@deka.lu
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Weber\,\n\nwie telefonisch besprochen bestätige ich Ihnen hiermit den Termin für das Fachgespräch mit Herrn Markus Brandt (Abteilungsleiter Fund Accounting & NAV Control). Ich werde ebenfalls teilnehmen.\n\nAdresse: 6\, rue Lou Hemmer\, L-1748 Senningerberg. Bitte melden Sie sich am Empfang.\n\nMit freundlichen Grüßen\nKatrin Vogel\n
UID:040000008200E00074C5B7101A82E00800000000A0F6D31D7D80DB0100000000000000001000000012A4C6E8F0B2D4F6A8C0E2F4A6B8D0F2
SUMMARY;LANGUAGE=de-DE:Fachgespräch Herr Weber / Herr Brandt – Teamleiter Fondsbuchhaltung
DTSTART;TZID=W. Europe Standard Time:20250225T150000
DTEND;TZID=W. Europe Standard Time:20250225T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T090044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Senningerberg\, 6 rue Lou Hemmer – Besprechungsraum 2.04
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse",
        "uid": "gh-interview-4471029002-7731@greenhouse.io",
        "iv": 1, "company": "Carne Group", "role": "Fund Oversight Manager",
        "stage": "recruiter_screen", "who": "aoife.brennan@carnegroup.com",
        "trap": "greenhouse-zoom-dublin-screen-utc",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-4471029002-7731@greenhouse.io
DTSTAMP:20250128T174402Z
DTSTART:20250203T093000Z
DTEND:20250203T100000Z
SUMMARY:Julien Weber <> Carne Group - Fund Oversight Manager (Dublin)
DESCRIPTION:Hi Julien\,\n\nThanks for taking the time to speak with us. This is an initial 30 minute conversation with Aoife Brennan (Talent Acquisition) about your background and the Fund Oversight Manager role in our Dublin ManCo team.\n\nJoin Zoom Meeting\nhttps://carnegroup.zoom.us/j/84412093317?pwd=Ykx3SmRzUjdUaEN2\nMeeting ID: 844 1209 3317\nPasscode: 552913\n\nOne tap mobile\n+35312405860\,\,84412093317# Ireland\n+35227861234\,\,84412093317# Luxembourg\n\nPowered by Greenhouse
ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@carnegroup.com
ATTENDEE;CN=Julien Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.weber.lux@pt.lu
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aoife.brennan@carnegroup.com
LOCATION:https://carnegroup.zoom.us/j/84412093317?pwd=Ykx3SmRzUjdUaEN2
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-update",
        "uid": "040000008200E00074C5B7101A82E0080000000052D1E7A09B7EDB01000000000000000010000000EE07B9A5C3D14E2C9D6F8A0B1C2D3E4F",
        "iv": 1, "company": "Carne Group", "role": "Fund Oversight Manager",
        "stage": "hiring_manager",
        "who": "ciaran.oconnor@carnegroup.com;sinead.murphy@carnegroup.com",
        "trap": "rescheduled-sequence-2-gmt-standard-time-panel",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Brennan, Aoife":mailto:aoife.brennan@carnegroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Connor, Ciarán":mailto:ciaran.oconnor@carnegroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Murphy, Sinéad":mailto:sinead.murphy@carnegroup.com
DESCRIPTION;LANGUAGE=en-IE:Hi Julien\,\n\nApologies for the change - Ciarán has a board meeting on the 13th so we have moved your second round to Tuesday 18th\, 16:00 Irish time (17:00 in Luxembourg). You will meet Ciarán O'Connor (Head of Fund Oversight) and Sinéad Murphy (Director\, Irish ManCo). Expect questions on NAV oversight of delegates\, KPIs and escalation to the board.\n\nThanks\,\nAoife\n\n""" + TEAMS_EN + r"""Meeting ID: 318 442 907 611\nPasscode: 7mQ2bR\n________________________________\nDial in by phone\n+353 1 653 9021\,\,771204556# Ireland\, Dublin\nPhone conference ID: 771 204 556#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000052D1E7A09B7EDB01000000000000000010000000EE07B9A5C3D14E2C9D6F8A0B1C2D3E4F
SUMMARY;LANGUAGE=en-IE:Updated: Carne | Fund Oversight Manager - 2nd round - Julien Weber
DTSTART;TZID=GMT Standard Time:20250218T160000
DTEND;TZID=GMT Standard Time:20250218T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T123305Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "1r0e9tq4lfk6m2b7c3sdv8ahu0@google.com",
        "iv": 1, "company": "Carne Group", "role": "Fund Oversight Manager",
        "stage": "final", "who": "eoin.kelly@carnegroup.com",
        "trap": "final-in-person-dublin-tz-ceo",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250313T110000
DTEND;TZID=Europe/Dublin:20250313T123000
DTSTAMP:20250303T095122Z
ORGANIZER;CN=Eoin Kelly:mailto:eoin.kelly@carnegroup.com
UID:1r0e9tq4lfk6m2b7c3sdv8ahu0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Eoin Kelly;X-NUM-GUESTS=0:mailto:eoin.kelly@carnegroup.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu;X-NUM-GUESTS=0:mailto:julien.weber.lux@pt.lu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aoife Brennan;X-NUM-GUESTS=0:mailto:aoife.brennan@carnegroup.com
CREATED:20250303T095121Z
DESCRIPTION:Julien\, great to have you over in Dublin. This is the final conversation with Eoin Kelly\, CEO of Carne Global Fund Managers (Ireland). Aoife is on the invite for logistics only.<br><br>Address: 2nd Floor\, Block E\, Iveagh Court\, Harcourt Road\, Dublin 2. Ask for Eoin at reception.<br>Travel expenses (Ryanair LUX-DUB) will be reimbursed - keep your receipts.
LAST-MODIFIED:20250303T095121Z
LOCATION:Carne Group\, Iveagh Court\, Harcourt Road\, Dublin 2\, Ireland
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Carne - final interview Julien Weber / Eoin Kelly
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
