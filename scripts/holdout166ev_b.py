"""holdout166 events, part B: multi-round processes (Brisa, Preismarkt, Northridge, Gallia Sports). CC0 1.0."""

EVENTS = [
    {
        "kind": "gcal-rh",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250930T110000
DTEND;TZID=Europe/Paris:20250930T114500
DTSTAMP:20250925T150233Z
ORGANIZER;CN=Julie Garnier:mailto:julie.garnier@brisa-france.fr
UID:1k9v3s0q7p2m5n8b4c6x1z0a2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julie Garnier;X-NUM-GUESTS=0:mailto:julie.garnier@brisa-france.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sandrine.morel69@free.fr;X-NUM-GUESTS=0:mailto:sandrine.morel69@fr
 ee.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/kbd-qwzt-rnp
DESCRIPTION:Bonjour Sandrine\, comme convenu par téléphone\, premier échange
  RH sur le poste de Responsable de Zone Sud-Est (12 magasins\, Lyon/Greno
 ble/Saint-Étienne/Annecy). Si ça se passe bien\, la suite se fera avec la
  direction de l'expansion à Madrid (en espagnol ou en anglais).\nJulie\n\n
 -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nR
 ejoindre avec Google Meet : https://meet.google.com/kbd-qwzt-rnp\nOu appel
 er le : (FR) +33 1 87 40 45 12 PIN : 318 445 209#\n\nEn savoir plus sur M
 eet : https://support.google.com/a/users/answer/9282720\n\n-::~:~::~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brisa France / Sandrine Morel - entretien RH
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("1k9v3s0q7p2m5n8b4c6x1z0a2d@google.com", 1, "Brisa France", "Responsable de Zone Sud-Est",
                    "recruiter_screen", "julie.garnier@brisa-france.fr",
                    "gcal-meet-spanish-chain-french-subsidiary-rh")],
    },
    {
        "kind": "teams-espanol",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_MADRID@@
BEGIN:VEVENT
ORGANIZER;CN="López Serrano, Ana":mailto:ana.lopez@calzadosbrisa.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.m
 orel69@free.fr:mailto:sandrine.morel69@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Garnier,
  Julie":mailto:julie.garnier@brisa-france.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ruiz Ordóñ
 ez, Javier":mailto:javier.ruiz@calzadosbrisa.es
DESCRIPTION;LANGUAGE=es-ES:Hola Sandrine\,\n\nTe envío la convocatoria para
  la entrevista con Javier Ruiz (Director de Expansión Internacional) y conm
 igo. Podemos hacerla en español\, francés o inglés\, como prefieras.\n\nUn
  saludo\,\nAna López\nResponsable de Personas – Retail Internacional\nCalz
 ados Brisa\n\n________________________________________________________________
 ________________\nReunión de Microsoft Teams\n¿Necesita ayuda? <https://a
 ka.ms/JoinTeamsMeeting?omkt=es-ES>\nUnirse a la reunión ahora <https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_YnJpc2FfZnI>\nId. de reunión:
  372 554 810 992\nCódigo de acceso: Jf4tY9\n_______________________________
 _________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000008A3F1C7E3436DC01000000000000000
 0100000009988776655443322110FEDCBA9876543
SUMMARY;LANGUAGE=es-ES:Entrevista Jefa de Zona Francia Sur-Este – Sandrine
  Morel
DTSTART;TZID=Europe/Madrid:20251009T163000
DTEND;TZID=Europe/Madrid:20251009T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251003T101548Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E008000000008A3F1C7E3436DC010000000000000000100000009988776655443322110FEDCBA9876543",  # noqa: E501
                    1, "Brisa France", "Jefa de Zona Francia Sur-Este", "hiring_manager",
                    "ana.lopez@calzadosbrisa.es;javier.ruiz@calzadosbrisa.es",
                    "outlook-madrid-spanish-entrevista-hq-expansion")],
    },
    {
        "kind": "job-dating",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-1c7f5e22-9b0a-4b6e-8d21-55aa0e3c9f10@smartrecruiters.com
DTSTAMP:20250910T090101Z
DTSTART:20250917T120000Z
DTEND:20250917T150000Z
SUMMARY:Job dating Preismarkt – Responsable de Secteur (H/F) – Lyon
DESCRIPTION:Bonjour Sandrine\,\n\nSuite à votre candidature\, nous avons le
  plaisir de vous convier à notre job dating Responsables de Secteur.\n\nDéro
 ulement : présentation de l'entreprise (30 min)\, entretien collectif en p
 etit groupe\, puis entretiens individuels de 20 minutes avec nos Directeur
 s Régionaux.\nMerci d'apporter votre CV et une pièce d'identité.\n\nAdres
 se : Novotel Lyon Gerland\, 70 avenue Leclerc\, 69007 Lyon – salon Fourvi
 ère\nContact : Thomas Keller\, Responsable Recrutement Région Centre-Est\n\n
 Preismarkt France – Recrutement
LOCATION:Novotel Lyon Gerland\, salon Fourvière
ORGANIZER;CN=Preismarkt France Recrutement:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Thomas Keller;ROLE=REQ-PARTICIPANT:mailto:thomas.keller@preismar
 kt.fr
ATTENDEE;CN=Sandrine Morel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.mo
 rel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("sr-1c7f5e22-9b0a-4b6e-8d21-55aa0e3c9f10@smartrecruiters.com", 1, "Preismarkt",
                    "Responsable de Secteur (H/F)", "recruiter_screen", "thomas.keller@preismarkt.fr",
                    "smartrecruiters-job-dating-user-is-candidate")],
    },
    {
        "kind": "mise-en-situation",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-7d0e9a44-2f13-4c58-b6e0-01c2d3e4f5a6@smartrecruiters.com
DTSTAMP:20250922T160500Z
DTSTART;VALUE=DATE:20250926
DTEND;VALUE=DATE:20250927
SUMMARY:Journée mise en situation en magasin – Preismarkt Villeurbanne Gra
 ndclément
DESCRIPTION:Bonjour Sandrine\,\n\nComme convenu lors du job dating\, vous pa
 sserez une journée en filiale aux côtés de Thomas Keller et du responsable
  de filiale : ouverture à 7h30\, tour de filiale\, gestion des arrivages\,
  planning\, fermeture. Entretien de restitution en fin de journée.\nTenue
  : chaussures de sécurité fournies sur place (merci d'indiquer votre point
 ure).\n\nPreismarkt France – Recrutement
LOCATION:Preismarkt\, 44 rue Francis de Pressensé\, 69100 Villeurbanne
ORGANIZER;CN=Preismarkt France Recrutement:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Thomas Keller;ROLE=REQ-PARTICIPANT:mailto:thomas.keller@preismar
 kt.fr
ATTENDEE;CN=Sandrine Morel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.mo
 rel69@free.fr
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("sr-7d0e9a44-2f13-4c58-b6e0-01c2d3e4f5a6@smartrecruiters.com", 1, "Preismarkt", "",
                    "onsite", "thomas.keller@preismarkt.fr",
                    "all-day-mise-en-situation-en-magasin-candidate")],
    },
    {
        "kind": "cancel-german",
        "ics": r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_BERLIN@@
BEGIN:VEVENT
ORGANIZER;CN="Brenner, Klaus":mailto:klaus.brenner@preismarkt.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.m
 orel69@free.fr:mailto:sandrine.morel69@free.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Keller, Th
 omas":mailto:thomas.keller@preismarkt.fr
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Morel\,\n\nleider muss ich unser Absc
 hlussgespräch absagen\, da die Position intern neu bewertet wird. Thomas
  Keller meldet sich in den nächsten Tagen bei Ihnen.\n\nMit freundlichen Gr
 üßen\nKlaus Brenner\nGeschäftsleitung Vertrieb International\n
UID:040000008200E00074C5B7101A82E00800000000F4D2A9B13B3ADC01000000000000000
 01000000055D1A2F9C0B7E6D4A3B2C1D0E9F8A7B6
SUMMARY;LANGUAGE=de-DE:Abgesagt: Abschlussgespräch Responsable de Secteur –
  Frau Morel
DTSTART;TZID=Europe/Berlin:20251007T140000
DTEND;TZID=Europe/Berlin:20251007T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251003T065930Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000F4D2A9B13B3ADC0100000000000000001000000055D1A2F9C0B7E6D4A3B2C1D0E9F8A7B6",  # noqa: E501
                    1, "Preismarkt", "Responsable de Secteur", "final", "klaus.brenner@preismarkt.de",
                    "method-cancel-german-abschlussgespraech")],
    },
    {
        "kind": "greenhouse-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-84421907-2025-10-06T13:00:00Z
DTSTAMP:20251001T195512Z
DTSTART:20251006T130000Z
DTEND:20251006T133000Z
SUMMARY:Sandrine Morel <> Hannah Clarke (Northridge) - Intro call
DESCRIPTION:Hi Sandrine\,\n\nLooking forward to our intro call about the Re
 tail Operations Manager\, France role. We'll cover your background\, what
  you're looking for and the next steps in our process.\n\nZoom: https://no
 rthridge.zoom.us/j/93510482277\nMeeting ID: 935 1048 2277\n\nBest\,\nHanna
 h Clarke\nTalent Acquisition\, EMEA | Northridge Apparel\n\nPowered by Gre
 enhouse
LOCATION:https://northridge.zoom.us/j/93510482277
ORGANIZER;CN=Hannah Clarke:mailto:hannah.clarke@northridge.com
ATTENDEE;CN=Hannah Clarke;PARTSTAT=ACCEPTED:mailto:hannah.clarke@northridge.c
 om
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("greenhouse-interview-84421907-2025-10-06T13:00:00Z", 1, "Northridge Apparel",
                    "Retail Operations Manager, France", "recruiter_screen", "hannah.clarke@northridge.com",
                    "greenhouse-english-intro-call-utc")],
    },
    {
        "kind": "goodtime-panel",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-evt-0f6b3a8e2c1d4e59a7b8c9d0e1f2a3b4@goodtime.io
DTSTAMP:20251013T171207Z
DTSTART:20251020T123000Z
DTEND:20251020T143000Z
SUMMARY:Northridge Apparel | Panel Interview | Retail Operations Manager\,
  France
DESCRIPTION:Hi Sandrine\,\n\nYour panel interview has been scheduled. Agend
 a:\n12:30 UTC – Tom Whitaker\, VP Retail EMEA\n13:10 UTC – Elodie Marchand
 \, Regional Manager Benelux & France North\n13:50 UTC – Priya Nair\, Head o
 f Store Operations\n\nPlease prepare a 10-minute presentation: \"My first 9
 0 days in the French store network\".\n\nJoin: https://northridge.zoom.us/j
 /95517320016\n\nNeed to reschedule? https://app.goodtime.io/candidate/r/8Kq
 2WmZ\n\nThis invitation was sent by GoodTime on behalf of Northridge Appare
 l.
LOCATION:Zoom
ORGANIZER;CN=Northridge Recruiting Coordination:mailto:scheduling@northridge
 .com
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
ATTENDEE;CN=Tom Whitaker:mailto:tom.whitaker@northridge.com
ATTENDEE;CN=Elodie Marchand:mailto:elodie.marchand@northridge.com
ATTENDEE;CN=Priya Nair:mailto:priya.nair@northridge.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("gt-evt-0f6b3a8e2c1d4e59a7b8c9d0e1f2a3b4@goodtime.io", 1, "Northridge Apparel",
                    "Retail Operations Manager, France", "onsite",
                    "tom.whitaker@northridge.com;elodie.marchand@northridge.com;priya.nair@northridge.com",
                    "goodtime-panel-coordinator-organizer")],
    },
    {
        "kind": "calendly-headhunter",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c4b2e9a1-3d5f-4a70-8b61-9e0d2f1c7a38@calendly.com
DTSTAMP:20250912T101922Z
DTSTART:20250916T163000Z
DTEND:20250916T171500Z
SUMMARY:Échange 45 min entre Sandrine Morel et Grégoire Vasseur
DESCRIPTION:Type d'événement : Échange 45 min\n\nNom de l'invité : Sandrin
 e Morel\nE-mail de l'invité : sandrine.morel69@free.fr\nTéléphone : +33 6
  71 ** ** 58\n\nQuestions :\nSujet : Poste Directeur(trice) Régional(e) Rh
 ône-Alpes – réf. 2291 – notre client Gallia Sports (mandat exclusif)\n\nG
 régoire vous appellera au numéro indiqué.\n\nDétails de l'événement : htt
 ps://calendly.com/events/c4b2e9a1/invitee\nAnnuler : https://calendly.com/
 cancellations/c4b2e9a1\nReprogrammer : https://calendly.com/reschedulings/
 c4b2e9a1\n\nPropulsé par Calendly.com
LOCATION:Appel téléphonique
ORGANIZER;CN=Grégoire Vasseur:mailto:g.vasseur@hunteo-retail.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
ATTENDEE;CN=Grégoire Vasseur;PARTSTAT=ACCEPTED:mailto:g.vasseur@hunteo-retail
 .fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("c4b2e9a1-3d5f-4a70-8b61-9e0d2f1c7a38@calendly.com", 1, "Gallia Sports",
                    "Directeur(trice) Régional(e) Rhône-Alpes", "recruiter_screen", "g.vasseur@hunteo-retail.fr",
                    "headhunter-calendly-client-named-only-in-body")],
    },
    {
        "kind": "outlook-sent-by",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Lemaire, François";SENT-BY="mailto:assistante.dg@galliasport
 s.fr":mailto:francois.lemaire@galliasports.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.m
 orel69@free.fr:mailto:sandrine.morel69@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Da Costa,
  Sylvie":mailto:sylvie.dacosta@galliasports.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="VLB - Salle Cervin":mailto
 :salle.cervin@galliasports.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nÀ la demande de M. Lemaire\, Direct
 eur des Opérations\, je vous confirme votre rendez-vous au siège de Galli
 a Sports avec M. Lemaire et Mme Da Costa\, DRH.\nMerci de vous présenter à
  l'accueil 10 minutes avant.\n\nCordialement\,\nNadia Belkacem\nAssistante
  de Direction\n
UID:040000008200E00074C5B7101A82E0080000000041C8E2A7F031DC01000000000000000
 0100000006A7B8C9D0E1F2A3B4C5D6E7F8091A2B3
SUMMARY;LANGUAGE=fr-FR:RDV S. Morel – M. Lemaire / Mme Da Costa
DTSTART;TZID=Romance Standard Time:20250929T150000
DTEND;TZID=Romance Standard Time:20250929T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250922T090017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Gallia Sports – Siège\, 18 rue du Dauphiné\, Villeu
 rbanne
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E0080000000041C8E2A7F031DC010000000000000000100000006A7B8C9D0E1F2A3B4C5D6E7F8091A2B3",  # noqa: E501
                    1, "Gallia Sports", "", "hiring_manager",
                    "francois.lemaire@galliasports.fr;sylvie.dacosta@galliasports.fr",
                    "outlook-sent-by-assistant-rdv-no-interview-word")],
    },
]
