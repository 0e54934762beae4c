# ruff: noqa: E501, W291
"""holdout250 events, part b: the user's own interviews (agencies, Augsburg, start-ups, public sector, medtech,
university clinic, practices, cancelled and rescheduled ones)."""
from holdout250ev_zones import (
                                APPLE_BERLIN,
                                APPLE_HEAD,
                                BERLIN,
                                GOOGLE_HEAD,
                                OUTLOOK_HEAD,
                                TB_BERLIN,
                                TB_HEAD,
                                UTC1,
                                WEST,
)

EVENTS = [
    # B1 agency invites; company is the client hospital
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000E6B71C90F22CDC01000000000000000010000000A7C1E3F5B7D9F1A3C5E7B9D1F3A5C7E9",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Schwaiger, Tobias (MedConnect)":mailto:t.schwaiger@medconnec
 t-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Theresa Br
 andl:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kreitmair, Sa
 bine":mailto:sabine.kreitmair@klinikum-starnberger-see.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lohmüller, Ge
 org":mailto:georg.lohmueller@klinikum-starnberger-see.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Brandl\,\n\nwie telefonisch besproche
 n\, hier der Termin für Ihr Vorstellungsgespräch bei unserem Kunden\, dem K
 linikum Starnberger See. Gesprächspartner: Frau Kreitmair (Leitende Hebamm
 e) und Herr Lohmüller (Pflegedirektor). Ich selbst bin nicht dabei\, rufe 
 Sie aber danach kurz an.\n\nPosition: Hebamme Kreißsaal (Teilzeit 75 %)\, 
 unbefristet\, Direktanstellung beim Klinikum.\n\nBeste Grüße\nTobias Schwa
 iger\nSenior Consultant Healthcare | MedConnect Personal GmbH\nT +49 89 412
 0 5583\n
UID:040000008200E00074C5B7101A82E00800000000E6B71C90F22CDC01000000000000000
 010000000A7C1E3F5B7D9F1A3C5E7B9D1F3A5C7E9
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Klinikum Starnberger See – Hebam
 me Kreißsaal (TZ 75%) | Fr. Brandl
DTSTART;TZID=W. Europe Standard Time:20250930T143000
DTEND;TZID=W. Europe Standard Time:20250930T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250923T095514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Klinikum Starnberger See\, Verwaltung EG\, Raum 0.0
 8
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Klinikum Starnberger See", role="Hebamme Kreißsaal (Teilzeit 75 %)",
         stage="hiring_manager",
         interviewers="sabine.kreitmair@klinikum-starnberger-see.de;georg.lohmueller@klinikum-starnberger-see.de",
         trap="agency-organizer-client-employer", hiring=False),

    # B2 Augsburg HR phone screen via d.vinci, UTC
    dict(kind="dvinci-invite", uid="dvinci-appointment-5521087@pnz-augsburg-west.de",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:dvinci-appointment-5521087@pnz-augsburg-west.de
DTSTAMP:20251103T130017Z
DTSTART:20251110T123000Z
DTEND:20251110T130000Z
SUMMARY:Telefoninterview: Kreißsaalleitung (m/w/d) – Perinatalzentrum Augsb
 urg-West
ORGANIZER;CN=Perinatalzentrum Augsburg-West Bewerbermanagement:mailto:noreply
 @pnz-augsburg-west.de
ATTENDEE;CN=Melanie Kistler;ROLE=REQ-PARTICIPANT:mailto:melanie.kistler@pnz
 -augsburg-west.de
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:Telefon
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nvielen Dank für Ihre Bewerbung al
 s Kreißsaalleitung (m/w/d) (Kennziffer PNZ-2025-044). Frau Melanie Kistler
  (Personalreferentin) wird Sie zum vereinbarten Termin anrufen.\n\nTermin: 
 Montag\, 10.11.2025\, 13:30 Uhr\n\nSie können den Termin im Bewerberportal
  bestätigen oder absagen.\n\nMit freundlichen Grüßen\nIhr Team Personalgewi
 nnung\n\n-- \nDiese Nachricht wurde automatisch über d.vinci versendet.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Perinatalzentrum Augsburg-West", role="Kreißsaalleitung (m/w/d)",
         stage="recruiter_screen", interviewers="melanie.kistler@pnz-augsburg-west.de",
         trap="ats-dvinci-kennziffer-utc", hiring=False),

    # B3 Augsburg selection panel (Auswahlgremium)
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E008000000003F0A7E1B4D53DC01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + UTC1 + r"""BEGIN:VEVENT
ORGANIZER;CN="Kistler, Melanie":mailto:melanie.kistler@pnz-augsburg-west.de
ATTENDEE;CN=Theresa Brandl;RSVP=TRUE:mailto:theresa.brandl@web.de
ATTENDEE;CN="Dr. Heinrich Reiser (Pflegedirektor)";RSVP=TRUE:mailto:heinri
 ch.reiser@pnz-augsburg-west.de
ATTENDEE;CN="Prof. Dr. Carola Beck (Chefärztin Perinatalmedizin)";RSVP=TRUE
 :mailto:carola.beck@pnz-augsburg-west.de
ATTENDEE;CN="Anneliese Wörle (Leitende Hebamme\, scheidend)";RSVP=TRUE:mai
 lto:anneliese.woerle@pnz-augsburg-west.de
ATTENDEE;CN=Mitarbeitervertretung;ROLE=OPT-PARTICIPANT:mailto:mav@pnz-augsb
 urg-west.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Raum Lech (Verwaltung):mailto:
 raum.lech@pnz-augsburg-west.de
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nwir laden Sie zum Vorstellungsges
 präch vor unserem Auswahlgremium ein (Pflegedirektor Dr. Reiser\, Chefärzti
 n Prof. Dr. Beck\, Frau Wörle als bisherige Leitung). Bitte bringen Sie Ih
 re Zeugnisse im Original mit.\n\nMit freundlichen Grüßen\nMelanie Kistler\n
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20
 251124T090000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2025
 1124T103000
DTSTAMP:20251112T100200Z
LOCATION:Raum Lech (Verwaltung)
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Kreißsaalleitung (m/w/d) – Auswahl
 gremium
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003F0A7E1B4D53DC01000000000000000
 010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Perinatalzentrum Augsburg-West", role="Kreißsaalleitung (m/w/d)", stage="onsite",
         interviewers="heinrich.reiser@pnz-augsburg-west.de;carola.beck@pnz-augsburg-west.de;anneliese.woerle@pnz-augsburg-west.de",
         trap="panel-with-mav-observer-and-room", hiring=False),

    # B4 Augsburg assessment centre, contains "Mitarbeitergespräch" role play
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E0080000000071C2B3D45E5ADC01000000000000000010000000F9E8D7C6B5A4938271605F4E3D2C1B0A",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kistler, Melanie":mailto:melanie.kistler@pnz-augsburg-west.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Theresa Br
 andl:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reiser, Dr. H
 einrich":mailto:heinrich.reiser@pnz-augsburg-west.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lutz, Dagmar 
 (Lutz Management Diagnostik)":mailto:d.lutz@lutz-diagnostik.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Brandl\,\n\nSie sind eine von 
 zwei Kandidatinnen in der letzten Stufe. Das Assessment Center für Führung
 skräfte Pflege umfasst: Postkorbübung (45 Min.)\, Rollenspiel „Kritisches
  Mitarbeitergespräch mit einer Hebamme“\, Kurzpräsentation „Mein erstes Ja
 hr als Kreißsaalleitung“ und ein Abschlussinterview mit Dr. Reiser.\n\nBeo
 bachterin: Dagmar Lutz (externe Eignungsdiagnostikerin).\n\nMittagessen in
  der Cafeteria ist organisiert.\n
UID:040000008200E00074C5B7101A82E0080000000071C2B3D45E5ADC01000000000000000
 010000000F9E8D7C6B5A4938271605F4E3D2C1B0A
SUMMARY;LANGUAGE=de-DE:Assessment Center Führungskräfte Pflege – Kreißsaall
 eitung – Frau Brandl
DTSTART;TZID=W. Europe Standard Time:20251209T083000
DTEND;TZID=W. Europe Standard Time:20251209T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T141500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bildungszentrum PNZ Augsburg-West\, Seminarraum 3
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Perinatalzentrum Augsburg-West", role="Kreißsaalleitung", stage="final",
         interviewers="heinrich.reiser@pnz-augsburg-west.de;d.lutz@lutz-diagnostik.de",
         trap="assessment-center-with-mitarbeitergespraech-roleplay", hiring=False),

    # B5 recruiter agency, Google invite, names as written only
    dict(kind="google-invite", uid="7hd0q2m5v8c1k4n9p3s6t0b2x5@google.com",
         ics=GOOGLE_HEAD + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251016T100000
DTEND;TZID=Europe/Berlin:20251016T110000
DTSTAMP:20251009T151040Z
ORGANIZER;CN=Sandra Maurer:mailto:s.maurer@hebammenjobs-sued.de
UID:7hd0q2m5v8c1k4n9p3s6t0b2x5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sandra Maurer;X-NUM-GUESTS=0:mailto:s.maurer@hebammenjobs-sued.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
CREATED:20251009T151039Z
DESCRIPTION:Hallo Theresa\,\n\nhier wie versprochen der Termin beim KKH Erd
 ing-Nord. Gesprächspartner vor Ort: PDL Herr Anton Wimmer und die leitende
  Hebamme Frau Elif Demir. Das Haus hat ~900 Geburten\, neues Kreißsaalkonz
 ept mit hebammengeleitetem Kreißsaal – passt super zu dir!\n\nMeld dich g
 erne danach bei mir.\nSandra\n\nHebammen-Jobs Süd | Personalvermittlung fü
 r Hebammen\n\nInvitation from Google Calendar: https://calendar.google.com
 /calendar/\n\nYou are receiving this email because you are an attendee on 
 the event.
LAST-MODIFIED:20251009T151040Z
LOCATION:Kreiskrankenhaus Erding-Nord\, Haupteingang\, Am Klinikum 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch KKH Erding-Nord (über Hebammen-Jobs Süd)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Kreiskrankenhaus Erding-Nord", role="", stage="hiring_manager",
         interviewers="Anton Wimmer;Elif Demir", trap="recruiter-organizer-names-client-in-description",
         hiring=False),

    # B6 start-up founder on gmail, Google Meet, Denglish
    dict(kind="google-invite", uid="3c9r1t7b0q4m2v8n6k5h1d3s0a@google.com",
         ics=GOOGLE_HEAD + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251020T180000
DTEND;TZID=Europe/Berlin:20251020T184500
DTSTAMP:20251015T220311Z
ORGANIZER;CN=Marlene Hofstetter:mailto:marlene.hofstetter@gmail.com
UID:3c9r1t7b0q4m2v8n6k5h1d3s0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marlene Hofstetter;X-NUM-GUESTS=0:mailto:marlene.hofstetter@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
X-GOOGLE-CONFERENCE:https://meet.google.com/kzu-hwpe-qra
CREATED:20251015T220310Z
DESCRIPTION:Hi Theresa\, \n\nsuper dass du Lust hast! Lass uns in einem ers
 ten Call über die Rolle „Head of Midwifery Content“ bei Nestlotsin sprech
 en – wir sind noch pre-seed\, daher läuft meine Mail noch über gmail 🙈 A
 gend: kurz wir\, kurz du\, deine Fragen\, next steps.\n\nCheers\nMarlene (C
 o-Founder & CEO)\n\nJoin with Google Meet: https://meet.google.com/kzu-hwpe
 -qra\n\nInvitation from Google Calendar: https://calendar.google.com/calen
 dar/
LAST-MODIFIED:20251015T220311Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nestlotsin x Theresa – Erstgespräch Head of Midwifery Content
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Nestlotsin", role="Head of Midwifery Content", stage="hiring_manager",
         interviewers="marlene.hofstetter@gmail.com", trap="startup-founder-gmail-denglish", hiring=False),

    # B7 start-up case presentation
    dict(kind="google-invite", uid="0p6s2k9v4c7m1q3t8n5h2b0d6r@google.com",
         ics=GOOGLE_HEAD + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251104T170000
DTEND;TZID=Europe/Berlin:20251104T180000
DTSTAMP:20251027T083355Z
ORGANIZER;CN=Jonas Brückl:mailto:jonas@nestlotsin.app
UID:0p6s2k9v4c7m1q3t8n5h2b0d6r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonas Brückl;X-NUM-GUESTS=0:mailto:jonas@nestlotsin.app
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marlene Hofstetter;X-NUM-GUESTS=0:mailto:marlene@nestlotsin.app
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
X-GOOGLE-CONFERENCE:https://meet.google.com/pfd-yxor-bmc
CREATED:20251027T083354Z
DESCRIPTION:Case-Präsentation (Round 2): Bitte bereite ein kurzes Content-
 Konzept für die ersten 10 Tage Wochenbett in der App vor (5-7 Slides\, 20 
 Min.)\, danach Q&A mit Marlene und mir (CTO). \n\nJoin with Google Meet: ht
 tps://meet.google.com/pfd-yxor-bmc\n\nInvitation from Google Calendar: http
 s://calendar.google.com/calendar/\n\nYou are receiving this email because y
 ou are an attendee on the event.
LAST-MODIFIED:20251027T083355Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Case-Präsentation Wochenbett-Content | Nestlotsin Round 2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Nestlotsin", role="", stage="technical",
         interviewers="jonas@nestlotsin.app;marlene@nestlotsin.app", trap="case-presentation-startup-round-2",
         hiring=False),

    # B8 public sector selection interview (Auswahlgespräch), Landratsamt
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Personalamt LRA Mangfalltal":mailto:personalamt@lra-mangfalltal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rottmüller, G
 erhard (Leitung Amt für Jugend und Familie)":mailto:gerhard.rottmueller@lr
 a-mangfalltal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ertl, Simone 
 (KoKi)":mailto:simone.ertl@lra-mangfalltal.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Personalrat:ma
 ilto:personalrat@lra-mangfalltal.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gleichstellungs
 beauftragte:mailto:gleichstellung@lra-mangfalltal.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Brandl\,\n\nim Rahmen des Stel
 lenbesetzungsverfahrens „Familienhebamme (m/w/d) – Koordinierende Kindersc
 hutzstelle (KoKi)\, TVöD-SuE S 12\, Teilzeit 50 %“ laden wir Sie zu einem 
 strukturierten Auswahlgespräch ein. Kommission: Herr Rottmüller\, Frau Ert
 l\; Personalrat und Gleichstellungsbeauftragte nehmen gem. BayPVG teil.\n\n
 Schwerbehinderte Bewerber*innen werden bei gleicher Eignung bevorzugt.\n\nL
 andratsamt Mangfalltal – Sachgebiet Personal\n
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DC01000000000000000
 010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Familienhebamme (KoKi) – Frau Brand
 l
DTSTART;TZID=W. Europe Standard Time:20251112T083000
DTEND;TZID=W. Europe Standard Time:20251112T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T101100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Landratsamt Mangfalltal\, Zi. 214
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Landratsamt Mangfalltal",
         role="Familienhebamme (m/w/d) – Koordinierende Kinderschutzstelle (KoKi)", stage="hiring_manager",
         interviewers="gerhard.rottmueller@lra-mangfalltal.de;simone.ertl@lra-mangfalltal.de",
         trap="public-sector-auswahlgespraech-personalrat", hiring=False),

    # B9 medtech, Workday, English, UTC
    dict(kind="workday-invite", uid="WD-INTERVIEW-7f3a2c91e0b84d6f@lumacor.wd3.myworkday.com",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-7f3a2c91e0b84d6f@lumacor.wd3.myworkday.com
DTSTAMP:20251105T141822Z
DTSTART:20251113T150000Z
DTEND:20251113T153000Z
SUMMARY:Interview: R-01873 Clinical Application Specialist Obstetrics (m/f
 /d) - Theresa Brandl
ORGANIZER;CN=Lumacor Talent Acquisition:mailto:lumacor@myworkday.com
ATTENDEE;CN=Priya Natarajan;ROLE=REQ-PARTICIPANT:mailto:priya.natarajan@lum
 acor-medical.com
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:Phone Screen - Priya will call you
DESCRIPTION:Dear Theresa\,\n\nThank you for your interest in Lumacor Medica
 l. Your phone screen for the position Clinical Application Specialist Obst
 etrics (m/f/d)\, Munich/field-based\, is scheduled as follows:\n\nDate: Thu
 rsday\, November 13\, 2025\nTime: 4:00 PM - 4:30 PM CET\nInterviewer: Priya
  Natarajan\, Talent Acquisition Partner DACH\n\nThe role supports clinical 
 teams using our fetal monitoring (CTG) systems in delivery rooms.\n\nTo re
 schedule\, please use the candidate home page in Workday.\n\nBest regards\,
 \nLumacor Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Lumacor Medical", role="Clinical Application Specialist Obstetrics (m/f/d)",
         stage="recruiter_screen", interviewers="priya.natarajan@lumacor-medical.com",
         trap="workday-english-utc-industry-switch", hiring=False),

    # B10 medtech hiring manager, Teams, English
    dict(kind="teams-invite", uid="040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hartl, Dominik":mailto:dominik.hartl@lumacor-medical.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan
 , Priya":mailto:priya.natarajan@lumacor-medical.com
DESCRIPTION;LANGUAGE=en-US:Hi Theresa\, \n\nlooking forward to our conversa
 tion about the Clinical Application Specialist role. I lead the Clinical Ap
 plications team for Central Europe. We can switch to German any time.\n\nBe
 st\, Dominik\n\n________________________________________________________________
 ________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile ap
 p or room device\nClick here to join the meeting\nMeeting ID: 318 447 209 5
 51\nPasscode: 9wLmQx\nDownload Teams | Join on the web\nLearn More | Meetin
 g options\n______________________________________________________________
 __________________\n
UID:040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DC01000000000000000
 010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-US:Theresa Brandl / Dominik Hartl – CAS Obstetrics
DTSTART;TZID=W. Europe Standard Time:20251125T110000
DTEND;TZID=W. Europe Standard Time:20251125T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T090041Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_YTQ5NmU3ZGQtNjk1@thread.v2/0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Lumacor Medical", role="Clinical Application Specialist", stage="hiring_manager",
         interviewers="dominik.hartl@lumacor-medical.com", trap="summary-only-names-and-acronym", hiring=False),

    # B11 medtech final on site, English, with product demo
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100000000000000001000000001234567890ABCDEF01234567890ABCD",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Natarajan, Priya":mailto:priya.natarajan@lumacor-medical.com
ATTENDEE;CN=Theresa Brandl;RSVP=TRUE:mailto:theresa.brandl@web.de
ATTENDEE;CN="O'Connell, Dr. Sarah";RSVP=TRUE:mailto:sarah.oconnell@lumacor
 -medical.com
ATTENDEE;CN="Hartl, Dominik";RSVP=TRUE:mailto:dominik.hartl@lumacor-medica
 l.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="MRD Demo Lab (CTG)":mail
 to:demolab.martinsried@lumacor-medical.com
CLASS:PUBLIC
DESCRIPTION:Dear Theresa\,\n\nwe are happy to invite you to the final round 
 at our Martinsried office:\n\n10:00 Welcome (Priya)\n10:15 Hands-on: tra
 in a "delivery room team" (Dominik + a colleague) on the new CTG central m
 onitoring station – 20 min\n10:45 Interview with Dr. Sarah O'Connell\, VP 
 Clinical Affairs EMEA\n11:30 Q&A with the team\n\nTravel expenses will be r
 eimbursed.\n\nKind regards\nPriya\n
DTSTART;TZID=W. Europe Standard Time:20251210T100000
DTEND;TZID=W. Europe Standard Time:20251210T120000
DTSTAMP:20251201T164500Z
LOCATION:Lumacor Medical GmbH\, Am Klopferspitz 71\, 82152 Martinsried
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Final round – Clinical Application Specialist Obste
 trics – on site
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000
 01000000001234567890ABCDEF01234567890ABCD
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Lumacor Medical", role="Clinical Application Specialist Obstetrics", stage="final",
         interviewers="sarah.oconnell@lumacor-medical.com;dominik.hartl@lumacor-medical.com",
         trap="english-final-with-training-demo-resource", hiring=False),

    # B12 university clinic research midwife, softgarden
    dict(kind="softgarden-invite", uid="softgarden-7734120-interview@ufk-isartor.de",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:softgarden-7734120-interview@ufk-isartor.de
DTSTAMP:20251022T121500Z
DTSTART;TZID=Europe/Berlin:20251029T141500
DTEND;TZID=Europe/Berlin:20251029T150000
SUMMARY:Einladung zum Vorstellungsgespräch: Studienhebamme (m/w/d) Klinisc
 he Forschung
ORGANIZER;CN=Universitätsfrauenklinik Isartor via softgarden:mailto:noreply@
 softgarden.io
ATTENDEE;CN=PD Dr. Nikolaus Brandstetter;ROLE=REQ-PARTICIPANT:mailto:nikola
 us.brandstetter@ufk-isartor.de
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:Universitätsfrauenklinik Isartor\, Studienzentrale\, Bau 4\, 2. OG
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nvielen Dank für Ihre Bewerbung. W
 ir möchten Sie gerne persönlich kennenlernen. Ihr Gesprächspartner ist PD D
 r. Nikolaus Brandstetter (Leitung Studienzentrale Geburtshilfe\, Studie „
 AUFRECHT – Geburtspositionen“). GCP-Zertifikat von Vorteil.\n\nIhren Te
 rmin können Sie hier verwalten: https://ufk-isartor.softgarden.io/applicat
 ion/7734120\n\nMit freundlichen Grüßen\nPersonalabteilung
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Universitätsfrauenklinik Isartor", role="Studienhebamme (m/w/d) Klinische Forschung",
         stage="hiring_manager", interviewers="nikolaus.brandstetter@ufk-isartor.de",
         trap="softgarden-research-midwife-study-acronym", hiring=False),

    # B13 telehealth start-up, Greenhouse, English, UTC
    dict(kind="greenhouse-invite", uid="greenhouse-interview-4418832017@mamacare.health",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-4418832017@mamacare.health
DTSTAMP:20251030T100419Z
DTSTART:20251106T090000Z
DTEND:20251106T093000Z
SUMMARY:Interview with Mamacare Health – Midwife Lead (Remote\, DACH)
ORGANIZER;CN=Tessa Lindqvist:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Tessa Lindqvist;ROLE=REQ-PARTICIPANT:mailto:tessa.lindqvist@mam
 acare.health
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:Google Meet: https://meet.google.com/rcw-jnuv-pzt
DESCRIPTION:Hi Theresa\,\n\nThanks for applying to Mamacare Health! This is
  a 30-minute recruiter screen with Tessa Lindqvist (Talent Partner). We’ll
  talk about your experience\, your German and Austrian licensure\, and wha
 t you’re looking for.\n\nJoin: https://meet.google.com/rcw-jnuv-pzt\n\nNeed
  to reschedule? Reply to this email.\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Mamacare Health", role="Midwife Lead (Remote, DACH)", stage="recruiter_screen",
         interviewers="tessa.lindqvist@mamacare.health", trap="greenhouse-no-reply-organizer-english", hiring=False),

    # B14 telehealth final panel
    dict(kind="greenhouse-invite", uid="greenhouse-interview-4418832291@mamacare.health",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-4418832291@mamacare.health
DTSTAMP:20251114T151502Z
DTSTART:20251120T130000Z
DTEND:20251120T143000Z
SUMMARY:Final Panel: Theresa Brandl for Midwife Lead (Remote\, DACH)
ORGANIZER;CN=Tessa Lindqvist:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Dr. Amara Okonjo;ROLE=REQ-PARTICIPANT:mailto:amara.okonjo@mamac
 are.health
ATTENDEE;CN=Felix Wendtland;ROLE=REQ-PARTICIPANT:mailto:felix.wendtland@mam
 acare.health
ATTENDEE;CN=Tessa Lindqvist;ROLE=OPT-PARTICIPANT:mailto:tessa.lindqvist@mam
 acare.health
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:Zoom: https://mamacare.zoom.us/j/93311802246
DESCRIPTION:Hi Theresa\,\n\nHere is your final panel:\n\n13:00-13:45 UTC 
 – Clinical scenario discussion with Dr. Amara Okonjo (Head of Clinical)\n
 13:45-14:30 UTC – Product & async care with Felix Wendtland (Product Lea
 d)\n\nTessa will join the first few minutes to make introductions.\n\nPowe
 red by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Mamacare Health", role="Midwife Lead (Remote, DACH)", stage="final",
         interviewers="amara.okonjo@mamacare.health;felix.wendtland@mamacare.health",
         trap="greenhouse-final-panel-coordinator-optional", hiring=False),

    # B15 hand-typed iPhone entry, practice
    dict(kind="apple-event", uid="4E9A0C2D-13B7-4F5A-8E61-D2C0B9A7F345",
         ics=APPLE_HEAD + APPLE_BERLIN + r"""BEGIN:VEVENT
CREATED:20250918T121502Z
UID:4E9A0C2D-13B7-4F5A-8E61-D2C0B9A7F345
DTEND;TZID=Europe/Berlin:20250925T183000
TRANSP:OPAQUE
SUMMARY:Vorstellung Praxis Sommerfeld (Praxishebamme) - Zeugnisse mitnehm
 en
DTSTART;TZID=Europe/Berlin:20250925T174500
DTSTAMP:20250918T121502Z
LOCATION:Leopoldstr. 212\, 80804 München
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:1D5B9C0A-6E7F-4A12-9B3C-8D4E5F6A7B8C
UID:1D5B9C0A-6E7F-4A12-9B3C-8D4E5F6A7B8C
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Praxis Dr. Sommerfeld", role="Praxishebamme", stage="", interviewers="",
         trap="hand-typed-vorstellung-no-attendees", hiring=False),

    # B16 cancelled by the birth centre, Calendly cancellation
    dict(kind="calendly-cancel", uid="e7a1c3f5-9b2d-4e6f-8a0c-1d3e5f7a9b2c",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
UID:e7a1c3f5-9b2d-4e6f-8a0c-1d3e5f7a9b2c
DTSTAMP:20251027T081132Z
DTSTART:20251029T160000Z
DTEND:20251029T163000Z
SUMMARY:Abgesagt: Kennenlernen Bewerbung – Geburtshaus Würmtal
ORGANIZER;CN=Ulrike Pfaffinger:mailto:ulrike.pfaffinger@geburtshaus-wuermt
 al.de
ATTENDEE;CN=Theresa Brandl;PARTSTAT=DECLINED:mailto:theresa.brandl@web.de
STATUS:CANCELLED
SEQUENCE:1
DESCRIPTION:Ulrike Pfaffinger hat diesen Termin abgesagt.\n\nGrund: „Liebe
  Theresa\, wir haben leider eine Geburt im Haus – ich melde mich für einen
  neuen Termin!“\n\nEreignistyp: Kennenlernen Bewerbung (30 Min.)\n\nPower
 ed by Calendly.com
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Geburtshaus Würmtal", role="", stage="",
         interviewers="ulrike.pfaffinger@geburtshaus-wuermtal.de", trap="calendly-cancel-method-cancel",
         hiring=False),

    # B17 rexx ATS, Klinikum Freising-Moosach
    dict(kind="rexx-invite", uid="rexx-termin-2025-11-18-000412@klinikum-freising-moosach.de",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:rexx-termin-2025-11-18-000412@klinikum-freising-moosach.de
DTSTAMP:20251110T073000Z
DTSTART;TZID=Europe/Berlin:20251118T110000
DTEND;TZID=Europe/Berlin:20251118T120000
SUMMARY:Einladung Vorstellungsgespräch – Hebamme (m/w/d) Kreißsaal in Teilz
 eit
ORGANIZER;CN=Klinikum Freising-Moosach Karriere:mailto:karriere@klinikum-fre
 ising-moosach.de
ATTENDEE;CN=Theresa Brandl;RSVP=TRUE:mailto:theresa.brandl@web.de
LOCATION:Klinikum Freising-Moosach\, Alte Poststraße 1\, Verwaltung Zi. 104
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nwir freuen uns\, Sie zu einem pe
 rsönlichen Gespräch einzuladen. Ihre Gesprächspartnerinnen sind Frau Kathar
 ina Dellinger (Leitende Hebamme) und Frau Rosi Bauer (Pflegedirektorin).\n
 \nBitte bestätigen Sie den Termin über den Link in Ihrer E-Mail.\n\nIhr Rec
 ruiting-Team\n(Erstellt mit rexx Recruiting)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Klinikum Freising-Moosach", role="Hebamme (m/w/d) Kreißsaal in Teilzeit",
         stage="hiring_manager", interviewers="Katharina Dellinger;Rosi Bauer",
         trap="rexx-tzid-without-vtimezone-names-in-text", hiring=False),

    # B18 rescheduled, Google update (SEQUENCE 1)
    dict(kind="google-update", uid="1m4q7t0v3c6k9n2p5s8h1b4d7r@google.com",
         ics=GOOGLE_HEAD + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251204T150000
DTEND;TZID=Europe/Berlin:20251204T160000
DTSTAMP:20251125T110933Z
ORGANIZER;CN=Franziska Meindl:mailto:franziska.meindl@kreisklinik-attelgru
 nd.de
UID:1m4q7t0v3c6k9n2p5s8h1b4d7r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Franziska Meindl;X-NUM-GUESTS=0:mailto:franziska.meindl@kreisklinik-at
 telgrund.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Michael Stangl;X-NUM-GUESTS=0:mailto:michael.stangl@kreisklinik-at
 telgrund.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
CREATED:20251118T090121Z
DESCRIPTION:NEUER TERMIN (vorher 27.11.\, 14 Uhr) – Entschuldigung für die
  Verschiebung\, Dr. Stangl ist auf einem Kongress.\n\nVorstellungsgespräch
  Leitung Kreißsaal mit Franziska Meindl (Pflegedirektion) und Dr. Michael S
 tangl (Chefarzt).\n\nInvitation from Google Calendar: https://calendar.goo
 gle.com/calendar/\n\nYou are receiving this email because you are an atten
 dee on the event.
LAST-MODIFIED:20251125T110933Z
LOCATION:Kreisklinik Attelgrund\, Verwaltung
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Leitung Kreißsaal (NEUER TERMIN)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Kreisklinik Attelgrund", role="Leitung Kreißsaal", stage="hiring_manager",
         interviewers="franziska.meindl@kreisklinik-attelgrund.de;michael.stangl@kreisklinik-attelgrund.de",
         trap="rescheduled-google-sequence-1", hiring=False),

    # B19 terse Thunderbird entry ("wg. Mitarbeit")
    dict(kind="thunderbird-event", uid="6d2b9f41-0a8c-4e37-b5d1-3f7e9a2c4b60",
         ics=TB_HEAD + TB_BERLIN + r"""BEGIN:VEVENT
CREATED:20251201T200213Z
LAST-MODIFIED:20251201T200213Z
DTSTAMP:20251201T200213Z
UID:6d2b9f41-0a8c-4e37-b5d1-3f7e9a2c4b60
SUMMARY:Gespräch Hebammenpraxis Glockenbach wg. Mitarbeit (Kurse + Wochenbe
 tt)
DTSTART;TZID=Europe/Berlin:20251209T190000
DTEND;TZID=Europe/Berlin:20251209T200000
LOCATION:Hebammenpraxis Glockenbach\, Klenzestr.
DESCRIPTION:mit Judith u. Merve - Lebenslauf + Kursnachweise Rückbildung mit
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Hebammenpraxis Glockenbach", role="", stage="",
         interviewers="Judith;Merve", trap="terse-thunderbird-wg-mitarbeit", hiring=False),

    # B20 Nuremberg video interview, Teams, Outlook without VTIMEZONE but Windows zone name
    dict(kind="teams-invite", uid="040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DC01000000000000000010000000123ABC456DEF789ABC123DEF456ABC78",
         ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Nützel, Birgit":mailto:birgit.nuetzel@klinikum-pegnitzgrund.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hegendörfer, 
 Prof. Dr. Klaus":mailto:klaus.hegendoerfer@klinikum-pegnitzgrund.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Brandl\,\n\nvielen Dank für Ih
 re Bewerbung als Leitung Kreißsaal (m/w/d). Wir laden Sie zu einem Videoin
 terview mit Frau Nützel (Pflegedirektorin) und Herrn Prof. Dr. Hegendörfer
  ein.\n\n________________________________________________________________
 ________________\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Comput
 er\, Ihre mobile App oder Ihr Raumgerät teil.\nKlicken Sie hier\, um an der
  Besprechung teilzunehmen.\nBesprechungs-ID: 359 982 011 468\nPasscode: Ub
 4Mk9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DC01000000000000000
 010000000123ABC456DEF789ABC123DEF456ABC78
SUMMARY;LANGUAGE=de-DE:Videointerview Leitung Kreißsaal (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20251113T133000
DTEND;TZID=W. Europe Standard Time:20251113T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251106T072903Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Klinikum Nürnberg-Pegnitzgrund", role="Leitung Kreißsaal (m/w/d)",
         stage="hiring_manager",
         interviewers="birgit.nuetzel@klinikum-pegnitzgrund.de;klaus.hegendoerfer@klinikum-pegnitzgrund.de",
         trap="company-only-in-email-domain", hiring=False),
]
