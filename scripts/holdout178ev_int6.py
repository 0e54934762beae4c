"""holdout178 events, part 6: labs, industry, platform, Brussels and Ghent clinics."""

from holdout178ev_common import iv

EVENTS = [
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="RECRUTEMENT DRH":mailto:recrutement.drh@lenord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=elodie.vasseur.veto@orange.fr:ma
 ilto:elodie.vasseur.veto@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nSuite à l'examen de votre candidature
  au poste de vétérinaire biologiste (catégorie A - contractuel) au Laborato
 ire Départemental d'Analyses du Nord\, vous êtes convoquée à un entretien d
 evant le jury de recrutement composé de :\n- M. Hervé Delattre\, directeur
  du LDA\n- Dr Nadia Kaci\, cheffe du service santé animale\n- un représent
 ant de la DRH\n\nDurée : 40 minutes (10 min de présentation + questions).
 \nMerci de vous munir d'une pièce d'identité.\n\nLa Direction des Ressourc
 es Humaines\n
UID:040000008200E00074C5B7101A82E00800000000C3A1E5F0B84DDC010000000000000000
 10000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-FR:Jury de recrutement - vétérinaire biologiste LDA - M
 me VASSEUR
DTSTART;TZID=Romance Standard Time:20251118T101000
DTEND;TZID=Romance Standard Time:20251118T105000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251031T102200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Hôtel du Département\, 51 rue Gustave Delory\, Lill
 e - salle 214
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E00800000000C3A1E5F0B84DDC010000000000000000"
            "10000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
            "Laboratoire Départemental d'Analyses du Nord", "vétérinaire biologiste", "onsite",
            "M. Hervé Delattre;Dr Nadia Kaci", "public-sector-jury-convocation")],
    ),
    (
        "modernloop",
        r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-0c4f7a92e1d8@modernloop.io
DTSTAMP:20251103T163300Z
DTSTART:20251107T140000Z
DTEND:20251107T153000Z
SUMMARY:Antelia Diagnostics - Panel Interview - Veterinary Pathology Liaison
  (Elodie Vasseur)
ORGANIZER;CN=Antelia Recruiting:mailto:recruiting@antelia-dx.com
ATTENDEE;CN=Elodie Vasseur;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:elodie.vass
 eur.veto@orange.fr
ATTENDEE;CN=Dr. Sarah Whitfield;PARTSTAT=ACCEPTED:mailto:s.whitfield@antelia
 -dx.com
ATTENDEE;CN=Vincent Morand;PARTSTAT=ACCEPTED:mailto:v.morand@antelia-dx.com
ATTENDEE;CN=Kim Oyelaran;PARTSTAT=ACCEPTED:mailto:k.oyelaran@antelia-dx.com
DESCRIPTION:Hi Elodie\,\n\nHere is your panel schedule (times CET):\n15:00-1
 5:30 Dr. Sarah Whitfield - Medical Director\n15:30-16:00 Vincent Morand - S
 ales Director France\n16:00-16:30 Kim Oyelaran - People Partner\n\nGoogle
  Meet: https://meet.google.com/cwe-pxmt-gbl\n\nScheduled with ModernLoop
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("ml-evt-0c4f7a92e1d8@modernloop.io", "Antelia Diagnostics",
            "Veterinary Pathology Liaison", "onsite",
            "s.whitfield@antelia-dx.com;v.morand@antelia-dx.com;k.oyelaran@antelia-dx.com",
            "modernloop-virtual-panel-english")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Dr Fabien Wattez":mailto:direction@veto-saintmaur.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.vas
 seur.veto@orange.fr:mailto:elodie.vasseur.veto@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\nOn fait ça en Teams le soir\, plus s
 imple avec vos horaires.\nFabien\n\n________________________________________
 ________________________________________\nRéunion Microsoft Teams\nRejoindre
  : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE3ZWIy\nID de l
 a réunion : 365 020 771 489  Code secret : Uv3aQ8\nRejoindre par téléphone
  : +33 1 86 99 53 72\,\,184433205# France\, Paris\n_________________________
 _______________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E58A9C0D7C51DC010000000000000000
 100000003F2E1D0C9B8A79685746352413021F0E
SUMMARY;LANGUAGE=fr-FR:Clinique Saint-Maur x E. Vasseur
DTSTART;TZID=Romance Standard Time:20251120T200000
DTEND;TZID=Romance Standard Time:20251120T204500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T182001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E00800000000E58A9C0D7C51DC010000000000000000"
            "100000003F2E1D0C9B8A79685746352413021F0E", "Clinique Vétérinaire Saint-Maur", "",
            "", "direction@veto-saintmaur.fr", "outlook-teams-evening-no-keyword")],
    ),
    (
        "job-platform",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//VetCarrieres//Agenda Candidat//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:vetcarrieres-rdv-20251029-77145@vetcarrieres.fr
DTSTAMP:20251021T120000Z
DTSTART;TZID=Europe/Paris:20251029T183000
DTEND;TZID=Europe/Paris:20251029T191500
SUMMARY:Votre entretien avec Clinique Vétérinaire de Marcq-en-Barœul
ORGANIZER;CN=VetCarrières:mailto:noreply@vetcarrieres.fr
DESCRIPTION:Bonjour Élodie\,\n\nVotre entretien pour l'offre « Vétérinaire
  canin(e) - CDI - 35h » avec le Dr Stéphane Delobel est confirmé.\nLieu : 14
 2 avenue Foch\, 59700 Marcq-en-Barœul\n\nBonne chance !\nL'équipe VetCarri
 ères\, la plateforme emploi des vétérinaires et ASV
LOCATION:142 avenue Foch\, 59700 Marcq-en-Barœul
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        [iv("vetcarrieres-rdv-20251029-77145@vetcarrieres.fr",
            "Clinique Vétérinaire de Marcq-en-Barœul", "Vétérinaire canin(e) - CDI - 35h",
            "hiring_manager", "Dr Stéphane Delobel",
            "job-platform-publish-tzid-without-vtimezone")],
    ),
    (
        "webex",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BRUSSELS@
BEGIN:VEVENT
UID:webex-2741c09e5a3f41b8b6d0e7a1c2f34d59
DTSTAMP:20251024T073000Z
DTSTART;TZID=Europe/Brussels:20251030T124500
DTEND;TZID=Europe/Brussels:20251030T133000
SUMMARY:Entretien - Clinique Vétérinaire Saint-Gilles
ORGANIZER;CN=Pierre Dumont:mailto:pierre.dumont@veto-saintgilles.be
ATTENDEE;CN=elodie.vasseur.veto@orange.fr;RSVP=TRUE:mailto:elodie.vasseur.v
 eto@orange.fr
ATTENDEE;CN=Fatima El Amrani:mailto:fatima.elamrani@veto-saintgilles.be
DESCRIPTION:Pierre Dumont vous invite à une réunion Webex.\n\nRejoindre la
  réunion : https://vetosaintgilles.webex.com/meet/pierre.dumont\nNuméro de
  la réunion : 2375 884 0196\nMot de passe : Chien2025\n\nRejoindre par tél
 éphone : +32-2-894-8357 Belgique\nCode d'accès : 2375 884 0196\n\nOrdre du
  jour : présentation de la clinique\, vos questions\, disponibilités (nous
  cherchons quelqu'un pour nonante pour cent du temps\, dès janvier).
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("webex-2741c09e5a3f41b8b6d0e7a1c2f34d59", "Clinique Vétérinaire Saint-Gilles", "",
            "", "pierre.dumont@veto-saintgilles.be;fatima.elamrani@veto-saintgilles.be",
            "webex-belgian-nonante-boilerplate")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Marc";SENT-BY="mailto:secretariat.direction@hvbs.be":
 mailto:marc.dubois@hvbs.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.vas
 seur.veto@orange.fr:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hermans, Isab
 elle":mailto:isabelle.hermans@hvbs.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Secretari
 at Direction":mailto:secretariat.direction@hvbs.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="HVBS - Salle d
 u Conseil (1er)":mailto:salle.conseil@hvbs.be
DESCRIPTION;LANGUAGE=fr-BE:Madame\,\n\nNous avons le plaisir de vous convier
  à un dernier entretien pour le poste de Responsable de clinique (site d'An
 derlecht) avec M. Marc Dubois\, administrateur délégué\, et le Dr Isabelle
  Hermans\, directrice médicale.\n\nSecrétariat de direction\nHôpital Vétér
 inaire Bruxelles-Sud\n
UID:040000008200E00074C5B7101A82E0080000000096C2A7E4B162DC01000000000000000010
 000000E0D1C2B3A4958677685940312A1B0C9D
SUMMARY;LANGUAGE=fr-BE:Entretien final - Responsable de clinique - Mme Vass
 eur
DTSTART;TZID=Romance Standard Time:20251203T160000
DTEND;TZID=Romance Standard Time:20251203T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T093044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:HVBS - Salle du Conseil (1er)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E0080000000096C2A7E4B162DC01000000000000000010"
            "000000E0D1C2B3A4958677685940312A1B0C9D", "Hôpital Vétérinaire Bruxelles-Sud",
            "Responsable de clinique", "final",
            "marc.dubois@hvbs.be;isabelle.hermans@hvbs.be",
            "outlook-final-sent-by-secretariat-room")],
    ),
    (
        "zoom-cancel",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:ZOOM87120944310-flagey
DTSTAMP:20251111T083000Z
DTSTART:20251113T170000Z
DTEND:20251113T174500Z
SUMMARY:Annulé : Entretien vétérinaire - Clinique Flagey / É. Vasseur
ORGANIZER;CN=Laurence Thys:mailto:l.thys@clinique-flagey.be
ATTENDEE;CN=elodie.vasseur.veto@orange.fr:mailto:elodie.vasseur.veto@orange.
 fr
DESCRIPTION:Bonjour Élodie\, je suis désolée\, nous avons finalement pourvu
  le poste en interne. Je garde votre CV.\nLaurence\n\nRéunion Zoom : https:
 //us02web.zoom.us/j/87120944310
LOCATION:https://us02web.zoom.us/j/87120944310
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        [iv("ZOOM87120944310-flagey", "Clinique Vétérinaire Ixelles-Flagey",
            "vétérinaire", "", "l.thys@clinique-flagey.be", "zoom-method-cancel-position-filled")],
    ),
    (
        "goto-meeting",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BRUSSELS@
BEGIN:VEVENT
UID:goto-512-338-917-20251119
DTSTAMP:20251112T160000Z
DTSTART;TZID=Europe/Brussels:20251119T190000
DTEND;TZID=Europe/Brussels:20251119T194500
SUMMARY:Tweede gesprek Elodie - praktijk Sint-Amandsberg
ORGANIZER;CN=Jan Vanhecke:mailto:jan@dap-sintamandsberg.be
ATTENDEE;CN=elodie.vasseur.veto@orange.fr;RSVP=TRUE:mailto:elodie.vasseur.v
 eto@orange.fr
ATTENDEE;CN=Eline Vanhecke:mailto:eline@dap-sintamandsberg.be
DESCRIPTION:Dag Elodie\, nog een kort online gesprek met Eline en mij over
  het contract (zelfstandige of bediende) en de startdatum.\n\nDeelnemen v
 ia computer\, tablet of smartphone:\nhttps://meet.goto.com/512338917\n\nU
  kunt ook inbellen via telefoon:\nBelgië: +32 28 93 7018\nToegangscode:
  512-338-917
LOCATION:GoTo Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("goto-512-338-917-20251119", "Dierenartsenpraktijk Sint-Amandsberg", "", "",
            "jan@dap-sintamandsberg.be;eline@dap-sintamandsberg.be",
            "goto-dutch-tweede-gesprek-contract")],
    ),
    (
        "desktop-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
BEGIN:VEVENT
CREATED:20251118T211502Z
LAST-MODIFIED:20251118T211544Z
DTSTAMP:20251118T211544Z
UID:3c9e5a71-8d4f-4b02-a6e1-f0b7c2d8e934
SUMMARY:Entretien Capucins (Dr Ferrand)
DTSTART:20251126T174500
DTEND:20251126T184500
LOCATION:Clinique des Capucins\, Montpellier (visio Whatsapp)
DESCRIPTION:elle rappelle sur WhatsApp après ses consults.\nprépa: chiffres
  CA/véto\, ratio ASV\, matériel écho ?
END:VEVENT
END:VCALENDAR
""",
        [iv("3c9e5a71-8d4f-4b02-a6e1-f0b7c2d8e934", "Clinique Vétérinaire des Capucins", "",
            "", "Dr Ferrand", "thunderbird-floating-whatsapp-call")],
    ),
    (
        "ashby",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-6e0f2a9b-1c7d-4835-b94e-a3d2f0c81e57
DTSTAMP:20251029T101010Z
DTSTART:20251105T093000Z
DTEND:20251105T100000Z
SUMMARY:Élodie Vasseur <> Croquettes Origine - Intro call
ORGANIZER;CN=Croquettes Origine Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Élodie Vasseur;RSVP=TRUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Anaïs Girard:mailto:anais@croquettes-origine.fr
DESCRIPTION:Hello Élodie !\n\nPremier échange de 30 min avec Anaïs Girard (T
 alent & People) pour le poste de Vétérinaire Nutrition & Formulation.\n\nJ
 oin: https://meet.google.com/ahb-rkxs-tmq\n\nNeed to reschedule? https://a
 pp.ashbyhq.com/reschedule/6e0f2a9b
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("ashby-interview-event-6e0f2a9b-1c7d-4835-b94e-a3d2f0c81e57", "Croquettes Origine",
            "Vétérinaire Nutrition & Formulation", "recruiter_screen",
            "anais@croquettes-origine.fr", "ashby-intro-call-petfood-startup")],
    ),
    (
        "icims",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-cal-2025-38810-2214@icims.com
DTSTAMP:20251113T150000Z
DTSTART:20251121T083000Z
DTEND:20251121T093000Z
SUMMARY:Entretien technique - Vétérinaire Technique Animaux de Compagnie (Rég
 ion Nord) - Ceva Santé Animale
ORGANIZER;CN=Ceva Careers:mailto:careers-ceva@talent.icims.com
ATTENDEE;CN=Elodie Vasseur;RSVP=TRUE:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;CN=Dr Grégoire Lalande:mailto:gregoire.lalande@ceva.com
ATTENDEE;CN=Dr Emma Kowalski:mailto:emma.kowalski@ceva.com
DESCRIPTION:Madame Vasseur\,\n\nVous êtes attendue pour un entretien techniq
 ue (cas cliniques dermatologie et parasitologie\, présentation d'un produit
  à une équipe vétérinaire) avec le Dr Lalande et le Dr Kowalski.\n\nTeams :
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2V2YTQx\n\nCeva Sa
 nté Animale - Talent Acquisition
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("icims-cal-2025-38810-2214@icims.com", "Ceva Santé Animale",
            "Vétérinaire Technique Animaux de Compagnie (Région Nord)", "technical",
            "gregoire.lalande@ceva.com;emma.kowalski@ceva.com", "icims-technical-clinical-cases")],
    ),
]
