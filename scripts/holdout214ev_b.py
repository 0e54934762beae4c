# ruff: noqa: E501  (raw iCalendar lines are as long as the tools write them)
"""holdout214 events, part b: ÖBB (Austria), Captrain, Transfesa, Metrans, Hector Rail."""

from holdout214ev_tz import CENTRAL_EU, MADRID, PARIS, VIENNA, WEST, ev

EVENTS = []

# ÖBB: phone interview, Outlook in Vienna time
EVENTS.append(ev("oebb-phone", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VIENNA + r"""BEGIN:VEVENT
ORGANIZER;CN="Huber Magdalena (ÖBB-Personenverkehr AG)":mailto:magdalena.huber@pv.oebb.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Krüger\,\n\nvielen Dank für Ih
 re Bewerbung als Ausbildner*in für Triebfahrzeugführer*innen. Gerne möchte
 n wir Sie in einem ersten telefonischen Gespräch näher kennenlernen. Ich r
 ufe Sie zur vereinbarten Zeit unter +49 176 4418 2093 an.\n\nBitte beachten
  Sie\, dass für die Tätigkeit in Österreich die Anerkennung Ihrer Fahrerla
 ubnis sowie die Kenntnis der österreichischen Vorschriften (DV V3) erforde
 rlich sind – gerne besprechen wir das im Gespräch.\n\nMit freundlichen Grü
 ßen\nMagdalena Huber\nRecruiting Traktion\nÖBB-Personenverkehr AG\nAm Haupt
 bahnhof 2\, 1100 Wien\n
UID:040000008200E00074C5B7101A82E0080000000040C7A3E1D567DA01000000000000000010000000F1B2A5C7D93E0C4A8D1F6E7A2C4B5D91
SUMMARY;LANGUAGE=de-AT:Telefonisches Erstgespräch – Ausbildner*in Triebfahrzeugführer*innen
DTSTART;TZID=Europe/Vienna:20240221T163000
DTEND;TZID=Europe/Vienna:20240221T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240215T132207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000040C7A3E1D567DA01000000000000000010000000F1B2A5C7D93E0C4A8D1F6E7A2C4B5D91",
    1, "ÖBB", "Ausbildner*in für Triebfahrzeugführer*innen", "recruiter_screen",
    "magdalena.huber@pv.oebb.at", "austrian-erstgespraech-vienna-tz", crlf=True))

# ÖBB: the "Hearing" (Austrian word for the panel interview) in Vienna
EVENTS.append(ev("oebb-hearing", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VIENNA + r"""BEGIN:VEVENT
ORGANIZER;CN="Huber Magdalena (ÖBB-Personenverkehr AG)":mailto:magdalena.huber@pv.oebb.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pichler Gerhard Ing. (ÖBB-Personenverkehr AG)":mailto:gerhard.pichler@pv.oebb.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Wallner Ernst (ÖBB-Personenverkehr AG)":mailto:ernst.wallner@pv.oebb.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="BZ Floridsdorf Seminarraum 4":mailto:bz-flo-sr4@oebb.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrter Herr Krüger\,\n\nwir freuen uns\, Si
 e zum Hearing für die Position Ausbildner*in Triebfahrzeugführer*innen ein
 zuladen.\n\nKommission: Ing. Gerhard Pichler (Leitung Aus- und Weiterbildu
 ng Traktion Ost)\, Ernst Wallner (Betriebsrat)\, Magdalena Huber (Recruiti
 ng)\n\nBitte bereiten Sie eine Kurzpräsentation (10 Min.) zum Thema "Wie ge
 stalte ich eine Praxisfahrt mit einer/einem Auszubildenden?" vor.\n\nOrt: Ö
 BB Bildungszentrum Wien-Floridsdorf\, Empfang Haus A\n\nReisekosten werden
  nach Vorlage der Belege ersetzt.\n\nMit freundlichen Grüßen\nMagdalena Hube
 r\n
UID:040000008200E00074C5B7101A82E00800000000B0A3E6A91A70DA0100000000000000001000000027C4D8E0B3A1F34E9C2B0A1D6E5F7A04
SUMMARY;LANGUAGE=de-AT:Hearing Ausbildner*in Tf – Hr. Krüger
DTSTART;TZID=Europe/Vienna:20240314T100000
DTEND;TZID=Europe/Vienna:20240314T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240301T084512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:ÖBB Bildungszentrum Wien-Floridsdorf\, Seminarraum 4
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B0A3E6A91A70DA0100000000000000001000000027C4D8E0B3A1F34E9C2B0A1D6E5F7A04",
    1, "ÖBB", "Ausbildner*in Triebfahrzeugführer*innen", "onsite",
    "gerhard.pichler@pv.oebb.at;ernst.wallner@pv.oebb.at;magdalena.huber@pv.oebb.at",
    "austrian-hearing-panel-with-works-council", crlf=True))

# travel to the Vienna hearing, typed by the user
EVENTS.append(ev("travel-vienna", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
BEGIN:VEVENT
UID:C2A7E5D0-81F3-4B6C-A90E-7D3F1B2C8E45
DTSTAMP:20240302T101133Z
DTSTART;TZID=Europe/Berlin:20240313T143600
DTEND;TZID=Europe/Berlin:20240313T220800
SUMMARY:Zug nach Wien (ICE 1607 -> Nürnberg\, RJ 63?)
LOCATION:Leipzig Hbf
DESCRIPTION:Hotel Motel One Wien Hbf gebucht\, Storno bis 12.3. 18 Uhr\nFah
 rkarten in DB Navigator\nRückfahrt Do 15:10
END:VEVENT
END:VCALENDAR
""", "C2A7E5D0-81F3-4B6C-A90E-7D3F1B2C8E45", 0, trap="travel-to-interview-not-interview"))

# Captrain: French invite from the group recruiting team
EVENTS.append(ev("captrain-fr-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PARIS + r"""BEGIN:VEVENT
ORGANIZER;CN="DUBOIS Claire":mailto:claire.dubois@captrain.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Krause Marion":mailto:marion.krause@captrain.de
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Sebastian\,\n\nComme convenu\, je vous con
 firme notre entretien de présélection pour le poste de Conducteur de train
  fret (Triebfahrzeugführer Güterverkehr) basé à Dresde\, Captrain Deutschla
 nd.\nMa collègue Marion Krause (RH Captrain Deutschland) participera à l'ent
 retien\, qui se déroulera en allemand.\n\nCordialement\,\nClaire Dubois\nCh
 argée de recrutement – Captrain / Rail Logistics Europe\n\n________________
 ________________________________________________________________\nRéunion M
 icrosoft Teams\nRejoindre sur votre ordinateur\, votre application mobile o
 u votre appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_YjQ1ZDcyMTQtNWE2My00MTdhLWJkMDItMTU
 2NWIwOTgyYzRi%40thread.v2/0>\nID de réunion : 341 556 920 118\nCode secret :
  fK3u9P\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E0080000000010F2B04BC966DA0100000000000000001000000066B1C0D2E9F84A4B8E6D3C7A1F0B2E55
SUMMARY;LANGUAGE=fr-FR:Entretien de présélection – Conducteur de train fret (Dresde) – S. Krüger
DTSTART;TZID=Europe/Paris:20240215T110000
DTEND;TZID=Europe/Paris:20240215T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240209T150934Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000010F2B04BC966DA0100000000000000001000000066B1C0D2E9F84A4B8E6D3C7A1F0B2E55",
    1, "Captrain Deutschland", "Conducteur de train fret (Triebfahrzeugführer Güterverkehr)",
    "recruiter_screen", "claire.dubois@captrain.fr;marion.krause@captrain.de",
    "french-teams-preselection", crlf=True))

# Captrain: cab ride as part of the selection
EVENTS.append(ev("captrain-cab-ride", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Krause, Marion":mailto:marion.krause@captrain.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sebastian Krüger:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bräuer, Jens":mailto:jens.braeuer@captrain.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Krüger\,\n\nals nächsten Schritt laden
  wir Sie zu einer Führerstandsmitfahrt ein. Sie begleiten unseren Lehrlokf
 ührer Jens Bräuer auf einer Leistung Dresden-Friedrichstadt – Riesa – Ros
 slau (BR 185). Herr Bräuer möchte dabei Ihre Praxis sehen (Bremsprobe\, Ü
 bergabe\, Fahrt auf Sicht im Bahnhof) und beantwortet Ihre Fragen.\n\nBitte
  PSA (Warnweste\, Sicherheitsschuhe) und Ihren Tf-Schein mitbringen. Treffp
 unkt: Personalraum Dresden-Friedrichstadt\, Gleis 58.\n\nViele Grüße\nMari
 on Krause\nPersonal Captrain Deutschland / ITL
UID:040000008200E00074C5B7101A82E008000000008E4C2F1A5D6CDA01000000000000000010000000A4C7E3B1D5F60E4B9A8C2D1E0F3B6A77
SUMMARY;LANGUAGE=de-DE:Führerstandsmitfahrt Auswahlverfahren Tf – Dresden-Friedrichstadt
DTSTART;TZID=W. Europe Standard Time:20240228T060000
DTEND;TZID=W. Europe Standard Time:20240228T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240220T110215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Dresden-Friedrichstadt\, Personalraum Gl. 58
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000008E4C2F1A5D6CDA01000000000000000010000000A4C7E3B1D5F60E4B9A8C2D1E0F3B6A77",
    1, "Captrain Deutschland", "", "technical", "jens.braeuer@captrain.de",
    "fuehrerstandsmitfahrt-selection-cab-ride", crlf=True))

# Captrain: final with the branch manager, Google Calendar invite
EVENTS.append(ev("captrain-final-google", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240311T150000Z
DTEND:20240311T160000Z
DTSTAMP:20240305T092255Z
ORGANIZER;CN=Thomas Wenzel:mailto:thomas.wenzel@captrain.de
UID:5j1c9o4s2q8e7kd6m0b3t1r9fv@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Wenzel;X-NUM-GUESTS=0:mailto:thomas.wenzel@captrain.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de;X-NUM-GUESTS=0:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marion Krause;X-NUM-GUESTS=0:mailto:marion.krause@captrain.de
CREATED:20240305T092254Z
DESCRIPTION:Herr Krüger\, nach der Mitfahrt mit Jens würde ich Sie gern pers
 önlich kennenlernen – Einsatzplanung\, Wohnortnähe Leipzig\, Gehalt.\n\nVG
  Thomas Wenzel\, Niederlassungsleiter Dresden\n\n-::~:~::~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~::~:~::-\nAn Videoanruf teilnehmen: https://meet.google.com/uvk-pzqa-xd
 n\nOder per Telefon teilnehmen: (DE) +49 30 300195061 PIN: 418 229 073#\n-:
 :~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::-
LAST-MODIFIED:20240305T092255Z
LOCATION:Dresden\, Hamburger Str. 91 oder Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Krüger / Wenzel – Gespräch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5j1c9o4s2q8e7kd6m0b3t1r9fv@google.com", 1, "Captrain Deutschland", "", "final",
    "thomas.wenzel@captrain.de", "google-terse-summary-branch-manager-final"))

# Transfesa: Spanish invite, Zoom
EVENTS.append(ev("transfesa-es-zoom", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTAMP:20240226T163318Z
DTSTART;TZID=Europe/Madrid:20240301T130000
DTEND;TZID=Europe/Madrid:20240301T134500
SUMMARY:Entrevista – Maquinista de mercancías / Triebfahrzeugführer (Leipzig)
UID:ZOOM86214731055@transfesa-com.zoom.us
ORGANIZER;CN=Lucía Fernández Ortega:mailto:lucia.fernandez@transfesa.com
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
DESCRIPTION:Hola Sebastian\,\n\nGracias por tu interés en Transfesa Logistics
 . Te confirmo la entrevista para el puesto de maquinista de mercancías con
  base en Leipzig (tráfico Alemania – frontera francesa).\nEn la segunda pa
 rte se unirá Markus Bein\, nuestro responsable de tracción en Alemania\, q
 ue hablará contigo en alemán.\n\nUn saludo\,\nLucía\n\nLucía Fernández Orte
 ga is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps
 ://transfesa-com.zoom.us/j/86214731055?pwd=Qk1xR2VhV0pZbFhtN0l3cVh6dG5wQT09
 \n\nMeeting ID: 862 1473 1055\nPasscode: 417209\n\n---\n\nOne tap mobile\n+4
 9695050 2596\,\,86214731055#\,\,\,\,*417209# Germany\n+34917873431\,\,86214
 731055#\,\,\,\,*417209# Spain
LOCATION:https://transfesa-com.zoom.us/j/86214731055?pwd=Qk1xR2VhV0pZbFhtN0l3cVh6dG5wQT09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", "ZOOM86214731055@transfesa-com.zoom.us", 1, "Transfesa Logistics",
    "Maquinista de mercancías / Triebfahrzeugführer", "recruiter_screen",
    "lucia.fernandez@transfesa.com;Markus Bein", "spanish-zoom-second-interviewer-in-body"))

# Metrans: interview cancelled (Outlook METHOD:CANCEL, Prague office)
EVENTS.append(ev("metrans-cancel", r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + CENTRAL_EU + r"""BEGIN:VEVENT
ORGANIZER;CN="Novák Petr":mailto:petr.novak@metrans.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schreiber Tobias":mailto:tobias.schreiber@metrans.eu
DESCRIPTION;LANGUAGE=en-US:Dear Sebastian\,\n\nunfortunately I have to cance
 l our interview on Thursday due to an operational issue at the Leipzig ter
 minal. I will send you a new date shortly.\n\nApologies and best regards\,
 \nPetr Novák\nHR Business Partner\, Metrans Rail\n
UID:040000008200E00074C5B7101A82E00800000000C3D9A01F4E68DA0100000000000000001000000079E2B1A4C0D3F54D8A7B6C5E4F3A2B10
SUMMARY;LANGUAGE=en-US:Canceled: Interview – Train Driver (Tf) Leipzig
DTSTART;TZID=Central Europe Standard Time:20240222T140000
DTEND;TZID=Central Europe Standard Time:20240222T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20240220T071845Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C3D9A01F4E68DA0100000000000000001000000079E2B1A4C0D3F54D8A7B6C5E4F3A2B10",
    1, "Metrans", "Train Driver (Tf)", "",
    "petr.novak@metrans.eu;tobias.schreiber@metrans.eu",
    "cancelled-interview-method-cancel", crlf=True))

# Metrans: the new date, on-site at the Leipzig terminal
EVENTS.append(ev("metrans-new-date", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + CENTRAL_EU + r"""BEGIN:VEVENT
ORGANIZER;CN="Novák Petr":mailto:petr.novak@metrans.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Schreiber Tobias":mailto:tobias.schreiber@metrans.eu
DESCRIPTION;LANGUAGE=en-US:Dear Sebastian\,\n\nas promised\, here is the new
  date. Tobias Schreiber (Head of Rail Operations Germany) will meet you in
  person at our Leipzig office\; we will speak German.\n\nAddress: Metrans Rai
 l (Deutschland) GmbH\, Am alten Flughafen 1\, Leipzig-Mockau. Parking at ga
 te 2.\n\nBest regards\,\nPetr\n
UID:040000008200E00074C5B7101A82E008000000003AA4E27C9B6BDA010000000000000000100000005C1D0E9B8A7F64E2B3C4D5E6F7081920
SUMMARY;LANGUAGE=en-US:Interview Train Driver Leipzig – Sebastian Krüger (new date)
DTSTART;TZID=Central Europe Standard Time:20240229T090000
DTEND;TZID=Central Europe Standard Time:20240229T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240222T131102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Metrans Leipzig office
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000003AA4E27C9B6BDA010000000000000000100000005C1D0E9B8A7F64E2B3C4D5E6F7081920",
    1, "Metrans", "Train Driver", "hiring_manager",
    "tobias.schreiber@metrans.eu", "english-outlook-central-europe-zone-rebooked", crlf=True))

# Hector Rail: Lever invite, English, UTC
EVENTS.append(ev("hector-lever", r"""BEGIN:VCALENDAR
PRODID:-//Lever//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8f3e2a71-5c0d-4b9e-a6f1-2d7c9e04b318
DTSTAMP:20240304T083117Z
DTSTART:20240308T080000Z
DTEND:20240308T084500Z
SUMMARY:Interview: Sebastian Krüger <> Hector Rail (Train Driver Germany – Leipzig)
ORGANIZER;CN=Hector Rail Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;CN=Johan Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:johan.lindqvist@hectorrail.com
ATTENDEE;CN=Katrin Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.weber@hectorrail.com
DESCRIPTION:Hi Sebastian\,\n\nYou're confirmed for your interview with Hect
 or Rail.\n\nPosition: Train Driver Germany (Tf) – Leipzig based\nInterview
 ers: Johan Lindqvist (Production Manager Germany)\, Katrin Weber (Crew Plan
 ning)\nFormat: Google Meet – https://meet.google.com/hpw-xqrt-kcd\n\nIf yo
 u need to reschedule\, please reply to this email.\n\nPowered by Lever
LOCATION:https://meet.google.com/hpw-xqrt-kcd
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "lever-interview-8f3e2a71-5c0d-4b9e-a6f1-2d7c9e04b318", 1, "Hector Rail",
    "Train Driver Germany (Tf)", "hiring_manager",
    "johan.lindqvist@hectorrail.com;katrin.weber@hectorrail.com", "lever-english-utc"))
