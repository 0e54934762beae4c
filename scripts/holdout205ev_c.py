"""holdout205 events, part c: Spain and European employers (English, German, French, Spanish and Catalan)."""

from holdout205ev_tz import BERLIN, MADRID, PARIS, ZURICH

EVENTS = [
    dict(
        kind="successfactors-interview",
        uid="SFINT-grifolsP-3318877-2025-0001",
        y=1,
        company="Grifols",
        role="Financial Controller - Bioscience",
        stage="hiring_manager",
        who="jordi.casals@grifols.com",
        trap="successfactors-english-interview-barcelona",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:SFINT-grifolsP-3318877-2025-0001
DTSTAMP:20250505T073012Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20250512T150000
DTEND;TZID=Europe/Madrid:20250512T160000
SUMMARY:Interview Invitation: Financial Controller - Bioscience (Req 33188
 77)
ORGANIZER;CN=Grifols Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;CN=Jordi Casals Roig;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :jordi.casals@grifols.com
ATTENDEE;CN=Núria Serra;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nuria
 .serra@grifols.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Martín\,\n\nWe are pleased to invite you to an interview
  for the position Financial Controller - Bioscience (Sant Cugat del Vallès
 \, Barcelona).\n\nInterviewer: Jordi Casals Roig\, Head of Controlling Bi
 oscience\nScheduled by: Núria Serra\, Talent Acquisition\n\nJoin the Teams
  meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1Yz\n
 \nPlease confirm your attendance using the buttons in your calendar.\n\nK
 ind regards\,\nGrifols Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="interview-cancelled",
        uid="SFINT-grifolsP-3318877-2025-0002",
        y=1,
        company="Grifols",
        role="Financial Controller - Bioscience",
        stage="",
        who="montse.vidal@grifols.com;jordi.casals@grifols.com",
        trap="method-cancel-second-round-position-on-hold",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
""" + MADRID + r"""BEGIN:VEVENT
UID:SFINT-grifolsP-3318877-2025-0002
DTSTAMP:20250521T110544Z
SEQUENCE:1
DTSTART;TZID=Europe/Madrid:20250526T110000
DTEND;TZID=Europe/Madrid:20250526T120000
SUMMARY:Cancelled: Interview Invitation: Financial Controller - Bioscience
  (Req 3318877)
ORGANIZER;CN=Grifols Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mail
 to:martinferreyra.cpn@gmail.com
ATTENDEE;CN=Montse Vidal Pujol;ROLE=REQ-PARTICIPANT:mailto:montse.vidal@gri
 fols.com
ATTENDEE;CN=Jordi Casals Roig;ROLE=REQ-PARTICIPANT:mailto:jordi.casals@grif
 ols.com
DESCRIPTION:Dear Martín\,\n\nThe interview scheduled below has been cancel
 led. The position is currently on hold; our Talent Acquisition team will
  contact you with next steps.\n\nPanel: Montse Vidal Pujol (CFO Bioscienc
 e Division)\, Jordi Casals Roig.
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-screen",
        uid="greenhouse-interview-88104519-2241907@glovoapp.com",
        y=1,
        company="Glovo",
        role="Senior Finance Business Partner, Quick Commerce",
        stage="recruiter_screen",
        who="irene.mas@glovoapp.com",
        trap="greenhouse-utc-recruiter-chat",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse//Greenhouse Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-88104519-2241907@glovoapp.com
DTSTAMP:20250312T161101Z
DTSTART:20250317T130000Z
DTEND:20250317T133000Z
SUMMARY:Martín Ferreyra <> Glovo | Recruiter chat
ORGANIZER;CN=Irene Mas:mailto:irene.mas@glovoapp.com
ATTENDEE;CN=Irene Mas;PARTSTAT=ACCEPTED:mailto:irene.mas@glovoapp.com
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:martinfe
 rreyra.cpn@gmail.com
LOCATION:https://glovoapp.zoom.us/j/86512093344?pwd=QXlVb2xZ
DESCRIPTION:Hi Martín\,\n\nLooking forward to our chat about the Senior Fi
 nance Business Partner\, Quick Commerce role in Barcelona!\n\nZoom: https
 ://glovoapp.zoom.us/j/86512093344?pwd=QXlVb2xZ\nMeeting ID: 865 1209 3344
 \nPasscode: 551290\n\nOne tap mobile: +34 91 787 0058\,\,86512093344#\n\nIr
 ene Mas | Talent Acquisition | Glovo
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="case-review",
        uid="greenhouse-interview-88104519-2260314@glovoapp.com",
        y=1,
        company="Glovo",
        role="Senior Finance Business Partner, Quick Commerce",
        stage="technical",
        who="pau.ferrer@glovoapp.com;lena.hoffmann@glovoapp.com",
        trap="greenhouse-take-home-case-presentation",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse//Greenhouse Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-88104519-2260314@glovoapp.com
DTSTAMP:20250327T090214Z
DTSTART:20250402T140000Z
DTEND:20250402T150000Z
SUMMARY:Business Case Presentation - Martín Ferreyra (Sr FBP Quick Commerc
 e)
ORGANIZER;CN=Irene Mas:mailto:irene.mas@glovoapp.com
ATTENDEE;CN=Pau Ferrer;PARTSTAT=ACCEPTED:mailto:pau.ferrer@glovoapp.com
ATTENDEE;CN=Lena Hoffmann;PARTSTAT=ACCEPTED:mailto:lena.hoffmann@glovoapp.c
 om
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:martinfe
 rreyra.cpn@gmail.com
LOCATION:https://glovoapp.zoom.us/j/81230047715
DESCRIPTION:Hi Martín\, as discussed\, in this session you will walk Pau
  (Finance Director Q-Commerce) and Lena (Head of FP&A) through your analys
 is of the dark-store unit economics case we sent you. Please keep it to 2
 0 min + 40 min Q&A. Send the slides/Excel before the call.\n\nZoom: https
 ://glovoapp.zoom.us/j/81230047715
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-interview",
        uid="6F0C9B5E2D7A4E1B8C3F0A9D5E2B7C4A",
        y=1,
        company="Bayer",
        role="Finance Controller Crop Science Iberia",
        stage="hiring_manager",
        who="carmen.lopez-rubio@bayer.com",
        trap="webex-english-bayer-crop-science-barcelona",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cisco//Webex//EN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:6F0C9B5E2D7A4E1B8C3F0A9D5E2B7C4A
DTSTAMP:20250430T131200Z
DTSTART;TZID=Europe/Madrid:20250507T170000
DTEND;TZID=Europe/Madrid:20250507T180000
SUMMARY:Interview Finance Controller Crop Science Iberia | Martín Ferreyra
ORGANIZER;CN=Carmen López-Rubio:mailto:carmen.lopez-rubio@bayer.com
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martinfe
 rreyra.cpn@gmail.com
LOCATION:https://bayer.webex.com/bayer/j.php?MTID=m5c0e1d2b3a4f
DESCRIPTION:Dear Martín\,\nfollowing your application via LinkedIn I'd li
 ke to get to know you better. I lead Finance for Crop Science in Spain &
  Portugal (Sant Joan Despí). We will speak in English for the first part.
 \n\n-- Do not delete or change any of the following text. --\n\nJoin Web
 ex meeting\nhttps://bayer.webex.com/bayer/j.php?MTID=m5c0e1d2b3a4f\nMeeti
 ng number (access code): 2741 889 0032\nMeeting password: Kp7vRz3\n\nJoin
  by phone\n+34-91-114-6577 Spain toll\nAccess code: 2741 889 0032
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-einladung",
        uid="personio-interview-5519204-ab41c2@kornfeld-agrar.de",
        y=1,
        company="Kornfeld Agrar",
        role="Finance Manager Iberia (m/w/d)",
        stage="recruiter_screen",
        who="j.brandt@kornfeld-agrar.de",
        trap="german-personio-erstgespraech",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-5519204-ab41c2@kornfeld-agrar.de
DTSTAMP:20250603T084500Z
DTSTART;TZID=Europe/Berlin:20250610T140000
DTEND;TZID=Europe/Berlin:20250610T144500
SUMMARY:Erstgespräch: Finance Manager Iberia (m/w/d) – Martín Ferreyra
ORGANIZER;CN=Kornfeld Agrar Trading GmbH:mailto:noreply@kornfeld-agrar.jobs
 .personio.de
ATTENDEE;CN=Julia Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:j.b
 randt@kornfeld-agrar.de
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:martinferreyra.cpn@gmail.com
LOCATION:Google Meet – https://meet.google.com/gbk-ctrn-yxa
DESCRIPTION:Hallo Martín\,\n\nvielen Dank für Ihre Bewerbung als Finance M
 anager Iberia (m/w/d) für unsere Niederlassung in Madrid. Gerne möchten w
 ir Sie in einem ersten Gespräch kennenlernen. Das Gespräch führt Julia Br
 andt (Head of Finance). Wir können das Gespräch gerne auf Englisch oder Sp
 anisch führen.\n\nLink: https://meet.google.com/gbk-ctrn-yxa\n\nViele Grü
 ße\nIhr Kornfeld Agrar Recruiting-Team
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entretien-geneve",
        uid="5t9u3v7w1x5y9z3a7b1c5d9e3f@google.com",
        y=1,
        company="Louis Dreyfus Company",
        role="Contrôleur financier - Amérique du Sud (Oilseeds)",
        stage="hiring_manager",
        who="sebastien.morel@ldc.com",
        trap="french-entretien-geneva-zurich-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250515T150000
DTEND;TZID=Europe/Zurich:20250515T160000
DTSTAMP:20250509T100321Z
ORGANIZER;CN=Sébastien Morel:mailto:sebastien.morel@ldc.com
UID:5t9u3v7w1x5y9z3a7b1c5d9e3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sébastien Morel;X-NUM-GUESTS=0:mailto:sebastien.morel@ldc.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
CREATED:20250509T100320Z
DESCRIPTION:Bonjour Martín\,\n\nSuite à notre échange avec l'équipe RH à
  Buenos Aires\, je vous propose un entretien de 60 minutes pour le poste d
 e Contrôleur financier - Amérique du Sud (Oilseeds). Nous pourrons alterne
 r entre le français\, l'anglais et l'espagnol.\n\nBien à vous\,\nSébastie
 n Morel\nHead of Financial Control Oilseeds - Genève\n\nRejoindre Zoom : h
 ttps://ldc.zoom.us/j/92001834471
LAST-MODIFIED:20250509T100320Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien - Martín Ferreyra / Sébastien Morel (LDC)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entretien-teams",
        uid="040000008200E00074C5B7101A82E00800000000F1C3D5E7A9B1DB01"
            "0000000000000000100000005E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B",
        y=1,
        company="Danone",
        role="Contrôleur de gestion Supply Chain Iberia",
        stage="",
        who="claire.dubois@danone.com;oriol.mas@danone.com",
        trap="french-teams-entretien-paris-tz",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PARIS + r"""BEGIN:VEVENT
ORGANIZER;CN="DUBOIS Claire":mailto:claire.dubois@danone.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MAS Oriol":ma
 ilto:oriol.mas@danone.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Martín\,\n\nComme convenu\, voici l'inv
 itation pour notre entretien concernant le poste de Contrôleur de gestion
  Supply Chain Iberia (basé à Barcelone). Oriol Mas\, Directeur Supply Cha
 in Espagne\, se joindra à nous.\n\nCordialement\,\nClaire Dubois\nFinance
  Director Iberia\n\n________________________________________________________
 ________________________\nRéunion Microsoft Teams\nRejoindre sur votre ord
 inateur\, application mobile ou appareil de salle\nCliquez ici pour rejoi
 ndre la réunion\nID de réunion : 349 811 220 075\n_________________________
 _______________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F1C3D5E7A9B1DB01000000000000000
 0100000005E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B
SUMMARY;LANGUAGE=fr-FR:Entretien Martín Ferreyra - CdG Supply Chain Iberia
DTSTART;TZID=Europe/Paris:20250604T163000
DTEND;TZID=Europe/Paris:20250604T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T143301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hays-calendly",
        uid="c1a2l3e4-n5d6-4l7y-8h9a-y0s1m2a3h4o5@calendly.com",
        y=1,
        company="Mahou San Miguel",
        role="Controller Financiero - Planta de Alovera",
        stage="recruiter_screen",
        who="cristina.beltran@hays.es",
        trap="agency-calendly-booking-names-client",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c1a2l3e4-n5d6-4l7y-8h9a-y0s1m2a3h4o5@calendly.com
DTSTAMP:20250414T194020Z
DTSTART:20250422T140000Z
DTEND:20250422T143000Z
SUMMARY:Martín Ferreyra and Cristina Beltrán
ORGANIZER;CN=Cristina Beltrán:mailto:cristina.beltran@hays.es
ATTENDEE;CN=Martín Ferreyra;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:m
 artinferreyra.cpn@gmail.com
ATTENDEE;CN=Cristina Beltrán;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto
 :cristina.beltran@hays.es
LOCATION:Teléfono: Cristina te llamará al +54 9 351 5xx xxxx
DESCRIPTION:Event Name: Entrevista de preselección - Hays Finance\n\nLocat
 ion: Cristina te llamará al +54 9 351 5xx xxxx\n\nPlease share anything t
 hat will help prepare for our meeting.: Vacante Controller Financiero - P
 lanta de Alovera (Mahou San Miguel). Tengo nacionalidad española\, puedo
  incorporarme con 30 días de preaviso.\n\nNeed to make changes to this ev
 ent?\nCancel: https://calendly.com/cancellations/4b2e9d\nReschedule: https
 ://calendly.com/reschedulings/4b2e9d\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-video",
        uid="workable-7c9d3e2a5b-interview@workablemail.com",
        y=1,
        company="Wallapop",
        role="Senior Financial Controller",
        stage="",
        who="aitor.echeverria@wallapop.com",
        trap="workable-video-call-no-stage-word",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-7c9d3e2a5b-interview@workablemail.com
DTSTAMP:20250506T102210Z
DTSTART:20250513T083000Z
DTEND:20250513T091500Z
SUMMARY:Senior Financial Controller - Video call with Wallapop
ORGANIZER;CN=Wallapop:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;CN=Aitor Echeverría:mailto:aitor.echeverria@wallapop.com
LOCATION:https://meet.google.com/wpr-hnvx-ecz
DESCRIPTION:Hi Martín\,\n\nAitor Echeverría has invited you to a video ca
 ll for the Senior Financial Controller position at Wallapop.\n\nDate: Tu
 e\, May 13\, 2025\nTime: 10:30 AM - 11:15 AM (Europe/Madrid)\nVideo call
  link: https://meet.google.com/wpr-hnvx-ecz\n\nPlease use the links in the
  email to accept or propose a new time.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-entrevista",
        uid="teamtailor-meeting-2f8e41c0-holaluz",
        y=1,
        company="Holaluz",
        role="Controller Financiero",
        stage="technical",
        who="gemma.roca@holaluz.com",
        trap="teamtailor-prueba-tecnica-catalan-greeting",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:teamtailor-meeting-2f8e41c0-holaluz
DTSTAMP:20250319T155000Z
DTSTART;TZID=Europe/Madrid:20250326T120000
DTEND;TZID=Europe/Madrid:20250326T131500
SUMMARY:Holaluz x Martín Ferreyra · Prueba técnica Controller Financiero
ORGANIZER;CN=Gemma Roca:mailto:gemma.roca@holaluz.com
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:martinfe
 rreyra.cpn@gmail.com
ATTENDEE;CN=Gemma Roca;PARTSTAT=ACCEPTED:mailto:gemma.roca@holaluz.com
LOCATION:Google Meet
DESCRIPTION:Hola Martín! 👋 Bon dia!\n\nEt confirmem la prueba técnica: ha
 remos juntos un ejercicio de conciliación y cierre contable en Excel (45'
 ) y después comentamos tu resolución con Gemma (Head of Accounting).\n\nG
 oogle Meet: https://meet.google.com/vhx-rmpa-qkd\n\nSent via Teamtailor
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
