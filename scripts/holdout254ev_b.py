# ruff: noqa: E501, W291, W293, RUF100
"""holdout254 events, part B: the user's own job interviews (Paris, Brussels, banks, research centre)."""

from holdout254ev_zones import BRUSSELS, PARIS, ROMANCE, UTC_PLUS1_FR, WEUROPE

FORMS = {
    "Delacroix-Marchand Notaires": "Delacroix-Marchand|Delacroix Marchand|Étude Delacroix-Marchand",
    "Villiers Sainte-Croix Notaires": "Villiers Sainte-Croix|Villiers Ste-Croix|VSC Notaires",
    "Monceau Notaires Associés": "Monceau Notaires|Monceau",
    "Banque Privée Armor & Loire": "BPAL|Armor & Loire|Banque Armor et Loire|Banque Privée Armor et Loire",
    "Vanderstraeten & Lambert": "Vanderstraeten|Vanderstraeten et Lambert|Étude Vanderstraeten & Lambert",
    "Notaires du Sablon": "Sablon|Notaires associés du Sablon",
    "Étude Aubert-Lenoir": "Aubert-Lenoir|Aubert Lenoir|Me Aubert-Lenoir",
    "Crédit Maritime Patrimoine": "Crédit Maritime|Credit Maritime Patrimoine|CMP",
    "Quintessence Family Office": "Quintessence",
    "Saint-Honoré Notaires": "Saint-Honoré|St-Honoré Notaires|Saint Honore Notaires",
    "Office notarial des Batignolles": "Batignolles|Notaires des Batignolles",
    "CRJN Ouest": "Centre de recherche juridique du notariat de l'Ouest|CRJN",
    "Haussmann Notaires Associés": "Haussmann Notaires|Haussmann",
    "Banque du Grand Ouest": "BGO|Grand Ouest",
    "Dewulf, Peeters & Collignon": "Dewulf Peeters Collignon|Dewulf|Étude Dewulf",
    "Quai Voltaire Notaires": "Quai Voltaire",
    "Madeleine Notaires": "Madeleine|Notaires de la Madeleine",
}

EVENTS = [
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E00800000000F00DCAFE119BDC0100000000000000001000000012ABCDEF34567890ABCDEF1234567890",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN="Marchand, Édouard";RSVP=TRUE:mailto:e.marchand@delacroix-marchand.notaires.fr
CLASS:PUBLIC
CREATED:20260210T164400Z
DESCRIPTION:Monsieur\,\n\nMe Édouard Marchand souhaite s'entretenir avec v
 ous en visioconférence au sujet du poste de clerc principal – droit de la
  famille (Paris 8e).\n\n_____________________________________________________
 ___________________________\nRéunion Microsoft Teams\nRejoindre : https://
 teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk1YjM2@thread.v2/0\nID de
  réunion : 372 118 450 096\nCode secret : 8bTq2P\nAppel audio uniquement
 \n+33 1 70 00 00 00\,\,902114477# France\, Paris\n____________________________
 ____________________________________________________\n
DTEND;TZID="Romance Standard Time":20260218T124500
DTSTAMP:20260210T164400Z
DTSTART;TZID="Romance Standard Time":20260218T120000
LAST-MODIFIED:20260210T164400Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Delacroix, Sybille";SENT-BY="mailto:secretariat@delacroix-marchand.notaires.fr":mailto:s.delacroix@delacroix-marchand.notaires.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Visio – candidature clerc principal famille
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F00DCAFE119BDC0100000000000000001000000012ABCDEF34567890ABCDEF1234567890
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk1YjM2@thread.v2/0
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Delacroix-Marchand Notaires", role="clerc principal – droit de la famille",
        stage="hiring_manager", interviewers="e.marchand@delacroix-marchand.notaires.fr",
        trap="organizer-not-interviewer-sent-by-secretariat", hiring=False,
    ),
    dict(
        kind="outlook-reschedule",
        uid="040000008200E00074C5B7101A82E0080000000021BC43DE659BDC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN="Marchand, Édouard";RSVP=TRUE:mailto:e.marchand@delacroix-marchand.notaires.fr
ATTENDEE;CN="Delacroix, Sybille";RSVP=TRUE:mailto:s.delacroix@delacroix-marchand.notaires.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Salle Malesherbes (8 pers.)":mailto:salle.malesherbes@delacroix-marchand.notaires.fr
CLASS:PUBLIC
CREATED:20260223T101500Z
DESCRIPTION:Monsieur\,\n\nÀ la demande de Me Delacroix\, le rendez-vous es
 t décalé au jeudi 12 mars à 15h (au lieu du 5 mars). Rencontre avec les d
 eux associés à l'étude\, 41 boulevard Malesherbes\, 75008 Paris.\n\nLe sec
 rétariat\n
DTEND;TZID="Romance Standard Time":20260312T163000
DTSTAMP:20260302T092000Z
DTSTART;TZID="Romance Standard Time":20260312T150000
LAST-MODIFIED:20260302T092000Z
LOCATION:Salle Malesherbes (8 pers.)
ORGANIZER;CN="Delacroix, Sybille";SENT-BY="mailto:secretariat@delacroix-marchand.notaires.fr":mailto:s.delacroix@delacroix-marchand.notaires.fr
PRIORITY:5
SEQUENCE:2
SUMMARY;LANGUAGE=fr-FR:Mis à jour : Rencontre associés – M. Prigent (clerc principal)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000021BC43DE659BDC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Delacroix-Marchand Notaires", role="clerc principal", stage="final",
        interviewers="e.marchand@delacroix-marchand.notaires.fr;s.delacroix@delacroix-marchand.notaires.fr",
        trap="rescheduled-sequence-2-room-attendee", hiring=False,
    ),
    dict(
        kind="agency-google-invite",
        uid="1jnr7v4c0s8e3w6a2q9m5t1k8y@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260220T080000Z
DTEND:20260220T084500Z
DTSTAMP:20260216T141000Z
ORGANIZER;CN=Capucine Roy-Barbier:mailto:capucine@juris-notariat-recrutement.fr
UID:1jnr7v4c0s8e3w6a2q9m5t1k8y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.prigent44@orange.fr;X-NUM-GUESTS=0:mailto:guillaume.prige
 nt44@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Capucine Roy-Barbier;X-NUM-GUESTS=0:mailto:capucine@juris-notariat-recr
 utement.fr
CREATED:20260216T140959Z
DESCRIPTION:Bonjour Guillaume\,\n\nRavie de notre premier contact. Comme p
 romis\, qualification de votre candidature pour le poste de <b>notaire ass
 istant en droit immobilier</b> chez notre client <b>Villiers Sainte-Croix 
 Notaires</b> (Paris 17e\, 9 associés). Prévoyez votre dernier bulletin de 
 salaire et vos disponibilités.\n\nCapucine – Juris Notariat Recrutement\n\n
 Rejoindre avec Google Meet : https://meet.google.com/jnr-capu-vsc
LAST-MODIFIED:20260216T141000Z
LOCATION:https://meet.google.com/jnr-capu-vsc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Qualification candidature – Notaire assistant immobilier (client Vi
 lliers Sainte-Croix)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Villiers Sainte-Croix Notaires", role="notaire assistant en droit immobilier",
        stage="recruiter_screen", interviewers="capucine@juris-notariat-recrutement.fr",
        trap="agency-qualification-client-named", hiring=False,
    ),
    dict(
        kind="teams-case-study",
        uid="040000008200E00074C5B7101A82E0080000000031415926539BDC01000000000000000010000000271828182845904523536028747135AB",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Recrutement VSC:mailto:recrutement@villiers-saintecroix-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Guillaume Prigent:mailto:guillaume.prigent44@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thibault Ferrand:mailto:t.ferrand@villiers-saintecroix-notaires.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Capucine Roy-Barbier:mailto:capucine@juris-notariat-recrutement.fr
DESCRIPTION;LANGUAGE=fr-FR:Cas pratique à distance (1h30) : analyse d'un 
 dossier de vente en l'état futur d'achèvement avec copropriété et servitu
 des\, restitution orale devant Me Thibault Ferrand\, notaire associé.\nLe 
 dossier vous sera adressé par e-mail 15 minutes avant le début.\n\nRejoind
 re la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_VlNDY2FzZQ@thread.v2/0\n
SUMMARY;LANGUAGE=fr-FR:VSC – Cas pratique VEFA / copropriété – G. Prigent
DTSTART;TZID=Romance Standard Time:20260303T090000
DTEND;TZID=Romance Standard Time:20260303T103000
UID:040000008200E00074C5B7101A82E0080000000031415926539BDC01000000000000000010000000271828182845904523536028747135AB
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260225T121212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Villiers Sainte-Croix Notaires", role="", stage="technical",
        interviewers="t.ferrand@villiers-saintecroix-notaires.fr", trap="windows-zone-no-vtimezone-case-study-agency-cc",
        hiring=False,
    ),
    dict(
        kind="exchange-invite",
        uid="040000008200E00074C5B7101A82E008000000006A6B6C6D6E9BDC0100000000000000001000000010293847566574839201AABBCCDDEEFF",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Recrutement VSC:mailto:recrutement@villiers-saintecroix-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Guillaume Prigent:mailto:guillaume.prigent44@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thibault Ferrand:mailto:t.ferrand@villiers-saintecroix-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Isaure de Villiers:mailto:i.devilliers@villiers-saintecroix-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc-Antoine Sainte-Croix:mailto:ma.saintecroix@villiers-saintecroix-notaires.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=Salle du Conseil:mailto:salle.conseil@villiers-saintecroix-notaires.fr
DESCRIPTION;LANGUAGE=fr-FR:Rencontre avec le comité des associés (dernièr
 e étape). 88 avenue de Villiers\, 75017 Paris – se présenter à l'accueil 
 au 3e étage.\n
SUMMARY;LANGUAGE=fr-FR:Comité des associés – candidature G. Prigent
DTSTART;TZID=Romance Standard Time:20260317T173000
DTEND;TZID=Romance Standard Time:20260317T183000
UID:040000008200E00074C5B7101A82E008000000006A6B6C6D6E9BDC0100000000000000001000000010293847566574839201AABBCCDDEEFF
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260310T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle du Conseil
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Villiers Sainte-Croix Notaires", role="", stage="final",
        interviewers="t.ferrand@villiers-saintecroix-notaires.fr;i.devilliers@villiers-saintecroix-notaires.fr;ma.saintecroix@villiers-saintecroix-notaires.fr",
        trap="partners-committee-room-resource", hiring=False,
    ),
    dict(
        kind="flatchr-invite",
        uid="flatchr-meeting-5c2e91f0a7@flatchr.example.io",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr Calendar//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-meeting-5c2e91f0a7@flatchr.example.io
DTSTAMP:20260302T104522Z
DTSTART:20260309T150000Z
DTEND:20260309T154500Z
SUMMARY:Entretien visio – Clerc de notaire confirmé (H/F) – Monceau Notaire
 s Associés
DESCRIPTION:Bonjour Guillaume\,\n\nVous avez rendez-vous avec Constance Ler
 oy-Vidal (notaire associée) et Paul Henrion (responsable du pôle immobilie
 r).\nLien de la visio : https://zoom.us/j/98877766655?pwd=TW9uY2VhdQ\n\nCe
 t événement a été généré par Flatchr pour le compte de Monceau Notaires As
 sociés.
ORGANIZER;CN=Monceau Notaires Associés:mailto:jobs@monceau-notaires.fr
ATTENDEE;CN=Guillaume Prigent;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Constance Leroy-Vidal:mailto:c.leroyvidal@monceau-notaires.fr
ATTENDEE;CN=Paul Henrion:mailto:p.henrion@monceau-notaires.fr
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Monceau Notaires Associés", role="Clerc de notaire confirmé (H/F)", stage="hiring_manager",
        interviewers="c.leroyvidal@monceau-notaires.fr;p.henrion@monceau-notaires.fr", trap="french-ats-zoom-two-interviewers",
        hiring=False,
    ),
    dict(
        kind="workday-invite",
        uid="WD-INTV-2026-000418372@bpal.wd3.myworkdayjobs.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-2026-000418372@bpal.wd3.myworkdayjobs.example.com
DTSTAMP:20260224T093000Z
DTSTART:20260302T100000Z
DTEND:20260302T103000Z
SUMMARY:Interview: Ingénieur Patrimonial Senior (F/H) - R0007731 - Guillaum
 e Prigent
DESCRIPTION:Interview Type: Phone Screen / Pré-qualification RH\nJob Requi
 sition: R0007731 Ingénieur Patrimonial Senior (F/H) - Pôle Ingénierie Patr
 imoniale - Nantes\nInterviewer: Mélanie Guillou (Talent Acquisition)\n\nBo
 njour\, Mélanie Guillou vous contactera au numéro indiqué dans votre candi
 dature.\n\nBanque Privée Armor & Loire - This message was sent from Workda
 y.
ORGANIZER;CN=Banque Privée Armor & Loire Recrutement:mailto:bpal@myworkday.example.com
ATTENDEE;CN=Guillaume Prigent;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Banque Privée Armor & Loire", role="Ingénieur Patrimonial Senior (F/H)",
        stage="recruiter_screen", interviewers="Mélanie Guillou", trap="workday-bilingual-name-only-interviewer",
        hiring=False,
    ),
    dict(
        kind="workday-invite",
        uid="WD-INTV-2026-000421907@bpal.wd3.myworkdayjobs.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-2026-000421907@bpal.wd3.myworkdayjobs.example.com
DTSTAMP:20260306T151000Z
DTSTART:20260313T080000Z
DTEND:20260313T113000Z
SUMMARY:Assessment Center - Ingénieur Patrimonial Senior (F/H) - R0007731
DESCRIPTION:Interview Type: Assessment Center\nLocation: Banque Privée Arm
 or & Loire\, 6 cours des Cinquante Otages\, Nantes - 4e étage\n\nProgramme
  :\n08:45 Accueil\n09:00 Étude de cas patrimoniale (transmission d'entrep
 rise\, démembrement\, assurance-vie) - 1h30\n10:30 Présentation orale devan
 t le jury\n11:15 Entretien individuel\n\nJury : Henri Quéméneur (Directeur 
 Ingénierie Patrimoniale) henri.quemeneur@bpal-banque.fr\; Anne-Sophie Roux
  (Banquière privée senior) annesophie.roux@bpal-banque.fr\n\nThis message 
 was sent from Workday.
ORGANIZER;CN=Banque Privée Armor & Loire Recrutement:mailto:bpal@myworkday.example.com
ATTENDEE;CN=Guillaume Prigent;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
LOCATION:6 cours des Cinquante Otages\, Nantes
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Banque Privée Armor & Loire", role="Ingénieur Patrimonial Senior (F/H)", stage="onsite",
        interviewers="henri.quemeneur@bpal-banque.fr;annesophie.roux@bpal-banque.fr",
        trap="assessment-centre-jury-in-description", hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000B1B2B3B4B59BDC0100000000000000001000000077665544332211009988AABBCCDDEEFF",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WEUROPE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN="Le Nours, Frédéric";RSVP=TRUE:mailto:frederic.lenours@bpal-banque.fr
CLASS:PUBLIC
CREATED:20260319T080000Z
DESCRIPTION:Bonjour Monsieur Prigent\,\n\nFrédéric Le Nours\, Directeur de
  la Banque Privée\, souhaite vous rencontrer pour un dernier entretien (p
 oste R0007731).\n\nMélanie Guillou\nTalent Acquisition\n
DTEND;TZID="W. Europe Standard Time":20260326T100000
DTSTAMP:20260319T080000Z
DTSTART;TZID="W. Europe Standard Time":20260326T091500
LAST-MODIFIED:20260319T080000Z
LOCATION:Siège BPAL\, 6 cours des Cinquante Otages\, Nantes
ORGANIZER;CN="Guillou, Mélanie":mailto:melanie.guillou@bpal-banque.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien final – M. Prigent / F. Le Nours
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B1B2B3B4B59BDC0100000000000000001000000077665544332211009988AABBCCDDEEFF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Banque Privée Armor & Loire", role="", stage="final",
        interviewers="frederic.lenours@bpal-banque.fr", trap="bank-final-coordinator-organizer", hiring=False,
    ),
    dict(
        kind="teams-invite-belgium",
        uid="040000008200E00074C5B7101A82E00800000000BE1B2C3D4E9BDC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{UTC_PLUS1_FR}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN="Lambert, Delphine";RSVP=TRUE:mailto:delphine.lambert@vdsl-notaires.be
CLASS:PUBLIC
CREATED:20260226T131400Z
DESCRIPTION:Cher Monsieur\,\n\nJe vous remercie pour votre candidature au
  poste de collaborateur juridique (droit notarial – immobilier et famille)
  au sein de notre étude à Ixelles. Votre expérience française nous intére
 sse : je vous propose un premier entretien par Teams\, d'une quarantaine
  de minutes. Vous pouvez me joindre sur mon GSM au +32 470 00 72 15.\n\nBi
 en à vous\,\nDelphine Lambert\, notaire associée\nVanderstraeten & Lambe
 rt\, notaires associés\n\nRéunion Microsoft Teams\nhttps://teams.microsof
 t.com/l/meetup-join/19%3ameeting_VkRTTA@thread.v2/0\n
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260305T094000
DTSTAMP:20260226T131400Z
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260305T090000
LAST-MODIFIED:20260226T131400Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Lambert, Delphine":mailto:delphine.lambert@vdsl-notaires.be
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-BE:Entretien Teams – collaborateur juridique – M. Prigent
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000BE1B2C3D4E9BDC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Vanderstraeten & Lambert", role="collaborateur juridique (droit notarial – immobilier et famille)",
        stage="hiring_manager", interviewers="delphine.lambert@vdsl-notaires.be", trap="belgian-french-utc-label-zone",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="6h2k8m4p0r6t2v8x4z0b6d2f8h@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Guillaume perso
X-WR-TIMEZONE:Europe/Paris
{BRUSSELS}BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20260320T140000
DTEND;TZID=Europe/Brussels:20260320T160000
DTSTAMP:20260401T060000Z
UID:6h2k8m4p0r6t2v8x4z0b6d2f8h@google.com
CREATED:20260310T192002Z
DESCRIPTION:2e entretien à l'étude (chaussée d'Ixelles). Me Lambert + Me V
 anderstraeten père. Thalys 10h16 Paris-Nord\, retour 18h.\nQuestions : st
 atut (indépendant ou employé ?)\, équivalence diplôme\, candidat-notaire ?
LAST-MODIFIED:20260310T192044Z
LOCATION:Chaussée d'Ixelles 210\, 1050 Ixelles\, Belgique
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bruxelles - 2e entretien V&L
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Vanderstraeten & Lambert", role="", stage="final",
        interviewers="Me Lambert;Me Vanderstraeten", trap="google-export-calname-abbreviated-employer", hiring=False,
    ),
    dict(
        kind="agency-outlook-invite",
        uid="LEGIS-TALENT-BXL-7781-20260311",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="guillaume.prigent44@orange.fr";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
CLASS:PUBLIC
CREATED:20260306T101010Z
DESCRIPTION:Bonjour Guillaume\,\n\nSuite à notre conversation\, je vous co
 nfirme notre entretien de présélection pour le poste de juriste-rédacteur
  (temps plein\, septante pour cent immobilier) chez notre client\, l'étud
 e Notaires du Sablon à Bruxelles. Nous parlerons aussi de la reconnaissan
 ce de votre diplôme en Belgique.\n\nKevin Dubois\nLegis Talent – Recrutem
 ent juridique Bruxelles\nGSM : +32 478 00 31 62\n
DTEND;TZID="Romance Standard Time":20260311T174500
DTSTAMP:20260306T101010Z
DTSTART;TZID="Romance Standard Time":20260311T171500
LAST-MODIFIED:20260306T101010Z
LOCATION:Appel Teams
ORGANIZER;CN="Dubois, Kevin":mailto:kevin.dubois@legistalent.be
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-BE:Présélection – juriste-rédacteur – Notaires du Sablon (Legis Talent)
TRANSP:OPAQUE
UID:LEGIS-TALENT-BXL-7781-20260311
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Notaires du Sablon", role="juriste-rédacteur", stage="recruiter_screen",
        interviewers="kevin.dubois@legistalent.be", trap="belgian-agency-names-client", hiring=False,
    ),
    dict(
        kind="calendly-invite",
        uid="calendly-0a9f8e7d6c5b4a39@calendly.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-0a9f8e7d6c5b4a39@calendly.example.com
DTSTAMP:20260305T201500Z
DTSTART:20260310T113000Z
DTEND:20260310T114500Z
SUMMARY:Guillaume Prigent and Béatrice Aubert-Lenoir
DESCRIPTION:Event Name: Entretien téléphonique – candidature clerc princip
 al (15 min)\n\nPlease call Guillaume Prigent at +33 6 12 48 37 90.\n\nNeed
  to make changes to this event?\nCancel: https://calendly.com/cancellation
 s/0a9f8e7d6c5b4a39\nReschedule: https://calendly.com/reschedulings/0a9f8e
 7d6c5b4a39\n\nPowered by Calendly.com
ORGANIZER;CN=Béatrice Aubert-Lenoir:mailto:b.aubert-lenoir@aubert-lenoir-notaire.fr
ATTENDEE;CN=Guillaume Prigent;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Béatrice Aubert-Lenoir;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:b.aubert-lenoir@aubert-lenoir-notaire.fr
LOCATION:+33 6 12 48 37 90
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Étude Aubert-Lenoir", role="clerc principal", stage="hiring_manager",
        interviewers="b.aubert-lenoir@aubert-lenoir-notaire.fr", trap="calendly-names-only-summary", hiring=False,
    ),
    dict(
        kind="successfactors-invite",
        uid="SFINT-cmp-000098812-3",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SFINT-cmp-000098812-3
DTSTAMP:20260311T080500Z
DTSTART:20260318T090000Z
DTEND:20260318T100000Z
SUMMARY:Entretien - Juriste Ingénierie Patrimoniale F/H (Réf. 98812) - Cré
 dit Maritime Patrimoine
DESCRIPTION:Madame\, Monsieur\,\n\nNous avons le plaisir de vous confirmer
  votre entretien avec :\n- Stéphane Cadoret\, Responsable du Pôle Ingénie
 rie Patrimoniale (stephane.cadoret@credit-maritime-patrimoine.fr)\n\nLieu 
 : Microsoft Teams (le lien vous sera communiqué la veille)\n\nCet e-mail e
 st généré automatiquement par SAP SuccessFactors. Merci de ne pas y répon
 dre.
ORGANIZER;CN=Crédit Maritime Patrimoine - Recrutement:mailto:noreply-recrutement@credit-maritime-patrimoine.fr
ATTENDEE;CN=Guillaume Prigent;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Stéphane Cadoret:mailto:stephane.cadoret@credit-maritime-patrimoine.fr
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Crédit Maritime Patrimoine", role="Juriste Ingénierie Patrimoniale F/H",
        stage="hiring_manager", interviewers="stephane.cadoret@credit-maritime-patrimoine.fr",
        trap="successfactors-noreply-organizer", hiring=False,
    ),
    dict(
        kind="greenhouse-invite",
        uid="greenhouse-interview-4418829003@quintessence-fo.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse//Greenhouse Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-4418829003@quintessence-fo.example.com
DTSTAMP:20260316T140000Z
DTSTART:20260323T160000Z
DTEND:20260323T164500Z
SUMMARY:Interview: Guillaume Prigent for Wealth Structuring Counsel (Ingéni
 eur patrimonial)
DESCRIPTION:Hi Guillaume\,\n\nYou're confirmed for an interview with Quin
 tessence Family Office.\n\nInterviewers:\nOriane Beaumanoir - Head of Wea
 lth Structuring\nSamuel Katz - Partner\n\nVideo: https://quintessence-fo.
 zoom.us/j/81122233344\n\nPlease note the time is shown in your local tim
 e zone.\n\nPowered by Greenhouse
ORGANIZER;CN=Quintessence Recruiting:mailto:no-reply@greenhouse.example.io
ATTENDEE;CN=Guillaume Prigent;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Quintessence Family Office", role="Wealth Structuring Counsel (Ingénieur patrimonial)",
        stage="hiring_manager", interviewers="Oriane Beaumanoir;Samuel Katz", trap="english-greenhouse-names-only",
        hiring=False,
    ),
    dict(
        kind="welcome-kit-invite",
        uid="wttj-interview-77c1e2d3@welcomekit.example.co",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:wttj-interview-77c1e2d3@welcomekit.example.co
DTSTAMP:20260317T110000Z
DTSTART;TZID=Europe/Paris:20260325T100000
DTEND;TZID=Europe/Paris:20260325T110000
SUMMARY:Entretien avec Saint-Honoré Notaires – Notaire assistant droit des 
 affaires & immobilier (F/H)
DESCRIPTION:Bonjour Guillaume\,\n\nVotre entretien avec Saint-Honoré Nota
 ires est confirmé.\nVous rencontrerez : Alix Marchetti (notaire associée)
  – alix.marchetti@sthonore-notaires.fr\n\nAdresse : 230 rue Saint-Honoré\,
  75001 Paris\n\nÀ très vite !\nL'équipe Welcome to the Jungle
ORGANIZER;CN=Saint-Honoré Notaires:mailto:notifications@welcomekit.example.co
ATTENDEE;CN=Guillaume Prigent;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
LOCATION:230 rue Saint-Honoré\, 75001 Paris
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Saint-Honoré Notaires", role="Notaire assistant droit des affaires & immobilier (F/H)",
        stage="hiring_manager", interviewers="alix.marchetti@sthonore-notaires.fr",
        trap="tzid-without-vtimezone-wttj", hiring=False,
    ),
    dict(
        kind="apple-hand-typed",
        uid="9B8A7C6D-5E4F-4321-8765-A9B8C7D6E5F4",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260312T121200Z
UID:9B8A7C6D-5E4F-4321-8765-A9B8C7D6E5F4
DTEND:20260320T153000
TRANSP:OPAQUE
SUMMARY:entretien Me Rousseau 14h30 Batignolles
LAST-MODIFIED:20260312T121200Z
DTSTAMP:20260312T121200Z
DTSTART:20260320T143000
LOCATION:rue des Batignolles\, Paris 17
DESCRIPTION:clerc successions / ligne 13 Rome
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Office notarial des Batignolles", role="clerc successions", stage="",
        interviewers="Me Rousseau", trap="floating-hand-typed-paris-same-day", hiring=False,
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-86644221100-20260312@zoom.us",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{PARIS}BEGIN:VEVENT
DTSTAMP:20260306T090000Z
DTSTART;TZID=Europe/Paris:20260312T103000
DTEND;TZID=Europe/Paris:20260312T113000
SUMMARY:CRJN Ouest - entretien juriste consultant (G. Prigent)
UID:zoom-86644221100-20260312@zoom.us
TZID:Europe/Paris
DESCRIPTION:Corentin Le Floc'h vous invite à une réunion Zoom planifiée.\n
 \nEntretien pour le poste de juriste consultant (service consultations –
  droit patrimonial de la famille). Participants : Corentin Le Floc'h (dir
 ecteur des consultations)\, Dr Marianne Kerjean (juriste senior).\n\nParti
 ciper à la réunion Zoom\nhttps://us06web.zoom.us/j/86644221100?pwd=Q1JKTk
 91ZXN0\n\nID de réunion : 866 4422 1100\nCode secret : 415263\n
LOCATION:https://us06web.zoom.us/j/86644221100?pwd=Q1JKTk91ZXN0
ORGANIZER;CN=Corentin Le Floc'h:mailto:c.lefloch@crjn-ouest.fr
ATTENDEE;CN=Guillaume Prigent;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN=Marianne Kerjean:mailto:m.kerjean@crjn-ouest.fr
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="CRJN Ouest", role="juriste consultant", stage="hiring_manager",
        interviewers="c.lefloch@crjn-ouest.fr;m.kerjean@crjn-ouest.fr", trap="research-centre-employer-not-research-interview",
        hiring=False,
    ),
    dict(
        kind="thunderbird-event",
        uid="c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260316T183000Z
LAST-MODIFIED:20260316T183000Z
DTSTAMP:20260316T183000Z
UID:c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f
SUMMARY:CRJN : consultation écrite à rendre (épreuve) - 3h en ligne
DTSTART:20260323T090000Z
DTEND:20260323T120000Z
DESCRIPTION:Sujet envoyé à 10h par M. Le Floc'h : rédiger une consultation
  (rapport civil\, réserve\, libéralités entre époux). Rendu PDF avant 13h.
LOCATION:maison
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="CRJN Ouest", role="", stage="technical",
        interviewers="", trap="take-home-written-test-no-attendees", hiring=False,
    ),
    dict(
        kind="agency-outlook-invite",
        uid="NOTARIA-RH-EVT-2026-0323-GP",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="guillaume.prigent44@orange.fr";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
CLASS:PUBLIC
CREATED:20260319T113000Z
DESCRIPTION:Bonjour Guillaume\,\n\nJe vous confirme notre entretien (visio
 ) concernant le poste de clerc principal – pôle successions chez Haussman
 n Notaires Associés\, Paris 9e\, pour lequel vous avez accepté que je pré
 sente votre candidature.\n\nAymeric Delorme\nNotaria RH – cabinet de recr
 utement spécialisé notariat\n
DTEND:20260323T123000Z
DTSTAMP:20260319T113000Z
DTSTART:20260323T120000Z
LAST-MODIFIED:20260319T113000Z
LOCATION:Teams
ORGANIZER;CN="Delorme, Aymeric":mailto:a.delorme@notaria-rh.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien Notaria RH – clerc principal successions (Haussmann Notaires)
TRANSP:OPAQUE
UID:NOTARIA-RH-EVT-2026-0323-GP
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Haussmann Notaires Associés", role="clerc principal – pôle successions",
        stage="recruiter_screen", interviewers="a.delorme@notaria-rh.fr", trap="agency-screen-names-client-in-summary",
        hiring=False,
    ),
    dict(
        kind="teams-panel",
        uid="040000008200E00074C5B7101A82E00800000000BD0BD0BD0B9BDC0100000000000000001000000042424242424242424242424242424242",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN="Bourhis, Nathalie";RSVP=TRUE:mailto:nathalie.bourhis@banque-grandouest.fr
ATTENDEE;CN="Thomas, Julien";RSVP=TRUE:mailto:julien.thomas@banque-grandouest.fr
ATTENDEE;CN="Le Corre, Agathe (RH)";RSVP=TRUE:mailto:agathe.lecorre@banque-grandouest.fr
CLASS:PUBLIC
CREATED:20260330T150000Z
DESCRIPTION:Bonjour\,\n\nEntretien collectif (jury) pour le poste d'Ingéni
 eur patrimonial – Pôle Ingénierie Patrimoniale\, Direction de la Gestion 
 Privée. Vous présenterez en 10 minutes la situation patrimoniale fictive 
 jointe (famille recomposée\, SCI\, pacte Dutreil)\, puis échange avec le j
 ury.\n\nAgathe Le Corre\, Chargée de recrutement\n\nRéunion Microsoft Tea
 ms\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_QkdPanVyeQ@thre
 ad.v2/0\n
DTEND;TZID="Romance Standard Time":20260407T113000
DTSTAMP:20260330T150000Z
DTSTART;TZID="Romance Standard Time":20260407T103000
LAST-MODIFIED:20260330T150000Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Le Corre, Agathe (RH)":mailto:agathe.lecorre@banque-grandouest.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Jury de recrutement – Ingénieur patrimonial – G. Prigent
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000BD0BD0BD0B9BDC0100000000000000001000000042424242424242424242424242424242
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Banque du Grand Ouest", role="Ingénieur patrimonial", stage="onsite",
        interviewers="nathalie.bourhis@banque-grandouest.fr;julien.thomas@banque-grandouest.fr;agathe.lecorre@banque-grandouest.fr",
        trap="jury-word-user-is-candidate", hiring=False,
    ),
    dict(
        kind="webex-cancelled",
        uid="webex-dpc-9f8e7d6c5b4a-20260402",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
{BRUSSELS}BEGIN:VEVENT
UID:webex-dpc-9f8e7d6c5b4a-20260402
DTSTAMP:20260331T081500Z
DTSTART;TZID=Europe/Brussels:20260402T110000
DTEND;TZID=Europe/Brussels:20260402T114500
SUMMARY:[ANNULÉ] Entretien – juriste en droit notarial – Dewulf\, Peeters 
 & Collignon
DESCRIPTION:Cher Monsieur Prigent\, nous devons malheureusement annuler ce
 t entretien : le poste a été pourvu en interne. Nous conservons votre can
 didature.\nMaître Hélène Collignon\n\nRéunion Webex\nhttps://dpc-notaires
 .webex.com/meet/h.collignon\nNuméro de réunion : 2745 118 093
ORGANIZER;CN=Hélène Collignon:mailto:h.collignon@dpc-notaires.be
ATTENDEE;CN=Guillaume Prigent;PARTSTAT=ACCEPTED:mailto:guillaume.prigent44@orange.fr
LOCATION:Webex
STATUS:CANCELLED
SEQUENCE:3
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Dewulf, Peeters & Collignon", role="juriste en droit notarial", stage="",
        interviewers="h.collignon@dpc-notaires.be", trap="status-cancelled-without-method-cancel", hiring=False,
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-81200345678-20260408@zoom.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260401T123000Z
DTSTART:20260408T154500Z
DTEND:20260408T163000Z
SUMMARY:Quai Voltaire Notaires - échange clerc principal
UID:zoom-81200345678-20260408@zoom.us
DESCRIPTION:Maître Victor Saulnier vous invite à une réunion Zoom planifi
 ée.\n\nParticiper à la réunion Zoom\nhttps://us02web.zoom.us/j/812003456
 78\n\nID de réunion : 812 0034 5678\n\nUne seule touche sur l'appareil mob
 ile\n+33170379729\,\,81200345678# France
LOCATION:https://us02web.zoom.us/j/81200345678
ORGANIZER;CN=Victor Saulnier:mailto:v.saulnier@quaivoltaire-notaires.fr
ATTENDEE;CN=guillaume.prigent44@orange.fr;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Quai Voltaire Notaires", role="clerc principal", stage="hiring_manager",
        interviewers="v.saulnier@quaivoltaire-notaires.fr", trap="echange-soft-word-zoom-utc", hiring=False,
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000AD5EA15E0D9BDC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WEUROPE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
ATTENDEE;CN="Vasseur, Clémence";RSVP=TRUE:mailto:c.vasseur@madeleine-notaires.fr
ATTENDEE;CN="Benali, Karim";RSVP=TRUE:mailto:k.benali@madeleine-notaires.fr
CLASS:PUBLIC
CREATED:20260402T094000Z
DESCRIPTION:Monsieur\,\n\nSuite à votre candidature spontanée\, Me Clémenc
 e Vasseur et M. Karim Benali (clerc principal\, pôle famille) vous reçoive
 nt pour le poste de rédacteur d'actes – successions et régimes matrimoniau
 x.\n\nMadeleine Notaires\, 12 place de la Madeleine\, 75008 Paris\n
DTEND;TZID="W. Europe Standard Time":20260415T113000
DTSTAMP:20260402T094000Z
DTSTART;TZID="W. Europe Standard Time":20260415T103000
LAST-MODIFIED:20260402T094000Z
LOCATION:12 place de la Madeleine\, 75008 Paris
ORGANIZER;CN="Vasseur, Clémence":mailto:c.vasseur@madeleine-notaires.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:RDV candidature spontanée – G. Prigent
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000AD5EA15E0D9BDC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Madeleine Notaires", role="rédacteur d'actes – successions et régimes matrimoniaux",
        stage="hiring_manager", interviewers="c.vasseur@madeleine-notaires.fr;k.benali@madeleine-notaires.fr",
        trap="rdv-word-spontaneous-application", hiring=False,
    ),
]
