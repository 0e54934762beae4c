# ruff: noqa: E501
"""holdout187 events, part f: Geneva (FGE, Banque Lemaire, Terrafor), Santéo, Ecully, a reschedule, a cancellation, Restauria."""

from holdout187ev_common import TZ_PARIS, TZ_PARIS_NOLIC, TZ_ROMANCE, TZ_WEUROPE, TZ_ZURICH, ev

_RT_UID = (
    "040000008200E00074C5B7101A82E008000000004C1D9B77E590DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F"
)

EVENTS = [
    ev(
        "exchange-geneva",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_WEUROPE
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Rochat Isabelle:mailto:i.rochat@fge-geneve.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roussel.rh@free.fr:mailto:camille.roussel.rh@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Berset Nicolas:mailto:n.berset@fge-geneve.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dufour Aline:mailto:a.dufour@fge-geneve.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Salle Arve (RDC):mailto:salle.arve@fge-geneve.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame\,\n\nNous avons le plaisir de vous inviter à un entretien avec la commission de recrutement pour le poste de Responsable des ressources humaines (80%).\n\nLa commission sera composée de :\n- Mme Isabelle Rochat\, directrice\n- M. Nicolas Berset\, président du Conseil de fondation\n- Mme Aline Dufour\, responsable finances et administration\n\nNous vous prions de bien vouloir vous présenter à la réception de la Fondation\, rue de Lausanne 62\, 1202 Genève.\n\nAvec nos meilleures salutations.\n\nFondation Genevoise pour l'Emploi\n
UID:040000008200E00074C5B7101A82E00807E904061A8C2D4E6F80A2C4E6A8C0E2F4A6B8D0F2A4C6E8A0C2E4F6
SUMMARY;LANGUAGE=fr-CH:Entretien commission de recrutement - Responsable RH (80%) - Mme Roussel
DTSTART;TZID=W. Europe Standard Time:20250414T140000
DTEND;TZID=W. Europe Standard Time:20250414T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T134501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Salle Arve (RDC)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00807E904061A8C2D4E6F80A2C4E6A8C0E2F4A6B8D0F2A4C6E8A0C2E4F6",
        1,
        "Fondation Genevoise pour l'Emploi",
        "Responsable des ressources humaines (80%)",
        "onsite",
        "i.rochat@fge-geneve.ch;n.berset@fge-geneve.ch;a.dufour@fge-geneve.ch",
        "swiss-foundation-commission-panel-exchange-room",
    ),
    ev(
        "avature",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:AVT-20250407-INT-318552@lemaire.avature.net
DTSTAMP:20250401T101100Z
DTSTART:20250407T090000Z
DTEND:20250407T094500Z
SUMMARY:Video Interview – Talent Acquisition Lead – Banque Lemaire & Cie
DESCRIPTION:Dear Camille\,\n\nThank you for your interest in Banque Lemaire & Cie. We are pleased to confirm your video interview for the position of Talent Acquisition Lead (Geneva).\n\nInterviewer: Chloé Perrenoud\, Senior Talent Acquisition Partner\nDate: Monday 7 April 2025\, 11:00 (Geneva time)\nDuration: 45 minutes\nLink: https://lemaire.zoom.us/j/96602210034\n\nThe interview will be held in English and French.\n\nKind regards\,\nTalent Acquisition – Banque Lemaire & Cie\nThis is an automated message sent via Avature.
LOCATION:Zoom
ORGANIZER;CN=Banque Lemaire & Cie Careers:mailto:careers-noreply@lemaire.avature.net
ATTENDEE;CN=Camille Roussel;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Chloé Perrenoud:mailto:chloe.perrenoud@lemaire-cie.ch
END:VEVENT
END:VCALENDAR
""",
        "AVT-20250407-INT-318552@lemaire.avature.net",
        1,
        "Banque Lemaire & Cie",
        "Talent Acquisition Lead (Geneva)",
        "recruiter_screen",
        "chloe.perrenoud@lemaire-cie.ch",
        "avature-private-bank-utc-english-screen",
    ),
    ev(
        "outlook-geneva",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_WEUROPE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN="Mottier, Philippe";RSVP=TRUE:mailto:philippe.mottier@lemaire-cie.ch
ATTENDEE;CN="de Senarclens, Anne";RSVP=TRUE:mailto:anne.desenarclens@lemaire-cie.ch
ATTENDEE;CN="GVA-Corraterie-4.02";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:gva-corraterie-402@lemaire-cie.ch
CLASS:PRIVATE
CREATED:20250428T071944Z
DESCRIPTION:Dear Ms Roussel\,\n\nOn behalf of Mr Philippe Mottier\, Managing Partner\, and Mrs Anne de Senarclens\, Head of Human Resources\, I am pleased to confirm your final interview at our offices\, Rue de la Corraterie 11\, 1204 Geneva\, 4th floor. Please announce yourself at the reception desk on the ground floor.\n\nKind regards\,\n\nVéronique Baud\nExecutive Assistant to the Managing Partners\nBanque Lemaire & Cie SA\n
DTEND;TZID=W. Europe Standard Time:20250506T151500
DTSTAMP:20250428T071944Z
DTSTART;TZID=W. Europe Standard Time:20250506T140000
LAST-MODIFIED:20250428T071944Z
LOCATION:GVA-Corraterie-4.02
ORGANIZER;CN="Baud, Véronique":mailto:veronique.baud@lemaire-cie.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Meeting Ms Camille Roussel - Mr Mottier / Mrs de Senarclens
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000007A3E5F21C8BEDB0100000000000000001000000033C4D5E6F708192A3B4C5D6E7F809102
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000007A3E5F21C8BEDB0100000000000000001000000033C4D5E6F708192A3B4C5D6E7F809102",
        1,
        "Banque Lemaire & Cie",
        "",
        "final",
        "philippe.mottier@lemaire-cie.ch;anne.desenarclens@lemaire-cie.ch",
        "executive-assistant-organizer-meeting-subject-final-geneva",
    ),
    ev(
        "recruitee",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:recruitee-event-2219087-santeo@recruitee.com
DTSTAMP:20250416T121410Z
DTSTART;TZID=Europe/Paris:20250423T150000
DTEND;TZID=Europe/Paris:20250423T163000
SUMMARY:Santéo – Mise en situation : jeu de rôle entretien candidat (HR Manager France)
DESCRIPTION:Bonjour Camille\,\n\nPour cette étape du process HR Manager France (remote)\, nous vous proposons une mise en situation : vous conduirez un entretien de recrutement simulé pour un poste de Customer Success Manager. Amira Saïdi jouera la candidate\, Julien Barbier (Head of Talent) observera. Ensuite 30 minutes de débrief : Amira et Julien vous évalueront ensemble.\n\nVous recevrez la fiche de poste fictive 48 h avant.\n\nLien visio : https://meet.google.com/rnk-ptce-vha\n\nL'équipe Talent de Santéo
LOCATION:Google Meet
ORGANIZER;CN=Santéo:mailto:santeo@inbound.recruitee.com
ATTENDEE;CN=Camille Roussel;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Julien Barbier;PARTSTAT=ACCEPTED:mailto:julien.barbier@santeo.fr
ATTENDEE;CN=Amira Saïdi;PARTSTAT=ACCEPTED:mailto:amira.saidi@santeo.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "recruitee-event-2219087-santeo@recruitee.com",
        1,
        "Santéo",
        "HR Manager France",
        "technical",
        "julien.barbier@santeo.fr;amira.saidi@santeo.fr",
        "role-play-candidate-interview-as-own-assessment",
    ),
    ev(
        "exchange",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Tessier Manon:mailto:manon.tessier@ecully-electromenager.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roussel.rh@free.fr:mailto:camille.roussel.rh@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Garnier Stéphane:mailto:stephane.garnier@ecully-electromenager.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\,\n\nComme convenu\, voici l'invitation pour votre entretien avec Stéphane Garnier\, Directeur Supply Chain & Usines\, manager du poste de HR Manager Supply Chain & Usines. Je me joindrai à vous pour les 10 premières minutes afin de faire les présentations.\n\nBelle journée\,\nManon Tessier\nTalent Acquisition Specialist\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou votre appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDQ5MTQ1@thread.v2/0>\nID de la réunion : 389 441 207 553\nCode secret : 7Cn2Yt\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00807E901180C3E5A7B9D1F3A5C7E9B1D3F5A7C9E1B3D5F7A9C1E3B5D7F
SUMMARY;LANGUAGE=fr-FR:Camille Roussel x Stéphane Garnier
DTSTART;TZID=Romance Standard Time:20250124T100000
DTEND;TZID=Romance Standard Time:20250124T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250117T160327Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:manon.tessier@ecully-electromenager.com\;gruu\;opaque=app:conf:focus:id:ZDQ5MTQ1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00807E901180C3E5A7B9D1F3A5C7E9B1D3F5A7C9E1B3D5F7A9C1E3B5D7F",
        1,
        "Ecully Électroménager",
        "HR Manager Supply Chain & Usines",
        "hiring_manager",
        "stephane.garnier@ecully-electromenager.com",
        "exchange-names-only-subject-recruiter-introduces-then-leaves",
    ),
    ev(
        "outlook-mac",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.93//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_PARIS_NOLIC
        + r"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B3D2C1F0A086DB01000000000000000010000000E7D6C5B4A3928170F6E5D4C3B2A19080
SUMMARY:Entretien final - HR Manager Supply Chain & Usines - C. Roussel
DTSTART;TZID=Europe/Paris:20250214T170000
DTEND;TZID=Europe/Paris:20250214T183000
DTSTAMP:20250207T102033Z
CREATED:20250207T102033Z
LAST-MODIFIED:20250207T102033Z
SEQUENCE:0
ORGANIZER;CN=Manon Tessier:mailto:manon.tessier@ecully-electromenager.com
ATTENDEE;CN=Camille Roussel;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Françoise Delmas;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:francoise.delmas@ecully-electromenager.com
ATTENDEE;CN=Eric Bonnard;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:eric.bonnard@ecully-electromenager.com
ATTENDEE;CN=ECU-Siège-Salle du Conseil;CUTYPE=RESOURCE;PARTSTAT=ACCEPTED;ROLE=NON-PARTICIPANT:mailto:ecu-salleduconseil@ecully-electromenager.com
LOCATION:Siège Ecully - Salle du Conseil (3e étage)
DESCRIPTION:Bonjour Camille\,\n\nVoici la confirmation de votre entretien final au siège d'Écully avec Françoise Delmas (DRH Groupe) et Eric Bonnard (Directeur Industriel). Prévoir 1h30.\n\n12 chemin du Moulin Carron\, 69130 Écully - parking visiteurs P2.\n\nManon
STATUS:CONFIRMED
TRANSP:OPAQUE
CLASS:PUBLIC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000B3D2C1F0A086DB01000000000000000010000000E7D6C5B4A3928170F6E5D4C3B2A19080",
        1,
        "Ecully Électroménager",
        "HR Manager Supply Chain & Usines",
        "final",
        "francoise.delmas@ecully-electromenager.com;eric.bonnard@ecully-electromenager.com",
        "outlook-mac-final-interview-head-office-room",
    ),
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN="Chevalier, Gilles";RSVP=TRUE:mailto:gilles.chevalier@rhone-travaux.fr
CLASS:PUBLIC
CREATED:20250303T150405Z
DESCRIPTION:Bonjour Madame Roussel\,\n\nJe vous confirme votre entretien avec M. Gilles Chevalier\, Directeur d'exploitation\, pour le poste de Responsable RH Chantiers (H/F)\, dans nos bureaux de Vénissieux.\n\nCordialement\,\nCoralie Dumas\nService RH - Rhône Travaux\n
DTEND;TZID=Romance Standard Time:20250311T160000
DTSTAMP:20250303T150405Z
DTSTART;TZID=Romance Standard Time:20250311T150000
LAST-MODIFIED:20250303T150405Z
LOCATION:Rhône Travaux - 18 avenue Jules Guesde\, Vénissieux
ORGANIZER;CN="Dumas, Coralie":mailto:coralie.dumas@rhone-travaux.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien Mme Roussel - Responsable RH Chantiers
TRANSP:OPAQUE
UID:"""
        + _RT_UID
        + r"""
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        _RT_UID,
        1,
        "Rhône Travaux",
        "Responsable RH Chantiers (H/F)",
        "hiring_manager",
        "gilles.chevalier@rhone-travaux.fr",
        "outlook-original-invite-later-rescheduled",
    ),
    ev(
        "outlook-update",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN="Chevalier, Gilles";RSVP=TRUE:mailto:gilles.chevalier@rhone-travaux.fr
CLASS:PUBLIC
CREATED:20250303T150405Z
DESCRIPTION:Bonjour Madame Roussel\,\n\nM. Chevalier étant retenu sur un chantier mardi\, nous devons décaler votre entretien au vendredi 14 mars à 9h00\, même lieu. Merci de nous confirmer que ce nouveau créneau vous convient.\n\nToutes nos excuses pour ce changement.\n\nCoralie Dumas\nService RH - Rhône Travaux\n
DTEND;TZID=Romance Standard Time:20250314T100000
DTSTAMP:20250307T083121Z
DTSTART;TZID=Romance Standard Time:20250314T090000
LAST-MODIFIED:20250307T083121Z
LOCATION:Rhône Travaux - 18 avenue Jules Guesde\, Vénissieux
ORGANIZER;CN="Dumas, Coralie":mailto:coralie.dumas@rhone-travaux.fr
PRIORITY:5
SEQUENCE:1
SUMMARY;LANGUAGE=fr-FR:Entretien Mme Roussel - Responsable RH Chantiers
TRANSP:OPAQUE
UID:"""
        + _RT_UID
        + r"""
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        _RT_UID,
        1,
        "Rhône Travaux",
        "",
        "hiring_manager",
        "gilles.chevalier@rhone-travaux.fr",
        "rescheduled-same-uid-higher-sequence",
    ),
    ev(
        "gcal-cancel",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20250409T080000Z
DTEND:20250409T084500Z
DTSTAMP:20250407T165940Z
ORGANIZER;CN=Nicolas Lemoine:mailto:nicolas.lemoine@distrivente.fr
UID:7b0n3m6q9w2e5r8t1y4u7i0o3p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=ca
 mille.roussel.rh@free.fr;X-NUM-GUESTS=0:mailto:camille.roussel.rh@free.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nicola
 s Lemoine;X-NUM-GUESTS=0:mailto:nicolas.lemoine@distrivente.fr
CREATED:20250401T092214Z
DESCRIPTION:Bonjour Camille\, je suis au regret d'annuler notre entretien :
  le poste de Responsable RH Plateformes Logistiques est gelé suite à une r
 éorganisation. Je reviens vers vous dès que possible. Nicolas
LAST-MODIFIED:20250407T165940Z
LOCATION:Google Meet
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Entretien Camille Roussel - Responsable RH Plateformes Logistiques
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "7b0n3m6q9w2e5r8t1y4u7i0o3p@google.com",
        1,
        "Distrivente",
        "Responsable RH Plateformes Logistiques",
        "recruiter_screen",
        "nicolas.lemoine@distrivente.fr",
        "cancelled-interview-method-cancel-position-frozen",
    ),
    ev(
        "zoho-recruit",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:REQUEST
"""
        + TZ_ZURICH
        + r"""BEGIN:VEVENT
UID:zr-interview-432918000001287043@zohorecruit.eu
DTSTAMP:20250505T143008Z
DTSTART;TZID=Europe/Zurich:20250512T110000
DTEND;TZID=Europe/Zurich:20250512T120000
SUMMARY:Interview - HR Business Partner EMEA - Camille Roussel
DESCRIPTION:Interview Name : Hiring Manager Interview\nPosition : HR Business Partner EMEA\nInterviewer(s) : Nadine Schmid (HR Director)\nVenue : Zoom - https://terrafor.zoom.us/j/88120954417\n\nTerrafor International Sàrl\, Route de Meyrin 49\, 1211 Genève
LOCATION:Zoom
ORGANIZER;CN=Terrafor Recruitment:mailto:recruitment@terrafor-intl.com
ATTENDEE;CN=Camille Roussel;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Nadine Schmid:mailto:nadine.schmid@terrafor-intl.com
END:VEVENT
END:VCALENDAR
""",
        "zr-interview-432918000001287043@zohorecruit.eu",
        1,
        "Terrafor International",
        "HR Business Partner EMEA",
        "hiring_manager",
        "nadine.schmid@terrafor-intl.com",
        "zoho-recruit-geneva-zurich-zone-english",
    ),
    ev(
        "teamtailor",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interviews//EN
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:teamtailor-meeting-2a9f71c0-0b4e-4d8e-b6a1-93c5e0f2d7b4
DTSTAMP:20250514T090217Z
DTSTART;TZID=Europe/Paris:20250522T083000
DTEND;TZID=Europe/Paris:20250522T173000
SUMMARY:Assessment center - Responsable RH Régional Sud-Est - Restauria
DESCRIPTION:Bonjour Camille\,\n\nNous vous confirmons votre participation à notre assessment center.\n\nProgramme :\n08h30 Accueil\n09h00 Étude de cas écrite (réorganisation des plannings en restauration collective)\n11h00 Présentation orale devant le jury\n12h30 Déjeuner avec les directeurs de secteur\n14h00 Exercice de groupe avec les autres candidats\n15h30 Entretien individuel\n\nJury : Marion Vidal (DRH France)\, Laurent Bianchi (Directeur Régional Sud-Est)\, Isabelle Ferrand (consultante\, cabinet Axiome Évaluation).\n\nAdresse : Restauria\, Campus Sud-Est\, 5 allée Irène Joliot-Curie\, 69800 Saint-Priest.\n\nÀ bientôt\,\nL'équipe Talent Restauria
LOCATION:Restauria Campus Sud-Est\, Saint-Priest
ORGANIZER;CN=Restauria via Teamtailor:mailto:no-reply@mail.teamtailor.com
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Marion Vidal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marion.vidal@restauria.fr
ATTENDEE;CN=Laurent Bianchi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laurent.bianchi@restauria.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "teamtailor-meeting-2a9f71c0-0b4e-4d8e-b6a1-93c5e0f2d7b4",
        1,
        "Restauria",
        "Responsable RH Régional Sud-Est",
        "onsite",
        "marion.vidal@restauria.fr;laurent.bianchi@restauria.fr;Isabelle Ferrand",
        "teamtailor-assessment-center-full-day-jury",
    ),
]
