"""holdout233 events, part C2: more single-round interviews (hand-written)."""

from holdout233ev_tz import CASA, MADRID, MOROCCO_WIN

EVENTS = [
    dict(
        kind="typed-dhl-call",
        uid="4e5b9c06f1d2a3b84c7e0a91d2f3b5c6@android",
        label=(1, "DHL Supply Chain", "ops manager", "recruiter_screen", "Imane",
               "user-typed-android-phone-call-rh-first-name"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Samsung Electronics//Calendar//EN
VERSION:2.0
BEGIN:VEVENT
UID:4e5b9c06f1d2a3b84c7e0a91d2f3b5c6@android
DTSTAMP:20260107T193000Z
DTSTART:20260109T143000
DTEND:20260109T150000
SUMMARY:DHL appel RH – Imane
DESCRIPTION:elle appelle sur le 0661.. pour le poste ops manager Ain Sebaa
  (annonce emploi.ma)\nprétentions : dire 28-30k net
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="icims-kn",
        uid="icims-iv-2026-009873-kn@icims.com",
        label=(1, "Kuehne+Nagel", "Contract Logistics Site Manager", "",
               "hicham.zerouali@kuehne-nagel.com;katrin.mueller@kuehne-nagel.com",
               "icims-panel-no-clear-stage-casablanca"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-iv-2026-009873-kn@icims.com
DTSTAMP:20260401T101010Z
DTSTART:20260407T130000Z
DTEND:20260407T141500Z
SUMMARY:Interview invitation – Contract Logistics Site Manager – Casablanca
DESCRIPTION:Dear Youssef\,\n\nWe are pleased to invite you to an interview
  with Hicham Zerouali (Country Manager CL Morocco) and Katrin Müller (Reg
 ional HR\, Hamburg) for the role of Contract Logistics Site Manager.\n\nVe
 nue: Kuehne+Nagel\, Parc Logistique Zenata\, Casablanca\n\nKind regards\,\
 nKuehne+Nagel Recruiting
LOCATION:Parc Logistique Zenata\, Casablanca
ORGANIZER;CN=Kuehne+Nagel Recruiting:mailto:no-reply@kuehne-nagel.icims.com
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Hicham Zerouali:mailto:hicham.zerouali@kuehne-nagel.com
ATTENDEE;CN=Katrin Müller:mailto:katrin.mueller@kuehne-nagel.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="bookings-cabinet",
        uid=("040000008200E00074C5B7101A82E0080000000042F5E55235F7C1E2"
             "000000000000000010000000775A8AEB1DD7BA2CF435B9476738DF13"),
        label=(1, "Lesieur Cristal", "Responsable Supply Chain", "recruiter_screen",
               "amal.rhazi@talentis-rh.ma", "microsoft-bookings-cabinet-screen-client-in-body"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=Talentis RH – Prise de rendez-vous:mailto:TalentisRH@talentisrh.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Youssef El Amrani:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Amal Rhazi:mailto:amal.rhazi@talentis-rh.ma
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé.\n\nService : En
 tretien de présélection (45 min)\nAvec : Amal Rhazi\nNotes du cabinet :
  recrutement pour le compte de Lesieur Cristal – poste Responsable Suppl
 y Chain\, usine Ain Harrouda.\n\nRejoindre la réunion Microsoft Teams : h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Ym9va2luZ3M\n\nBesoi
 n de modifier ? Gérer la réservation : https://outlook.office365.com/owa
 /calendar/TalentisRH@talentisrh.onmicrosoft.com/bookings/\n
UID:040000008200E00074C5B7101A82E0080000000042F5E55235F7C1E2000000000000000010000000775A8AEB1DD7BA2CF435B9476738DF13
SUMMARY;LANGUAGE=fr-FR:Entretien de présélection (45 min) - Youssef El Amrani
DTSTART;TZID=Morocco Standard Time:20260113T170000
DTEND;TZID=Morocco Standard Time:20260113T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260110T112004Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-BOOKINGS-SERVICE:Entretien de présélection (45 min)
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="workday-danone",
        uid="WD-CAL-ee31c5b0-4a5f-4f16-a1aa-99d0c1b2d3e4@wd3.myworkday.com",
        label=(1, "Centrale Danone", "Responsable Planification & S&OP", "hiring_manager",
               "karima.slaoui@danone.com", "workday-french-n-plus-1-casablanca"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-CAL-ee31c5b0-4a5f-4f16-a1aa-99d0c1b2d3e4@wd3.myworkday.com
DTSTAMP:20260318T160500Z
DTSTART:20260325T090000Z
DTEND:20260325T100000Z
SUMMARY:Invitation : Entretien – Responsable Planification & S&OP – Casablanca (JR-0045521)
DESCRIPTION:Bonjour Youssef\,\n\nVous êtes invité(e) à un entretien avec
  Karima Slaoui\, Directrice Supply Chain\, pour le poste Responsable Plani
 fication & S&OP.\n\nLieu : Centrale Danone\, Route de Rabat\, Ain Sebaa\,
  Casablanca – accueil principal.\n\nDanone Talent Acquisition
LOCATION:Centrale Danone – Ain Sebaa
ORGANIZER;CN=Danone Talent Acquisition:mailto:danone@myworkday.com
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Karima Slaoui;PARTSTAT=ACCEPTED:mailto:karima.slaoui@danone.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="convocation",
        uid=("040000008200E00074C5B7101A82E008000000006A2D9E4F13A4DC01"
             "00000000000000001000000012AB34CD56EF78AB90CD12EF34AB56CD"),
        label=(1, "OCP Group", "Chef de Service Logistique – Jorf Lasfar", "",
               "y.berrada@ocpgroup.ma;n.elhajji@ocpgroup.ma", "formal-convocation-comite-selection"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MOROCCO_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Recrutement OCP":mailto:recrutement@ocpgroup.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="BERRADA Youness":mailto:y.berrada@ocpgroup.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="EL HAJJI Nawal":mailto:n.elhajji@ocpgroup.ma
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\,\n\nNous avons l'honneur de vous convo
 quer devant le comité de sélection pour le poste de Chef de Service Logi
 stique – Jorf Lasfar (réf. OCP/LOG/2026/07).\n\nMerci de vous présente
 r muni de votre CIN et des originaux de vos diplômes\, 30 minutes avant l
 'heure indiquée.\n\nDirection Capital Humain\n
UID:040000008200E00074C5B7101A82E008000000006A2D9E4F13A4DC0100000000000000001000000012AB34CD56EF78AB90CD12EF34AB56CD
SUMMARY;LANGUAGE=fr-FR:Convocation – Comité de sélection – M. EL AMRANI Youssef
DTSTART;TZID=Morocco Standard Time:20260414T093000
DTEND;TZID=Morocco Standard Time:20260414T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260403T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Siège OCP\, 2 rue Al Abtal\, Hay Erraha\, Casablanca – Salle 4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="founder-gmail",
        uid="2mv9oq1c7s5bk3t0d8hn4w6fzr@google.com",
        label=(1, "Sla7 Logistics", "Head of Ops", "hiring_manager",
               "amine.sla7@gmail.com", "founder-free-mail-darija-casual"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260131T110000
DTEND;TZID=Africa/Casablanca:20260131T120000
DTSTAMP:20260128T220410Z
ORGANIZER;CN=Amine Tazi:mailto:amine.sla7@gmail.com
UID:2mv9oq1c7s5bk3t0d8hn4w6fzr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amine Tazi;X-NUM-GUESTS=0:mailto:amine.sla7@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
DESCRIPTION:Salam Youssef\, comme dit par tel : on cherche notre Head of Op
 s (dernier km + entrepôt Lissasfa\, 40 livreurs). Je te présente le proj
 et\, tu me racontes ton parcours\, et si ça matche on voit la suite avec
  mon associé. Safi\, à samedi inchallah.\n\nMeet : https://meet.google.c
 om/kfw-jdpo-azs
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sla7 x Youssef – Head of Ops
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ashby-intro",
        uid="ashby-iv-8d1f44e2-2b7c-4a09-tawsil@ashbyhq.com",
        label=(1, "Tawsil Freight", "Supply & Operations Lead", "recruiter_screen",
               "nora@tawsil.io", "ashby-intro-call-english-startup"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-iv-8d1f44e2-2b7c-4a09-tawsil@ashbyhq.com
DTSTAMP:20260120T170012Z
DTSTART:20260123T150000Z
DTEND:20260123T153000Z
SUMMARY:Intro call: Youssef El Amrani <> Tawsil Freight
DESCRIPTION:Supply & Operations Lead – Casablanca\n\nInterviewer: Nora Be
 njelloun (Talent)\n\nGoogle Meet: https://meet.google.com/ydw-krne-qvz\n\n
 Need to reschedule? https://app.ashbyhq.com/candidate/reschedule/8d1f44e2
LOCATION:https://meet.google.com/ydw-krne-qvz
ORGANIZER;CN=Tawsil Freight:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Youssef El Amrani;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Nora Benjelloun;PARTSTAT=ACCEPTED:mailto:nora@tawsil.io
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="lever-loop",
        uid="lever-interview-b5e70f21-94d3-4c8a-souqly@hire.lever.co",
        label=(1, "Souqly", "Logistics Manager", "onsite",
               "youness@souqly.ma;hiba.k@souqly.ma", "lever-onsite-loop-casablanca-office"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
UID:lever-interview-b5e70f21-94d3-4c8a-souqly@hire.lever.co
DTSTAMP:20260305T110345Z
DTSTART;TZID=Africa/Casablanca:20260311T140000
DTEND;TZID=Africa/Casablanca:20260311T163000
SUMMARY:Interview: Youssef El Amrani for Logistics Manager (Onsite)
DESCRIPTION:Hi Youssef\, here is your onsite schedule at our Casablanca off
 ice (Technopark\, Route de Nouaceur).\n\n14:00 – 15:00 Youness Alaoui\,
  CEO\n15:00 – 15:45 Hiba Kabbaj\, Head of Supply\n15:45 – 16:30 Wareho
 use walk-through (Lissasfa hub)\n\nAsk for Imane at the front desk.\n\nSch
 eduled by Lever on behalf of Souqly.
LOCATION:Technopark Casablanca\, 3e étage
ORGANIZER;CN=Imane (Souqly People):mailto:people@souqly.ma
ATTENDEE;CN=Youssef El Amrani;RSVP=TRUE:mailto:youssef.elamrani.scm@gmail.com
ATTENDEE;CN=Youness Alaoui:mailto:youness@souqly.ma
ATTENDEE;CN=Hiba Kabbaj:mailto:hiba.k@souqly.ma
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entrevista-teams",
        uid=("040000008200E00074C5B7101A82E0080000000048DE1A7C5B93DC01"
             "0000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091A2B"),
        label=(1, "Gestamp", "Responsable de Logística de Planta", "recruiter_screen",
               "aetxeberria@gestamp.com", "spanish-teams-madrid-tz-rrhh"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + MADRID + r"""BEGIN:VEVENT
ORGANIZER;CN="Etxeberria, Amaia":mailto:aetxeberria@gestamp.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Youssef\,\n\nTe envío la convocatoria para
  la entrevista con RRHH para el puesto de Responsable de Logística de Pla
 nta (Gestamp Navarra). Duración aproximada 45 min.\n\n___________________
 _____________________________________________________________\nReunión de
  Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o
  dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_OGQyNjk4>\nId. de reunión: 3
 18 554 720 663\nCódigo de acceso: Gx5tP2\n_______________________________
 _________________________________________________\n\nUn saludo\,\nAmaia Et
 xeberria\nTalent Acquisition – Gestamp\n
UID:040000008200E00074C5B7101A82E0080000000048DE1A7C5B93DC010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091A2B
SUMMARY;LANGUAGE=es-ES:Entrevista RRHH - Youssef El Amrani
DTSTART;TZID=Europe/Madrid:20260317T120000
DTEND;TZID=Europe/Madrid:20260317T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T103344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
