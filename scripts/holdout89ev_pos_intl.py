"""holdout89: the user's own interviews in Portuguese, German, French and English (direct and agency invites)."""

from __future__ import annotations

from holdout89ev_ics import (
    PROD_GOOGLE,
    PROD_OUTLOOK,
    TZ_BERLIN,
    TZ_GMT,
    TZ_LISBON,
    TZ_ROMANCE,
    TZ_UTC00_PT,
    TZ_UTC01_EN,
    TZ_WEUROPE,
    cal,
    ev,
    meet,
    teams,
    webex,
)

G = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
GA = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE"
OL = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"


def events() -> list[dict[str, str]]:
    out = []

    out.append(ev("workable-pt", cal("-//Workable//Workable Calendar//EN", rf"""
{TZ_LISBON}
BEGIN:VEVENT
UID:workable-evt-55c0e7a1d2@workablemail.com
DTSTAMP:20260112T101010Z
DTSTART;TZID=Europe/Lisbon:20260116T100000
DTEND;TZID=Europe/Lisbon:20260116T103000
SUMMARY:Entrevista: Diretor(a) Comercial Ibérico – Vitaldata
ORGANIZER;CN=Rita Morais (Vitaldata):mailto:rita.morais@vitaldata.pt
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN=Rita Morais;PARTSTAT=ACCEPTED:mailto:rita.morais@vitaldata.pt
LOCATION:Google Meet
DESCRIPTION:Olá Lucía\,\n\nObrigada pela sua candidatura. Esta primeira conv
 ersa com a Rita Morais (Talent Partner) serve para conhecermos o seu perc
 urso e falarmos da função de Diretor(a) Comercial Ibérico. Pode falar em e
 spanhol se preferir.\n\n{meet("pt", "vtd-qmzp-krw")}\n\nEnviado via Workable
STATUS:CONFIRMED
END:VEVENT
"""), True, "Vitaldata", "Diretor(a) Comercial Ibérico", "recruiter_screen", "rita.morais@vitaldata.pt",
        "workable-pt"))

    out.append(ev("outlook-pt-onsite", cal(PROD_OUTLOOK, rf"""
{TZ_GMT}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Cara Lucía\,\n\nConfirmamos a entrevista presencial para a funç
 ão de Diretora de Vendas Espanha na nossa sede na Maia. Estarão presentes
  a Joana Ribeiro (Administradora) e o Nuno Carvalho (Diretor Comercial). O
  almoço será com a equipa de produto.\n\nCumprimentos\,\nSofia Lopes\nRecursos
  Humanos · MedPortus Dispositivos Médicos
DTSTART;TZID=GMT Standard Time:20260123T100000
DTEND;TZID=GMT Standard Time:20260123T140000
DTSTAMP:20260114T163311Z
LOCATION:MedPortus - Rua da Indústria 215\, 4470-000 Maia
ORGANIZER;CN="Lopes, Sofia":mailto:sofia.lopes@medportus.pt
{OL};CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ortega@gmail.com
{OL};CN="Ribeiro, Joana":mailto:joana.ribeiro@medportus.pt
{OL};CN="Carvalho, Nuno":mailto:nuno.carvalho@medportus.pt
SEQUENCE:0
SUMMARY;LANGUAGE=pt-PT:Entrevista presencial - Diretora de Vendas Espanha
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F8A9DC0100000000000000001000000001AB23CD45EF67AB89CD01EF23AB45CD
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""), True, "MedPortus Dispositivos Médicos", "Diretora de Vendas Espanha", "onsite",
        "joana.ribeiro@medportus.pt;nuno.carvalho@medportus.pt", "outlook-onsite-coordinator-pt"))

    out.append(ev("teams-pt-final", cal(PROD_OUTLOOK, rf"""
{TZ_UTC00_PT}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Boa tarde Lucía\,\n\nEntrevista final para a posição de Diretor(
 a) Nacional de Vendas – Espanha com o nosso CEO\, Dr. Henrique Tavares.\n\n{teams("pt", "356 771 209 448", "Tj8Fw2")}
DTSTART;TZID="(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres":20260206T150000
DTEND;TZID="(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres":20260206T160000
DTSTAMP:20260202T120000Z
LOCATION:Reunião do Microsoft Teams
ORGANIZER;CN="Tavares, Henrique";SENT-BY="mailto:ana.pinto@tejofarma.pt":mailto:henrique.tavares@tejofarma.pt
{OL};CN=lucia.fernandez.ortega@gmail.com:mailto:lucia.fernandez.ortega@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=pt-PT:Entrevista final – Diretor(a) Nacional de Vendas Espanha
UID:040000008200E00074C5B7101A82E00800000000A5B6C7D8E9F0DC010000000000000000100000007788990011223344556677889900AABB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""), True, "Tejo Farma", "Diretor(a) Nacional de Vendas Espanha", "final", "henrique.tavares@tejofarma.pt",
        "teams-sentby-final-pt"))

    out.append(ev("meet-pt", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260210T143000Z
DTEND:20260210T150000Z
DTSTAMP:20260204T110512Z
ORGANIZER;CN=Tiago Faria:mailto:tiago.faria@saudiva.com
UID:9a8s7d6f5g4h3j2k1l0q9w8e7r@google.com
{GA};CN=Tiago Faria;X-NUM-GUESTS=0:mailto:tiago.faria@saudiva.com
{G};CN=lucia.fernandez.ortega@gmail.com;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Conversa inicial (30 min) sobre a vaga de Gestor(a) de Contas-C
 have Espanha. Sou o recrutador interno da Saudiva.\n\n{meet("pt", "sdv-ktwp-mfo")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Conversa inicial – Gestor(a) de Contas-Chave (Saudiva)
TRANSP:OPAQUE
END:VEVENT
"""), True, "Saudiva", "Gestor(a) de Contas-Chave Espanha", "recruiter_screen", "tiago.faria@saudiva.com",
        "google-recruiter-pt"))

    out.append(ev("workday-pt", cal("-//Workday\\, Inc.//Workday Recruiting//EN", r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-JR-2026-0117-lusomed-3
DTSTAMP:20260217T090000Z
DTSTART:20260224T100000Z
DTEND:20260224T113000Z
SUMMARY:Entrevista - Gestor(a) de Desenvolvimento de Negócio Ibéria - JR-2026-0117
ORGANIZER;CN=Lusomed Recrutamento:mailto:lusomed@myworkday.com
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN=Miguel Antunes;ROLE=REQ-PARTICIPANT:mailto:miguel.antunes@lusomed.pt
LOCATION:Microsoft Teams (ligação no convite)
DESCRIPTION:Entrevista agendada\n\nCandidata: Lucía Fernández Ortega\nFunçã
 o: JR-2026-0117 Gestor(a) de Desenvolvimento de Negócio Ibéria\nFormato: A
 presentação de caso de negócio (abertura do mercado espanhol de hemodiális
 e) seguida de perguntas\nEntrevistador: Miguel Antunes (Head of Business De
 velopment)
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Lusomed", "Gestor(a) de Desenvolvimento de Negócio Ibéria", "technical",
        "miguel.antunes@lusomed.pt", "workday-case-pt"))

    out.append(ev("softgarden-de", cal("-//softgarden e-recruiting GmbH//softgarden//DE", rf"""
{TZ_BERLIN}
BEGIN:VEVENT
UID:sg-interview-88213-4410-sanomed@softgarden.io
DTSTAMP:20260113T131313Z
DTSTART;TZID=Europe/Berlin:20260119T110000
DTEND;TZID=Europe/Berlin:20260119T114500
SUMMARY:Vorstellungsgespräch: Country Manager Spanien (m/w/d) – Lucía Fernández Ortega
ORGANIZER;CN=Sanomed GmbH Recruiting:mailto:jobs@sanomed.de
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;CN=Katrin Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.vogel@sanomed.de
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrte Frau Fernández Ortega\,\n\nvielen Dank für Ihre Be
 werbung. Gerne laden wir Sie zu einem ersten Kennenlerngespräch mit Katrin
  Vogel (Talent Acquisition) ein. Das Gespräch kann auf Englisch geführt werd
 en.\n\n(English: first introductory call with our recruiter\, 45 minutes.)\n\
 n{teams("de", "367 004 551 238", "Sg5Nm1")}\n\nMit freundlichen Grüßen\nIhr Sanomed Recruiting-Team
STATUS:CONFIRMED
END:VEVENT
"""), True, "Sanomed", "Country Manager Spanien (m/w/d)", "recruiter_screen", "katrin.vogel@sanomed.de",
        "softgarden-de"))

    out.append(ev("personio-en", cal("-//Personio GmbH//Personio Recruiting//EN", rf"""
{TZ_WEUROPE}
BEGIN:VEVENT
UID:personio-interview-5520871-20260204
DTSTAMP:20260128T154500Z
DTSTART;TZID=W. Europe Standard Time:20260204T140000
DTEND;TZID=W. Europe Standard Time:20260204T150000
SUMMARY:Interview: Sales Manager Iberia (2nd round) – Lucía Fernández Ortega
ORGANIZER;CN=Implantec AG:mailto:no-reply@personio.de
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;CN=Florian Hartmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:f.hartmann@implantec.de
LOCATION:Microsoft Teams
DESCRIPTION:Dear Lucía\,\n\nwe would like to invite you to the second inter
 view for the position Sales Manager Iberia.\n\nDate: 04.02.2026\nTime: 14:00
  - 15:00 (Europe/Berlin)\nInterviewer: Florian Hartmann (VP Sales Southern E
 urope\, hiring manager)\n\n{teams("en", "352 617 093 884", "Im2pLt")}\n\nBest regards\nYour Implantec team
STATUS:CONFIRMED
END:VEVENT
"""), True, "Implantec", "Sales Manager Iberia", "hiring_manager", "f.hartmann@implantec.de",
        "personio-weurope-en"))

    out.append(ev("outlook-en-final", cal(PROD_OUTLOOK, rf"""
{TZ_WEUROPE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Lucía\,\n\nThank you for your time so far. As discussed wit
 h Markus\, the final step is a conversation with our Managing Director\, Dr
 . Claudia Weiss\, in Freiburg. We will cover your travel (flight VLC–BSL).\n
 \nKind regards\,\nMarkus Keller\nHead of International Sales\nDr. Weiss Medizi
 ntechnik GmbH
DTSTART;TZID=W. Europe Standard Time:20260212T100000
DTEND;TZID=W. Europe Standard Time:20260212T120000
DTSTAMP:20260203T080808Z
LOCATION:Dr. Weiss Medizintechnik\, Hans-Bunte-Str. 10\, Freiburg – Raum Schauinsland
ORGANIZER;CN="Keller, Markus":mailto:markus.keller@weiss-medizintechnik.de
{OL};CN="Fernández Ortega, Lucía":mailto:lucia.fernandez.ortega@gmail.com
{OL};CN="Weiss, Claudia":mailto:claudia.weiss@weiss-medizintechnik.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="FR-Raum Schauinsland (10)":mailto:raum.schauinsland@weiss-
 medizintechnik.de
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Final interview Lucía Fernández – Head of Sales Spain & Portugal
UID:040000008200E00074C5B7101A82E00800000000C6D7E8F9A0B1DC0100000000000000001000000055EE66FF77AA88BB99CC00DD11EE22FF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""), True, "Dr. Weiss Medizintechnik", "Head of Sales Spain & Portugal", "final",
        "markus.keller@weiss-medizintechnik.de;claudia.weiss@weiss-medizintechnik.de", "outlook-final-room-en"))

    out.append(ev("teams-fr", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bonjour Lucía\,\n\nSuite à votre échange avec notre chargée de
  recrutement\, je vous propose un entretien pour le poste de Responsable Gra
 nds Comptes Espagne. Je serai votre futur responsable. L'entretien peut se
  faire en anglais ou en espagnol.\n\nBien cordialement\,\nJean-Baptiste Morel
 \nDirecteur Europe du Sud – Laboratoires Dermaclair\n\n{teams("fr", "389 221 506 713", "Dc7Kq4")}
DTSTART;TZID=Romance Standard Time:20260217T093000
DTEND;TZID=Romance Standard Time:20260217T103000
DTSTAMP:20260210T171500Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Morel, Jean-Baptiste":mailto:jb.morel@dermaclair.fr
{OL};CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ortega@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable Grands Comptes Espagne
UID:040000008200E00074C5B7101A82E00800000000D7E8F9A0B1C2DC0100000000000000001000000066FF77AA88BB99CC00DD11EE22FF3344
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""), True, "Laboratoires Dermaclair", "Responsable Grands Comptes Espagne", "hiring_manager",
        "jb.morel@dermaclair.fr", "teams-hiring-manager-fr"))

    out.append(ev("agency-en", cal(PROD_OUTLOOK, rf"""
{TZ_UTC01_EN}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hi Lucía\,\n\nGreat news – Biosensia would like to meet you for
  the Business Development Director (Southern Europe) role. You'll speak with
  Dr. Hannah Collins (CCO) and Pierre Lemaire (GM France & Iberia). I'll join
  at the start to make introductions and then drop off.\n\nBest\,\nOliver Gran
 t\nPrincipal Consultant\, Hunter Life Sciences (London)\n\n{teams("en", "314 905 228 776", "Bs9Hx3")}
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260218T150000
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260218T160000
DTSTAMP:20260211T101900Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Grant, Oliver":mailto:oliver.grant@hunterlifesciences.co.uk
{OL};CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ortega@gmail.com
{OL};CN="Collins, Hannah":mailto:hannah.collins@biosensia.com
{OL};CN="Lemaire, Pierre":mailto:pierre.lemaire@biosensia.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Biosensia x Lucía Fernández Ortega – Business Development Director (Southern Europe)
UID:040000008200E00074C5B7101A82E00800000000E8F9A0B1C2D3DC01000000000000000010000000778899AABBCCDDEEFF00112233445566
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""), True, "Biosensia", "Business Development Director (Southern Europe)", "",
        "hannah.collins@biosensia.com;pierre.lemaire@biosensia.com", "agency-names-employer-en"))

    out.append(ev("webex-en", cal("-//Cisco Systems\\, Inc.//Webex Meetings//EN", rf"""
BEGIN:VEVENT
UID:d41f7e0c2b9a4c5e8f1a3b6d@lumenix.webex.com
DTSTAMP:20260220T130000Z
DTSTART:20260226T100000Z
DTEND:20260226T110000Z
SUMMARY:Lumenix | Interview – Key Account Director Imaging\, Spain
ORGANIZER;CN=Sven Aalders:mailto:sven.aalders@lumenixhealth.com
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
LOCATION:Webex
DESCRIPTION:Hello Lucía\, looking forward to our conversation about the Key
  Account Director Imaging role in my team. Sven (Sales Director Southern Eur
 ope\, Lumenix Healthcare)\n\n{webex("en", "lumenix", "2731 554 009", "Lx7mAg")}
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Lumenix Healthcare", "Key Account Director Imaging, Spain", "hiring_manager",
        "sven.aalders@lumenixhealth.com", "webex-hiring-manager-en"))

    out.append(ev("google-en", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260127T160000Z
DTEND:20260127T163000Z
DTSTAMP:20260122T092121Z
ORGANIZER;CN=Ainhoa Etxeberria:mailto:ainhoa@kinetik-rehab.com
UID:4r5t6y7u8i9o0p1a2s3d4f5g6h@google.com
{GA};CN=Ainhoa Etxeberria;X-NUM-GUESTS=0:mailto:ainhoa@kinetik-rehab.com
{G};CN=lucia.fernandez.ortega@gmail.com;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Hi Lucía! Intro call with me (Talent Lead) about the National S
 ales Manager opening. We're in Bilbao but the role is remote with travel.\n\n{meet("en", "knt-yrha-oqp")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucía / Kinetik – intro call
TRANSP:OPAQUE
END:VEVENT
"""), True, "Kinetik", "National Sales Manager", "recruiter_screen", "ainhoa@kinetik-rehab.com",
        "google-intro-call-en"))

    out.append(ev("teams-panel-en", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Lucía\,\n\nPlease find below the details of your panel inter
 view for National Sales Manager – Primary Care. Panel: Roberto Galli (Gener
 al Manager Iberia)\, Nuria Solé (HR Business Partner) and Jaime Ortuño (Medi
 cal Affairs). I will coordinate and will not be on the call.\n\nRegards\,\nLe
 ticia Prats\nTalent Acquisition Coordinator – Valmont Pharma Iberia\n\n{teams("en", "327 448 190 362", "Vp3Ns6")}
DTSTART;TZID=Romance Standard Time:20260303T113000
DTEND;TZID=Romance Standard Time:20260303T123000
DTSTAMP:20260224T145500Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Prats, Leticia":mailto:leticia.prats@valmontpharma.es
{OL};CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ortega@gmail.com
{OL};CN="Galli, Roberto":mailto:roberto.galli@valmontpharma.es
{OL};CN="Solé, Nuria":mailto:nuria.sole@valmontpharma.es
{OL};CN="Ortuño, Jaime":mailto:jaime.ortuno@valmontpharma.es
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Panel interview – National Sales Manager\, Primary Care
UID:040000008200E00074C5B7101A82E00800000000F9A0B1C2D3E4DC01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""), True, "Valmont Pharma Iberia", "National Sales Manager, Primary Care", "",
        "roberto.galli@valmontpharma.es;nuria.sole@valmontpharma.es;jaime.ortuno@valmontpharma.es",
        "teams-panel-coordinator-en"))

    out.append(ev("phone-screen-en", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260309T090000Z
DTEND:20260309T092000Z
DTSTAMP:20260304T171700Z
ORGANIZER;CN=Ryan Whitaker:mailto:rwhitaker@stentramedical.com
UID:0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com
{GA};CN=Ryan Whitaker;X-NUM-GUESTS=0:mailto:rwhitaker@stentramedical.com
{G};CN=lucia.fernandez.ortega@gmail.com;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Phone screen for Territory Sales Manager – Spain (Vascular). I'l
 l call you on +34 654 21 88 09. 20 minutes.\n\nRyan – Talent Acquisition EME
 A\, Stentra Medical
LOCATION:Phone call – Ryan will call you
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone screen – Lucía Fernández (Stentra)
TRANSP:OPAQUE
END:VEVENT
"""), True, "Stentra Medical", "Territory Sales Manager – Spain (Vascular)", "recruiter_screen",
        "rwhitaker@stentramedical.com", "phone-screen-en"))

    return out
