"""holdout212 events, part h: the user on the hiring side at Scheldt Forwarding (declarant selection and more)."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "outlook-selectiegesprek-declarant",
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000000000001000000011112222333344445555666677778888",
        0, "", "", "", "", "user-as-interviewer-outlook-sollicitatiegesprek-declarant",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Lambrechts, Sarah":mailto:sarah.lambrechts@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@sch
 eldtforwarding.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="SF-ANT Vergaderzaal Kattendijk":mailto:ant-katt
 endijk@scheldtforwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Hoi Wouter\,\n\nSollicitatiegesprek voor de vaca
 ture Douanedeclarant import (vervanging Jelle). Kandidaat: Jens Wouters\,
  3 jaar ervaring bij een expediteur in Zeebrugge\, PLDA en NCTS. CV in bij
 lage. Ik doe het HR-gedeelte\, jij de vakinhoudelijke vragen + de korte t
 est tariefindeling.\n\nGraag de scorekaart na afloop invullen in de map Sel
 ectie 2025.\n\nSarah\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000000000001000000011112222333344445555666677778888
SUMMARY;LANGUAGE=nl-BE:Sollicitatiegesprek Douanedeclarant - Jens Wouters
DTSTART;TZID=Romance Standard Time:20250218T100000
DTEND;TZID=Romance Standard Time:20250218T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250212T131300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:SF-ANT Vergaderzaal Kattendijk
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-scorekaarten-block",
        "040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DB010000000000000000100000002222333344445555666677778888999A",
        0, "", "", "", "", "user-as-interviewer-scorecard-block-self-organized",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Wouter":mailto:wouter.peeters@scheldtforwarding.be
DESCRIPTION;LANGUAGE=nl-BE:scorekaarten Jens W. + Lotte V. afwerken en naar
  Sarah\n(vakkennis /5\, Engels /5\, stressbestendigheid\, teamfit)\n
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DB010000000000000000100000002222333344445555666677778888999A
SUMMARY;LANGUAGE=nl-BE:Scorekaarten declaranten invullen
DTSTART;TZID=Romance Standard Time:20250219T161500
DTEND;TZID=Romance Standard Time:20250219T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T112000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-debrief-selectie",
        "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000333344445555666677778888999AAAAB",
        0, "", "", "", "", "user-as-interviewer-debrief-with-hr",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Lambrechts, Sarah":mailto:sarah.lambrechts@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@sch
 eldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Goossens, Dirk":mailto:dirk.goossens@scheldtfo
 rwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Bespreking 4 kandidaten declarant import – beslis
 sing wie we een aanbod doen en wie in reserve.\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000333344445555666677778888999AAAAB
SUMMARY;LANGUAGE=nl-BE:Debrief selectie declarant import
DTSTART;TZID=Romance Standard Time:20250221T133000
DTEND;TZID=Romance Standard Time:20250221T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Bureau Dirk
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "interim-kandidaatvoorstel",
        "haventalent-kv-20250225-88123@haventalent.be",
        0, "", "", "", "", "user-as-interviewer-agency-sends-candidate",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Haventalent Interim//Planning//NL
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:haventalent-kv-20250225-88123@haventalent.be
DTSTAMP:20250224T103000Z
DTSTART;TZID=Europe/Brussels:20250227T140000
DTEND;TZID=Europe/Brussels:20250227T143000
SUMMARY:Voorstelling kandidaat interim declarant T1/NCTS - Yusuf A. bij Scheldt Forwarding
ORGANIZER;CN=Kelly Van Gorp:mailto:kelly.vangorp@haventalent.be
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters@schel
 dtforwarding.be
LOCATION:Scheldt Forwarding\, Noorderlaan - receptie
DESCRIPTION:Dag Wouter\,\n\nZoals telefonisch besproken stel ik je Yusuf A.
  voor voor de interimopdracht declarant transit (T1/NCTS\, 3 maanden met
  optie vast). Hij heeft 2 jaar ervaring bij een grenskantoor-expediteur in
  Meer. Ik kom zelf mee voor de voorstelling\; CV en referenties in bijlage.
 \n\nGroet\,\nKelly – Haventalent Interim
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "candidate-accepted-reply",
        "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB010000000000000000100000005555666677778888999AAAABBBBCCCCD",
        0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250305T090000Z
DTEND:20250305T100000Z
DTSTAMP:20250301T180211Z
ORGANIZER;CN=Peeters\, Wouter:mailto:wouter.peeters@scheldtforwarding.be
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB010000000000000000100000005555666677778888999AAAABBBBCCCCD
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lotte.v
 ermeulen94@gmail.com;X-NUM-GUESTS=0:mailto:lotte.vermeulen94@gmail.com
COMMENT:Bedankt voor de uitnodiging\, ik ben er!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aanvaard: Tweede gesprek douanedeclarant - Scheldt Forwarding
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-kandidaat-notities",
        "3C9E2A71-0B44-4D85-9F6E-5A1B2C3D4E5F",
        0, "", "", "", "", "user-as-interviewer-handtyped-candidate-notes",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250305T101544Z
DTSTART:20250305T100000
DTEND:20250305T110000
DTSTAMP:20250305T101601Z
LAST-MODIFIED:20250305T101601Z
SEQUENCE:0
SUMMARY:gesprek Lotte V. (declarant)
DESCRIPTION:sterk in EMCS + accijnzen (kwam van entrepot)\, Engels matig\, w
 il geen nachtshift. tariefoefening 7/10. -> ja als 2e keus na Jens\, Sarah
  laten bellen voor loon
TRANSP:OPAQUE
UID:3C9E2A71-0B44-4D85-9F6E-5A1B2C3D4E5F
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "bookings-user-as-staff",
        "bookings-2d6f8a0c-1e3b-4c5d-9e7f-a1b2c3d4e5f6@scheldtforwarding.be",
        0, "", "", "", "", "user-as-interviewer-bookings-host-kennismaking",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN=Scheldt Forwarding - Jobs Douane:mailto:JobsDouane@scheldtforwarding.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@scheldt
 forwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mehmet Kaya:mailto:mehmet.kaya.antwerpen@ho
 tmail.com
DESCRIPTION;LANGUAGE=nl-BE:Nieuwe boeking\n\nService: Kennismakingsgesprek d
 eclarant (30 min)\nPersoneel: Wouter Peeters\nKlant: Mehmet Kaya\nTelefoon
 : 0487 xx xx 12\nOpmerkingen klant: Ik zit nu in het laatste jaar Bachelor
  Logistiek (AP Hogeschool) en wil graag starten als declarant.\n\nMicrosof
 t Bookings\n
UID:bookings-2d6f8a0c-1e3b-4c5d-9e7f-a1b2c3d4e5f6@scheldtforwarding.be
SUMMARY;LANGUAGE=nl-BE:Kennismakingsgesprek declarant voor Mehmet Kaya
DTSTART;TZID=Romance Standard Time:20250410T110000
DTEND;TZID=Romance Standard Time:20250410T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T201545Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "meeloopdag-kandidaat-begeleiden",
        "040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB01000000000000000010000000666677778888999AAAABBBBCCCCDDDDE",
        0, "", "", "", "", "user-as-interviewer-trial-day-supervised",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lambrechts, Sarah":mailto:sarah.lambrechts@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@sch
 eldtforwarding.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Van Hove, Kim":mailto:kim.vanhove@scheldtf
 orwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Ilse De Smet loopt een dag mee op de douanedienst
  (export + T1). Wouter begeleidt\, Kim neemt over in de namiddag. Badge l
 igt klaar aan de receptie. Feedback graag vrijdag aan mij.\n
UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1DB01000000000000000010000000666677778888999AAAABBBBCCCCDDDDE
SUMMARY;LANGUAGE=nl-BE:Meeloopdag Ilse De Smet (kandidaat declarant export)
DTSTART;VALUE=DATE:20250312
DTEND;VALUE=DATE:20250313
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T084500Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Douanedienst 2de verdieping
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "praktijktest-declaranten",
        "040000008200E00074C5B7101A82E0080000000007B8C9D0E1F2DB0100000000000000001000000077778888999AAAABBBBCCCCDDDDEEEEF",
        0, "", "", "", "", "user-as-interviewer-practical-test-assessor",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Wouter":mailto:wouter.peeters@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lambrechts, Sarah":mailto:sarah.lambrechts@sc
 heldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Claes, Bram":mailto:bram.claes@scheldtforwardi
 ng.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="SF-ANT Opleidingslokaal (PC's)":mailto:ant-oplei
 ding@scheldtforwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Praktijktest 3 kandidaten export: 2 exportaangif
 tes opmaken in DMS-testomgeving + 1 EUR.1 controleren. Bram surveilleert\,
  ik verbeter en geef score. Sarah: uitslag mailen naar kandidaten.\n
UID:040000008200E00074C5B7101A82E0080000000007B8C9D0E1F2DB0100000000000000001000000077778888999AAAABBBBCCCCDDDDEEEEF
SUMMARY;LANGUAGE=nl-BE:Praktijktest kandidaten export (DMS)
DTSTART;TZID=Romance Standard Time:20250320T090000
DTEND;TZID=Romance Standard Time:20250320T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:SF-ANT Opleidingslokaal (PC's)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "teams-selectiecommissie",
        "040000008200E00074C5B7101A82E0080000000018C9D0E1F2A3DB01000000000000000010000000888899990000AAAABBBBCCCCDDDDEEEE",
        0, "", "", "", "", "user-as-interviewer-panel-member-other-team",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Goossens, Dirk":mailto:dirk.goossens@scheldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peeters, Wouter":mailto:wouter.peeters@sch
 eldtforwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lambrechts, Sarah":mailto:sarah.lambrechts@sc
 heldtforwarding.be
DESCRIPTION;LANGUAGE=nl-BE:Selectiecommissie teamleider export (intern + ex
 tern). 3 finalisten\, elk 40 min. Wouter: focus op douanekennis en hoe ze
  met de planners omgaan.\n\nMicrosoft Teams-vergadering\nDeelnemen: https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_SFexp25%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E0080000000018C9D0E1F2A3DB01000000000000000010000000888899990000AAAABBBBCCCCDDDDEEEE
SUMMARY;LANGUAGE=nl-BE:Selectiecommissie TL Export - finalisten
DTSTART;TZID=Romance Standard Time:20250402T130000
DTEND;TZID=Romance Standard Time:20250402T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T161600Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Microsoft Teams-vergadering
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR""",
    ),
]
