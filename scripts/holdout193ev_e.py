"""holdout193 events, part e: Meliá, NH (Spanish), Grand Hotel Ringstraße, InterContinental, Radisson, Arcotel,
Lindner, Dorint, Hotel Gasteig.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: E501, W291

EVENTS = [
    (
        "teams-english",
        "040000008200E00074C5B7101A82E00800000000D1C2B3A49586DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        1,
        "Meliá Vienna",
        "Rooms Division Manager",
        "hiring_manager",
        "carlos.vidal@melia.com",
        "outlook-english-hotel-manager-teams",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Vidal Ferrer, Carlos":mailto:carlos.vidal@melia.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=stefan.brunner.tirol@gmx.at:mailto:stefan.brunner.tirol@gmx.at
DESCRIPTION;LANGUAGE=en-US:Dear Stefan\,\n\nthank you for your application
 . I would be glad to have a first conversation about the Rooms Division Mana
 ger role at Meliá Vienna (DC Tower). I am the Hotel Manager and the role rep
 orts to me.\n\nKind regards\,\nCarlos\n\n______________________________________
 __________________________________________\nMicrosoft Teams meeting\nJoin o
 n your computer\, mobile app or room device\nClick here to join the meeting
 \nMeeting ID: 329 660 103 457\nPasscode: u8FZ3d\n______________________________
 __________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D1C2B3A49586DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=en-US:Meliá Vienna – Rooms Division Manager – Stefan Brunner
DTSTART;TZID=W. Europe Standard Time:20261118T113000
DTEND;TZID=W. Europe Standard Time:20261118T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261111T170533Z
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
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-entrevista",
        "040000008200E00074C5B7101A82E00800000000E2D3C4B5A697DB01000000000000000010000000DEADBEEF00112233445566778899AABB",
        1,
        "NH Collection München Bavaria",
        "Rooms Division Manager",
        "recruiter_screen",
        "lucia.martin@nh-hotels.com",
        "spanish-corporate-recruiter-romance-zone",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ romance-win%%
BEGIN:VEVENT
ORGANIZER;CN="Martín Gómez, Lucía":mailto:lucia.martin@nh-hotels.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stefan Brunner:mailto:stefan.brunner.tirol@gmx.at
DESCRIPTION;LANGUAGE=es-ES:Hola Stefan\,\n\nmuchas gracias por tu interés e
 n NH Hotel Group. Como te comenté por LinkedIn\, te envío la convocatoria pa
 ra una primera entrevista para la posición de Rooms Division Manager en el N
 H Collection München Bavaria. Podemos hablar en español o en inglés\, como p
 refieras.\n\nUn saludo\,\nLucía Martín\nTalent Acquisition – Central Europ
 e\nNH Hotel Group\, Madrid\n\n________________________________________________
 ________________________________\nReunión de Microsoft Teams\nÚnase a travé
 s de su ordenador\, aplicación móvil o dispositivo de sala\nId. de reunión: 3
 48 115 620 884\nCódigo de acceso: Np7sQ2\n____________________________________
 ____________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E2D3C4B5A697DB01000000000000000010000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=es-ES:Entrevista Rooms Division Manager – NH Collection München Bavaria
DTSTART;TZID=Romance Standard Time:20261127T100000
DTEND;TZID=Romance Standard Time:20261127T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261120T084107Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
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
    (
        "ipad-direktion",
        "F1E2D3C4-B5A6-4789-8A9B-0C1D2E3F4A5B",
        1,
        "Grand Hotel Ringstraße",
        "Stellvertretender Direktor",
        "hiring_manager",
        "Dir. Wallner",
        "hand-typed-direktionsgespraech-no-interview-word",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPad OS 26.1//EN
CALSCALE:GREGORIAN
%%TZ vienna-apple%%
BEGIN:VEVENT
CREATED:20261114T094455Z
UID:F1E2D3C4-B5A6-4789-8A9B-0C1D2E3F4A5B
DTEND;TZID=Europe/Vienna:20261123T163000
TRANSP:OPAQUE
SUMMARY:Wien: Termin bei Dir. Wallner (Grand Hotel Ringstraße) – Stv. Dir.
LAST-MODIFIED:20261114T094455Z
DTSTAMP:20261114T094455Z
DTSTART;TZID=Europe/Vienna:20261123T150000
LOCATION:Grand Hotel Ringstraße\, Kärntner Ring\, 1010 Wien
DESCRIPTION:Sekretariat (Fr. Holub) hat angerufen\, Direktor will mich pers
 önlich sehen. Zeugnisse in Kopie. Westbahn 10:40 ab IBK
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "taleo-phone",
        "TALEO-IHG-INTERVIEW-2611300815-334190",
        1,
        "InterContinental Wien",
        "Director of Rooms",
        "recruiter_screen",
        "nicole.berger@ihg.com",
        "taleo-auto-invite-english",
        r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:TALEO-IHG-INTERVIEW-2611300815-334190
DTSTAMP:20261123T111908Z
DTSTART;TZID=Europe/Vienna:20261130T081500
DTEND;TZID=Europe/Vienna:20261130T090000
SUMMARY:IHG Interview – Director of Rooms – InterContinental Wien (2600334190)
DESCRIPTION:Dear Stefan Brunner\,\n\nWe are pleased to confirm your interv
 iew for the position of Director of Rooms at InterContinental Wien.\n\nInt
 erviewer: Nicole Berger\, Director of Talent & Culture\nType: Telephone int
 erview\n\nShould you need to reschedule\, please contact the interviewer d
 irectly.\n\nIHG Hotels & Resorts
LOCATION:Telephone
ORGANIZER;CN=IHG Careers:mailto:ihg.careers@taleo.net
ATTENDEE;CN=Nicole Berger;ROLE=REQ-PARTICIPANT:mailto:nicole.berger@ihg.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-erstgespraech",
        "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB0100000000000000001000000013579BDF02468ACE13579BDF02468ACE",
        1,
        "Radisson Blu Park Royal Palace Hotel",
        "Rooms Division Manager",
        "recruiter_screen",
        "verena.tomasek@radissonhotels.com",
        "outlook-erstgespraech-hr-manager",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Tomasek, Verena":mailto:verena.tomasek@radissonhotels.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=stefan.brunner.tirol@gmx.at:mailto:stefan.brunner.tirol@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Lieber Herr Brunner\,\n\nanbei der Termin für un
 ser telefonisches Erstgespräch. Ich rufe Sie unter Ihrer Mobilnummer an.\n\n
 Beste Grüße\nVerena Tomasek\nHR Manager | Radisson Blu Park Royal Palace Ho
 tel\, Vienna\n
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB0100000000000000001000000013579BDF02468ACE13579BDF02468ACE
SUMMARY;LANGUAGE=de-AT:Erstgespräch – Rooms Division Manager – S. Brunner
DTSTART;TZID=W. Europe Standard Time:20261021T093000
DTEND;TZID=W. Europe Standard Time:20261021T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261015T142059Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Telefon
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
    (
        "outlook-zweitgespraech",
        "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB010000000000000000100000002468ACE013579BDF2468ACE013579BDF",
        1,
        "Radisson Blu Park Royal Palace Hotel",
        "Rooms Division Manager",
        "onsite",
        "wolfgang.steiner@radissonhotels.com;verena.tomasek@radissonhotels.com",
        "outlook-zweitgespraech-vor-ort-rooms-as-location",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Tomasek, Verena":mailto:verena.tomasek@radissonhotels.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Steiner, Wolfgang":mailto:wolfgang.steiner@radissonhotels.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=stefan.brunner.tirol@gmx.at:mailto:stefan.brunner.tirol@gmx.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="VIE-RB Schönbrunn Boardroom":mailto:vie-rb.boardroom@radissonhotels.com
DESCRIPTION;LANGUAGE=de-AT:Lieber Herr Brunner\,\n\nwie telefonisch verein
 bart: Zweitgespräch bei uns im Haus mit unserem General Manager Wolfgang Stei
 ner. Wir treffen uns in der Lobby.\n\nBeste Grüße\nVerena Tomasek\n
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB010000000000000000100000002468ACE013579BDF2468ACE013579BDF
SUMMARY;LANGUAGE=de-AT:Zweitgespräch RDM – Hr. Brunner
DTSTART;TZID=W. Europe Standard Time:20261111T150000
DTEND;TZID=W. Europe Standard Time:20261111T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T101742Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:VIE-RB Schönbrunn Boardroom
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
    (
        "onlyfy-video",
        "onlyfy-interview-77f0a1b2c3d4e5f6-arcotel",
        1,
        "Arcotel Hotels",
        "Hotel Manager (w/m/d) ARCOTEL Wimberger Wien",
        "",
        "s.hofbauer@arcotel.com",
        "austrian-ats-onlyfy-prescreen-video",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//onlyfy by XING//prescreen Interview//DE
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:onlyfy-interview-77f0a1b2c3d4e5f6-arcotel
DTSTAMP:20261102T134022Z
DTSTART;TZID=Europe/Vienna:20261109T110000
DTEND;TZID=Europe/Vienna:20261109T114500
SUMMARY:Video-Interview ARCOTEL Hotels – Hotel Manager (w/m/d) ARCOTEL Wimberger Wien
DESCRIPTION:Hallo Stefan\,\n\ndein Video-Interview ist bestätigt.\n\nGespr
 ächspartner:in: Sabine Hofbauer\, Head of People & Culture\nLink zum Video-
 Interview: https://arcotel.onlyfy.jobs/video/77f0a1b2c3d4e5f6\n\nBitte teste
  vorher Kamera und Mikrofon.\n\nDein ARCOTEL Recruiting Team
LOCATION:onlyfy Video-Interview
ORGANIZER;CN=ARCOTEL Recruiting:mailto:noreply@onlyfy.jobs
ATTENDEE;CN=Sabine Hofbauer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.hofbauer@arcotel.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "rexx-vorstellung",
        "rexx-termin-20261201-0043117@lindner.rexx-systems.com",
        1,
        "Lindner Hotels",
        "Resident Manager (m/w/d) Lindner Hotel München",
        "hiring_manager",
        "thomas.albrecht@lindner.de",
        "german-ats-rexx-vorstellungstermin-sie",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:rexx-termin-20261201-0043117@lindner.rexx-systems.com
DTSTAMP:20261124T071500Z
DTSTART;TZID=Europe/Berlin:20261201T100000
DTEND;TZID=Europe/Berlin:20261201T110000
SUMMARY:Vorstellungstermin: Resident Manager (m/w/d) Lindner Hotel München
DESCRIPTION:Sehr geehrter Herr Brunner\,\n\nhiermit bestätigen wir Ihren Vor
 stellungstermin per Videokonferenz mit Herrn Thomas Albrecht (Regionaldirekt
 or Süd).\n\nZugangslink: https://lindner.webex.com/meet/t.albrecht\n\nMit f
 reundlichen Grüßen\nIhr Lindner Recruiting-Team
LOCATION:Videokonferenz (Webex)
ORGANIZER;CN=Lindner Hotels Recruiting:mailto:recruiting@lindner.de
ATTENDEE;CN=Thomas Albrecht;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:thomas.albrecht@lindner.de
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "dvinci-einladung",
        "dvinci-appointment-5529013-dorint@dvinci-easy.com",
        1,
        "Dorint Hotels",
        "Hoteldirektor (m/w/d) Dorint Hotel München",
        "",
        "m.engel@dorint.com",
        "german-ats-dvinci-gespraechseinladung",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:dvinci-appointment-5529013-dorint@dvinci-easy.com
DTSTAMP:20261202T160144Z
DTSTART;TZID=Europe/Berlin:20261214T140000
DTEND;TZID=Europe/Berlin:20261214T150000
SUMMARY:Einladung zum Gespräch – Hoteldirektor (m/w/d) Dorint Hotel München
DESCRIPTION:Sehr geehrter Herr Brunner\,\n\nvielen Dank für Ihre Bewerbung.
  Gerne möchten wir Sie kennenlernen. Ihr Gesprächspartner ist Herr Michael 
 Engel (Director Operations Süd).\n\nOrt: Microsoft Teams (Link folgt separa
 t)\n\nMit freundlichen Grüßen\nDorint Hotels & Resorts – Recruiting
LOCATION:Microsoft Teams
ORGANIZER;CN=Dorint Recruiting:mailto:noreply@dvinci-easy.com
ATTENDEE;CN=Michael Engel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.engel@dorint.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "join-phone",
        "join-com-interview-2f9e8d7c6b5a",
        1,
        "Hotel Gasteig",
        "Front Office & Rooms Manager",
        "recruiter_screen",
        "Petra Aigner",
        "join-owner-calls-hotel-mailbox-organizer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:join-com-interview-2f9e8d7c6b5a
DTSTAMP:20261207T093311Z
DTSTART;TZID=Europe/Berlin:20261211T093000
DTEND;TZID=Europe/Berlin:20261211T100000
SUMMARY:Telefoninterview: Front Office & Rooms Manager @ Hotel Gasteig
DESCRIPTION:Hallo Stefan\,\n\nHotel Gasteig hat einen Termin mit dir verein
 bart.\nArt: Telefoninterview\nWer ruft an: Petra Aigner (Inhaberin)\n\nViel
  Erfolg!\nDein JOIN Team
LOCATION:Telefon
ORGANIZER;CN=Hotel Gasteig via JOIN:mailto:info@hotel-gasteig.de
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
]
