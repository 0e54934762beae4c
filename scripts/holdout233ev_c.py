"""holdout233 events, part C: single-round interviews, automotive suppliers and logistics firms (hand-written)."""

from holdout233ev_tz import CASA, MOROCCO_WIN, W_EUROPE_WIN

EVENTS = [
    dict(
        kind="vorstellungsgespraech",
        uid=("040000008200E00074C5B7101A82E00800000000C3A1F0D6E89BDC01"
             "000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615040"),
        label=(1, "Dräxlmaier", "Leiter Supply Chain Management (m/w/d) – Werk Kenitra", "hiring_manager",
               "markus.weber@draexlmaier.com", "german-vorstellungsgespraech-teams-w-europe"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Weber, Markus (DRX)":mailto:markus.weber@draexlmaier.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hofmann, Julia (DRX)":mailto:julia.hofmann@draexlmaier.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr El Amrani\,\n\nvielen Dank f
 ür Ihre Bewerbung als Leiter Supply Chain Management (m/w/d) für unser W
 erk in Kenitra. Gerne möchten wir Sie zu einem Vorstellungsgespräch per
  Microsoft Teams einladen. Frau Hofmann (HR) nimmt optional teil und organ
 isiert die nächsten Schritte.\n\nDas Gespräch kann gern auf Englisch ode
 r Französisch geführt werden.\n\n_______________________________________
 _________________________________________\nMicrosoft Teams-Besprechung\nNe
 hmen Sie über Ihren Computer\, Ihre mobile App oder das Raumgerät teil\n
 Hier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.
 com/l/meetup-join/19%3ameeting_ZGYxNDE3>\nBesprechungs-ID: 312 448 905 217
 \nPasscode: hT6w9K\n______________________________________________________
 __________________________\n\nMit freundlichen Grüßen\nMarkus Weber\nLei
 ter Logistik Region Nordafrika\n
UID:040000008200E00074C5B7101A82E00800000000C3A1F0D6E89BDC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615040
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Herr El Amrani – Leitung SCM Kenitra
DTSTART;TZID=W. Europe Standard Time:20260304T100000
DTEND;TZID=W. Europe Standard Time:20260304T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260225T074501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-sews",
        uid=("040000008200E00074C5B7101A82E0080000000011AB5E2F7290DC01"
             "00000000000000001000000097A5C3E1F2D4B6A8C0E2F4A6B8C0D2E4"),
        label=(1, "Sumitomo Wiring Systems", "Responsable Planification", "",
               "said.benali@sews-maroc.ma", "outlook-cn-last-first-wiring-harness-no-stage"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Benali, Said":mailto:said.benali@sews-maroc.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SEWS-TAC Salle
  Réunion RDC":mailto:sews-tac-rdc@sews-maroc.ma
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nJe vous confirme notre rendez-vous
  pour le poste de Responsable Planification.\n\nSEWS Maroc – Tanger Auto
 motive City. Se présenter à l'accueil visiteurs.\n\nSaid Benali\nPlant L
 ogistics Manager\n
UID:040000008200E00074C5B7101A82E0080000000011AB5E2F7290DC0100000000000000001000000097A5C3E1F2D4B6A8C0E2F4A6B8C0D2E4
SUMMARY;LANGUAGE=fr-FR:RDV M. El Amrani – poste Resp. Planification
DTSTART;TZID=Morocco Standard Time:20260127T153000
DTEND;TZID=Morocco Standard Time:20260127T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260122T171109Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:SEWS-TAC Salle Réunion RDC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-leoni",
        uid=("040000008200E00074C5B7101A82E00800000000F2C8D17A3B9ADC01"
             "000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6"),
        label=(1, "Leoni", "Logistics Manager – Plant Bouskoura", "hiring_manager",
               "youssef.naciri@leoni.com", "outlook-sent-by-assistant-namesake-interviewer"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Naciri, Youssef (LWS)";SENT-BY="mailto:salma.ouahbi@leoni.com":mailto:youssef.naciri@leoni.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="El Amrani
  Youssef":mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ouahbi, Salma (LWS)":mailto:salma.ouahbi@leoni.com
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\,\n\nM. Youssef Naciri\, Directeur Supp
 ly Chain Maroc\, souhaite vous rencontrer dans le cadre de votre candidatu
 re au poste de Logistics Manager – Plant Bouskoura.\n\nAdresse : LEONI W
 iring Systems\, Zone Industrielle Ouled Saleh\, Bouskoura.\nParking visite
 urs devant le bâtiment B.\n\nSalma OUAHBI\nAssistante de Direction\n
UID:040000008200E00074C5B7101A82E00800000000F2C8D17A3B9ADC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
SUMMARY;LANGUAGE=fr-FR:Entretien / Logistics Manager Plant Bouskoura
DTSTART;TZID=Morocco Standard Time:20260309T100000
DTEND;TZID=Morocco Standard Time:20260309T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T090155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bouskoura – Bâtiment B\, bureau Direction SC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="hirevue",
        uid="hv-od-7b3c2e10-forvia-ken-0041@hirevue.com",
        label=(1, "Forvia", "Supply Chain Manager – Kenitra", "recruiter_screen", "",
               "one-way-video-interview-hirevue-deadline-block"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//On Demand Interview//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-od-7b3c2e10-forvia-ken-0041@hirevue.com
DTSTAMP:20260203T120000Z
DTSTART:20260206T190000Z
DTEND:20260206T194500Z
SUMMARY:FORVIA On-Demand Video Interview – Supply Chain Manager – Kenitra
DESCRIPTION:Hello Youssef\,\n\nFORVIA invites you to complete an on-demand
  video interview for the position Supply Chain Manager – Kenitra. You wi
 ll answer 6 questions on video (3 minutes each\, 30 seconds to prepare). Y
 ou may complete it any time before 08 Feb 2026 23:59 (UTC).\n\nStart here:
  https://app.hirevue.com/interviews/7b3c2e10\n\nWe added this reminder to
  help you plan.\n\nFORVIA Talent Acquisition
ORGANIZER;CN=FORVIA Recruiting:mailto:noreply@hirevue.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="icims-confirm",
        uid="icims-iv-2026-014455-kschubert@icims.com",
        label=(1, "Kromberg & Schubert", "Logistics Manager", "hiring_manager",
               "f.rahali@kromberg-schubert.com", "icims-interview-confirmation-english-plant-manager"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
UID:icims-iv-2026-014455-kschubert@icims.com
DTSTAMP:20260211T082222Z
DTSTART;TZID=Africa/Casablanca:20260216T090000
DTEND;TZID=Africa/Casablanca:20260216T100000
SUMMARY:Interview Confirmation: Logistics Manager (2026-1445) - Tangier
DESCRIPTION:Dear Youssef\,\n\nThis confirms your interview for Logistics Ma
 nager (2026-1445) at Kromberg & Schubert Morocco\, Tangier plant.\n\nInter
 view with: Fouad Rahali\, Plant Manager\nFormat: In person\nAddress: Tange
 r Free Zone\, Ilot 51\n\nIf you need to reschedule\, reply to this message
 .\n\nKromberg & Schubert Recruiting Team
LOCATION:Tanger Free Zone\, Ilot 51
ORGANIZER;CN=K&S Recruiting:mailto:careers-noreply@icims.com
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Fouad Rahali:mailto:f.rahali@kromberg-schubert.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-delfingen",
        uid="9F2B6E44-1C3A-4D7E-8B0F-5A6C7D8E9F10",
        label=(1, "Delfingen", "", "", "M. Chami", "user-typed-terse-phone-entry-surname-only"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
""" + CASA + r"""BEGIN:VEVENT
UID:9F2B6E44-1C3A-4D7E-8B0F-5A6C7D8E9F10
DTSTAMP:20260112T211503Z
CREATED:20260112T211448Z
DTSTART;TZID=Africa/Casablanca:20260121T100000
DTEND;TZID=Africa/Casablanca:20260121T110000
SUMMARY:Entretien Delfingen – resp log (M. Chami)
LOCATION:TFZ ilot 32\, Gzenaya
DESCRIPTION:prendre CV papier + attestation de travail\nposer Q sur VMI cli
 ents et EDI\nposte en CDI\, N+1 = dir industriel
TRANSP:OPAQUE
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="webex-entretien",
        uid="2bd7e1f4c09a4e6d93f1b5c8a7e20d41@hutchinson.webex.com",
        label=(1, "Hutchinson", "Responsable ADV & Logistique", "",
               "sylvie.marchand@hutchinson.com", "webex-french-floating-no-stage"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:2bd7e1f4c09a4e6d93f1b5c8a7e20d41@hutchinson.webex.com
DTSTAMP:20260302T143000Z
DTSTART:20260310T100000
DTEND:20260310T110000
SUMMARY:Entretien – Responsable ADV & Logistique Tanger / Y. El Amrani
DESCRIPTION:Sylvie Marchand vous invite à une réunion Webex.\n\nObjet : e
 ntretien pour le poste de Responsable ADV & Logistique (site Hutchinson Ta
 nger).\n\nRejoindre la réunion :\nhttps://hutchinson.webex.com/hutchinson
 /j.php?MTID=m4e1f0a2b\n\nNuméro de la réunion : 2744 118 0931\nMot de pa
 sse : Hut26!ent\n\nRejoindre par téléphone\n+33-1-7091-8650 France Toll\
 nCode d'accès : 2744 118 0931
LOCATION:https://hutchinson.webex.com/hutchinson/j.php?MTID=m4e1f0a2b
ORGANIZER;CN=Sylvie Marchand:mailto:sylvie.marchand@hutchinson.com
ATTENDEE;CN=youssef.elamrani.scm@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="goodtime-case",
        uid="gt-5f8a2c71e3d94b0a-maersk@goodtime.io",
        label=(1, "Maersk", "Logistics Manager – Tanger Med Gateway", "technical",
               "line.sorensen@maersk.com;omar.haddaoui@maersk.com", "goodtime-case-interview-english"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
UID:gt-5f8a2c71e3d94b0a-maersk@goodtime.io
DTSTAMP:20260310T094431Z
DTSTART;TZID=Africa/Casablanca:20260316T140000
DTEND;TZID=Africa/Casablanca:20260316T150000
SUMMARY:Maersk Interview: Case Discussion – Youssef El Amrani
DESCRIPTION:Hi Youssef\,\n\nYour case discussion for the Logistics Manager
  – Tanger Med Gateway role is confirmed.\n\nInterviewers: Line Sørensen
  (Head of Contract Logistics North Africa)\, Omar Haddaoui (Operations Exc
 ellence Lead)\n\nYou'll receive a short warehouse case 24h before. No slid
 es required.\n\nJoin: https://maersk.zoom.us/j/96230018847\n\nScheduled vi
 a GoodTime on behalf of Maersk Talent Acquisition.
LOCATION:Zoom
ORGANIZER;CN=Maersk Talent Acquisition:mailto:scheduling@maersk.goodtime.io
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Line Sørensen;PARTSTAT=ACCEPTED:mailto:line.sorensen@maersk.com
ATTENDEE;CN=Omar Haddaoui;PARTSTAT=ACCEPTED:mailto:omar.haddaoui@maersk.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
