"""holdout140: the user on the HIRING side at Vestkyst Vindservice (part 2)."""

from holdout140ev_common import TZ_CPH, WIN_ROMANCE, E

EVENTS = [
    E("bookings-host", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Vestkyst Vindservice - Lærlingeplads:mailto:Laerlinge@vestkys
 tvindservice.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sara Mikk
 elsen:mailto:sara.m2008@gmail.com
DESCRIPTION;LANGUAGE=da-DK:Ny booking\n\nService: Samtale om lærlingeplads
  (vindmølleoperatør)\nPersonale: Mikkel Sørensen\nKunde: Sara Mikkelsen\nT
 elefon: 29 44 10 87\nNoter fra kunden: Jeg går på EUX på Rybners og vil g
 erne høre om læreplads fra august. Min far kommer måske med.\n\nAdminist
 rer booking: https://outlook.office365.com/owa/calendar/Laerlinge@vestkys
 tvindservice.onmicrosoft.com/bookings/\n
UID:040000008200E00074C5B7101A82E008000000004D5E6F708192DB01000000000000000
 010000000E5E4E3E2E1E0DFDEDDDCDBDAD9D8D7D6
SUMMARY;LANGUAGE=da-DK:Samtale om lærlingeplads (vindmølleoperatør) - Sara
  Mikkelsen
DTSTART;TZID=Romance Standard Time:20250424T150000
DTEND;TZID=Romance Standard Time:20250424T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250418T201500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Vestkyst Vindservice\, Svanevej 9\, Esbjerg Ø
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000004D5E6F708192DB01000000000000000010000000E5E4E3E2E1E0DFDEDDDCDBDAD9D8D7D6",
      False, trap="user-as-interviewer-bookings-staff-member-host", hiring=True),

    E("calendly-host", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Event Invite//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:CAL-e19b0c55-7d3a-4c2f-a8e0-5b64f9d1c2a7@calendly.com
DTSTAMP:20250310T193200Z
DTSTART:20250312T150000Z
DTEND:20250312T152000Z
SUMMARY:Frederik Dahl and Mikkel Sørensen
DESCRIPTION:Event Name: 20 min telefonsamtale - servicetekniker\n\nLocation
 : Mikkel will call the invitee at +45 61 77 02 19\n\nInvitee: Frederik Da
 hl\nInvitee Email: fdahl@live.dk\n\nQuestions:\nHvilke GWO-moduler har du
 ?: BST\, BTT\, ART\nHvornår kan du starte?: 1. maj\n\nView event in Calen
 dly: https://calendly.com/events/e19b0c55\n\nPowered by Calendly.com
ORGANIZER;CN=Mikkel Sørensen:mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;CN=Frederik Dahl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fda
 hl@live.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "CAL-e19b0c55-7d3a-4c2f-a8e0-5b64f9d1c2a7@calendly.com", False,
      trap="user-as-interviewer-calendly-host-phone-screen", hiring=True),

    E("interview-kit", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Emply//Emply Hire//DA
METHOD:REQUEST
""" + TZ_CPH + r"""BEGIN:VEVENT
UID:emply-meeting-a1c9e3f5-0b2d-4e6f-8a1c-3e5f7a9b1d20@emply.net
DTSTAMP:20250303T103000Z
DTSTART;TZID=Europe/Copenhagen:20250306T090000
DTEND;TZID=Europe/Copenhagen:20250306T100000
SUMMARY:Interview: Piotr Nowak - Offshore Service Technician (EN)
LOCATION:Microsoft Teams
DESCRIPTION:Interviewers: Mikkel Sørensen\, Tobias Kjær\nCandidate: Piotr N
 owak (via Manpower)\n\nInterview kit and scorecard: https://vestkyst.emply
 .net/recruitment/1131/candidates/88412/interview-kit\nPlease submit your s
 corecard within 24 hours.\n\nTeams: https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_cGlvdHI@thread.v2/0
ORGANIZER;CN=Vestkyst Vindservice Rekruttering:mailto:noreply@emply.net
ATTENDEE;CN=Mikkel Sørensen;ROLE=REQ-PARTICIPANT:mailto:m.sorensen@vestkyst-
 vindservice.dk
ATTENDEE;CN=Tobias Kjær;ROLE=REQ-PARTICIPANT:mailto:tkj@vestkyst-vindservice
 .dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "emply-meeting-a1c9e3f5-0b2d-4e6f-8a1c-3e5f7a9b1d20@emply.net", False,
      trap="user-as-interviewer-emply-interview-kit-english", hiring=True),

    E("vorstellung-kandidat", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Sørensen, Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jan.peterse
 n.husum@web.de:mailto:jan.petersen.husum@web.de
DESCRIPTION;LANGUAGE=de-DE:Moin Herr Petersen\,\n\nwie am Telefon besproche
 n lade ich Sie zu einem Vorstellungsgespräch für die Stelle als Servicetec
 hniker (m/w/d) in unserem Team in Esbjerg ein. Wir können Deutsch oder En
 glisch sprechen. Bitte bringen Sie Ihre GWO-Zertifikate mit.\n\nAdresse: V
 estkyst Vindservice A/S\, Svanevej 9\, 6705 Esbjerg Ø\, Dänemark.\n\nMit fr
 eundlichen Grüßen\nMikkel Sørensen\nLead Service Technician\n
UID:040000008200E00074C5B7101A82E00800000000E0D1C2B3A495DB01000000000000000
 0100000009A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Servicetechniker (m/w/d) - Vest
 kyst Vindservice
DTSTART;TZID=Romance Standard Time:20250321T130000
DTEND;TZID=Romance Standard Time:20250321T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T110200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Vestkyst Vindservice\, Esbjerg
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E0D1C2B3A495DB010000000000000000100000009A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D",
      False, trap="user-as-interviewer-german-vorstellungsgespraech-sent-by-user", hiring=True),

    E("referencetjek", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
""" + TZ_CPH + r"""BEGIN:VEVENT
CREATED:20250221T101500Z
DTSTAMP:20250221T101522Z
LAST-MODIFIED:20250221T101522Z
UID:D2B9A6E4-0C51-4F47-9A3B-7E2C8D1F0A63
SEQUENCE:0
SUMMARY:Ref. Kristian B. - ring Allan (tidl. formand GWS)
DTSTART;TZID=Europe/Copenhagen:20250224T074500
DTEND;TZID=Europe/Copenhagen:20250224T080000
DESCRIPTION:Allan 23 41 90 12. spørg: sikkerhed\, fravær\, hvorfor stoppe
 t\, ville du ansætte ham igen?
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "D2B9A6E4-0C51-4F47-9A3B-7E2C8D1F0A63", False,
      trap="user-as-interviewer-reference-check-on-own-candidate", hiring=True, eol="\n"),

    E("laerlinge-blok", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250407T131100Z
DESCRIPTION:9.00 Emma\n9.45 Ali\n10.30 Frederik (kommer m. bus\, kan blive
  forsinket)\nspørgsmål ligger i mappen Lærlinge 2025\n
DTEND;TZID="Romance Standard Time":20250410T111500
DTSTAMP:20250407T131100Z
DTSTART;TZID="Romance Standard Time":20250410T090000
LAST-MODIFIED:20250407T131100Z
LOCATION:Fanø
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=da:Lærlingesamtaler x3
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DB01000000000000000
 010000000AB01CD23EF45AB67CD89EF01AB23CD45
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D3E4F5A6B7C8DB01000000000000000010000000AB01CD23EF45AB67CD89EF01AB23CD45",
      False, trap="user-as-interviewer-back-to-back-apprentice-talks", hiring=True),

    E("vaerksted-test", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lund, Henrik":mailto:hlu@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=Værksted - hydra
 ulikbænk:mailto:vaerksted.hydraulik@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=da-DK:Mikkel\, kan du køre den tekniske prøve med de t
 o fra runde 2 (Sofie B. og Frederik D.)? El-diagram pitchskab + tryktest
  på hydraulikbænken\, samme opgaver som i efteråret. Bedøm på skemaet og l
 æg det i Emply.\n\n/Henrik\n
UID:040000008200E00074C5B7101A82E00800000000F9E8D7C6B5A4DB01000000000000000
 0100000001F2E3D4C5B6A79881F2E3D4C5B6A7988
SUMMARY;LANGUAGE=da-DK:Teknisk prøve el/hydraulik - 2 kandidater
DTSTART;TZID=Romance Standard Time:20250320T120000
DTEND;TZID=Romance Standard Time:20250320T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T074500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:Værksted - hydraulikbænk
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F9E8D7C6B5A4DB010000000000000000100000001F2E3D4C5B6A79881F2E3D4C5B6A7988",
      False, trap="user-as-interviewer-runs-technical-test-workshop", hiring=True),

    E("afslag-opkald", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mikkel - arbejde
X-WR-TIMEZONE:Europe/Copenhagen
BEGIN:VEVENT
DTSTART:20250325T140000Z
DTEND:20250325T143000Z
DTSTAMP:20250601T090000Z
UID:6r3t8v0b2n4m6k8j0h2g4f6d8s@google.com
CREATED:20250324T200512Z
DESCRIPTION:ring afslag: Sofie B.\, Ahmad R. (tilbyd vikarpulje?)\, Jonas
  P. - giv ordentlig feedback!
LAST-MODIFIED:20250324T200512Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:afslag kandidater
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6r3t8v0b2n4m6k8j0h2g4f6d8s@google.com", False,
      trap="user-as-interviewer-rejection-calls-to-candidates", hiring=True, eol="\n"),

    E("assessor-day", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Friis, Charlotte":mailto:cfr@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lund, Hen
 rik":mailto:hlu@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kjær, Tob
 ias":mailto:tkj@vestkyst-vindservice.dk
DESCRIPTION;LANGUAGE=en-US:Assessors\,\n\nthank you for helping with the Gr
 aduate Trainee O&M assessment day. 8 graduates (engineering / AU / SDU)
  in 2 groups.\n\n08:00 Assessor briefing (rating scales)\n09:00 Group case
 \n10:30 Tower task - Mikkel & Tobias observe\n13:00 Interviews in pairs\n
 15:30 Wash-up and ranking\n\nPlease do not discuss candidates in the can
 teen.\n\nCharlotte\n
UID:040000008200E00074C5B7101A82E008000000002B3C4D5E6F70DB01000000000000000
 010000000FACEB00CFACEB00CFACEB00CFACEB00C
SUMMARY;LANGUAGE=en-US:Assessment day - Graduate Trainees O&M (assessors)
DTSTART;TZID=Romance Standard Time:20250514T080000
DTEND;TZID=Romance Standard Time:20250514T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Vestkyst Vindservice - kantine + træningstårn
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000002B3C4D5E6F70DB01000000000000000010000000FACEB00CFACEB00CFACEB00CFACEB00C",
      False, trap="user-as-interviewer-assessment-day-assessor", hiring=True),

    E("second-round-chair", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Friis, Charlotte":mailto:cfr@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sørensen,
  Mikkel":mailto:m.sorensen@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lund, Hen
 rik":mailto:hlu@vestkyst-vindservice.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Line Bjerre:ma
 ilto:line.bjerre@outlook.dk
DESCRIPTION;LANGUAGE=da-DK:2. samtale med Line Bjerre til stillingen som t
 eamleder\, havneservice. Mikkel er ordstyrer og tager casen (planlægning
  af en uge med 3 hold og en kranforsinkelse). Henrik afslutter med vilkår
 .\n\nCharlotte\n
UID:040000008200E00074C5B7101A82E008000000008899AABBCCDDDB01000000000000000
 0100000001234ABCD5678EF901234ABCD5678EF90
SUMMARY;LANGUAGE=da-DK:2. samtale - teamleder havneservice - Line Bjerre
DTSTART;TZID=Romance Standard Time:20250430T090000
DTEND;TZID=Romance Standard Time:20250430T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250425T082200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=da-DK:ESB Mødelokale Fanø
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000008899AABBCCDDDB010000000000000000100000001234ABCD5678EF901234ABCD5678EF90",
      False, trap="user-as-interviewer-chairs-second-round-with-case", hiring=True),
]
