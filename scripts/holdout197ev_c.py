# ruff: noqa: E501
"""holdout197 events: Basel-area employers (Roche, Novartis, Sandoz, Bachem, Carbogen Amcis) and Siegfried."""

from holdout197ev_tz import W_EUROPE, ZURICH

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="workday-screen",
    uid="WD-INTERVIEW-roche-EVT-0000481177-1@myworkday.com",
    is_interview=1, company="Roche", role="Senior Process Engineer – Large Molecule DS (Kaiseraugst)", stage="recruiter_screen",
    interviewers="lukas.gerber@roche.com",
    trap="workday-noreply-organizer-recruiter-in-body",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:WD-INTERVIEW-roche-EVT-0000481177-1@myworkday.com
DTSTAMP:20250314T120944Z
DTSTART;TZID=Europe/Zurich:20250320T100000
DTEND;TZID=Europe/Zurich:20250320T103000
SUMMARY:Roche – Interview: Senior Process Engineer – Large Molecule DS (Kaiseraugst) (202502-104392)
ORGANIZER;CN=Roche Recruiting:mailto:roche@myworkday.com
ATTENDEE;CN=Cian O'Sullivan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Lukas Gerber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas.gerber@roche.com
LOCATION:Phone – the recruiter will call you on +353 86 221 7740
DESCRIPTION:Dear Cian\, \n\nyour phone interview with Lukas Gerber (Talent A
 cquisition Partner) is confirmed. Duration: 30 minutes.\n\nTo view or manag
 e your application\, sign in to your Roche candidate home on Workday.\n\nRo
 che Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="fachgespraech",
    uid="040000008200E00074C5B7101A82E008000000002B7C9E4F33A8DB0100000000000000001000000094B3C2D1E0F9A8B7C6D5E4F3A2B1C0D9",
    is_interview=1, company="Roche", role="Senior Process Engineer Large Molecule DS", stage="technical",
    interviewers="thomas.brunner@roche.com;claudia.meier.cm1@roche.com",
    trap="german-fachgespraech-technical-outlook",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brunner, Thomas {PTQ~Kaiseraugst}":mailto:thomas.brunner@roche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Meier, Claudia {PTQ~Kaiseraugst}":mailto:claudia.meier.cm1@roche.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gerber, Lukas {HRT~Basel}":mailto:lukas.gerber@roche.com
DESCRIPTION;LANGUAGE=de-CH:Hallo Cian\,\n\nwie von Lukas angekündigt\, hier die Einladung zum Fachgespräch (technisches Interview) für die Stelle Senior Process Engineer Large Molecule DS. Wir werden eine Fallstudie besprechen (Chromatographie-Scale-up\, Abweichung bei Protein-A-Ausbeute) – keine Vorbereitung nötig\, Papier und Stift genügen. Sprache: Englisch/Deutsch nach Wunsch.\n\nGruss\nThomas Brunner\nHead Process Engineering DS\, Kaiseraugst\n\n________________________________________________________________________________\nMicrosoft Teams Besprechung\nBesprechungs-ID: 319 422 870 551  Kennung: ZP6d2A\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ4NzY@thread.v2/0\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000002B7C9E4F33A8DB0100000000000000001000000094B3C2D1E0F9A8B7C6D5E4F3A2B1C0D9
SUMMARY;LANGUAGE=de-CH:Fachgespräch Senior Process Engineer LM DS – C. O'Sullivan
DTSTART;TZID=W. Europe Standard Time:20250408T140000
DTEND;TZID=W. Europe Standard Time:20250408T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T071955Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="one-way-video",
    uid="c8a1e5d2-hirevue-novartis-5510938@hirevue.com",
    is_interview=1, company="Novartis", role="Expert MSAT Engineer", stage="recruiter_screen",
    interviewers="",
    trap="hirevue-on-demand-video-interview-deadline-block",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Dublin
BEGIN:VEVENT
DTSTART:20250325T190000Z
DTEND:20250325T200000Z
DTSTAMP:20250320T220140Z
UID:c8a1e5d2-hirevue-novartis-5510938@hirevue.com
CREATED:20250320T220140Z
DESCRIPTION:Novartis Expert MSAT Engineer (Stein/Basel) – HireVue on-demand
  video interview. 6 questions\, 3 min each\, 30s thinking time\, 1 practice
  q. Link in the email from novartis@hirevue.com – expires 27 Mar 23:59 CET.
 \nDo it in the spare room\, laptop on books\, plain wall behind.
LAST-MODIFIED:20250320T220231Z
LOCATION:https://app.hirevue.com/interviews/novartis/5510938
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Novartis HireVue video interview (do it tonight!)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="smartrecruiters",
    uid="sr-interview-6f2b81c0-1d9e-4a7c-b3f2-sandoz-3321@smartrecruiters.com",
    is_interview=1, company="Sandoz", role="MSAT Process Expert Biologics", stage="hiring_manager",
    interviewers="beat.schaerer@sandoz.com",
    trap="smartrecruiters-hiring-manager-webex",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-6f2b81c0-1d9e-4a7c-b3f2-sandoz-3321@smartrecruiters.com
DTSTAMP:20250410T093311Z
DTSTART:20250416T090000Z
DTEND:20250416T100000Z
SUMMARY:Interview with Sandoz – MSAT Process Expert Biologics
ORGANIZER;CN=Sandoz Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Beat Schärer;PARTSTAT=ACCEPTED:mailto:beat.schaerer@sandoz.com
LOCATION:Webex
DESCRIPTION:Hello Cian\,\n\nYour interview has been scheduled.\n\nPosition:
  MSAT Process Expert Biologics (Basel)\nInterviewer: Beat Schärer\, Head MSA
 T Biologics DS\nFormat: Video call – Webex\n\nJoin Webex meeting: https://s
 andoz.webex.com/sandoz/j.php?MTID=m1f5e9a0b77c\nMeeting number: 2741 558 90
 12  Password: Msat2025\nJoin by phone: +41 44 580 2331 (Switzerland toll)\n\n
 Need to reschedule? Reply to your recruiter.\n\nSandoz Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="panel-basel",
    uid="sr-interview-0a7d4e91-22bc-4c10-9e7a-sandoz-3390@smartrecruiters.com",
    is_interview=1, company="Sandoz", role="MSAT Process Expert Biologics", stage="final",
    interviewers="beat.schaerer@sandoz.com;nadine.roth@sandoz.com;marco.zeller@sandoz.com",
    trap="smartrecruiters-final-panel-onsite-basel",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-0a7d4e91-22bc-4c10-9e7a-sandoz-3390@smartrecruiters.com
DTSTAMP:20250429T141200Z
DTSTART:20250512T073000Z
DTEND:20250512T110000Z
SUMMARY:Final round – Sandoz – MSAT Process Expert Biologics
ORGANIZER;CN=Sandoz Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Beat Schärer;PARTSTAT=ACCEPTED:mailto:beat.schaerer@sandoz.com
ATTENDEE;CN=Nadine Roth;PARTSTAT=ACCEPTED:mailto:nadine.roth@sandoz.com
ATTENDEE;CN=Marco Zeller;PARTSTAT=TENTATIVE:mailto:marco.zeller@sandoz.com
LOCATION:Sandoz Campus\, Hatterstrasse\, Basel – Reception Building 3
DESCRIPTION:Hello Cian\,\n\nFinal round\, in person in Basel:\n09:30 Case di
 scussion with Beat Schärer and Marco Zeller (Quality)\n11:00 Conversation w
 ith Nadine Roth\, Site Head DS\n12:00 Lunch\n\nTravel is booked by our trav
 el desk – see separate email.\n\nSandoz Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="umantis-invite",
    uid="umantis-bachem-20250402-77310-termin@abacus-umantis.ch",
    is_interview=1, company="Bachem", role="Verfahrensingenieur / Process Engineer Oligonucleotides", stage="",
    interviewers="r.schweizer@bachem.com;m.hug@bachem.com",
    trap="abacus-umantis-german-erstgespraech",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Bewerbermanagement//DE
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:umantis-bachem-20250402-77310-termin@abacus-umantis.ch
DTSTAMP:20250327T160500Z
DTSTART;TZID=Europe/Zurich:20250402T130000
DTEND;TZID=Europe/Zurich:20250402T140000
SUMMARY:Erstgespräch – Verfahrensingenieur / Process Engineer Oligonucleotides (Ref. 77310)
ORGANIZER;CN=Bachem AG Human Resources:mailto:jobs@bachem.com
ATTENDEE;CN=O'Sullivan Cian;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Schweizer Reto:mailto:r.schweizer@bachem.com
ATTENDEE;CN=Hug Mirjam:mailto:m.hug@bachem.com
LOCATION:MS Teams (Link folgt per E-Mail)
DESCRIPTION:Sehr geehrter Herr O'Sullivan\n\nGerne bestätigen wir Ihnen den
  Termin für ein erstes Gespräch mit Herrn Reto Schweizer (Leiter Verfahrens
 technik) und Frau Mirjam Hug (HR Business Partner).\n\nFreundliche Grüsse\
 nBachem AG\, Hauptstrasse 144\, 4416 Bubendorf
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="video-call",
    uid="gcal-9fq3m2kd0lbn5v8r1t6x4ze7yu@google.com",
    is_interview=1, company="Carbogen Amcis", role="Senior Process Engineer", stage="hiring_manager",
    interviewers="daniel.koller@carbogen-amcis.com",
    trap="google-invite-vague-title-hiring-manager-zurich",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250424T123000Z
DTEND:20250424T132000Z
DTSTAMP:20250417T084411Z
ORGANIZER;CN=Daniel Koller:mailto:daniel.koller@carbogen-amcis.com
UID:gcal-9fq3m2kd0lbn5v8r1t6x4ze7yu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Daniel Koller;X-NUM-GUESTS=0:mailto:daniel.koller@carbogen-amcis.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=cian.osullivan.eng@gmail.com;X-NUM-GUESTS=0:mailto:cian.osullivan.e
 ng@gmail.com
DESCRIPTION:Hi Cian\, as promised a slot to talk through the Senior Process
  Engineer opening in Bubendorf and your CV. I'm the hiring manager\; if it's
  a fit we'd invite you to the site afterwards.\nBest\, Daniel\n\nJoin with G
 oogle Meet: https://meet.google.com/hzn-pqkw-oqe\nOr dial: (CH) +41 43 508
  21 44 PIN: 330 551 092#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Carbogen Amcis / Cian O'Sullivan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="entretien-french",
    uid="040000008200E00074C5B7101A82E0080000000061F2A3B4C5D6DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0A",
    is_interview=1, company="Siegfried", role="Ingénieur procédés senior (H/F)", stage="",
    interviewers="valerie.rouiller@siegfried.ch;olivier.gay@siegfried.ch",
    trap="french-entretien-outlook-valais-site",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Rouiller Valérie":mailto:valerie.rouiller@siegfried.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gay Olivier":mailto:olivier.gay@siegfried.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur O'Sullivan\,\n\nSuite à votre candidature pour le poste d'Ingénieur procédés senior (H/F) sur notre site d'Evionnaz\, nous avons le plaisir de vous convier à un entretien par visioconférence avec M. Olivier Gay\, responsable Engineering & Technologie\, et moi-même.\n\nL'entretien pourra se dérouler en anglais. Merci de nous confirmer votre disponibilité.\n\nMeilleures salutations\nValérie Rouiller\nRessources Humaines\, Siegfried Evionnaz SA\n\nRéunion Microsoft Teams – Rejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmRkN2E@thread.v2/0\nID de réunion : 355 108 447 209  Code secret : 9QmxA2\n
UID:040000008200E00074C5B7101A82E0080000000061F2A3B4C5D6DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0A
SUMMARY;LANGUAGE=fr-CH:Entretien – Ingénieur procédés senior – M. O'Sullivan
DTSTART;TZID=W. Europe Standard Time:20250430T100000
DTEND;TZID=W. Europe Standard Time:20250430T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T131056Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))
