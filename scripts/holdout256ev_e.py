# ruff: noqa: E501, W291, W293, RUF100
"""holdout256 events, part e: negatives with the user on the hiring or assessing side (examiner, panel, host)."""

from holdout256ev_zones import TZ_BERLIN, TZ_MADRID, TZ_ROMANCE, TZ_WEUROPE


def _hiring(kind, uid, ics, trap):
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, hiring=True)


EVENTS = [
    dict(
        kind="exchange-state-exam-examiner",
        uid="040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB0100000000000000001000000011112222333344445555666677778888",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Prüfungsamt Dolmetscher und Übersetzer (Geschäftsstelle)":mailto:pruefungsamt-dolmetscher@brk.nrw-land.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Schreiner, Anke (Prüferin)":mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Dr. Wallraf, Georg (Vorsitz)":mailto:g.wallraf@brk.nrw-land.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Schreiner\,\n\nvielen Dank\, d
 ass Sie sich als Prüferin für die Staatliche Prüfung für Gebärdensprachdolm
 etscherinnen und -dolmetscher zur Verfügung stellen. Mündliche Prüfung\, Pr
 üfungstag 2: 4 Kandidat*innen à 60 Min. (Konsekutiv\, Simultan\, Fachgespr
 äch). Bitte die Bewertungsbögen nach jeder Kandidatin ausfüllen.\n\nGeschäft
 sstelle des Prüfungsamts
SUMMARY;LANGUAGE=de-DE:Staatliche Prüfung GSD – mündlicher Teil\, Prüfungstag 2 (Prüferin)
DTSTART;TZID=W. Europe Standard Time:20250521T083000
DTEND;TZID=W. Europe Standard Time:20250521T133000
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB0100000000000000001000000011112222333344445555666677778888
DTSTAMP:20250402T120000Z
LOCATION;LANGUAGE=de-DE:Bezirksregierung\, Prüfungsraum 3.07
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-state-exam-examiner", hiring=True,
    ),
    _hiring(
        "google-academy-exam-assessor",
        "7a1c2a3d4e5m6y7p8r9u0e1f2u@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250606T070000Z
DTEND:20250606T120000Z
DTSTAMP:20250520T101000Z
ORGANIZER;CN=Akademie für Gebärdensprache – Prüfungsbüro:mailto:pruefungen@akademie-gebaerdensprache.de
UID:7a1c2a3d4e5m6y7p8r9u0e1f2u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Liebe Anke\, danke\, dass du als Beisitzerin bei der Abschlussp
 rüfung Dolmetschpraxis (Weiterbildung Jahrgang 2023-25) dabei bist. 5 Prüfl
 inge\, Prüfungsform: Einsatzsimulation (Arzt\, Jobcenter\, Vorstellungsgesp
 räch) + Reflexionsgespräch. Bewertungsraster im Anhang.\n\nInvitation from 
 Google Calendar: https://calendar.google.com/calendar/
LOCATION:Akademie für Gebärdensprache\, Raum Lichthof
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Abschlussprüfung Dolmetschpraxis – Beisitz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-exam-assessor-simulated-interview-scenario",
    ),
    _hiring(
        "outlook-agency-intake-panel",
        "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01000000000000000010000000999988887777666655554444333322221",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN="Ruland, Thomas";RSVP=TRUE:mailto:t.ruland@gebaerdenwerk-koeln.de
ATTENDEE;CN="Yildiz, Elif";RSVP=TRUE:mailto:elif.yildiz@posteo.de
DESCRIPTION:Aufnahmegespräch für den Dolmetscherpool: Elif Yildiz (Staatl. 
 Prüfung 2024\, Schwerpunkt Bildung). Panel: Thomas\, Anke\, ich. Leitfaden 
 „Aufnahme Pool“ liegt im SharePoint. Bitte Eindruck direkt danach in das 
 Formular eintragen.\n\nKarin\n
DTSTART;TZID="W. Europe Standard Time":20250407T150000
DTEND;TZID="W. Europe Standard Time":20250407T160000
DTSTAMP:20250331T090000Z
LOCATION:GW Besprechungsraum 1
ORGANIZER;CN="Vossen, Karin":mailto:k.vossen@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Aufnahmegespräch Dolmetscherpool – Elif Yildiz
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01000000000000000010000000999988887777666655554444333322221
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-agency-intake-panel",
    ),
    _hiring(
        "ios-handtyped-candidate-shadowing",
        "AB12CD34-EF56-4789-90AB-CDEF12345678",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:AB12CD34-EF56-4789-90AB-CDEF12345678
DTSTAMP:20250401T200000Z
DTSTART:20250409T133000
DTEND:20250409T150000
SUMMARY:Probeeinsatz Bewerber T. Marx begleiten (JC Kalk) – Bewertungsbogen!
LOCATION:Jobcenter Köln-Kalk
DESCRIPTION:Ich = Teampartnerin + Beobachterin. Danach Feedback an Karin
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-observes-candidate-trial-assignment",
    ),
    _hiring(
        "personio-interviewer-kit",
        "personio-appointment-5519904-gebaerdenwerk",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:personio-appointment-5519904-gebaerdenwerk
DTSTAMP:20250410T110000Z
DTSTART;TZID=Europe/Berlin:20250415T090000
DTEND;TZID=Europe/Berlin:20250415T100000
SUMMARY:Interview: Lea Brandt | Dolmetscher*in DGS (m/w/d) – Festanstellung
ORGANIZER;CN=Gebärdenwerk Köln eG:mailto:noreply@mail.personio.de
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN=Karin Vossen;ROLE=REQ-PARTICIPANT:mailto:k.vossen@gebaerdenwerk-koeln.de
DESCRIPTION:Hallo Anke\,\n\ndu wurdest als Interviewerin für Lea Brandt ein
 geplant.\n\nKandidatin: Lea Brandt\nStelle: Dolmetscher*in DGS (m/w/d)\nInt
 erviewleitfaden & Bewertungsbogen: https://gebaerdenwerk.personio.de/recrui
 ting/applications/8812201/evaluation\n\nBitte gib deine Bewertung bis 24 St
 unden nach dem Gespräch ab.\n\nDiese Nachricht wurde über Personio versend
 et.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-personio-interview-kit",
    ),
    _hiring(
        "teams-debrief",
        "040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB010000000000000000100000000DEB41EF0DEB41EF0DEB41EF0DEB41EF",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN="Ruland, Thomas";RSVP=TRUE:mailto:t.ruland@gebaerdenwerk-koeln.de
DESCRIPTION:Nachbesprechung der Auswahlrunde Dolmetscher*innen Frühjahr: Le
 a Brandt\, Jannik Wolters\, Elif Yildiz. Entscheidung + Absagen formuliere
 n.\n\n____________________________________________________________________
 ____________\nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilne
 hmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGVicmllZg%40t
 hread.v2/0>\nBesprechungs-ID: 221 590 338 114\nPasscode: Rk2tQx\n\n
DTSTART:20250417T140000Z
DTEND:20250417T143000Z
DTSTAMP:20250411T080000Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Vossen, Karin":mailto:k.vossen@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Debrief Auswahlrunde Dolmetscher*innen (Frühjahr)
UID:040000008200E00074C5B7101A82E00800000000F2A3B4C5D6E7DB010000000000000000100000000DEB41EF0DEB41EF0DEB41EF0DEB41EF
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-hiring-debrief",
    ),
    _hiring(
        "calendly-host-notification",
        "calendly-evt-2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-evt-2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901
DTSTAMP:20250422T081500Z
DTSTART:20250428T080000Z
DTEND:20250428T083000Z
SUMMARY:Kennenlernen Gebärdenwerk (Bewerbung) zwischen Anke Schreiner und Jonas Feld
ORGANIZER;CN=Anke Schreiner:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN=Jonas Feld;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jonas.feld@web.de
LOCATION:Telefon: +49 176 5512 0983
DESCRIPTION:Neuer Termin geplant.\n\nTerminart: Kennenlernen Gebärdenwerk (
 Bewerbung)\nEingeladener: Jonas Feld\nE-Mail des Eingeladenen: jonas.feld@
 web.de\nTelefon: +49 176 5512 0983\n\nAntworten:\nFür welche Stelle bewerbe
 n Sie sich? Dolmetscher DGS (Berufseinsteiger)\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-calendly-host",
    ),
    _hiring(
        "outlook-candidate-accepted-reply",
        "040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DB01000000000000000010000000ACCE97EDACCE97EDACCE97EDACCE97ED",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN="Jannik Wolters":mailto:j.wolters@posteo.de
DTSTART;TZID="W. Europe Standard Time":20250410T100000
DTEND;TZID="W. Europe Standard Time":20250410T110000
DTSTAMP:20250403T183000Z
ORGANIZER;CN="Schreiner, Anke":mailto:a.schreiner@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Angenommen: Vorstellungsgespräch Gebärdenwerk Köln – Dolmetscher (m/w/d)
COMMENT:Vielen Dank für die Einladung\, ich freue mich! Jannik Wolters
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DB01000000000000000010000000ACCE97EDACCE97EDACCE97EDACCE97ED
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-candidate-accepted-reply",
    ),
    _hiring(
        "outlook-agency-presents-candidate",
        "040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DB01000000000000000010000000CA9D1DA7ECA9D1DA7ECA9D1DA7ECA9D1",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
DESCRIPTION:Guten Tag Frau Schreiner\,\n\nwie telefonisch besprochen stelle
  ich Ihnen heute anonymisiert eine Kandidatin für Ihre offene Stelle „Dolm
 etscherin DGS (Teilzeit)“ vor: Profil 4471\, staatlich geprüft seit 2019\,
  Schwerpunkt Medizin und Gericht\, verfügbar ab 01.06. Im Termin gehe ich d
 as Profil mit Ihnen durch\; bei Interesse organisiere ich ein Vorstellungsg
 espräch.\n\nFreundliche Grüße\nMarkus Vey\nTalentbrücke Personalvermittlun
 g\n
DTSTART;TZID="W. Europe Standard Time":20250502T093000
DTEND;TZID="W. Europe Standard Time":20250502T100000
DTSTAMP:20250428T120000Z
LOCATION:Telefon
ORGANIZER;CN="Vey, Markus":mailto:m.vey@talentbruecke-personal.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung Profil 4471 – Dolmetscherin DGS (Talentbrücke)
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DB01000000000000000010000000CA9D1DA7ECA9D1DA7ECA9D1DA7ECA9D1
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-agency-presents-candidate",
    ),
    _hiring(
        "thunderbird-rating-block",
        "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250324T070000Z
LAST-MODIFIED:20250324T070000Z
DTSTAMP:20250324T070000Z
UID:2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e
SUMMARY:Bewerbungsvideos bewerten (5 Kandidat*innen GW) + Bewertungsbogen
DTSTART;TZID=Europe/Berlin:20250326T080000
DTEND;TZID=Europe/Berlin:20250326T100000
DESCRIPTION:Voicing + DGS-Probe je 10 Min\, Raster: Verständlichkeit\, Tre
 ue\, Rollenverhalten. Bis Do an Karin.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-rating-application-videos",
    ),
    _hiring(
        "google-practicum-observer",
        "8m1e2n3t4o5r6i7n8p9r0a1x@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Anke Arbeit
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250430T090000
DTEND;TZID=Europe/Berlin:20250430T113000
DTSTAMP:20250425T060000Z
UID:8m1e2n3t4o5r6i7n8p9r0a1x@google.com
DESCRIPTION:Mentorin-Termin: Praxisprüfung Marc Vogel (Praktikum HNS)\, ich
  beobachte seinen Einsatz beim Amtsgericht und fülle den Beurteilungsbogen 
 aus.
LOCATION:Amtsgericht Köln-Mülheim
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Praxisprüfung Praktikant M. Vogel – Beobachtung
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-practicum-observer",
    ),
    _hiring(
        "greenhouse-interviewer-invite",
        "greenhouse-interview-5510398872@nordicsign.se",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-5510398872@nordicsign.se
DTSTAMP:20250505T120000Z
DTSTART:20250512T120000Z
DTEND:20250512T124500Z
SUMMARY:Interviewer: Language assessment – Petra Lind (DGS Interpreter\, freelance pool)
ORGANIZER;CN=Nordic Sign Services Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT:mailto:anke.schreiner@mailbox.org
ATTENDEE;CN=Petra Lind;ROLE=REQ-PARTICIPANT:mailto:petra.lind@outlook.example.de
LOCATION:https://nordicsign.zoom.us/j/97711230045
DESCRIPTION:Hi Anke\,\n\nthank you for acting as an external language asses
 sor for Nordic Sign Services AB. You are interviewing Petra Lind for our Ge
 rman Sign Language freelance pool.\n\nYour interview kit and scorecard: htt
 ps://app.greenhouse.io/guides/5510398872/people/77120\n\nPlease submit your
  scorecard within 24h.\n\nPowered by Greenhouse
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-greenhouse-external-assessor",
    ),
    _hiring(
        "outlook-scholarship-jury",
        "040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DB010000000000000000100000005C401A5A5C401A5A5C401A5A5C401A5A",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CN="Fuchs, Dorothee";RSVP=TRUE:mailto:d.fuchs@stiftung-gebaerdensprache.de
DESCRIPTION:Liebe Jurymitglieder\,\n\nanbei die Termine für die Auswahlges
 präche zum Nachwuchsstipendium Dolmetschen 2025: 3 Bewerber*innen à 30 Min
 .\, Jury: Dorothee Fuchs\, Anke Schreiner\, Yusuf Aral. Unterlagen im Date
 nraum.\n\nStiftung Gebärdensprache Rheinland\n
DTSTART;TZID="W. Europe Standard Time":20250523T100000
DTEND;TZID="W. Europe Standard Time":20250523T123000
DTSTAMP:20250509T100000Z
LOCATION:Stiftungshaus\, Saal 1
ORGANIZER;CN="Stiftung Gebärdensprache Rheinland":mailto:info@stiftung-gebaerdensprache.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Jury: Auswahlgespräche Nachwuchsstipendium Dolmetschen
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A9B0DB010000000000000000100000005C401A5A5C401A5A5C401A5A5C401A5A
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-scholarship-jury",
    ),
    _hiring(
        "webex-french-jury",
        "WEBEX-26630117754-20250604T120000Z@signesfrontieres.webex.com",
        rf"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
{TZ_ROMANCE}
BEGIN:VEVENT
UID:WEBEX-26630117754-20250604T120000Z@signesfrontieres.webex.com
DTSTAMP:20250527T090000Z
DTSTART;TZID="Romance Standard Time":20250604T140000
DTEND;TZID="Romance Standard Time":20250604T150000
SUMMARY:Jury de recrutement – entretien de M. Julien Dubois (interprète LSF/DGS)
ORGANIZER;CN=Élodie Marchal:mailto:e.marchal@signes-frontieres.fr
ATTENDEE;CN=Anke Schreiner (jury);ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CN=Julien Dubois (candidat);ROLE=REQ-PARTICIPANT:mailto:julien.dubois@laposte.example.fr
DESCRIPTION:Chère Anke\,\n\nmerci d'avoir accepté de faire partie du jury. 
 Vous évaluerez la partie DGS de l'entretien de M. Dubois (grille d'évaluat
 ion en pièce jointe).\n\nÉlodie Marchal\, Association Signes Frontières\, S
 trasbourg\n\nRejoindre la réunion Webex\nhttps://signesfrontieres.webex.co
 m/j.php?MTID=m77c0a1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-french-recruitment-jury",
    ),
    _hiring(
        "bookings-staff-member",
        "bookings-1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6@gebaerdenwerk.onmicrosoft.com",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Gebärdenwerk Bewerbungen":mailto:Bewerbungen@gebaerdenwerk.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Schreiner, Anke":mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN=Agnieszka Nowak:mailto:a.nowak.dgs@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Probedolmetschen Bewerbe
 r*innen (60 Minuten)\nKunde: Agnieszka Nowak\nMitarbeiter: Anke Schreiner\n
 \nNotizen des Kunden: Ich bringe meine Zertifikate mit.\n\nBuchung verwalten
 : https://outlook.office365.com/owa/calendar/Bewerbungen@gebaerdenwerk.onm
 icrosoft.com/bookings/
SUMMARY;LANGUAGE=de-DE:Probedolmetschen Bewerber*innen für Agnieszka Nowak
DTSTART;TZID=W. Europe Standard Time:20250516T130000
DTEND;TZID=W. Europe Standard Time:20250516T140000
UID:bookings-1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6@gebaerdenwerk.onmicrosoft.com
DTSTAMP:20250509T150000Z
LOCATION;LANGUAGE=de-DE:GW Dolmetschlabor
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-bookings-staff-member",
    ),
    _hiring(
        "outlook-user-organizer-interview",
        "040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DB01000000000000000010000000DE41DE41DE41DE41DE41DE41DE41DE41",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_WEUROPE}
BEGIN:VEVENT
ATTENDEE;CN="Demir, Serkan";RSVP=TRUE:mailto:serkan.demir@t-online.de
ATTENDEE;CN="Vossen, Karin";RSVP=TRUE:mailto:k.vossen@gebaerdenwerk-koeln.de
DESCRIPTION:Sehr geehrter Herr Demir\,\n\nvielen Dank für Ihre Bewerbung al
 s Dolmetscher (m/w/d) bei der Gebärdenwerk Köln eG. Wir laden Sie herzlich
  zu einem Vorstellungsgespräch ein. Gesprächspartnerinnen: Karin Vossen (V
 orstand) und ich.\n\nMit freundlichen Grüßen\nAnke Schreiner\nGebärdenwerk
  Köln eG\n
DTSTART;TZID="W. Europe Standard Time":20250513T100000
DTEND;TZID="W. Europe Standard Time":20250513T110000
DTSTAMP:20250505T130000Z
LOCATION:GW Besprechungsraum 1\, Venloer Str. 388
ORGANIZER;CN="Schreiner, Anke":mailto:a.schreiner@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Herr Demir – Dolmetscher (Gebärdenwerk)
UID:040000008200E00074C5B7101A82E00800000000D6E7F8A9B0C1DB01000000000000000010000000DE41DE41DE41DE41DE41DE41DE41DE41
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-organizer-candidate-attendee",
    ),
    _hiring(
        "outlook-second-round-sit-in",
        "040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB01000000000000000010000000517151715171517151715171517151AB",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN="Kaya, Derya";RSVP=TRUE:mailto:derya.kaya@mailbox.example.org
DESCRIPTION:Anke\, kannst du beim Zweitgespräch mit Frau Kaya (Bewerbung Di
 spo-Assistenz) die fachlichen Fragen übernehmen? Danke! K.\n
DTSTART;TZID="W. Europe Standard Time":20250605T140000
DTEND;TZID="W. Europe Standard Time":20250605T150000
DTSTAMP:20250528T080000Z
LOCATION:GW Besprechungsraum 2
ORGANIZER;CN="Vossen, Karin":mailto:k.vossen@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Bewerberin D. Kaya (Dispo-Assistenz)
UID:040000008200E00074C5B7101A82E00800000000E7F8A9B0C1D2DB01000000000000000010000000517151715171517151715171517151AB
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-second-round-sit-in",
    ),
    _hiring(
        "lever-scorecard-reminder",
        "lever-reminder-4c5d6e7f-8091-4a2b-b3c4-d5e6f708192a",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:lever-reminder-4c5d6e7f-8091-4a2b-b3c4-d5e6f708192a
DTSTAMP:20250519T080000Z
DTSTART:20250520T150000Z
DTEND:20250520T151500Z
SUMMARY:Feedback due: Ruth Meier – DGS Interpreter (Contract) – submit your scorecard
ORGANIZER;CN=Signature Captions via Lever:mailto:no-reply@hire.lever.co
DESCRIPTION:Hi Anke\, you interviewed Ruth Meier yesterday as guest interv
 iewer. Please submit your interview feedback in Lever: https://hire.lever.
 co/interviews/feedback/4c5d6e7f\n\nSignature Captions Ltd
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-lever-feedback-reminder",
    ),
    _hiring(
        "apple-allday-candidate-trial-day",
        "C0FFEE12-3456-4789-ABCD-EF0123456789",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
BEGIN:VEVENT
UID:C0FFEE12-3456-4789-ABCD-EF0123456789
DTSTAMP:20250515T190000Z
DTSTART;VALUE=DATE:20250526
DTEND;VALUE=DATE:20250527
SUMMARY:Hospitationstag Bewerberin Sarah Klein (begleitet von mir)
DESCRIPTION:Sarah läuft bei meinen Einsätzen mit (Uniklinik vorm.\, IHK na
 chm.). Abends kurze Einschätzung an Karin.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-candidate-trial-day-all-day",
    ),
    _hiring(
        "google-spanish-tribunal",
        "9t1r2i3b4u5n6a7l8e9v0a1l2u@google.com",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250612T100000
DTEND;TZID=Europe/Madrid:20250612T123000
DTSTAMP:20250602T100000Z
ORGANIZER;CN=Marta Ruiz:mailto:m.ruiz@manosabiertas.example.es
UID:9t1r2i3b4u5n6a7l8e9v0a1l2u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Hola Anke\, gracias por formar parte del tribunal de evaluación
 . Evaluarás la parte DGS de la prueba práctica de tres candidatas a intérpr
 ete (DGS–LSE). Te mando la rúbrica por correo.\n\nMarta Ruiz\, Fundación M
 anos Abiertas\n\nUnirse con Google Meet: https://meet.google.com/ypr-ebax-
 trl\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tribunal: prueba práctica candidatas intérpretes DGS–LSE
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-spanish-evaluation-panel",
    ),
]
