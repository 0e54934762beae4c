# ruff: noqa: E501, W291, W293, RUF100
"""holdout278 events, part B: the user's own interviews at further employers (France, UK, Italy, Belgium, Switzerland, Germany, Spain)."""

from holdout278ev_zones import (
    LONDON_GOOGLE,
    MADRID_GOOGLE,
    PARIS_APPLE,
    PARIS_GOOGLE,
    ROMANCE_OUTLOOK,
    ROME_GOOGLE,
    WEUROPE_OUTLOOK,
)

GREENHOUSE_FOOTER = r"""\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~::~:~::-\nInvitation from Google Calendar: https://calendar.goog
 le.com/calendar/\n\nYou are receiving this email because you are an atten
 dee on the event. To stop receiving future updates for this event\, declin
 e this event.\n\nForwarding this invitation could allow any recipient to s
 end a response to the organizer\, be added to the guest list\, invite othe
 rs regardless of their own invitation status\, or modify your RSVP.\n\nLea
 rn more https://support.google.com/calendar/answer/37135#forwarding\n-::~:
 ~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~::~:~::-"""

EVENTS = [
    dict(
        kind="icloud-founder-invite",
        uid="A41F7C2E-0D93-4B58-8E6A-13C5F9B2D7E0",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="Gilles Lemaire-Duval";CUTYPE=INDIVIDUAL;EMAIL="gilles.lemaire
 duval@orange.fr";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:gilles.lemaireduval@o
 range.fr
ATTENDEE;CN="Hélène Marchetti-Roux";CUTYPE=INDIVIDUAL;EMAIL="helene.marche
 tti.roux@free.fr";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mai
 lto:helene.marchetti.roux@free.fr
CREATED:20250926T170244Z
DESCRIPTION:Chère Madame\,\n\nJe vous remercie pour votre lettre. Comme je
  vous l'ai écrit\, la Fondation cherche à confier la conservation de la col
 lection (environ 240 tableaux et esquisses\, XVIIe-XIXe) à une conservatric
 e-restauratrice à temps plein. Je serai heureux de vous recevoir pour en p
 arler.\n\nGilles Lemaire-Duval\nPrésident\n
DTEND;TZID=Europe/Paris:20251002T163000
DTSTAMP:20250926T170318Z
DTSTART;TZID=Europe/Paris:20251002T150000
LAST-MODIFIED:20250926T170318Z
LOCATION:Fondation Lemaire-Duval\, 8 rue de Varenne-Haute\, 75007 Paris
ORGANIZER;CN="Gilles Lemaire-Duval";EMAIL="gilles.lemaireduval@orange.fr":
 mailto:gilles.lemaireduval@orange.fr
SEQUENCE:0
SUMMARY:Rencontre – poste de conservatrice de la collection (Fondation Lem
 aire-Duval)
TRANSP:OPAQUE
UID:A41F7C2E-0D93-4B58-8E6A-13C5F9B2D7E0
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fondation Lemaire-Duval",
        role="conservatrice de la collection",
        stage="hiring_manager",
        interviewers="gilles.lemaireduval@orange.fr",
        trap="foundation-president-freemail-icloud-rencontre",
        hiring=False,
    ),
    dict(
        kind="thunderbird-handtyped-board",
        uid="3f9d1c55-7a2e-4c8b-b6d0-9e41a27c5f18",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""
        + PARIS_GOOGLE.replace("X-LIC-LOCATION:Europe/Paris\n", "")
        + r"""BEGIN:VEVENT
CREATED:20251010T065812Z
LAST-MODIFIED:20251010T070140Z
DTSTAMP:20251010T070140Z
UID:3f9d1c55-7a2e-4c8b-b6d0-9e41a27c5f18
SUMMARY:Fondation L-D 2e rdv : Mme Duval + M. Hervieu (trésorier)
DTSTART;TZID=Europe/Paris:20251016T100000
DTEND;TZID=Europe/Paris:20251016T113000
LOCATION:rue de Varenne
DESCRIPTION:prés. plan de récolement + budget restau annuel\nportfolio (av
 ant/après Largillière + plafond Sens)\nquestion statut : CDI ou convention
  ?
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT45M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
        is_interview=1,
        company="Fondation Lemaire-Duval",
        role="",
        stage="final",
        interviewers="Mme Duval;M. Hervieu",
        trap="thunderbird-abbreviated-second-meeting-board-lf-endings",
        hiring=False,
    ),
    dict(
        kind="ios-handtyped-phone-call",
        uid="E2B7A0C4-55D1-4F3E-9C86-7B1A0D2F3E49",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251017T083055Z
DTEND:20251020T103000
DTSTAMP:20251017T083101Z
DTSTART:20251020T100000
LAST-MODIFIED:20251017T083101Z
SEQUENCE:0
SUMMARY:tel C. Berthier (atelier Berthier-Kessler) re: poste
DESCRIPTION:il rappelle sur le portable. parler dispo\, rentoilage\, tari
 f jour vs salariat
TRANSP:OPAQUE
UID:E2B7A0C4-55D1-4F3E-9C86-7B1A0D2F3E49
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Atelier Berthier-Kessler",
        role="",
        stage="hiring_manager",
        interviewers="C. Berthier",
        trap="terse-handtyped-owner-call-floating",
        hiring=False,
    ),
    dict(
        kind="google-trial-day",
        uid="5kq0v2t8hn3m1l7a9c4d6b0e2f@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251029T090000
DTEND;TZID=Europe/Paris:20251029T173000
DTSTAMP:20251021T181544Z
ORGANIZER;CN=Atelier Berthier-Kessler:mailto:atelier.berthier.kessler@gmai
 l.com
UID:5kq0v2t8hn3m1l7a9c4d6b0e2f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Atelier Berthier-Kessler;X-NUM-GUESTS=0:mailto:atelier.berthier.kessle
 r@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
CREATED:20251021T181542Z
DESCRIPTION:Bonjour Hélène\,\n\nComme convenu au téléphone\, voici la jour
 née d'essai (rémunérée) pour le poste de restauratrice confirmée. Au progr
 amme : refixage et facing sur une toile XVIIIe\, puis masticage et retouch
 e sur un panneau flamand. Déjeuner avec l'équipe.\nPrévoyez votre blouse\,
  le reste est fourni.\n\nClaude Berthier\nAtelier Berthier-Kessler – Versa
 illes\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~::~:~::-\nInvitation de Google Agenda : https://calendar
 .google.com/calendar/\n\nVous recevez cet e-mail\, car vous êtes invité à 
 l'événement. Pour ne plus recevoir les mises à jour de cet événement\, ref
 usez-le.\n\nTransférer cette invitation peut permettre à n'importe quel de
 stinataire de répondre à l'organisateur\, d'être ajouté à la liste des inv
 ités\, d'inviter d'autres personnes ou de modifier votre réponse.\n\nEn sa
 voir plus https://support.google.com/calendar/answer/37135#forwarding\n-::
 ~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~::~:~::-
LAST-MODIFIED:20251021T181543Z
LOCATION:Atelier Berthier-Kessler\, 14 rue de la Paroisse-Basse\, 78000 Ve
 rsailles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée d'essai à l'atelier – Hélène M.-R.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Atelier Berthier-Kessler",
        role="restauratrice confirmée",
        stage="onsite",
        interviewers="atelier.berthier.kessler@gmail.com",
        trap="paid-trial-day-workshop-owner-gmail",
        hiring=False,
    ),
    dict(
        kind="outlookcom-gallery-meeting",
        uid="040000008200E00074C5B7101A82E00800000000D6B1A9F3C248DC01000000000000000010000000A2B3C4D5E6F708192A3B4C5D6E7F8091",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Sansonnet, Arnaud":mailto:arnaud.sansonnet@outlook.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=h.marchett
 i@atelier-restauration-paris.example.fr:mailto:h.marchetti@atelier-restaur
 ation-paris.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Chère Hélène\,\n\nSuite à notre conversation au
  vernissage\, je confirme le rendez-vous à la galerie pour parler du poste
  de restauratrice attitrée (mi-temps\, suivi du stock et des œuvres en dép
 ôt\, constats avant ventes et salons). Nous pourrons regarder ensemble les
  deux Boilly dont je vous ai parlé.\n\nBien à vous\,\nArnaud Sansonnet\nGa
 lerie Arnaud Sansonnet\n06 12 87 45 30\n
SUMMARY;LANGUAGE=fr-FR:RDV galerie – poste restauratrice attitrée
DTSTART;TZID=Romance Standard Time:20251022T113000
DTEND;TZID=Romance Standard Time:20251022T123000
UID:040000008200E00074C5B7101A82E00800000000D6B1A9F3C248DC01000000000000000
 010000000A2B3C4D5E6F708192A3B4C5D6E7F8091
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T210455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Galerie Sansonnet\, 31 rue de Miromesnil-Vieille\,
  75008 Paris
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Galerie Arnaud Sansonnet",
        role="restauratrice attitrée",
        stage="hiring_manager",
        interviewers="arnaud.sansonnet@outlook.fr",
        trap="gallery-owner-freemail-rdv-to-work-address",
        hiring=False,
    ),
    dict(
        kind="bookings-preselection",
        uid="040000008200E00074C5B7101A82E0080000000011D2C3B4A55ADC01000000000000000010000000BB12CC34DD56EE78FF90AB12CD34EF56",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN=CRRCOA Recrutement:mailto:CRRCOARecrutement@crrcoa.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Delphine Arag
 on:mailto:delphine.aragon@crrcoa.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé.\n\nService : En
 tretien de présélection – Restaurateur·rice de peinture de chevalet (CDD 2
  ans)\nMembre du personnel : Delphine Aragon\nDurée : 30 minutes\n\nRejoin
 dre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_Y2E5ZDQ0NTEtNzMwMi00ZGFmLWI4MDctMTU1OGVlZjk4MzI3%40thread.v
 2/0\n\nCentre régional de restauration et de conservation des œuvres d'ar
 t (CRRCOA)\n140 avenue du Pic-Saint-Loup\, 34090 Montpellier\n\nAnnuler o
 u reprogrammer : https://outlook.office365.com/owa/calendar/CRRCOARecrute
 ment@crrcoa.example.fr/bookings/s/k3Jq8vT0aE2Xb7nL1pRw5g2\n\nRéservé avec M
 icrosoft Bookings
SUMMARY;LANGUAGE=fr-FR:Entretien de présélection (Teams) – Hélène Marchett
 i-Roux
DTSTART;TZID=Romance Standard Time:20251017T140000
DTEND;TZID=Romance Standard Time:20251017T143000
UID:040000008200E00074C5B7101A82E0080000000011D2C3B4A55ADC01000000000000000
 010000000BB12CC34DD56EE78FF90AB12CD34EF56
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251012T191142Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="CRRCOA",
        role="Restaurateur·rice de peinture de chevalet",
        stage="recruiter_screen",
        interviewers="delphine.aragon@crrcoa.example.fr",
        trap="microsoft-bookings-candidate-booked-staff-member",
        hiring=False,
    ),
    dict(
        kind="outlook-panel-workshop-visit",
        uid="040000008200E00074C5B7101A82E00800000000E3A4B5C6D75EDC0100000000000000001000000045F6A7B8C9D0E1F20314253647586970",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Aragon, Delphine":mailto:delphine.aragon@crrcoa.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Salvat, Frédé
 ric":mailto:frederic.salvat@crrcoa.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Belkacem, Nor
 a":mailto:nora.belkacem@crrcoa.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNous vous remercions pour l'échange
  du 17 octobre. Nous avons le plaisir de vous inviter à un entretien avec 
 le jury au CRRCOA\, suivi d'une visite des ateliers :\n\n10h00 – entretien
  avec M. Frédéric Salvat\, directeur\, et Mme Nora Belkacem\, cheffe de l'
 atelier Peinture\n11h00 – visite des ateliers et des réserves\n\nJe resterai
  votre interlocutrice pour toute question logistique.\n\nDelphine Aragon\n
 Ressources humaines – CRRCOA\n
SUMMARY;LANGUAGE=fr-FR:Entretien jury + visite des ateliers – Restaurateur
 ·rice peinture de chevalet
DTSTART;TZID=Romance Standard Time:20251105T100000
DTEND;TZID=Romance Standard Time:20251105T120000
UID:040000008200E00074C5B7101A82E00800000000E3A4B5C6D75EDC01000000000000000
 01000000045F6A7B8C9D0E1F20314253647586970
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251023T092637Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CRRCOA\, 140 avenue du Pic-Saint-Loup\, Montpellie
 r – accueil bâtiment A
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="CRRCOA",
        role="Restaurateur·rice peinture de chevalet",
        stage="onsite",
        interviewers="frederic.salvat@crrcoa.example.fr;nora.belkacem@crrcoa.example.fr",
        trap="hr-organizer-is-coordinator-not-interviewer",
        hiring=False,
    ),
    dict(
        kind="lever-auction-house",
        uid="lever-interview-7c1e9a04-3b62-4f5d-8e27-a0b9c8d7e6f5",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-7c1e9a04-3b62-4f5d-8e27-a0b9c8d7e6f5
DTSTAMP:20251020T144401Z
DTSTART:20251024T090000Z
DTEND:20251024T100000Z
SUMMARY:Entretien : Hélène Marchetti-Roux – Restauratrice conseil\, départ
 ement Maîtres anciens
ORGANIZER;CN=Lavallière & Associés – Recrutement:mailto:recrutement@lavalli
 ere-associes.example.fr
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:helene.marchetti.roux@free.fr
ATTENDEE;CN=Sophie Lavallière;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailt
 o:sophie.lavalliere@lavalliere-associes.example.fr
ATTENDEE;CN=Henri Dufresne;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:h
 enri.dufresne@lavalliere-associes.example.fr
LOCATION:Lavallière & Associés\, 6 rue Rossini-Prolongée\, 75009 Paris – 3
 e étage
DESCRIPTION:Bonjour Hélène\,\n\nVotre entretien pour le poste de Restaurat
 rice conseil (département Maîtres anciens) est confirmé.\n\nVous rencontre
 rez :\n• Sophie Lavallière\, commissaire-priseur\, associée\n• Henri Dufre
 sne\, expert en tableaux anciens\n\nPrévoyez de nous parler de deux œuvres
  que vous avez traitées et de la façon dont vous rédigez un rapport d'éta
 t pour un catalogue de vente.\n\nMerci\,\nL'équipe Recrutement\n\nPowered 
 by Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lavallière & Associés",
        role="Restauratrice conseil, département Maîtres anciens",
        stage="hiring_manager",
        interviewers="sophie.lavalliere@lavalliere-associes.example.fr;henri.dufresne@lavalliere-associes.example.fr",
        trap="lever-auction-house-escaped-comma-summary",
        hiring=False,
    ),
    dict(
        kind="greenhouse-recruiter-screen",
        uid="7mu4c2h0qvbk9e1r3s5t6p8n1a@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251014T150000
DTEND;TZID=Europe/Paris:20251014T153000
DTSTAMP:20251008T102215Z
ORGANIZER;CN=Megan O'Brien:mailto:megan.obrien@heliosfineart.example.com
UID:7mu4c2h0qvbk9e1r3s5t6p8n1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Megan O'Brien;X-NUM-GUESTS=0:mailto:megan.obrien@heliosfineart.example
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
CREATED:20251008T102213Z
DESCRIPTION:Hi Hélène\,\n\nThanks for applying to the Fine Art Risk Survey
 or role in our Paris office. This is a 30-minute introductory call with m
 e (Talent Acquisition) to walk through your background and the role.\n\nJ
 oin Zoom Meeting\nhttps://heliosfineart.zoom.us/j/91837465520\nMeeting ID
 : 918 3746 5520\n\nThis interview was scheduled via Greenhouse."""
        + GREENHOUSE_FOOTER
        + r"""
LAST-MODIFIED:20251008T102214Z
LOCATION:https://heliosfineart.zoom.us/j/91837465520
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hélène Marchetti-Roux <> Helios Fine Art – Recruiter Screen (Fine
  Art Risk Surveyor)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Helios Fine Art Insurance",
        role="Fine Art Risk Surveyor",
        stage="recruiter_screen",
        interviewers="megan.obrien@heliosfineart.example.com",
        trap="greenhouse-google-invite-english-insurer",
        hiring=False,
    ),
    dict(
        kind="greenhouse-recruiter-screen-moved",
        uid="7mu4c2h0qvbk9e1r3s5t6p8n1a@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251016T163000
DTEND;TZID=Europe/Paris:20251016T170000
DTSTAMP:20251013T075841Z
ORGANIZER;CN=Megan O'Brien:mailto:megan.obrien@heliosfineart.example.com
UID:7mu4c2h0qvbk9e1r3s5t6p8n1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Megan O'Brien;X-NUM-GUESTS=0:mailto:megan.obrien@heliosfineart.example
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
CREATED:20251008T102213Z
DESCRIPTION:Hi Hélène\, so sorry – I have to move our call to Thursday. Sa
 me Zoom link.\n\nThanks for applying to the Fine Art Risk Surveyor role in
  our Paris office. This is a 30-minute introductory call with me (Talent 
 Acquisition) to walk through your background and the role.\n\nJoin Zoom M
 eeting\nhttps://heliosfineart.zoom.us/j/91837465520\nMeeting ID: 918 3746 
 5520\n\nThis interview was scheduled via Greenhouse."""
        + GREENHOUSE_FOOTER
        + r"""
LAST-MODIFIED:20251013T075840Z
LOCATION:https://heliosfineart.zoom.us/j/91837465520
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Hélène Marchetti-Roux <> Helios Fine Art – Recruiter Screen (Fine
  Art Risk Surveyor)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Helios Fine Art Insurance",
        role="Fine Art Risk Surveyor",
        stage="recruiter_screen",
        interviewers="megan.obrien@heliosfineart.example.com",
        trap="greenhouse-rescheduled-same-uid-sequence-1",
        hiring=False,
    ),
    dict(
        kind="greenhouse-case-exercise",
        uid="1b9r6d4s2kqo8m0n7v3c5l1t2x@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + LONDON_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251104T130000
DTEND;TZID=Europe/London:20251104T143000
DTSTAMP:20251027T165530Z
ORGANIZER;CN=Megan O'Brien:mailto:megan.obrien@heliosfineart.example.com
UID:1b9r6d4s2kqo8m0n7v3c5l1t2x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Thomas Vandamme;X-NUM-GUESTS=0:mailto:thomas.vandamme@heliosfineart.ex
 ample.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Clara Fontaine;X-NUM-GUESTS=0:mailto:clara.fontaine@heliosfineart.exam
 ple.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Megan O'Brien;X-NUM-GUESTS=0:mailto:megan.obrien@heliosfineart.example
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
CREATED:20251027T165528Z
DESCRIPTION:Hi Hélène\,\n\nNext step for the Fine Art Risk Surveyor role: 
 a case exercise with Thomas Vandamme (Head of Art Risk Engineering\, Lond
 on) and Clara Fontaine (Senior Surveyor\, Paris).\n\nYou will receive a s
 hort file 30 minutes before the call: photos and a loan agreement for a p
 ainting travelling to an exhibition. Please prepare a condition and risk a
 ssessment (handling\, packing\, climate\, wall display) and your recommen
 dations to the underwriter. 20 min presentation + 40 min discussion.\n\nJo
 in Zoom Meeting\nhttps://heliosfineart.zoom.us/j/96012587334\n\nNote: tim
 es shown in London time (13:00 UK = 14:00 Paris).\n\nThis interview was s
 cheduled via Greenhouse."""
        + GREENHOUSE_FOOTER
        + r"""
LAST-MODIFIED:20251027T165529Z
LOCATION:https://heliosfineart.zoom.us/j/96012587334
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Case exercise: condition & risk assessment – Hélène Marchetti-Rou
 x (Fine Art Risk Surveyor)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Helios Fine Art Insurance",
        role="Fine Art Risk Surveyor",
        stage="technical",
        interviewers="thomas.vandamme@heliosfineart.example.com;clara.fontaine@heliosfineart.example.com",
        trap="london-zone-case-exercise-recruiter-optional",
        hiring=False,
    ),
    dict(
        kind="google-owner-chat-london",
        uid="2c7n0x4p9ad1w6e3k8h5j2g0s4@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + LONDON_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251107T170000
DTEND;TZID=Europe/London:20251107T174500
DTSTAMP:20251103T222930Z
ORGANIZER;CN=Rupert Hartwell:mailto:rupert.hartwell.conservation@gmail.com
UID:2c7n0x4p9ad1w6e3k8h5j2g0s4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rupert Hartwell;X-NUM-GUESTS=0:mailto:rupert.hartwell.conservation@gm
 ail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hélène Marchetti-Roux;X-NUM-GUESTS=0:mailto:helene.marchetti.roux@
 free.fr
CREATED:20251103T222928Z
DESCRIPTION:Hélène – lovely to hear from you via Aisha. Let's have a prope
 r chat about the senior paintings conservator post at the studio. Zoom be
 low\, I'm rubbish at Teams. R.\n\nhttps://us02web.zoom.us/j/7304418265?pwd=
 c2Vhc2lkZTIwMjVoYXJ0d2VsbA\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvitation from Goo
 gle Calendar: https://calendar.google.com/calendar/\n\nYou are receiving t
 his email because you are an attendee on the event.\n-::~:~::~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20251103T222929Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hélène / Rupert – chat re senior paintings conservator
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hartwell Conservation Studio",
        role="senior paintings conservator",
        stage="hiring_manager",
        interviewers="rupert.hartwell.conservation@gmail.com",
        trap="english-owner-gmail-chat-wording",
        hiring=False,
    ),
    dict(
        kind="ios-allday-trial-days",
        uid="9F3B61D8-2C47-4A05-B8E1-C6D0A7F52E93",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251110T071522Z
DTEND;VALUE=DATE:20251203
DTSTAMP:20251110T071848Z
DTSTART;VALUE=DATE:20251201
LAST-MODIFIED:20251110T071848Z
LOCATION:Hartwell Conservation Studio\, Bermondsey\, London
SEQUENCE:0
SUMMARY:Trial days Hartwell studio (London)
DESCRIPTION:Eurostar 7h13 GdN. Trial on a Victorian portrait: consolidati
 on + varnish removal tests. With Rupert Hartwell + Aisha Darko (senior co
 nservator). Bring scalpels\, swabs\, loupes. Hotel booked by studio.
TRANSP:TRANSPARENT
UID:9F3B61D8-2C47-4A05-B8E1-C6D0A7F52E93
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hartwell Conservation Studio",
        role="",
        stage="onsite",
        interviewers="Rupert Hartwell;Aisha Darko",
        trap="allday-multiday-trial-handtyped-english",
        hiring=False,
    ),
    dict(
        kind="google-italian-colloquio",
        uid="6f1s9j3b0tq2r5m8c7k4d1e0vn@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + ROME_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Rome:20251028T113000
DTEND;TZID=Europe/Rome:20251028T123000
DTSTAMP:20251020T131104Z
ORGANIZER;CN=Giulia Benedetti:mailto:giulia.benedetti@fondazionecaloredan.
 example.it
UID:6f1s9j3b0tq2r5m8c7k4d1e0vn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Giulia Benedetti;X-NUM-GUESTS=0:mailto:giulia.benedetti@fondazionecal
 oredan.example.it
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Paolo Zanin;X-NUM-GUESTS=0:mailto:paolo.zanin@fondazionecaloredan.exa
 mple.it
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
CREATED:20251020T131102Z
DESCRIPTION:Gentile dott.ssa Marchetti-Roux\,\n\nLe confermiamo il colloqu
 io per la posizione di Restauratore/Restauratrice di dipinti su tela (cont
 ratto a tempo determinato\, 24 mesi) presso la Fondazione Ca' Loredan. Sa
 ranno presenti la dott.ssa Giulia Benedetti (conservatrice delle collezio
 ni) e l'arch. Paolo Zanin (direttore tecnico).\n\nIl colloquio potrà svolg
 ersi in italiano o in francese.\n\nCordiali saluti\n\n-::~:~::~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
 \nPartecipa con Google Meet: https://meet.google.com/qzd-wkpa-tfr\n\nPer sa
 perne di più su Meet: https://support.google.com/a/users/answer/9282720\n\n
 Non modificare questa sezione.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvito da Google Ca
 lendar: https://calendar.google.com/calendar/\n\nRicevi questa email perc
 hé sei un invitato all'evento.
LAST-MODIFIED:20251020T131103Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Colloquio – Restauratore/Restauratrice di dipinti su tela – H. Mar
 chetti-Roux
TRANSP:OPAQUE
X-GOOGLE-CONFERENCE:https://meet.google.com/qzd-wkpa-tfr
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fondazione Ca' Loredan",
        role="Restauratore/Restauratrice di dipinti su tela",
        stage="hiring_manager",
        interviewers="giulia.benedetti@fondazionecaloredan.example.it;paolo.zanin@fondazionecaloredan.example.it",
        trap="italian-colloquio-google-meet-rome-zone",
        hiring=False,
    ),
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E008000000002F3E4D5C6B62DC0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890",
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Claes, Sofie":mailto:sofie.claes@fondation-vanderkindere.exa
 mple.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
DESCRIPTION;LANGUAGE=fr-BE:Madame\,\n\nPour des raisons d'agenda de la dir
 ection\, nous devons annuler l'entretien prévu ce jeudi. Nous reviendrons 
 très vite vers vous avec de nouvelles disponibilités.\n\nSofie Claes\nDire
 ctrice des collections\nFondation Vanderkindere\n
SUMMARY;LANGUAGE=fr-BE:Annulé : Entretien – Conservatrice-restauratrice (c
 ollections picturales)
DTSTART;TZID=Romance Standard Time:20251120T140000
DTEND;TZID=Romance Standard Time:20251120T150000
UID:040000008200E00074C5B7101A82E008000000002F3E4D5C6B62DC01000000000000000
 01000000012AB34CD56EF7890AB12CD34EF567890
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251117T155003Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=fr-BE:Fondation Vanderkindere\, avenue Brugmann-Haute 212
 \, 1180 Uccle
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fondation Vanderkindere",
        role="Conservatrice-restauratrice (collections picturales)",
        stage="hiring_manager",
        interviewers="sofie.claes@fondation-vanderkindere.example.be",
        trap="method-cancel-brussels-annule-prefix",
        hiring=False,
    ),
    dict(
        kind="outlook-german-phone-screen",
        uid="040000008200E00074C5B7101A82E00800000000894A5B6C7D43DC01000000000000000010000000C0FFEE12BADA5534C0DE7788990011AA",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEUROPE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Stucki, Fabienne":mailto:fabienne.stucki@kunstmuseum-stalban
 .example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Marchetti-Roux\n\nBesten Dank
  für Ihre Bewerbung als Gemälderestauratorin/Gemälderestaurator (80–100 %
 ) am Kunstmuseum Sankt Alban. Gerne rufe ich Sie für ein kurzes telefonis
 ches Erstgespräch (ca. 20 Minuten) an. Das Gespräch kann auch auf Französ
 isch geführt werden.\n\nFreundliche Grüsse\nFabienne Stucki\nHR Business 
 Partner\nKunstmuseum Sankt Alban\, Basel\n
SUMMARY;LANGUAGE=de-CH:Telefoninterview – Gemälderestauratorin/Gemälderes
 taurator (80–100 %)
DTSTART;TZID=W. Europe Standard Time:20251030T083000
DTEND;TZID=W. Europe Standard Time:20251030T085000
UID:040000008200E00074C5B7101A82E00800000000894A5B6C7D43DC01000000000000000
 010000000C0FFEE12BADA5534C0DE7788990011AA
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T120650Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Telefon (+33 6 71 28 44 90)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kunstmuseum Sankt Alban",
        role="Gemälderestauratorin/Gemälderestaurator (80–100 %)",
        stage="recruiter_screen",
        interviewers="fabienne.stucki@kunstmuseum-stalban.example.ch",
        trap="swiss-german-telefoninterview-hr",
        hiring=False,
    ),
    dict(
        kind="outlook-german-interview",
        uid="040000008200E00074C5B7101A82E00800000000AB5C6D7E8F61DC010000000000000000100000003344556677889900AABBCCDDEEFF0011",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Stucki, Fabienne":mailto:fabienne.stucki@kunstmuseum-stalban
 .example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Imhof, Regula
 ":mailto:regula.imhof@kunstmuseum-stalban.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Stucki, Fabie
 nne":mailto:fabienne.stucki@kunstmuseum-stalban.example.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Marchetti-Roux\n\nWir freuen 
 uns\, Sie zu einem Vorstellungsgespräch per Teams einzuladen. Teilnehmen 
 werden Dr. Regula Imhof (Leiterin Konservierung-Restaurierung) und ich. W
 ir führen das Gespräch gerne auf Französisch oder Englisch.\n\nFreundliche
  Grüsse\nFabienne Stucki\n\n__________________________________________
 ______________________________________\nMicrosoft Teams-Besprechung\nAuf 
 dem Computer\, der mobilen App oder dem Raumgerät teilnehmen\nHier klicken
 \, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_MzQ1NmE3YjgtOWMwZC00ZTFmLTgyYTMtYjRjNWQ2ZTdmODkw%40th
 read.v2/0>\nBesprechungs-ID: 364 918 225 044\nKennung: Xh4Lp8\n__________
 ______________________________________________________________________\n
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Frau Marchetti-Roux – Gemälder
 estauratorin (80–100 %)
DTSTART;TZID=W. Europe Standard Time:20251111T140000
DTEND;TZID=W. Europe Standard Time:20251111T150000
UID:040000008200E00074C5B7101A82E00800000000AB5C6D7E8F61DC01000000000000000
 0100000003344556677889900AABBCCDDEEFF0011
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T101202Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kunstmuseum Sankt Alban",
        role="Gemälderestauratorin (80–100 %)",
        stage="hiring_manager",
        interviewers="regula.imhof@kunstmuseum-stalban.example.ch;fabienne.stucki@kunstmuseum-stalban.example.ch",
        trap="german-vorstellungsgespraech-teams-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="lotus-notes-selection-panel",
        uid="C1257D8E004F2A11C1258C7A0036B9E4-Lotus_Notes_Generated",
        ics=r"""BEGIN:VCALENDAR
X-LOTUS-CHARSET:UTF-8
VERSION:2.0
PRODID:-//Lotus Development Corporation//NONSGML Notes 12.0.2//EN_C
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:W. Europe
BEGIN:STANDARD
DTSTART:19501029T020000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19500326T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID="W. Europe":20251119T103000
DTEND;TZID="W. Europe":20251119T120000
TRANSP:OPAQUE
DTSTAMP:20251105T095512Z
SEQUENCE:0
ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN="Friederike Anselm/LMH/BW"
 :mailto:friederike.anselm@landesmuseum-hohenstaufen.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Jochen Maurer/LMH/BW"
 :mailto:jochen.maurer@landesmuseum-hohenstaufen.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:helene.marchetti.roux@free.fr
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Dr. Marchetti-Roux\,\n\nbezugnehmend auf Ih
 re Bewerbung laden wir Sie zu einem Auswahlgespräch für die Stelle Restau
 rator/in (m/w/d) Gemälde\, Entgeltgruppe 11 TV-L\, Kennziffer 2025/47\, ei
 n.\n\nAuswahlkommission: Dr. Friederike Anselm (Leitung Restaurierung)\, 
 Jochen Maurer (Personalabteilung). Personalrat und Beauftragte für Chance
 ngleichheit nehmen beratend teil.\n\nDas Gespräch beginnt mit einer kurze
 n Präsentation (10 Minuten) zum Thema "Präventive Konservierung in einer 
 Gemäldesammlung bei knappen Mitteln". Die Kosten der Anreise können leid
 er nicht erstattet werden.\n\nMit freundlichen Grüßen\nIm Auftrag\nJochen
  Maurer\nReferat Personal
SUMMARY:Auswahlgespräch Restaurator/in (m/w/d) Gemälde – Kennziffer 2025/
 47
LOCATION:Landesmuseum Hohenstaufen\, Altes Schloss\, Raum 2.14\, Stuttgart
ORGANIZER;CN="Jochen Maurer/LMH/BW"
 :mailto:jochen.maurer@landesmuseum-hohenstaufen.example.de
UID:C1257D8E004F2A11C1258C7A0036B9E4-Lotus_Notes_Generated
X-LOTUS-BROADCAST:FALSE
X-LOTUS-UPDATE-SEQ:1
X-LOTUS-UPDATE-WISL:$S:1;$L:1;$B:1;$R:1;$E:1;$W:1;$O:1;$M:1;RequiredAttendees:1;INetRequiredNames:1;AltRequiredNames:1;StorageRequiredNames:1;OptionalAttendees:1;INetOptionalNames:1;AltOptionalNames:1;StorageOptionalNames:1
X-LOTUS-NOTESVERSION:2
X-LOTUS-NOTICETYPE:I
X-LOTUS-APPTTYPE:3
X-LOTUS-CHILD-UID:C1257D8E004F2A11C1258C7A0036B9E4
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Landesmuseum Hohenstaufen",
        role="Restaurator/in (m/w/d) Gemälde",
        stage="onsite",
        interviewers="friederike.anselm@landesmuseum-hohenstaufen.example.de;jochen.maurer@landesmuseum-hohenstaufen.example.de",
        trap="lotus-notes-auswahlgespraech-custom-zone-name",
        hiring=False,
    ),
    dict(
        kind="google-spanish-entrevista",
        uid="4h8d2l6q0ms3v9b1n7c5x2k0fr@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + MADRID_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251119T163000
DTEND;TZID=Europe/Madrid:20251119T173000
DTSTAMP:20251112T085047Z
ORGANIZER;CN=Lucía Ortega:mailto:lucia.ortega@fundacionarenal.example.es
UID:4h8d2l6q0ms3v9b1n7c5x2k0fr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Ortega;X-NUM-GUESTS=0:mailto:lucia.ortega@fundacionarenal.examp
 le.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Javier Montero;X-NUM-GUESTS=0:mailto:javier.montero@fundacionarenal.e
 xample.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
CREATED:20251112T085045Z
DESCRIPTION:Estimada Hélène:\n\nTe confirmamos la entrevista para el pues
 to de Conservadora-restauradora de pintura en la Fundación Arenal. Estare
 mos Lucía Ortega (jefa de Conservación) y Javier Montero (director de Col
 ecciones). Hablaremos de tu experiencia con pintura sobre tabla y del plan
  de restauración de la colección de bodegones.\n\nUn saludo\,\nLucía\n\n-
 ::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/hvt-
 mzqb-ncu\n\nMás información sobre Meet: https://support.google.com/a/user
 s/answer/9282720\n\nNo edites esta sección.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nInvita
 ción de Google Calendar: https://calendar.google.com/calendar/\n\nHas reci
 bido este correo electrónico porque eres un invitado del evento.
LAST-MODIFIED:20251112T085046Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Conservadora-restauradora de pintura – Hélène Marchet
 ti-Roux
TRANSP:OPAQUE
X-GOOGLE-CONFERENCE:https://meet.google.com/hvt-mzqb-ncu
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fundación Arenal",
        role="Conservadora-restauradora de pintura",
        stage="hiring_manager",
        interviewers="lucia.ortega@fundacionarenal.example.es;javier.montero@fundacionarenal.example.es",
        trap="spanish-entrevista-google-madrid-zone",
        hiring=False,
    ),
    dict(
        kind="outlook-internal-application",
        uid="040000008200E00074C5B7101A82E008000000007E8F9A0B1C52DC0100000000000000001000000098BA76DC54FE3210AB98CD76EF54A321",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Royer, Sabine":mailto:sabine.royer@atelier-restauration-pari
 s.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marchetti
 -Roux, Hélène":mailto:h.marchetti@atelier-restauration-paris.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dubreuil, An
 toine":mailto:antoine.dubreuil@atelier-restauration-paris.example.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=A
 RP - Petite salle:mailto:arp.petitesalle@atelier-restauration-paris.examp
 le.fr
DESCRIPTION;LANGUAGE=fr-FR:Hélène\,\n\nComme annoncé en réunion d'équipe\,
  nous avons ouvert en interne le poste de coordinateur·rice technique de 
 l'atelier (planification des chantiers\, sécurité et produits\, achats\, 
 suivi des stagiaires). Tu as candidaté : Antoine et moi te recevons pour un
  entretien en bonne et due forme\, comme pour les candidatures externes.\n
 \nMerci de venir avec ta vision du poste pour les 12 premiers mois.\n\nSab
 ine\n
SUMMARY;LANGUAGE=fr-FR:Candidature interne – coordinatrice technique de l'
 atelier – entretien avec les associés
DTSTART;TZID=Romance Standard Time:20251121T090000
DTEND;TZID=Romance Standard Time:20251121T100000
UID:040000008200E00074C5B7101A82E008000000007E8F9A0B1C52DC01000000000000000
 01000000098BA76DC54FE3210AB98CD76EF54A321
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251114T080012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:ARP - Petite salle
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Atelier Restauration Paris",
        role="coordinatrice technique de l'atelier",
        stage="hiring_manager",
        interviewers="sabine.royer@atelier-restauration-paris.example.fr;antoine.dubreuil@atelier-restauration-paris.example.fr",
        trap="internal-application-own-atelier-cn-last-first",
        hiring=False,
    ),
    dict(
        kind="teams-unresolvable-zone",
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B54FDC01000000000000000010000000ACE1357924680BDF1357ACE24680BDF1",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lormeau, Agnès":mailto:agnes.lormeau@musee-lesueur-grandval.e
 xample.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame\,\n\nJe vous propose un premier 
 échange en visio au sujet de votre candidature au poste de chargé(e) de co
 nservation préventive et de restauration.\n\nBien cordialement\,\nAgnès L
 ormeau\nConservatrice en chef\, directrice\nMusée Lesueur-Grandval – Bord
 eaux\n\n________________________________________________________________
 ________________\nRéunion Microsoft Teams\nCliquez ici pour participer à 
 la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZjE
 xZDMtNmI0Ny00MmY1LTljYjctMmI1ZDg4ZTI2MDA3%40thread.v2/0>\nID de la réunio
 n : 391 007 442 118\nCode secret : Fa2mN7\n______________________________
 __________________________________________________\n
SUMMARY;LANGUAGE=fr-FR:Entretien visio – chargé(e) de conservation préven
 tive et de restauration
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251127T1
 73000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251127T181
 500
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B54FDC01000000000000000
 010000000ACE1357924680BDF1357ACE24680BDF1
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T163310Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée Lesueur-Grandval",
        role="chargé(e) de conservation préventive et de restauration",
        stage="hiring_manager",
        interviewers="agnes.lormeau@musee-lesueur-grandval.example.fr",
        trap="utc-label-zone-without-vtimezone-teams-visio",
        hiring=False,
    ),
    dict(
        kind="google-export-handtyped-jury",
        uid="1n5r9c3t7vb0k2m4q6s8w0y2h4@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Hélène perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20251210T130000Z
DTEND:20251210T143000Z
DTSTAMP:20251204T201512Z
UID:1n5r9c3t7vb0k2m4q6s8w0y2h4@google.com
CREATED:20251204T201422Z
DESCRIPTION:Jury : A. Lormeau + M. Dufau (conservateur\, responsable des c
 ollections) + DRH adjointe. Train 9h52 Montparnasse\, retour 18h04. Réfléc
 hir à la question budget restauration externalisée.
LAST-MODIFIED:20251204T201510Z
LOCATION:Musée Lesueur-Grandval\, Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bordeaux – jury Musée L-G 14h
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée Lesueur-Grandval",
        role="",
        stage="onsite",
        interviewers="A. Lormeau;M. Dufau",
        trap="google-export-handtyped-jury-utc-abbreviated-employer",
        hiring=False,
    ),
]
