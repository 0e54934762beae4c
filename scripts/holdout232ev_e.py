"""holdout232 events, part E: French ATS (Welcome to the Jungle, Flatchr, Taleez, ...), Bookings, typed entries."""

EVENTS = [
    dict(
        kind="ats-invite",
        uid="wttj-meeting-66a1f0c3b9d8e2a7@welcomekit.co",
        y=1,
        company="Champagne Lérard-Vautrin",
        role="Chef de cave adjoint(e)",
        stage="hiring_manager",
        who="b.lerard@lerard-vautrin.fr",
        trap="welcome-to-the-jungle-champagne-visio",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
UID:wttj-meeting-66a1f0c3b9d8e2a7@welcomekit.co
DTSTAMP:20250224T090807Z
DTSTART;TZID=Europe/Paris:20250304T110000
DTEND;TZID=Europe/Paris:20250304T120000
SUMMARY:Entretien Champagne Lérard-Vautrin x Élodie Castaing
ORGANIZER;CN=Champagne Lérard-Vautrin:mailto:notifications@welcomekit.co
ATTENDEE;CN=Élodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;CN=Bénédicte Lérard;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 b.lerard@lerard-vautrin.fr
DESCRIPTION:Bonjour Élodie\,\n\nBénédicte Lérard (Chef de cave) vous a invi
 tée à un entretien pour l'offre « Chef de cave adjoint(e) – Épernay ».\n\n
 Format : visioconférence (Google Meet)\nLien : https://meet.google.com/bn
 r-kcaw-eop\n\nVous pouvez retrouver tous les détails dans votre espace ca
 ndidat Welcome to the Jungle.
LOCATION:https://meet.google.com/bnr-kcaw-eop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="A71C0B9E-44D2-4E85-9F13-2B6D8C0E5A47",
        y=1,
        company="Champagne Lérard-Vautrin",
        role="",
        stage="onsite",
        who="Bénédicte Lérard;M. Vautrin",
        trap="typed-day-in-epernay-train-times-in-notes",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.3//EN
CALSCALE:GREGORIAN
@@PARIS_APPLE@@
BEGIN:VEVENT
CREATED:20250315T184520Z
UID:A71C0B9E-44D2-4E85-9F13-2B6D8C0E5A47
DTEND;TZID=Europe/Paris:20250327T170000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Épernay – Lérard-Vautrin 2e tour (journée)
LAST-MODIFIED:20250315T184702Z
DTSTAMP:20250315T184702Z
DTSTART;TZID=Europe/Paris:20250327T093000
LOCATION:Avenue de Champagne\, Épernay
SEQUENCE:0
DESCRIPTION:TGV Bdx 5h52 -> Paris Mont. / Paris Est -> Épernay 8h10\nmatin
  : dégustation vins clairs + assemblage avec Bénédicte\naprès-midi : M. V
 autrin (président)\nretour 17h58\n=> demander jour de congé à Philippe (d
 ire "rdv perso")
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="flatchr-itw-20250205-8841@flatchr.io",
        y=1,
        company="Château Monbazan",
        role="Maître de chai H/F",
        stage="",
        who="direction@chateau-monbazan.fr",
        trap="flatchr-bergerac-minimal-invite",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Flatchr//Flatchr ATS//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-itw-20250205-8841@flatchr.io
DTSTAMP:20250205T170015Z
DTSTART:20250212T140000Z
DTEND:20250212T150000Z
SUMMARY:Entretien - Maître de chai H/F - Château Monbazan
ORGANIZER;CN=Château Monbazan:mailto:direction@chateau-monbazan.fr
ATTENDEE;CN=Elodie Castaing;RSVP=TRUE:mailto:elodie.castaing.oeno@laposte.n
 et
DESCRIPTION:Rendez-vous au château (route de Monbazillac\, 24240). Deman
 dez Mme Delmas à l'accueil de la boutique.
LOCATION:Château Monbazan\, 24240 Monbazillac
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="taleez-rdv-5c71a0e9@taleez.com",
        y=1,
        company="Domaine de Castelnau-Barbotan",
        role="Responsable de chai et de distillation (H/F)",
        stage="recruiter_screen",
        who="marie@castelnau-barbotan.com",
        trap="taleez-armagnac-first-video-call",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Taleez//Taleez//FR
VERSION:2.0
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
UID:taleez-rdv-5c71a0e9@taleez.com
DTSTAMP:20250403T064511Z
DTSTART;TZID=Europe/Paris:20250407T083000
DTEND;TZID=Europe/Paris:20250407T090000
SUMMARY:Premier échange visio – Responsable de chai et de distillation (H
 /F)
ORGANIZER;CN=Marie Castelnau:mailto:marie@castelnau-barbotan.com
ATTENDEE;CN=Elodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION:Bonjour Elodie\,\n\nMarie Castelnau\, en charge du recrutement
  au Domaine de Castelnau-Barbotan (Bas-Armagnac)\, vous propose un premie
 r échange en visio de 30 minutes.\n\nLien de la visio : https://meet.jit.
 si/castelnau-barbotan-rh-5c71\n\nCet événement a été créé avec Taleez.
LOCATION:https://meet.jit.si/castelnau-barbotan-rh-5c71
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="dr-entretien-31884-2@vignobles-leglise.digitalrecruiters.com",
        y=1,
        company="Vignobles Léglise",
        role="Maître de chai – Entre-deux-Mers",
        stage="hiring_manager",
        who="t.leglise@vignobles-leglise.fr",
        trap="digitalrecruiters-family-vineyards-gerant",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//DigitalRecruiters//DR Calendar//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:dr-entretien-31884-2@vignobles-leglise.digitalrecruiters.com
DTSTAMP:20250318T110203Z
DTSTART:20250325T130000Z
DTEND:20250325T141500Z
SUMMARY:Convocation entretien – Maître de chai – Entre-deux-Mers
ORGANIZER;CN=Vignobles Léglise - Ressources humaines:mailto:rh@vignobles-l
 eglise.fr
ATTENDEE;CN=CASTAING Elodie;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elodie.c
 astaing.oeno@laposte.net
ATTENDEE;CN=LEGLISE Thibault;PARTSTAT=ACCEPTED:mailto:t.leglise@vignobles-l
 eglise.fr
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous convier à un entretie
 n avec M. Thibault Léglise\, gérant\, au siège des Vignobles Léglise (4 p
 ropriétés\, 320 ha en AOC Bordeaux et Entre-deux-Mers).\n\nAdresse : Chât
 eau Roquefort-Léglise\, 33760 Targon\n\nService RH
LOCATION:Château Roquefort-Léglise\, 33760 Targon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="indeed-interview-2b7e91d04fa3c658@indeed.com",
        y=1,
        company="Domaine Chauvineau",
        role="Chef de cave (H/F)",
        stage="",
        who="",
        trap="indeed-video-interview-employer-only",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Indeed//Indeed Interviews//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-2b7e91d04fa3c658@indeed.com
DTSTAMP:20250128T182011Z
DTSTART:20250131T150000Z
DTEND:20250131T153000Z
SUMMARY:Entretien vidéo Indeed avec Domaine Chauvineau
ORGANIZER;CN=Indeed:mailto:invitationstoapply@indeed.com
ATTENDEE;CN=Elodie Castaing;RSVP=TRUE:mailto:elodie.castaing.oeno@laposte.
 net
DESCRIPTION:Domaine Chauvineau vous a invité(e) à un entretien vidéo pour l
 e poste Chef de cave (H/F) à Saumur (49).\n\nRejoindre l'entretien : http
 s://fr.indeed.com/interviews/join/2b7e91d04fa3c658\n\nConseil : testez vo
 tre caméra et votre micro avant l'entretien.\n\nIndeed
LOCATION:Indeed Interviews (vidéo)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="booking",
        uid="9c1e7b52-3a40-4d8f-b2e6-0f71a9c3d5e8",
        y=1,
        company="Union des Caves de l'Entre-deux-Mers",
        role="Œnologue conseil coopérateurs",
        stage="recruiter_screen",
        who="c.brun@ucedm.fr",
        trap="microsoft-bookings-coop-union-screen",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN=Recrutement UCEDM:mailto:RecrutementUCEDM@ucedm.onmicrosoft.
 com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Ca
 staing:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Céline Br
 un:mailto:c.brun@ucedm.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé.\n\nService : En
 tretien de recrutement – Œnologue conseil coopérateurs\nPersonnel : Céli
 ne Brun\nDurée : 40 minutes\n\nRejoindre la réunion Microsoft Teams : htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE0NjU1@thread.v2/0\n
 \nPour modifier ou annuler votre rendez-vous : https://outlook.office365.
 com/owa/calendar/RecrutementUCEDM@ucedm.onmicrosoft.com/bookings/\n\nUnio
 n des Caves de l'Entre-deux-Mers
UID:9c1e7b52-3a40-4d8f-b2e6-0f71a9c3d5e8
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Œnologue conseil coopér
 ateurs avec Céline Brun
DTSTART;TZID=W. Europe Standard Time:20250402T150000
DTEND;TZID=W. Europe Standard Time:20250402T154000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T192240Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000E2A9C0F31D9ADB01000000000000000010000000A9C4E7B2D1",
        y=1,
        company="Bodegas Viña Arrizala",
        role="Enóloga Jefa de Bodega",
        stage="hiring_manager",
        who="inaki.arrizala@arrizala.es",
        trap="spanish-teams-rioja-bodega-madrid-zone",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@MADRID@@
BEGIN:VEVENT
ORGANIZER;CN=Iñaki Arrizala:mailto:inaki.arrizala@arrizala.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.ca
 staing.oeno@laposte.net:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION;LANGUAGE=es-ES:Hola Élodie\,\n\nTe envío la convocatoria para
  la entrevista para el puesto de Enóloga Jefa de Bodega en Haro. Hablarem
 os de tu experiencia en Burdeos\, de la crianza en barrica y del proyecto
  de parcelarios en Rioja Alta.\n\nUn saludo\,\nIñaki Arrizala\nDirector Ge
 neral – Bodegas Viña Arrizala\n\n_______________________________________
 _________________________\nReunión de Microsoft Teams\nÚnase desde su equ
 ipo\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse
  a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ
 1ZjA2@thread.v2/0>\nId. de reunión: 355 901 227 418\nCódigo de acceso: t
 R6xk9\n
UID:040000008200E00074C5B7101A82E00800000000E2A9C0F31D9ADB0100000000000000
 0010000000A9C4E7B2D1
SUMMARY;LANGUAGE=es-ES:Entrevista – Enóloga Jefa de Bodega (É. Castaing)
DTSTART;TZID=Europe/Madrid:20250514T170000
DTEND;TZID=Europe/Madrid:20250514T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250507T093018Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="5E20C7A1-B8D3-4F96-81AA-0C3E6D9B2F58",
        y=1,
        company="Château Saint-Aubin-de-Lisle",
        role="",
        stage="onsite",
        who="Mme Lisle;Hugo",
        trap="typed-all-day-trial-day-as-candidate-sauternes",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250402T122013Z
DTEND;VALUE=DATE:20250418
DTSTAMP:20250402T122105Z
DTSTART;VALUE=DATE:20250417
LAST-MODIFIED:20250402T122105Z
LOCATION:Château Saint-Aubin-de-Lisle\, Sauternes
SEQUENCE:0
SUMMARY:Journée d'essai St-Aubin-de-Lisle (poste MDC)
DESCRIPTION:journée complète avec Hugo (MDC actuel qui part en Alsace) : s
 outirage des liquoreux 2023\, dégust botrytis\, analyses. Mme Lisle veut
  me voir travailler avant de décider. RTT posé.
TRANSP:TRANSPARENT
UID:5E20C7A1-B8D3-4F96-81AA-0C3E6D9B2F58
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="f3b92c0e71d84a56@android.local",
        y=1,
        company="Château Corbin-Vayres",
        role="",
        stage="",
        who="M. Corbin",
        trap="typed-terse-floating-pomerol",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//FR
BEGIN:VEVENT
UID:f3b92c0e71d84a56@android.local
DTSTAMP:20250506T065902Z
DTSTART:20250513T170000
DTEND:20250513T183000
SUMMARY:entretien Pomerol - M. Corbin (Corbin-Vayres)
LOCATION:Ch Corbin-Vayres\, Pomerol
DESCRIPTION:ramener CV papier + diplome DNO. 2 ha de plus en 2026\, cherche
  qq1 pour remplacer le MDC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000B7D4E2A09F9CDB01000000000000000010000000C3F1A8E6",
        y=1,
        company="Château Lagrange-Destieu",
        role="Maître de chai",
        stage="hiring_manager",
        who="h.destieu@lagrange-destieu.com",
        trap="outlook-second-interview-original-sequence-0",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Destieu, Hélène";SENT-BY="mailto:assistante.direction@lagran
 ge-destieu.com":mailto:h.destieu@lagrange-destieu.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.ca
 staing.oeno@laposte.net:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Destieu, Hél
 ène":mailto:h.destieu@lagrange-destieu.com
DESCRIPTION;LANGUAGE=fr-FR:Madame Castaing\,\n\nMme Destieu\, gérante\, so
 uhaite vous recevoir pour un second entretien pour le poste de maître de
  chai\, au château.\n\nBien cordialement\,\nL'assistante de direction\n
UID:040000008200E00074C5B7101A82E00800000000B7D4E2A09F9CDB0100000000000000
 0010000000C3F1A8E6
SUMMARY;LANGUAGE=fr-FR:2e entretien – Maître de chai – Mme Castaing
DTSTART;TZID=W. Europe Standard Time:20250409T100000
DTEND;TZID=W. Europe Standard Time:20250409T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T141020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Château Lagrange-Destieu\, 33250 Saint-Julien-Beych
 evelle
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000B7D4E2A09F9CDB01000000000000000010000000C3F1A8E6",
        y=1,
        company="Château Lagrange-Destieu",
        role="Maître de chai",
        stage="hiring_manager",
        who="h.destieu@lagrange-destieu.com",
        trap="outlook-rescheduled-same-uid-sequence-1",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Destieu, Hélène";SENT-BY="mailto:assistante.direction@lagran
 ge-destieu.com":mailto:h.destieu@lagrange-destieu.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.ca
 staing.oeno@laposte.net:mailto:elodie.castaing.oeno@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Destieu, Hél
 ène":mailto:h.destieu@lagrange-destieu.com
DESCRIPTION;LANGUAGE=fr-FR:Madame Castaing\,\n\nMme Destieu devant se rend
 re à Paris le 9\, nous nous permettons de décaler votre second entretien
  au lundi 14 avril\, même heure. Merci de nous confirmer.\n\nBien cordial
 ement\,\nL'assistante de direction\n
UID:040000008200E00074C5B7101A82E00800000000B7D4E2A09F9CDB0100000000000000
 0010000000C3F1A8E6
SUMMARY;LANGUAGE=fr-FR:Mis à jour : 2e entretien – Maître de chai – Mme Ca
 staing
DTSTART;TZID=W. Europe Standard Time:20250414T100000
DTEND;TZID=W. Europe Standard Time:20250414T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T081544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Château Lagrange-Destieu\, 33250 Saint-Julien-Beych
 evelle
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-APPT-SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
]
