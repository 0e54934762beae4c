# ruff: noqa: E501  (raw iCalendar lines are as long as the tools write them)
"""holdout214 events, part e: training providers, city transport, agencies, headhunter, founder, Flix."""

from holdout214ev_tz import BERLIN, WEST, ev

EVENTS = []

# DEKRA Akademie: SmartRecruiters
EVENTS.append(ev("dekra-smartrecruiters", r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-3f7a0c2b-61d8-4e95-a2c4-8b9d0e1f2a3b@smartrecruiters.com
DTSTAMP:20240325T141507Z
DTSTART:20240402T080000Z
DTEND:20240402T090000Z
SUMMARY:Interview: Dozent / Ausbilder Triebfahrzeugführer (m/w/d) – Leipzig
DESCRIPTION:Hallo Sebastian\,\n\nvielen Dank für Ihre Bewerbung bei der DEKRA
  Akademie GmbH. Hiermit bestätigen wir Ihren Interviewtermin.\n\nInterview
 er:\nAnnett Krug – Niederlassungsleiterin Leipzig\nMichael Franke – Fachbe
 reichsleiter Verkehr & Logistik\n\nOrt: DEKRA Akademie\, Prager Str. 34\, 0
 4317 Leipzig\n\nBitte bringen Sie ein kurzes Unterrichtskonzept (1 Seite) zu
 m Thema "Bremsprobe" mit.\n\nFreundliche Grüße\nDEKRA Recruiting
ORGANIZER;CN=DEKRA Recruiting:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Annett Krug;ROLE=REQ-PARTICIPANT:mailto:annett.krug@dekra.com
ATTENDEE;CN=Michael Franke;ROLE=REQ-PARTICIPANT:mailto:michael.franke@dekra.com
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:DEKRA Akademie Leipzig\, Prager Str. 34
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "sr-interview-3f7a0c2b-61d8-4e95-a2c4-8b9d0e1f2a3b@smartrecruiters.com", 1, "DEKRA Akademie",
    "Dozent / Ausbilder Triebfahrzeugführer (m/w/d)", "hiring_manager",
    "annett.krug@dekra.com;michael.franke@dekra.com", "smartrecruiters-trainer-role"))

# TÜV Rheinland Akademie: Microsoft Bookings, the user books the slot
EVENTS.append(ev("tuev-bookings", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=TÜV Rheinland Akademie Recruiting:mailto:RecruitingAkademie@tuv.bookings.microsoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sebastian Krüger:mailto:sebastian.krueger.tf@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Kennenle
 rngespräch Trainer:in Schienenverkehr (Tf-Ausbildung)\nMitarbeiter: Nadine
  Hoffmann\n\nDie Besprechung findet in Microsoft Teams statt. Der Link ist
  unten angegeben.\n\nZu Microsoft Teams-Besprechung wechseln<https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_MWYzZDE0ZjItYmE1Ny00NjVhLTg4ZmEtZ
 mJmN2Q3ZDY0YzBh%40thread.v2/0>\n\nTermin verschieben oder stornieren: http
 s://outlook.office365.com/owa/calendar/RecruitingAkademie@tuv.bookings.mic
 rosoft.com/bookings/\n
UID:040000008200E00074C5B7101A82E008000000005B2C8A1E7F6EDA01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Trainer:in Schienenverkehr (Tf-Ausbildung)
DTSTART;TZID=W. Europe Standard Time:20240327T160000
DTEND;TZID=W. Europe Standard Time:20240327T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240322T201105Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000005B2C8A1E7F6EDA01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3",
    1, "TÜV Rheinland Akademie", "Trainer:in Schienenverkehr (Tf-Ausbildung)", "recruiter_screen",
    "Nadine Hoffmann", "ms-bookings-user-as-customer", crlf=True))

# Bildungswerk der Sächsischen Wirtschaft: teaching sample (Lehrprobe)
EVENTS.append(ev("bsw-lehrprobe", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Lehmann, Birgit":mailto:lehmann.birgit@bsw-mail.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Scholz, Ralf":mailto:scholz.ralf@bsw-mail.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Krüger\,\n\nfür die Stelle als
  Dozent in der Umschulung zum Eisenbahner im Betriebsdienst (Lokführer) bitt
 en wir Sie um eine Lehrprobe von 20 Minuten vor einer kleinen Gruppe unser
 er Umschüler (Thema frei wählbar aus dem Bereich Signale/Fahrdienstvorschri
 ften)\, im Anschluss Gespräch mit Herrn Scholz (Bildungsgangleiter) und mi
 r.\n\nBeamer und Flipchart sind vorhanden.\n\nMit freundlichen Grüßen\nBirg
 it Lehmann\nbsw Leipzig\n
UID:040000008200E00074C5B7101A82E0080000000077E8F9A0B1C2DA0100000000000000001000000045566778899AABBCCDDEEFF001122334
SUMMARY;LANGUAGE=de-DE:Lehrprobe + Gespräch Dozent EiB – Hr. Krüger
DTSTART;TZID=W. Europe Standard Time:20240423T130000
DTEND;TZID=W. Europe Standard Time:20240423T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240412T100148Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:bsw Leipzig\, Schongauerstr. 9\, Raum 2.11
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000077E8F9A0B1C2DA0100000000000000001000000045566778899AABBCCDDEEFF001122334",
    1, "Bildungswerk der Sächsischen Wirtschaft", "Dozent", "technical",
    "scholz.ralf@bsw-mail.de;lehmann.birgit@bsw-mail.de", "lehrprobe-teaching-sample-trainer-role",
    crlf=True))

# LVB: softgarden video interview
EVENTS.append(ev("lvb-softgarden", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//softgarden e-recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:sg-appointment-20811945@lvb.softgarden.io
DTSTAMP:20240328T090214Z
DTSTART;TZID=Europe/Berlin:20240405T110000
DTEND;TZID=Europe/Berlin:20240405T114500
SUMMARY:Videointerview: Disponent Leitstelle (m/w/d) – Leipziger Verkehrsbetriebe
DESCRIPTION:Hallo Herr Krüger\,\n\nvielen Dank\, dass Sie sich einen Termin au
 sgesucht haben. Ihr Videointerview findet mit Jana Riedel (Recruiting) und
  Peter Hanke (Leiter Betriebsleitstelle) statt.\n\nZum Videointerview: http
 s://lvb.softgarden.io/video/3b1e77a0\n\nSie benötigen keine Software\, ein
  aktueller Browser genügt.\n\nIhr LVB-Recruiting-Team
ORGANIZER;CN=Leipziger Verkehrsbetriebe (LVB) GmbH:mailto:noreply@softgarden.de
ATTENDEE;CN=Sebastian Krüger;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Videointerview (softgarden)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "sg-appointment-20811945@lvb.softgarden.io", 1, "Leipziger Verkehrsbetriebe",
    "Disponent Leitstelle (m/w/d)", "", "Jana Riedel;Peter Hanke",
    "softgarden-video-interview-city-transport"))

# DVB: BITE invitation to an Auswahlgespräch
EVENTS.append(ev("dvb-bite", r"""BEGIN:VCALENDAR
PRODID:-//BITE GmbH//BITE Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:bite-evt-DVB-2024-0412-33871@b-ite.net
DTSTAMP:20240404T133502Z
DTSTART;TZID=Europe/Berlin:20240412T093000
DTEND;TZID=Europe/Berlin:20240412T110000
SUMMARY:Auswahlgespräch Betriebsdisponent Eisenbahn (m/w/d) – Dresdner Verkehrsbetriebe AG
DESCRIPTION:Sehr geehrter Herr Krüger\,\n\nwir laden Sie zu einem Auswahlge
 spräch mit anschließendem kurzen schriftlichen Fachtest (ca. 20 Minuten) e
 in.\n\nAuswahlkommission: Frau Claudia Seidel (Personal)\, Herr Lars Winkl
 er (Bereichsleiter Betrieb)\, ein Mitglied des Betriebsrats.\n\nOrt: DVB-Z
 entrale\, Trachenberger Str. 40\, 01129 Dresden\, Haus A\, Raum 312\n\nMit
  freundlichen Grüßen\nDresdner Verkehrsbetriebe AG
ORGANIZER;CN=DVB Personalgewinnung:mailto:bewerbung@dvbag.de
ATTENDEE;CN=Sebastian Krüger;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Dresden\, Trachenberger Str. 40\, Haus A\, R 312
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "bite-evt-DVB-2024-0412-33871@b-ite.net", 1, "Dresdner Verkehrsbetriebe",
    "Betriebsdisponent Eisenbahn (m/w/d)", "", "Claudia Seidel;Lars Winkler",
    "auswahlgespraech-kommission-public-employer"))

# RailPro: agency call that names no employer ("ein großes EVU in Sachsen")
EVENTS.append(ev("agency-unnamed-evu", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240220T170000Z
DTEND:20240220T171500Z
DTSTAMP:20240219T091822Z
ORGANIZER;CN=Patrick Wolf:mailto:p.wolf@railpro-personal.de
UID:6c2qv0j8e3kr1n4b9f5l7o2t8g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Patrick Wolf;X-NUM-GUESTS=0:mailto:p.wolf@railpro-personal.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de;X-NUM-GUESTS=0:mailto:sebastian.krueger.tf@gmx.de
CREATED:20240219T091821Z
DESCRIPTION:Hallo Herr Krüger\,\n\nwie per XING-Nachricht angekündigt: kurzes
  Telefonat. Ich suche für ein großes EVU in Sachsen erfahrene Tf (Kl. B\,
  E-Lok/Triebwagen)\, Festanstellung beim Kunden nach 6 Monaten möglich. Den
  Namen des Kunden darf ich erst nach Ihrem Einverständnis zur Vorstellung n
 ennen.\n\nBeste Grüße\nPatrick Wolf\nRailPro Personal GmbH – Personaldienst
 leistungen für den Schienenverkehr\nTel. 0341 21890-44
LAST-MODIFIED:20240219T091822Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat RailPro / S. Krüger – Tf-Position Sachsen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6c2qv0j8e3kr1n4b9f5l7o2t8g@google.com", 0,
    trap="agency-call-employer-not-named"))

# RailPro: screening that now names the client (ODEG)
EVENTS.append(ev("agency-screen-named", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240227T171500Z
DTEND:20240227T180000Z
DTSTAMP:20240222T140233Z
ORGANIZER;CN=Patrick Wolf:mailto:p.wolf@railpro-personal.de
UID:0e7m2c5kq9v1b3h8s4n6j2r0pd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Patrick Wolf;X-NUM-GUESTS=0:mailto:p.wolf@railpro-personal.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de;X-NUM-GUESTS=0:mailto:sebastian.krueger.tf@gmx.de
CREATED:20240222T140232Z
DESCRIPTION:Hallo Herr Krüger\,\n\ndanke für Ihr OK. Der Kunde ist die ODEG
  – Ostdeutsche Eisenbahn GmbH\, Einsatz Dresden (RE/RB Ostsachsen). Im Vid
 eocall gehe ich mit Ihnen Lebenslauf\, Baureihenkenntnisse und Streckenkund
 e durch und bereite das Profil für die ODEG vor.\n\nGoogle Meet: https://me
 et.google.com/fzr-nbke-wya\n\nPatrick Wolf\nRailPro Personal GmbH
LAST-MODIFIED:20240222T140233Z
LOCATION:https://meet.google.com/fzr-nbke-wya
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RailPro Vorab-Interview – Tf Dresden
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0e7m2c5kq9v1b3h8s4n6j2r0pd@google.com", 1, "ODEG", "Tf", "recruiter_screen",
    "p.wolf@railpro-personal.de", "agency-screen-client-named-in-body"))

# ODEG: interview at the client, via the agency
EVENTS.append(ev("odeg-outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ebert, Nadine":mailto:nadine.ebert@odeg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=p.wolf@railpro-personal.de:mailto:p.wolf@railpro-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Schubert, Olaf":mailto:olaf.schubert@odeg.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Krüger\,\n\nHerr Wolf (RailPro) hat
  uns Ihr Profil vorgestellt. Wir freuen uns auf das Gespräch mit Ihnen und
  Herrn Schubert (Teamleiter Triebfahrzeugführer Dresden).\n\nOrt: ODEG Betri
 ebsstandort Dresden\, Bremer Str. 61\n\nFreundliche Grüße\nNadine Ebert\nPer
 sonalreferentin
UID:040000008200E00074C5B7101A82E00800000000F9A8B7C6D5E4DA01000000000000000010000000ABCDEF0123456789FEDCBA9876543210
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Tf Dresden – Krüger (RailPro)
DTSTART;TZID=W. Europe Standard Time:20240307T133000
DTEND;TZID=W. Europe Standard Time:20240307T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240229T155811Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Dresden\, Bremer Str. 61
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F9A8B7C6D5E4DA01000000000000000010000000ABCDEF0123456789FEDCBA9876543210",
    1, "ODEG", "Tf", "hiring_manager", "olaf.schubert@odeg.de;nadine.ebert@odeg.de",
    "client-interview-agency-optional-attendee", crlf=True))

# Headhunter on Cal.com: employer named only in the body
EVENTS.append(ev("headhunter-calcom", r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:kR8vTq2mXyB4nLw7cZ1dFh@Cal.com
DTSTAMP:20240402T191044Z
DTSTART:20240408T160000Z
DTEND:20240408T163000Z
SUMMARY:Erstgespräch zwischen Frank Kraus und Sebastian Krüger
DESCRIPTION:Was: Erstgespräch (30 Min.)\nWann: Montag\, 8. April 2024 18:00
  - 18:30 (Europe/Berlin)\nTeilnehmer: Frank Kraus (Kraus Rail Executive Sea
 rch)\, Sebastian Krüger\n\nZusätzliche Notizen: Wie telefonisch besprochen
 : Position Teamleiter Triebfahrzeugführer bei der RailAdventure GmbH\, Sta
 ndort Leipzig (Überführungsfahrten europaweit). Ich stelle Ihnen die Rolle
  vor und wir klären Ihre Erfahrung und Gehaltsvorstellung.\n\nWo: Zoom – ht
 tps://us06web.zoom.us/j/83017726451?pwd=ZnNvT0dzR1g4a2pUcWh4V3pJeFlDZz09\n
 \nNeu planen oder stornieren: https://cal.com/booking/kR8vTq2mXyB4nLw7cZ1dF
 h
ORGANIZER;CN=Frank Kraus:mailto:kraus@kraus-rail-search.de
ATTENDEE;CN=Sebastian Krüger;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:https://us06web.zoom.us/j/83017726451?pwd=ZnNvT0dzR1g4a2pUcWh4V3pJeFlDZz09
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "kR8vTq2mXyB4nLw7cZ1dFh@Cal.com", 1, "RailAdventure", "Teamleiter Triebfahrzeugführer",
    "recruiter_screen", "kraus@kraus-rail-search.de", "headhunter-calcom-employer-only-in-notes"))

# Founder of a small rail start-up, Google Calendar from free mail
EVENTS.append(ev("founder-gmail", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240417T170000Z
DTEND:20240417T180000Z
DTSTAMP:20240414T212208Z
ORGANIZER;CN=Rico Hänsch:mailto:rico.haensch.elbtal@gmail.com
UID:3k9t0n2vb7c1q5m8r4e6h1s0fa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rico Hänsch;X-NUM-GUESTS=0:mailto:rico.haensch.elbtal@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de;X-NUM-GUESTS=0:mailto:sebastian.krueger.tf@gmx.de
CREATED:20240414T212207Z
DESCRIPTION:Hi Sebastian\,\n\nwie am Telefon gesagt – lass uns in Ruhe quats
 chen. Wir starten mit Elbtal Rail Logistik ab Juli Übergaben Dresden-Fried
 richstadt ↔ Hafen Riesa und brauchen einen erfahrenen Tf\, der auch die ne
 uen Leute einweist. Ich erzähl dir was wir vorhaben\, du erzählst mir von d
 ir. Bier geht auf mich 😉\n\nRico\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nAn Videoanruf teilnehm
 en: https://meet.google.com/qby-hmvx-tue\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20240414T212208Z
LOCATION:Watzke Brauereiausschank\, Dresden (oder Meet)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sebastian <> Rico (Elbtal Rail)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "3k9t0n2vb7c1q5m8r4e6h1s0fa@google.com", 1, "Elbtal Rail Logistik", "", "",
    "rico.haensch.elbtal@gmail.com", "founder-free-mail-casual-beer"))

# Flix: GoodTime confirmation for a Greenhouse process
EVENTS.append(ev("flix-goodtime", r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7d1f0a93c2b54e8f@goodtime.io
DTSTAMP:20240409T104522Z
DTSTART:20240415T123000Z
DTEND:20240415T131500Z
SUMMARY:Flix | Sebastian Krüger – Hiring Manager Interview (Train Driver Instructor / Lokführer-Ausbilder)
DESCRIPTION:Hi Sebastian\,\n\nYour interview with Flix is confirmed.\n\nRole:
  Train Driver Instructor (Lokführer-Ausbilder) – FlixTrain\, Leipzig\nInte
 rviewer: Daniel Roßberg – Head of Driver Training\nVideo: https://flix.zoom
 .us/j/94411820377\n\nThis invitation was sent by GoodTime on behalf of Flix
  Talent Acquisition (Coordinator: Elena Petrova).\n\nGood luck!
ORGANIZER;CN=Flix Recruiting:mailto:scheduling@flix.goodtime.io
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;CN=Daniel Roßberg;ROLE=REQ-PARTICIPANT:mailto:daniel.rossberg@flix.com
ATTENDEE;CN=Elena Petrova;ROLE=OPT-PARTICIPANT:mailto:elena.petrova@flix.com
LOCATION:https://flix.zoom.us/j/94411820377
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "goodtime-7d1f0a93c2b54e8f@goodtime.io", 1, "Flix",
    "Train Driver Instructor (Lokführer-Ausbilder)", "hiring_manager",
    "daniel.rossberg@flix.com", "goodtime-coordinator-not-interviewer"))

# Flix: Greenhouse panel with a training-concept case
EVENTS.append(ev("flix-greenhouse-case", r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-55018243-20240424@greenhouse.io
DTSTAMP:20240418T151233Z
DTSTART:20240424T070000Z
DTEND:20240424T083000Z
SUMMARY:Interview with Flix: Case Study – Train Driver Instructor
DESCRIPTION:Hi Sebastian\,\n\nThanks for continuing in our process! Please pr
 epare a 15-minute presentation: "Onboarding concept for 10 new train drive
 rs on a new line (Leipzig – Nuremberg)".\n\nInterviewers:\n- Daniel Roßberg
  (Head of Driver Training)\n- Svenja Kohl (Operations Manager Rail Germany)
 \n\nJoin: https://flix.zoom.us/j/97730218845\n\nBest\,\nElena\nTalent Acquisi
 tion Flix
ORGANIZER;CN=Elena Petrova:mailto:elena.petrova@flix.com
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;CN=Daniel Roßberg;ROLE=REQ-PARTICIPANT:mailto:daniel.rossberg@flix.com
ATTENDEE;CN=Svenja Kohl;ROLE=REQ-PARTICIPANT:mailto:svenja.kohl@flix.com
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "greenhouse-interview-55018243-20240424@greenhouse.io", 1, "Flix",
    "Train Driver Instructor", "technical", "daniel.rossberg@flix.com;svenja.kohl@flix.com",
    "greenhouse-case-study-coordinator-organizer"))
