"""The words printed in reports, in English and Danish, without Qt.

Reports are made in the core (the CLI makes them too), so they cannot use Qt's translator.
Their labels live here instead: one dict keyed by the English text, valued by the Danish.
``label(text, lang)`` looks a label up and fills its ``{named}`` fields. A label missing from
the table prints in English; ``tests/test_report_pdf.py`` fails on any ``label("…")`` or
``t("…")`` call whose text is not a key here, so none goes unnoticed. (Not named ``tr``:
``lupdate`` would take such calls for Qt's and file them into the .ts under no context.
The lead may later route these through Qt's translation files; keeping them in one table
makes that a mechanical move.)

Dates, times and numbers are formatted here too, the Danish way for ``da``: 1.234 rows,
1. april 2025, 01-04-2025 13:45 (Danish wall-clock time).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from cpradmin import catalogue

Language = Literal["da", "en"]
LANGUAGES: tuple[Language, ...] = ("da", "en")
COPENHAGEN = ZoneInfo("Europe/Copenhagen")

DANISH: dict[str, str] = {
    # -- every page and the engine's own blocks -----------------------------------------------
    "Confidential — contains personal data": "Fortroligt — indeholder personoplysninger",
    "Page {page} of {pages}": "Side {page} af {pages}",
    "Authority": "Myndighed",
    "Period": "Periode",
    "Made": "Udarbejdet",
    "Prepared by": "Udarbejdet af",
    "Report": "Rapport",
    "Sources": "Kilder",
    "Source": "Kilde",
    "File": "Fil",
    "Rows": "Rækker",
    "SHA-256": "SHA-256",
    "No sources.": "Ingen kilder.",
    "Findings": "Fund",
    "No findings.": "Ingen fund.",
    "No.": "Nr.",
    "Finding": "Fund",
    "Decision": "Beslutning",
    "No rows.": "Ingen rækker.",
    "Audit trail at signing": "Revisionsspor ved underskrift",
    "Entries in the audit trail": "Poster i revisionssporet",
    "Head hash (SHA-256 of the newest entry)": "Seneste hash (SHA-256 af nyeste post)",
    "The audit trail chains every change in the vault with SHA-256. The count and head hash "
    "above identify the state of the records this report was made from; "
    "'cpradmin audit verify' shows the current ones.":
        "Revisionssporet kæder hver ændring i boksen sammen med SHA-256. Antallet og den seneste "
        "hash ovenfor identificerer tilstanden af de registreringer, rapporten er lavet ud fra; "
        "'cpradmin audit verify' viser de aktuelle.",
    "Signature": "Underskrift",
    "Name": "Navn",
    "Date": "Dato",
    "Place and date": "Sted og dato",
    "Digital signature": "Digital signatur",
    "This document is signed digitally (PAdES) when it is completed. The signature names the "
    "signer and the time of signing; 'cpradmin report verify' or any PDF reader that checks "
    "signatures shows whether the document was changed after signing. The CPR Administration "
    "may also ask for a handwritten signature on paper:":
        "Dokumentet underskrives digitalt (PAdES), når det er færdigt. Signaturen angiver, hvem "
        "der har underskrevet og hvornår; 'cpradmin report verify' eller en PDF-læser, der "
        "kontrollerer signaturer, viser, om dokumentet er ændret efter underskriften. "
        "CPR-administrationen kan også bede om en håndskrevet underskrift på papir:",
    "Severity": "Alvor",
    "high": "høj",
    "medium": "middel",
    "low": "lav",
    "info": "info",
    "yes": "ja",
    "no": "nej",
    "none": "ingen",
    "Statistics": "Statistik",
    "security officer": "sikkerhedsansvarlig",
    "deputy security officer": "stedfortræder for den sikkerhedsansvarlige",
    "Count": "Antal",
    # -- the unlock register report ----------------------------------------------------------
    "Unlock register": "Oplåsningsregister",
    "Unlock register {start} – {end}": "Oplåsningsregister {start} – {end}",
    "The CPR terms, section 3: a user ID locked after five failed password attempts may be "
    "unlocked only by the security officer or by persons the security officer has authorised. "
    "This report lists the persons authorised to unlock user IDs in the period and every "
    "lockout and unlock recorded in the period.":
        "CPR-vilkårene, afsnit 3: et bruger-id, der er spærret efter fem forkerte adgangskoder, "
        "må kun låses op af den sikkerhedsansvarlige eller af personer, som den "
        "sikkerhedsansvarlige har bemyndiget. Rapporten viser de personer, der var bemyndiget "
        "til oplåsning i perioden, og alle låsninger og oplåsninger registreret i perioden.",
    "Persons authorised to unlock user IDs": "Personer bemyndiget til oplåsning af bruger-id'er",
    "Account": "Konto",
    "From": "Fra",
    "To": "Til",
    "Authorised by": "Bemyndiget af",
    "Note": "Bemærkning",
    "Lockouts and unlocks": "Låsninger og oplåsninger",
    "User ID": "Bruger-id",
    "Employee or program": "Medarbejder eller program",
    "Locked at": "Låst",
    "Unlocked at": "Låst op",
    "Unlocked by": "Låst op af",
    "Verification": "Kontrol af identitet",
    "Recorded by": "Registreret af",
    "Lockouts in the period": "Låsninger i perioden",
    "Unlocked in the period": "Oplåst i perioden",
    "Still locked at the end of the period": "Stadig låst ved periodens udløb",
    "Unlocked by a person not authorised that day":
        "Låst op af en person uden bemyndigelse den dag",
    "Lockouts per month": "Låsninger pr. måned",
    "Lockouts": "Låsninger",
    "{user_id} ({owner}) was locked at {locked} and not unlocked by {end}.":
        "{user_id} ({owner}) blev låst {locked} og var ikke låst op {end}.",
    "User ID still locked": "Bruger-id stadig låst",
    "{user_id} was unlocked at {unlocked} by {by}, who was not authorised to unlock user IDs "
    "on that day.":
        "{user_id} blev låst op {unlocked} af {by}, som ikke var bemyndiget til oplåsning den dag.",
    "Unlock by a person without authorisation":
        "Oplåsning foretaget af en person uden bemyndigelse",
    "{user_id} was unlocked at {unlocked}; the identity was verified in another way: {note}":
        "{user_id} blev låst op {unlocked}; identiteten blev kontrolleret på anden måde: {note}",
    "Identity verified in another way": "Identitet kontrolleret på anden måde",
    "In person, with ID": "Personligt fremmøde med legitimation",
    "Call-back to a known number": "Opringning til kendt nummer",
    "Confirmed by the manager": "Bekræftet af lederen",
    "Other (see note)": "Andet (se bemærkning)",
    "the security officer's account": "den sikkerhedsansvarliges konto",
    "Register: authorised unlockers": "Register: personer bemyndiget til oplåsning",
    "Register: lockouts and unlocks": "Register: låsninger og oplåsninger",
    "Register: employees and user IDs": "Register: medarbejdere og bruger-id'er",
    "Register: programs and user IDs": "Register: programmer og bruger-id'er",
    "The sources are the vault's registers; the SHA-256 is that of the rows shown, so a report "
    "made again from unchanged records has the same digest.":
        "Kilderne er boksens registre; SHA-256 er beregnet over de viste rækker, så en rapport, "
        "der laves igen ud fra uændrede registreringer, har samme værdi.",
    # -- the access list report -----------------------------------------------------------------
    "Employees and programs with CPR access": "Medarbejdere og programmer med CPR-adgang",
    "Employees and programs with CPR access on {day}":
        "Medarbejdere og programmer med CPR-adgang pr. {day}",
    "The CPR terms, section 3: the security officer keeps a list of the employees and the "
    "system-to-system programs with access to the CPR, with the date each authorisation was "
    "granted and the date it expires. This report lists every authorisation in force on the "
    "day of the report.":
        "CPR-vilkårene, afsnit 3: den sikkerhedsansvarlige fører en liste over de medarbejdere "
        "og system-til-system-programmer, der har adgang til CPR, med datoen for tildeling og "
        "udløb af hver autorisation. Rapporten viser alle autorisationer, der er gældende på "
        "rapportens dato.",
    "Employees": "Medarbejdere",
    "System-to-system programs": "System-til-system-programmer",
    "Department": "Afdeling",
    "Program": "Program",
    "Supplier": "Leverandør",
    "Responsible": "Ansvarlig",
    "Granted": "Tildelt",
    "Expires": "Udløber",
    "Transaction types": "Transaktionstyper",
    "Profiles": "Profiler",
    "Purpose": "Formål",
    "Employed until": "Ansat til",
    "CPR training": "CPR-undervisning",
    "Regulations acknowledged": "Interne regler bekræftet læst",
    "Authorisations in force": "Gældende autorisationer",
    "Employees with access": "Medarbejdere med adgang",
    "Programs with access": "Programmer med adgang",
    "With sensitive profiles (127, 200)": "Med følsomme profiler (127, 200)",
    "Without an expiry date": "Uden udløbsdato",
    "Expiring within 30 days": "Udløber inden for 30 dage",
    "Employees who have left": "Fratrådte medarbejdere",
    "Authorisations per department": "Autorisationer pr. afdeling",
    "Authorisations": "Autorisationer",
    "(no department)": "(ingen afdeling)",
    "Has left, but an authorisation is in force": "Er fratrådt, men har en gældende autorisation",
    "{who} ({user_id}) left on {left}, yet an authorisation granted on {granted} is in force.":
        "{who} ({user_id}) fratrådte {left}, men en autorisation tildelt {granted} er gældende.",
    "Authorisation without an expiry date": "Autorisation uden udløbsdato",
    "The authorisation of {who} ({user_id}) granted on {granted} has no expiry date.":
        "Autorisationen for {who} ({user_id}) tildelt {granted} har ingen udløbsdato.",
    "Authorisation expires within 30 days": "Autorisation udløber inden for 30 dage",
    "The authorisation of {who} ({user_id}) expires on {expires}.":
        "Autorisationen for {who} ({user_id}) udløber {expires}.",
    "Sensitive profile": "Følsom profil",
    "{who} ({user_id}) holds profile {profiles} (log access or administration).":
        "{who} ({user_id}) har profil {profiles} (logadgang eller administration).",
    "CPR training missing or older than a year":
        "CPR-undervisning mangler eller er over et år gammel",
    "{who} has access, but CPR training is missing or older than a year (last: {trained}).":
        "{who} har adgang, men CPR-undervisning mangler eller er over et år gammel "
        "(senest: {trained}).",
    "Regulations not acknowledged within a year":
        "Interne regler ikke bekræftet læst inden for et år",
    "{who} has access, but has not acknowledged the internal regulations within a year "
    "(last: {acknowledged}).":
        "{who} har adgang, men har ikke bekræftet at have læst de interne regler inden for et år "
        "(senest: {acknowledged}).",
    # -- the control reports (cpradmin/control_reports.py) --------------------------------------
    "{kind} #{id}: {start} – {end}": "{kind} nr. {id}: {start} – {end}",
    "Log control": "Logkontrol",
    "Monthly control of system-to-system users": "Månedlig kontrol af system-til-system-brugere",
    "Ad hoc log control": "Ad hoc-logkontrol",
    "Authorisation control #{id} on {day}": "Autorisationskontrol nr. {id} pr. {day}",
    "Authorisation control": "Autorisationskontrol",
    "Explained": "Forklaret",
    "False alarm": "Falsk alarm",
    "Follow-up": "Opfølgning",
    "Suspected abuse": "Mistanke om misbrug",
    "Undecided": "Ikke besluttet",
    "Keep": "Bevares",
    "Change": "Ændres",
    "Revoke": "Tilbagekaldes",
    "Pending": "Afventer",
    "Done": "Udført",
    "Left open": "Efterladt åben",
    "All user IDs": "Alle bruger-id'er",
    "case {case}": "sag {case}",
    "ad hoc control #{id}": "ad hoc-kontrol nr. {id}",
    "User ID {value}": "Bruger-id {value}",
    "Department {value}": "Afdeling {value}",
    "Person {value}": "Person {value}",
    "system-to-system user IDs only": "kun system-til-system-bruger-id'er",
    "Control": "Kontrol",
    "Control type": "Kontroltype",
    "Scope": "Omfang",
    "Started": "Startet",
    "Started by": "Startet af",
    "Completed": "Afsluttet",
    "Completed by": "Afsluttet af",
    "not completed": "ikke afsluttet",
    "Reason": "Anledning",
    "Parent control": "Udløst af kontrol",
    "The CPR terms, section 4: the authority controls the use of its user IDs through the log "
    "of searches and lookups and the transaction statistics, at most every three months, "
    "monthly for its own system-to-system users and at once when abuse is suspected. This "
    "report documents one such control: what was looked at, the rules and the random sample, "
    "every finding and the decision on it.":
        "CPR-vilkårene, afsnit 4: myndigheden kontrollerer brugen af sine bruger-id'er ud fra "
        "loggen over søgninger og opslag og transaktionsstatistikken, mindst hver tredje måned, "
        "månedligt for egne system-til-system-brugere og straks ved mistanke om misbrug. "
        "Rapporten dokumenterer én sådan kontrol: hvad der blev gennemgået, reglerne og "
        "stikprøven, hvert fund og beslutningen om det.",
    "The control": "Kontrollen",
    "Rules and parameters": "Regler og parametre",
    "Rule": "Regel",
    "Title": "Titel",
    "Version": "Version",
    "Parameters": "Parametre",
    "Random sample": "Stikprøve",
    "Seed": "Frø (seed)",
    "Entries per user ID": "Poster pr. bruger-id",
    "Share of each user ID's entries": "Andel af hvert bruger-id's poster",
    "At most in all": "Højst i alt",
    "Sample specification": "Stikprøvens specifikation",
    "Entries in scope": "Poster i kontrollens omfang",
    "Entries drawn": "Udtrukne poster",
    "Entries in the period and scope": "Poster i perioden og omfanget",
    "Sample entries": "Poster i stikprøven",
    "Other": "Andre",
    "Transaction type": "Transaktionstype",
    "Total": "I alt",
    "Entries per month and transaction type": "Poster pr. måned og transaktionstype",
    "Findings per rule": "Fund pr. regel",
    "Items": "Punkter",
    "Items per decision": "Punkter pr. beslutning",
    "The rules found nothing in the period and scope.":
        "Reglerne fandt intet i perioden og omfanget.",
    "… and {count} more entries; the full list is in the evidence workbook (sheet Findings).":
        "… og {count} poster mere; den fulde liste findes i dokumentationsregnearket "
        "(arket Fund).",
    "Entries": "Poster",
    "Item": "Punkt",
    "Random sample and decisions": "Stikprøve og beslutninger",
    "Time": "Tidspunkt",
    "Transaction": "Transaktion",
    "CPR number": "CPR-nummer",
    "File:line": "Fil:linje",
    "By": "Af",
    "Decided": "Besluttet",
    "also a finding: {rules}": "også et fund: {rules}",
    "No entries were drawn.": "Der blev ikke udtrukket poster.",
    "The log files the control used: rows in the file and its SHA-256 as imported. Entries "
    "are named by file and line; a copy of every entry behind a finding or in the sample is "
    "kept with the control.":
        "De logfiler, kontrollen brugte: rækker i filen og dens SHA-256 ved indlæsningen. "
        "Poster angives med fil og linje; en kopi af hver post bag et fund eller i stikprøven "
        "gemmes med kontrollen.",
    "The CPR terms, section 4: the security officer checks at least every third month that "
    "every authorisation to the CPR is still needed and right. The snapshot below was frozen "
    "when the control started; each authorisation was decided kept, changed or revoked, and "
    "changes and revocations became actions to carry out in the CPR.":
        "CPR-vilkårene, afsnit 4: den sikkerhedsansvarlige kontrollerer mindst hver tredje "
        "måned, at hver autorisation til CPR stadig er nødvendig og korrekt. Øjebliksbilledet "
        "nedenfor blev fastfrosset, da kontrollen startede; for hver autorisation blev det "
        "besluttet at bevare, ændre eller tilbagekalde den, og ændringer og tilbagekaldelser "
        "blev til handlinger, der skal udføres i CPR.",
    "Snapshot taken on": "Øjebliksbillede pr.",
    "Activity period in the logs": "Aktivitetsperiode i loggene",
    "no logs imported for the period": "ingen logge indlæst for perioden",
    "Authorisations in the snapshot": "Autorisationer i øjebliksbilledet",
    "Flagged for attention": "Markeret til opmærksomhed",
    "CPR actions": "Handlinger i CPR",
    "Authorisations per flag": "Autorisationer pr. markering",
    "Snapshot of the authorisations": "Øjebliksbillede af autorisationerne",
    "Flags": "Markeringer",
    "No authorisation was flagged.": "Ingen autorisation blev markeret.",
    "Decisions": "Beslutninger",
    "Actions in the CPR": "Handlinger i CPR",
    "Action": "Handling",
    "State": "Status",
    "Done on": "Udført den",
    "No actions.": "Ingen handlinger.",
    "The source is the snapshot frozen when the control started; the SHA-256 is that of the "
    "rows shown.":
        "Kilden er øjebliksbilledet, der blev fastfrosset, da kontrollen startede; SHA-256 er "
        "beregnet over de viste rækker.",
    # -- the evidence workbook (cpradmin/evidence.py) -------------------------------------------
    "Explanation": "Forklaring",
    "Kind": "Art",
    "Case number": "Sagsnummer",
    "Line": "Linje",
    "Rows in scope": "Rækker i omfanget",
    "Ad hoc control": "Ad hoc-kontrol",
    # the authorisation control's flags (cpradmin.authorisation_control.FLAG_LABELS)
    "Employee has left": "Medarbejderen er fratrådt",
    "No CPR activity": "Ingen CPR-aktivitet",
    "No expiry date": "Ingen udløbsdato",
    "CPR training missing": "CPR-undervisning mangler",
    "Regulations not acknowledged": "Interne regler ikke bekræftet læst",
    # the review rules' titles (cpradmin.review_rules.RULES)
    "Unknown user ID": "Ukendt bruger-id",
    "Activity outside the authorisation": "Aktivitet uden for autorisationen",
    "Activity while locked": "Aktivitet mens bruger-id'et var spærret",
    "Own CPR number": "Eget CPR-nummer",
    "Person on the watchlist": "Person på overvågningslisten",
    "Transaction type not authorised": "Transaktionstype ikke autoriseret",
    "Colleague looked up": "Opslag på kollega",
    "Unusually many lookups in a day": "Usædvanligt mange opslag på en dag",
    "Person looked up by many": "Person slået op af mange",
    "Outside working hours": "Uden for arbejdstid",
    # -- the obligations checklist (cpradmin/obligations_report.py, obligations.py hints) --
    "The CPR terms (1 February 2023) place these obligations on the authority and its security "
    "officer. The checklist states, for each, the security officer's assessment, when it was "
    "last reviewed and by whom, and the evidence. It is reviewed at least once a year together "
    "with the internal regulations.":
        "CPR-vilkårene (1. februar 2023) pålægger myndigheden og dens sikkerhedsansvarlige "
        "disse forpligtelser. Tjeklisten angiver for hver den sikkerhedsansvarliges vurdering, "
        "hvornår og af hvem den senest er gennemgået, og dokumentationen. Den gennemgås mindst "
        "én gang om året sammen med de interne regler.",
    "Obligations":
        "Forpligtelser",
    "Due for review":
        "Skal gennemgås",
    "never":
        "aldrig",
    "review due":
        "skal gennemgås",
    "Document: {name} (SHA-256 {digest})":
        "Dokument: {name} (SHA-256 {digest})",
    "cpradmin: {hint}":
        "cpradmin: {hint}",
    "Document for {ref}: {name}":
        "Dokument til {ref}: {name}",
    "Assessed as {status}: {note}":
        "Vurderet som {status}: {note}",
    "Not assessed yet.":
        "Endnu ikke vurderet.",
    "Last reviewed on {day}; due for review.":
        "Senest gennemgået {day}; skal gennemgås.",
    "Section {number}: {title}":
        "Afsnit {number}: {title}",
    "Ref.":
        "Ref.",
    "Obligation":
        "Forpligtelse",
    "Status":
        "Status",
    "Reviewed":
        "Gennemgået",
    "Evidence":
        "Dokumentation",
    "Checklist: assessments in force":
        "Tjekliste: gældende vurderinger",
    "The sources are the vault's records; the SHA-256 of the checklist is that of the rows "
    "shown, and each attached document's is that of the file kept in the vault.":
        "Kilderne er boksens registreringer; tjeklistens SHA-256 er de viste rækkers, og hvert "
        "vedhæftet dokuments er den i boksen opbevarede fils.",
    "CPR obligations checklist on {day}":
        "Tjekliste over CPR-forpligtelser pr. {day}",
    "CPR obligations checklist":
        "Tjekliste over CPR-forpligtelser",
    "{control}: never completed in cpradmin; due now.":
        "{control}: aldrig gennemført i cpradmin; skal udføres nu.",
    "{control}: last completed {last}; next due {due}.":
        "{control}: senest gennemført {last}; næste gang senest {due}.",
    "No system-to-system program is registered.":
        "Der er ikke registreret noget system-til-system-program.",
    "No version of the internal regulations is recorded.":
        "Der er ikke registreret nogen version af de interne regler.",
    "Internal regulations: version {version} approved {approved}; review due {due}.":
        "Interne regler: version {version} godkendt {approved}; skal gennemgås senest {due}.",
    "Ad hoc controls recorded: {count}.":
        "Registrerede ad hoc-kontroller: {count}.",
    "Register kept: {employees} employees and {programs} programs with an authorisation in "
    "force today.":
        "Register ført: {employees} medarbejdere og {programs} programmer med gældende "
        "autorisation i dag.",
    "Unlock register kept: {unlockers} persons authorised to unlock today; {lockouts} lockouts "
    "recorded.":
        "Oplåsningsregister ført: {unlockers} personer bemyndiget til at oplåse i dag; "
        "{lockouts} spærringer registreret.",
    "{recent} of {total} employees with access were trained within the last year.":
        "{recent} af {total} medarbejdere med adgang er undervist inden for det seneste år.",
    "{recent} of {total} employees with access acknowledged the internal regulations within "
    "the last year.":
        "{recent} af {total} medarbejdere med adgang har bekræftet at have læst de interne "
        "regler inden for det seneste år.",
    "Signed reports kept in the vault: {count}.":
        "Underskrevne rapporter opbevaret i boksen: {count}.",
    "System-to-system transaction statistics (monthly log control)":
        "Transaktionsstatistik for system-til-system (månedlig logkontrol)",
    "Review of the internal regulations":
        "Gennemgang af de interne regler",
}

_MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def label(text: str, lang: Language, /, **args: object) -> str:
    """*text* in *lang* (English is the key itself), with ``{named}`` fields filled."""
    template = text
    if lang == "da":
        template = DANISH.get(text) or catalogue.to_danish(text) or text
    return template.format(**args) if args else template


def check_language(lang: str) -> Language:
    if lang not in LANGUAGES:
        raise ValueError(f"report language must be one of {', '.join(LANGUAGES)}")
    return lang  # type: ignore[return-value]


def number(value: int | float, lang: Language, decimals: int = 0) -> str:
    """1.234 / 1,234 (and 1.234,5 / 1,234.5)."""
    text = f"{value:,.{decimals}f}"
    if lang == "da":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def short_date(day: date, lang: Language) -> str:
    """Table dates: 01-04-2025 (da), 2025-04-01 (en)."""
    return day.strftime("%d-%m-%Y") if lang == "da" else day.isoformat()


def long_date(day: date, lang: Language) -> str:
    """Headline dates: 1. april 2025 (da), 1 April 2025 (en)."""
    month = _MONTHS[lang][day.month - 1]
    return f"{day.day}. {month} {day.year}" if lang == "da" else f"{day.day} {month} {day.year}"


def local_time(moment: datetime) -> datetime:
    """An aware time as Danish wall-clock time; a naive one is taken to be wall-clock already."""
    return moment.astimezone(COPENHAGEN) if moment.tzinfo is not None else moment


def short_datetime(moment: datetime, lang: Language) -> str:
    """01-04-2025 13:45 / 2025-04-01 13:45, Danish wall-clock time."""
    local = local_time(moment)
    return f"{short_date(local.date(), lang)} {local:%H:%M}"


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
