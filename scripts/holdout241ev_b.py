"""holdout241: the user's own interviews with an international firm, banks and insurers (raw iCalendar text)."""
from holdout241ev_tz import PARIS, ROMANCE, E, cet_zone

EVENTS = []

# Kerr Delaunay LLP (Paris office): Greenhouse screen, GoodTime panel, cancelled final.
EVENTS.append(E("greenhouse-screen", "gh-interview-7712093002-kerrdelaunay@greenhouse.io", """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:gh-interview-7712093002-kerrdelaunay@greenhouse.io
DTSTAMP:20260114T162930Z
DTSTART;TZID=Europe/Paris:20260120T121500
DTEND;TZID=Europe/Paris:20260120T124500
SUMMARY:Gwenaëlle Le Bihan <> Kerr Delaunay – Legal Operations Coordinator (Paris)
DESCRIPTION:Hi Gwenaëlle\\,\\n\\nThanks for making time to speak with Olivia B
 arrett from our Talent Acquisition team about the Legal Operations Coordina
 tor role in our Paris office. This first conversation will be held in Engli
 sh and French.\\n\\nGoogle Meet: https://meet.google.com/qpv-rmzt-kha\\nOr di
 al: (FR) +33 1 87 40 12 88 PIN: 402 118 339#\\n\\nBest\\,\\nKerr Delaunay Recr
 uiting Coordination
ORGANIZER;CN=Kerr Delaunay Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Olivia Barrett;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:obarrett@kerrdelaunay.com
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Kerr Delaunay", "Legal Operations Coordinator", "recruiter_screen", "obarrett@kerrdelaunay.com",
    "greenhouse-english-talent-screen"))

EVENTS.append(E("goodtime-panel", "goodtime-evt-3b7f1e20-kd-paris@goodtime.io", """BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:goodtime-evt-3b7f1e20-kd-paris@goodtime.io
DTSTAMP:20260128T093318Z
DTSTART;TZID=Europe/Paris:20260205T140000
DTEND;TZID=Europe/Paris:20260205T163000
SUMMARY:Onsite Interviews – Gwenaëlle Le Bihan – Legal Operations Coordinator
DESCRIPTION:Kerr Delaunay LLP – 41 avenue George V\\, 75008 Paris\\nPlease che
 ck in at reception on the 3rd floor and ask for Léa.\\n\\nAgenda\\n14:00–14:45
   Sophie Marchetti\\, Head of Legal Operations (EMEA)\\n14:45–15:30  Thomas R
 ichaud\\, Counsel\\, Banking & Finance\\n15:30–16:15  Claire Dubreuil\\, Practic
 e Support Manager\\n16:15–16:30  Wrap-up with Olivia Barrett\\n\\nScheduled by
  Léa Fontaine\\, Recruiting Coordinator.
ORGANIZER;CN=Léa Fontaine:mailto:lfontaine@kerrdelaunay.com
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Sophie Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:smarchetti@kerrdelaunay.com
ATTENDEE;CN=Thomas Richaud;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:trichaud@kerrdelaunay.com
ATTENDEE;CN=Claire Dubreuil;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:cdubreuil@kerrdelaunay.com
ATTENDEE;CN=Olivia Barrett;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:obarrett@kerrdelaunay.com
ATTENDEE;CUTYPE=RESOURCE;CN=PAR-3-Bastille (8);PARTSTAT=ACCEPTED:mailto:par-3-bastille@kerrdelaunay.com
LOCATION:PAR-3-Bastille (8)
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Kerr Delaunay", "Legal Operations Coordinator", "onsite",
    "smarchetti@kerrdelaunay.com;trichaud@kerrdelaunay.com;cdubreuil@kerrdelaunay.com;obarrett@kerrdelaunay.com",
    "goodtime-onsite-loop-room-and-coordinator"))

EVENTS.append(E("cancelled-final", "goodtime-evt-9c04aa71-kd-paris@goodtime.io", """BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:CANCEL
""" + PARIS + """BEGIN:VEVENT
UID:goodtime-evt-9c04aa71-kd-paris@goodtime.io
DTSTAMP:20260216T171205Z
DTSTART;TZID=Europe/Paris:20260219T173000
DTEND;TZID=Europe/Paris:20260219T180000
SUMMARY:Canceled: Final conversation – Gwenaëlle Le Bihan / Sophie Marchetti
DESCRIPTION:This event has been canceled. Sophie is travelling to London tha
 t week – Léa will reach out with new options.
ORGANIZER;CN=Léa Fontaine:mailto:lfontaine@kerrdelaunay.com
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Sophie Marchetti;ROLE=REQ-PARTICIPANT:mailto:smarchetti@kerrdelaunay.com
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""", 1, "Kerr Delaunay", "", "final", "smarchetti@kerrdelaunay.com", "cancelled-final-method-cancel"))

# Arvor Banque: compliance department via Taleo (entretien RH, entretien opérationnel, rescheduled).
EVENTS.append(E("taleo-rh", "taleo-ARV-2600187-int-01@taleo.net", """BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:taleo-ARV-2600187-int-01@taleo.net
DTSTAMP:20260302T060011Z
DTSTART;TZID=Europe/Paris:20260309T093000
DTEND;TZID=Europe/Paris:20260309T103000
SUMMARY:Arvor Banque – Entretien RH – Chargé(e) de conformité LCB-FT (H/F) – Réf. 2600187
DESCRIPTION:Madame Gwenaëlle LE BIHAN\\,\\n\\nNous vous confirmons votre entre
 tien RH le lundi 9 mars 2026 à 9h30.\\nVous serez reçue par Mme Solenn Cara
 dec\\, chargée de recrutement.\\n\\nAdresse : Arvor Banque – Direction des Res
 sources Humaines\\, 1 rue Louis Lichou\\, 29480 Le Relecq-Kerhuon (bâtiment B
 \\, accueil visiteurs).\\nMerci de vous munir d'une pièce d'identité.\\n\\nCe m
 essage est généré automatiquement\\, merci de ne pas y répondre.
ORGANIZER;CN=Arvor Banque Recrutement:mailto:noreply@arvorbanque.taleo.net
ATTENDEE;CN=Gwenaëlle LE BIHAN;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=FALSE:mailto:gwen.lebihan@orange.fr
LOCATION:1 rue Louis Lichou\\, 29480 Le Relecq-Kerhuon – bât. B
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Arvor Banque", "Chargé(e) de conformité LCB-FT (H/F)", "recruiter_screen", "Solenn Caradec",
    "taleo-entretien-rh-name-in-body"))

ARVOR_OPS_UID = ("040000008200E00074C5B7101A82E00800000000A01B77C4E0A9DC01000000000000000010000000"
                 "C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6")
_ARVOR_OPS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """BEGIN:VEVENT
ORGANIZER;CN="Le Roux, Goulven";SENT-BY="mailto:nolwenn.abgrall@arvorbanque
 .fr":mailto:goulven.leroux@arvorbanque.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gwen.lebih
 an@orange.fr:mailto:gwen.lebihan@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Caradec, Sole
 nn":mailto:solenn.caradec@arvorbanque.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="RKH-B2-Salle Ir
 oise":mailto:rkh-b2-iroise@arvorbanque.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame\\,\\n\\nSuite à votre entretien a
 vec Solenn Caradec\\, M. Goulven Le Roux\\, responsable du service Conform
 ité LCB-FT\\, souhaite vous rencontrer pour l'entretien opérationnel.\\n\\
 nNolwenn Abgrall\\nAssistante de direction – Direction de la Conformité\\n
 %s
UID:%s
SUMMARY;LANGUAGE=fr-FR:%s
DTSTART;TZID=Romance Standard Time:%s
DTEND;TZID=Romance Standard Time:%s
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:%s
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:%d
LOCATION;LANGUAGE=fr-FR:RKH-B2-Salle Iroise
X-MICROSOFT-CDO-APPT-SEQUENCE:%d
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""

EVENTS.append(E("entretien-operationnel", ARVOR_OPS_UID, _ARVOR_OPS % (
    "", ARVOR_OPS_UID, "Entretien opérationnel – Mme Le Bihan (poste chargé(e) de conformité)",
    "20260317T140000", "20260317T150000", "20260310T111908Z", 0, 0),
    1, "Arvor Banque", "chargé(e) de conformité", "hiring_manager",
    "goulven.leroux@arvorbanque.fr;solenn.caradec@arvorbanque.fr", "outlook-entretien-operationnel-sent-by-assistant"))

EVENTS.append(E("rescheduled-interview", ARVOR_OPS_UID, _ARVOR_OPS % (
    "\\nMODIFICATION : M. Le Roux étant retenu par le comité des risques le 17\\, l'entretien est décalé"
    " au jeudi 19 mars à 10h. Toutes nos excuses.",
    ARVOR_OPS_UID, "Mis à jour : Entretien opérationnel – Mme Le Bihan (poste chargé(e) de conformité)",
    "20260319T100000", "20260319T110000", "20260313T084527Z", 2, 2),
    1, "Arvor Banque", "chargé(e) de conformité", "hiring_manager",
    "goulven.leroux@arvorbanque.fr;solenn.caradec@arvorbanque.fr", "rescheduled-same-uid-higher-sequence"))

# Mutuelle Atlantique Assurances: online assessment window, then assessment centre via SuccessFactors.
EVENTS.append(E("online-assessment", "assessfirst-inv-6f0e13b2@assessfirst.com", """BEGIN:VCALENDAR
PRODID:-//AssessFirst//Invitations//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:assessfirst-inv-6f0e13b2@assessfirst.com
DTSTAMP:20260223T100000Z
DTSTART;VALUE=DATE:20260223
DTEND;VALUE=DATE:20260227
SUMMARY:Mutuelle Atlantique Assurances – questionnaires AssessFirst à compléter
DESCRIPTION:Dans le cadre de votre candidature au poste de Compliance Office
 r (H/F) – Nantes\\, Mutuelle Atlantique Assurances vous invite à compléter l
 es questionnaires SWIPE\\, DRIVE et BRAIN (environ 50 minutes) avant le 26/
 02 minuit.\\nLien personnel : https://app.assessfirst.com/invite/6f0e13b2\\n\\
 nVos résultats seront partagés avec l'équipe recrutement.
ORGANIZER;CN=AssessFirst:mailto:noreply@assessfirst.com
LOCATION:En ligne
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", 1, "Mutuelle Atlantique Assurances", "Compliance Officer (H/F)", "technical", "",
    "online-assessment-window-all-day"))

EVENTS.append(E("assessment-centre", "sf-rcm-interview-440912-mutatlantique@successfactors.eu", """BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:sf-rcm-interview-440912-mutatlantique@successfactors.eu
DTSTAMP:20260303T134401Z
DTSTART;TZID=Europe/Paris:20260310T090000
DTEND;TZID=Europe/Paris:20260310T123000
SUMMARY:Assessment – Compliance Officer (H/F) – Gwenaëlle Le Bihan
DESCRIPTION:Madame\\,\\n\\nVous êtes conviée à notre assessment à distance :\\n
 - 9h00 : mise en situation (analyse d'un dossier de réclamation et d'une al
 erte fraude)\\n- 10h15 : présentation orale de vos conclusions au jury\\n- 11
 h00 : entretien avec Isabelle Fournier (Responsable Conformité) et Marc Jég
 ou (RH)\\n\\nMicrosoft Teams : https://teams.microsoft.com/l/meetup-join/19%3a
 meeting_NDFiOTQ2%40thread.v2/0\\n\\nMutuelle Atlantique Assurances – Recrutem
 ent
ORGANIZER;CN=Recrutement Mutuelle Atlantique:mailto:recrutement@mutuelle-atlantique.fr
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Isabelle Fournier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :isabelle.fournier@mutuelle-atlantique.fr
ATTENDEE;CN=Marc Jégou;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marc.jegou@mutuelle-atlantique.fr
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Mutuelle Atlantique Assurances", "Compliance Officer (H/F)", "technical",
    "isabelle.fournier@mutuelle-atlantique.fr;marc.jegou@mutuelle-atlantique.fr", "successfactors-virtual-assessment"))

# Northwall Fund Services (Luxembourg) via Workday, English.
EVENTS.append(E("workday-lux", "WD-INTERVIEW-R-24417-0003@myworkday.com", """BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + cet_zone("Europe/Luxembourg") + """BEGIN:VEVENT
UID:WD-INTERVIEW-R-24417-0003@myworkday.com
DTSTAMP:20260126T081223Z
DTSTART;TZID=Europe/Luxembourg:20260129T150000
DTEND;TZID=Europe/Luxembourg:20260129T154500
SUMMARY:Interview Scheduled: R-24417 KYC & Compliance Officer (Luxembourg / hybrid)
DESCRIPTION:Dear Gwenaëlle\\,\\n\\nYour interview has been scheduled.\\nIntervi
 ewer(s): Mathieu Schroeder (Head of Compliance)\\nFormat: Microsoft Teams (li
 nk below)\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Yzk4%40thr
 ead.v2/0\\n\\nKind regards\\,\\nNorthwall Fund Services S.A. – Talent Acquisit
 ion
ORGANIZER;CN=Northwall Talent Acquisition:mailto:northwall@myworkday.com
ATTENDEE;CN=Gwenaëlle Le Bihan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Mathieu Schroeder;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mathieu.schroeder@northwall.lu
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Northwall Fund Services", "KYC & Compliance Officer", "hiring_manager", "mathieu.schroeder@northwall.lu",
    "workday-luxembourg-zone-english"))

# Banque Lémanique (Geneva) via SmartRecruiters, French, Europe/Zurich.
EVENTS.append(E("smartrecruiters-geneva", "sr-interview-74a1c2d9e8f0@smartrecruiters.com", """BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + cet_zone("Europe/Zurich") + """BEGIN:VEVENT
UID:sr-interview-74a1c2d9e8f0@smartrecruiters.com
DTSTAMP:20260408T093000Z
DTSTART;TZID=Europe/Zurich:20260414T083000
DTEND;TZID=Europe/Zurich:20260414T093000
SUMMARY:Entretien vidéo – Analyste conformité (80-100%) – Banque Lémanique SA
DESCRIPTION:Bonjour Madame Le Bihan\\,\\n\\nVous rencontrerez par Webex M. Lau
 rent Dufaux\\, responsable Compliance & Legal\\, ainsi que Mme Aline Perroud (
 RH).\\n\\nRejoindre : https://banquelemanique.webex.com/meet/l.dufaux\\nNuméro
  d'accès : +41 44 580 12 34\\, code 2741 553 890\\n\\nNous vous remercions de
  votre intérêt pour Banque Lémanique.
ORGANIZER;CN=Banque Lémanique SA:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
ATTENDEE;CN=Laurent Dufaux;PARTSTAT=ACCEPTED:mailto:laurent.dufaux@banquelemanique.ch
ATTENDEE;CN=Aline Perroud;PARTSTAT=ACCEPTED:mailto:aline.perroud@banquelemanique.ch
LOCATION:Webex
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Banque Lémanique", "Analyste conformité", "hiring_manager",
    "laurent.dufaux@banquelemanique.ch;aline.perroud@banquelemanique.ch", "smartrecruiters-zurich-zone-webex"))

# Assurances du Ponant via Flatchr: phone screen.
EVENTS.append(E("flatchr-phone", "flatchr-evt-20260121-99341@flatchr.io", """BEGIN:VCALENDAR
PRODID:-//Flatchr//Agenda//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-evt-20260121-99341@flatchr.io
DTSTAMP:20260119T165800Z
DTSTART:20260121T080000Z
DTEND:20260121T082000Z
SUMMARY:Appel de présélection – Juriste sinistres & conformité – Assurances du Ponant
DESCRIPTION:Bonjour Gwenaëlle\\,\\nJe vous appellerai au 06 71 24 58 90 pour u
 n premier échange de 15-20 minutes.\\nÀ mercredi\\,\\nYuna Le Meur\\, chargée d
 e recrutement – Assurances du Ponant
ORGANIZER;CN=Yuna Le Meur:mailto:yuna.lemeur@assurances-ponant.fr
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION:Téléphone
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    1,
    "Assurances du Ponant",
    "Juriste sinistres & conformité",
    "recruiter_screen",
    "yuna.lemeur@assurances-ponant.fr",
    "flatchr-preselection-phone-utc"))
