"""holdout209 events, part b: mid-size firms in Munich (hand-written raw iCalendar).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics[, "lf"]).
"""

EVENTS = [
    (
        "kennenlernen-mail", "040000008200E00074C5B7101A82E0080000000060A1E5B3C492DC01000000000000000010000000"
        "7C2E11B9", 1, "Ebner Stolz", "", "",
        "k.vogl@ebnerstolz.de;Peter Aschenbrenner", "plain-kanzlei-einladung-zum-kennenlernen",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Becker\,\n\nvielen Dank für
 Ihr Interesse an unserer Kanzlei. Gerne möchten wir Sie persönlich kenne
 nlernen und laden Sie zu einem Gespräch in unser Münchner Büro ein. Von u
 nserer Seite nehmen Herr StB Peter Aschenbrenner (Partner) und ich teil.\n
 \nWir freuen uns auf Sie!\n\nMit freundlichen Grüßen\nKatrin Vogl\nPerso
 nal\nEbner Stolz\, Arnulfstraße 27\, 80335 München\n
SUMMARY;LANGUAGE=de-DE:Einladung zum Kennenlernen - Herr Becker
DTSTART;TZID="W. Europe Standard Time":20260217T160000
DTEND;TZID="W. Europe Standard Time":20260217T170000
UID:040000008200E00074C5B7101A82E0080000000060A1E5B3C492DC010000000000000000100000007C2E11B9
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T152944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Arnulfstraße 27\, 80335 München
ORGANIZER;CN="Vogl, Katrin":mailto:K.Vogl@ebnerstolz.de
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "niederlassungsleiter", "040000008200E00074C5B7101A82E00800000000F02BC4D6CB9ADC01000000000000000010000000"
        "9A0D34E1", 1, "Ebner Stolz", "", "final", "h.riedl@ebnerstolz.de",
        "zweitgespraech-niederlassungsleiter",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
ATTENDEE;CN="Riedl, Hubert";RSVP=TRUE:mailto:H.Riedl@ebnerstolz.de
ATTENDEE;CN=jonas.becker.stb@web.de;RSVP=TRUE:mailto:jonas.becker.stb@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Becker\,\n\nwie telefonisch
  besprochen hier die Einladung zum zweiten Gespräch mit unserem Niederlas
 sungsleiter Herrn WP/StB Hubert Riedl.\n\nMit freundlichen Grüßen\nKatr
 in Vogl\n
SUMMARY;LANGUAGE=de-DE:2. Gespräch Herr Becker / Herr Riedl
DTSTART;TZID="W. Europe Standard Time":20260305T080000
DTEND;TZID="W. Europe Standard Time":20260305T090000
UID:040000008200E00074C5B7101A82E00800000000F02BC4D6CB9ADC010000000000000000100000009A0D34E1
DTSTAMP:20260226T101133Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Arnulfstraße 27\, 4. OG\, Besprechung Tegernsee
ORGANIZER;CN="Vogl, Katrin":mailto:K.Vogl@ebnerstolz.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "softgarden-teams", "sg-interview-1947721-5512@softgarden.io", 1, "Rödl & Partner",
        "Steuerfachangestellter / Steuerassistent (m/w/d) Unternehmensteuerrecht", "hiring_manager",
        "sophia.lindemann@roedl.com", "softgarden-vorstellungsgespraech-teams",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:sg-interview-1947721-5512@softgarden.io
DTSTAMP:20260212T100200Z
DTSTART;TZID=Europe/Berlin:20260218T110000
DTEND;TZID=Europe/Berlin:20260218T120000
SUMMARY:Vorstellungsgespräch: Steuerfachangestellter / Steuerassistent (m/w
 /d) Unternehmensteuerrecht
DESCRIPTION:Hallo Jonas Becker\,\n\nSie haben den folgenden Termin gebucht
 :\nVorstellungsgespräch mit Sophia Lindemann (Associate Partner) - Rödl &
  Partner München\n\nDas Gespräch findet über Microsoft Teams statt. Den Li
 nk erhalten Sie am Vortag.\n\nTermin absagen oder verschieben: https://ro
 edl.softgarden.io/applicant/appointments\n\nIhr Recruiting-Team von Rödl
  & Partner
ORGANIZER;CN=Rödl & Partner Recruiting:mailto:no-reply@softgarden.io
ATTENDEE;CN=Jonas Becker;PARTSTAT=ACCEPTED:mailto:jonas.becker.stb@web.de
LOCATION:Online (Microsoft Teams)
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zweitgespraech", "roedl-2nd-20260304-jbecker@roedl.com", 1, "Rödl & Partner",
        "Steuerfachangestellter / Steuerassistent (m/w/d) Unternehmensteuerrecht", "final",
        "sophia.lindemann@roedl.com;Prof. Dr. Markus Heinrich", "zweitgespraech-onsite-with-partner",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:roedl-2nd-20260304-jbecker@roedl.com
DTSTAMP:20260225T170312Z
DTSTART;TZID=Europe/Berlin:20260304T130000
DTEND;TZID=Europe/Berlin:20260304T143000
SUMMARY:Zweitgespräch J. Becker
LOCATION:Rödl & Partner\, Denninger Str. 84\, 81925 München
DESCRIPTION:Hallo Herr Becker\,\n\nwir freuen uns\, dass es weitergeht! Im
  Zweitgespräch lernen Sie neben mir auch unseren Partner Prof. Dr. Markus
  Heinrich kennen. Im Anschluss zeigen wir Ihnen gerne die Büros.\n\nViel
 e Grüße\nSophia Lindemann
ORGANIZER;CN="Lindemann, Sophia":mailto:Sophia.Lindemann@roedl.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "smartrecruiters-zoom", "sr-ev-0f6b2d7e9a4c41a3@smartrecruiters.com", 1, "Baker Tilly",
        "Tax Assistant (m/w/d) Steuerberatung", "recruiter_screen", "lisa.ostermeier@bakertilly.de",
        "smartrecruiters-zoom-first-call",
        r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-ev-0f6b2d7e9a4c41a3@smartrecruiters.com
DTSTAMP:20260206T094407Z
DTSTART:20260210T080000Z
DTEND:20260210T083000Z
SUMMARY:Interview - Tax Assistant (m/w/d) Steuerberatung - Baker Tilly Mun
 ich
DESCRIPTION:Hi Jonas\,\n\nyour interview with Baker Tilly has been confirm
 ed.\n\nWith: Lisa Ostermeier (Recruiterin)\nType: Video call (Zoom)\nJoin
  Zoom Meeting: https://bakertilly.zoom.us/j/84417725563?pwd=VkRn\nMeeting
  ID: 844 1772 5563\nPasscode: 519204\n\nPowered by SmartRecruiters
ORGANIZER;CN=Baker Tilly Careers:mailto:notifications@smartrecruiters.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Lisa Ostermeier:mailto:lisa.ostermeier@bakertilly.de
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "google-onsite", "5qv3k1h8o0g2m7n4r6t9s1u3w5@google.com", 1, "Baker Tilly",
        "Tax Assistant (m/w/d) Steuerberatung", "onsite", "jan.kerschbaum@bakertilly.de",
        "google-invite-vor-ort-termin",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260220T090000Z
DTEND:20260220T103000Z
DTSTAMP:20260213T112045Z
ORGANIZER;CN=Lisa Ostermeier:mailto:lisa.ostermeier@bakertilly.de
UID:5qv3k1h8o0g2m7n4r6t9s1u3w5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jan Ke
 rschbaum;X-NUM-GUESTS=0:mailto:jan.kerschbaum@bakertilly.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jonas.becker.stb@web.de;X-NUM-GUESTS=0:mailto:jonas.becker.stb@web
 .de
CREATED:20260213T112044Z
DESCRIPTION:Vor-Ort-Termin mit Jan Kerschbaum (Manager Tax) in der Nymphen
 burger Str. Bitte bei Ankunft am Empfang im 2. OG melden.
LAST-MODIFIED:20260213T112045Z
LOCATION:Baker Tilly\, Nymphenburger Str. 3b\, 80335 München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Baker Tilly // Jonas Becker - Vor-Ort-Termin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "rexx-bestaetigung", "rexx-appt-BDO-26-0388-1", 1, "BDO",
        "Assistent (m/w/d) Steuerberatung Mittelstand", "onsite", "Tobias Gebhardt;Sandra Moll",
        "rexx-terminbestaetigung-vorstellungsgespraech",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems//rexx Recruiting//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:rexx-appt-BDO-26-0388-1
DTSTAMP:20260219T073000Z
DTSTART;TZID=Europe/Berlin:20260224T140000
DTEND;TZID=Europe/Berlin:20260224T150000
SUMMARY:Terminbestätigung Vorstellungsgespräch - Assistent (m/w/d) Steuerb
 eratung Mittelstand
DESCRIPTION:Sehr geehrter Herr Becker\,\n\nhiermit bestätigen wir Ihren Te
 rmin zum Vorstellungsgespräch.\nGesprächspartner: Tobias Gebhardt (StB\,
  Partner)\, Sandra Moll (HR)\nOrt: BDO AG\, Landsberger Straße 300\, 8068
 7 München\n\nBitte antworten Sie nicht auf diese automatisch erzeugte E-M
 ail.\n\nMit freundlichen Grüßen\nBDO AG Wirtschaftsprüfungsgesellschaft
LOCATION:Landsberger Straße 300\, 80687 München
ORGANIZER;CN=BDO Karriere:mailto:noreply@bdo-karriere.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "icims-confirmation", "icims-int-00582214-gt@icims.com", 1, "Grant Thornton",
        "Tax Assistant (m/w/d) - Private Clients", "hiring_manager", "benedikt.fuchs@de.gt.com",
        "icims-english-interview-confirmation",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-int-00582214-gt@icims.com
DTSTAMP:20260216T160000Z
DTSTART:20260225T133000Z
DTEND:20260225T143000Z
SUMMARY:Interview Confirmation: Tax Assistant (m/w/d) - Private Clients
DESCRIPTION:Jonas\,\n\nThis is a confirmation of your interview for the Ta
 x Assistant (m/w/d) - Private Clients position (Req ID 2026-3391) at Gran
 t Thornton AG\, Munich office.\n\nInterviewer: Benedikt Fuchs\, Manager Pr
 ivate Clients\nMeeting link: https://gtde.zoom.us/j/93301128870\n\nPlease
  do not reply to this e-mail.
ORGANIZER;CN=Grant Thornton Recruiting:mailto:donotreply@icims.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Benedikt Fuchs:mailto:Benedikt.Fuchs@de.gt.com
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "entretien-francais", "TT-9c8e7f60-mazars-entretien@teamtailor.com", 1, "Forvis Mazars",
        "Assistant fiscal (H/F) - bureau de Munich", "", "claire.dumont@forvismazars.com",
        "french-teamtailor-entretien",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:TT-9c8e7f60-mazars-entretien@teamtailor.com
DTSTAMP:20260218T081533Z
DTSTART;TZID=Europe/Paris:20260223T100000
DTEND;TZID=Europe/Paris:20260223T104500
SUMMARY:Entretien : Assistant fiscal (H/F) - bureau de Munich
DESCRIPTION:Bonjour Jonas\,\n\nMerci pour votre candidature chez Forvis Ma
 zars. Nous avons le plaisir de vous convier à un entretien en visio avec
  Claire Dumont (Manager\, German Desk Paris) afin d'échanger sur votre pa
 rcours et le poste basé à Munich.\n\nLien Microsoft Teams : https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_MzFlOD\n\nÀ bientôt\,\nL'équip
 e Recrutement Forvis Mazars
ORGANIZER;CN=Forvis Mazars Recrutement:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Claire Dumont:mailto:claire.dumont@forvismazars.com
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "personio-meet", "personio-4412c9f0-1a2b-4d8e-9f10-wts@personio.de", 1, "WTS",
        "Tax Assistant (m/w/d) Indirect Tax", "hiring_manager", "verena.kollmer@wts.de",
        "personio-google-meet-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:personio-4412c9f0-1a2b-4d8e-9f10-wts@personio.de
DTSTAMP:20260220T121200Z
DTSTART;TZID=Europe/Berlin:20260226T090000
DTEND;TZID=Europe/Berlin:20260226T100000
SUMMARY:Interview: Tax Assistant (m/w/d) Indirect Tax - Jonas Becker
DESCRIPTION:Hallo Jonas\,\n\nwir freuen uns auf das Gespräch mit Dir!\n\nT
 eilnehmer: Verena Kollmer (Senior Managerin Indirect Tax)\nGoogle Meet: h
 ttps://meet.google.com/xqe-tvbn-rko\nTelefon: +49 30 300195062 PIN: 4471
 92215#\n\nDein WTS Recruiting Team
ORGANIZER;CN=WTS Recruiting:mailto:recruiting@wts.de
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Verena Kollmer:mailto:verena.kollmer@wts.de
LOCATION:https://meet.google.com/xqe-tvbn-rko
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "case-praesentation", "personio-77b1aa03-wts-case@personio.de", 1, "WTS",
        "Tax Assistant (m/w/d) Indirect Tax", "technical", "verena.kollmer@wts.de;moritz.hanl@wts.de",
        "case-study-praesentation-ust",
        r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:personio-77b1aa03-wts-case@personio.de
DTSTAMP:20260302T154000Z
DTSTART;TZID=Europe/Berlin:20260306T140000
DTEND;TZID=Europe/Berlin:20260306T153000
SUMMARY:Case Study Präsentation - Jonas Becker (Indirect Tax)
DESCRIPTION:Hallo Jonas\,\n\nanbei die Einladung zur Case Study. Du erhäl
 tst die Fallstudie (Reihengeschäft / innergemeinschaftliche Lieferung) 4
 8 Stunden vorher per Mail und präsentierst sie vor Ort vor Verena Kollmer
  und Moritz Hanl (Partner). Danach ist Zeit für Deine Fragen.\n\nDein WTS
  Recruiting Team
ORGANIZER;CN=WTS Recruiting:mailto:recruiting@wts.de
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Verena Kollmer:mailto:verena.kollmer@wts.de
ATTENDEE;CN=Moritz Hanl:mailto:moritz.hanl@wts.de
LOCATION:WTS\, Thomas-Wimmer-Ring 1-3\, 80539 München
END:VEVENT
END:VCALENDAR
""",
    ),
]
