# ruff: noqa: E501, W291, W293, RUF100
"""holdout256 events, part c: the user's own interviews (relay service, public bodies, Brussels, Madrid, media)."""

from holdout256ev_zones import TZ_AMSTERDAM, TZ_BERLIN, TZ_MADRID, TZ_ROMANCE, TZ_WEUROPE

FORMS = {
    "RelaySign Deutschland": "RelaySign|RelaySign Deutschland GmbH|Relay Sign",
    "Berufsbildungswerk Rheinland für Hörgeschädigte": "BBW Rheinland|BBW|Berufsbildungswerk Rheinland",
    "Theater am Rheinufer": "TaR|Theater Rheinufer",
    "Bundesamt für Teilhabe und Inklusion": "BfTI|Bundesamt für Teilhabe",
    "European Sign Language Network": "ESLN|European Sign Language Network AISBL",
    "Signa Ibérica": "Signa Iberica|Signa Ibérica S.L.",
    "Rheinmesse": "Rheinmesse GmbH|Rheinmesse Köln",
    "Stadtmuseum Kolonia": "Kolonia|Stadtmuseum",
    "Sozialwerk St. Lukas": "St. Lukas|Sozialwerk St. Lukas gGmbH|Wohnverbund St. Lukas",
    "StreamAkzent": "StreamAkzent GmbH|Stream Akzent",
    "Landschaftsverband Niederrhein-Süd": "LVNS|LVNS Inklusionsamt|Landschaftsverband",
    "Universiteit Maasdal": "Maasdal University|Maasdal|UM",
}

EVENTS = [
    dict(
        kind="workday-video-assessment",
        uid="WD-INTERVIEW-R-0004471-EVT-118920",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R-0004471-EVT-118920
DTSTAMP:20250213T153000Z
DTSTART:20250220T080000Z
DTEND:20250220T090000Z
SUMMARY:Interview Scheduled: Video Interpreting Assessment – Remote-Dolmetscher:in DGS (Teilzeit) – R-0004471
ORGANIZER;CN=RelaySign Talent Acquisition:mailto:relaysign@myworkday.com
ATTENDEE;CN=Jana Petersen;ROLE=REQ-PARTICIPANT:mailto:jana.petersen@relaysign.de
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Microsoft Teams
DESCRIPTION:Candidate: Anke Schreiner\nJob Requisition: R-0004471 Remote-Dol
 metscher:in DGS (Teilzeit)\nInterview Type: Video Interpreting Assessment
  (60 min)\nInterviewer: Jana Petersen (Quality Lead Relay Services)\n\nIn 
 dieser Runde dolmetschen Sie drei simulierte Relay-Telefonate (Arztpraxis\,
  Versicherung\, Behörde) per Video. Bitte testen Sie Kamera und Hintergrund
  (einfarbig) vorab.\n\nThis is an automated message from Workday.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="RelaySign Deutschland",
        role="Remote-Dolmetscher:in DGS (Teilzeit)",
        stage="technical",
        interviewers="jana.petersen@relaysign.de",
        trap="workday-simulated-relay-calls-look-like-assignments",
        hiring=False,
    ),
    dict(
        kind="ios-handtyped-floating",
        uid="0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250219T203311Z
DTSTAMP:20250219T203340Z
LAST-MODIFIED:20250219T203340Z
UID:0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9
DTSTART:20250227T140000
DTEND:20250227T150000
SUMMARY:Vorstellungsgespr BBW Hörgesch. - Kommunikationsassistenz/Dolmetschen
LOCATION:BBW Rheinland\, Sandweg 3
DESCRIPTION:Hr. Brügge (Bereichsleitg Ausbildung) + Fr. Osei (Personal). Z
 eugnisse + Nachweis Staatl. Prüfung mitnehmen
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT2H
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Berufsbildungswerk Rheinland für Hörgeschädigte",
        role="Kommunikationsassistenz/Dolmetschen",
        stage="hiring_manager",
        interviewers="Brügge;Osei",
        trap="typo-abbreviated-floating-no-attendees",
        hiring=False,
    ),
    dict(
        kind="google-theatre-audition",
        uid="2a7tz0k1m9b8v6c5x4n3q2w1e0@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250506T100000
DTEND;TZID=Europe/Berlin:20250506T120000
DTSTAMP:20250424T130012Z
ORGANIZER;CN=Jule Brandes:mailto:j.brandes@theater-am-rheinufer.de
UID:2a7tz0k1m9b8v6c5x4n3q2w1e0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Milan Kovač;X-NUM-GUESTS=0:mailto:m.kovac@theater-am-rheinufer.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Liebe Anke\,\n\nfür die feste Stelle Theaterdolmetscherin DGS (
 ab Spielzeit 2025/26) laden wir dich zum Vorsprechen ein: Du dolmetschst e
 ine Szene aus „Woyzeck“ (Textbuch anbei) live in der Probe auf der Probebüh
 ne\, Milan (Regie) und ich schauen zu. Danach reden wir über die Stelle.\n\n
 Jule Brandes\, Dramaturgie\n\nInvitation from Google Calendar: https://cal
 endar.google.com/calendar/
LOCATION:Theater am Rheinufer\, Probebühne 2 (Bühneneingang Rheinallee)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorsprechen Theaterdolmetschen DGS – Probe Woyzeck
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Theater am Rheinufer",
        role="Theaterdolmetscherin DGS",
        stage="technical",
        interviewers="j.brandes@theater-am-rheinufer.de;m.kovac@theater-am-rheinufer.de",
        trap="theatre-audition-rehearsal-vocabulary",
        hiring=False,
    ),
    dict(
        kind="outlook-cancel-written-test",
        uid="040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB01000000000000000010000000BF71BF71BF71BF71BF71BF71BF71BF71",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\ndie schriftliche Arbeitsprobe
  im Auswahlverfahren BfTI-2025-017 (Referentin/Referent Barrierefreie Komm
 unikation) entfällt. Sie werden direkt zum strukturierten Auswahlgespräch 
 eingeladen\; die Einladung folgt gesondert.\n\nIm Auftrag\nReferat Z 2 – P
 ersonalgewinnung\n
DTEND;TZID="W. Europe Standard Time":20250424T120000
DTSTAMP:20250414T085501Z
DTSTART;TZID="W. Europe Standard Time":20250424T090000
LOCATION:BfTI Bonn\, Dienstgebäude Graurheindorfer Str.\, Raum E.04
ORGANIZER;CN="Referat Z 2 Personalgewinnung (BfTI)":mailto:personalgewinnung@bfti.bund.de
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
SUMMARY;LANGUAGE=de-DE:Abgesagt: Schriftliche Arbeitsprobe – Auswahlverfahren BfTI-2025-017
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB01000000000000000010000000BF71BF71BF71BF71BF71BF71BF71BF71
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bundesamt für Teilhabe und Inklusion",
        role="Referentin/Referent Barrierefreie Kommunikation",
        stage="technical",
        interviewers="",
        trap="cancelled-written-test-method-cancel",
        hiring=False,
    ),
    dict(
        kind="exchange-federal-panel",
        uid="040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB01000000000000000010000000BF72BF72BF72BF72BF72BF72BF72BF72",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Referat Z 2 Personalgewinnung (BfTI)";SENT-BY="mailto:t.meuser@bfti.bund.de":mailto:personalgewinnung@bfti.bund.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=anke.schreiner@mailbox.org:mailto:anke.schreiner@mailbox.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kranz, Eva Dr.":mailto:e.kranz@bfti.bund.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Sievers, Malte":mailto:m.sievers@bfti.bund.de
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Gleichstellungsbeauftragte BfTI":mailto:gleichstellung@bfti.bund.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="BfTI Bonn Raum 3.110":mailto:raum3110@bfti.bund.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Schreiner\,\n\nwir laden Sie z
 u einem strukturierten Auswahlgespräch (ca. 45 Min.) ein. Auswahlkommission
 : Dr. Eva Kranz (Referatsleiterin Referat T 3\, Vorsitz) und Malte Sievers
  (Referent T 3). Die Gleichstellungsbeauftragte nimmt beratend teil. Bitte 
 bringen Sie Originalzeugnisse mit. Reisekosten werden nach BRKG erstattet.
 \n\nIm Auftrag\nT. Meuser
SUMMARY;LANGUAGE=de-DE:Strukturiertes Auswahlgespräch BfTI-2025-017 (Ref. Barrierefreie Kommunikation)
DTSTART;TZID=W. Europe Standard Time:20250514T133000
DTEND;TZID=W. Europe Standard Time:20250514T143000
UID:040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB01000000000000000010000000BF72BF72BF72BF72BF72BF72BF72BF72
DTSTAMP:20250425T091300Z
LOCATION;LANGUAGE=de-DE:BfTI Bonn Raum 3.110
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bundesamt für Teilhabe und Inklusion",
        role="Referentin Barrierefreie Kommunikation",
        stage="onsite",
        interviewers="e.kranz@bfti.bund.de;m.sievers@bfti.bund.de",
        trap="federal-panel-functional-mailbox-sent-by-observer",
        hiring=False,
    ),
    dict(
        kind="webex-french-entretien",
        uid="WEBEX-27411186602-20250417T080000Z@esln.webex.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
{TZ_ROMANCE}
BEGIN:VEVENT
UID:WEBEX-27411186602-20250417T080000Z@esln.webex.com
DTSTAMP:20250404T123000Z
DTSTART;TZID="Romance Standard Time":20250417T100000
DTEND;TZID="Romance Standard Time":20250417T110000
SUMMARY:Entretien – Coordinatrice du pool d'interprètes (DGS/LSFB/IS) – A. Schreiner
ORGANIZER;CN=Claire Dumont:mailto:c.dumont@esln.eu
ATTENDEE;CN=Marc Lefèvre;ROLE=REQ-PARTICIPANT:mailto:m.lefevre@esln.eu
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:https://esln.webex.com/esln/j.php?MTID=m4b1c9e2f7a
DESCRIPTION:Chère Madame Schreiner\,\n\nsuite à votre candidature au poste 
 de coordinatrice du pool d'interprètes\, nous avons le plaisir de vous invi
 ter à un entretien avec Marc Lefèvre (président) et moi-même. L'entretien 
 se déroulera en anglais et en signes internationaux (IS)\; quelques questio
 ns pourront être posées en français.\n\nBien cordialement\,\nClaire Dumont\
 , secrétaire générale\, European Sign Language Network AISBL\, Bruxelles\n\n
 -- Ne supprimez pas et ne modifiez pas le texte suivant. --\nRejoindre la 
 réunion Webex\nhttps://esln.webex.com/esln/j.php?MTID=m4b1c9e2f7a\nNuméro d
 e la réunion (code d'accès) : 2741 118 6602\nMot de passe de la réunion : 
 Esln2025\n\nRejoindre par téléphone\n+32-2-894-1188 Belgique (Bruxelles)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="European Sign Language Network",
        role="Coordinatrice du pool d'interprètes (DGS/LSFB/IS)",
        stage="hiring_manager",
        interviewers="c.dumont@esln.eu;m.lefevre@esln.eu",
        trap="french-webex-romance-zone",
        hiring=False,
    ),
    dict(
        kind="google-spanish-entrevista",
        uid="5s9p0a1n2i3s4h5e6n7t8r9e0v@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250310T160000
DTEND;TZID=Europe/Madrid:20250310T163000
DTSTAMP:20250303T094500Z
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@signaiberica.es
UID:5s9p0a1n2i3s4h5e6n7t8r9e0v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Fernández;X-NUM-GUESTS=0:mailto:lucia.fernandez@signaiberica.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Hola Anke\,\n\ngracias por tu candidatura para el puesto de Int
 érprete de lengua de signos (DGS / Signos Internacionales) para congresos 
 internacionales. Te propongo una primera entrevista de 30 minutos por vide
 ollamada (en inglés o español\, como prefieras).\n\nUn saludo\,\nLucía Fern
 ández\, RR. HH.\, Signa Ibérica S.L.\n\nUnirse con Google Meet: https://mee
 t.google.com/bsu-nwxa-yrc\n\nInvitación de Google Calendar: https://calend
 ar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un 
 invitado del evento.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista: Intérprete DGS/SI congresos – Anke Schreiner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Signa Ibérica",
        role="Intérprete de lengua de signos (DGS / Signos Internacionales)",
        stage="recruiter_screen",
        interviewers="lucia.fernandez@signaiberica.es",
        trap="spanish-google-invite-madrid-zone",
        hiring=False,
    ),
    dict(
        kind="softgarden-invite",
        uid="softgarden-interview-31-88412-7",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:softgarden-interview-31-88412-7
DTSTAMP:20250416T100101Z
DTSTART;TZID=Europe/Berlin:20250429T110000
DTEND;TZID=Europe/Berlin:20250429T120000
SUMMARY:Einladung zum Vorstellungsgespräch – Managerin Barrierefreiheit Veranstaltungen (m/w/d)
ORGANIZER;CN=Rheinmesse GmbH:mailto:noreply@softgarden.io
ATTENDEE;CN=Nadine Oster;ROLE=REQ-PARTICIPANT:mailto:n.oster@rheinmesse.de
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Rheinmesse\, Verwaltungsgebäude Eingang Nord\, Messeplatz 1\, Köln
DESCRIPTION:Hallo Frau Schreiner\,\n\nwir freuen uns\, Sie persönlich kenne
 nzulernen. Ihre Gesprächspartnerin: Nadine Oster\, Abteilungsleiterin Even
 t Services.\n\nBitte bestätigen Sie den Termin über Ihr Kandidatenprofil.\n
 \nIhr Recruiting-Team der Rheinmesse GmbH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rheinmesse",
        role="Managerin Barrierefreiheit Veranstaltungen (m/w/d)",
        stage="hiring_manager",
        interviewers="n.oster@rheinmesse.de",
        trap="softgarden-tzid-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="dvinci-museum-panel",
        uid="dvinci-termin-0522-4471-kolonia",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Bewerbermanagement//DE
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:dvinci-termin-0522-4471-kolonia
DTSTAMP:20250508T081500Z
DTSTART;TZID=Europe/Berlin:20250520T100000
DTEND;TZID=Europe/Berlin:20250520T113000
SUMMARY:Vorstellungsgespräch Kunstvermittler*in Inklusion / DGS (Kennziffer 14/2025)
ORGANIZER;CN=Stadtmuseum Kolonia – Bewerbermanagement:mailto:noreply@dvinci-hr.com
ATTENDEE;CN=Dr. Henrike Stamm;ROLE=REQ-PARTICIPANT:mailto:h.stamm@stadtmuseum-kolonia.de
ATTENDEE;CN=Paula Reinartz;ROLE=REQ-PARTICIPANT:mailto:p.reinartz@stadtmuseum-kolonia.de
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Stadtmuseum Kolonia\, Zeughausstraße 1-3\, Seminarraum
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nim Gespräch mit Direktorin Dr.
  Henrike Stamm und Paula Reinartz (Leitung Bildung & Vermittlung) bitten w
 ir Sie\, eine 10-minütige Mini-Führung in DGS und Lautsprache zu einem Obje
 kt Ihrer Wahl aus der Dauerausstellung vorzustellen.\n\nMit freundlichen Gr
 üßen\nStadtmuseum Kolonia
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Stadtmuseum Kolonia",
        role="Kunstvermittler*in Inklusion / DGS",
        stage="onsite",
        interviewers="h.stamm@stadtmuseum-kolonia.de;p.reinartz@stadtmuseum-kolonia.de",
        trap="dvinci-museum-mini-tour-presentation",
        hiring=False,
    ),
    dict(
        kind="thunderbird-handtyped-church",
        uid="c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250514T071201Z
LAST-MODIFIED:20250514T071230Z
DTSTAMP:20250514T071230Z
UID:c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f
SUMMARY:St. Lukas Wohnverbund - Bewerbungsgespräch (Fr. Ternes\, Einrichtungsleitg)
DTSTART:20250522T150000
DTEND:20250522T160000
LOCATION:Sozialwerk St. Lukas\, Lukasweg 7\, Brühl
DESCRIPTION:Stelle Dolmetscherin/Kommunikationsbegleitung im Wohnverbund fü
 r hörgeschädigte Menschen\, 25 Std.
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sozialwerk St. Lukas",
        role="Dolmetscherin/Kommunikationsbegleitung",
        stage="",
        interviewers="Ternes",
        trap="handtyped-floating-stage-unclear",
        hiring=False,
    ),
    dict(
        kind="teams-agency-named-client",
        uid="040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB0100000000000000001000000051A6A7C8B9D0E1F2A3B4C5D6E7F8A9B0",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Brink, Olaf (StreamAkzent)";RSVP=TRUE:mailto:o.brink@streamakzent.de
ATTENDEE;CN="Marx, Ilka (StreamAkzent)";RSVP=TRUE:mailto:i.marx@streamakzent.de
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
DESCRIPTION:Liebe Frau Schreiner\,\n\nanbei wie besprochen das Vorstellungsg
 espräch bei unserem Kunden StreamAkzent GmbH (Untertitelung\, Audiodeskrip
 tion und DGS-Videos) für die Position Projektleitung DGS-Video. Ihre Gespr
 ächspartner: Olaf Brink (Geschäftsführer) und Ilka Marx (Head of Productio
 n). Ich selbst bin nicht dabei\, melde mich aber direkt danach bei Ihnen.\n
 \nViele Grüße\nSarah Brückner\nBrückner Personal – Medien & Kommunikation\n
 \n________________________________________________________________________
 ________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=
 de-DE>\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l
 /meetup-join/19%3ameeting_OTQ1ZDkyN2EtYjA0NS00%40thread.v2/0>\nBesprechun
 gs-ID: 318 774 092 611\nKennung: pZ4Fm9\n_______________________________
 _________________________________________________\n
DTSTART;TZID="W. Europe Standard Time":20250411T100000
DTEND;TZID="W. Europe Standard Time":20250411T110000
DTSTAMP:20250403T111111Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Brückner, Sarah":mailto:s.brueckner@brueckner-personal.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch StreamAkzent – Projektleitung DGS-Video (Kandidatin A. Schreiner)
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB0100000000000000001000000051A6A7C8B9D0E1F2A3B4C5D6E7F8A9B0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="StreamAkzent",
        role="Projektleitung DGS-Video",
        stage="hiring_manager",
        interviewers="o.brink@streamakzent.de;i.marx@streamakzent.de",
        trap="agency-organizer-company-is-client-candidate-word-in-title",
        hiring=False,
    ),
    dict(
        kind="webex-structured-prescreen",
        uid="WEBEX-23551902274-20250218T080000Z@lvns.webex.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//DE
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:WEBEX-23551902274-20250218T080000Z@lvns.webex.com
DTSTAMP:20250210T140000Z
DTSTART;TZID=Europe/Berlin:20250218T090000
DTEND;TZID=Europe/Berlin:20250218T093000
SUMMARY:Strukturiertes Telefoninterview (Vorauswahl) – Sachbearbeitung Kommunikationshilfen EG 9c
ORGANIZER;CN=Heike Brandl:mailto:h.brandl@lvns.de
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Webex
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nim Rahmen der Vorauswahl für 
 die Stelle Sachbearbeitung Kommunikationshilfen / Dolmetschkosten (EG 9c T
 VöD\, Inklusionsamt) führe ich mit allen Bewerber*innen ein kurzes struktu
 riertes Interview durch (6 Fragen\, 30 Min.).\n\nMit freundlichen Grüßen\nH
 eike Brandl\, Personalservice\, Landschaftsverband Niederrhein-Süd\n\n-- Bi
 tte diesen Text nicht löschen oder ändern. --\nWebex-Meeting beitreten\nht
 tps://lvns.webex.com/lvns/j.php?MTID=m0a9c8e77f1\nMeeting-Kennnummer (Zug
 riffscode): 2355 190 2274\nMeeting Passwort: Lvns0218
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Landschaftsverband Niederrhein-Süd",
        role="Sachbearbeitung Kommunikationshilfen / Dolmetschkosten (EG 9c TVöD)",
        stage="recruiter_screen",
        interviewers="h.brandl@lvns.de",
        trap="webex-public-sector-prescreen",
        hiring=False,
    ),
    dict(
        kind="outlook-commission-panel",
        uid="040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Junge, Holger";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:h.junge@lvns.de
ATTENDEE;CN="Wirtz, Dana";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:d.wirtz@lvns.de
ATTENDEE;CN=anke.schreiner@mailbox.org;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CN="SBV LVNS";ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:schwerbehindertenvertretung@lvns.de
ATTENDEE;CUTYPE=ROOM;CN="LVNS Horion-Haus R. 4.12";ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:raum412@lvns.de
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nnach der Vorauswahl laden wir 
 Sie zum Auswahlgespräch vor der Auswahlkommission ein: Holger Junge (Fachb
 ereichsleitung Inklusionsamt)\, Dana Wirtz (Teamleitung Kommunikationshilfe
 n) und ich. Die Schwerbehindertenvertretung nimmt teil.\n\nMit freundlichen
  Grüßen\nHeike Brandl\n
DTSTART;TZID="W. Europe Standard Time":20250312T101500
DTEND;TZID="W. Europe Standard Time":20250312T111500
DTSTAMP:20250225T083000Z
LOCATION:LVNS Horion-Haus R. 4.12\, Deutz
ORGANIZER;CN="Brandl, Heike":mailto:h.brandl@lvns.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Kommunikationshilfen EG 9c – Schreiner
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Landschaftsverband Niederrhein-Süd",
        role="",
        stage="onsite",
        interviewers="h.junge@lvns.de;d.wirtz@lvns.de;h.brandl@lvns.de",
        trap="commission-panel-organizer-interviews-sbv-mailbox",
        hiring=False,
    ),
    dict(
        kind="zoom-english-dutch-lecturer",
        uid="zoom-96120033187-20250513@zoom.us",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_AMSTERDAM}
BEGIN:VEVENT
DTSTAMP:20250502T110000Z
DTSTART;TZID=Europe/Amsterdam:20250513T150000
DTEND;TZID=Europe/Amsterdam:20250513T160000
SUMMARY:Interview Docent tolk NGT/DGS (0.6 fte) – Anke Schreiner
UID:zoom-96120033187-20250513@zoom.us
DESCRIPTION:Ingrid Verbeek is inviting you to a scheduled Zoom meeting.\n\n
 Topic: Interview Docent tolk NGT/DGS (0.6 fte) – Anke Schreiner\nTime: May
  13\, 2025 03:00 PM Amsterdam\n\nDear Anke\, in this first conversation I'
 d like to hear about your teaching experience and your plans for the new c
 ross-border module German Sign Language for interpreting students. Kind reg
 ards\, Dr. Ingrid Verbeek\, programme director\, Institute for Sign\, Deaf
  Studies and Interpreting\, Universiteit Maasdal\n\nJoin Zoom Meeting\nhtt
 ps://maasdal-university.zoom.us/j/96120033187\n\nMeeting ID: 961 2003 3187
 \nPasscode: 812266
LOCATION:https://maasdal-university.zoom.us/j/96120033187
ORGANIZER;CN=Ingrid Verbeek:mailto:i.verbeek@maasdal-university.nl
ATTENDEE;CN=Anke Schreiner;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Universiteit Maasdal",
        role="Docent tolk NGT/DGS (0.6 fte)",
        stage="hiring_manager",
        interviewers="i.verbeek@maasdal-university.nl",
        trap="english-dutch-zoom-teaching-post",
        hiring=False,
    ),
]
