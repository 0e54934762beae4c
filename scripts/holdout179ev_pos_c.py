# ruff: noqa: E501
"""holdout179: the user's own interviews, part C (SEA tech, logistics, German, French, Malay)."""

from holdout179ev_tz import ev

EVENTS = [
    ev(
        "greenhouse-technical", "gh-goride-6120334-tech-dr", 1, "GoRide",
        "Security Engineering Manager, Detection & Response", "technical",
        "vikram.rao@goride.com;nadia.halim@goride.com", "greenhouse-technical-deep-dive-two-interviewers",
        r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
@@SG@@
BEGIN:VEVENT
UID:gh-goride-6120334-tech-dr
DTSTAMP:20250305T093000Z
DTSTART;TZID=Asia/Singapore:20250310T150000
DTEND;TZID=Asia/Singapore:20250310T161500
SUMMARY:Interview with GoRide - D&R Technical Deep Dive
DESCRIPTION:Hi Wei Jie\,\n\nConfirming your D&R technical deep dive for Se
 curity Engineering Manager\, Detection & Response.\nYou'll meet Vikram Rao
  (Head of Security Engineering) and Nadia Halim (Lead\, Incident Response).
 \nLocation: GoRide HQ\, 3 Media Close\, Level 5 - ask for the recruitment
  team at reception.\n\nBest\,\nGoRide Talent Acquisition
ORGANIZER;CN=GoRide Talent Acquisition:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Vikram Rao:mailto:vikram.rao@goride.com
ATTENDEE;CN=Nadia Halim:mailto:nadia.halim@goride.com
LOCATION:GoRide HQ\, 3 Media Close\, Level 5
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "lever-hm-chat", "lever-lazmart-77ab12-hm", 1, "Lazmart",
        "Threat Detection Lead", "hiring_manager", "kevin.lim@lazmart.sg",
        "lever-conversation-with-manager-no-interview-word",
        r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-lazmart-77ab12-hm
DTSTAMP:20250320T034500Z
DTSTART:20250325T090000Z
DTEND:20250325T094500Z
SUMMARY:Wei Jie Tan <> Kevin Lim
DESCRIPTION:Conversation with Kevin Lim (Director\, Security Operations) f
 or the Threat Detection Lead position at Lazmart.\nGoogle Meet: https://m
 eet.google.com/lzm-kvn-wjt
ORGANIZER;CN=Lazmart Talent:mailto:talent@lazmart.sg
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Kevin Lim:mailto:kevin.lim@lazmart.sg
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "smartrecruiters-screen", "SR-SDG-744190223-1", 1, "Sea Dragon Games",
        "Lead Security Engineer (SOC)", "recruiter_screen", "chloe.tay@seadragongames.com",
        "smartrecruiters-first-interview-phone",
        r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@SG@@
BEGIN:VEVENT
UID:SR-SDG-744190223-1
DTSTAMP:20250212T031500Z
DTSTART;TZID=Asia/Singapore:20250214T113000
DTEND;TZID=Asia/Singapore:20250214T120000
SUMMARY:First Interview: Lead Security Engineer (SOC) - Sea Dragon Games
DESCRIPTION:Interview type: Phone\nInterviewer: Chloe Tay (Talent Acquisit
 ion Partner)\nWe will call you at the number on your application.\nPowered
  by SmartRecruiters
ORGANIZER;CN=Sea Dragon Games Hiring:mailto:notifications@smartrecruiters.com
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Chloe Tay:mailto:chloe.tay@seadragongames.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "outlook-sst-interview", "040000008200E00074C5B7101A82E0080000000090A1C2D3E4F5DB01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900", 1,
        "Changi Aerotech", "Assistant Director, Cyber Security Operations", "",
        "shirley.goh@changiaerotech.com.sg;hafiz.rahman@changiaerotech.com.sg",
        "outlook-sst-successfactors-interview-unclear-stage",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN="Goh, Shirley (HR)":mailto:Shirley.Goh@changiaerotech.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=weijie.tan.sec@gmail.com:mailto:weijie.tan.sec@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rahman, Hafiz":mailto:Hafiz.Rahman@changiaerotech.com.sg
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CAT-Loyang-B2-MR Kestrel":mailto:CAT-Loyang-B2-MRKestrel@changiaerotech.com.sg
DESCRIPTION;LANGUAGE=en-US:Dear Wei Jie\,\n\nThank you for your applicati
 on for Assistant Director\, Cyber Security Operations (Req 31204). We wou
 ld like to invite you for an interview at our Loyang campus.\n\nPlease re
 gister at the Visitor Centre\, Gate 2\, 15 mins before. Parking is availa
 ble.\n\nBest regards\,\nShirley Goh\nTalent Acquisition\n
UID:040000008200E00074C5B7101A82E0080000000090A1C2D3E4F5DB01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900
SUMMARY;LANGUAGE=en-US:Interview - AD Cyber Security Ops - Tan Wei Jie
DTSTART;TZID=Singapore Standard Time:20250409T093000
DTEND;TZID=Singapore Standard Time:20250409T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T020115Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CAT-Loyang-B2-MR Kestrel
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "workday-final-ciso", "WD-PPH-INT-2025-00912-F", 1, "Pasir Port Holdings",
        "Senior Manager, Cyber Defence", "final", "jeffrey.loh@pasirport.com",
        "workday-final-round-competitor-logistics",
        r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@SG@@
BEGIN:VEVENT
UID:WD-PPH-INT-2025-00912-F
DTSTAMP:20250414T014500Z
DTSTART;TZID=Asia/Singapore:20250417T160000
DTEND;TZID=Asia/Singapore:20250417T170000
SUMMARY:Final Round Interview - Senior Manager\, Cyber Defence
DESCRIPTION:Dear Wei Jie\,\nYou are invited to the final round with Jeffr
 ey Loh\, Group CISO\, Pasir Port Holdings.\nVenue: PPH Tower\, 460 Alexand
 ra Road\, Level 22.\nPasir Port Holdings Talent Acquisition
ORGANIZER;CN=Pasir Port Holdings:mailto:pasirport@myworkday.com
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Jeffrey Loh:mailto:jeffrey.loh@pasirport.com
LOCATION:PPH Tower\, 460 Alexandra Road\, Level 22
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "personio-german", "personio-rheinfracht-1188423-gespraech", 1, "Rheinfracht Logistik",
        "Security Operations Manager APAC (Singapur)", "hiring_manager",
        "m.becker@rheinfracht.de", "german-personio-vorstellungsgespraech",
        r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@@BERLIN@@
BEGIN:VEVENT
UID:personio-rheinfracht-1188423-gespraech
DTSTAMP:20250303T081000Z
DTSTART;TZID=Europe/Berlin:20250306T090000
DTEND;TZID=Europe/Berlin:20250306T100000
SUMMARY:Vorstellungsgespräch: Security Operations Manager APAC (Singapur)
DESCRIPTION:Hallo Wei Jie\,\n\nvielen Dank für deine Bewerbung bei der Rhe
 infracht Logistik GmbH. Wir freuen uns\, dich zu einem ersten Kennenlernen
  mit Markus Becker (Head of IT Security\, Hamburg) einzuladen. Das Gespräc
 h findet auf Englisch statt.\n\nMicrosoft Teams: https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_RHF1188%40thread.v2/0\n\n(16:00 Uhr Singapu
 r-Zeit)\n\nViele Grüße\nDein Recruiting-Team
ORGANIZER;CN=Rheinfracht Recruiting:mailto:noreply@personio.de
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Markus Becker:mailto:m.becker@rheinfracht.de
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "german-second-round", "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000010000000FA1C0E2B3D4A5968778695A4B3C2D1E0", 1,
        "Falkenstein Cyber", "Teamleiter Detection Engineering (Remote APAC)", "technical",
        "j.hoffmann@falkenstein-cyber.de;s.yilmaz@falkenstein-cyber.de",
        "german-outlook-w-europe-zweitgespraech-fachlich",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@W_EUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Julia":mailto:J.Hoffmann@falkenstein-cyber.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=weijie.tan.sec@gmail.com:mailto:weijie.tan.sec@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Yilmaz, Serkan":mailto:S.Yilmaz@falkenstein-cyber.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Tan\,\n\nwie besprochen anbei die Ei
 nladung zum fachlichen Zweitgespräch. Serkan Yilmaz (Lead SOC Architect)
  und ich möchten mit Ihnen einen Use Case aus dem MDR-Betrieb durchgehen. B
 itte planen Sie 90 Minuten ein.\n\nMit freundlichen Grüßen\nJulia Hoffman
 n\nLeiterin Managed Detection & Response\n\n_________________\nMicrosoft
  Teams-Besprechung\nAuf dem Computer oder in der mobilen App teilnehmen\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000010000000FA1C0E2B3D4A5968778695A4B3C2D1E0
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Tan / Falkenstein Cyber
DTSTART;TZID=W. Europe Standard Time:20250401T100000
DTEND;TZID=W. Europe Standard Time:20250401T113000
DTSTAMP:20250325T140010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "french-entretien-technique", "sentinelle-smartr-55120-ET", 1, "Sentinelle Systèmes",
        "Responsable SOC Asie-Pacifique", "technical", "claire.dubois@sentinelle-systemes.fr",
        "french-entretien-technique-paris-zone",
        r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Calendar//FR
VERSION:2.0
METHOD:REQUEST
@@PARIS@@
BEGIN:VEVENT
UID:sentinelle-smartr-55120-ET
DTSTAMP:20250318T100000Z
DTSTART;TZID=Europe/Paris:20250321T093000
DTEND;TZID=Europe/Paris:20250321T103000
SUMMARY:Entretien technique - Responsable SOC Asie-Pacifique
DESCRIPTION:Bonjour Wei Jie\,\n\nNous avons le plaisir de vous convier à u
 n entretien technique avec Claire Dubois\, Directrice du CERT. L'entretien
  se déroulera en anglais sur Microsoft Teams.\n\nHeure de Singapour : 16h
 30.\n\nBien cordialement\,\nL'équipe Recrutement - Sentinelle Systèmes
ORGANIZER;CN=Sentinelle Systèmes Recrutement:mailto:notifications@smartrec
 ruiters.com
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Claire Dubois:mailto:claire.dubois@sentinelle-systemes.fr
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "workable-french-manager", "workable-cybelis-a77f01-2", 1, "Cybelis",
        "Threat Detection Manager - Singapore", "hiring_manager", "antoine.mercier@cybelis.io",
        "french-workable-entretien-avec-le-manager",
        r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-cybelis-a77f01-2
DTSTAMP:20250408T071500Z
DTSTART:20250410T080000Z
DTEND:20250410T084500Z
SUMMARY:Entretien avec le manager - Cybelis
DESCRIPTION:Poste : Threat Detection Manager - Singapore\nAvec : Antoine M
 ercier\, VP Operations\nGoogle Meet : https://meet.google.com/cyb-lsa-mgr\n
 \nEnvoyé via Workable
ORGANIZER;CN=Cybelis:mailto:noreply@workablemail.com
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Antoine Mercier:mailto:antoine.mercier@cybelis.io
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "icims-panel", "icims-singalink-req48812-panel-1", 1, "SingaLink Telecom",
        "Manager, Cyber Defence Centre", "onsite",
        "tan.chee.meng@singalink.com.sg;rachel.ong@singalink.com.sg;deepak.s@singalink.com.sg",
        "icims-panel-at-office-three-panellists",
        r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
@@SG@@
BEGIN:VEVENT
UID:icims-singalink-req48812-panel-1
DTSTAMP:20250220T063000Z
DTSTART;TZID=Asia/Singapore:20250226T140000
DTEND;TZID=Asia/Singapore:20250226T153000
SUMMARY:SingaLink Telecom - Panel Interview (Req 48812)
DESCRIPTION:Candidate: Wei Jie Tan\nPosition: Manager\, Cyber Defence Cent
 re\nPanel: Tan Chee Meng (VP Cyber Security)\, Rachel Ong (Head of CDC)\,
  Deepak Subramaniam (Senior Manager\, Threat Intelligence)\nVenue: SingaLin
 k Comcentre\, 31 Exeter Road\, Level 9 Meeting Room 9-04\nDress: business
  casual
ORGANIZER;CN=SingaLink Careers:mailto:careers@singalink.icims.com
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Tan Chee Meng:mailto:tan.chee.meng@singalink.com.sg
ATTENDEE;CN=Rachel Ong:mailto:rachel.ong@singalink.com.sg
ATTENDEE;CN=Deepak Subramaniam:mailto:deepak.s@singalink.com.sg
LOCATION:SingaLink Comcentre\, 31 Exeter Road\, Level 9
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "malay-temu-duga", "TTB-HR-TD-2025-0417-WJT", 1, "Tanjung Telekom",
        "Pengurus Kanan, Operasi Keselamatan Siber", "onsite", "Puan Norhayati Ismail;Encik Suresh Kumar",
        "malay-temu-duga-kl-floating-time",
        r"""
BEGIN:VCALENDAR
PRODID:-//Tanjung Telekom Berhad//HRIS//MS
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:TTB-HR-TD-2025-0417-WJT
DTSTAMP:20250410T020000Z
DTSTART:20250417T100000
DTEND:20250417T113000
SUMMARY:Temu Duga Bersemuka - Pengurus Kanan\, Operasi Keselamatan Siber
DESCRIPTION:Tuan/Puan\,\nSukacita dimaklumkan bahawa anda telah dipanggil
  untuk temu duga bersemuka bagi jawatan di atas.\nPanel: Puan Norhayati Is
 mail (Ketua Pegawai Keselamatan Maklumat) dan Encik Suresh Kumar (Sumber
  Manusia)\nTempat: Menara Tanjung\, Jalan Pantai Baharu\, Kuala Lumpur\, A
 ras 18\nSila bawa pasport dan salinan sijil.\nMasa adalah waktu Malaysia.
ORGANIZER;CN=Jabatan Sumber Manusia:mailto:rekrut@tanjungtelekom.com.my
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
LOCATION:Menara Tanjung\, Kuala Lumpur\, Aras 18
END:VEVENT
END:VCALENDAR
""",
    ),
]
