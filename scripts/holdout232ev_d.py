"""holdout232 events, part D: single interviews sent by ATS and schedulers (Lever, Personio, Workable, iCIMS, ...)."""

EVENTS = [
    dict(
        kind="ats-invite",
        uid="lever-interview-7d41c0e2-6b3a-4e19-a7f5-2c8e90b1d364",
        y=1,
        company="Barrière Millésimes",
        role="Responsable technique achats vins (H/F)",
        stage="hiring_manager",
        who="antoine.barriere@barriere-millesimes.com",
        trap="lever-negociant-technical-buyer-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-7d41c0e2-6b3a-4e19-a7f5-2c8e90b1d364
DTSTAMP:20250310T161202Z
DTSTART:20250317T090000Z
DTEND:20250317T100000Z
SUMMARY:Barrière Millésimes: Entretien avec Élodie Castaing
ORGANIZER;CN=Barrière Millésimes:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Élodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;CN=Antoine Barrière;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 antoine.barriere@barriere-millesimes.com
DESCRIPTION:Bonjour Élodie\,\n\nVoici la confirmation de votre entretien po
 ur le poste Responsable technique achats vins (H/F).\n\nAvec : Antoine Ba
 rrière\, Directeur général délégué\nLieu : 42 quai des Chartrons\, 33000
  Bordeaux (sonner chez Barrière Millésimes\, 2e étage)\n\nL'entretien port
 era sur votre expérience de la dégustation d'échantillons de la Place\, l
 e suivi qualité des mises en bouteille chez les propriétés et l'agréage d
 es lots.\n\n—\nPowered by Lever
LOCATION:42 quai des Chartrons\, 33000 Bordeaux
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="personio-interview-3381502-b7e2@weingut-hohenau.jobs.personio.de",
        y=1,
        company="Weingut Hohenau",
        role="Kellermeister (m/w/d)",
        stage="hiring_manager",
        who="m.kessler@weingut-hohenau.de;j.hohenau@weingut-hohenau.de",
        trap="personio-german-vorstellungsgespraech-berlin-zone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@BERLIN@@
BEGIN:VEVENT
UID:personio-interview-3381502-b7e2@weingut-hohenau.jobs.personio.de
DTSTAMP:20250403T073412Z
DTSTART;TZID=Europe/Berlin:20250410T160000
DTEND;TZID=Europe/Berlin:20250410T170000
SUMMARY:Vorstellungsgespräch: Kellermeister (m/w/d) – Élodie Castaing
ORGANIZER;CN=Weingut Hohenau:mailto:noreply@personio.de
ATTENDEE;CN=Élodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;CN=Markus Kessler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.
 kessler@weingut-hohenau.de
ATTENDEE;CN=Johanna Hohenau;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:j
 .hohenau@weingut-hohenau.de
DESCRIPTION:Liebe Frau Castaing\,\n\nvielen Dank für Ihre Bewerbung als Kel
 lermeister (m/w/d) auf unserem Weingut in Deidesheim (Pfalz). Gerne möcht
 en wir Sie in einem Videogespräch näher kennenlernen.\n\nGesprächspartner
 : Markus Kessler (Betriebsleiter) und Johanna Hohenau (Inhaberin)\nDauer:
  ca. 60 Minuten\nSprache: Deutsch (gerne auch teilweise Englisch)\n\nMicr
 osoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ2Y
 Tg0@thread.v2/0\n\nMit freundlichen Grüßen\nIhr Team vom Weingut Hohenau
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="workable-event-9a8c7e21f04b@workable.com",
        y=1,
        company="Château Ferrand-Tillac",
        role="Maître de chai (H/F)",
        stage="",
        who="sylvie@ferrand-tillac.fr",
        trap="workable-phone-interview-cotes-de-bourg",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-9a8c7e21f04b@workable.com
DTSTAMP:20250120T095531Z
DTSTART:20250127T170000Z
DTEND:20250127T173000Z
SUMMARY:Interview: Élodie Castaing for Maître de chai (H/F)
ORGANIZER;CN=Sylvie Ferrand:mailto:sylvie@ferrand-tillac.fr
ATTENDEE;CN=Élodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;CN=Sylvie Ferrand;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:sylvie@ferra
 nd-tillac.fr
DESCRIPTION:Phone call\nSylvie Ferrand will call you at +33671224890\n\nNot
 e from Château Ferrand-Tillac: Bonjour Élodie\, un premier contact télép
 honique d'une demi-heure pour faire connaissance. À lundi ! Sylvie\n\nThi
 s event was scheduled via Workable.
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="icims-2025-0415-55120-interview@careers-grandscelliers.icims.com",
        y=1,
        company="Les Grands Celliers de l'Atlantique",
        role="Responsable de Production Vins (H/F)",
        stage="",
        who="r.guichard@grandscelliers-atlantique.com;m.lafon@grandscelliers-atlantique.com",
        trap="icims-panel-production-site-no-clear-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
UID:icims-2025-0415-55120-interview@careers-grandscelliers.icims.com
DTSTAMP:20250408T124410Z
DTSTART;TZID=Europe/Paris:20250415T100000
DTEND;TZID=Europe/Paris:20250415T113000
SUMMARY:Rencontre - Responsable de Production Vins (H/F) - Job ID 2025-55
 120
ORGANIZER;CN=Les Grands Celliers de l'Atlantique:mailto:careers-noreply@i
 cims.com
ATTENDEE;CN=Elodie Castaing;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elodie.c
 astaing.oeno@laposte.net
DESCRIPTION:Bonjour Elodie\,\n\nNous vous confirmons votre rencontre sur no
 tre site de production de Saint-Loubès.\n\nVos interlocuteurs :\n- Rémi
 Guichard\, Directeur Industriel (r.guichard@grandscelliers-atlantique.com)
 \n- Marion Lafon\, Responsable Qualité (m.lafon@grandscelliers-atlantique
 .com)\n\nSite : ZI de Lalande\, 33450 Saint-Loubès. Se présenter au poste
  de garde avec une pièce d'identité. EPI fournis.\n\nCordialement\,\nRess
 ources Humaines - Les Grands Celliers de l'Atlantique
LOCATION:Site de Saint-Loubès
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="ashby-f1c9b3e2-48d7-4a65-9e0c-77b1d2a5f630",
        y=1,
        company="Sève Vins",
        role="Head of Winemaking",
        stage="recruiter_screen",
        who="ines@seve-vins.fr",
        trap="ashby-startup-franglais-intro-call",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-f1c9b3e2-48d7-4a65-9e0c-77b1d2a5f630
DTSTAMP:20250305T103050Z
DTSTART:20250312T120000Z
DTEND:20250312T123000Z
SUMMARY:Intro call – Head of Winemaking (Élodie Castaing x Sève)
ORGANIZER;CN=Inès Ouattara:mailto:ines@seve-vins.fr
ATTENDEE;CN=Élodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;CN=Inès Ouattara;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ine
 s@seve-vins.fr
DESCRIPTION:Hello Élodie !\n\nOn a hâte d'échanger avec toi. Ce premier cal
 l de 30 min avec Inès (Talent & Ops) sert à te présenter Sève (négoce bi
 o en cuverie partagée à Bègles\, 1\,2 M bouteilles\, B2C + cavistes) et à
  comprendre ce que tu cherches.\n\nGoogle Meet : https://meet.google.com/q
 ve-hmzk-tuw\n\nBesoin de décaler ? https://jobs.ashbyhq.com/seve/reschedu
 le/f1c9b3e2\n\nScheduled with Ashby
LOCATION:https://meet.google.com/qve-hmzk-tuw
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="0pk4s8e1c7m3vt9hb2qj6nd5rf@google.com",
        y=1,
        company="Domaine Vidal-Arnaud",
        role="Maître de chai",
        stage="hiring_manager",
        who="paul.vidal.vigneron@gmail.com",
        trap="founder-on-gmail-domaine-tutoiement",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250318T190000
DTEND;TZID=Europe/Paris:20250318T200000
DTSTAMP:20250314T221745Z
ORGANIZER;CN=Paul Vidal:mailto:paul.vidal.vigneron@gmail.com
UID:0pk4s8e1c7m3vt9hb2qj6nd5rf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Paul Vidal;X-NUM-GUESTS=0:mailto:paul.vidal.vigneron@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
X-GOOGLE-CONFERENCE:https://meet.google.com/ucs-ffwr-jzb
CREATED:20250314T221743Z
DESCRIPTION:Salut Élodie\,\nComme dit au téléphone\, on se cale une visio p
 our parler du poste de maître de chai au domaine (22 ha en Terrasses du L
 arzac\, bio\, levures indigènes\, on monte une cuverie neuve pour 2026).
 Je préfère le soir\, la journée je suis dans les vignes :)\nPaul\n\n-::~:~
 ::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nRejoindre
  avec Google Meet : https://meet.google.com/ucs-ffwr-jzb\n-::~:~::~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250314T221745Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Élodie / Paul – Domaine Vidal-Arnaud
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="teamtailor-interview-1290044@maisonaubrac.teamtailor.com",
        y=1,
        company="Maison Aubrac",
        role="Maître de chai adjoint(e)",
        stage="recruiter_screen",
        who="lucie.faure@maison-aubrac.com",
        trap="teamtailor-video-interview-cognac",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-1290044@maisonaubrac.teamtailor.com
DTSTAMP:20250120T141111Z
DTSTART:20250124T093000Z
DTEND:20250124T101500Z
SUMMARY:Entretien vidéo : Maître de chai adjoint(e) – Maison Aubrac
ORGANIZER;CN=Lucie Faure:mailto:lucie.faure@maison-aubrac.com
ATTENDEE;CN=Élodie Castaing;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.
 castaing.oeno@laposte.net
ATTENDEE;CN=Lucie Faure;PARTSTAT=ACCEPTED:mailto:lucie.faure@maison-aubrac
 .com
DESCRIPTION:Bonjour Élodie\,\n\nMerci d'avoir choisi un créneau ! Vous aure
 z un entretien vidéo de 45 minutes avec Lucie Faure\, Responsable RH.\n\n
 Rejoindre l'appel vidéo : https://maisonaubrac.teamtailor.com/meetings/v
 /1290044\n\nÀ très vite\,\nL'équipe Maison Aubrac – Cognac depuis 1872
LOCATION:Teamtailor video meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="sr-interview-74ac3b10-9de6-4f27-8a51-e0b96c2d41f7@smartrecruiters.com",
        y=1,
        company="Groupe Montclar Vins & Spiritueux",
        role="Œnologue Responsable de Production",
        stage="hiring_manager",
        who="d.castelnau@montclar-vs.com",
        trap="smartrecruiters-english-template-french-role",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-74ac3b10-9de6-4f27-8a51-e0b96c2d41f7@smartrecruiters.com
DTSTAMP:20250401T083215Z
DTSTART:20250408T120000Z
DTEND:20250408T130000Z
SUMMARY:Interview for Œnologue Responsable de Production at Groupe Montcla
 r Vins & Spiritueux
ORGANIZER;CN=Groupe Montclar Vins & Spiritueux:mailto:noreply@smartrecrui
 ters.com
ATTENDEE;CN=Elodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;CN=Damien Castelnau;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :d.castelnau@montclar-vs.com
DESCRIPTION:Hi Elodie\,\n\nYour interview has been scheduled.\n\nPosition:
  Œnologue Responsable de Production\nLocation: Vauvert (30)\nInterviewer:
  Damien Castelnau\, Directeur des Opérations Vins\nType: Video (Webex)\n\n
 Join Webex: https://montclar.webex.com/montclar/j.php?MTID=m4b9e0f2a11c\nM
 eeting number: 2741 880 5163\nPassword: Vins2025\n\nGood luck!\nThe Group
 e Montclar Talent Team
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="goodtime-8b1f6a30c2d94e57@goodtime.io",
        y=1,
        company="Cognac Delorme-Vasseur",
        role="Cellar Master Deputy / Maître de Chai Adjoint",
        stage="onsite",
        who=(
            "henri.delorme@delorme-vasseur.com;k.oneill@brightwaterspirits.com;"
            "agathe.perrin@delorme-vasseur.com"
        ),
        trap="goodtime-panel-us-owned-cognac-house",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-8b1f6a30c2d94e57@goodtime.io
DTSTAMP:20250428T150012Z
DTSTART:20250506T073000Z
DTEND:20250506T110000Z
SUMMARY:Interview Loop - Elodie Castaing - Cellar Master Deputy / Maître d
 e Chai Adjoint
ORGANIZER;CN=Brightwater Spirits Talent:mailto:scheduling@brightwaterspir
 its.com
ATTENDEE;CN=Elodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION:Hello Elodie\,\n\nWe're excited to welcome you to Cognac Delorm
 e-Vasseur. Here is your interview agenda (Europe/Paris time):\n\n09:30 - 1
 0:30  Henri Delorme\, Maître de Chai - Tasting & blending exercise (eaux-
 de-vie)\n10:30 - 11:15  Kate O'Neill\, VP Operations\, Brightwater Spirits
  (video) - Leadership & team\n11:15 - 12:00  Agathe Perrin\, HR Business P
 artner - Motivation & logistics\n13:00  Lunch with the cellar team (option
 al)\n\nAddress: Cognac Delorme-Vasseur\, 3 rue des Gabariers\, 16100 Cogn
 ac\n\nInterviewer emails: henri.delorme@delorme-vasseur.com\, k.oneill@bri
 ghtwaterspirits.com\, agathe.perrin@delorme-vasseur.com\n\nScheduled via
  GoodTime
LOCATION:Cognac Delorme-Vasseur\, 3 rue des Gabariers\, 16100 Cognac
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="booking",
        uid="calcom-b4c2e910-77d1-4e3f-a1c8-5d06f2e9b7a3@cal.com",
        y=1,
        company="Domaine des Aires Hautes",
        role="",
        stage="",
        who="contact@aires-hautes.fr",
        trap="cal-com-booking-pic-saint-loup-vague-title",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-b4c2e910-77d1-4e3f-a1c8-5d06f2e9b7a3@cal.com
DTSTAMP:20250221T183321Z
DTSTART:20250227T160000Z
DTEND:20250227T164500Z
SUMMARY:Rencontre 45 min between Domaine des Aires Hautes and Élodie Casta
 ing
ORGANIZER;CN=Domaine des Aires Hautes:mailto:contact@aires-hautes.fr
ATTENDEE;CN=Élodie Castaing;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:
 elodie.castaing.oeno@laposte.net
DESCRIPTION:What: Rencontre 45 min\nInvitee Time Zone: Europe/Paris\nWho:\n
 - Domaine des Aires Hautes - Organizer\ncontact@aires-hautes.fr\n- Élodie
  Castaing\nelodie.castaing.oeno@laposte.net\nWhere: Cal Video\nAdditional
  notes: Candidature spontanée chef de cave / maître de chai suite à l'ann
 once Vitijob. Disponible pour venir au domaine après le 15 mars.\n\nNeed t
 o reschedule or cancel? https://cal.com/booking/b4c2e910
LOCATION:https://app.cal.com/video/b4c2e910
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
