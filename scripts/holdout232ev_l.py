"""holdout232 events, part L: the cellar's training and routine meetings."""

EVENTS = [
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000E7F8A9B0",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="training-co2-safety-in-the-cuverie",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN=Formation MSA Gironde:mailto:formation.sst@gironde.msa.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castaing
 , Élodie":mailto:e.castaing@lestrade-bellevue.fr
DESCRIPTION;LANGUAGE=fr-FR:Session « Prévention du risque CO2 en cuverie
  et travail en espace confiné » avant vendanges. Formateur : M. Duprat.
  Attestation remise en fin de journée.\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB0100000000000000
 0010000000E7F8A9B0
SUMMARY;LANGUAGE=fr-FR:Formation risque CO2 cuverie (MSA)
DTSTART;TZID=W. Europe Standard Time:20250902T090000
DTEND;TZID=W. Europe Standard Time:20250902T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250710T080808Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:MSA Gironde – Lesparre-Médoc
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="7lq1t5v9m3k0hc4sb8rn2pe6dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="weekly-cellar-meeting-recurring-with-exception",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250106T080000
DTEND;TZID=Europe/Paris:20250106T083000
RRULE:FREQ=WEEKLY;BYDAY=MO
EXDATE;TZID=Europe/Paris:20250421T080000
DTSTAMP:20250103T084512Z
ORGANIZER;CN=Élodie Castaing:mailto:e.castaing@lestrade-bellevue.fr
UID:7lq1t5v9m3k0hc4sb8rn2pe6dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Équipe chai;X-NUM-GUESTS=0:mailto:chai@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Marc Dupouy;X-NUM-GUESTS=0:mailto:jm.dupouy@lestrade-bellevue.fr
CREATED:20250103T084510Z
DESCRIPTION:Planning de la semaine : ouillages\, analyses\, mises\, expédi
 tions\, sécurité.
LAST-MODIFIED:20250103T084512Z
LOCATION:Chai n°2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Point hebdo chai
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
