"""holdout45: negatives that are not the user's own interviews (part B).

Personal appointments (doctor, bank, visa, language school), internal meetings, the user's own appraisal and exit
interview, congress, tutoring a resident, an offer call, a follow-up task. Written blind (CC0 1.0).
"""

from __future__ import annotations

from holdout45ev_boiler import teams
from holdout45ev_ics import (
    APPLE,
    OUTLOOK,
    TBIRD,
    TZ_MADRID,
    TZ_PARIS,
    TZ_ROMANCE,
    esc,
    event,
    uid_google,
    uid_outlook,
    uid_uuid,
    vcal,
)
from holdout45ev_neg_other_a import ME, PUBLISH, gcal


def exch(seed: str, start: str, end: str, summary: str, desc: str, organizer: str, lang: str = "ca-ES",
         location: str = "", attendees: tuple[str, ...] = ("Herrera Ruiz, Santiago|sherrera@hullobregat.cat",),
         extra: str = "") -> tuple[str, str]:
    """An Exchange request in Romance Standard Time; people are 'CN|address'."""
    uid = uid_outlook(seed)
    name, addr = organizer.split("|")
    att = "\n".join(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{n}"\n :mailto:{a}'
                    for n, a in (x.split("|") for x in attendees))
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="{name}":mailto:{addr}
{att}
DESCRIPTION;LANGUAGE={lang}:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE={lang}:{esc(summary)}
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
DTSTAMP:{start[:6]}01T080000Z
CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE={lang}:{esc(location)}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1{extra}
END:VEVENT"""
    return vcal(OUTLOOK, body, (TZ_ROMANCE,)), uid


def thank_you_task() -> dict[str, str]:
    ics, uid = gcal("neg-thanks-albaterra", "20250318T213000", "20250318T214500",
                    "Enviar email agradecimiento Albaterra (Elena + Jordi)",
                    "Mencionar el caso del ICSR y lo de la formación en E2B.", head=PUBLISH)
    return event("google-follow-up-task-es", ics, uid, trap="follow-up-task-names-employer-es")


def doctor() -> dict[str, str]:
    uid = uid_uuid("neg-cap", upper=True)
    ics = vcal(APPLE, f"""BEGIN:VEVENT
CREATED:20250303T080011Z
DTEND;TZID=Europe/Madrid:20250307T084500
DTSTAMP:20250303T080030Z
DTSTART;TZID=Europe/Madrid:20250307T083000
LAST-MODIFIED:20250303T080030Z
LOCATION:CAP Sant Ildefons\\, Cornellà de Llobregat
SEQUENCE:0
SUMMARY:Metge de capçalera (analítica)
TRANSP:OPAQUE
UID:{uid}
END:VEVENT""", (TZ_MADRID,))
    return event("ios-doctor-ca", ics, uid, trap="personal-doctor-ca")


def bank() -> dict[str, str]:
    ics, uid = gcal("neg-bank", "20250414T183000", "20250414T191500", "Cita gestor hipoteca – Banco Ibérico",
                    "Llevar nóminas (3 últimas), IRPF 2024 y vida laboral. Preguntar por tipo mixto.",
                    "Banco Ibérico, oficina Sants-Estació, C/ de Sants 12",
                    "Gestor Banco Ibérico|citas@bancoiberico.es",
                    ("Gestor Banco Ibérico|citas@bancoiberico.es", ME))
    return event("google-bank-es", ics, uid, trap="personal-bank-appointment-es")


def visa() -> dict[str, str]:
    ics, uid = gcal("neg-visa", "20250328T081500", "20250328T100000",
                    "Entrevista consular visado B1/B2 – Embajada EE. UU. Madrid",
                    "Para el congreso ASHP Midyear. Llevar: pasaporte, DS-160 (confirmación AA00EXAMPL), justificante "
                    "de pago MRV, carta de invitación del congreso y carta del hospital. No se permite móvil dentro.",
                    "Embajada de EE. UU., C/ Serrano 75, Madrid", head=PUBLISH)
    return event("google-visa-interview-es", ics, uid, trap="visa-consular-interview-es")


def language_level() -> dict[str, str]:
    ics, uid = gcal("neg-eoi", "20250225T180000", "20250225T183000",
                    "Prova de nivell alemany EOI (entrevista oral)",
                    "Escola Oficial d'Idiomes Barcelona-Drassanes. Entrevista oral de 10 minuts per assignar nivell.",
                    "EOI Barcelona-Drassanes, Av. de les Drassanes 14", head=PUBLISH)
    return event("google-language-placement-ca", ics, uid, trap="language-school-oral-interview-ca")


def cft() -> dict[str, str]:
    ics, uid = exch("neg-cft", "20250320T140000", "20250320T153000",
                    "Comissió de Farmàcia i Terapèutica – sessió de març",
                    "Ordre del dia: 1. Acta anterior. 2. Sol·licitud d'inclusió de tirzepatida. 3. Protocol d'ús de "
                    "biosimilars d'ustekinumab. 4. Precs i preguntes.", "Puig Vidal, Montserrat|mpuig@hullobregat.cat",
                    location="Sala de Juntes Direcció")
    return event("exchange-committee-ca", ics, uid, trap="internal-committee-ca")


def appraisal() -> dict[str, str]:
    ics, uid = exch("neg-appraisal", "20250212T120000", "20250212T130000",
                    "Entrevista anual de desempeño – Santiago Herrera",
                    "Revisión de objetivos 2024, plan de formación y objetivos 2025. Trae tu autoevaluación rellena.",
                    "Puig Vidal, Montserrat|mpuig@hullobregat.cat", "es-ES", "Despacho Jefatura Farmacia")
    return event("exchange-own-appraisal-es", ics, uid, trap="own-performance-review-es")


def exit_interview() -> dict[str, str]:
    ics, uid = exch("neg-exit", "20250627T100000", "20250627T103000", "Entrevista de sortida – Santiago Herrera",
                    "Benvolgut Santiago, com a part del procés de baixa voluntària et proposem una entrevista de "
                    "sortida confidencial per conèixer la teva experiència a l'hospital. Gràcies!\n\n"
                    "Laia Ferrer – RRHH",
                    "Ferrer Soler, Laia|lferrer@hullobregat.cat", location="Recursos Humans, edifici C")
    return event("exchange-own-exit-interview-ca", ics, uid, trap="own-exit-interview-ca")


def dentist() -> dict[str, str]:
    uid = uid_uuid("neg-dentist")
    ics = vcal(TBIRD, f"""BEGIN:VEVENT
CREATED:20250401T190000Z
LAST-MODIFIED:20250401T190000Z
DTSTAMP:20250401T190000Z
UID:{uid}
SUMMARY:Dentista – revisió i neteja
DTSTART;TZID=Europe/Madrid:20250416T093000
DTEND;TZID=Europe/Madrid:20250416T101500
LOCATION:Clínica Dental Rambla\\, Hospitalet
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("thunderbird-dentist-ca", ics, uid, trap="personal-dentist-ca")


def congress() -> dict[str, str]:
    uid = uid_google("neg-sefh")
    ics = vcal(PUBLISH, f"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20250618
DTEND;VALUE=DATE:20250621
DTSTAMP:20250210T100000Z
UID:{uid}
CREATED:20250210T095500Z
DESCRIPTION:{esc("Presento póster de farmacovigilancia de inmunoterapia (jueves 19, 10:30). Hotel reservado.")}
LAST-MODIFIED:20250210T095500Z
LOCATION:Palacio de Congresos de Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Congreso SEFH 2025 (Valencia)
TRANSP:TRANSPARENT
END:VEVENT""")
    return event("google-multiday-congress-es", ics, uid, trap="congress-multiday-es")


def clinical_session() -> dict[str, str]:
    ics, uid = exch("neg-sessio", "20250521T083000", "20250521T093000",
                    "Sessió clínica Servei de Farmàcia: biosimilars en MII",
                    "Presenta: Santiago Herrera. Moderadora: Dra. Elisa Navarro." + "\n\n" + teams("neg-sessio", "ca"),
                    "Navarro Gil, Elisa|enavarro@hullobregat.cat", location="Aula 2 Docència / Teams")
    return event("exchange-clinical-session-ca", ics, uid, trap="internal-session-ca")


def tutor_resident() -> dict[str, str]:
    ics, uid = exch("neg-tutor", "20250417T133000", "20250417T141500",
                    "Entrevista tutor-resident (trimestral) – Pol Vidal, R2",
                    "Entrevista estructurada trimestral del tutor amb el resident: rotacions, objectius docents i "
                    "llibre del resident.", "Herrera Ruiz, Santiago|sherrera@hullobregat.cat",
                    attendees=("Vidal Puig, Pol|pvidal.fir@hullobregat.cat",), location="Despatx tutors")
    return event("exchange-tutor-resident-ca", ics, uid, trap="tutor-resident-interview-ca")


def goethe() -> dict[str, str]:
    uid = uid_uuid("neg-goethe")
    desc = """Goethe-Zertifikat B2 – Mündliche Prüfung
Bitte bringen Sie Ihren Ausweis und die Anmeldebestätigung mit. Einlass 15 Minuten vor Prüfungsbeginn.
Goethe-Institut Barcelona, Calle Roger de Flor 224"""
    ics = vcal(TBIRD, f"""BEGIN:VEVENT
CREATED:20250420T100000Z
LAST-MODIFIED:20250420T100000Z
DTSTAMP:20250420T100000Z
UID:{uid}
SUMMARY:Goethe-Zertifikat B2 – mündliche Prüfung (Paarprüfung)
DTSTART;TZID=Europe/Madrid:20250524T113000
DTEND;TZID=Europe/Madrid:20250524T120000
DESCRIPTION:{esc(desc)}
LOCATION:Goethe-Institut Barcelona
TRANSP:OPAQUE
END:VEVENT""", (TZ_MADRID,))
    return event("thunderbird-oral-exam-de", ics, uid, trap="language-exam-oral-de")


def press_fr() -> dict[str, str]:
    uid = uid_uuid("neg-press-fr")
    desc = """Bonjour Santiago,

Merci d'avoir accepté cette interview pour notre dossier sur les pénuries de médicaments à l'hôpital en Europe. \
Une vingtaine de minutes par téléphone ; je vous enverrai vos citations pour relecture.

Élodie Garnier
Journaliste – Pharma Hebdo"""
    ics = vcal("PRODID:-//Apple Inc.//Mac OS X 10.15.7//EN\nVERSION:2.0\nMETHOD:REQUEST\nCALSCALE:GREGORIAN",
               f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250505T091500Z
DTSTART;TZID=Europe/Paris:20250512T110000
DTEND;TZID=Europe/Paris:20250512T113000
SUMMARY:Interview Santiago Herrera – dossier pénuries (Pharma Hebdo)
DESCRIPTION:{esc(desc)}
LOCATION:Téléphone
ORGANIZER;CN=Élodie Garnier:mailto:e.garnier@pharmahebdo.fr
ATTENDEE;CN=Santiago Herrera;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:santi.herrera.farma@gmail.com
SEQUENCE:0
END:VEVENT""", (TZ_PARIS,))
    return event("apple-press-interview-fr", ics, uid, trap="press-interview-fr")


def flat_viewing() -> dict[str, str]:
    ics, uid = gcal("neg-flat", "20250510T113000", "20250510T120000", "Visita pis Gràcia (Idealista)",
                    "C/ de Verdi 88, 3r 2a. Preguntar per despeses de comunitat.", "C/ de Verdi 88, Barcelona",
                    head=PUBLISH)
    return event("google-flat-viewing-ca", ics, uid, trap="personal-flat-viewing-ca")


def offer_call() -> dict[str, str]:
    ics, uid = gcal("neg-offer-kessler", "20250430T131500", "20250430T133000",
                    "Llamada con Isabel (Kessler) – propuesta económica",
                    "Me llama para presentarme la oferta. Pedir desglose de variable y fecha de incorporación.",
                    "Teléfono", head=PUBLISH)
    return event("google-offer-call-es", ics, uid, trap="offer-call-after-process-es")


def newsletter_interview() -> dict[str, str]:
    ics, uid = exch("neg-newsletter", "20250610T123000", "20250610T130000",
                    "Entrevista a la Dra. Puig per al butlletí del Servei",
                    "Faig jo les preguntes per a la secció «Coneix el servei» del butlletí intern (jubilació de la "
                    "Rosa, 40 anys del servei).", "Herrera Ruiz, Santiago|sherrera@hullobregat.cat",
                    attendees=("Puig Vidal, Montserrat|mpuig@hullobregat.cat",), location="Despatx Jefatura")
    return event("exchange-user-interviews-colleague-ca", ics, uid, trap="user-interviews-for-newsletter-ca")


def events() -> list[dict[str, str]]:
    return [thank_you_task(), doctor(), bank(), visa(), language_level(), cft(), appraisal(), exit_interview(),
            dentist(), congress(), clinical_session(), tutor_resident(), goethe(), press_fr(), flat_viewing(),
            offer_call(), newsletter_interview()]
