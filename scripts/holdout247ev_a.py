# ruff: noqa: E501
"""holdout247 events, part A: the user's own interviews at the multi-round employers (blind split)."""
from holdout247ev_zones import (
                                TZ_BERLIN,
                                TZ_COPENHAGEN,
                                TZ_MADRID,
                                TZ_UTC1_EN,
                                TZ_WEST,
                                TZ_ZURICH,
                                fold,
                                gfooter,
                                teams,
                                zoom,
)

FORMS = {
    "Fernweh Kaffeerösterei": "Fernweh|Fernweh Kaffee|Fernweh Kaffeeroesterei|Fernweh Rösterei",
    "Origo Green Coffee Import": "Origo|Origo Green Coffee|Origo Green Coffee Import GmbH",
    "Brevetti Ardena": "Brevetti|Brevetti Ardena S.p.A.|Brevetti Ardena Academy|Ardena",
    "Aurelia Hotels & Resorts": "Aurelia|Aurelia Hotels|Aurelia Hotel Berlin Tiergarten|Aurelia Hotels and Resorts",
    "Kiezrösterei": "Kiezroesterei|Kiezrösterei GmbH|Kiez Rösterei",
    "Haferglück": "Haferglueck|Haferglück GmbH",
    "Café Lindengrün": "Lindengrün|Cafe Lindengrün|Lindengruen|Café Lindengrün Wien",
    "Kaffebar Havnen": "Havnen|Kaffebar Havnen ApS",
    "Spreeufer Coffee Roasters": "Spreeufer|Spreeufer Coffee|Spreeufer Roasters",
    "Kaffeekontor Speicherstadt": "Kaffeekontor|Kaffeekontor Speicherstadt GmbH & Co. KG|KKS",
    "Bohnenland": "Bohnenland Filialen GmbH|Bohnenland Filialen",
    "Lémanique Machines à Café": "Lémanique|Lemanique|Lémanique SA|Lémanique Machines à Café SA",
    "Tostadores del Raval": "Tostadores|Tostadores del Raval S.L.|Raval",
}

EVENTS = [
dict(kind="personio-invite-rescheduled", uid="personio-interview-7f3c2a91-5d1e-4b7a-9e0c-2f61d8c4b0a5",
     is_interview=1, company="Fernweh Kaffeerösterei", role="Trainee Green Coffee Buying (m/w/d)",
     stage="recruiter_screen", interviewers="lea.baumgartner@fernweh-kaffee.de",
     trap="personio-rescheduled-sequence-2", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-7f3c2a91-5d1e-4b7a-9e0c-2f61d8c4b0a5
SEQUENCE:2
DTSTAMP:20251006T083512Z
CREATED:20251001T141000Z
LAST-MODIFIED:20251006T083512Z
DTSTART;TZID=Europe/Berlin:20251009T101500
DTEND;TZID=Europe/Berlin:20251009T104500
SUMMARY:Kennenlernen | Trainee Green Coffee Buying (m/w/d) | Fernweh Kaffeerösterei
DESCRIPTION:Hallo Jana\,\n\nwie telefonisch besprochen haben wir unser Kennenlernen auf Donnerstag\, 9.10.\, 10:15 Uhr verschoben (ursprünglich Dienstag 7.10.). Danke für deine Flexibilität!\n\nIm ersten Gespräch (ca. 30 Minuten) möchte ich dich und deinen Weg vom Tresen in Richtung Rohkaffee kennenlernen und dir ein paar Fragen zu deiner Motivation und zu Gehaltsvorstellung und Verfügbarkeit stellen.\n\nGesprächspartnerin: Lea Baumgartner (People & Culture)\n\nLink zum Videocall: https://meet.google.com/qfr-hzmx-twe\n\nViele Grüße\nLea\n\n--\nFernweh Kaffeerösterei GmbH · Lohmühlenstraße 61 · 12435 Berlin\nDiese Einladung wurde über Personio versendet.
LOCATION:Google Meet (Link in der Beschreibung)
ORGANIZER;CN=Fernweh Kaffeerösterei Recruiting:mailto:jobs@fernweh-kaffee.jobs.personio.de
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Lea Baumgartner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lea.baumgartner@fernweh-kaffee.de
STATUS:CONFIRMED
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""")),

dict(kind="outlook-no-vtimezone", uid="040000008200E00074C5B7101A82E00800000000A0F3C6B1D236DC01000000000000000010000000C2D4E8F0A1B2C3D4E5F60718293A4B5C",
     is_interview=1, company="Fernweh Kaffeerösterei", role="Trainee Green Coffee Buying",
     stage="technical", interviewers="matthias.oberlaender@fernweh-kaffee.de;aylin.demir@fernweh-kaffee.de",
     trap="outlook-windows-zone-cupping-test-no-vtimezone", hiring=False,
     ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Oberländer, Matthias":mailto:matthias.oberlaender@fernweh-kaffee.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Demir, Aylin":mailto:aylin.demir@fernweh-kaffee.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=Cuppingraum Lohmühle:mailto:cuppingraum@fernweh-kaffee.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Novak\,\n\nwie angekündigt folgt die zweite Runde für die Trainee-Stelle Green Coffee Buying: ein praktischer Cupping-Test bei uns in der Rösterei.\n\nAblauf (ca. 2 Std.):\n- Kalibrierungs-Cupping (6 Provenienzen\, SCA-Protokoll)\n- Triangulation (3 Sets)\n- Kurzes Gespräch über Ihre Bewertungen mit Aylin Demir (Q-Graderin) und mir\n\nBitte vorher nichts Scharfes essen und kein Parfum. Löffel stellen wir.\n\nBeste Grüße\nMatthias Oberländer\nHead of Green Coffee\n\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C6B1D236DC01000000000000000010000000C2D4E8F0A1B2C3D4E5F60718293A4B5C
SUMMARY;LANGUAGE=de-DE:2. Runde Trainee Green Coffee: Cupping-Test & Triangulation
DTSTART;TZID=W. Europe Standard Time:20251021T090000
DTEND;TZID=W. Europe Standard Time:20251021T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T121903Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Fernweh Kaffeerösterei\, Lohmühlenstraße 61\, 12435 Berlin – Cuppingraum (1. OG)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124751822
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),

dict(kind="ios-handtyped-floating", uid="8D2F41C7-3B9A-4E15-A6C0-5F7E9D21B384",
     is_interview=1, company="Fernweh Kaffeerösterei", role="", stage="final", interviewers="Konstantin",
     trap="handtyped-floating-final-first-name-only", hiring=False,
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251024T191204Z
DTEND:20251030T173000
DTSTAMP:20251024T191233Z
DTSTART:20251030T163000
LAST-MODIFIED:20251024T191233Z
LOCATION:Fernweh Rösterei Lohmühle
SEQUENCE:0
SUMMARY:Fernweh final w/ Konstantin (Gründer) !!
DESCRIPTION:Gehalt: 48k+ sagen\, Trainee-Zeit Ursprungsreise?? Äthiopien-Frage nochmal
UID:8D2F41C7-3B9A-4E15-A6C0-5F7E9D21B384
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:0B9E7C3D-5A21-4F84-9D6E-71C2A8B4F0E9
X-WR-ALARMUID:0B9E7C3D-5A21-4F84-9D6E-71C2A8B4F0E9
END:VALARM
END:VEVENT
END:VCALENDAR
"""),

dict(kind="agency-teams-screen", uid="040000008200E00074C5B7101A82E0080000000070B5D14F9A35DC01000000000000000010000000E7A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2",
     is_interview=1, company="Origo Green Coffee Import", role="Junior Green Coffee Buyer (m/w/d)",
     stage="recruiter_screen", interviewers="maximilian.grote@beanbrew-recruiting.de",
     trap="agency-recruiter-screen-names-client", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Grote, Maximilian":mailto:maximilian.grote@beanbrew-recruiting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Novak\,\n\nvielen Dank für Ihr Interesse an der Position Junior Green Coffee Buyer (m/w/d) bei unserem Mandanten Origo Green Coffee Import GmbH in Hamburg. Wie besprochen würde ich gern in einem ersten Telefoninterview (ca. 30 Min.) Ihren Hintergrund\, Ihre Sensorik-Erfahrung und Ihre Wechselmotivation besprechen\, bevor ich Ihr Profil an Origo weitergebe.\n\nBeste Grüße\nMaximilian Grote\nSenior Consultant Food & Beverage\nBean & Brew Recruiting GmbH\n+49 40 5558 2201\n""" + teams("372 918 455 610", "Xp7tQ2", "de") + r"""
UID:040000008200E00074C5B7101A82E0080000000070B5D14F9A35DC01000000000000000010000000E7A6B5C4D3E2F1A0B9C8D7E6F5A4B3C2
SUMMARY;LANGUAGE=de-DE:Telefoninterview Junior Green Coffee Buyer – Origo Green Coffee Import (Bean & Brew Recruiting)
DTSTART;TZID=W. Europe Standard Time:20251014T123000
DTEND;TZID=W. Europe Standard Time:20251014T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251010T090211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:maximilian.grote@beanbrew-recruiting.de\;gruu\;opaque=app:conf:focus:id:K7R2Q9
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""")),

dict(kind="google-invite", uid="5k2q8v1m7r3t9b0c4n6x2p8s1d@google.com",
     is_interview=1, company="Origo Green Coffee Import", role="Junior Green Coffee Buyer",
     stage="technical", interviewers="henrike.sass@origo-greencoffee.com;joao.pereira@origo-greencoffee.com",
     trap="google-cupping-calibration-english", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251104T130000
DTEND;TZID=Europe/Berlin:20251104T153000
DTSTAMP:20251027T154402Z
ORGANIZER;CN=Henrike Sass:mailto:henrike.sass@origo-greencoffee.com
UID:5k2q8v1m7r3t9b0c4n6x2p8s1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Henrike Sass;X-NUM-GUESTS=0:mailto:henrike.sass@origo-greencoffee.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=João Pereira;X-NUM-GUESTS=0:mailto:joao.pereira@origo-greencoffee.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=maximilian.grote@beanbrew-recruiting.de;X-NUM-GUESTS=0:mailto:maximilian.grote@beanbrew-recruiting.de
X-MICROSOFT-CDO-OWNERAPPTID:-1840211377
CREATED:20251027T154307Z
DESCRIPTION:Hi Jana\,\n\nas discussed with Maximilian\, here is the invite for the practical part: a calibration cupping with our buying team at the Hamburg lab.\n\n• 13:00 welcome + lab tour\n• 13:20 calibration cupping: 8 samples (washed Kenya\, natural Ethiopia\, two Brazils for our blend\, pre-shipment samples from Colombia and Peru\, 2 hidden duplicates)\n• 14:40 we compare scores and talk through your descriptors with João (trader\, Latin America)\n\nMaximilian is copied for info only. See you in the Speicherstadt!\nHenrike (Head of Quality)""" + gfooter() + r"""
LAST-MODIFIED:20251027T154402Z
LOCATION:Origo Green Coffee Import\, Sandtorkai 12\, 20457 Hamburg\, Germany
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Origo | Calibration cupping with buying team – Jana Novak
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="teams-invite-english", uid="040000008200E00074C5B7101A82E0080000000010C8A2E3F43ADC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4",
     is_interview=1, company="Origo Green Coffee Import", role="Junior Green Coffee Buyer",
     stage="final", interviewers="carsten.wilms@origo-greencoffee.com",
     trap="agency-organizer-final-teams", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_UTC1_EN + r"""BEGIN:VEVENT
ORGANIZER;CN="Grote, Maximilian":mailto:maximilian.grote@beanbrew-recruiting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wilms, Dr. Carsten":mailto:carsten.wilms@origo-greencoffee.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sass, Henrike":mailto:henrike.sass@origo-greencoffee.com
DESCRIPTION;LANGUAGE=en-US:Dear Jana\,\n\ncongratulations on a strong cupping session – Origo would like to invite you to the final interview with their Managing Director\, Dr Carsten Wilms. Henrike Sass is optional and may join for the last 10 minutes. The conversation will focus on how you would grow into the buyer role\, origin travel and the trainee contract.\n\nPlease call me afterwards for a short debrief.\n\nKind regards\nMaximilian\n""" + teams("318 204 776 901", "Hb9Lm3") + r"""
UID:040000008200E00074C5B7101A82E0080000000010C8A2E3F43ADC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
SUMMARY;LANGUAGE=en-US:Final interview: Origo Green Coffee Import – MD (Junior Green Coffee Buyer)
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20251118T170000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20251118T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T101544Z
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="successfactors-invite", uid="SF-ISCHED-brevettiP-4471-0000118302",
     is_interview=1, company="Brevetti Ardena", role="Academy Trainer DACH (m/w/d)",
     stage="recruiter_screen", interviewers="giulia.ferraro@brevetti-ardena.it",
     trap="successfactors-phone-screen-italian-hr", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISCHED-brevettiP-4471-0000118302
DTSTAMP:20251015T071140Z
DTSTART:20251020T080000Z
DTEND:20251020T083000Z
SUMMARY:Interview Scheduled: Academy Trainer DACH (m/w/d) - Req 4471
DESCRIPTION:Dear Jana Novak\,\n\nThank you for applying to Brevetti Ardena S.p.A.\n\nYour interview has been scheduled as follows:\n\nRequisition: Academy Trainer DACH (m/w/d) (4471)\nLocation: Brevetti Ardena Academy Berlin\nInterview type: Phone interview\nInterviewer(s): Giulia Ferraro\, Talent Acquisition Specialist\n\nGiulia will call you on +49 1577 0148 312. The interview will be held in English\; some German will be welcome.\n\nIf you need to reschedule\, please use the link in your candidate profile.\n\nBrevetti Ardena Talent Acquisition\nThis message was sent from an unmonitored mailbox.
LOCATION:Phone call
ORGANIZER;CN=Brevetti Ardena Careers:mailto:careers-noreply@brevetti-ardena.it
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Giulia Ferraro;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:giulia.ferraro@brevetti-ardena.it
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="outlook-room-resource", uid="040000008200E00074C5B7101A82E00800000000D0E91C6A3B3CDC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
     is_interview=1, company="Brevetti Ardena", role="Academy Trainer DACH",
     stage="technical", interviewers="stefan.kraushaar@brevetti-ardena.de;marta.ricci@brevetti-ardena.it",
     trap="lehrprobe-training-demo-room-resource", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kraushaar, Stefan":mailto:stefan.kraushaar@brevetti-ardena.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ricci, Marta":mailto:marta.ricci@brevetti-ardena.it
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=BER Academy Showroom (12) Bar 1+2:mailto:ber-academy-showroom@brevetti-ardena.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=BER Demo-Maschine Ardena Duetto 2gr:mailto:ber-demo-duetto@brevetti-ardena.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Novak\,\n\nfür die zweite Runde bitten wir Sie um eine Lehrprobe: Bitte bereiten Sie eine 20-minütige Trainingseinheit „Milchschaum für Einsteiger“ für zwei Teilnehmende vor (Marta Ricci und ich spielen die Gruppe). Im Anschluss ca. 30 Minuten Fragen zu Didaktik\, Wartungsgrundlagen und Ihrem SCA-Hintergrund.\n\nMaschine: Ardena Duetto 2-gruppig\, Mühle steht bereit\, Milch (Vollmilch + Hafer) ist da.\n\nMit freundlichen Grüßen\nStefan Kraushaar\nHead of Academy DACH\nBrevetti Ardena Deutschland GmbH\n
UID:040000008200E00074C5B7101A82E00800000000D0E91C6A3B3CDC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
SUMMARY;LANGUAGE=de-DE:Lehrprobe Academy Trainer DACH – Jana Novak
DTSTART;TZID=W. Europe Standard Time:20251105T140000
DTEND;TZID=W. Europe Standard Time:20251105T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T164020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BER Academy Showroom (12) Bar 1+2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-LOCATIONS:[{"DisplayName":"BER Academy Showroom (12) Bar 1+2","LocationAnnotation":"","LocationUri":"ber-academy-showroom@brevetti-ardena.de","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}]
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="outlook-cancel", uid="040000008200E00074C5B7101A82E0080000000040A7E2B55E41DC01000000000000000010000000B2C3D4E5F6071829A3B4C5D6E7F80910",
     is_interview=1, company="Brevetti Ardena", role="Academy Trainer DACH",
     stage="final", interviewers="paolo.benedetti@brevetti-ardena.it;giulia.ferraro@brevetti-ardena.it;stefan.kraushaar@brevetti-ardena.de",
     trap="method-cancel-panel-final", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ferraro, Giulia":mailto:giulia.ferraro@brevetti-ardena.it
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benedetti, Paolo":mailto:paolo.benedetti@brevetti-ardena.it
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kraushaar, Stefan":mailto:stefan.kraushaar@brevetti-ardena.de
DESCRIPTION;LANGUAGE=en-US:Dear Jana\,\n\nunfortunately Paolo has to travel to Milan for the HOST fair preparation\, so we need to cancel tomorrow's panel. I will send you two new slots by Friday – apologies for the short notice!\n\nBest regards\nGiulia\n\nPanel: Paolo Benedetti (Country Manager DACH)\, Stefan Kraushaar (Head of Academy)\, Giulia Ferraro (Talent Acquisition)\n""" + teams("391 557 120 448", "Qa4Zs8") + r"""
UID:040000008200E00074C5B7101A82E0080000000040A7E2B55E41DC01000000000000000010000000B2C3D4E5F6071829A3B4C5D6E7F80910
SUMMARY;LANGUAGE=en-US:Canceled: Panel interview – Academy Trainer DACH (final round)
DTSTART;TZID=W. Europe Standard Time:20251119T150000
DTEND;TZID=W. Europe Standard Time:20251119T161500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251118T161233Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="workday-invite", uid="WD-INTERVIEW-aurelia-2b9f0c7e41d84a5f9e3a6c1d7b20f8e4",
     is_interview=1, company="Aurelia Hotels & Resorts", role="Beverage & Coffee Manager",
     stage="recruiter_screen", interviewers="nadine.vogt@aurelia-hotels.com",
     trap="workday-zoom-hotel-recruiter-screen", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-aurelia-2b9f0c7e41d84a5f9e3a6c1d7b20f8e4
DTSTAMP:20251020T112233Z
DTSTART:20251023T140000Z
DTEND:20251023T143000Z
SUMMARY:Interview: Beverage & Coffee Manager (R-0028841) - Aurelia Hotel Berlin Tiergarten
DESCRIPTION:Hello Jana\,\n\nThank you for your interest in Aurelia Hotels & Resorts. You are invited to a first conversation for the position Beverage & Coffee Manager (R-0028841) at Aurelia Hotel Berlin Tiergarten.\n\nInterviewer: Nadine Vogt\, Talent Acquisition Partner Central Europe\nFormat: Zoom video interview (30 minutes)\n""" + zoom("84412093377", "QWx0dGVyQkVSMjAyNQ", "aurelia-hotels") + r"""\nPlease have your availability\, notice period and salary expectation at hand.\n\nThis interview was scheduled through Workday. Please do not reply to this message.
LOCATION:https://aurelia-hotels.zoom.us/j/84412093377
ORGANIZER;CN=Aurelia Talent Acquisition:mailto:aurelia@myworkday.com
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Nadine Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:nadine.vogt@aurelia-hotels.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="outlook-assessment-centre", uid="040000008200E00074C5B7101A82E0080000000090F2A6C17E45DC01000000000000000010000000C0D1E2F30415263748596A7B8C9DAEBF",
     is_interview=1, company="Aurelia Hotels & Resorts", role="Beverage & Coffee Manager",
     stage="onsite", interviewers="ricardo.alves@aurelia-hotels.com;nadine.vogt@aurelia-hotels.com",
     trap="assessment-centre-utc-label-zone-sent-by", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_UTC1_EN + r"""BEGIN:VEVENT
ORGANIZER;CN="Alves, Ricardo";SENT-BY="mailto:fb.office.tiergarten@aurelia-hotels.com":mailto:ricardo.alves@aurelia-hotels.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vogt, Nadine":mailto:nadine.vogt@aurelia-hotels.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=TGT Meeting Room Spree (20):mailto:tgt-room-spree@aurelia-hotels.com
DESCRIPTION;LANGUAGE=en-US:Dear Jana\,\n\nWe are pleased to invite you to our Assessment Day for the Beverage & Coffee Manager position.\n\nAgenda\n09:00 Welcome coffee & introduction\n09:30 Case study: relaunch of the lobby coffee bar (preparation 45 min\, presentation 15 min)\n11:00 Role play: difficult guest / team conflict\n12:00 Lunch with the F&B team\n13:00 Practical: espresso & milk beverages on the lobby La Serena\, breakfast rush simulation\n14:30 Interview with Ricardo Alves (Director of F&B) and Nadine Vogt (Talent Acquisition)\n15:30 Q&A and goodbye\n\nDress code: business casual\; an apron will be provided for the practical part.\n\nBest regards\nF&B Office on behalf of Ricardo Alves\n
UID:040000008200E00074C5B7101A82E0080000000090F2A6C17E45DC01000000000000000010000000C0D1E2F30415263748596A7B8C9DAEBF
SUMMARY;LANGUAGE=en-US:Assessment Day – Beverage & Coffee Manager | Aurelia Hotel Berlin Tiergarten
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20251106T090000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20251106T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T083001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Aurelia Hotel Berlin Tiergarten\, Lützowufer 9\, 10785 Berlin – Meeting Room Spree
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Jana\,</p><p>We are pleased to invite you to our <b>Assessment Day</b> for the Beverage &amp\; Coffee Manager position.</p><p>Interview with Ricardo Alves (Director of F&amp\;B) and Nadine Vogt.</p></body></html>
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="outlook-internal-application", uid="040000008200E00074C5B7101A82E00800000000B0C3D7E85B40DC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049",
     is_interview=1, company="Kiezrösterei", role="Head of Training", stage="hiring_manager",
     interviewers="benedikt.haas@kiezroesterei.de",
     trap="internal-application-own-employer-work-address", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Haas, Benedikt";SENT-BY="mailto:personal@kiezroesterei.de":mailto:benedikt.haas@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Jana\,\n\ndanke für deine interne Bewerbung auf die ausgeschriebene Stelle Head of Training (Akademie + Filialschulungen). Lass uns in Ruhe außerhalb der Schicht sprechen: was du dir vorstellst\, wie die Übergabe der Filiale Weserstraße aussehen könnte und welche Schulungsformate du aufbauen willst.\n\nBitte behandle das Gespräch vorerst vertraulich gegenüber dem Team.\n\nViele Grüße\nBenedikt\n(COO)\n
UID:040000008200E00074C5B7101A82E00800000000B0C3D7E85B40DC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049
SUMMARY;LANGUAGE=de-DE:Gespräch interne Bewerbung Head of Training (vertraulich)
DTSTART;TZID=W. Europe Standard Time:20251016T160000
DTEND;TZID=W. Europe Standard Time:20251016T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251010T140512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Rösterei Lichtenberg\, Besprechungsraum „Moka“
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="outlook-internal-rescheduled", uid="040000008200E00074C5B7101A82E00800000000F01D4E7A0C46DC01000000000000000010000000E5D6C7B8A9F0E1D2C3B4A59687706152",
     is_interview=1, company="Kiezrösterei", role="Head of Training", stage="final",
     interviewers="friederike.lang@kiezroesterei.de;benedikt.haas@kiezroesterei.de",
     trap="internal-final-rescheduled-sequence-presentation", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Lang, Friederike":mailto:friederike.lang@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haas, Benedikt":mailto:benedikt.haas@kiezroesterei.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Personal Kiezrösterei:mailto:personal@kiezroesterei.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Jana\,\n\nich muss unseren Termin leider um eine Woche schieben (Messe). Neuer Termin: Do\, 13.11.\, 9:30 Uhr.\n\nWie besprochen: 2. Gespräch zur internen Besetzung Head of Training. Bitte stell uns in ca. 20 Minuten dein Schulungskonzept für 2026 vor (Onboarding neue Baristas\, Latte-Art-Level\, SCA-Kurse in der Akademie)\, danach Fragen von Benedikt und mir und Gespräch über Konditionen.\n\nLiebe Grüße\nFriederike\n
UID:040000008200E00074C5B7101A82E00800000000F01D4E7A0C46DC01000000000000000010000000E5D6C7B8A9F0E1D2C3B4A59687706152
SUMMARY;LANGUAGE=de-DE:Head of Training – 2. Gespräch + Vorstellung Schulungskonzept (NEUER TERMIN)
DTSTART;TZID=W. Europe Standard Time:20251113T093000
DTEND;TZID=W. Europe Standard Time:20251113T110000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251103T075959Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Büro Rösterei Lichtenberg\, Besprechungsraum „Moka“
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="greenhouse-invite", uid="greenhouse-interview-b6e1f9a2-48c3-4d0e-a7b5-91f3c2e8d640",
     is_interview=1, company="Haferglück", role="Barista Channel Manager DACH",
     stage="recruiter_screen", interviewers="sophie.lindqvist@haferglueck.com",
     trap="greenhouse-google-meet-recruiter", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-b6e1f9a2-48c3-4d0e-a7b5-91f3c2e8d640
DTSTAMP:20251007T140301Z
DTSTART:20251010T090000Z
DTEND:20251010T093000Z
SUMMARY:Jana Novak <> Haferglück | Recruiter Call (Barista Channel Manager DACH)
DESCRIPTION:Hi Jana\,\n\nI'm looking forward to our call about the Barista Channel Manager DACH role! In 30 minutes I'll tell you more about Haferglück's barista programme (oat milk for specialty cafés\, latte-art training\, the Barista Edition) and we'll talk about your experience and what you're looking for.\n\nJoin: https://meet.google.com/vxn-ubpa-kko\n\nSophie Lindqvist\nTalent Partner\, Haferglück\n\nScheduled via Greenhouse
LOCATION:https://meet.google.com/vxn-ubpa-kko
ORGANIZER;CN=Sophie Lindqvist:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Sophie Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie.lindqvist@haferglueck.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="google-invite-hiring-manager", uid="1u7e3lq9h2k6p0f8s4d5c1v3b9@google.com",
     is_interview=1, company="Haferglück", role="Barista Channel Manager DACH",
     stage="hiring_manager", interviewers="moritz.endres@haferglueck.com",
     trap="google-hiring-manager-sales-vocabulary", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251017T120000Z
DTEND:20251017T130000Z
DTSTAMP:20251013T081544Z
ORGANIZER;CN=Moritz Endres:mailto:moritz.endres@haferglueck.com
UID:1u7e3lq9h2k6p0f8s4d5c1v3b9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Moritz Endres;X-NUM-GUESTS=0:mailto:moritz.endres@haferglueck.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20251013T081500Z
DESCRIPTION:Hi Jana – Sophie passed your profile on\, great to meet you. In this hour I'd like to hear how you'd win and train specialty cafés in Berlin\, Hamburg and Vienna\, how you handle a café owner who thinks oat milk ruins latte art\, and what your first 90 days as Barista Channel Manager would look like. Cheers\, Moritz (Head of Foodservice DACH)""" + gfooter("wep-rbzq-tcy") + r"""
LAST-MODIFIED:20251013T081544Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Haferglück – Interview mit Moritz (Hiring Manager) / Barista Channel Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="greenhouse-case-presentation", uid="greenhouse-interview-0c4d8e2a-7b1f-4a9c-b3e6-5d2f8a1c9e70",
     is_interview=1, company="Haferglück", role="Barista Channel Manager DACH",
     stage="final", interviewers="moritz.endres@haferglueck.com;clara.weidmann@haferglueck.com",
     trap="final-case-presentation-latte-art-words", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-0c4d8e2a-7b1f-4a9c-b3e6-5d2f8a1c9e70
DTSTAMP:20251024T101010Z
DTSTART:20251030T130000Z
DTEND:20251030T143000Z
SUMMARY:Final Round: Case Presentation – Barista Channel Manager DACH (Jana Novak)
DESCRIPTION:Hi Jana\,\n\nYou're through to the final round for the Barista Channel Manager DACH role at Haferglück. Please prepare a 20-minute presentation on the case we sent (launching a latte-art training tour for 40 independent cafés in Berlin and Vienna)\, followed by 40 minutes of questions and a short hands-on: pour two rosettas with Barista Edition at our test bar.\n\nInterviewers:\n- Moritz Endres\, Head of Foodservice DACH\n- Clara Weidmann\, VP Sales Europe\n\nLocation: Haferglück Berlin office\, Torstraße 140\, 10119 Berlin (3rd floor\, test kitchen)\n\nScheduled via Greenhouse. Sophie Lindqvist (Talent Partner) coordinates – reply to her for any questions.
LOCATION:Haferglück Berlin\, Torstraße 140\, 10119 Berlin
ORGANIZER;CN=Sophie Lindqvist:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Moritz Endres;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:moritz.endres@haferglueck.com
ATTENDEE;CN=Clara Weidmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:clara.weidmann@haferglueck.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="gmx-owner-invite", uid="20251019T203355Z-41827@kalender.gmx.net",
     is_interview=1, company="Café Lindengrün", role="Geschäftsführung / Café Manager",
     stage="hiring_manager", interviewers="eva.prohaska@gmx.at",
     trap="owner-free-mail-vienna-phone-call", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender//DE
METHOD:REQUEST
""" + TZ_BERLIN.replace("Europe/Berlin", "Europe/Vienna") + r"""BEGIN:VEVENT
UID:20251019T203355Z-41827@kalender.gmx.net
DTSTAMP:20251019T203355Z
DTSTART;TZID=Europe/Vienna:20251022T190000
DTEND;TZID=Europe/Vienna:20251022T194500
SUMMARY:Telefonat Café Lindengrün – Geschäftsführung
DESCRIPTION:Liebe Frau Novak\, wie per Mail vereinbart rufe ich Sie am Mittwoch nach Ladenschluss an. Ich würde gern hören\, wie Sie sich die Leitung vom Lindengrün vorstellen (8 Mitarbeiter\, Frühstück\, eigene Röstung ab Frühjahr) und was Sie nach Wien zieht. Liebe Grüße aus dem 7. Bezirk\, Eva Prohaska (Inhaberin)
LOCATION:Telefon +43 660 7713 208
ORGANIZER;CN=Eva Prohaska:mailto:eva.prohaska@gmx.at
ATTENDEE;CN=Jana Novak;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
CLASS:PUBLIC
END:VEVENT
END:VCALENDAR
""")),

dict(kind="thunderbird-handtyped-allday-trial", uid="a3f08c1e-6d2b-4f97-8e15-0b7c4d92e6a1",
     is_interview=1, company="Café Lindengrün", role="", stage="onsite", interviewers="Eva Prohaska",
     trap="probetag-vienna-handtyped-no-attendees", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + TZ_BERLIN.replace("Europe/Berlin", "Europe/Vienna") + r"""BEGIN:VEVENT
CREATED:20251023T064410Z
LAST-MODIFIED:20251023T064722Z
DTSTAMP:20251023T064722Z
UID:a3f08c1e-6d2b-4f97-8e15-0b7c4d92e6a1
SUMMARY:Probetag Lindengrün Wien
DTSTART;TZID=Europe/Vienna:20251103T073000
DTEND;TZID=Europe/Vienna:20251103T153000
LOCATION:Café Lindengrün\, Lindengasse 27\, 1070 Wien
DESCRIPTION:Probetag als Café-Managerin. Eva Prohaska zeigt mir Frühstücksbetrieb + Abrechnung\, danach Gespräch.\nSchürze\, Tamper + Messer mitnehmen! Nachtzug So 22:xx ab Hbf
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT12H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
"""),

dict(kind="google-invite-copenhagen", uid="6b0e2r8t4y1u7i3o9p5a2s6d0f@google.com",
     is_interview=1, company="Kaffebar Havnen", role="Café Manager", stage="hiring_manager",
     interviewers="mads@kaffebarhavnen.dk", trap="danish-samtale-owner-google", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_COPENHAGEN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Copenhagen:20251028T100000
DTEND;TZID=Europe/Copenhagen:20251028T104500
DTSTAMP:20251022T183011Z
ORGANIZER;CN=Mads Kjærgaard:mailto:mads@kaffebarhavnen.dk
UID:6b0e2r8t4y1u7i3o9p5a2s6d0f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mads Kjærgaard;X-NUM-GUESTS=0:mailto:mads@kaffebarhavnen.dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20251022T182900Z
DESCRIPTION:Hej Jana!\n\nThanks for your application for café manager at Havnen. Let's have a first samtale on video – I'm the owner\, we are two bars (Islands Brygge + Nordhavn)\, 14 people\, our own filter roast from a friend in Valby. We'll talk in English\, no stress about Danish.\n\nMvh / best\nMads""" + gfooter("kdp-xwqa-mhn") + r"""
LAST-MODIFIED:20251022T183011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Samtale: Café Manager – Kaffebar Havnen (Jana N.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="thunderbird-recurring-trial-shift", uid="5e9b1d37-0a4c-4c82-b6f1-3d8e72a9c015",
     is_interview=1, company="Kaffebar Havnen", role="café manager", stage="onsite", interviewers="Mads;Freja",
     trap="recurring-trial-shift-recurrence-id-override", hiring=False,
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + TZ_COPENHAGEN + r"""BEGIN:VEVENT
CREATED:20251102T201544Z
LAST-MODIFIED:20251105T090102Z
DTSTAMP:20251105T090102Z
UID:5e9b1d37-0a4c-4c82-b6f1-3d8e72a9c015
SUMMARY:Trial shift Havnen CPH (café manager)
RRULE:FREQ=DAILY;COUNT=2
DTSTART;TZID=Europe/Copenhagen:20251113T070000
DTEND;TZID=Europe/Copenhagen:20251113T150000
LOCATION:Kaffebar Havnen\, Islands Brygge 21\, 2300 København S
DESCRIPTION:2 day trial shift w/ Mads + Freja (head barista). Day 1 bar + opening\, day 2 Nordhavn\, closing + talk w/ Mads after
SEQUENCE:1
END:VEVENT
BEGIN:VEVENT
CREATED:20251102T201544Z
LAST-MODIFIED:20251105T090102Z
DTSTAMP:20251105T090102Z
UID:5e9b1d37-0a4c-4c82-b6f1-3d8e72a9c015
SUMMARY:Trial shift Havnen CPH – Nordhavn (closing)
RECURRENCE-ID;TZID=Europe/Copenhagen:20251114T070000
DTSTART;TZID=Europe/Copenhagen:20251114T110000
DTEND;TZID=Europe/Copenhagen:20251114T190000
LOCATION:Kaffebar Havnen Nordhavn\, Helsinkigade 8\, 2150 Nordhavn
DESCRIPTION:closing shift w/ Freja\, then talk w/ Mads ~18:00
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),

dict(kind="google-invite-founder-gmail", uid="0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com",
     is_interview=1, company="Spreeufer Coffee Roasters", role="Wholesale Manager", stage="hiring_manager",
     interviewers="niklas.brandt.roasts@gmail.com", trap="founder-gmail-casual-chat-wording", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251008T151500Z
DTEND:20251008T160000Z
DTSTAMP:20251006T212201Z
ORGANIZER;CN=Niklas Brandt:mailto:niklas.brandt.roasts@gmail.com
UID:0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Niklas Brandt;X-NUM-GUESTS=0:mailto:niklas.brandt.roasts@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20251006T212100Z
DESCRIPTION:hey jana\, cool that you applied for the wholesale job!! lets just have a chat at the roastery\, i'll make us some filter. want to hear how you'd look after our 30 café accounts + get new ones. niklas""" + gfooter() + r"""
LAST-MODIFIED:20251006T212201Z
LOCATION:Spreeufer Coffee Roasters\, Holzmarktstraße 25\, 10243 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jana x Niklas – wholesale chat @ roastery
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="google-trial-day", uid="3c8v1b6n2m9q4w7e0r5t8y1u3i@google.com",
     is_interview=1, company="Spreeufer Coffee Roasters", role="Wholesale Manager", stage="onsite",
     interviewers="niklas.brandt.roasts@gmail.com;paula@spreeufer-coffee.de",
     trap="trial-day-ride-along-account-visits", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251020T070000Z
DTEND:20251020T150000Z
DTSTAMP:20251012T101733Z
ORGANIZER;CN=Niklas Brandt:mailto:niklas.brandt.roasts@gmail.com
UID:3c8v1b6n2m9q4w7e0r5t8y1u3i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Niklas Brandt;X-NUM-GUESTS=0:mailto:niklas.brandt.roasts@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Paula Ostrowski;X-NUM-GUESTS=0:mailto:paula@spreeufer-coffee.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20251012T101700Z
DESCRIPTION:Trial day for the wholesale manager job\, paid of course.\n9:00 production cupping with Paula (QC)\n10:30 ride-along: 3 café accounts (grinder calibration at one of them – bring your refractometer if you have one)\n14:00 back at the roastery\, you pitch us how you'd handle the Mitte café that wants to leave us\n16:00 beer + decision talk\n\nNiklas""" + gfooter() + r"""
LAST-MODIFIED:20251012T101733Z
LOCATION:Spreeufer Coffee Roasters\, Holzmarktstraße 25\, 10243 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Spreeufer Probetag Wholesale (Jana)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="softgarden-invite", uid="softgarden-appointment-1184473-55810291",
     is_interview=1, company="Kaffeekontor Speicherstadt", role="Trainee Rohkaffee-Einkauf (m/w/d)",
     stage="hiring_manager", interviewers="birte.hansen@kaffeekontor-speicherstadt.de;jens.petersen@kaffeekontor-speicherstadt.de",
     trap="softgarden-video-interview-two-interviewers", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:softgarden-appointment-1184473-55810291
DTSTAMP:20251021T094410Z
DTSTART;TZID=Europe/Berlin:20251027T110000
DTEND;TZID=Europe/Berlin:20251027T120000
SUMMARY:Einladung zum Vorstellungsgespräch: Trainee Rohkaffee-Einkauf (m/w/d)
DESCRIPTION:Sehr geehrte Frau Novak\,\n\nvielen Dank für Ihre Bewerbung als Trainee Rohkaffee-Einkauf (m/w/d). Gern möchten wir Sie näher kennenlernen und laden Sie zu einem Video-Vorstellungsgespräch ein.\n\nIhre Gesprächspartner:\nBirte Hansen\, Personalreferentin\nJens Petersen\, Leitung Einkauf Rohkaffee\n\nZugangslink: https://kaffeekontor-speicherstadt.webex.com/meet/birte.hansen\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Kaffeekontor Speicherstadt GmbH & Co. KG\nSt. Annenufer 4\, 20457 Hamburg
LOCATION:Webex-Videokonferenz
ORGANIZER;CN=Kaffeekontor Speicherstadt Recruiting:mailto:noreply@kaffeekontor-speicherstadt.softgarden.io
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Birte Hansen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:birte.hansen@kaffeekontor-speicherstadt.de
ATTENDEE;CN=Jens Petersen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jens.petersen@kaffeekontor-speicherstadt.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="outlook-sensory-test", uid="040000008200E00074C5B7101A82E0080000000020B8D3F4A947DC01000000000000000010000000A1A2A3A4B5B6B7B8C9C0C1C2D3D4D5D6",
     is_interview=1, company="Kaffeekontor Speicherstadt", role="Trainee Rohkaffee-Einkauf",
     stage="technical", interviewers="jens.petersen@kaffeekontor-speicherstadt.de;okke.thiessen@kaffeekontor-speicherstadt.de",
     trap="sensorik-test-triangel-no-interview-word", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Petersen, Jens":mailto:jens.petersen@kaffeekontor-speicherstadt.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Thiessen, Okke":mailto:okke.thiessen@kaffeekontor-speicherstadt.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=HH Probenlabor EG:mailto:hh-probenlabor@kaffeekontor-speicherstadt.de
DESCRIPTION;LANGUAGE=de-DE:Moin Frau Novak\,\n\nwie besprochen der zweite Termin bei uns im Probenlabor:\n- Rohkaffee-Bewertung (Defektzählung nach SCA\, 350 g Probe)\n- Proberöstung am Probenröster\n- Sensorik: Triangel-Tests + Cupping von 6 Offer-Samples\, anschließend kurze Einschätzung Preis/Qualität\n\nOkke Thiessen (Q-Grader) und ich sind dabei.\n\nGruß aus der Speicherstadt\nJens Petersen\n
UID:040000008200E00074C5B7101A82E0080000000020B8D3F4A947DC01000000000000000010000000A1A2A3A4B5B6B7B8C9C0C1C2D3D4D5D6
SUMMARY;LANGUAGE=de-DE:Novak – Sensorik & Rohkaffee-Bewertung (2. Termin)
DTSTART;TZID=W. Europe Standard Time:20251111T100000
DTEND;TZID=W. Europe Standard Time:20251111T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T130159Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HH Probenlabor EG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="dvinci-phone-interview", uid="dvinci-termin-bohnenland-000772145",
     is_interview=1, company="Bohnenland", role="Regionalleiter/in Berlin-Brandenburg",
     stage="recruiter_screen", interviewers="melanie.krueger@bohnenland.de",
     trap="dvinci-telefoninterview-no-organizer-attendee", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Termin//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:dvinci-termin-bohnenland-000772145
DTSTAMP:20251014T075512Z
DTSTART;VALUE=DATE-TIME:20251017T070000Z
DTEND;VALUE=DATE-TIME:20251017T073000Z
SUMMARY:Telefoninterview Bohnenland Filialen GmbH
DESCRIPTION:Sehr geehrte Frau Novak\,\n\nhiermit bestätigen wir Ihren Termin für das Telefoninterview zur Stelle „Regionalleiter/in Berlin-Brandenburg“.\n\nIhre Ansprechpartnerin Frau Melanie Krüger (Recruiting\, melanie.krueger@bohnenland.de) ruft Sie unter der angegebenen Nummer an.\n\nFreundliche Grüße\nBohnenland Filialen GmbH – Personalabteilung
LOCATION:Telefonisch
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")),

dict(kind="outlook-assessment-center-de", uid="040000008200E00074C5B7101A82E00800000000C0E4F6A1B248DC01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9FA0",
     is_interview=1, company="Bohnenland", role="Regionalleiter/in Berlin-Brandenburg",
     stage="onsite", interviewers="thomas.reimers@bohnenland.de;melanie.krueger@bohnenland.de",
     trap="assessment-center-group-room-resource-de", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Krüger, Melanie":mailto:melanie.krueger@bohnenland.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de:mailto:jana.novak.coffee@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reimers, Thomas":mailto:thomas.reimers@bohnenland.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=HH Zentrale Schulungsraum 2:mailto:hh-schulungsraum2@bohnenland.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Novak\,\n\nwir freuen uns\, Sie zu unserem Assessment Center für die Position Regionalleiter/in Berlin-Brandenburg einzuladen. Sie treffen an diesem Tag drei weitere Kandidatinnen und Kandidaten.\n\nAblauf:\n- Selbstpräsentation (5 Min.)\n- Gruppenübung „Filialranking“\n- Rollenspiel Mitarbeitergespräch (Low Performer)\n- Postkorbübung\n- Abschlussinterview mit Thomas Reimers (Vertriebsleitung Nord) und mir\n\nReisekosten (2. Klasse) werden erstattet.\n\nMit freundlichen Grüßen\nMelanie Krüger\nRecruiting\n
UID:040000008200E00074C5B7101A82E00800000000C0E4F6A1B248DC01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9FA0
SUMMARY;LANGUAGE=de-DE:Assessment Center Regionalleitung BB – Jana Novak
DTSTART;TZID=W. Europe Standard Time:20251029T093000
DTEND;TZID=W. Europe Standard Time:20251029T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T111111Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bohnenland Zentrale\, Überseering 30\, 22297 Hamburg – Schulungsraum 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="french-phone-interview", uid="entretien-7731-lemanique@recrutement.lemanique-cafe.ch",
     is_interview=1, company="Lémanique Machines à Café", role="Formateur·rice Académie Café (DE/FR)",
     stage="recruiter_screen", interviewers="chloe.favre@lemanique-cafe.ch",
     trap="french-entretien-zurich-zone", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lemanique SA//Recrutement//FR
METHOD:REQUEST
""" + TZ_ZURICH + r"""BEGIN:VEVENT
UID:entretien-7731-lemanique@recrutement.lemanique-cafe.ch
DTSTAMP:20251016T143000Z
DTSTART;TZID=Europe/Zurich:20251021T163000
DTEND;TZID=Europe/Zurich:20251021T170000
SUMMARY:Entretien téléphonique – Formateur·rice Académie Café (DE/FR)
DESCRIPTION:Bonjour Madame Novak\,\n\nSuite à votre candidature pour le poste de Formateur·rice Académie Café (DE/FR) à Lausanne\, nous avons le plaisir de vous proposer un premier entretien téléphonique d'environ 30 minutes avec Chloé Favre\, chargée de recrutement.\n\nL'entretien se déroulera en français et en allemand.\n\nMeilleures salutations\nRessources humaines\nLémanique Machines à Café SA\nChemin du Closel 5\, 1020 Renens
LOCATION:Téléphone (nous vous appelons)
ORGANIZER;CN=Chloé Favre:mailto:chloe.favre@lemanique-cafe.ch
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="french-practical-demo", uid="entretien-7768-lemanique@recrutement.lemanique-cafe.ch",
     is_interview=1, company="Lémanique Machines à Café", role="Formateur·rice Académie Café",
     stage="technical", interviewers="laurent.dubois@lemanique-cafe.ch;chloe.favre@lemanique-cafe.ch",
     trap="french-demonstration-pratique-calibration", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lemanique SA//Recrutement//FR
METHOD:REQUEST
""" + TZ_ZURICH + r"""BEGIN:VEVENT
UID:entretien-7768-lemanique@recrutement.lemanique-cafe.ch
DTSTAMP:20251104T081500Z
DTSTART;TZID=Europe/Zurich:20251117T093000
DTEND;TZID=Europe/Zurich:20251117T123000
SUMMARY:2e entretien + démonstration pratique (extraction & calibration)
DESCRIPTION:Bonjour Madame Novak\,\n\nNous vous remercions pour l'échange téléphonique et vous invitons à un deuxième entretien dans nos locaux de Renens.\n\nDéroulement :\n- démonstration pratique : calibrage d'un moulin et réglage de l'extraction sur nos machines (30 min)\n- mini-formation en allemand pour deux collègues du service technique (20 min)\n- entretien avec Laurent Dubois\, responsable de l'Académie\, et Chloé Favre (RH)\n\nLes frais de déplacement sont pris en charge.\n\nMeilleures salutations\nChloé Favre
LOCATION:Lémanique Machines à Café SA\, Chemin du Closel 5\, 1020 Renens – Académie
ORGANIZER;CN=Chloé Favre:mailto:chloe.favre@lemanique-cafe.ch
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Laurent Dubois;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laurent.dubois@lemanique-cafe.ch
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(kind="spanish-google-invite", uid="2h7j4k1l8z5x3c0v6b9n2m4q7w@google.com",
     is_interview=1, company="Tostadores del Raval", role="Responsable de Formación y Calidad",
     stage="hiring_manager", interviewers="marc@tostadoresdelraval.es",
     trap="spanish-entrevista-cofounder-madrid-zone", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251023T170000
DTEND;TZID=Europe/Madrid:20251023T174500
DTSTAMP:20251019T102030Z
ORGANIZER;CN=Marc Puig:mailto:marc@tostadoresdelraval.es
UID:2h7j4k1l8z5x3c0v6b9n2m4q7w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Puig;X-NUM-GUESTS=0:mailto:marc@tostadoresdelraval.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20251019T102000Z
DESCRIPTION:Hola Jana\,\n\ngracias por tu candidatura para el puesto de Responsable de Formación y Calidad. Te propongo una primera entrevista por videollamada (en inglés o castellano\, como prefieras). Soy cofundador y me encargo del tueste. Hablaremos de tu experiencia formando baristas y del control de calidad en nuestras tres cafeterías de Barcelona.\n\nUn abrazo\nMarc""" + gfooter("htb-gmqe-zra") + r"""
LAST-MODIFIED:20251019T102030Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Jana Novak – Responsable de Formación y Calidad (Tostadores del Raval)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(kind="spanish-zoom-remote-cupping", uid="factorial-ats-event-5521908",
     is_interview=1, company="Tostadores del Raval", role="Responsable de Formación y Calidad",
     stage="technical", interviewers="marc@tostadoresdelraval.es;nuria@tostadoresdelraval.es",
     trap="spanish-cata-remota-no-entrevista-word", hiring=False,
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial HR//ATS Calendar//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:factorial-ats-event-5521908
DTSTAMP:20251103T160000Z
DTSTART:20251107T160000Z
DTEND:20251107T171500Z
SUMMARY:Segunda fase: cata remota con el equipo – Jana Novak
DESCRIPTION:Hola Jana\,\n\nTe hemos enviado por mensajería 5 muestras (tostado del martes). En esta segunda fase del proceso haremos una cata en directo por Zoom: preparas las muestras según el protocolo SCA que te adjuntamos\, nos cuentas tus notas y cómo formarías al equipo para que la calidad sea la misma en las tres tiendas.\n\nEn la llamada: Marc Puig (cofundador) y Núria Vidal (jefa de calidad\, nuria@tostadoresdelraval.es).\n""" + zoom("93377155208", "Y2F0YVJhdmFsMjAyNQ", "us06web") + r"""\nSaludos\nEquipo de Personas – Tostadores del Raval
LOCATION:Zoom
ORGANIZER;CN=Tostadores del Raval – Personas:mailto:personas@tostadoresdelraval.es
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
ATTENDEE;CN=Marc Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marc@tostadoresdelraval.es
ATTENDEE;CN=Núria Vidal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nuria@tostadoresdelraval.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),
]
