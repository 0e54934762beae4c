# ruff: noqa: E501, W291  (raw iCalendar text: long property lines and folded lines ending in a space)
"""holdout146: the user's own interviews, part C (German employers, liner and ferry companies)."""
from holdout146ev_common import ev

_HPA = r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Europe/Berlin@@
BEGIN:VEVENT
UID:SF-HPA-2025-04471-IV1@successfactors.eu
DTSTAMP:{stamp}
SEQUENCE:{seq}
DTSTART;TZID=Europe/Berlin:{start}
DTEND;TZID=Europe/Berlin:{end}
SUMMARY:{summary}
DESCRIPTION:Sehr geehrter Herr de Graaf\,\n\n{intro}\n\nStelle: Nautische
 r Mitarbeiter (m/w/d) Nautische Zentrale / VTS\nKennziffer: 2025-04471\nGe
 sprächspartner: Kapitän Jens Albers (Leitung Nautische Zentrale)\, Dr. Ka
 trin Möller (Personalabteilung)\nOrt: Hamburg Port Authority AöR\, Neuer W
 andrahm 4\, 20457 Hamburg\n\nMit freundlichen Grüßen\nIhr Recruiting-Team 
 der HPA
ORGANIZER;CN=HPA Recruiting:mailto:recruiting@hpa.hamburg.de
ATTENDEE;CN=Jens Albers;ROLE=REQ-PARTICIPANT:mailto:jens.albers@hpa.hamburg.de
ATTENDEE;CN=Katrin Möller;ROLE=REQ-PARTICIPANT:mailto:katrin.moeller@hpa.hamburg.de
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Neuer Wandrahm 4\, Hamburg\, Raum 3.07
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

_HPA_WHO = "jens.albers@hpa.hamburg.de;katrin.moeller@hpa.hamburg.de"
_HPA_ROLE = "Nautischer Mitarbeiter (m/w/d) Nautische Zentrale / VTS"

EVENTS = [
ev("workday-screen", "WD-HLAG-INTV-2209145@myworkday.com",
   "workday-liner-recruiter-screen-berlin-zone",
   r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Europe/Berlin@@
BEGIN:VEVENT
UID:WD-HLAG-INTV-2209145@myworkday.com
DTSTAMP:20250905T123011Z
DTSTART;TZID=Europe/Berlin:20250910T110000
DTEND;TZID=Europe/Berlin:20250910T113000
SUMMARY:Interview: Marine Superintendent (m/f/d) - Fleet Management
DESCRIPTION:Candidate: Pieter de Graaf\nJob: JR-25-1187 Marine Superinten
 dent (m/f/d)\, Fleet Management\, Hamburg\nInterview: First Interview (Re
 cruiter)\nInterviewer: Lena Hoffmann (Talent Acquisition)\nFormat: Micros
 oft Teams\n\nHapag-Lloyd AG\, Ballindamm 25\, 20095 Hamburg
ORGANIZER;CN=Hapag-Lloyd Recruiting:mailto:hapag-lloyd@myworkday.com
ATTENDEE;CN=Lena Hoffmann;ROLE=REQ-PARTICIPANT:mailto:lena.hoffmann@hlag.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""", "Hapag-Lloyd", "Marine Superintendent (m/f/d)", "recruiter_screen", "lena.hoffmann@hlag.com"),

ev("outlook-onsite", "040000008200E00074C5B7101A82E0080000000044E3D2C1B02ADC010000000000000000100000005566778899AABBCC0011223344556677",
   "outlook-berlin-fleet-manager-onsite-second-round",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Lena":mailto:lena.hoffmann@hlag.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Pieter de Graaf":mailto:pieter.degraaf@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brandt, Capt. Sönke":mailto:soenke.brandt@hlag.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Yilmaz, Deniz":mailto:deniz.yilmaz@hlag.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="HAM-BD25-5.12 Elbe":mailto:ham-bd25-512@hlag.com
DESCRIPTION;LANGUAGE=en-US:Dear Pieter\,\n\nWe are happy to invite you to 
 the second round at our headquarters. You will meet Capt. Sönke Brandt (F
 leet Manager\, Container Fleet) and Deniz Yilmaz (Senior Marine Superinten
 dent). Travel costs will be reimbursed (2nd class DB / economy).\n\nBest r
 egards\,\nLena\n
UID:040000008200E00074C5B7101A82E0080000000044E3D2C1B02ADC010000000000000000100000005566778899AABBCC0011223344556677
SUMMARY;LANGUAGE=en-US:2nd interview Marine Superintendent - Pieter de Graaf
DTSTART;TZID=W. Europe Standard Time:20250925T130000
DTEND;TZID=W. Europe Standard Time:20250925T150000
DTSTAMP:20250917T082233Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Ballindamm 25\, Hamburg - HAM-BD25-5.12 Elbe
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "Hapag-Lloyd", "Marine Superintendent", "onsite",
   "soenke.brandt@hlag.com;deniz.yilmaz@hlag.com"),

ev("successfactors-german",
   "SF-HPA-2025-04471-IV1@successfactors.eu", "german-vorstellungsgespraech-original-before-reschedule",
   _HPA.format(stamp="20250919T101500Z", seq="0", start="20251006T100000",
               end="20251006T113000",
               summary="Einladung zum Vorstellungsgespräch – Nautischer Mitarbeiter (m/w/d)",
               intro="wir freuen uns\\, Sie zu einem persönlichen Vorstellungsgespr\n äch einzuladen."),
   "Hamburg Port Authority", _HPA_ROLE, "", _HPA_WHO),

ev("reschedule-german",
   "SF-HPA-2025-04471-IV1@successfactors.eu", "rescheduled-same-uid-higher-sequence-german",
   _HPA.format(stamp="20250929T142000Z", seq="2", start="20251013T140000",
               end="20251013T153000",
               summary="Terminänderung: Vorstellungsgespräch – Nautischer Mitarbeiter (m/w/d)",
               intro="leider müssen wir den Termin am 06.10. verschieben. Der neu\n e Termin ist Montag\\, 13.10.2025\\, 14:00 Uhr."),
   "Hamburg Port Authority", _HPA_ROLE, "", _HPA_WHO),

ev("personio-erstgespraech", "personio-interview-8812734@personio.de",
   "personio-german-first-call-shipowner",
   r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-8812734@personio.de
DTSTAMP:20250908T134455Z
DTSTART:20250912T120000Z
DTEND:20250912T124500Z
SUMMARY:Erstgespräch: Marine Superintendent (m/w/d) | Peter Döhle
DESCRIPTION:Hallo Pieter\,\n\nvielen Dank für Deine Bewerbung. Wie besproc
 hen\, hier die Einladung zu unserem Erstgespräch per Videocall.\n\nGespr
 ächspartnerin: Anna Petersen (HR Business Partner Fleet)\nLink: https://
 meet.google.com/dhl-awqx-euv\n\nBei Rückfragen melde Dich gern.\n\nViele 
 Grüße\nAnna\n\nPeter Döhle Schiffahrts-KG\, Elbchaussee 370\, 22609 Hambu
 rg
ORGANIZER;CN=Anna Petersen:mailto:a.petersen@doehle.de
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Google Meet
END:VEVENT
END:VCALENDAR
""", "Peter Döhle", "Marine Superintendent (m/w/d)", "recruiter_screen", "a.petersen@doehle.de"),

ev("fachgespraech", "8A6C4E20-FACH-4D11-9C3B-DOEHLE0930",
   "german-fachgespraech-technical-round",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Europe/Berlin@@
BEGIN:VEVENT
UID:8A6C4E20-FACH-4D11-9C3B-DOEHLE0930
DTSTAMP:20250919T090012Z
DTSTART;TZID=Europe/Berlin:20250930T100000
DTEND;TZID=Europe/Berlin:20250930T113000
SUMMARY;LANGUAGE=de-DE:Fachgespräch Marine Superintendent – Hr. de Graaf
DESCRIPTION;LANGUAGE=de-DE:Moin Herr de Graaf\,\n\nim Fachgespräch mit Kap
 t. Uwe Rasmussen (Head of Marine) und Frau Petersen geht es um ISM/ISPS\, 
 Vetting (RightShip)\, Dockungen und PSC-Befunde. Bitte planen Sie ca. 90 M
 inuten ein.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_DoeFach\n\nGruß\nAnna Petersen
ORGANIZER;CN="Petersen, Anna":mailto:a.petersen@doehle.de
ATTENDEE;CN="Rasmussen, Uwe";ROLE=REQ-PARTICIPANT:mailto:u.rasmussen@doehle.de
ATTENDEE;CN="Pieter de Graaf";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Peter Döhle", "Marine Superintendent", "technical",
   "u.rasmussen@doehle.de;a.petersen@doehle.de"),

ev("onboard-floating", "onboard-20250827-lotsen-elbe@noordzee-pioneer.local",
   "typed-on-board-floating-time-german-pilot-selection",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
BEGIN:VEVENT
CREATED:20250827T031500Z
LAST-MODIFIED:20250827T031702Z
DTSTAMP:20250827T031702Z
UID:onboard-20250827-lotsen-elbe@noordzee-pioneer.local
SUMMARY:Auswahlgespräch Seelotsenanwärter - Lotsenbrüderschaft Elbe
DTSTART:20250917T130000
DTEND:20250917T150000
LOCATION:Lotsenhaus Seemannshöft\, Hamburg-Övelgönne
DESCRIPTION:Brief v. Bundeslotsenkammer 25.08. - Auswahlgespräch vor dem 
 Ausschuss (Ältermann + 2 Lotsen). Mitbringen: Befähigungszeugnis NK\, See
 dienstbuch\, Zeugnisse. Flug/Zug selbst organ. -- getippt an Bord\, 4-8 wa
 che\, uhrzeit = Ortszeit HH
END:VEVENT
END:VCALENDAR
""", "Lotsenbrüderschaft Elbe", "Seelotsenanwärter", "onsite", ""),

ev("teamtailor-screen", "tt-interview-5b0c3d21f@teamtailor.com",
   "teamtailor-ferry-port-captain-screen",
   r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-5b0c3d21f@teamtailor.com
DTSTAMP:20250912T085900Z
DTSTART:20250919T080000Z
DTEND:20250919T083000Z
SUMMARY:Intervju / Interview: Port Captain - Hook of Holland
DESCRIPTION:Hi Pieter!\n\nYou've been booked for a video interview with Ka
 rin Lindqvist (Talent Acquisition\, Stena Line) regarding Port Captain - 
 Hook of Holland.\n\nJoin the video meeting: https://app.teamtailor.com/me
 et/5b0c3d21f\n\nSee you there!\nStena Line Careers
ORGANIZER;CN=Stena Line:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Karin Lindqvist;ROLE=REQ-PARTICIPANT:mailto:karin.lindqvist@stenaline.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Teamtailor video meeting
END:VEVENT
END:VCALENDAR
""", "Stena Line", "Port Captain - Hook of Holland", "recruiter_screen",
   "karin.lindqvist@stenaline.com"),

ev("lever-london", "lever-iv-2f8d61a7-3c0e-4b19-a5d4-7e6f5a4b3c2d@hire.lever.co",
   "lever-london-zone-ferry-superintendent-hiring-manager",
   r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Europe/London@@
BEGIN:VEVENT
UID:lever-iv-2f8d61a7-3c0e-4b19-a5d4-7e6f5a4b3c2d@hire.lever.co
DTSTAMP:20251001T103300Z
DTSTART;TZID=Europe/London:20251008T100000
DTEND;TZID=Europe/London:20251008T110000
SUMMARY:Pieter de Graaf <> P&O Ferries - Marine Superintendent (North Sea)
DESCRIPTION:Interview with Gareth Pryce (Head of Marine Standards).\n\nVid
 eo: https://pofferries.zoom.us/j/84412093771?pwd=Yk9QZ2xv\nMeeting ID: 84
 4 1209 3771\nPasscode: 553201\n\nRoute: Rotterdam Europoort - Hull. The ro
 le is based in Hull with regular visits to Europoort.\n\nScheduled via Le
 ver
ORGANIZER;CN=Chloe Bennett:mailto:chloe.bennett@poferries.com
ATTENDEE;CN=Gareth Pryce;ROLE=REQ-PARTICIPANT:mailto:gareth.pryce@poferries.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""", "P&O Ferries", "Marine Superintendent (North Sea)", "hiring_manager",
   "gareth.pryce@poferries.com"),

ev("smartrecruiters-case", "sr-int-c91e00a7b2d34f58@smartrecruiters.com",
   "smartrecruiters-copenhagen-zone-case-interview",
   r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Europe/Copenhagen@@
BEGIN:VEVENT
UID:sr-int-c91e00a7b2d34f58@smartrecruiters.com
DTSTAMP:20251002T120500Z
DTSTART;TZID=Europe/Copenhagen:20251009T133000
DTEND;TZID=Europe/Copenhagen:20251009T144500
SUMMARY:Case interview - Marine Operations Coordinator (Vlaardingen) - DFDS
DESCRIPTION:Hi Pieter\,\n\nNext step: a case interview. You will get a sho
 rt scenario (heavy weather cancellation on the Vlaardingen - Immingham rou
 te) 15 minutes before the call and discuss it with Jesper Holm Andersen (
 Head of Marine Operations North Sea) and Ilse Koning (Marine Coordinator)
 .\n\nJoin with Google Meet: https://meet.google.com/rfs-ynwb-qko\n\nPowere
 d by SmartRecruiters
ORGANIZER;CN=DFDS Recruitment:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Jesper Holm Andersen;ROLE=REQ-PARTICIPANT:mailto:jehan@dfds.com
ATTENDEE;CN=Ilse Koning;ROLE=REQ-PARTICIPANT:mailto:ilsko@dfds.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
END:VEVENT
END:VCALENDAR
""", "DFDS", "Marine Operations Coordinator (Vlaardingen)", "technical",
   "jehan@dfds.com;ilsko@dfds.com"),

ev("outlook-romance", "040000008200E00074C5B7101A82E00800000000B3C2D1E0F42BDC01000000000000000010000000A1A2A3A4B5B6B7B8C9C0C1C2D3D4D5D6",
   "outlook-antwerp-last-first-port-captain",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Janssens, Koen":mailto:koen.janssens@msc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="de Graaf, Pieter":mailto:pieter.degraaf@ziggo.nl
DESCRIPTION;LANGUAGE=en-US:Pieter\,\n\nLet's meet at our Antwerp office to
  discuss the Port Captain position (Antwerp / Zeebrugge). I am heading the
  marine department here\, so you'll get a straight picture of the job.\n\n
 Koen Janssens\nMarine Manager | MSC Belgium NV\nMSC Home\, Noorderlaan 127
 A\, 2030 Antwerpen\n
UID:040000008200E00074C5B7101A82E00800000000B3C2D1E0F42BDC01000000000000000010000000A1A2A3A4B5B6B7B8C9C0C1C2D3D4D5D6
SUMMARY;LANGUAGE=en-US:Port Captain - meeting Pieter de Graaf
DTSTART;TZID=Romance Standard Time:20251015T100000
DTEND;TZID=Romance Standard Time:20251015T113000
DTSTAMP:20251008T071214Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:MSC Home\, Noorderlaan 127A\, Antwerpen
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "MSC", "Port Captain", "hiring_manager", "koen.janssens@msc.com"),

ev("agency-london", "fs-diary-7781-20250918@faststream.com",
   "uk-maritime-agency-screen-client-named-in-body",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE GMT Standard Time@@
BEGIN:VEVENT
UID:fs-diary-7781-20250918@faststream.com
DTSTAMP:20250915T151000Z
DTSTART;TZID=GMT Standard Time:20250918T090000
DTEND;TZID=GMT Standard Time:20250918T093000
SUMMARY:Call - Pieter de Graaf / Faststream (Fleet Superintendent)
DESCRIPTION:Hi Pieter\,\n\nGood to speak earlier. Booking in a proper scre
 ening call for the Fleet Superintendent (Nautical) role with my client Ca
 rnival Maritime GmbH in Hamburg (cruise fleet support\, office based). We
 'll run through your sea time\, superintendent exposure and notice period
 \, then I'll put your profile forward.\n\nPlease note the time is UK time
  (09:00 UK / 10:00 NL).\n\nKind regards\,\nOliver Grant\nSenior Recruitme
 nt Consultant – Shipping\, Faststream Recruitment Group\, Southampton
ORGANIZER;CN="Oliver Grant":mailto:oliver.grant@faststream.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="pieter.degraaf@ziggo.nl":mailto:pieter.degraaf@ziggo.nl
LOCATION:Telephone (Oliver to call)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Carnival Maritime", "Fleet Superintendent (Nautical)", "recruiter_screen",
   "oliver.grant@faststream.com"),

ev("headhunter-gmail", "6u9p2bq0c3r8l1f7k4m5n2s0ad@google.com",
   "headhunter-free-mail-employer-only-in-body",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250926T150000Z
DTEND:20250926T154500Z
DTSTAMP:20250922T200140Z
ORGANIZER;CN=Hendrik Zwart:mailto:hendrik.zwart.search@gmail.com
UID:6u9p2bq0c3r8l1f7k4m5n2s0ad@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hendrik Zwart;X-NUM-GUESTS=0:mailto:hendrik.zwart.search@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pieter.degraaf@ziggo.nl;X-NUM-GUESTS=0:mailto:pieter.degraaf@ziggo.nl
DESCRIPTION:Pieter\, zoals per mail: vertrouwelijke opdracht van Koninklij
 ke Doeksen (Terschelling/Vlieland ferries) voor een Marine Superintendent
 . In dit gesprek toets ik je profiel voordat ik je bij de directie voorst
 el. Ik bel je op je 06.<br><br>Hendrik Zwart<br>Zwart Maritime Search
LOCATION:telefonisch
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pieter de Graaf / Hendrik Zwart
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Koninklijke Doeksen", "Marine Superintendent", "recruiter_screen",
   "hendrik.zwart.search@gmail.com"),

ev("workable-video", "workable-ev-3a7c1e9d0b42@workable.com",
   "workable-reefer-operator-video-interview",
   r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-ev-3a7c1e9d0b42@workable.com
DTSTAMP:20251016T080000Z
DTSTART:20251023T120000Z
DTEND:20251023T130000Z
SUMMARY:Interview with Seatrade for the HSEQ Superintendent position
DESCRIPTION:Pieter de Graaf\, you have an interview with Seatrade.\n\nInte
 rviewers: Gerrit Hoogeveen\, Saskia Bos\nType: Video call (Zoom)\nhttps:
 //us06web.zoom.us/j/88123409981\n\nPlease let us know if you need to resc
 hedule.\n\nSent via Workable
ORGANIZER;CN=Seatrade:mailto:noreply@workablemail.com
ATTENDEE;CN=Gerrit Hoogeveen;ROLE=REQ-PARTICIPANT:mailto:g.hoogeveen@seatrade.nl
ATTENDEE;CN=Saskia Bos;ROLE=REQ-PARTICIPANT:mailto:s.bos@seatrade.nl
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
END:VEVENT
END:VCALENDAR
""", "Seatrade", "HSEQ Superintendent", "", "g.hoogeveen@seatrade.nl;s.bos@seatrade.nl"),
]
